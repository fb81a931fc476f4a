// The first worksheet of an .xlsx workbook (Office Open XML SpreadsheetML),
// read defensively: the zip through KArchive with every entry capped, the XML
// with QXmlStreamReader, and a cap on the cells a sheet may claim, so a
// damaged or hostile file is refused with a message instead of eating memory.
#include "core/import/importer.h"
#include "core/import/sheet.h"
#include "core/import/zip_part.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <cmath>

namespace gw {

namespace {

constexpr qsizetype kMaxRows = kMaxSheetRows;
constexpr qsizetype kMaxColumns = kMaxSheetColumns;
constexpr qsizetype kMaxCells = kMaxSheetCells;

struct Workbook
{
    const KArchiveDirectory *root = nullptr;
    QString fileName;

    Result<QByteArray> entry(const QString &path, bool required = true) const
    {
        const KArchiveFile *file = root->file(path);
        if (!file) {
            if (!required)
                return QByteArray();
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::xlsx_sheet", "%1 is not a readable .xlsx workbook: it has no %2.")
                            .arg(fileName, path));
        }
        return readArchiveFile(*file, kMaxImportBytes, fileName, path);
    }

    std::unexpected<Error> damaged(const QString &part, const QString &why) const
    {
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::xlsx_sheet", "%1 is damaged: %2 cannot be read (%3).").arg(fileName, part, why));
    }
};

// Text of the current element and everything inside it, leaving out phonetic
// runs (<rPh>), which repeat the text in another script.
QString collectText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1, skip = 0;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == u"rPh")
                skip = depth;
        } else if (xml.isEndElement()) {
            if (depth == skip)
                skip = 0;
            --depth;
        } else if (xml.isCharacters() && skip == 0) {
            text += xml.text();
        }
    }
    return text;
}

// The relationship id (r:id) of the first <sheet>, whatever its prefix, and
// whether dates count from 1904 (old Mac workbooks).
Result<std::pair<QString, bool>> firstSheet(const Workbook &wb)
{
    auto bytes = wb.entry(QStringLiteral("xl/workbook.xml"));
    if (!bytes)
        return std::unexpected(bytes.error());
    QXmlStreamReader xml(*bytes);
    bool date1904 = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            const auto v = xml.attributes().value(u"date1904");
            date1904 = v == u"1" || v == u"true";
        } else if (xml.name() == u"sheet") {
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    return std::pair{a.value().toString(), date1904};
        }
    }
    return wb.damaged(QStringLiteral("xl/workbook.xml"),
                      xml.hasError() ? xml.errorString() : QCoreApplication::translate("gw::xlsx_sheet", "it lists no sheet"));
}

Result<QString> sheetPath(const Workbook &wb, const QString &relationId)
{
    auto bytes = wb.entry(QStringLiteral("xl/_rels/workbook.xml.rels"));
    if (!bytes)
        return std::unexpected(bytes.error());
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship" &&
            xml.attributes().value(u"Id") == relationId) {
            const QString target = xml.attributes().value(u"Target").toString();
            // Targets are relative to xl/, or absolute within the package.
            return QDir::cleanPath(target.startsWith(u'/') ? target.mid(1)
                                                           : QStringLiteral("xl/") + target);
        }
    }
    return wb.damaged(QStringLiteral("xl/_rels/workbook.xml.rels"),
                      xml.hasError() ? xml.errorString()
                                     : QCoreApplication::translate("gw::xlsx_sheet", "the first sheet has no part"));
}

Result<QStringList> sharedStrings(const Workbook &wb)
{
    auto bytes = wb.entry(QStringLiteral("xl/sharedStrings.xml"), false);
    if (!bytes)
        return std::unexpected(bytes.error());
    QStringList strings;
    QXmlStreamReader xml(*bytes);
    while (!bytes->isEmpty() && !xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"si")
            strings.append(collectText(xml));
    }
    if (xml.hasError())
        return wb.damaged(QCoreApplication::translate("gw::xlsx_sheet", "xl/sharedStrings.xml"), xml.errorString());
    return strings;
}

// Per cell style (the s attribute), whether it shows a number as a date.
Result<QList<bool>> dateStyles(const Workbook &wb)
{
    auto bytes = wb.entry(QStringLiteral("xl/styles.xml"), false);
    if (!bytes)
        return std::unexpected(bytes.error());
    QHash<int, QString> formats;
    QList<bool> styles;
    bool inCellXfs = false;
    QXmlStreamReader xml(*bytes);
    while (!bytes->isEmpty() && !xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"cellXfs")
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == u"numFmt") {
            formats.insert(attrs.value(u"numFmtId").toInt(), attrs.value(u"formatCode").toString());
        } else if (xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == u"xf") {
            const int id = attrs.value(u"numFmtId").toInt();
            // Built-in date formats, then custom ones that show a year or a day
            // (an "m" alone may be minutes); quoted text and [colour] do not count.
            bool date = (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) ||
                        (id >= 50 && id <= 58);
            if (!date && formats.contains(id)) {
                static const QRegularExpression literal(
                    QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
                const QString code = formats.value(id).remove(literal).toLower();
                date = code.contains(u'y') || code.contains(u'd');
            }
            styles.append(date);
        }
    }
    if (xml.hasError())
        return wb.damaged(QStringLiteral("xl/styles.xml"), xml.errorString());
    return styles;
}

// "C12" -> column 2, row 11 (both from 0); nothing when it is not a reference.
std::optional<std::pair<qsizetype, qsizetype>> parseReference(QStringView ref)
{
    qsizetype column = 0, i = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128 && column <= kMaxColumns)
        column = column * 26 + (ref[i++].toUpper().unicode() - u'A' + 1);
    bool ok = false;
    const qsizetype row = ref.mid(i).toLongLong(&ok);
    if (i == 0 || !ok || row < 1)
        return std::nullopt;
    return std::pair{column - 1, row - 1};
}

QString numberText(const QString &raw, bool isDate, bool date1904)
{
    bool ok = false;
    const double value = QLocale::c().toDouble(raw, &ok);
    if (!ok || !std::isfinite(value))
        return raw;
    if (isDate && value >= 0 && value < 2958466) { // serial days up to 9999-12-31
        const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        const double days = std::floor(value);
        const QDate date = base.addDays(qint64(days));
        if (value == days)
            return date.toString(Qt::ISODate);
        const int seconds = int(std::lround((value - days) * 86400.0));
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(Qt::ISODate);
    }
    // Excel keeps 15 significant digits; this drops binary noise like 0.30000000000000004.
    return QString::number(value, 'g', 15);
}

} // namespace

Result<Sheet> readXlsxSheet(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    KZip zip(&buffer);
    if (!zip.open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::xlsx_sheet",
                        "%1 is not a readable .xlsx workbook (it is damaged or not a zip archive).")
                        .arg(fileName));
    const Workbook wb{zip.directory(), fileName};
    auto first = firstSheet(wb);
    if (!first)
        return std::unexpected(first.error());
    auto path = sheetPath(wb, first->first);
    auto strings = sharedStrings(wb);
    auto styles = dateStyles(wb);
    if (!path || !strings || !styles)
        return std::unexpected(!path ? path.error() : !strings ? strings.error() : styles.error());
    auto sheetXml = wb.entry(*path);
    if (!sheetXml)
        return std::unexpected(sheetXml.error());

    QList<QStringList> grid;
    qsizetype cells = 0, rowIndex = -1, nextColumn = 0;
    QXmlStreamReader xml(*sheetXml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto attrs = xml.attributes();
        if (xml.name() == u"row") {
            bool ok = false;
            const qsizetype r = attrs.value(u"r").toLongLong(&ok);
            rowIndex = ok && r >= 1 ? r - 1 : rowIndex + 1;
            nextColumn = 0;
            continue;
        }
        if (xml.name() != u"c")
            continue;
        qsizetype column = nextColumn;
        if (const auto ref = parseReference(attrs.value(u"r")))
            column = ref->first; // a gap (B3 after no A3) leaves the skipped cells empty
        if (rowIndex < 0 || rowIndex >= kMaxRows || column >= kMaxColumns)
            return wb.damaged(*path, QCoreApplication::translate("gw::xlsx_sheet", "a cell lies outside the sheet"));
        nextColumn = column + 1;
        const QString type = attrs.value(u"t").toString();
        const qsizetype style = attrs.value(u"s").toLongLong();
        QString value, inlineText;
        while (!xml.atEnd() &&
               !(xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"c")) {
            if (xml.isStartElement() && xml.name() == u"v")
                value = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == u"is")
                inlineText = collectText(xml);
        }
        if (type == u"s") {
            bool ok = false;
            const qsizetype index = value.toLongLong(&ok);
            if (!ok || index < 0 || index >= strings->size())
                return wb.damaged(
                    *path, QCoreApplication::translate("gw::xlsx_sheet", "a cell names a shared string that does not exist"));
            value = strings->at(index);
        } else if (type == u"inlineStr") {
            value = inlineText;
        } else if (type == u"b") {
            value = value.trimmed() == u"1" ? QStringLiteral("true") : QStringLiteral("false");
        } else if ((type.isEmpty() || type == u"n") && !value.isEmpty()) {
            value = numberText(value, style >= 0 && style < styles->size() && styles->at(style),
                               first->second);
        } // "str" (a formula's text), "e" (an error such as #N/A) and "d" (ISO date) are kept as
          // written
        if (value.isEmpty())
            continue;
        if (grid.size() <= rowIndex) {
            cells += rowIndex + 1 - grid.size();
            grid.resize(rowIndex + 1);
        }
        QStringList &row = grid[rowIndex];
        if (row.size() <= column) {
            cells += column + 1 - row.size();
            row.resize(column + 1);
        }
        if (cells > kMaxCells)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::xlsx_sheet", "%1 is too large for a sheet of cases (more than %2 cells).")
                            .arg(fileName)
                            .arg(kMaxCells));
        row[column] = value;
    }
    if (xml.hasError())
        return wb.damaged(*path, xml.errorString());
    if (grid.isEmpty())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::xlsx_sheet", "%1 is empty: its first sheet has no header row.").arg(fileName));
    Sheet sheet;
    sheet.header = grid.takeFirst();
    sheet.rows = std::move(grid);
    return sheet;
}

} // namespace gw
