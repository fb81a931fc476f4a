#pragma once
// The sources of the open project as a flat table (name, kind, segment count),
// grouped by kind (interviews, observations, documents) and by name within a
// kind. Follows the project's signals row by row; resets only when the project
// itself changes. Does not own the project.

#include "core/model/project.h"
#include "core/model/types.h"

#include <QAbstractTableModel>
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

    [[nodiscard]] Id sourceId(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfSource(Id id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
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

    QPointer<Project> m_project;
    std::vector<SourceInfo> m_sources;
};

} // namespace gw
