#pragma once
// The sources of the open project as a flat table (name, group, segment count),
// grouped by kind (interviews, observations, documents; the default), by the
// sets they are in, by a case attribute's value, or not at all, and by name
// within a group; the second column shows the group. Follows the project's
// signals row by row; resets when the project or the grouping changes. Does not
// own the project.

#include "core/model/project.h"
#include "core/model/types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <vector>

namespace gw {


class SourceListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, SegmentsColumn, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit SourceListModel(QObject *parent = nullptr);

    // Shows PROJECT's sources (none for nullptr); the one full reset.
    void setProject(Project *project);
    [[nodiscard]] Project *project() const { return m_project; }

    // How rows are grouped: "kind", "set", "name" (not grouped), or the name of
    // a case attribute.
    void setGrouping(const QString &grouping);
    [[nodiscard]] QString grouping() const { return m_grouping; }

    [[nodiscard]] Id sourceId(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfSource(Id id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;

Q_SIGNALS:
    // Cases, attributes or sets changed: the groupings offered may have.
    void groupsChanged();

public:
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    void onSourceAdded(Id sourceId);
    void onSourceRemoved(Id sourceId);
    void onSourceChanged(Id sourceId); // renamed or another kind: read again, moved to its place
    void onSegmentsChanged(Id sourceId);
    [[nodiscard]] int rowOf(Id sourceId) const;
    // The group label of each source (sets, attribute values) read again.
    void readGroups();
    [[nodiscard]] QString groupOf(const SourceInfo &s) const;
    [[nodiscard]] bool listedBefore(const SourceInfo &a, const SourceInfo &b) const;
    void regroup();

    QPointer<Project> m_project;
    std::vector<SourceInfo> m_sources;
    QString m_grouping = QStringLiteral("kind");
    QHash<Id, QString> m_groups; // by set or attribute: each source's label
};

} // namespace gw
