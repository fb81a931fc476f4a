#include "core/store/migrations.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QFile>
#include <QRegularExpression>
#include <spdlog/spdlog.h>

namespace gw {

std::vector<Migration> readMigrations(const QString &folder)
{
    std::vector<Migration> list;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(.+)\\.sql$"));
    QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        QFile f(dir.filePath(file));
        if (!match.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        list.push_back({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    return list;
}

const std::vector<Migration> &bundledMigrations()
{
    static const std::vector<Migration> migrations = readMigrations(QStringLiteral(":/migrations"));
    return migrations;
}

int latestSchemaVersion()
{
    const auto &all = bundledMigrations();
    return all.empty() ? 0 : all.back().version;
}

namespace {

const QString kColumnsQuery = QStringLiteral(
    "SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_info(m.name) c "
    "WHERE m.type = 'table' ORDER BY 1");

Result<QStringList> columns(Database &db)
{
    auto stmt = db.prepare(kColumnsQuery);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = collectRows<QString>(*stmt, [](const Statement &row) { return row.text(0); });
    if (!rows)
        return std::unexpected(rows.error());
    return QStringList(rows->begin(), rows->end());
}

// The columns of a fresh database at VERSION, made once per version in memory.
Result<QStringList> schemaAt(int version)
{
    static QMutex mutex;
    static QHash<int, QStringList> made;
    QMutexLocker locker(&mutex);
    if (auto it = made.constFind(version); it != made.cend())
        return *it;
    auto memory = Database::open(QStringLiteral(":memory:"), Database::Mode::ReadWriteCreate);
    if (!memory)
        return std::unexpected(memory.error());
    std::vector<Migration> upTo;
    for (const Migration &m : bundledMigrations())
        if (m.version <= version)
            upTo.push_back(m);
    if (auto ok = migrate(*memory, upTo); !ok)
        return std::unexpected(ok.error());
    auto list = columns(*memory);
    if (list)
        made.insert(version, *list);
    return list;
}

} // namespace

Result<QStringList> missingSchema(Database &db, int version)
{
    auto expected = schemaAt(version);
    if (!expected)
        return std::unexpected(expected.error());
    auto present = columns(db);
    if (!present)
        return std::unexpected(present.error());
    const QSet<QString> have(present->cbegin(), present->cend());
    QStringList missing;
    for (const QString &column : std::as_const(*expected))
        if (!have.contains(column))
            missing << column;
    return missing;
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
            return fail(ErrorKind::Database, QCoreApplication::translate("gw::migrations", "Schema migration %1 (%2) failed: %3")
                                                 .arg(m.version)
                                                 .arg(m.name, ok.error().message));
        if (auto ok = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !ok)
            return ok;
    }
    return tx.commit();
}

} // namespace gw
