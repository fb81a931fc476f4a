#include "core/analysis/anonymisation.h"

#include "core/export/table.h"
#include "core/import/sheet.h"
#include "core/model/project.h"
#include "core/store/database.h"
#include "core/store/each_row.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace gw {

namespace {

// Refuses a names pattern the regular expression engine cannot take: one
// pattern holds every name, and past some 1,500 names it grows too large.
Status searchable(const QRegularExpression &pattern)
{
    if (pattern.isValid())
        return {};
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::anonymisation", "The names cannot be searched for all at once (%1). Split the names list into parts "
                               "of about 1,000 names and anonymise with each part in turn.")
                    .arg(pattern.errorString()));
}

constexpr qsizetype kContext = 40;

QString bracketed(const QString &placeholder)
{
    const QString p = placeholder.trimmed();
    if (p.isEmpty() || (p.startsWith(u'[') && p.endsWith(u']')))
        return p;
    return u'[' + p + u']';
}

QString key(const QString &name, bool ignoreCase)
{
    const QString simplified = name.simplified();
    return ignoreCase ? simplified.toCaseFolded() : simplified;
}

// One regular expression for every name, longest first, one capture group each
// (group I + 1 is name ORDER[I]); whole words only.
QRegularExpression namePattern(const std::vector<AnonymousName> &names, const std::vector<int> &order, bool ignoreCase)
{
    QStringList alternatives;
    for (const int i : order) {
        QStringList words;
        for (const QString &w : names[std::size_t(i)].name.simplified().split(u' '))
            words << QRegularExpression::escape(w);
        alternatives << u'(' + words.join(QStringLiteral("\\s+")) + u')';
    }
    QRegularExpression::PatternOptions options = QRegularExpression::UseUnicodePropertiesOption;
    if (ignoreCase)
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(QStringLiteral("(?<![\\p{L}\\p{N}_])(?:%1)(?![\\p{L}\\p{N}_])").arg(alternatives.join(u'|')),
                              options);
}

int matchedName(const QRegularExpressionMatch &m, const std::vector<int> &order)
{
    for (int g = 1; g <= m.lastCapturedIndex(); ++g)
        if (m.capturedStart(g) >= 0)
            return order[std::size_t(g - 1)];
    return order.front();
}

QString oneLine(QStringView text)
{
    QString s = text.toString();
    s.replace(u'\n', u' ');
    return s;
}

// The placeholders "[word_X]" in TEXT, counted into FOUND.
void countPlaceholders(const QString &text, std::map<QString, std::int64_t> &found)
{
    static const QRegularExpression placeholder(QStringLiteral("\\[[A-Za-z]+_[A-Za-z0-9]+\\]"));
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        ++found[it.next().captured(0)];
}

// "[name_N]" for each name without a placeholder, N on past any already used.
void fillPlaceholders(std::vector<AnonymousName> &names, const std::map<QString, std::int64_t> &existing, bool ignoreCase)
{
    static const QRegularExpression numbered(QStringLiteral("^\\[name_(\\d+)\\]$"));
    int next = 1;
    auto consider = [&](const QString &p) {
        if (const auto m = numbered.match(p); m.hasMatch())
            next = std::max(next, m.captured(1).toInt() + 1);
    };
    for (const auto &[p, n] : existing)
        consider(p);
    for (const AnonymousName &n : names)
        consider(n.placeholder);
    QHash<QString, QString> given; // a name written twice gets one placeholder
    for (AnonymousName &n : names) {
        const QString k = key(n.name, ignoreCase);
        if (n.placeholder.isEmpty())
            n.placeholder = given.value(k);
        if (n.placeholder.isEmpty())
            n.placeholder = QStringLiteral("[name_%1]").arg(next++);
        given.insert(k, n.placeholder);
    }
}

} // namespace

QRegularExpression namesPattern(const std::vector<AnonymousName> &names, bool ignoreCase, std::vector<int> *order)
{
    std::vector<int> longestFirst(names.size());
    for (std::size_t i = 0; i < longestFirst.size(); ++i)
        longestFirst[i] = int(i);
    std::ranges::stable_sort(longestFirst, [&](int a, int b) {
        return names[std::size_t(a)].name.size() > names[std::size_t(b)].name.size();
    });
    QRegularExpression pattern = namePattern(names, longestFirst, ignoreCase);
    if (order)
        *order = std::move(longestFirst);
    return pattern;
}

Result<std::vector<AnonymousName>> readAnonymousNames(const QString &path)
{
    auto sheet = readSheetFile(path);
    if (!sheet)
        return std::unexpected(sheet.error());
    const QString file = QFileInfo(path).fileName();
    // A first line "name,..." is a header; any other first line is a name.
    const bool header = sheet->header.value(0).trimmed().compare(QStringLiteral("name"), Qt::CaseInsensitive) == 0;
    QList<QStringList> lines = sheet->rows;
    if (!header)
        lines.prepend(sheet->header);
    std::vector<AnonymousName> names;
    QHash<QString, std::pair<QString, int>> seen;
    int line = header ? 1 : 0;
    for (const QStringList &row : lines) {
        ++line;
        const QString name = row.value(0).simplified();
        if (name.isEmpty())
            continue;
        const QString placeholder = bracketed(row.value(1));
        if (auto it = seen.constFind(name); it != seen.cend() && it->first != placeholder)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::anonymisation", "%1, line %2: \"%3\" is given the placeholder %4 on line %5 "
                                                                "and %6 here; give each name one placeholder.")
                                                     .arg(file)
                                                     .arg(line)
                                                     .arg(name, it->first.isEmpty() ? QCoreApplication::translate("gw::anonymisation", "(none)") : it->first)
                                                     .arg(it->second)
                                                     .arg(placeholder.isEmpty() ? QCoreApplication::translate("gw::anonymisation", "(none)") : placeholder));
        if (seen.contains(name))
            continue;
        seen.insert(name, {placeholder, line});
        names.push_back({name, placeholder});
    }
    if (names.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::anonymisation", "%1 lists no names (one \"name,placeholder\" per line).").arg(file));
    return names;
}

namespace {

// The fields of DB but the sources' texts and names and the turns' speakers
// (found with their positions), the audit log and the settings, whose text
// PATTERN matches; their values after are left to fill.
Result<std::vector<AnonymisedField>> fieldsWithNames(Database &db, const QRegularExpression &pattern)
{
    return textFieldsMatching(db, pattern,
                              {QStringLiteral("audit_log"), QStringLiteral("settings"), QStringLiteral("sources.text"),
                               QStringLiteral("sources.name"), QStringLiteral("turns.speaker")});
}

} // namespace

Result<std::vector<std::pair<QString, QString>>> textColumns(Database &db)
{
    auto tables = db.prepare(QStringLiteral(
        "SELECT m.name, c.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
        "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'source_fts%' "
        "AND (c.type = 'TEXT' OR c.type = '') ORDER BY m.name, c.cid"));
    if (!tables)
        return std::unexpected(tables.error());
    return collectRows<std::pair<QString, QString>>(*tables,
                                                    [](const Statement &s) { return std::pair{s.text(0), s.text(1)}; });
}

Result<std::vector<AnonymisedField>> textFieldsMatching(Database &db, const QRegularExpression &pattern,
                                                        const QStringList &skip)
{
    if (auto ok = searchable(pattern); !ok) // never "no names found" for a pattern that finds nothing
        return std::unexpected(ok.error());
    auto columns = textColumns(db);
    if (!columns)
        return std::unexpected(columns.error());
    std::vector<AnonymisedField> fields;
    for (const auto &[table, column] : *columns) {
        if (skip.contains(table) || skip.contains(table + u'.' + column))
            continue;
        auto ok = eachRow(db,
                          QStringLiteral("SELECT rowid, \"%2\" FROM \"%1\" WHERE typeof(\"%2\") = 'text'").arg(table, column),
                          [&](const Statement &row) {
                              if (QString value = row.text(1); pattern.match(value).hasMatch())
                                  fields.push_back({table, column, row.int64(0), std::move(value), {}});
                          });
        if (!ok)
            return std::unexpected(ok.error());
    }
    return fields;
}

std::vector<std::pair<QString, int>> fieldsByColumn(const std::vector<AnonymisedField> &fields)
{
    std::vector<std::pair<QString, int>> columns;
    for (const AnonymisedField &f : fields) {
        const QString where = f.table + u'.' + f.column;
        if (const auto seen = std::ranges::find(columns, where, &std::pair<QString, int>::first); seen != columns.end())
            ++seen->second;
        else
            columns.emplace_back(where, 1);
    }
    return columns;
}

std::vector<std::pair<QString, int>> otherFieldsByKind(const AnonymisationPlan &plan)
{
    static const QHash<QString, QString> tables{
        {QStringLiteral("attribute_values"), QStringLiteral("attribute")},
        {QStringLiteral("attributes"), QStringLiteral("attribute")},
        {QStringLiteral("influence_types"), QStringLiteral("link type")},
        {QStringLiteral("influences"), QStringLiteral("model link")},
        {QStringLiteral("model_elements"), QStringLiteral("model element")},
        {QStringLiteral("model_levels"), QStringLiteral("model level")},
        {QStringLiteral("review_comments"), QStringLiteral("review comment")},
        {QStringLiteral("saved_queries"), QStringLiteral("saved query")},
        {QStringLiteral("source_sets"), QStringLiteral("source set")},
    };
    static const QHash<QString, QString> columns{
        {QStringLiteral("body"), QStringLiteral("texts")},        {QStringLiteral("text"), QStringLiteral("texts")},
        {QStringLiteral("value"), QStringLiteral("values")},      {QStringLiteral("memo"), QStringLiteral("memos")},
        {QStringLiteral("expression"), QStringLiteral("expressions")},
    };
    std::vector<std::pair<QString, int>> kinds;
    for (const AnonymisedField &f : plan.fields) {
        QString table = tables.value(f.table);
        if (table.isEmpty())
            table = f.table.endsWith(u's') ? f.table.chopped(1) : f.table; // "memos" -> "memo"
        QString column = columns.value(f.column);
        if (column.isEmpty())
            column = f.column + u's'; // "name" -> "names", "definition" -> "definitions"
        const QString kind = table + u' ' + column;
        if (const auto seen = std::ranges::find(kinds, kind, &std::pair<QString, int>::first); seen != kinds.end())
            ++seen->second;
        else
            kinds.emplace_back(kind, 1);
    }
    return kinds;
}

Status writeAnonymisedFields(Project &project, const std::vector<AnonymisedField> &fields, bool back)
{
    if (fields.empty())
        return {};
    Database &db = project.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    std::vector<Id> codes;
    for (const AnonymisedField &f : fields) {
        auto write = db.prepare(QStringLiteral("UPDATE \"%1\" SET \"%2\" = ?1 WHERE rowid = ?2").arg(f.table, f.column));
        if (!write)
            return std::unexpected(write.error());
        if (auto ok = write->bind(1, back ? f.before : f.after).bind(2, f.row).run(); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::anonymisation", "Cannot write %1.%2: %3").arg(f.table, f.column, ok.error().message));
        if (f.table == u"codes")
            codes.push_back(f.row);
    }
    if (auto ok = project.recordAudit(back ? QStringLiteral("anonymise.fields.undo") : QStringLiteral("anonymise.fields"),
                                      QJsonObject{{QStringLiteral("fields"), qint64(fields.size())}});
        !ok)
        return ok;
    if (auto ok = tx.commit(); !ok)
        return ok;
    for (const Id id : codes)
        Q_EMIT project.codeChanged(id);
    // Memos, cases, tiers, comments: any of them may have changed; no row came or went.
    project.announceMerge({}, {}, false);
    return {};
}

Result<AnonymisationPlan> planAnonymisation(Project &project, std::vector<AnonymousName> names,
                                            const AnonymisationOptions &options,
                                            const std::function<bool(int, int)> &progress)
{
    std::erase_if(names, [](const AnonymousName &n) { return n.name.simplified().isEmpty(); });
    if (names.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::anonymisation", "Give the names to replace."));
    for (AnonymousName &n : names) {
        n.name = n.name.simplified();
        n.placeholder = bracketed(n.placeholder);
    }
    auto sources = project.sources();
    if (!sources)
        return std::unexpected(sources.error());
    AnonymisationPlan plan;
    std::vector<int> order;
    const QRegularExpression pattern = namesPattern(names, options.ignoreCase, &order);
    if (auto ok = searchable(pattern); !ok)
        return std::unexpected(ok.error());
    std::map<QString, std::int64_t> existing;
    struct Found
    {
        Id sourceId;
        QString label;
        int name;
    };
    std::vector<Found> labels;
    const int total = int(sources->size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::anonymisation", "Cancelled."));
        const SourceInfo &s = (*sources)[std::size_t(i)];
        auto text = project.sourceText(s.id);
        if (!text)
            return std::unexpected(text.error());
        countPlaceholders(*text, existing);
        qsizetype u16 = 0, cp = 0; // a UTF-16 index and its code point offset, moving forward
        for (auto it = pattern.globalMatch(*text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype a = m.capturedStart(0), b = m.capturedEnd(0);
            cp += text::codePointLength(QStringView(*text).sliced(u16, a - u16));
            u16 = a;
            AnonymisationHit hit;
            hit.sourceId = s.id;
            hit.start = cp;
            hit.end = cp + text::codePointLength(QStringView(*text).sliced(a, b - a));
            hit.name = matchedName(m, order);
            hit.found = m.captured(0);
            const qsizetype from = std::max<qsizetype>(0, a - kContext);
            hit.before = oneLine(QStringView(*text).sliced(from, a - from));
            hit.after = oneLine(QStringView(*text).sliced(b, std::min<qsizetype>(kContext, text->size() - b)));
            plan.hits.push_back(std::move(hit));
        }
        auto turns = project.turns(s.id);
        if (!turns)
            return std::unexpected(turns.error());
        QStringList done;
        for (const Turn &t : *turns) {
            if (done.contains(t.speaker))
                continue;
            done << t.speaker;
            if (const auto m = pattern.match(t.speaker); m.hasMatch())
                labels.push_back({s.id, t.speaker, matchedName(m, order)});
        }
    }
    if (progress && !progress(total, total))
        return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::anonymisation", "Cancelled."));
    fillPlaceholders(names, existing, options.ignoreCase);
    plan.counts.assign(names.size(), 0);
    for (const AnonymisationHit &h : plan.hits)
        ++plan.counts[std::size_t(h.name)];
    const auto replaced = [&](const QString &text) {
        QString out;
        qsizetype from = 0;
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            out += text.mid(from, m.capturedStart(0) - from) + names[std::size_t(matchedName(m, order))].placeholder;
            from = m.capturedEnd(0);
        }
        return out + text.mid(from);
    };
    for (const Found &f : labels)
        plan.speakers.push_back({f.sourceId, {f.label, replaced(f.label)}});
    for (const SourceInfo &s : *sources)
        if (pattern.match(s.name).hasMatch())
            plan.sourceNames.push_back({s.id, replaced(s.name)});
    auto fields = fieldsWithNames(project.database(), pattern);
    if (!fields)
        return std::unexpected(fields.error());
    for (AnonymisedField &f : *fields) {
        for (auto it = pattern.globalMatch(f.before); it.hasNext();)
            ++plan.counts[std::size_t(matchedName(it.next(), order))];
        f.after = replaced(f.before);
    }
    plan.fields = std::move(*fields);
    plan.names = std::move(names);
    plan.existingPlaceholders.assign(existing.begin(), existing.end());
    return plan;
}

std::vector<SourceTextEdit> anonymisationEdits(const AnonymisationPlan &plan)
{
    std::vector<SourceTextEdit> edits;
    auto editOf = [&](Id sourceId) -> SourceTextEdit & {
        if (edits.empty() || edits.back().sourceId != sourceId) {
            const auto it = std::ranges::find(edits, sourceId, &SourceTextEdit::sourceId);
            if (it != edits.end())
                return *it;
            edits.push_back({sourceId, {}, {}});
        }
        return edits.back();
    };
    for (const AnonymisationHit &h : plan.hits)
        if (h.apply)
            editOf(h.sourceId).replacements.push_back({h.start, h.end, plan.names[std::size_t(h.name)].placeholder});
    for (const auto &[sourceId, label] : plan.speakers)
        editOf(sourceId).speakers.push_back(label);
    for (const auto &[sourceId, name] : plan.sourceNames)
        editOf(sourceId).name = name;
    return edits;
}

Status writeAnonymisationMapping(const AnonymisationPlan &plan, const QString &path, const QString &projectPath)
{
    const QFileInfo target(path), project(projectPath);
    if (target.absoluteFilePath() == project.absoluteFilePath() ||
        target.absoluteFilePath().startsWith(project.absoluteFilePath()))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::anonymisation", "%1: the mapping must be kept apart from the project, not in its file.").arg(path));
    Table table;
    table.name = QStringLiteral("Mapping");
    table.header = {QStringLiteral("name"), QStringLiteral("placeholder"), QStringLiteral("occurrences")};
    for (std::size_t i = 0; i < plan.names.size(); ++i)
        table.rows.push_back({{plan.names[i].name}, {plan.names[i].placeholder}, {QString::number(plan.counts[i])}});
    return writeTable(table, TableFormat::Csv, path);
}

} // namespace gw
