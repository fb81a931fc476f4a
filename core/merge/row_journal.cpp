#include "core/merge/row_journal.h"

#include "core/store/database.h"

#include <QCoreApplication>

namespace gw {

namespace {

void bindValue(Statement &stmt, int index, const QVariant &value)
{
    if (value.isNull())
        stmt.bindNull(index);
    else if (value.typeId() == QMetaType::LongLong)
        stmt.bind(index, std::int64_t{value.toLongLong()});
    else if (value.typeId() == QMetaType::Double)
        stmt.bindReal(index, value.toDouble());
    else
        stmt.bind(index, value.toString());
}

// A column's value with its SQLite type (integer, text or NULL).
QVariant readValue(const Statement &row, int typeColumn, int valueColumn)
{
    const QString type = row.text(typeColumn);
    if (type == QLatin1String("null"))
        return {};
    if (type == QLatin1String("integer"))
        return QVariant(qlonglong(row.int64(valueColumn)));
    if (type == QLatin1String("real"))
        return QVariant(row.real(valueColumn));
    return QVariant(row.text(valueColumn));
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    auto stmt = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, table);
    auto names = collectRows<QString>(*stmt, [](const Statement &r) { return r.text(0); });
    if (!names)
        return std::unexpected(names.error());
    return QStringList(names->begin(), names->end());
}

} // namespace

void RowJournal::inserted(const QString &table, Id rowid)
{
    m_steps.push_back(Step{Kind::Inserted, table, rowid, {}, {}});
}

Status RowJournal::update(Database &db, const QString &table, Id rowid, const QString &column, const QVariant &value)
{
    return update(db, table, rowid, QStringList{column}, QVariantList{value});
}

Status RowJournal::update(Database &db, const QString &table, Id rowid, const QStringList &columns,
                          const QVariantList &values)
{
    QStringList select, set;
    for (int i = 0; i < columns.size(); ++i) {
        select << QStringLiteral("typeof(\"%1\"), \"%1\"").arg(columns[i]);
        set << QStringLiteral("\"%1\" = ?%2").arg(columns[i]).arg(i + 2);
    }
    auto read = db.prepare(
        QStringLiteral("SELECT %1 FROM \"%2\" WHERE rowid = ?1").arg(select.join(QStringLiteral(", ")), table));
    if (!read)
        return std::unexpected(read.error());
    read->bind(1, rowid);
    auto row = read->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::row_journal", "Row %1 of %2 is gone.").arg(rowid).arg(table));
    Step step{Kind::Updated, table, rowid, columns, {}};
    for (int i = 0; i < columns.size(); ++i)
        step.values << readValue(*read, 2 * i, 2 * i + 1);
    read->reset();
    auto write = db.prepare(
        QStringLiteral("UPDATE \"%1\" SET %2 WHERE rowid = ?1").arg(table, set.join(QStringLiteral(", "))));
    if (!write)
        return std::unexpected(write.error());
    write->bind(1, rowid);
    for (int i = 0; i < values.size(); ++i)
        bindValue(*write, i + 2, values[i]);
    if (auto ok = write->run(); !ok)
        return ok;
    m_steps.push_back(std::move(step));
    return {};
}

Status RowJournal::remove(Database &db, const QString &table, Id rowid)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return std::unexpected(columns.error());
    QStringList select;
    for (const QString &c : *columns)
        select << QStringLiteral("typeof(\"%1\"), \"%1\"").arg(c);
    auto read = db.prepare(
        QStringLiteral("SELECT %1 FROM \"%2\" WHERE rowid = ?1").arg(select.join(QStringLiteral(", ")), table));
    if (!read)
        return std::unexpected(read.error());
    read->bind(1, rowid);
    auto row = read->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::row_journal", "Row %1 of %2 is gone.").arg(rowid).arg(table));
    Step step{Kind::Deleted, table, rowid, *columns, {}};
    for (int i = 0; i < columns->size(); ++i)
        step.values << readValue(*read, 2 * i, 2 * i + 1);
    read->reset();
    auto erase = db.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?1").arg(table));
    if (!erase)
        return std::unexpected(erase.error());
    if (auto ok = erase->bind(1, rowid).run(); !ok)
        return ok;
    m_steps.push_back(std::move(step));
    return {};
}

Status RowJournal::revert(Database &db) const
{
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it) {
        const Step &s = *it;
        QString sql;
        if (s.kind == Kind::Inserted) {
            sql = QStringLiteral("DELETE FROM \"%1\" WHERE rowid = ?1").arg(s.table);
        } else if (s.kind == Kind::Updated) {
            QStringList set;
            for (int i = 0; i < s.columns.size(); ++i)
                set << QStringLiteral("\"%1\" = ?%2").arg(s.columns[i]).arg(i + 2);
            sql = QStringLiteral("UPDATE \"%1\" SET %2 WHERE rowid = ?1").arg(s.table, set.join(QStringLiteral(", ")));
        } else {
            QStringList names, marks;
            for (int i = 0; i < s.columns.size(); ++i) {
                names << QStringLiteral("\"%1\"").arg(s.columns[i]);
                marks << QStringLiteral("?%1").arg(i + 2);
            }
            // The row's own columns only: an INTEGER PRIMARY KEY among them is its
            // rowid, and the dumps that check undo never see another table's rowid.
            sql = QStringLiteral("INSERT INTO \"%1\"(%2) VALUES (%3)")
                      .arg(s.table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        }
        auto stmt = db.prepare(sql);
        if (!stmt)
            return std::unexpected(stmt.error());
        if (s.kind != Kind::Deleted)
            stmt->bind(1, s.rowid);
        for (int i = 0; i < s.values.size(); ++i)
            bindValue(*stmt, i + 2, s.values[i]);
        if (auto ok = stmt->run(); !ok)
            return ok;
    }
    return {};
}

} // namespace gw
