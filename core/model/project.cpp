#include "core/model/project.h"

#include "core/coding/coding_store.h"
#include "core/coding/memo_store.h"
#include "core/review/review_store.h"
#include "core/sources/source_store.h"
#include "core/store/migrations.h"
#include "core/store/sql_session.h"
#include "core/structure/structure_store.h"
#include "core/team/team_store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <QUuid>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

constexpr char kSqliteMagic[] = "SQLite format 3";

QString backupName(const QString &path, int version)
{
    QString name = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    if (QFileInfo::exists(name))
        name = QStringLiteral("%1.v%2-%3.bak")
                   .arg(path)
                   .arg(version)
                   .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    return name;
}

Status configure(Database &db)
{
    if (auto ok = db.exec(QStringLiteral("PRAGMA journal_mode = WAL")); !ok)
        return ok;
    return db.exec(QStringLiteral("PRAGMA synchronous = FULL"));
}

} // namespace

Project::Project(Database db, FileLock lock)
    : m_lock(std::move(lock)), m_db(std::move(db)), m_session(std::make_unique<SqliteSession>(m_db)),
      m_sources(std::make_unique<SourceStore>(*m_session)), m_coding(std::make_unique<CodingStore>(*m_session)), m_memos(std::make_unique<MemoStore>(*m_session)),
      m_review(std::make_unique<ReviewStore>(*m_session)), m_team(std::make_unique<TeamStore>(*m_session)),
      m_structure(std::make_unique<StructureStore>(*m_session))
{
}

Project::~Project() = default;

Result<std::unique_ptr<Project>> Project::create(const QString &path)
{
    QFileInfo info(path);
    // A kill during an earlier init can leave an empty file; nothing is lost by
    // making the project there, unless another Groundwork is making it now.
    const bool emptyLeftover = info.isFile() && info.size() == 0 && FileLock::take(path).has_value();
    if (info.exists() && !emptyLeftover)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::project", "%1 already exists; choose a new file name for the project.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            if (!info.dir().exists())
                return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project", "Cannot create %1: the folder %2 does not exist.")
                                                     .arg(path, info.dir().path()));
            return fail(file.error() == QFileDevice::PermissionsError ? ErrorKind::ReadOnly : ErrorKind::Io,
                        QCoreApplication::translate("gw::project", "Cannot create %1: %2").arg(path, file.errorString()));
        }
    }
    auto lock = FileLock::take(path);
    if (!lock)
        return std::unexpected(lock.error());
    auto made = [&]() -> Result<std::unique_ptr<Project>> {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        if (!db)
            return std::unexpected(db.error());
        if (auto ok = migrate(*db, bundledMigrations()); !ok)
            return std::unexpected(ok.error());
        if (auto ok = configure(*db); !ok)
            return std::unexpected(ok.error());
        std::unique_ptr<Project> project(new Project(std::move(*db), std::move(*lock)));
        if (auto ok = project->setSetting(QStringLiteral("project.guid"),
                                          QUuid::createUuid().toString(QUuid::WithoutBraces));
            !ok)
            return std::unexpected(ok.error());
        return project;
    }();
    if (!made) {
        // A disk that filled up, say: leave no half-made project behind.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")})
            QFile::remove(path + suffix);
        return fail(made.error().kind,
                    QCoreApplication::translate("gw::project", "Cannot create %1: %2").arg(path, made.error().message));
    }
    spdlog::info("created project {}", path.toStdString());
    return made;
}

namespace {

// The file's application_id straight from its header (bytes 68 to 71, big-endian),
// for a file SQLite will not read without changing it first.
bool headerSaysProject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && qFromBigEndian<qint32>(header.constData() + 68) == kApplicationId;
}

// Checks that DB is a Groundwork project this build can open, and returns its
// schema version. Through a read-only connection it changes nothing: a refused
// file, its WAL and its journal stay exactly as they were.
Result<std::int64_t> checkProject(Database &db, const QString &path)
{
    auto appId = db.scalar(QStringLiteral("PRAGMA application_id"));
    auto version = db.scalar(QStringLiteral("PRAGMA user_version"));
    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables) {
        const Error &e = !appId ? appId.error() : !version ? version.error() : tables.error();
        if (e.kind == ErrorKind::ReadOnly) // a hot journal a read-only connection may not roll back
            return std::unexpected(e);
        return fail(ErrorKind::Corrupt,
                    QCoreApplication::translate("gw::project", "%1 is damaged and cannot be read (%2). Restore it from a backup.")
                        .arg(path, e.message));
    }
    if (*appId != kApplicationId)
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::project", "%1 is an SQLite database, but not a Groundwork project. The file was not "
                                   "changed.")
                        .arg(path));
    const int latest = latestSchemaVersion();
    if (*version > latest)
        return fail(ErrorKind::NewerSchema,
                    QCoreApplication::translate("gw::project", "%1 was saved by a newer Groundwork (project format %2; this version "
                                   "reads up to %3). Update Groundwork to open it; the file was not changed.")
                        .arg(path)
                        .arg(*version)
                        .arg(latest));
    if (auto check = db.scalar(QStringLiteral("SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'"));
        !check || *check != 0)
        return fail(ErrorKind::Corrupt,
                    QCoreApplication::translate("gw::project", "%1 is damaged (SQLite's integrity check failed). Restore it from a backup.")
                        .arg(path));
    auto missing = missingSchema(db, int(*version));
    if (!missing)
        return std::unexpected(missing.error());
    if (!missing->isEmpty()) {
        QStringList tablesMissing;
        for (const QString &column : std::as_const(*missing))
            if (const QString table = column.section(QLatin1Char('.'), 0, 0); !tablesMissing.contains(table))
                tablesMissing << table;
        return fail(ErrorKind::Corrupt,
                    QCoreApplication::translate("gw::project", "%1 is damaged: part of the project is missing (%2). Restore it from a "
                                   "backup; the file was not changed.")
                        .arg(path, tablesMissing.join(QStringLiteral(", "))));
    }
    return *version;
}

// What can be told of PATH before SQLite opens it.
Status checkFile(const QString &path)
{
    QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project", "%1 does not exist.").arg(path));
    if (info.isDir())
        return fail(ErrorKind::NotAProject, QCoreApplication::translate("gw::project", "%1 is a folder, not a Groundwork project.").arg(path));
    if (!info.isFile())
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::project", "%1 is not a regular file (a device, pipe or socket), not a Groundwork project.")
                        .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::project", "Cannot read %1: %2").arg(path, file.errorString()));
    if (!file.read(16).startsWith(kSqliteMagic))
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::project", "%1 is not a Groundwork project (it is not a project database).").arg(path));
    return {};
}

} // namespace

Result<std::unique_ptr<Project>> Project::open(const QString &path)
{
    if (FileLock::heldHere(path)) // before checkFile opens a descriptor of it
        return std::unexpected(FileLock::take(path).error());
    if (auto ok = checkFile(path); !ok)
        return std::unexpected(ok.error());
    if (!(QFileInfo(path).permissions() & QFileDevice::WriteOwner))
        return fail(ErrorKind::ReadOnly,
                    QCoreApplication::translate("gw::project", "%1 is read-only. Groundwork saves every edit at once, so it needs "
                                   "to write the project: make the file writable, or work on a copy.")
                        .arg(path));
    auto lock = FileLock::take(path);
    if (!lock)
        return std::unexpected(lock.error());

    // Look first through a read-only connection, so that a file we refuse keeps
    // its WAL and journal unreplayed.
    bool hotJournal = false;
    {
        auto probe = Database::open(path, Database::Mode::ReadOnly);
        if (!probe)
            return std::unexpected(probe.error());
        auto checked = checkProject(*probe, path);
        if (!checked && checked.error().kind != ErrorKind::ReadOnly)
            return std::unexpected(checked.error());
        if (!checked) {
            // Only our own project's journal is ours to roll back.
            if (!headerSaysProject(path))
                return fail(ErrorKind::NotAProject,
                            QCoreApplication::translate("gw::project", "%1 is not a Groundwork project (another program's database with an "
                                           "unfinished transaction). The file was not changed.")
                                .arg(path));
            hotJournal = true;
        }
    }
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    auto version = checkProject(*db, path); // again after the open: another writer may have come and gone
    if (!version)
        return std::unexpected(version.error());
    if (hotJournal)
        spdlog::warn("{}: rolled back an unfinished transaction", path.toStdString());

    QString backup;
    const int latest = latestSchemaVersion();
    if (*version < latest) {
        backup = backupName(path, int(*version));
        if (auto ok = db->backupTo(backup); !ok)
            return fail(ErrorKind::Io, QCoreApplication::translate("gw::project", "Cannot back up %1 before upgrading it: %2")
                                           .arg(path, ok.error().message));
        if (auto ok = migrate(*db, bundledMigrations()); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::project", "Cannot upgrade %1: %2. The file was not changed.")
                                             .arg(path, ok.error().message));
        spdlog::info("upgraded {} from schema {} to {}, backup at {}", path.toStdString(), *version, latest,
                     backup.toStdString());
    }
    if (auto ok = configure(*db); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<Project> project(new Project(std::move(*db), std::move(*lock)));
    project->m_backup = backup;
    return project;
}

Result<std::unique_ptr<Project>> Project::openForReading(const QString &path)
{
    auto writable = open(path);
    if (writable || (writable.error().kind != ErrorKind::Locked && writable.error().kind != ErrorKind::ReadOnly))
        return writable;
    // Open in another Groundwork, or a file we may not write: read it as it is.
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    auto version = checkProject(*db, path);
    if (!version)
        return std::unexpected(version.error().kind == ErrorKind::ReadOnly ? writable.error() : version.error());
    if (*version < latestSchemaVersion())
        return fail(writable.error().kind,
                    QCoreApplication::translate("gw::project", "%1 (It is in an older project format, which is upgraded the first time "
                                   "Groundwork opens it for writing; it cannot be read before that.)")
                        .arg(writable.error().message));
    std::unique_ptr<Project> project(new Project(std::move(*db), FileLock()));
    project->m_readOnly = true;
    return project;
}

Result<std::unique_ptr<Project>> Project::openWorkerConnection() const
{
    auto db = Database::open(path(), Database::Mode::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    if (auto ok = configure(*db); !ok)
        return std::unexpected(ok.error());
    std::unique_ptr<Project> worker(new Project(std::move(*db), FileLock()));
    worker->m_coderId = m_coderId;
    worker->m_coderName = m_coderName;
    return worker;
}

void Project::announceSourcesAdded(const QList<Id> &ids)
{
    for (Id id : ids)
        Q_EMIT sourceAdded(id);
}

QString Project::name() const
{
    return QFileInfo(path()).completeBaseName();
}

Status Project::setSetting(const QString &key, const QString &value)
{
    auto stmt = m_db.prepare(QStringLiteral(
        "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2"));
    if (!stmt)
        return std::unexpected(stmt.error());
    return stmt->bind(1, key).bind(2, value).run();
}

QString Project::setting(const QString &key, const QString &fallback)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!stmt)
        return fallback;
    stmt->bind(1, key);
    auto row = stmt->step();
    return row && *row ? stmt->text(0) : fallback;
}

Status Project::setCoder(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project", "A coder needs a name."));
    // Only an edit makes someone a coder (coderId() writes the row then): a
    // reader that names itself leaves no trace in the project.
    auto id = m_team->coderByName(trimmed);
    if (!id)
        return std::unexpected(id.error());
    m_coderId = id->value_or(0);
    m_coderName = trimmed;
    return {};
}

Result<Id> Project::coderId()
{
    if (m_coderId != 0)
        return m_coderId;
    if (m_coderName.isEmpty()) {
        const QString fallback = qEnvironmentVariable("USER");
        m_coderName = fallback.isEmpty() ? QStringLiteral("coder") : fallback;
    }
    auto id = m_team->recordCoder(m_coderName);
    if (!id)
        return id;
    m_coderId = *id;
    return m_coderId;
}

Result<ProjectCounts> Project::counts()
{
    ProjectCounts c;
    struct Query
    {
        std::int64_t *target;
        const char16_t *sql;
    };
    const Query queries[] = {
        {&c.interviews, u"SELECT count(*) FROM sources WHERE kind = 'interview'"},
        {&c.observations, u"SELECT count(*) FROM sources WHERE kind = 'observation'"},
        {&c.documents, u"SELECT count(*) FROM sources WHERE kind = 'document'"},
        {&c.characters, u"SELECT coalesce(sum(length), 0) FROM sources"},
        {&c.codes, u"SELECT count(*) FROM codes WHERE archived = 0"},
        {&c.archivedCodes, u"SELECT count(*) FROM codes WHERE archived = 1"},
        {&c.segments, u"SELECT count(*) FROM segments"},
        {&c.themes, u"SELECT count(*) FROM themes"},
        {&c.dimensions, u"SELECT count(*) FROM dimensions"},
        {&c.memos, u"SELECT count(*) FROM memos"},
        {&c.cases, u"SELECT count(*) FROM cases"},
        {&c.coders, u"SELECT count(*) FROM coders"},
    };
    for (const Query &q : queries) {
        auto value = m_db.scalar(QString::fromUtf16(q.sql));
        if (!value)
            return std::unexpected(value.error());
        *q.target = *value;
    }
    return c;
}

} // namespace gw
