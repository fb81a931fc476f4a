#include "ui/codebook/codebook_export.h"

#include "core/model/attribution.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>

namespace gw {

namespace {

QString day(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")) : iso;
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

// A table cell: pipes escaped, line breaks as <br> (GitHub and pandoc read both).
QString markdownCell(QString text)
{
    text.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
    text.replace(QStringLiteral("|"), QStringLiteral("\\|"));
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QStringLiteral("\n"), QStringLiteral("<br>"));
    return text;
}

} // namespace

QStringList codebookHeader()
{
    return {QStringLiteral("Code"),     QStringLiteral("Stage"),      QStringLiteral("Theme"),
            QStringLiteral("Dimension"), QStringLiteral("Definition"), QStringLiteral("Segments"),
            QStringLiteral("Sources"),  QStringLiteral("First used"), QStringLiteral("Last used"),
            QStringLiteral("Exemplar")};
}

QStringList codebookCells(const CodebookRow &row)
{
    return {row.name,
            stageName(row.stage),
            row.theme,
            row.dimension,
            row.definition,
            QString::number(row.segments),
            QString::number(row.sources),
            day(row.firstUsed),
            day(row.lastUsed),
            row.exemplar.isEmpty() ? QString() : quoteLine(row.exemplar, row.exemplarAttribution, QString())};
}

QByteArray codebookCsv(const std::vector<CodebookRow> &rows)
{
    auto record = [](const QStringList &cells) {
        QStringList fields;
        for (const QString &c : cells)
            fields << csvField(c);
        return fields.join(u',') + QStringLiteral("\r\n");
    };
    QString out = QStringLiteral("\uFEFF") + record(codebookHeader());
    for (const CodebookRow &r : rows)
        out += record(codebookCells(r));
    return out.toUtf8();
}

QByteArray codebookMarkdown(const std::vector<CodebookRow> &rows, const QString &title)
{
    const QStringList header = codebookHeader();
    QString out = QStringLiteral("# %1\n\n").arg(title);
    out += QStringLiteral("%1 codes. Segments and sources are counts; dates are when a code was first and last "
                          "applied.\n\n")
               .arg(rows.size());
    out += QStringLiteral("| %1 |\n").arg(header.join(QStringLiteral(" | ")));
    QStringList rule;
    for (int i = 0; i < header.size(); ++i)
        rule << (header[i] == QLatin1String("Segments") || header[i] == QLatin1String("Sources") ? QStringLiteral("--:")
                                                                                                : QStringLiteral("---"));
    out += QStringLiteral("| %1 |\n").arg(rule.join(QStringLiteral(" | ")));
    for (const CodebookRow &r : rows) {
        QStringList cells;
        for (const QString &c : codebookCells(r))
            cells << markdownCell(c);
        out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    return out.toUtf8();
}

Status writeCodebook(const std::vector<CodebookRow> &rows, const QString &title, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("csv"))
        bytes = codebookCsv(rows);
    else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown"))
        bytes = codebookMarkdown(rows, title);
    else
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::CodebookView",
                                                "Cannot write %1: a codebook is written as .csv or .md.")
                        .arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::CodebookView", "Cannot write %1: %2")
                                       .arg(path, file.errorString()));
    file.write(bytes);
    if (!file.commit())
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::CodebookView", "Cannot write %1: %2")
                                       .arg(path, file.errorString()));
    return {};
}

} // namespace gw
