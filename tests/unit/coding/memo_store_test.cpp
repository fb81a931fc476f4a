// The memos' store, the same tests on a project file and on a server project
// (store_backends.h).
#include "core/coding/memo_store.h"
#include "core/team/team_store.h"
#include "tests/support/store_backends.h"

#include <QRegularExpression>

namespace gw::test {
namespace {

class MemoStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        store = std::make_unique<MemoStore>(*backend.session());
        TeamStore team(*backend.session());
        auto ana = team.recordCoder(QStringLiteral("ana"));
        ASSERT_TRUE(ana);
        coder = *ana;
        ASSERT_TRUE(team.recordCoder(QStringLiteral("ben")));
    }

    MemoInfo memo(const QString &guid, const QString &kind, std::optional<Id> target, const QString &title,
                  const QString &body = {}) const
    {
        MemoInfo m;
        m.guid = guid;
        m.targetKind = kind;
        m.targetId = target;
        m.title = title;
        m.body = body;
        return m;
    }

    BackendProject backend{GetParam()};
    std::unique_ptr<MemoStore> store;
    Id coder = 0;
};

TEST_P(MemoStoreTest, AMemoIsStoredWithItsCoderAndTimesAndFoundByTarget)
{
    auto project = store->insertMemo(memo(QStringLiteral("m-1"), QStringLiteral("project"), {}, QStringLiteral("Plan")),
                                     coder);
    ASSERT_TRUE(project) << project.error().message.toStdString();
    auto onCode = store->insertMemo(memo(QStringLiteral("m-2"), QStringLiteral("code"), 7, QStringLiteral("Why trust"),
                                         QStringLiteral("**Bold** idea")),
                                    coder);
    ASSERT_TRUE(onCode);
    auto read = store->memo(*onCode);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->coder, QStringLiteral("ana"));
    EXPECT_EQ(read->body, QStringLiteral("**Bold** idea"));
    EXPECT_EQ(read->targetId.value_or(0), 7);
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    EXPECT_TRUE(iso.match(read->created).hasMatch()) << read->created.toStdString();
    EXPECT_EQ(read->created, read->modified);

    auto ofProject = store->memosOf(QStringLiteral("project"), std::nullopt);
    ASSERT_TRUE(ofProject) << ofProject.error().message.toStdString();
    ASSERT_EQ(ofProject->size(), 1u);
    EXPECT_EQ(ofProject->front().id, *project);
    auto ofCode = store->memosOf(QStringLiteral("code"), 7);
    ASSERT_TRUE(ofCode);
    ASSERT_EQ(ofCode->size(), 1u);
    EXPECT_TRUE(store->memosOf(QStringLiteral("code"), 8)->empty());
}

TEST_P(MemoStoreTest, SearchIsCaseAsideInTitleOrBody)
{
    ASSERT_TRUE(store->insertMemo(memo(QStringLiteral("a"), QStringLiteral("project"), {}, QStringLiteral("Money talk")), coder));
    ASSERT_TRUE(store->insertMemo(memo(QStringLiteral("b"), QStringLiteral("source"), 1, QStringLiteral("Other"),
                                       QStringLiteral("about MONEY and 50% of it")),
                                  coder));
    ASSERT_TRUE(store->insertMemo(memo(QStringLiteral("c"), QStringLiteral("source"), 2, QStringLiteral("Nothing")), coder));
    EXPECT_EQ(store->memos(QStringLiteral("money"))->size(), 2u);
    EXPECT_EQ(store->memos(QStringLiteral(" 50%"))->size(), 1u); // no wildcard
    EXPECT_EQ(store->memos(QStringLiteral("_"))->size(), 0u);
    EXPECT_EQ(store->memos({})->size(), 3u);
}

TEST_P(MemoStoreTest, EditsAndRemovalReachOnlyAMemoThatIsThere)
{
    auto id = store->insertMemo(memo(QStringLiteral("m"), QStringLiteral("segment"), 3, QStringLiteral("T")), coder);
    ASSERT_TRUE(id);
    ASSERT_TRUE(store->setText(*id, QStringLiteral("New"), QStringLiteral("Body")));
    ASSERT_TRUE(store->setDisconfirming(*id, true));
    auto read = store->memo(*id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->title, QStringLiteral("New"));
    EXPECT_TRUE(read->disconfirming);
    ASSERT_TRUE(store->deleteMemo(*id));
    EXPECT_EQ(store->deleteMemo(*id).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->setText(*id, {}, {}).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->setDisconfirming(*id, false).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->memo(*id).error().kind, ErrorKind::NotFound);

    // Put back as it was: its id, its coder by name, its times.
    MemoInfo back = *read;
    back.coder = QStringLiteral("ben");
    back.created = QStringLiteral("2025-01-02T03:04:05Z");
    auto again = store->insertMemo(back, 0);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(*again, *id);
    auto restored = store->memo(*id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->coder, QStringLiteral("ben"));
    EXPECT_EQ(restored->created, QStringLiteral("2025-01-02T03:04:05Z"));
    EXPECT_EQ(restored->modified, read->modified);
}

INSTANTIATE_TEST_SUITE_P(Backends, MemoStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
