// The review threads' store, the same tests on a project file and on a
// server project (store_backends.h).
#include "core/review/review_store.h"
#include "tests/support/store_backends.h"

namespace gw::test {
namespace {

class ReviewStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        session = backend.session();
        ana = insert(QStringLiteral("INSERT INTO coders(guid, name) VALUES ('g-ana', 'ana') RETURNING id"));
        ben = insert(QStringLiteral("INSERT INTO coders(guid, name) VALUES ('g-ben', 'ben') RETURNING id"));
        trust = insert(QStringLiteral("INSERT INTO codes(guid, name) VALUES ('g-trust', 'Trust') RETURNING id"));
        store = std::make_unique<ReviewStore>(*session);
    }
    Id insert(const QString &sql)
    {
        auto id = session->insert(sql, {});
        EXPECT_TRUE(id) << (id ? std::string() : id.error().message.toStdString());
        return id.value_or(0);
    }
    std::vector<ReviewThread> all(bool openOnly = false, std::optional<ReviewTarget> target = {})
    {
        auto list = store->threads(openOnly, target);
        EXPECT_TRUE(list) << (list ? std::string() : list.error().message.toStdString());
        return list.value_or(std::vector<ReviewThread>{});
    }
    std::int64_t count(const QString &table)
    {
        auto rows = session->query(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        EXPECT_TRUE(rows);
        return rows ? rows->int64(0, 0) : -1;
    }

    BackendProject backend{GetParam()};
    SqlSession *session = nullptr;
    std::unique_ptr<ReviewStore> store;
    Id ana = 0, ben = 0, trust = 0;
};

TEST_P(ReviewStoreTest, AThreadKeepsItsCommentsInOrderWithAuthorsAndTargetName)
{
    auto thread = store->openThread(ReviewTarget{QStringLiteral("code"), trust}, ana, QStringLiteral("Too broad?"));
    ASSERT_TRUE(thread) << thread.error().message.toStdString();
    ASSERT_TRUE(store->addComment(*thread, ben, QStringLiteral("Split it: «trust» vs 信頼")));
    ASSERT_TRUE(store->openThread(ReviewTarget{QStringLiteral("influence"), 42}, ben, QStringLiteral("Evidence?")));

    const auto list = all();
    ASSERT_EQ(list.size(), 2u);
    EXPECT_EQ(list[0].id, *thread);
    EXPECT_EQ(list[0].target, (ReviewTarget{QStringLiteral("code"), trust}));
    EXPECT_EQ(list[0].targetName, QStringLiteral("Trust"));
    EXPECT_FALSE(list[0].resolved);
    EXPECT_FALSE(list[0].created.isEmpty());
    ASSERT_EQ(list[0].comments.size(), 2u);
    EXPECT_EQ(list[0].comments[0].author, QStringLiteral("ana"));
    EXPECT_EQ(list[0].comments[1].author, QStringLiteral("ben"));
    EXPECT_EQ(list[0].comments[1].text, QStringLiteral("Split it: «trust» vs 信頼"));
    EXPECT_EQ(list[1].targetName, QString()); // a model link has no name
    ASSERT_EQ(list[1].comments.size(), 1u);

    const auto onTrust = all(false, ReviewTarget{QStringLiteral("code"), trust});
    ASSERT_EQ(onTrust.size(), 1u);
    EXPECT_EQ(onTrust[0].comments.size(), 2u);
    auto one = store->threads(false, std::nullopt, list[1].id);
    ASSERT_TRUE(one);
    ASSERT_EQ(one->size(), 1u);
    EXPECT_EQ(one->front().comments.front().text, QStringLiteral("Evidence?"));
}

TEST_P(ReviewStoreTest, ResolvingAndReopeningIsStoredAndFiltersOpenThreads)
{
    auto thread = store->openThread(ReviewTarget{QStringLiteral("code"), trust}, ana, QStringLiteral("Check"));
    ASSERT_TRUE(thread);
    const ThreadState resolved{true, ben, QStringLiteral("2026-12-07T10:00:00.000Z")};
    ASSERT_TRUE(store->setThreadState(*thread, resolved));
    auto state = store->threadState(*thread);
    ASSERT_TRUE(state);
    EXPECT_TRUE(state->resolved);
    EXPECT_EQ(state->resolvedBy, std::optional<Id>(ben));
    EXPECT_EQ(state->resolvedAt, resolved.resolvedAt);
    EXPECT_TRUE(all(true).empty());
    ASSERT_EQ(all().size(), 1u);
    EXPECT_EQ(all().front().resolvedBy, QStringLiteral("ben"));

    ASSERT_TRUE(store->setThreadState(*thread, ThreadState{}));
    state = store->threadState(*thread);
    ASSERT_TRUE(state);
    EXPECT_FALSE(state->resolved);
    EXPECT_FALSE(state->resolvedBy.has_value());
    EXPECT_EQ(all(true).size(), 1u);
}

TEST_P(ReviewStoreTest, ARemovedThreadComesBackExactlyAsItWas)
{
    auto thread = store->openThread(ReviewTarget{QStringLiteral("code"), trust}, ana, QStringLiteral("First"));
    ASSERT_TRUE(thread);
    ASSERT_TRUE(store->addComment(*thread, ben, QStringLiteral("Second")));
    ASSERT_TRUE(store->setThreadState(*thread, ThreadState{true, ana, QStringLiteral("2026-12-07T11:00:00.000Z")}));
    const auto before = all();
    ASSERT_EQ(before.size(), 1u);

    ASSERT_TRUE(store->removeThread(*thread));
    EXPECT_TRUE(all().empty());
    EXPECT_EQ(count(QStringLiteral("review_comments")), 0); // the comments went with it

    ASSERT_TRUE(store->restoreThread(before.front()));
    const auto after = all();
    ASSERT_EQ(after.size(), 1u);
    const ReviewThread &t = after.front();
    EXPECT_EQ(t.id, before[0].id);
    EXPECT_EQ(t.guid, before[0].guid);
    EXPECT_EQ(t.created, before[0].created);
    EXPECT_EQ(t.resolvedBy, QStringLiteral("ana"));
    ASSERT_EQ(t.comments.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(t.comments[i].id, before[0].comments[i].id);
        EXPECT_EQ(t.comments[i].guid, before[0].comments[i].guid);
        EXPECT_EQ(t.comments[i].author, before[0].comments[i].author);
        EXPECT_EQ(t.comments[i].created, before[0].comments[i].created);
    }

    // A reply taken out and put back alone.
    const ReviewComment reply = t.comments[1];
    ASSERT_TRUE(store->removeComment(reply.id));
    EXPECT_EQ(all().front().comments.size(), 1u);
    ASSERT_TRUE(store->restoreComment(reply));
    EXPECT_EQ(all().front().comments.back().text, QStringLiteral("Second"));
}

TEST_P(ReviewStoreTest, AThreadThatCannotGetItsFirstCommentIsNotLeftBehind)
{
    // The comment's author does not exist: the thread's insert is rolled back too.
    auto thread = store->openThread(ReviewTarget{QStringLiteral("code"), trust}, 999, QStringLiteral("Orphan"));
    EXPECT_FALSE(thread);
    EXPECT_EQ(count(QStringLiteral("review_threads")), 0);
    EXPECT_EQ(count(QStringLiteral("review_comments")), 0);
    // The session is usable afterwards.
    EXPECT_TRUE(store->openThread(ReviewTarget{QStringLiteral("code"), trust}, ana, QStringLiteral("Fine")));
}

TEST_P(ReviewStoreTest, ARestoreInsideAnOuterUnitOfWorkGoesWithIt)
{
    auto thread = store->openThread(ReviewTarget{QStringLiteral("code"), trust}, ana, QStringLiteral("Kept?"));
    ASSERT_TRUE(thread);
    const auto before = all();
    ASSERT_TRUE(store->removeThread(*thread));
    {
        auto outer = session->transaction();
        ASSERT_TRUE(outer->begun());
        ASSERT_TRUE(store->restoreThread(before.front())); // a savepoint inside OUTER
        EXPECT_EQ(all().size(), 1u);
    } // OUTER rolled back
    EXPECT_TRUE(all().empty());
    EXPECT_EQ(count(QStringLiteral("review_comments")), 0);
}

TEST_P(ReviewStoreTest, AMissingThreadIsNotFound)
{
    auto state = store->threadState(4711);
    ASSERT_FALSE(state);
    EXPECT_EQ(state.error().kind, ErrorKind::NotFound);
    EXPECT_TRUE(state.error().message.contains(QStringLiteral("4711")));
}

INSTANTIATE_TEST_SUITE_P(Backends, ReviewStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
