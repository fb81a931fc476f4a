#pragma once
// Other members' commits on a server project, as they happen. Every statement
// that changes the project announces itself when it commits (NOTIFY on the
// channel "groundwork": table, operation, rows, who; see
// migrations/postgresql/0001_initial.sql). ServerChanges listens on a
// connection of its own, on the Qt event loop, and hands them on, leaving out
// what this program's own connection committed, which it announced already.

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

class QSocketNotifier;

namespace gw {

class PgConnection;
struct PgNotification;

// What one statement changed.
struct ServerChange
{
    QString table;       // "segments"
    QString operation;   // "insert", "update", "delete" or "truncate"
    std::int64_t rows = 0;
    QString by;          // the member's name on the server
    int senderPid = 0;   // the server process of the connection that made it
};

// The change a notice on "groundwork" describes; nullopt for anything else.
[[nodiscard]] std::optional<ServerChange> parseServerChange(const PgNotification &notification);

// What part of a project a table holds, to know which views to refresh.
enum class ChangeArea {
    Sources, Cases, Codes, Segments, Memos, Structure, Model, Review, Snapshots, Queries, Team, Settings,
    Other // a table this Groundwork does not know (a newer one's)
};
[[nodiscard]] ChangeArea changeArea(const QString &table);

class ServerChanges : public QObject
{
    Q_OBJECT

public:
    ~ServerChanges() override;

    // Listens on URL (a connection of its own) for every member's commits but
    // those of the server process OWNPID (this program's own connection; 0:
    // report all).
    [[nodiscard]] static Result<std::unique_ptr<ServerChanges>> listen(const QString &url, int ownPid = 0);

Q_SIGNALS:
    // What arrived together, in commit order.
    void changed(const QList<gw::ServerChange> &changes);
    // The connection broke (the server stopped, the network went): nothing
    // more arrives until a new listener is made.
    void lost(const QString &why);

private:
    ServerChanges(std::unique_ptr<PgConnection> connection, int ownPid);
    void readNotices();

    std::unique_ptr<PgConnection> m_connection;
    std::unique_ptr<QSocketNotifier> m_notifier;
    int m_ownPid = 0;
};

} // namespace gw
