#include "ui/segments/segment_list_model.h"

#include "core/model/attribution.h"
#include "core/model/quote_attribution.h"
#include "core/text/positions.h"

#include <algorithm>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

constexpr qsizetype kContext = 60; // code points of context either side, cut at a word

bool before(const SegmentInfo &a, const SegmentInfo &b)
{
    if (const int c = QString::compare(a.sourceName, b.sourceName, Qt::CaseInsensitive); c != 0)
        return c < 0;
    return std::tie(a.sourceId, a.start, a.end, a.id) < std::tie(b.sourceId, b.start, b.end, b.id);
}

} // namespace

SegmentListModel::SegmentListModel(QObject *parent) : QAbstractListModel(parent) {}

SegmentListModel::~SegmentListModel() = default;

void SegmentListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_codes.clear();
    if (m_project) {
        connect(m_project, &Project::segmentsChanged, this, &SegmentListModel::onSegmentsChanged);
        connect(m_project, &Project::casesChanged, this, &SegmentListModel::onCasesChanged);
        connect(m_project, &Project::codeChanged, this, [this](Id codeId) {
            if (m_codes.contains(codeId))
                setCodes(m_codes.values()); // a renamed or recoloured code: rare
        });
    }
    load();
}

void SegmentListModel::setCodes(const QList<Id> &codeIds)
{
    m_codes = QSet<Id>(codeIds.begin(), codeIds.end());
    load();
}

void SegmentListModel::load()
{
    beginResetModel();
    m_rows.clear();
    m_sources.clear();
    m_attribution.reset();
    if (m_project) {
        std::vector<SegmentInfo> all;
        for (Id codeId : std::as_const(m_codes)) {
            auto segments = m_project->segmentsOfCode(codeId);
            if (!segments) {
                spdlog::warn("cannot read the segments of code {}: {}", codeId,
                             segments.error().message.toStdString());
                continue;
            }
            std::ranges::move(*segments, std::back_inserter(all));
        }
        std::ranges::sort(all, before);
        QHash<Id, QString> texts;
        for (const SegmentInfo &s : all) {
            if (!texts.contains(s.sourceId))
                texts.insert(s.sourceId, m_project->sourceText(s.sourceId).value_or(QString()));
            m_rows.push_back(makeRow(s, texts.value(s.sourceId)));
        }
    }
    endResetModel();
}

SegmentListModel::Row SegmentListModel::makeRow(const SegmentInfo &segment,
                                                const QString &sourceText) const
{
    Row row{segment, {}, {}, {}};
    const qsizetype start = text::utf16Index(sourceText, segment.start);
    const qsizetype end = text::utf16Index(sourceText, segment.end);
    if (row.segment.text.isEmpty())
        row.segment.text = sourceText.mid(start, end - start);
    qsizetype from = std::max<qsizetype>(0, start - kContext);
    while (from > 0 && from < start && !sourceText[from - 1].isSpace())
        ++from;
    // The context keeps one space where the source has white space at the
    // segment's edge, and none where the segment starts or ends mid-word.
    row.before = sourceText.mid(from, start - from).simplified();
    if (!row.before.isEmpty() && sourceText[start - 1].isSpace())
        row.before += QLatin1Char(' ');
    qsizetype to = std::min(sourceText.size(), end + kContext);
    while (to < sourceText.size() && to > end && !sourceText[to].isSpace())
        --to;
    row.after = sourceText.mid(end, to - end).simplified();
    if (!row.after.isEmpty() && sourceText[end].isSpace())
        row.after.prepend(QLatin1Char(' '));
    if (m_project) {
        auto code = m_project->code(segment.codeId);
        row.color = code ? code->color : QString();
    }
    return row;
}

const SegmentListModel::SourceFacts &SegmentListModel::factsOf(Id sourceId) const
{
    auto it = m_sources.find(sourceId);
    if (it != m_sources.end())
        return *it;
    SourceFacts facts;
    if (m_project) {
        if (auto info = m_project->source(sourceId))
            facts.kind = info->kind;
        if (auto cases = m_project->casesOfSource(sourceId)) {
            for (const CaseInfo &c : *cases)
                for (const CaseValue &v : c.values)
                    facts.caseValues << QStringLiteral("%1=%2").arg(v.attribute, v.value);
        }
        // The sets it is in filter like a case value ("Set: pilot sites").
        if (auto sets = m_project->sourceSets())
            for (const SourceSetInfo &t : *sets)
                if (t.sourceIds.contains(sourceId))
                    facts.caseValues << QStringLiteral("Set=%1").arg(t.name);
    }
    return *m_sources.insert(sourceId, facts);
}

int SegmentListModel::rowOf(Id segmentId) const
{
    auto it = std::ranges::find(m_rows, segmentId, [](const Row &r) { return r.segment.id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SegmentListModel::attributionOf(const SegmentInfo &segment) const
{
    if (!m_project)
        return {};
    if (!m_attribution)
        m_attribution = std::make_unique<QuoteAttribution>(*m_project);
    return m_attribution->of(segment.sourceId, segment.start).value_or(QString());
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const SegmentInfo &s = row.segment;
    auto facts = [&]() -> const SourceFacts & { return factsOf(s.sourceId); };
    switch (role) {
    case Qt::DisplayRole:
        return s.text;
    case Qt::ToolTipRole:
        return QStringLiteral("%1 — %2").arg(s.sourceName, s.codeName);
    case SegmentIdRole:
        return qlonglong(s.id);
    case SourceIdRole:
        return qlonglong(s.sourceId);
    case SourceNameRole:
        return s.sourceName;
    case SourceKindRole:
        return int(facts().kind);
    case CodeNameRole:
        return s.codeName;
    case CodeColorRole:
        return row.color;
    case CoderRole:
        return s.coder;
    case StartRole:
        return qlonglong(s.start);
    case EndRole:
        return qlonglong(s.end);
    case ContextBeforeRole:
        return row.before;
    case ContextAfterRole:
        return row.after;
    case AttributionRole:
        return attributionOf(s);
    case CaseValuesRole:
        return facts().caseValues;
    case QuoteRole:
        return quoteLine(s.text, attributionOf(s), s.sourceName);
    default:
        return {};
    }
}

void SegmentListModel::onSegmentsChanged(Id sourceId, Id codeId)
{
    // Not filtered by CODEID: a recode announces one code but moves a segment off another.
    Q_UNUSED(codeId);
    if (!m_project || m_codes.isEmpty())
        return;
    if (sourceId == 0) { // anywhere (a merge): read the shown codes again
        load();
        return;
    }
    // The segments of this source under the shown codes, as the store has them now.
    std::vector<SegmentInfo> now;
    if (auto segments = m_project->segmentsOfSource(sourceId, false)) // text from the source below
        std::ranges::copy_if(*segments, std::back_inserter(now),
                             [this](const SegmentInfo &s) { return m_codes.contains(s.codeId); });
    QHash<Id, const SegmentInfo *> fresh;
    for (const SegmentInfo &s : now)
        fresh.insert(s.id, &s);
    // Gone or moved rows leave; rows whose range changed leave and come back in place.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const SegmentInfo &old = m_rows[size_t(i)].segment;
        if (old.sourceId != sourceId)
            continue;
        const SegmentInfo *f = fresh.value(old.id);
        if (f && f->start == old.start && f->end == old.end && f->codeId == old.codeId) {
            fresh.remove(old.id);
            continue;
        }
        beginRemoveRows({}, i, i);
        m_rows.erase(m_rows.begin() + i);
        endRemoveRows();
    }
    if (fresh.isEmpty())
        return;
    const QString text = m_project->sourceText(sourceId).value_or(QString());
    for (const SegmentInfo &s : now) {
        if (!fresh.contains(s.id))
            continue;
        auto at = std::ranges::lower_bound(m_rows, s, before, &Row::segment);
        const int row = int(at - m_rows.begin());
        beginInsertRows({}, row, row);
        m_rows.insert(at, makeRow(s, text));
        endInsertRows();
    }
}

void SegmentListModel::onCasesChanged()
{
    m_sources.clear();
    m_attribution.reset();
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace gw
