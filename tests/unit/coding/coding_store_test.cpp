// The coding's store (codes and segments), the same tests on a project file
// and on a server project (store_backends.h).
#include "core/coding/coding_store.h"
#include "core/team/team_store.h"
#include "tests/support/store_backends.h"

namespace gw::test {
namespace {

class CodingStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        store = std::make_unique<CodingStore>(*backend.session());
        TeamStore team(*backend.session());
        auto ana = team.recordCoder(QStringLiteral("ana"));
        ASSERT_TRUE(ana) << ana.error().message.toStdString();
        coder = *ana;
        auto ben = team.recordCoder(QStringLiteral("ben"));
        ASSERT_TRUE(ben);
        otherCoder = *ben;
        auto id = backend.session()->insert(
            QStringLiteral("INSERT INTO sources(guid, kind, name, text, content_hash, length) "
                           "VALUES ('g-s', 'interview', 'Interview 1', $1, 'h', $2) RETURNING id"),
            {kText, std::int64_t(kText.size())});
        ASSERT_TRUE(id) << id.error().message.toStdString();
        source = *id;
    }

    CodeInfo newCode(const QString &name, const QString &guid) const
    {
        CodeInfo c;
        c.guid = guid;
        c.name = name;
        c.color = QStringLiteral("#5b7db1");
        return c;
    }

    SegmentInfo range(std::int64_t start, std::int64_t end, Id codeId, const QString &guid) const
    {
        SegmentInfo s;
        s.guid = guid;
        s.sourceId = source;
        s.codeId = codeId;
        s.start = start;
        s.end = end;
        return s;
    }

    // Words with a letter beyond the BMP: positions are code points on both backends.
    const QString kText = QStringLiteral("We met at the caf\u00e9. \U0001F600 Then we talked about money.");
    BackendProject backend{GetParam()};
    std::unique_ptr<CodingStore> store;
    Id coder = 0, otherCoder = 0, source = 0;
};

TEST_P(CodingStoreTest, CodesAreInsertedInOrderFoundAndEdited)
{
    auto first = store->insertCode(newCode(QStringLiteral("Trust"), QStringLiteral("g-1")), std::nullopt, coder);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    auto second = store->insertCode(newCode(QStringLiteral("Money"), QStringLiteral("g-2")), std::nullopt, coder);
    ASSERT_TRUE(second);
    auto all = store->codes();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->at(0).name, QStringLiteral("Trust"));
    EXPECT_EQ(all->at(1).name, QStringLiteral("Money"));
    EXPECT_EQ(all->at(0).definition, QString());
    EXPECT_FALSE(all->at(0).themeId.has_value());

    auto again = store->insertCode(newCode(QStringLiteral("Trust"), QStringLiteral("g-3")), std::nullopt, coder);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);

    ASSERT_TRUE(store->setCodeField(*first, CodingStore::CodeField::Stage, QStringLiteral("focused")));
    ASSERT_TRUE(store->setCodeField(*first, CodingStore::CodeField::Archived, std::int64_t{1}));
    ASSERT_TRUE(store->setCodeField(*first, CodingStore::CodeField::Definition, QStringLiteral("Who relies on whom.")));
    auto trust = store->code(*first);
    ASSERT_TRUE(trust);
    EXPECT_EQ(trust->stage, CodeStage::Focused);
    EXPECT_TRUE(trust->archived);
    EXPECT_EQ(trust->definition, QStringLiteral("Who relies on whom."));

    // An archived code's name is free again; by name, the active one comes first.
    auto active = store->insertCode(newCode(QStringLiteral("Trust"), QStringLiteral("g-4")), std::nullopt, coder);
    ASSERT_TRUE(active) << active.error().message.toStdString();
    auto byName = store->codeByName(QStringLiteral("  Trust "));
    ASSERT_TRUE(byName);
    EXPECT_EQ(byName->id, *active);

    auto missing = store->code(9999);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->setCodeField(9999, CodingStore::CodeField::Name, QStringLiteral("x")).error().kind,
              ErrorKind::NotFound);
    ASSERT_TRUE(store->deleteCode(*second));
    EXPECT_EQ(store->deleteCode(*second).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(*store->codeCount(), 2);
}

TEST_P(CodingStoreTest, ACodeRestoredKeepsItsIdAndNewOnesComeAfterIt)
{
    CodeInfo c = newCode(QStringLiteral("Restored"), QStringLiteral("g-r"));
    c.id = 41;
    auto id = store->insertCode(c, 0, coder);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    EXPECT_EQ(*id, 41);
    auto next = store->insertCode(newCode(QStringLiteral("Next"), QStringLiteral("g-n")), std::nullopt, coder);
    ASSERT_TRUE(next) << next.error().message.toStdString();
    EXPECT_NE(*next, 41);
    auto all = store->codes();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->back().name, QStringLiteral("Next"));
}

TEST_P(CodingStoreTest, SegmentsCarryTheirWordsCoderAndCounts)
{
    auto code = store->insertCode(newCode(QStringLiteral("Money"), QStringLiteral("g-m")), std::nullopt, coder);
    ASSERT_TRUE(code);
    const auto money = std::int64_t(kText.toUcs4().size()) - 6; // "money." by code points
    auto id = store->insertSegment(range(money, money + 5, *code, QStringLiteral("s-1")), coder);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    auto cafe = store->insertSegment(range(14, 19, *code, QStringLiteral("s-2")), coder);
    ASSERT_TRUE(cafe);

    auto one = store->segment(*id);
    ASSERT_TRUE(one) << one.error().message.toStdString();
    EXPECT_EQ(one->text, QStringLiteral("money"));
    EXPECT_EQ(one->coder, QStringLiteral("ana"));
    EXPECT_EQ(one->sourceName, QStringLiteral("Interview 1"));
    EXPECT_EQ(one->codeName, QStringLiteral("Money"));

    auto ofSource = store->segmentsOfSource(source, true);
    ASSERT_TRUE(ofSource);
    ASSERT_EQ(ofSource->size(), 2u);
    EXPECT_EQ(ofSource->at(0).text, QStringLiteral("caf\u00e9."));
    auto bare = store->segmentsOfSource(source, false);
    ASSERT_TRUE(bare);
    EXPECT_TRUE(bare->at(0).text.isEmpty());
    EXPECT_EQ(bare->at(0).start, 14);

    auto c = store->code(*code);
    ASSERT_TRUE(c);
    EXPECT_EQ(c->segmentCount, 2);
    EXPECT_EQ(c->sourceCount, 1);
    EXPECT_TRUE(*store->isCoded(source, *code, 14, 19));
    EXPECT_FALSE(*store->isCoded(source, *code, 14, 18));

    // The same coder, range and code twice is a conflict; another coder may.
    auto twice = store->insertSegment(range(14, 19, *code, QStringLiteral("s-3")), coder);
    ASSERT_FALSE(twice);
    EXPECT_EQ(twice.error().kind, ErrorKind::Conflict);
    ASSERT_TRUE(store->insertSegment(range(14, 19, *code, QStringLiteral("s-4")), otherCoder));

    ASSERT_TRUE(store->updateSegment(*cafe, *code, 0, 2));
    EXPECT_EQ(store->segment(*cafe)->text, QStringLiteral("We"));
    auto gone = store->deleteSegment(*cafe);
    ASSERT_TRUE(gone);
    EXPECT_EQ(gone->first, source);
    EXPECT_EQ(gone->second, *code);
    EXPECT_EQ(store->deleteSegment(*cafe).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->segment(*cafe).error().kind, ErrorKind::NotFound);
}

TEST_P(CodingStoreTest, ABatchIsWholeOrNothing)
{
    auto code = store->insertCode(newCode(QStringLiteral("Talk"), QStringLiteral("g-t")), std::nullopt, coder);
    ASSERT_TRUE(code);
    std::vector<SegmentInfo> batch;
    for (int i = 0; i < 20; ++i)
        batch.push_back(range(i, i + 3, *code, QStringLiteral("b-%1").arg(i)));
    auto ids = store->insertSegments(batch, coder);
    ASSERT_TRUE(ids) << ids.error().message.toStdString();
    ASSERT_EQ(ids->size(), 20u);
    EXPECT_EQ(store->segmentsOfCode(*code)->size(), 20u);

    // One range already coded: none of the batch is stored.
    std::vector<SegmentInfo> clash{range(30, 33, *code, QStringLiteral("c-1")), range(0, 3, *code, QStringLiteral("c-2"))};
    EXPECT_FALSE(store->insertSegments(clash, coder));
    EXPECT_EQ(store->segmentsOfCode(*code)->size(), 20u);

    // Removal: one id already gone and nothing is removed.
    std::vector<Id> some(ids->begin(), ids->begin() + 5);
    some.push_back(987654);
    EXPECT_EQ(store->deleteSegments(some).error().kind, ErrorKind::NotFound);
    EXPECT_EQ(store->segmentsOfCode(*code)->size(), 20u);
    ASSERT_TRUE(store->deleteSegments(*ids));
    EXPECT_TRUE(store->segmentsOfCode(*code)->empty());

    // Put back as they were: ids kept, coder by name.
    auto back = batch;
    for (std::size_t i = 0; i < back.size(); ++i) {
        back[i].id = (*ids)[i];
        back[i].coder = QStringLiteral("ben");
    }
    auto restored = store->insertSegments(back, 0);
    ASSERT_TRUE(restored) << restored.error().message.toStdString();
    EXPECT_EQ(*restored, *ids);
    auto all = store->segmentsOfCode(*code);
    ASSERT_EQ(all->size(), 20u);
    EXPECT_EQ(all->front().coder, QStringLiteral("ben"));
}

INSTANTIATE_TEST_SUITE_P(Backends, CodingStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
