#include "core/analysis/matrix.h"

#include "core/analysis/saved_queries.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace gw {

QString toString(MatrixCellKind cell)
{
    switch (cell) {
    case MatrixCellKind::Segments: return QStringLiteral("segments");
    case MatrixCellKind::Sources: return QStringLiteral("sources");
    case MatrixCellKind::Cases: return QStringLiteral("cases");
    case MatrixCellKind::Words: return QStringLiteral("words");
    case MatrixCellKind::RowPercent: return QStringLiteral("row%");
    case MatrixCellKind::ColumnPercent: return QStringLiteral("col%");
    }
    return {};
}

std::optional<MatrixCellKind> matrixCellFromString(const QString &text)
{
    for (const MatrixCellKind k : {MatrixCellKind::Segments, MatrixCellKind::Sources, MatrixCellKind::Cases,
                                   MatrixCellKind::Words, MatrixCellKind::RowPercent, MatrixCellKind::ColumnPercent})
        if (toString(k) == text.trimmed().toLower())
            return k;
    return std::nullopt;
}

Status MatrixSpec::setRows(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("query:"), Qt::CaseInsensitive)) {
        rows = MatrixRows::Queries;
        queries.clear();
        for (const QString &name : t.mid(6).split(u','))
            if (!name.trimmed().isEmpty())
                queries.append(name.trimmed());
        if (queries.isEmpty())
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::matrix", "Name the saved query after \"query:\"."));
        return {};
    }
    static const std::pair<const char *, MatrixRows> kinds[] = {
        {"codes", MatrixRows::Codes}, {"themes", MatrixRows::Themes},
        {"dimensions", MatrixRows::Dimensions}, {"queries", MatrixRows::Queries}};
    for (const auto &[name, kind] : kinds)
        if (t.toLower() == QLatin1String(name)) {
            rows = kind;
            queries.clear();
            return {};
        }
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::matrix", "Unknown matrix rows \"%1\": choose codes, themes, dimensions, queries or query:NAME.").arg(t));
}

Status MatrixSpec::setColumns(const QString &text)
{
    const QString t = text.trimmed();
    if (t.startsWith(QStringLiteral("attribute:"), Qt::CaseInsensitive)) {
        columns = MatrixColumns::Attribute;
        attribute = t.mid(10).trimmed();
        if (attribute.isEmpty())
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::matrix", "Name the attribute after \"attribute:\"."));
        return {};
    }
    static const std::pair<const char *, MatrixColumns> kinds[] = {
        {"cases", MatrixColumns::Cases}, {"sources", MatrixColumns::Sources},
        {"kinds", MatrixColumns::Kinds}, {"coders", MatrixColumns::Coders}};
    for (const auto &[name, kind] : kinds)
        if (t.toLower() == QLatin1String(name)) {
            columns = kind;
            return {};
        }
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::matrix", "Unknown matrix columns \"%1\": choose cases, attribute:NAME, sources, kinds or coders.").arg(t));
}

double Matrix::maximum() const
{
    double m = 0;
    for (const MatrixRow &r : rows)
        for (const MatrixCell &c : r.cells)
            m = std::max(m, c.value);
    return m;
}

QString Matrix::text(std::size_t row, std::size_t column) const
{
    const double v = rows[row].cells[column].value;
    if (cell == MatrixCellKind::RowPercent || cell == MatrixCellKind::ColumnPercent)
        return QLocale::c().toString(v, 'f', 1);
    return QString::number(std::llround(v));
}

Table Matrix::table() const
{
    Table t;
    t.name = QStringLiteral("Matrix");
    const QString what = cell == MatrixCellKind::RowPercent      ? QStringLiteral("% of each row's segments")
                         : cell == MatrixCellKind::ColumnPercent ? QStringLiteral("% of each column's segments")
                                                                 : toString(cell);
    t.caption = QStringLiteral("%1 by %2: %3").arg(rowTitle, columnTitle.toLower(), what);
    t.header.append(rowTitle);
    t.header.append(columns);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        std::vector<TableCell> cells{TableCell{cleanedCellText(rows[r].label), 1}};
        for (std::size_t c = 0; c < std::size_t(columns.size()); ++c)
            cells.push_back(TableCell{text(r, c), 1});
        t.rows.push_back(std::move(cells));
    }
    QList<double> shares{3.0};
    for (qsizetype i = 0; i < columns.size(); ++i)
        shares.append(1.0);
    t.columnShares = shares;
    return t;
}

namespace {

struct RowSource
{
    QString label;
    std::vector<Id> codes;      // a tier row
    const SavedQuery *query = nullptr;
};

// Which columns each source (or each coder) falls in.
struct ColumnMap
{
    QStringList labels;
    QString title;
    std::map<Id, std::vector<int>> ofSource; // source-based columns
    std::map<Id, int> ofCoder;               // coder columns
    std::vector<std::set<std::size_t>> casesOfColumn;           // cases each column stands for; empty: all
};

Result<double> numberOf(AttributeType type, const QString &value)
{
    if (type == AttributeType::Number) {
        bool ok = false;
        const double d = QLocale::c().toDouble(value.trimmed(), &ok);
        if (ok)
            return d;
    } else if (type == AttributeType::Date) {
        QString v = value.trimmed();
        if (v.size() == 4)
            v += QStringLiteral("-01-01");
        const QDate date = QDate::fromString(v, QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            return double(date.toJulianDay());
    }
    return fail(ErrorKind::InvalidInput, QString());
}

Result<ColumnMap> columnsOf(const CodingData &data, const MatrixSpec &spec, const QueryScope &scope)
{
    ColumnMap m;
    switch (spec.columns) {
    case MatrixColumns::Cases:
        m.title = QStringLiteral("Case");
        for (std::size_t i = 0; i < data.cases.size(); ++i) {
            m.labels.append(data.cases[i].name);
            m.casesOfColumn.push_back({i});
            for (const Id s : data.cases[i].sourceIds)
                m.ofSource[s].push_back(int(i));
        }
        break;
    case MatrixColumns::Sources:
        m.title = QStringLiteral("Source");
        for (const SourceRow &s : data.sources)
            if (scope.allowsSource(s.id)) {
                m.ofSource[s.id].push_back(int(m.labels.size()));
                m.labels.append(s.name);
            }
        break;
    case MatrixColumns::Kinds:
        m.title = QStringLiteral("Kind");
        for (const SourceKind k : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document}) {
            bool any = false;
            for (const SourceRow &s : data.sources)
                if (s.kind == k && scope.allowsSource(s.id)) {
                    m.ofSource[s.id].push_back(int(m.labels.size()));
                    any = true;
                }
            if (any)
                m.labels.append(toString(k));
        }
        break;
    case MatrixColumns::Coders:
        m.title = QStringLiteral("Coder");
        for (const auto &[id, name] : data.coders) {
            m.ofCoder[id] = int(m.labels.size());
            m.labels.append(name);
        }
        break;
    case MatrixColumns::Attribute: {
        const AttributeInfo *a = data.attribute(spec.attribute);
        if (!a) {
            QStringList names;
            for (const AttributeInfo &x : data.attributes)
                names.append(x.name);
            return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::matrix", "No attribute is called \"%1\".%2")
                                                 .arg(spec.attribute, closestHint(spec.attribute, names)));
        }
        m.title = a->name;
        std::vector<int> columnOfCase(data.cases.size(), -1);
        if (!spec.bins.isEmpty()) {
            if (a->type != AttributeType::Number && a->type != AttributeType::Date)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::matrix", "Bins need a number or date attribute; %1 holds %2.").arg(a->name, toString(a->type)));
            std::vector<double> edges;
            for (const QString &b : spec.bins) {
                auto v = numberOf(a->type, b);
                if (!v)
                    return fail(ErrorKind::InvalidInput,
                                QCoreApplication::translate("gw::matrix", "The bin edge \"%1\" is not a %2%3.")
                                    .arg(b, toString(a->type),
                                         a->type == AttributeType::Date ? QCoreApplication::translate("gw::matrix", " (yyyy-mm-dd or yyyy)") : QString()));
                if (!edges.empty() && *v <= edges.back())
                    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::matrix", "Bin edges must rise: \"%1\" does not.").arg(b));
                edges.push_back(*v);
            }
            m.labels.append(QStringLiteral("< %1").arg(spec.bins.front().trimmed()));
            for (qsizetype i = 0; i + 1 < spec.bins.size(); ++i)
                m.labels.append(QStringLiteral("%1 to < %2").arg(spec.bins[i].trimmed(), spec.bins[i + 1].trimmed()));
            m.labels.append(QStringLiteral("≥ %1").arg(spec.bins.back().trimmed()));
            for (std::size_t i = 0; i < data.cases.size(); ++i) {
                const QString value = data.cases[i].value(a->name);
                auto v = value.isEmpty() ? Result<double>(fail(ErrorKind::InvalidInput, {})) : numberOf(a->type, value);
                if (v)
                    columnOfCase[i] = int(std::ranges::upper_bound(edges, *v) - edges.begin());
            }
        } else {
            std::vector<QString> values;
            for (const CaseInfo &c : data.cases)
                if (const QString v = c.value(a->name); !v.isEmpty() && std::ranges::find(values, v) == values.end())
                    values.push_back(v);
            std::ranges::sort(values, [&](const QString &x, const QString &y) {
                if (a->type == AttributeType::Number)
                    return x.toDouble() < y.toDouble();
                return QString::localeAwareCompare(x, y) < 0;
            });
            for (const QString &v : values)
                m.labels.append(v);
            for (std::size_t i = 0; i < data.cases.size(); ++i) {
                const QString value = data.cases[i].value(a->name);
                if (!value.isEmpty())
                    columnOfCase[i] = int(std::ranges::find(values, value) - values.begin());
            }
        }
        m.casesOfColumn.resize(std::size_t(m.labels.size()));
        for (std::size_t i = 0; i < data.cases.size(); ++i) {
            if (columnOfCase[i] < 0)
                continue;
            m.casesOfColumn[std::size_t(columnOfCase[i])].insert(i);
            for (const Id s : data.cases[i].sourceIds) {
                auto &cols = m.ofSource[s];
                if (std::ranges::find(cols, columnOfCase[i]) == cols.end())
                    cols.push_back(columnOfCase[i]);
            }
        }
        break;
    }
    }
    return m;
}

Result<std::vector<RowSource>> rowsOf(const CodingData &data, const MatrixSpec &spec,
                                      const std::vector<SavedQuery> &saved)
{
    std::vector<RowSource> rows;
    switch (spec.rows) {
    case MatrixRows::Codes:
        for (const CodeRow &c : data.codes)
            if (!c.archived)
                rows.push_back({c.name, {c.id}, nullptr});
        break;
    case MatrixRows::Themes:
        for (const TierRow &t : data.themes)
            rows.push_back({t.name, data.codesOfTheme(t.id), nullptr});
        break;
    case MatrixRows::Dimensions:
        for (const TierRow &d : data.dimensions)
            rows.push_back({d.name, data.codesOfDimension(d.id), nullptr});
        break;
    case MatrixRows::Queries:
        for (const SavedQuery &q : saved)
            rows.push_back({q.name, {}, &q});
        break;
    }
    return rows;
}

} // namespace

Result<Matrix> buildMatrix(Project &project, CodingData &data, const MatrixSpec &spec, const ProgressFn &progress)
{
    auto scope = QueryScope::make(data, spec.options.filters);
    if (!scope)
        return std::unexpected(scope.error());
    auto columns = columnsOf(data, spec, *scope);
    if (!columns)
        return std::unexpected(columns.error());

    std::vector<SavedQuery> saved;
    if (spec.rows == MatrixRows::Queries) {
        if (spec.queries.isEmpty()) {
            auto all = savedQueries(project);
            if (!all)
                return std::unexpected(all.error());
            if (all->empty())
                return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::matrix", "The project has no saved queries to make rows of; "
                                                                "save one first (query save NAME 'EXPRESSION')."));
            saved = std::move(*all);
        }
        for (const QString &name : spec.queries) {
            auto q = savedQuery(project, name);
            if (!q)
                return std::unexpected(q.error());
            saved.push_back(std::move(*q));
        }
    }
    auto rowSources = rowsOf(data, spec, saved);
    if (!rowSources)
        return std::unexpected(rowSources.error());

    Matrix m;
    m.cell = spec.cell;
    m.rowTitle = spec.rows == MatrixRows::Codes      ? QStringLiteral("Code")
                 : spec.rows == MatrixRows::Themes   ? QStringLiteral("Theme")
                 : spec.rows == MatrixRows::Dimensions ? QStringLiteral("Dimension")
                                                     : QStringLiteral("Query");
    m.columnTitle = columns->title;
    m.columns = columns->labels;
    const std::size_t width = std::size_t(m.columns.size());

    for (std::size_t r = 0; r < rowSources->size(); ++r) {
        if (progress && !progress(int(r), int(rowSources->size())))
            return fail(ErrorKind::Cancelled, QCoreApplication::translate("gw::matrix", "The matrix was cancelled."));
        const RowSource &src = (*rowSources)[r];
        MatrixRow row;
        row.label = src.label;
        if (src.query) {
            QueryOptions options = src.query->options;
            // The matrix's filters narrow the query's own.
            auto passages = runCodingQuery(data, src.query->expression, options);
            if (!passages)
                return fail(passages.error().kind, QCoreApplication::translate("gw::matrix", "The saved query \"%1\": %2")
                                                       .arg(src.query->name, passages.error().message));
            for (Passage &p : *passages)
                if (scope->allowsSource(p.sourceId))
                    row.passages.push_back(std::move(p));
        } else {
            row.passages = itemPassages(data, src.codes, *scope);
        }
        row.cells.resize(width);
        std::vector<std::set<Id>> sourcesIn(width);
        std::vector<std::set<std::size_t>> casesIn(width);
        for (std::size_t i = 0; i < row.passages.size(); ++i) {
            const Passage &p = row.passages[i];
            std::vector<int> cols;
            if (spec.columns == MatrixColumns::Coders) {
                for (const Id s : p.segmentIds)
                    if (const auto it = columns->ofCoder.find(data.segment(s)->coderId); it != columns->ofCoder.end() &&
                                                                                  std::ranges::find(cols, it->second) == cols.end())
                        cols.push_back(it->second);
            } else if (const auto it = columns->ofSource.find(p.sourceId); it != columns->ofSource.end()) {
                cols = it->second;
            }
            int words = 0;
            if (spec.cell == MatrixCellKind::Words && !cols.empty()) {
                auto text = data.text(p.sourceId, p.start, p.end);
                if (!text)
                    return std::unexpected(text.error());
                words = wordCount(*text);
            }
            for (const int c : cols) {
                MatrixCell &cell = row.cells[std::size_t(c)];
                cell.passages.push_back(i);
                sourcesIn[std::size_t(c)].insert(p.sourceId);
                for (const std::size_t k : data.casesOfSource(p.sourceId))
                    if (columns->casesOfColumn.empty() || columns->casesOfColumn[std::size_t(c)].contains(k))
                        casesIn[std::size_t(c)].insert(k);
                if (spec.cell == MatrixCellKind::Words)
                    cell.value += words;
            }
        }
        for (std::size_t c = 0; c < width; ++c) {
            MatrixCell &cell = row.cells[c];
            switch (spec.cell) {
            case MatrixCellKind::Sources: cell.value = double(sourcesIn[c].size()); break;
            case MatrixCellKind::Cases: cell.value = double(casesIn[c].size()); break;
            case MatrixCellKind::Words: break;
            default: cell.value = double(cell.passages.size()); break;
            }
        }
        if (spec.skipEmptyRows && row.passages.empty())
            continue;
        m.rows.push_back(std::move(row));
    }
    if (spec.cell == MatrixCellKind::RowPercent)
        for (MatrixRow &row : m.rows) {
            double total = 0;
            for (const MatrixCell &c : row.cells)
                total += c.value;
            for (MatrixCell &c : row.cells)
                c.value = total > 0 ? 100.0 * c.value / total : 0;
        }
    if (spec.cell == MatrixCellKind::ColumnPercent)
        for (std::size_t c = 0; c < width; ++c) {
            double total = 0;
            for (const MatrixRow &row : m.rows)
                total += row.cells[c].value;
            for (MatrixRow &row : m.rows)
                row.cells[c].value = total > 0 ? 100.0 * row.cells[c].value / total : 0;
        }
    if (progress)
        progress(int(rowSources->size()), int(rowSources->size()));
    return m;
}

} // namespace gw
