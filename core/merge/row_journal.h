#pragma once
// A record of the rows an edit wrote, so that it can be undone exactly: rows
// inserted (deleted again), values updated (put back) and rows deleted
// (re-inserted with every column, rowid included). Every project table is a
// rowid table, so a row is named by its table and rowid. Reverting runs the
// record backwards inside the caller's transaction.

#include "core/error.h"
#include "core/model/types.h"

#include <QString>
#include <QVariant>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace gw {

class Database;

class RowJournal
{
public:
    // Notes a row the caller just inserted.
    void inserted(const QString &table, Id rowid);
    // Sets COLUMN of a row to VALUE (a null QVariant is NULL), keeping the old value.
    [[nodiscard]] Status update(Database &db, const QString &table, Id rowid, const QString &column,
                                const QVariant &value);
    // Sets several COLUMNS at once (where the table checks them together).
    [[nodiscard]] Status update(Database &db, const QString &table, Id rowid, const QStringList &columns,
                                const QVariantList &values);
    // Deletes a row, keeping all of it.
    [[nodiscard]] Status remove(Database &db, const QString &table, Id rowid);
    // Undoes everything noted, newest first.
    [[nodiscard]] Status revert(Database &db) const;

    [[nodiscard]] bool isEmpty() const { return m_steps.empty(); }
    [[nodiscard]] size_t size() const { return m_steps.size(); }

private:
    enum class Kind { Inserted, Updated, Deleted };
    struct Step
    {
        Kind kind = Kind::Inserted;
        QString table;
        Id rowid = 0;
        QStringList columns; // Updated: those set; Deleted: all
        QVariantList values; // the values before
    };
    std::vector<Step> m_steps;
};

} // namespace gw
