// CSV as RFC 4180 describes it, plus what spreadsheets write in practice:
// a UTF-8 byte-order mark, CRLF or LF line ends, and a semicolon or tab
// delimiter where the locale uses a decimal comma.
#include "core/import/sheet.h"
#include "core/import/text_decoding.h"

#include <QCoreApplication>

namespace gw {

namespace {

// The delimiter that occurs most often, outside quotes, on the first line.
QChar detectDelimiter(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return u';';
    if (tab > comma && tab > semicolon)
        return u'\t';
    return u',';
}

} // namespace

Result<Sheet> readCsvSheet(const QByteArray &bytes, const QString &fileName)
{
    auto decoded = decodeText(bytes, fileName);
    if (!decoded)
        return std::unexpected(decoded.error());
    const QString &text = *decoded;
    const QChar delimiter = detectDelimiter(text);

    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false; // inside a quoted field
    bool fieldStarted =
        false; // the record has a field in progress (for a last line without a newline)
    int line = 1, quoteLine = 0;
    qsizetype cells = 0;
    const auto tooLarge = [&](const QString &what) {
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::csv_sheet", "%1 is too large for a sheet of cases: %2 (line %3).")
                                                 .arg(fileName, what)
                                                 .arg(line));
    };
    const auto endRecord = [&] {
        record.append(field);
        field.clear();
        // A blank line is no record at all, not a record with one empty field.
        if (!(record.size() == 1 && record.front().isEmpty())) {
            cells += record.size();
            records.append(record);
        }
        record.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (record.size() >= kMaxSheetColumns)
            return tooLarge(QCoreApplication::translate("gw::csv_sheet", "more than %1 columns").arg(kMaxSheetColumns));
        if (field.size() > kMaxCellChars)
            return tooLarge(QCoreApplication::translate("gw::csv_sheet", "a cell longer than %1 characters").arg(kMaxCellChars));
        if (cells + record.size() > kMaxSheetCells)
            return tooLarge(QCoreApplication::translate("gw::csv_sheet", "more than %1 cells").arg(kMaxSheetCells));
        if (records.size() > kMaxSheetRows)
            return tooLarge(QCoreApplication::translate("gw::csv_sheet", "more than %1 rows").arg(kMaxSheetRows));
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field.append(u'"'); // "" inside quotes is one quote
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                continue; // a line break inside a field is kept as \n, like source text
            } else {
                if (c == u'\n')
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            ++line;
            endRecord();
        } else {
            field.append(c); // lenient: a stray quote inside an unquoted field is kept
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::csv_sheet", "%1: the quoted field that starts on line %2 is never closed.")
                        .arg(fileName)
                        .arg(quoteLine));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    if (records.isEmpty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::csv_sheet", "%1 is empty: it has no header row.").arg(fileName));
    Sheet sheet;
    sheet.header = records.takeFirst();
    sheet.rows = std::move(records);
    return sheet;
}

} // namespace gw
