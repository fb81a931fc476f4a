#include "ui/sources/source_list_model.h"

#include "core/model/project.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPalette>
#include <algorithm>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

int kindOrder(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return 0;
    case SourceKind::Observation: return 1;
    case SourceKind::Document: return 2;
    }
    return 3;
}

QString kindLabel(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return QCoreApplication::translate("gw::SourceListModel", "Interview");
    case SourceKind::Observation: return QCoreApplication::translate("gw::SourceListModel", "Observation");
    case SourceKind::Document: return QCoreApplication::translate("gw::SourceListModel", "Document");
    }
    return {};
}

} // namespace

bool SourceListModel::listedBefore(const SourceInfo &a, const SourceInfo &b) const
{
    if (m_grouping == u"kind") {
        if (kindOrder(a.kind) != kindOrder(b.kind))
            return kindOrder(a.kind) < kindOrder(b.kind);
    } else if (m_grouping != u"name") {
        // Sources with no group (in no set, no value) come last.
        const QString ga = groupOf(a), gb = groupOf(b);
        if (ga.isEmpty() != gb.isEmpty())
            return gb.isEmpty();
        if (const int c = QString::compare(ga, gb, Qt::CaseInsensitive); c != 0)
            return c < 0;
    }
    return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
}

QString SourceListModel::groupOf(const SourceInfo &s) const
{
    if (m_grouping == u"kind" || m_grouping == u"name")
        return kindLabel(s.kind);
    return m_groups.value(s.id);
}

void SourceListModel::readGroups()
{
    m_groups.clear();
    if (!m_project || m_grouping == u"kind" || m_grouping == u"name")
        return;
    if (m_grouping == u"set") {
        if (auto sets = m_project->sourceSets())
            for (const SourceSetInfo &t : *sets)
                for (const Id id : t.sourceIds) {
                    QString &label = m_groups[id];
                    label = label.isEmpty() ? t.name : label + QStringLiteral(", ") + t.name;
                }
        return;
    }
    if (auto cases = m_project->cases())
        for (const CaseInfo &c : *cases)
            if (const QString value = c.value(m_grouping); !value.isEmpty())
                for (const Id id : c.sourceIds)
                    if (!m_groups.contains(id))
                        m_groups.insert(id, value);
}

void SourceListModel::setGrouping(const QString &grouping)
{
    if (grouping == m_grouping)
        return;
    m_grouping = grouping;
    regroup();
}

// A layout change, not a reset: the view keeps its current source and selection.
void SourceListModel::regroup()
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<Id> ids;
    for (const QModelIndex &i : before)
        ids.push_back(sourceId(i));
    readGroups();
    std::ranges::stable_sort(m_sources, [this](const SourceInfo &a, const SourceInfo &b) { return listedBefore(a, b); });
    QModelIndexList after;
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOf(ids[std::size_t(i)]);
        after.append(row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

SourceListModel::SourceListModel(QObject *parent) : QAbstractTableModel(parent) {}

void SourceListModel::setProject(Project *project)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_sources.clear();
    if (m_project) {
        readGroups();
        if (auto list = m_project->sources()) {
            m_sources = std::move(*list);
            std::ranges::stable_sort(m_sources, [this](const SourceInfo &a, const SourceInfo &b) { return listedBefore(a, b); });
        } else {
            spdlog::warn("cannot list sources: {}", list.error().message.toStdString());
        }
        connect(m_project, &Project::sourceAdded, this, &SourceListModel::onSourceAdded);
        connect(m_project, &Project::sourceRemoved, this, &SourceListModel::onSourceRemoved);
        connect(m_project, &Project::sourceChanged, this, &SourceListModel::onSourceChanged);
        connect(m_project, &Project::segmentsChanged, this,
                [this](Id sourceId, Id) { onSegmentsChanged(sourceId); });
        // Sets and case values group the rows: regrouped when they change.
        connect(m_project, &Project::casesChanged, this, [this] {
            if (m_grouping != u"kind" && m_grouping != u"name")
                regroup();
            Q_EMIT groupsChanged();
        });
    }
    endResetModel();
}

Id SourceListModel::sourceId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return 0;
    return m_sources[size_t(index.row())].id;
}

QModelIndex SourceListModel::indexOfSource(Id id) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, NameColumn);
}

int SourceListModel::rowOf(Id sourceId) const
{
    auto it = std::ranges::find(m_sources, sourceId, &SourceInfo::id);
    return it == m_sources.end() ? -1 : int(it - m_sources.begin());
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SourceInfo &s = m_sources[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return s.name;
        case KindColumn: {
            // A dash says "in no set" or "no value" rather than leaving a gap.
            const QString group = groupOf(s);
            return group.isEmpty() ? QStringLiteral("—") : group;
        }
        case SegmentsColumn: return qlonglong(s.segmentCount);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3 characters · %4 coded segments%5")
            .arg(s.name, kindLabel(s.kind), QLocale().toString(qlonglong(s.length)),
                 QString::number(s.segmentCount),
                 s.originalName.isEmpty() ? QString() : tr("\nImported from %1").arg(s.originalName));
    case Qt::TextAlignmentRole:
        if (index.column() == SegmentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() != NameColumn)
            return QApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case SourceIdRole: return qlonglong(s.id);
    }
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case NameColumn: return tr("Sources");
        case KindColumn:
            return m_grouping == u"kind" ? tr("Kind")
                   : m_grouping == u"set" ? tr("Set")
                   : m_grouping == u"name" ? tr("Kind")
                                           : m_grouping;
        case SegmentsColumn: return tr("Segments");
        }
    }
    if (role == Qt::TextAlignmentRole && section == SegmentsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void SourceListModel::onSourceAdded(Id sourceId)
{
    if (rowOf(sourceId) >= 0)
        return;
    auto info = m_project->source(sourceId);
    if (!info) {
        spdlog::warn("cannot read added source {}: {}", sourceId, info.error().message.toStdString());
        return;
    }
    const auto at = std::ranges::upper_bound(m_sources, *info, [this](const SourceInfo &a, const SourceInfo &b) { return listedBefore(a, b); });
    const int row = int(at - m_sources.begin());
    beginInsertRows({}, row, row);
    m_sources.insert(at, std::move(*info));
    endInsertRows();
}

void SourceListModel::onSourceRemoved(Id sourceId)
{
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_sources.erase(m_sources.begin() + row);
    endRemoveRows();
}

void SourceListModel::onSourceChanged(Id sourceId)
{
    const int row = rowOf(sourceId);
    auto info = m_project->source(sourceId);
    if (row < 0 || !info)
        return;
    const auto at = std::ranges::upper_bound(m_sources, *info, [this](const SourceInfo &a, const SourceInfo &b) { return listedBefore(a, b); });
    int to = int(at - m_sources.begin());
    if (to == row || to == row + 1) { // stays where it is
        m_sources[size_t(row)] = std::move(*info);
        Q_EMIT dataChanged(index(row, NameColumn), index(row, ColumnCount - 1));
        return;
    }
    beginMoveRows({}, row, row, {}, to);
    SourceInfo moved = std::move(*info);
    m_sources.erase(m_sources.begin() + row);
    if (to > row)
        --to;
    m_sources.insert(m_sources.begin() + to, std::move(moved));
    endMoveRows();
}

void SourceListModel::onSegmentsChanged(Id sourceId)
{
    if (sourceId == 0) { // anywhere (a merge, a batch): one query, one signal for the rows that changed
        auto all = m_project->sources();
        if (!all)
            return;
        QHash<Id, std::int64_t> counts;
        for (const SourceInfo &s : *all)
            counts.insert(s.id, s.segmentCount);
        int first = -1, last = -1;
        for (int row = 0; row < int(m_sources.size()); ++row) {
            SourceInfo &s = m_sources[size_t(row)];
            const std::int64_t now = counts.value(s.id, s.segmentCount);
            if (now == s.segmentCount)
                continue;
            s.segmentCount = now;
            first = first < 0 ? row : first;
            last = row;
        }
        if (first >= 0) {
            Q_EMIT dataChanged(index(first, SegmentsColumn), index(last, SegmentsColumn));
            Q_EMIT dataChanged(index(first, NameColumn), index(last, NameColumn), {Qt::ToolTipRole});
        }
        return;
    }
    const int row = rowOf(sourceId);
    if (row < 0)
        return;
    auto info = m_project->source(sourceId);
    if (!info)
        return;
    m_sources[size_t(row)].segmentCount = info->segmentCount;
    Q_EMIT dataChanged(index(row, SegmentsColumn), index(row, SegmentsColumn));
    Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn), {Qt::ToolTipRole});
}

} // namespace gw
