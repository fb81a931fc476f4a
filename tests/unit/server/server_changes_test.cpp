// Other members' commits on a server project reach a listener on the event
// loop, once per statement, without this program's own; a broken connection
// is reported. (On the private server: the server_stores test.)
#include "core/server/server_changes.h"
#include "tests/support/store_backends.h"

#include <QSignalSpy>

namespace gw::test {
namespace {

TEST(ServerChangeArea, EveryTableOfAProjectBelongsToAnArea)
{
    BackendProject file(Backend::File);
    ASSERT_NE(file.session(), nullptr);
    auto tables = file.session()->query(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE "
        "'source_fts%' AND name <> 'schema_migrations'"));
    ASSERT_TRUE(tables);
    ASSERT_GT(tables->size(), 20);
    for (int r = 0; r < tables->size(); ++r)
        EXPECT_NE(changeArea(tables->text(r, 0)), ChangeArea::Other) << tables->text(r, 0).toStdString();
    EXPECT_EQ(changeArea(QStringLiteral("segments")), ChangeArea::Segments);
    EXPECT_EQ(changeArea(QStringLiteral("influence_evidence")), ChangeArea::Model);
    EXPECT_EQ(changeArea(QStringLiteral("members")), ChangeArea::Team);
}

TEST(ServerChangeArea, ANoticeIsReadOnlyFromItsChannelAndShape)
{
    auto change = parseServerChange(PgNotification{
        QStringLiteral("groundwork"), QStringLiteral(R"({"table":"segments","op":"insert","rows":50,"by":"ben"})"), 7});
    ASSERT_TRUE(change);
    EXPECT_EQ(change->table, QStringLiteral("segments"));
    EXPECT_EQ(change->operation, QStringLiteral("insert"));
    EXPECT_EQ(change->rows, 50);
    EXPECT_EQ(change->by, QStringLiteral("ben"));
    EXPECT_EQ(change->senderPid, 7);
    EXPECT_FALSE(parseServerChange(PgNotification{QStringLiteral("other"), QStringLiteral(R"({"table":"x","op":"insert"})"), 1}));
    EXPECT_FALSE(parseServerChange(PgNotification{QStringLiteral("groundwork"), QStringLiteral("not json"), 1}));
}

class ServerChangesTest : public ::testing::TestWithParam<Backend>
{
protected:
    // Waits until WANT changes have come, or two seconds have passed.
    QList<ServerChange> collect(QSignalSpy &spy, int want)
    {
        QList<ServerChange> got;
        for (int i = 0; i < spy.count(); ++i)
            got += spy.at(i).at(0).value<QList<ServerChange>>();
        while (got.size() < want && spy.wait(2000))
            got += spy.last().at(0).value<QList<ServerChange>>();
        return got;
    }

    BackendProject backend{GetParam()};
};

TEST_P(ServerChangesTest, OtherMembersCommitsArriveOncePerStatementAndOwnOnesDoNot)
{
    ASSERT_NE(backend.connection(), nullptr);
    auto listener = ServerChanges::listen(backend.url(), backend.connection()->backendPid());
    ASSERT_TRUE(listener) << listener.error().message.toStdString();
    QSignalSpy spy(listener->get(), &ServerChanges::changed);
    auto other = PgConnection::connect(backend.url());
    ASSERT_TRUE(other) << other.error().message.toStdString();

    // This program's own commit first: the listener leaves it out.
    ASSERT_TRUE(backend.session()->run(QStringLiteral("INSERT INTO coders(guid, name) VALUES ('g-own', 'own')")));
    // Another member's: three codes in one statement, a rollback, an update.
    ASSERT_TRUE(other->exec(QStringLiteral(
        "INSERT INTO codes(guid, name) SELECT 'g-' || n, 'Code ' || n FROM generate_series(1, 3) AS n")));
    ASSERT_TRUE(other->exec(QStringLiteral("BEGIN; DELETE FROM codes; ROLLBACK")));
    ASSERT_TRUE(other->exec(QStringLiteral("UPDATE codes SET color = '#112233' WHERE guid = 'g-2'")));

    const auto got = collect(spy, 2);
    ASSERT_EQ(got.size(), 2);
    EXPECT_EQ(got[0].table, QStringLiteral("codes"));
    EXPECT_EQ(got[0].operation, QStringLiteral("insert"));
    EXPECT_EQ(got[0].rows, 3);
    EXPECT_EQ(got[0].by, QStringLiteral("postgres"));
    EXPECT_EQ(got[0].senderPid, other->backendPid());
    EXPECT_EQ(got[1].operation, QStringLiteral("update"));
    EXPECT_EQ(got[1].rows, 1);
    // Nothing more came (the own insert and the rollback stay unannounced).
    EXPECT_FALSE(spy.wait(300));
}

TEST_P(ServerChangesTest, ABrokenConnectionIsReported)
{
    ASSERT_NE(backend.connection(), nullptr);
    auto listener = ServerChanges::listen(backend.url(), 0);
    ASSERT_TRUE(listener) << listener.error().message.toStdString();
    QSignalSpy lost(listener->get(), &ServerChanges::lost);
    // The server ends the listener's session, as a restart would.
    ASSERT_TRUE(backend.session()->run(
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
                       "AND pid <> pg_backend_pid()")));
    ASSERT_TRUE(lost.wait(3000));
    EXPECT_FALSE(lost.first().at(0).toString().isEmpty());
}

GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ServerChangesTest);
INSTANTIATE_TEST_SUITE_P(Backends, ServerChangesTest, ::testing::ValuesIn(serverBackends()), backendName);

} // namespace
} // namespace gw::test
