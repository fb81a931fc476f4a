#include "core/server/server_changes.h"

#include "core/server/pg_connection.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

namespace gw {

namespace {
const QString kChannel = QStringLiteral("groundwork");
}

std::optional<ServerChange> parseServerChange(const PgNotification &notification)
{
    if (notification.channel != kChannel)
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
    if (!o.contains(QStringLiteral("table")) || !o.contains(QStringLiteral("op")))
        return std::nullopt;
    return ServerChange{o.value(QStringLiteral("table")).toString(), o.value(QStringLiteral("op")).toString(),
                        o.value(QStringLiteral("rows")).toInteger(), o.value(QStringLiteral("by")).toString(),
                        notification.senderPid};
}

ChangeArea changeArea(const QString &table)
{
    static const QHash<QString, ChangeArea> areas = {
        {QStringLiteral("sources"), ChangeArea::Sources},
        {QStringLiteral("turns"), ChangeArea::Sources},
        {QStringLiteral("source_sets"), ChangeArea::Cases},
        {QStringLiteral("source_set_members"), ChangeArea::Cases},
        {QStringLiteral("cases"), ChangeArea::Cases},
        {QStringLiteral("attributes"), ChangeArea::Cases},
        {QStringLiteral("attribute_values"), ChangeArea::Cases},
        {QStringLiteral("case_sources"), ChangeArea::Cases},
        {QStringLiteral("codes"), ChangeArea::Codes},
        {QStringLiteral("segments"), ChangeArea::Segments},
        {QStringLiteral("memos"), ChangeArea::Memos},
        {QStringLiteral("themes"), ChangeArea::Structure},
        {QStringLiteral("dimensions"), ChangeArea::Structure},
        {QStringLiteral("theme_exemplars"), ChangeArea::Structure},
        {QStringLiteral("theme_codes"), ChangeArea::Structure},
        {QStringLiteral("audit_log"), ChangeArea::Structure},
        {QStringLiteral("review_threads"), ChangeArea::Review},
        {QStringLiteral("review_comments"), ChangeArea::Review},
        {QStringLiteral("structure_snapshots"), ChangeArea::Snapshots},
        {QStringLiteral("saved_queries"), ChangeArea::Queries},
        {QStringLiteral("coders"), ChangeArea::Team},
        {QStringLiteral("members"), ChangeArea::Team},
        {QStringLiteral("settings"), ChangeArea::Settings},
    };
    // The CMO model's tables all start with "model_" or "influence".
    if (table.startsWith(QLatin1String("model_")) || table.startsWith(QLatin1String("influence")))
        return ChangeArea::Model;
    return areas.value(table, ChangeArea::Other);
}

ServerChanges::ServerChanges(std::unique_ptr<PgConnection> connection, int ownPid)
    : m_connection(std::move(connection)), m_ownPid(ownPid)
{
    m_notifier = std::make_unique<QSocketNotifier>(m_connection->socket(), QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &ServerChanges::readNotices);
}

ServerChanges::~ServerChanges() = default;

Result<std::unique_ptr<ServerChanges>> ServerChanges::listen(const QString &url, int ownPid)
{
    auto connection = PgConnection::connect(url);
    if (!connection)
        return std::unexpected(connection.error());
    if (auto ok = connection->listen(kChannel); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<ServerChanges>(
        new ServerChanges(std::make_unique<PgConnection>(std::move(*connection)), ownPid));
}

void ServerChanges::readNotices()
{
    QList<ServerChange> changes;
    for (;;) {
        auto next = m_connection->waitForNotification(0);
        if (!next) {
            m_notifier->setEnabled(false);
            if (!changes.isEmpty())
                Q_EMIT changed(changes);
            Q_EMIT lost(next.error().message);
            return;
        }
        if (!*next)
            break;
        if (auto change = parseServerChange(**next); change && change->senderPid != m_ownPid)
            changes.append(*change);
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
}

} // namespace gw
