#pragma once
// Test support: every row of every table of a project, as SQL literals,
// sorted, so that two states of the store compare exactly (ids, guids,
// positions, times, NULL vs ''). The audit log is left out: it only grows,
// and undoing is itself an audited step. The full-text index is left out too:
// sources never change here.

#include "core/store/database.h"

#include <QStringList>
#include <gtest/gtest.h>
#include <map>

namespace gw::test {

using StoreDump = std::map<QString, QStringList>; // table -> sorted rows

inline StoreDump dumpStore(Database &db)
{
    StoreDump out;
    auto tables = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'source_fts%' AND name <> 'audit_log' ORDER BY name"));
    EXPECT_TRUE(tables);
    if (!tables)
        return out;
    QStringList names;
    while (tables->step().value_or(false))
        names << tables->text(0);
    for (const QString &table : names) {
        auto columns = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1) ORDER BY cid"));
        EXPECT_TRUE(columns);
        columns->bind(1, table);
        QStringList quoted;
        while (columns->step().value_or(false))
            quoted << QStringLiteral("quote(\"%1\")").arg(columns->text(0));
        auto rows = db.prepare(QStringLiteral("SELECT %1 FROM \"%2\"").arg(quoted.join(QStringLiteral(" || '|' || ")), table));
        EXPECT_TRUE(rows) << table.toStdString();
        QStringList list;
        while (rows && rows->step().value_or(false))
            list << rows->text(0);
        list.sort();
        out[table] = list;
    }
    return out;
}

// A readable difference for a failing comparison: the first table that differs.
inline ::testing::AssertionResult sameStore(const StoreDump &expected, const StoreDump &actual)
{
    for (const auto &[table, rows] : expected) {
        auto it = actual.find(table);
        if (it == actual.end())
            return ::testing::AssertionFailure() << "table " << table.toStdString() << " is missing";
        if (it->second != rows) {
            QStringList gone, added;
            for (const QString &r : rows)
                if (!it->second.contains(r))
                    gone << r;
            for (const QString &r : it->second)
                if (!rows.contains(r))
                    added << r;
            return ::testing::AssertionFailure()
                   << "table " << table.toStdString() << " differs; expected but missing: ["
                   << gone.join(QStringLiteral("; ")).toStdString() << "], unexpected: ["
                   << added.join(QStringLiteral("; ")).toStdString() << "]"
                   << (gone.isEmpty() && added.isEmpty() ? " (same rows, different counts)" : "");
        }
    }
    if (actual.size() != expected.size())
        return ::testing::AssertionFailure() << "the store has other tables";
    return ::testing::AssertionSuccess();
}

} // namespace gw::test
