#pragma once
// Test support: a project's whole store as text, for comparing two projects
// made apart (an export and its re-import). "Equal" means the same content
// identified by GUIDs: every table except SQLite's and the full-text index,
// with integer ids left out and every reference (foreign keys, and a memo's
// target by its kind) written as the referenced row's GUID; rows sorted; NULL
// and empty text count the same; the project's own GUID setting is left out
// (a new project gets its own).

#include "core/store/database.h"

#include <QMap>
#include <QStringList>

namespace gw::test {

inline QMap<QString, QStringList> storeDump(Database &db)
{
    QMap<QString, QStringList> dump;
    QStringList tables;
    {
        auto stmt = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                              "'sqlite_%' AND name NOT LIKE 'source_fts%' ORDER BY name"));
        while (stmt && stmt->step().value_or(false))
            tables << stmt->text(0);
    }
    const auto guidOf = [&](const QString &table, const QString &id) -> QString {
        if (id.isEmpty())
            return QString();
        auto stmt = db.prepare(QStringLiteral("SELECT guid FROM %1 WHERE id = ?1").arg(table));
        if (!stmt)
            return QStringLiteral("?") + id;
        stmt->bind(1, std::int64_t{id.toLongLong()});
        return stmt->step().value_or(false) ? stmt->text(0) : QStringLiteral("missing:") + id;
    };
    for (const QString &table : tables) {
        QStringList columns;
        QMap<QString, QString> references; // column -> table
        {
            auto info = db.prepare(QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
            while (info && info->step().value_or(false))
                columns << info->text(0);
            auto keys = db.prepare(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')").arg(table));
            while (keys && keys->step().value_or(false))
                references.insert(keys->text(0), keys->text(1));
        }
        auto rows = db.prepare(QStringLiteral("SELECT * FROM %1").arg(table));
        QStringList lines;
        while (rows && rows->step().value_or(false)) {
            QMap<QString, QString> row;
            for (int c = 0; c < columns.size(); ++c)
                row.insert(columns[c], rows->isNull(c) ? QString() : rows->text(c));
            if (table == u"settings" && row.value(QStringLiteral("key")) == u"project.guid")
                continue;
            QStringList fields;
            for (const QString &column : columns) {
                QString value = row.value(column);
                if (column == u"id")
                    continue;
                if (references.contains(column))
                    value = guidOf(references.value(column), value);
                if (table == u"memos" && column == u"target_id") {
                    const QString kind = row.value(QStringLiteral("target_kind"));
                    const QString target = kind == u"project" ? QString()
                                           : kind == u"case"  ? QStringLiteral("cases")
                                                              : kind + u's';
                    value = target.isEmpty() ? QString() : guidOf(target, value);
                }
                fields << column + u'=' + value;
            }
            lines << fields.join(QStringLiteral(" | "));
        }
        lines.sort();
        dump.insert(table, lines);
    }
    return dump;
}

} // namespace gw::test
