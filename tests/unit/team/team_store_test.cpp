// The team's store (coders), the same tests on a project file and on a
// server project (store_backends.h).
#include "core/team/team_store.h"
#include "tests/support/store_backends.h"

namespace gw::test {
namespace {

class TeamStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        store = std::make_unique<TeamStore>(*backend.session());
    }
    BackendProject backend{GetParam()};
    std::unique_ptr<TeamStore> store;
};

TEST_P(TeamStoreTest, ACoderIsRecordedOnceAndFoundByExactName)
{
    auto missing = store->coderByName(QStringLiteral("ana"));
    ASSERT_TRUE(missing);
    EXPECT_FALSE(missing->has_value());
    auto first = store->recordCoder(QStringLiteral("ana"));
    ASSERT_TRUE(first) << first.error().message.toStdString();
    auto again = store->recordCoder(QStringLiteral("ana"));
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, *first);
    auto found = store->coderByName(QStringLiteral("ana"));
    ASSERT_TRUE(found);
    EXPECT_EQ(found->value_or(0), *first);
    auto other = store->coderByName(QStringLiteral("Ana")); // names are matched exactly
    ASSERT_TRUE(other);
    EXPECT_FALSE(other->has_value());
}

TEST_P(TeamStoreTest, NamesComeInOrderCaseAsideAndCodedOnlyMeansHasASegment)
{
    for (const char *name : {"carl", "Ben", "ana", "Émile"})
        ASSERT_TRUE(store->recordCoder(QString::fromUtf8(name)));
    auto all = store->coderNames(false);
    ASSERT_TRUE(all);
    EXPECT_EQ(*all, (QStringList{QStringLiteral("ana"), QStringLiteral("Ben"), QStringLiteral("carl"),
                                 QStringLiteral("Émile")}));

    SqlSession &s = *backend.session();
    auto source = s.insert(QStringLiteral("INSERT INTO sources(guid, kind, name, text, content_hash, length) "
                                          "VALUES ('g-s', 'interview', 'S', 'Some words.', 'h', 11) RETURNING id"),
                           {});
    ASSERT_TRUE(source) << source.error().message.toStdString();
    auto code = s.insert(QStringLiteral("INSERT INTO codes(guid, name) VALUES ('g-c', 'C') RETURNING id"), {});
    ASSERT_TRUE(code);
    auto ben = store->coderByName(QStringLiteral("Ben"));
    ASSERT_TRUE(ben && ben->has_value());
    ASSERT_TRUE(s.run(QStringLiteral("INSERT INTO segments(guid, source_id, code_id, start, \"end\", coder_id) "
                                     "VALUES ('g-seg', $1, $2, 0, 4, $3)"),
                      {*source, *code, **ben}));
    auto coded = store->coderNames(true);
    ASSERT_TRUE(coded);
    EXPECT_EQ(*coded, QStringList{QStringLiteral("Ben")});
}

INSTANTIATE_TEST_SUITE_P(Backends, TeamStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
