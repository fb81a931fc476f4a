// The sources' store, the same tests on a project file and on a server
// project (store_backends.h).
#include "core/sources/source_store.h"
#include "tests/support/store_backends.h"

namespace gw::test {
namespace {

class SourceStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        store = std::make_unique<SourceStore>(*backend.session());
    }

    static NewSource interview(const QString &name, const QString &text)
    {
        NewSource s;
        s.name = name;
        s.kind = SourceKind::Interview;
        s.text = text;
        s.normalised = true;
        return s;
    }

    BackendProject backend{GetParam()};
    std::unique_ptr<SourceStore> store;
};

TEST_P(SourceStoreTest, ASourceComesBackWithItsTextAndTurns)
{
    NewSource s = interview(QStringLiteral("Interview 2"), QStringLiteral("I: Hello.\nR: Caf\u00e9 \U0001F600 and more."));
    s.originalName = QStringLiteral("i2.docx");
    s.turns = {Turn{QStringLiteral("I"), 0, 9, 1500}, Turn{QStringLiteral("R"), 10, 29, std::nullopt}};
    auto id = store->insertSource(s, QStringLiteral("hash-2"), 29);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_TRUE(store->insertSource(interview(QStringLiteral("b note"), QStringLiteral("x")), QStringLiteral("h-b"), 1));
    ASSERT_TRUE(store->insertSource(interview(QStringLiteral("Another"), QStringLiteral("y")), QStringLiteral("h-a"), 1));

    auto all = store->sources();
    ASSERT_TRUE(all) << all.error().message.toStdString();
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ(all->at(0).name, QStringLiteral("Another")); // by name, case aside
    EXPECT_EQ(all->at(1).name, QStringLiteral("b note"));
    auto one = store->source(*id);
    ASSERT_TRUE(one);
    EXPECT_EQ(one->kind, SourceKind::Interview);
    EXPECT_EQ(one->length, 29);
    EXPECT_EQ(one->originalName, QStringLiteral("i2.docx"));
    EXPECT_EQ(one->originalFormat, QString());
    EXPECT_EQ(*store->sourceText(*id), s.text);
    EXPECT_EQ(store->sourceByName(QStringLiteral("Interview 2"))->id, *id);
    EXPECT_EQ(store->sourceByName(QStringLiteral("interview 2")).error().kind, ErrorKind::NotFound);
    auto byHash = store->sourceByHash(QStringLiteral("hash-2"));
    ASSERT_TRUE(byHash && byHash->has_value());
    EXPECT_EQ((*byHash)->id, *id);
    EXPECT_FALSE(store->sourceByHash(QStringLiteral("nope"))->has_value());

    auto turns = store->turns(*id);
    ASSERT_TRUE(turns);
    ASSERT_EQ(turns->size(), 2u);
    EXPECT_EQ(turns->at(0).speaker, QStringLiteral("I"));
    EXPECT_EQ(turns->at(0).timestampMs.value_or(0), 1500);
    EXPECT_FALSE(turns->at(1).timestampMs.has_value());
    EXPECT_EQ(store->source(9999).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->sourceText(9999).error().kind, ErrorKind::NotFound);
}

TEST_P(SourceStoreTest, ASourceWithABadTurnLeavesNothingBehind)
{
    NewSource s = interview(QStringLiteral("Broken"), QStringLiteral("Some words."));
    s.turns = {Turn{QStringLiteral("I"), 0, 4, std::nullopt}, Turn{QStringLiteral("R"), 6, 2, std::nullopt}};
    auto id = store->insertSource(s, QStringLiteral("h"), 11);
    ASSERT_FALSE(id);
    EXPECT_TRUE(store->sources()->empty());
    // Names and texts are unique: a second with either is a conflict.
    ASSERT_TRUE(store->insertSource(interview(QStringLiteral("One"), QStringLiteral("a")), QStringLiteral("h1"), 1));
    EXPECT_EQ(store->insertSource(interview(QStringLiteral("One"), QStringLiteral("b")), QStringLiteral("h2"), 1).error().kind,
              ErrorKind::Conflict);
    EXPECT_EQ(store->insertSource(interview(QStringLiteral("Two"), QStringLiteral("a")), QStringLiteral("h1"), 1).error().kind,
              ErrorKind::Conflict);
}

INSTANTIATE_TEST_SUITE_P(Backends, SourceStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
