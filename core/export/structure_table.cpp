#include "core/export/structure_table.h"

#include "core/export/table_formats.h"

#include <QFileInfo>
#include <QSaveFile>

namespace gw {

std::optional<TableFormat> tableFormatFromString(const QString &name)
{
    QString key = name.trimmed().toLower();
    if (key.contains(u'.') || key.contains(u'/'))
        key = QFileInfo(key).suffix();
    if (key == u"md" || key == u"markdown")
        return TableFormat::Markdown;
    if (key == u"tex" || key == u"latex")
        return TableFormat::Latex;
    if (key == u"html" || key == u"htm")
        return TableFormat::Html;
    if (key == u"csv")
        return TableFormat::Csv;
    if (key == u"odt")
        return TableFormat::Odt;
    if (key == u"xlsx")
        return TableFormat::Xlsx;
    return std::nullopt;
}

namespace {

Result<QByteArray> tableBytes(const TableLayout &table, TableFormat format, const QString &fileName)
{
    switch (format) {
    case TableFormat::Markdown: return markdownTable(table);
    case TableFormat::Latex: return latexTable(table);
    case TableFormat::Html: return htmlTable(table);
    case TableFormat::Csv: return csvTable(table);
    case TableFormat::Odt: return odtTable(table, fileName);
    case TableFormat::Xlsx: return xlsxTable(table, fileName);
    }
    return fail(ErrorKind::InvalidInput, QStringLiteral("Could not write %1: unknown table format.").arg(fileName));
}

Error writeError(const QSaveFile &file, const QString &path)
{
    const ErrorKind kind = file.error() == QFileDevice::PermissionsError ? ErrorKind::ReadOnly : ErrorKind::Io;
    return Error::make(kind, QStringLiteral("Could not write %1: %2.").arg(path, file.errorString()));
}

} // namespace

Status writeStructureTable(const DataStructure &structure, TableFormat format,
                           const TableOptions &options, const QString &path)
{
    if (structure.dimensions.empty())
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("Nothing was written to %1: the data structure has no aggregate "
                                   "dimensions yet. Place themes under dimensions first.")
                        .arg(path));
    auto bytes = tableBytes(layoutTable(structure, options), format, path);
    if (!bytes)
        return std::unexpected(bytes.error());
    // QSaveFile writes a temporary file beside PATH and renames it over PATH
    // only when everything was written, so a failure leaves nothing half-done.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(writeError(file, path));
    if (file.write(*bytes) != bytes->size()) {
        const Error error = writeError(file, path);
        file.cancelWriting();
        return std::unexpected(error);
    }
    if (!file.commit())
        return std::unexpected(writeError(file, path));
    return {};
}

} // namespace gw
