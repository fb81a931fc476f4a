#include "core/store/migrations.h"

#include "core/store/database.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace gw {

const std::vector<Migration> &bundledMigrations()
{
    static const std::vector<Migration> migrations = [] {
        std::vector<Migration> list;
        const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
        QDir dir(QStringLiteral(":/migrations"));
        const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const auto match = pattern.match(file);
            QFile f(dir.filePath(file));
            if (!match.hasMatch() || !f.open(QIODevice::ReadOnly))
                continue;
            list.push_back({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
        }
        return list;
    }();
    return migrations;
}

int latestSchemaVersion()
{
    const auto &all = bundledMigrations();
    return all.empty() ? 0 : all.back().version;
}

Status migrate(Database &db, const std::vector<Migration> &migrations)
{
    auto current = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!current)
        return std::unexpected(current.error());
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    for (const Migration &m : migrations) {
        if (m.version <= *current)
            continue;
        spdlog::info("applying migration {:04d}_{}", m.version, m.name.toStdString());
        if (auto ok = db.exec(m.sql); !ok)
            return fail(ErrorKind::Database, QStringLiteral("Schema migration %1 (%2) failed: %3")
                                                 .arg(m.version)
                                                 .arg(m.name, ok.error().message));
        if (auto ok = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !ok)
            return ok;
    }
    return tx.commit();
}

} // namespace gw
