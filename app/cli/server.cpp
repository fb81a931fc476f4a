// server init|push|pull and server member add|remove|list: a project on a
// PostgreSQL server for a team (core/server/server_project.h).
#include "core/server/pg_connection.h"
#include "core/server/server_project.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

// The server project's URL: -p/--project or GROUNDWORK_PROJECT, as for a file.
QString serverUrl(const QCommandLineParser &parser)
{
    const QString url = parser.value(QStringLiteral("project"));
    return url.isEmpty() ? qEnvironmentVariable("GROUNDWORK_PROJECT") : url;
}

void addUrlOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("p"), QStringLiteral("project")},
                      QCoreApplication::translate("gw::cli::server",
                                                  "The server project, as postgresql://USER@HOST/DATABASE (default: "
                                                  "GROUNDWORK_PROJECT)."),
                      QStringLiteral("URL")});
}

std::optional<PgConnection> connectOrSay(const QString &url, Io &io, bool createDatabase = false)
{
    if (!isServerUrl(url)) {
        io.err << QCoreApplication::translate("gw::cli::server",
                                              "groundwork-cli: %1 is not a server URL; write "
                                              "postgresql://USER@HOST/DATABASE.\n")
                      .arg(url.isEmpty() ? QStringLiteral("\"\"") : url);
        return std::nullopt;
    }
    auto db = connectServer(url, createDatabase);
    if (!db) {
        io.err << "groundwork-cli: " << db.error().message << '\n';
        return std::nullopt;
    }
    return std::move(*db);
}

QJsonObject reportJson(const CopyReport &r)
{
    return {{QStringLiteral("tables"), r.tables},
            {QStringLiteral("rows"), qint64(r.rows)},
            {QStringLiteral("sources"), qint64(r.sources)},
            {QStringLiteral("segments"), qint64(r.segments)}};
}

class ServerInitVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("server init"); } // data
    QString summary() const override { return QCoreApplication::translate("gw::cli::server", "Make an empty project in a PostgreSQL database."); }
    QString description() const override
    {
        return QCoreApplication::translate("gw::cli::server", "Make an empty project in a PostgreSQL database (15 or newer), for a team that codes together. "
                  "The database is made when the server has none of that name and you may make databases. You "
                  "become the project's first owner; add the team with server member add.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("URL"), QCoreApplication::translate("gw::cli::server", "postgresql://USER@HOST/DATABASE"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::server", "groundwork-cli server init: give the server project's URL.\n");
            return Usage;
        }
        auto db = connectOrSay(args[0], io, true);
        if (!db)
            return Usage;
        if (auto ok = initServerProject(*db); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("url"), redactedUrl(args[0])},
                                                    {QStringLiteral("owner"), db->user()},
                                                    {QStringLiteral("schema"), latestServerSchemaVersion()}}));
        else
            io.out << QCoreApplication::translate("gw::cli::server", "Made an empty project on %1; %2 is its owner.\n").arg(redactedUrl(args[0]), db->user());
        return Ok;
    }
};

class ServerCopyVerb final : public Verb
{
public:
    enum class Direction { Push, Pull };
    explicit ServerCopyVerb(Direction direction) : m_direction(direction) {}
    QString name() const override
    {
        return m_direction == Direction::Push ? QStringLiteral("server push") : QStringLiteral("server pull"); // data
    }
    QString summary() const override
    {
        return m_direction == Direction::Push ? QCoreApplication::translate("gw::cli::server", "Copy a project file up to a server project, whole.")
                                              : QCoreApplication::translate("gw::cli::server", "Copy a server project down into a new project file, whole.");
    }
    QString description() const override
    {
        return m_direction == Direction::Push
                   ? QCoreApplication::translate("gw::cli::server", "Copy the project file FILE up into the server project URL, whole and in one transaction: "
                        "sources, codes, segments, the data structure, the CMO model, memos, review and snapshots. "
                        "A server project that holds sources, codes or segments is left alone unless --replace.")
                   : QCoreApplication::translate("gw::cli::server", "Copy the server project URL down into a new project file FILE, whole, as it was at one "
                        "moment. An existing FILE is left alone unless --force.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addJsonOption(parser);
        if (m_direction == Direction::Push) {
            parser.addOption({QStringLiteral("replace"),
                              QCoreApplication::translate("gw::cli::server", "Replace what the server project holds (everyone's work there).")});
            parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("gw::cli::server", "The project file to copy up."));
            parser.addPositionalArgument(QStringLiteral("URL"), QCoreApplication::translate("gw::cli::server", "postgresql://USER@HOST/DATABASE"));
        } else {
            parser.addOption({QStringLiteral("force"), QCoreApplication::translate("gw::cli::server", "Replace FILE if it exists.")});
            parser.addPositionalArgument(QStringLiteral("URL"), QCoreApplication::translate("gw::cli::server", "postgresql://USER@HOST/DATABASE"));
            parser.addPositionalArgument(QStringLiteral("FILE"), QCoreApplication::translate("gw::cli::server", "The project file to write."));
        }
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        const bool push = m_direction == Direction::Push;
        if (args.size() != 2) {
            io.err << (push ? QCoreApplication::translate("gw::cli::server", "groundwork-cli server push: give FILE and URL.\n")
                            : QCoreApplication::translate("gw::cli::server", "groundwork-cli server pull: give URL and FILE.\n"));
            return Usage;
        }
        const QString url = push ? args[1] : args[0], file = push ? args[0] : args[1];
        auto db = connectOrSay(url, io);
        if (!db)
            return Usage;
        const bool json = parser.isSet(QStringLiteral("json"));
        auto progress = [&](const QString &table, int done, int total) {
            if (!json)
                io.err << QCoreApplication::translate("gw::cli::server", "  %1 of %2 tables: %3\n").arg(done + 1).arg(total).arg(table);
            io.err.flush();
        };
        auto report = push ? pushProject(file, *db, parser.isSet(QStringLiteral("replace")), progress)
                           : pullProject(*db, file, parser.isSet(QStringLiteral("force")), progress);
        if (!report)
            return reportError(io, report.error());
        if (json)
            writeJson(io, QJsonDocument(reportJson(*report)));
        else
            io.out << (push ? QCoreApplication::translate("gw::cli::server", "Copied %1 up to %2: %3 sources, %4 segments, %5 rows in %6 tables.\n")
                            : QCoreApplication::translate("gw::cli::server", "Copied %1 down to %2: %3 sources, %4 segments, %5 rows in %6 tables.\n"))
                          .arg(push ? file : redactedUrl(url), push ? redactedUrl(url) : file)
                          .arg(report->sources)
                          .arg(report->segments)
                          .arg(report->rows)
                          .arg(report->tables);
        return Ok;
    }

private:
    Direction m_direction;
};

class ServerMemberVerb final : public Verb
{
public:
    enum class Action { Add, Remove, List };
    explicit ServerMemberVerb(Action action) : m_action(action) {}
    QString name() const override
    {
        switch (m_action) {
        case Action::Add: return QStringLiteral("server member add");       // data
        case Action::Remove: return QStringLiteral("server member remove"); // data
        case Action::List: break;
        }
        return QStringLiteral("server member list"); // data
    }
    QString summary() const override
    {
        switch (m_action) {
        case Action::Add: return QCoreApplication::translate("gw::cli::server", "Let someone work on a server project, as owner, coder or reviewer.");
        case Action::Remove: return QCoreApplication::translate("gw::cli::server", "Take someone off a server project.");
        case Action::List: break;
        }
        return QCoreApplication::translate("gw::cli::server", "List a server project's members and their roles.");
    }
    QString description() const override
    {
        if (m_action != Action::Add)
            return summary();
        return QCoreApplication::translate("gw::cli::server", "Let NAME work on the server project: an owner may do everything (sources, the hierarchy, the "
                  "CMO model, membership); a coder codes, writes memos and comments and changes only their own "
                  "segments, memos and comments; a reviewer reads, comments and takes snapshots. The server "
                  "enforces it. NAME connects as themself (postgresql://NAME@HOST/DATABASE) and is the coder of "
                  "what they do; how they authenticate (password, certificate) is the server's.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addUrlOption(parser);
        addJsonOption(parser);
        if (m_action == Action::Add)
            parser.addOption({QStringLiteral("role"), QCoreApplication::translate("gw::cli::server", "owner, coder or reviewer (default: coder)."),
                              QStringLiteral("ROLE"), QStringLiteral("coder")});
        if (m_action != Action::List)
            parser.addPositionalArgument(QStringLiteral("NAME"), QCoreApplication::translate("gw::cli::server", "The member's user name on the server."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (m_action != Action::List && args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::server", "groundwork-cli %1: give the member's NAME.\n").arg(name());
            return Usage;
        }
        std::optional<MemberRole> role;
        if (m_action == Action::Add) {
            role = memberRoleFromString(parser.value(QStringLiteral("role")));
            if (!role) {
                io.err << QCoreApplication::translate("gw::cli::server", "groundwork-cli server member add: --role is owner, coder or reviewer, not \"%1\".\n")
                              .arg(parser.value(QStringLiteral("role")));
                return Usage;
            }
        }
        auto db = connectOrSay(serverUrl(parser), io);
        if (!db)
            return Usage;
        const bool json = parser.isSet(QStringLiteral("json"));
        if (m_action == Action::Add || m_action == Action::Remove) {
            auto ok = m_action == Action::Add ? addMember(*db, args[0], *role) : removeMember(*db, args[0]);
            if (!ok)
                return reportError(io, ok.error());
            if (json)
                writeJson(io, QJsonDocument(QJsonObject{
                                  {QStringLiteral("name"), args[0].trimmed()},
                                  {QStringLiteral("role"), role ? toString(*role) : QJsonValue()}}));
            else if (m_action == Action::Add)
                io.out << QCoreApplication::translate("gw::cli::server", "%1 now has the role %2 in the project.\n").arg(args[0].trimmed(), toString(*role));
            else
                io.out << QCoreApplication::translate("gw::cli::server", "%1 is no longer a member of the project.\n").arg(args[0].trimmed());
            return Ok;
        }
        auto list = members(*db);
        if (!list)
            return reportError(io, list.error());
        if (json) {
            QJsonArray array;
            for (const Member &m : *list)
                array.append(QJsonObject{{QStringLiteral("name"), m.name},
                                         {QStringLiteral("role"), toString(m.role)},
                                         {QStringLiteral("added"), m.added}});
            writeJson(io, QJsonDocument(array));
            return Ok;
        }
        for (const Member &m : *list)
            io.out << m.name.leftJustified(24) << ' ' << toString(m.role).leftJustified(9) << ' ' << m.added << '\n';
        return Ok;
    }

private:
    Action m_action;
};

class ServerWatchVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("server watch"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::server", "Show what the team changes on a server project, live.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::server",
            "Show each change to the server project as its author commits it: when, who, what was done and to "
            "which table, one line each (with --json, one JSON object per line). Runs until interrupted, until "
            "--count changes have come, or until --seconds have passed.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addUrlOption(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("count"),
                          QCoreApplication::translate("gw::cli::server", "Stop after N changes."), QStringLiteral("N")});
        parser.addOption({QStringLiteral("seconds"),
                          QCoreApplication::translate("gw::cli::server", "Stop after S seconds."), QStringLiteral("S")});
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        bool countOk = true, secondsOk = true;
        const int count = parser.isSet(QStringLiteral("count")) ? parser.value(QStringLiteral("count")).toInt(&countOk) : -1;
        const double seconds =
            parser.isSet(QStringLiteral("seconds")) ? parser.value(QStringLiteral("seconds")).toDouble(&secondsOk) : -1;
        if (!countOk || !secondsOk || (parser.isSet(QStringLiteral("count")) && count < 1) ||
            (parser.isSet(QStringLiteral("seconds")) && seconds <= 0)) {
            io.err << QCoreApplication::translate("gw::cli::server",
                                                  "groundwork-cli server watch: --count and --seconds are positive "
                                                  "numbers.\n");
            return Usage;
        }
        auto db = connectOrSay(serverUrl(parser), io);
        if (!db)
            return Usage;
        if (auto ok = checkServerSchema(*db); !ok)
            return reportError(io, ok.error());
        if (auto ok = db->listen(QStringLiteral("groundwork")); !ok)
            return reportError(io, ok.error());
        io.err << QCoreApplication::translate("gw::cli::server", "Watching %1 for changes.\n").arg(redactedUrl(db->url()));
        io.err.flush();
        const bool json = parser.isSet(QStringLiteral("json"));
        QElapsedTimer clock;
        clock.start();
        for (int seen = 0; count < 0 || seen < count;) {
            int wait = -1;
            if (seconds > 0) {
                wait = int(seconds * 1000 - double(clock.elapsed()));
                if (wait <= 0)
                    break;
            }
            auto next = db->waitForNotification(wait);
            if (!next)
                return reportError(io, next.error());
            if (!*next)
                break;
            const QJsonObject change = QJsonDocument::fromJson((*next)->payload.toUtf8()).object();
            const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            if (json) {
                QJsonObject line = change;
                line.insert(QStringLiteral("at"), at);
                io.out << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << '\n';
            } else {
                io.out << QCoreApplication::translate("gw::cli::server", "%1  %2: %3 on %4, %5 row(s)\n")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")),
                                   change.value(QStringLiteral("by")).toString(),
                                   change.value(QStringLiteral("op")).toString(),
                                   change.value(QStringLiteral("table")).toString())
                              .arg(change.value(QStringLiteral("rows")).toInteger());
            }
            io.out.flush();
            ++seen;
        }
        return Ok;
    }
};

} // namespace

std::vector<std::unique_ptr<Verb>> makeServerVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<ServerInitVerb>());
    verbs.push_back(std::make_unique<ServerCopyVerb>(ServerCopyVerb::Direction::Push));
    verbs.push_back(std::make_unique<ServerCopyVerb>(ServerCopyVerb::Direction::Pull));
    verbs.push_back(std::make_unique<ServerMemberVerb>(ServerMemberVerb::Action::Add));
    verbs.push_back(std::make_unique<ServerMemberVerb>(ServerMemberVerb::Action::Remove));
    verbs.push_back(std::make_unique<ServerMemberVerb>(ServerMemberVerb::Action::List));
    verbs.push_back(std::make_unique<ServerWatchVerb>());
    return verbs;
}

} // namespace gw::cli
