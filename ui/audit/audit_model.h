#pragma once
// The audit log as rows, newest first: when, coder, the action in words, why.
// Filtered by kind of action, coder and text. New entries (the log only grows:
// even an undo is a new entry) are inserted at the top; only a new filter
// resets the rows. Does not own the project.

#include "core/model/types.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <vector>

namespace gw {

class Project;

class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, CoderColumn, ActionColumn, WhyColumn, ColumnCount };
    enum Role { EntryIdRole = Qt::UserRole + 1, ActionRole, HasStructureRole };

    explicit AuditModel(QObject *parent = nullptr);

    void setProject(Project *project);
    // KIND indexes auditKinds() (-1: every kind); CODER and TEXT empty: any.
    void setFilter(int kind, const QString &coder, const QString &text);
    // Reads the log again: new entries are inserted at the top.
    void refresh();
    [[nodiscard]] Project *project() const { return m_project; }

    [[nodiscard]] const AuditEntry &entry(int row) const { return m_rows[size_t(row)].entry; }
    [[nodiscard]] QString words(int row) const { return m_rows[size_t(row)].words; }
    // Every coder that appears in the log, sorted.
    [[nodiscard]] QStringList coders() const { return m_coders; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        AuditEntry entry;
        QString words;
    };
    [[nodiscard]] std::vector<Row> read();

    QPointer<Project> m_project;
    std::vector<Row> m_rows;
    QStringList m_coders;
    int m_kind = -1;
    QString m_coder;
    QString m_text;
};

} // namespace gw
