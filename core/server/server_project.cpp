#include "core/server/server_project.h"

#include "core/server/pg_connection.h"
#include "core/store/database.h"
#include "core/store/file_lock.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUrl>
#include <QUuid>
#include <cerrno>
#include <cstdio>
#include <cstring>

// The server's migrations are a resource of this static library (see
// core/translations.cpp for why this sits outside the namespace).
static void initServerMigrationResources()
{
    Q_INIT_RESOURCE(pg_migrations);
}

namespace gw {

namespace {

const std::vector<Migration> &serverMigrations()
{
    static const std::vector<Migration> migrations = [] {
        initServerMigrationResources();
        return readMigrations(QStringLiteral(":/pg-migrations"));
    }();
    return migrations;
}

// The project's role for ROLE on this database: roles are the whole server's,
// so each project's carry its database's name.
QString groupRole(PgConnection &db, MemberRole role)
{
    return QStringLiteral("gw_%1_%2").arg(db.database(), toString(role));
}

QString id(const QString &name) { return PgConnection::identifier(name); }

// One table of a project file: its columns in order, and which hold numbers.
struct TableShape
{
    QString name;
    QStringList columns;
    QList<QChar> kinds; // 'i' integer, 'r' real, 't' text
    bool hasId = false;
};

Result<std::vector<TableShape>> fileTables(Database &file)
{
    auto tables = file.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'source_fts%' ORDER BY rowid"));
    if (!tables)
        return std::unexpected(tables.error());
    auto names = collectRows<QString>(*tables, [](Statement &s) { return s.text(0); });
    if (!names)
        return std::unexpected(names.error());
    std::vector<TableShape> shapes;
    for (const QString &name : *names) {
        TableShape t{name, {}, {}, false};
        auto info = file.prepare(QStringLiteral("SELECT name, upper(type), pk FROM pragma_table_info(?1) ORDER BY cid"));
        if (!info)
            return std::unexpected(info.error());
        info->bind(1, name);
        for (;;) {
            auto row = info->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            const QString column = info->text(0), type = info->text(1);
            t.columns << column;
            t.kinds << (type.contains(u"INT") ? u'i' : type.contains(u"REAL") ? u'r' : u't');
            if (column == u"id" && info->int64(2) == 1 && type == u"INTEGER")
                t.hasId = true;
        }
        shapes.push_back(t);
    }
    return shapes;
}

QString columnList(const TableShape &t)
{
    QStringList quoted;
    for (const QString &c : t.columns)
        quoted << id(c);
    return quoted.join(QStringLiteral(", "));
}

Status checkIsProjectFile(Database &file, const QString &path)
{
    auto app = file.scalar(QStringLiteral("PRAGMA application_id"));
    if (!app)
        return std::unexpected(app.error());
    if (*app != kApplicationId)
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::server_project", "%1 is not a Groundwork project.").arg(path));
    auto version = file.scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    if (*version != latestSchemaVersion())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::server_project",
                                                "%1 has schema version %2, this Groundwork %3: open it with this "
                                                "Groundwork once to bring it up to date, then copy it.")
                        .arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    return {};
}

} // namespace

Status checkServerSchema(PgConnection &db)
{
    auto version = serverSchemaVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::server_project",
                                                "%1 holds no Groundwork project; make one with groundwork-cli server "
                                                "init.")
                        .arg(redactedUrl(db.url())));
    if (*version < latestServerSchemaVersion())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::server_project",
                                                "The project on %1 has server schema version %2, older than the %3 "
                                                "this Groundwork works with; this version cannot upgrade a server "
                                                "project. Copy it down with the Groundwork that made it (server "
                                                "pull), then push the file up to a new database.")
                        .arg(redactedUrl(db.url()))
                        .arg(*version)
                        .arg(latestServerSchemaVersion()));
    if (*version > latestServerSchemaVersion())
        return fail(ErrorKind::NewerSchema,
                    QCoreApplication::translate("gw::server_project",
                                                "The project on %1 has server schema version %2; this Groundwork "
                                                "knows %3.")
                        .arg(redactedUrl(db.url()))
                        .arg(*version)
                        .arg(latestServerSchemaVersion()));
    return {};
}

namespace {

// Takes GROUP from MEMBER (from every member when MEMBER is empty): each
// grant of it, whoever made it, since a REVOKE takes only the grants of the
// grantor it names (PostgreSQL 16 and later: by default the current user's,
// and the rest only with a warning). Fails when the server kept one.
Status revokeRole(PgConnection &db, const QString &group, const QString &member)
{
    const QString grantsSql = QStringLiteral(
        "SELECT u.rolname, b.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member LEFT JOIN pg_roles b ON b.oid = m.grantor "
        "WHERE g.rolname = $1 AND ($2 = '' OR u.rolname = $2)");
    auto grants = db.query(grantsSql, {group, member});
    if (!grants)
        return std::unexpected(grants.error());
    for (int r = 0; r < grants->size(); ++r) {
        QString sql = QStringLiteral("REVOKE %1 FROM %2").arg(id(group), id(grants->text(r, 0)));
        if (!grants->isNull(r, 1))
            sql += QStringLiteral(" GRANTED BY %1").arg(id(grants->text(r, 1)));
        if (auto ok = db.exec(sql); !ok)
            return ok;
    }
    auto left = db.query(grantsSql, {group, member});
    if (!left)
        return std::unexpected(left.error());
    if (left->size() > 0)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::server_project",
                                                "The server kept %1 in %2: only whoever granted it (or a superuser) "
                                                "may take it back.")
                        .arg(left->text(0, 0), group));
    return {};
}

// Takes this project's roles from MEMBER, and the right to make roles that
// owning a project gave them once they own no Groundwork project on the server.
Status revokeProjectRoles(PgConnection &db, const QString &member)
{
    for (MemberRole r : {MemberRole::Owner, MemberRole::Coder, MemberRole::Reviewer})
        if (auto ok = revokeRole(db, groupRole(db, r), member); !ok)
            return ok;
    auto stillOwns = db.scalar(QStringLiteral(
        "SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = "
        "m.member WHERE u.rolname = $1 AND g.rolname LIKE 'gw\\_%\\_owner'"),
                               {member});
    if (!stillOwns)
        return std::unexpected(stillOwns.error());
    auto creates = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1 AND rolcreaterole AND "
                                            "NOT rolsuper"),
                             {member});
    if (!creates)
        return std::unexpected(creates.error());
    if (*stillOwns == 0 && *creates > 0)
        return db.exec(QStringLiteral("ALTER ROLE %1 NOCREATEROLE").arg(id(member)));
    return {};
}

// Refuses to take the owner's role from NAME when they are the only owner.
Status keepAnOwner(PgConnection &db, const QString &name)
{
    auto owners = db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE role = 'owner' AND name <> $1"), {name});
    if (!owners)
        return std::unexpected(owners.error());
    if (*owners == 0)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::server_project",
                                                "%1 is the project's only owner; make another member owner first.")
                        .arg(name));
    return {};
}

void tally(CopyReport &report, const QString &table, std::int64_t rows)
{
    report.rows += rows;
    ++report.tables;
    if (table == u"sources")
        report.sources = rows;
    else if (table == u"segments")
        report.segments = rows;
}

} // namespace

QString toString(MemberRole role)
{
    switch (role) {
    case MemberRole::Owner: return QStringLiteral("owner");
    case MemberRole::Coder: return QStringLiteral("coder");
    case MemberRole::Reviewer: return QStringLiteral("reviewer");
    }
    return {};
}

std::optional<MemberRole> memberRoleFromString(const QString &text)
{
    for (MemberRole r : {MemberRole::Owner, MemberRole::Coder, MemberRole::Reviewer})
        if (text.compare(toString(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Result<PgConnection> connectServer(const QString &url, bool createDatabase)
{
    auto db = PgConnection::connect(url);
    if (db || !createDatabase)
        return db;
    // Perhaps no database of that name: ask the server's maintenance database,
    // and make it there when it is missing (the server's own words may be in
    // any language, so they are not read).
    static const QRegularExpression path(QStringLiteral("^(postgres(?:ql)?://[^/?]*)/([^?]+)(.*)$"));
    const auto m = path.match(url);
    if (!m.hasMatch())
        return db;
    auto maintenance = PgConnection::connect(m.captured(1) + QStringLiteral("/postgres") + m.captured(3));
    if (!maintenance)
        return db;
    const QString name = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
    auto exists = maintenance->scalar(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = $1"), {name});
    if (!exists || *exists > 0)
        return db;
    if (auto made = maintenance->exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(id(name)));
        !made)
        return std::unexpected(made.error());
    return PgConnection::connect(url);
}

int latestServerSchemaVersion()
{
    const auto &list = serverMigrations();
    return list.empty() ? 0 : list.back().version;
}

Result<int> serverSchemaVersion(PgConnection &db)
{
    auto has = db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = "
                                        "'schema_migrations'"));
    if (!has)
        return std::unexpected(has.error());
    if (*has == 0)
        return 0;
    auto version = db.scalar(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migrations"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

Status initServerProject(PgConnection &db)
{
    auto tables = db.scalar(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    if (!tables)
        return std::unexpected(tables.error());
    if (*tables > 0)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::server_project",
                                                "%1 holds tables already; a project goes into an empty database.")
                        .arg(redactedUrl(db.url())));
    // The server cuts names at 63 bytes: two long database names could share roles.
    if (groupRole(db, MemberRole::Reviewer).toUtf8().size() > 63)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::server_project",
                                                "The database name %1 is too long for a project's roles on the "
                                                "server; use one of at most 51 bytes.")
                        .arg(db.database()));
    PgTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto ok = db.exec(QStringLiteral("CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT "
                                         "NULL, applied TEXT NOT NULL DEFAULT (to_char(clock_timestamp() AT TIME "
                                         "ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')))"));
        !ok)
        return ok;
    for (const Migration &m : serverMigrations()) {
        if (auto ok = db.exec(m.sql); !ok)
            return std::unexpected(Error{ok.error().kind, QCoreApplication::translate("gw::server_project",
                                                                                      "Server migration %1 (%2): %3")
                                                              .arg(m.version)
                                                              .arg(m.name, ok.error().message)});
        if (auto ok = db.query(QStringLiteral("INSERT INTO schema_migrations(version, name) VALUES ($1, $2)"),
                               {QString::number(m.version), m.name});
            !ok)
            return std::unexpected(ok.error());
    }

    // The project's three roles, what each may touch, and which rows.
    const QString owner = id(groupRole(db, MemberRole::Owner)), coder = id(groupRole(db, MemberRole::Coder)),
                  reviewer = id(groupRole(db, MemberRole::Reviewer));
    for (MemberRole role : {MemberRole::Owner, MemberRole::Coder, MemberRole::Reviewer}) {
        auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), {groupRole(db, role)});
        if (!exists)
            return std::unexpected(exists.error());
        // Roles outlive a database: one of the same name dropped earlier left
        // its members in them, who must not walk into this project.
        if (*exists > 0) {
            if (auto ok = revokeRole(db, groupRole(db, role), {}); !ok)
                return ok;
        } else if (auto ok = db.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(id(groupRole(db, role)))); !ok) {
            return ok;
        }
    }
    const QString database = id(db.database());
    const QString grants = QStringLiteral(R"(
REVOKE ALL ON DATABASE %1 FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2, %3, %4;
GRANT USAGE ON SCHEMA public TO %2, %3, %4;
GRANT ALL ON ALL TABLES IN SCHEMA public TO %2;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %2;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %3, %4;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO %3, %4;
GRANT INSERT ON coders, audit_log, review_threads, review_comments, structure_snapshots TO %3, %4;
GRANT UPDATE ON review_threads TO %3, %4;
GRANT UPDATE, DELETE ON review_comments TO %3, %4;
GRANT INSERT, UPDATE, DELETE ON codes, segments, memos, saved_queries, theme_exemplars TO %3;
CREATE FUNCTION gw_coder_id() RETURNS BIGINT LANGUAGE sql STABLE
    AS $$ SELECT id FROM coders WHERE name = current_user $$;
)").arg(database, owner, coder, reviewer);
    if (auto ok = db.exec(grants); !ok)
        return ok;
    // Row-level security: everyone reads every row; an owner changes any; a
    // coder (and, for comments, a reviewer) only their own.
    const QList<std::pair<QString, QString>> ownRows = {{QStringLiteral("segments"), coder},
                                                        {QStringLiteral("memos"), coder},
                                                        {QStringLiteral("review_comments"), QStringLiteral("%1, %2").arg(coder, reviewer)}};
    for (const auto &[table, who] : ownRows) {
        const QString sql = QStringLiteral(R"(
ALTER TABLE %1 ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON %1 FOR SELECT USING (true);
CREATE POLICY owners_change ON %1 FOR ALL TO %2 USING (true) WITH CHECK (true);
CREATE POLICY own_rows ON %1 FOR ALL TO %3 USING (coder_id = gw_coder_id()) WITH CHECK (coder_id = gw_coder_id());
)").arg(id(table), owner, who);
        if (auto ok = db.exec(sql); !ok)
            return ok;
    }
    // A member joins the coders under their own name only: it is who they are.
    const QString coders = QStringLiteral(R"(
ALTER TABLE coders ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON coders FOR SELECT USING (true);
CREATE POLICY owners_change ON coders FOR ALL TO %1 USING (true) WITH CHECK (true);
CREATE POLICY join_as_self ON coders FOR INSERT TO %2, %3 WITH CHECK (name = current_user);
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON audit_log FOR SELECT USING (true);
CREATE POLICY owners_change ON audit_log FOR ALL TO %1 USING (true) WITH CHECK (true);
CREATE POLICY write_as_self ON audit_log FOR INSERT TO %2, %3 WITH CHECK (coder_id = gw_coder_id());
ALTER TABLE codes ENABLE ROW LEVEL SECURITY;
CREATE POLICY everyone_reads ON codes FOR SELECT USING (true);
CREATE POLICY owners_change ON codes FOR ALL TO %1 USING (true) WITH CHECK (true);
CREATE POLICY coders_add ON codes FOR INSERT TO %2 WITH CHECK (true);
CREATE POLICY coders_edit ON codes FOR UPDATE TO %2 USING (true) WITH CHECK (true);
CREATE POLICY coders_remove_own_unused ON codes FOR DELETE TO %2 USING (
    created_by = gw_coder_id() AND NOT EXISTS (
        SELECT 1 FROM segments s WHERE s.code_id = codes.id AND s.coder_id IS DISTINCT FROM gw_coder_id()));
)").arg(owner, coder, reviewer);
    if (auto ok = db.exec(coders); !ok)
        return ok;
    if (auto ok = db.query(QStringLiteral("INSERT INTO members(name, role) VALUES ($1, 'owner')"), {db.user()}); !ok)
        return std::unexpected(ok.error());
    if (auto ok = db.exec(QStringLiteral("GRANT %1 TO %2").arg(owner, id(db.user()))); !ok)
        return ok;
    // The owners' role may grant the others in its own name (see addMember).
    if (db.serverVersion() >= 160000)
        if (auto ok = db.exec(QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(coder, reviewer, owner)); !ok)
            return ok;
    return tx.commit();
}

Result<CopyReport> pushProject(const QString &file, PgConnection &db, bool replace, const CopyProgress &progress)
{
    if (!QFileInfo::exists(file))
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::server_project", "%1 does not exist.").arg(file));
    auto source = Database::open(file, Database::Mode::ReadOnly);
    if (!source)
        return std::unexpected(source.error());
    if (auto ok = checkIsProjectFile(*source, file); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkServerSchema(db); !ok)
        return std::unexpected(ok.error());
    // One snapshot of the file, as of one moment, though the workbench may be
    // writing to it (the read transaction ends when SOURCE closes).
    if (auto ok = source->exec(QStringLiteral("BEGIN")); !ok)
        return std::unexpected(ok.error());
    auto tables = fileTables(*source);
    if (!tables)
        return std::unexpected(tables.error());

    PgTransaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    // Nobody else writes while the project is replaced.
    QStringList all;
    for (const TableShape &t : *tables)
        all << id(t.name);
    if (auto ok = db.exec(QStringLiteral("LOCK TABLE %1 IN EXCLUSIVE MODE").arg(all.join(QStringLiteral(", ")))); !ok)
        return std::unexpected(ok.error());
    auto content = db.scalar(QStringLiteral(
        "SELECT (SELECT count(*) FROM sources) + (SELECT count(*) FROM codes) + (SELECT count(*) FROM segments)"));
    if (!content)
        return std::unexpected(content.error());
    if (*content > 0 && !replace)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::server_project",
                                                "The project on %1 holds sources, codes or segments already; copying "
                                                "%2 up would replace them (--replace does).")
                        .arg(redactedUrl(db.url()), file));
    // The default model levels and influence types go too: the file has its own.
    if (auto ok = db.exec(QStringLiteral("TRUNCATE %1 RESTART IDENTITY").arg(all.join(QStringLiteral(", ")))); !ok)
        return std::unexpected(ok.error());

    CopyReport report;
    int done = 0;
    for (const TableShape &t : *tables) {
        if (progress)
            progress(t.name, done, int(tables->size()));
        auto read = source->prepare(QStringLiteral("SELECT %1 FROM %2").arg(columnList(t), id(t.name)));
        if (!read)
            return std::unexpected(read.error());
        std::int64_t rows = 0;
        Status stepFailure;
        auto copied = db.copyIn(
            QStringLiteral("COPY %1 (%2) FROM STDIN").arg(id(t.name), columnList(t)),
            [&](std::vector<std::optional<QString>> &fields) {
                auto row = read->step();
                if (!row) {
                    stepFailure = std::unexpected(row.error());
                    return false;
                }
                if (!*row)
                    return false;
                for (int c = 0; c < t.columns.size(); ++c) {
                    if (read->isNull(c))
                        fields.push_back(std::nullopt);
                    else if (t.kinds[c] == u'r')
                        fields.push_back(QString::number(read->real(c), 'g', 17));
                    else
                        fields.push_back(read->text(c));
                }
                ++rows;
                return true;
            });
        if (!stepFailure)
            return std::unexpected(stepFailure.error());
        if (!copied)
            return std::unexpected(copied.error());
        if (t.hasId)
            if (auto ok = db.query(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'id'), "
                                                  "coalesce(max(id), 0) + 1, false) FROM %1")
                                       .arg(id(t.name)),
                                   {id(t.name)});
                !ok)
                return std::unexpected(ok.error());
        tally(report, t.name, rows);
        ++done;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

Result<CopyReport> pullProject(PgConnection &db, const QString &file, bool overwrite, const CopyProgress &progress)
{
    if (QFileInfo::exists(file) && !overwrite)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::server_project",
                                                "%1 exists; copying the project down would replace it (--force does).")
                        .arg(file));
    if (auto ok = checkServerSchema(db); !ok)
        return std::unexpected(ok.error());
    // A project open in a Groundwork is not replaced under it.
    FileLock replaced;
    if (QFileInfo::exists(file)) {
        auto lock = FileLock::take(file);
        if (!lock)
            return std::unexpected(lock.error());
        replaced = std::move(*lock);
    }
    const QString partial = QStringLiteral("%1.partial-%2").arg(file, QUuid::createUuid().toString(QUuid::Id128).left(8));
    auto removePartial = qScopeGuard([&] {
        QFile::remove(partial);
        QFile::remove(partial + QStringLiteral("-journal"));
    });
    CopyReport report;
    {
        auto target = Database::open(partial, Database::Mode::ReadWriteCreate);
        if (!target)
            return std::unexpected(target.error());
        if (auto ok = migrate(*target, bundledMigrations()); !ok)
            return std::unexpected(ok.error());
        auto tables = fileTables(*target);
        if (!tables)
            return std::unexpected(tables.error());
        // One snapshot of the server's project, as of one moment.
        PgTransaction read(db);
        if (!read.begun())
            return std::unexpected(read.begun().error());
        if (auto ok = db.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !ok)
            return std::unexpected(ok.error());
        Transaction write(*target);
        if (!write.begun())
            return std::unexpected(write.begun().error());
        for (auto t = tables->rbegin(); t != tables->rend(); ++t)
            if (auto ok = target->exec(QStringLiteral("DELETE FROM %1").arg(id(t->name))); !ok)
                return std::unexpected(ok.error());
        int done = 0;
        for (const TableShape &t : *tables) {
            if (progress)
                progress(t.name, done, int(tables->size()));
            QStringList slots;
            for (int c = 1; c <= t.columns.size(); ++c)
                slots << QStringLiteral("?%1").arg(c);
            auto insert = target->prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(id(t.name), columnList(t), slots.join(u',')));
            if (!insert)
                return std::unexpected(insert.error());
            std::int64_t rows = 0;
            auto copied = db.copyOut(
                QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY 1) TO STDOUT").arg(columnList(t), id(t.name)),
                [&](const std::vector<std::optional<QString>> &fields) -> Status {
                    if (int(fields.size()) != t.columns.size())
                        return fail(ErrorKind::Corrupt,
                                    QCoreApplication::translate("gw::server_project",
                                                                "The server sent %1 columns of %2, not %3.")
                                        .arg(fields.size())
                                        .arg(t.name)
                                        .arg(t.columns.size()));
                    insert->reset();
                    for (int c = 0; c < t.columns.size(); ++c) {
                        if (!fields[c])
                            insert->bindNull(c + 1);
                        else if (t.kinds[c] == u'i')
                            insert->bind(c + 1, std::int64_t(fields[c]->toLongLong()));
                        else if (t.kinds[c] == u'r')
                            insert->bindReal(c + 1, fields[c]->toDouble());
                        else
                            insert->bind(c + 1, *fields[c]);
                    }
                    ++rows;
                    return insert->run();
                });
            if (!copied)
                return std::unexpected(copied.error());
            tally(report, t.name, rows);
            ++done;
        }
        if (auto ok = target->exec(QStringLiteral("INSERT INTO source_fts(source_fts) VALUES ('rebuild')")); !ok)
            return std::unexpected(ok.error());
        if (auto ok = write.commit(); !ok)
            return std::unexpected(ok.error());
    }
    // What the old file's last connection left beside it belongs to the old file.
    QFile::remove(file + QStringLiteral("-wal"));
    QFile::remove(file + QStringLiteral("-shm"));
    if (std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) != 0)
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::server_project", "Cannot write %1: %2")
                                       .arg(file, QString::fromLocal8Bit(std::strerror(errno))));
    removePartial.dismiss();
    return report;
}

Status addMember(PgConnection &db, const QString &name, MemberRole role)
{
    const QString member = name.trimmed();
    if (member.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::server_project", "A member needs a name."));
    if (auto ok = checkServerSchema(db); !ok)
        return ok;
    PgTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (role != MemberRole::Owner) {
        auto was = db.scalar(QStringLiteral("SELECT count(*) FROM members WHERE name = $1 AND role = 'owner'"), {member});
        if (!was)
            return std::unexpected(was.error());
        if (*was > 0)
            if (auto ok = keepAnOwner(db, member); !ok)
                return ok;
    }
    auto exists = db.scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = $1"), {member});
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists == 0)
        if (auto ok = db.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(id(member))); !ok)
            return ok;
    if (auto ok = revokeProjectRoles(db, member); !ok)
        return ok;
    // From PostgreSQL 16 a grant is taken back only by whoever made it: a
    // coder's or reviewer's role is granted in the name of the project's
    // owners, so that any owner can take it back.
    QString grant = QStringLiteral("GRANT %1 TO %2").arg(id(groupRole(db, role)), id(member));
    if (role != MemberRole::Owner && db.serverVersion() >= 160000)
        grant += QStringLiteral(" GRANTED BY %1").arg(id(groupRole(db, MemberRole::Owner)));
    if (auto ok = db.exec(grant); !ok)
        return ok;
    if (role == MemberRole::Owner) {
        // An owner manages the membership: makes login roles and hands out the project's roles.
        for (MemberRole r : {MemberRole::Owner, MemberRole::Coder, MemberRole::Reviewer})
            if (auto ok = db.exec(QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(id(groupRole(db, r)), id(member)));
                !ok)
                return ok;
        // From PostgreSQL 16, CREATEROLE lets them make login roles and manage
        // only roles they hold with ADMIN OPTION; before, it reached every
        // role on the server, so there their logins come from the server's
        // administrator.
        if (db.serverVersion() >= 160000)
            if (auto ok = db.exec(QStringLiteral("ALTER ROLE %1 CREATEROLE").arg(id(member))); !ok)
                return ok;
    }
    if (auto ok = db.query(QStringLiteral("INSERT INTO members(name, role) VALUES ($1, $2) "
                                          "ON CONFLICT (name) DO UPDATE SET role = excluded.role"),
                           {member, toString(role)});
        !ok)
        return std::unexpected(ok.error());
    return tx.commit();
}

Status removeMember(PgConnection &db, const QString &memberName)
{
    const QString name = memberName.trimmed();
    if (auto ok = checkServerSchema(db); !ok)
        return ok;
    PgTransaction tx(db);
    if (!tx.begun())
        return tx.begun();
    auto role = db.query(QStringLiteral("SELECT role FROM members WHERE name = $1"), {name});
    if (!role)
        return std::unexpected(role.error());
    if (role->size() == 0)
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::server_project", "%1 is not a member of this project.").arg(name));
    if (role->text(0, 0) == u"owner")
        if (auto ok = keepAnOwner(db, name); !ok)
            return ok;
    if (auto ok = revokeProjectRoles(db, name); !ok)
        return ok;
    if (auto ok = db.query(QStringLiteral("DELETE FROM members WHERE name = $1"), {name}); !ok)
        return std::unexpected(ok.error());
    return tx.commit();
}

Result<std::vector<Member>> members(PgConnection &db)
{
    if (auto ok = checkServerSchema(db); !ok)
        return std::unexpected(ok.error());
    auto rows = db.query(QStringLiteral("SELECT name, role, added FROM members ORDER BY CASE role WHEN 'owner' THEN 0 "
                                        "WHEN 'coder' THEN 1 ELSE 2 END, name"));
    if (!rows)
        return std::unexpected(rows.error());
    std::vector<Member> list;
    for (int r = 0; r < rows->size(); ++r)
        list.push_back({rows->text(r, 0), memberRoleFromString(rows->text(r, 1)).value_or(MemberRole::Reviewer),
                        rows->text(r, 2)});
    return list;
}

} // namespace gw
