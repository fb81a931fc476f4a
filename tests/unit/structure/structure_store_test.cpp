// The data structure's store (so far its snapshots), the same tests on a
// project file and on a server project (store_backends.h).
#include "core/structure/structure_store.h"
#include "tests/support/store_backends.h"

namespace gw::test {
namespace {

class StructureStoreTest : public ::testing::TestWithParam<Backend>
{
protected:
    void SetUp() override
    {
        ASSERT_NE(backend.session(), nullptr);
        auto id = backend.session()->insert(
            QStringLiteral("INSERT INTO coders(guid, name) VALUES ('g-ana', 'ana') RETURNING id"), {});
        ASSERT_TRUE(id);
        ana = *id;
        store = std::make_unique<StructureStore>(*backend.session());
    }
    BackendProject backend{GetParam()};
    std::unique_ptr<StructureStore> store;
    Id ana = 0;
};

TEST_P(StructureStoreTest, ASnapshotRemembersTheLatestAuditEntryAndComesBackWhole)
{
    auto audit = backend.session()->insert(
        QStringLiteral("INSERT INTO audit_log(coder_id, action) VALUES ($1, 'theme.add') RETURNING id"), {ana});
    ASSERT_TRUE(audit);
    const QString json = QStringLiteral(R"({"dimensions":[{"name":"Vertrauen «T»","themes":[]}]})");
    auto id = store->insertSnapshot(QStringLiteral("after the May meeting"), json, ana);
    ASSERT_TRUE(id) << id.error().message.toStdString();
    ASSERT_TRUE(store->insertSnapshot(QStringLiteral("later"), QStringLiteral("{}"), ana));

    auto all = store->snapshots();
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 2u);
    EXPECT_EQ(all->front().id, *id);
    EXPECT_EQ(all->front().coder, QStringLiteral("ana"));
    EXPECT_EQ(all->front().auditId, *audit);
    EXPECT_FALSE(all->front().created.isEmpty());
    auto named = store->snapshots(QStringLiteral("later"));
    ASSERT_TRUE(named);
    ASSERT_EQ(named->size(), 1u);
    EXPECT_EQ(named->front().name, QStringLiteral("later"));

    auto record = store->snapshotRecord(*id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->structure, json);
    EXPECT_EQ(record->coderId, std::optional<Id>(ana));
    ASSERT_TRUE(store->removeSnapshot(*id));
    EXPECT_EQ(store->snapshots()->size(), 1u);
    ASSERT_TRUE(store->restoreSnapshot(*record));
    auto back = store->snapshotRecord(*id);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->guid, record->guid);
    EXPECT_EQ(back->created, record->created);
    EXPECT_EQ(back->auditId, record->auditId);
    EXPECT_EQ(back->structure, json);
}

TEST_P(StructureStoreTest, TwoSnapshotsCannotShareANameAndAMissingOneIsNotFound)
{
    ASSERT_TRUE(store->insertSnapshot(QStringLiteral("May"), QStringLiteral("{}"), ana));
    EXPECT_FALSE(store->insertSnapshot(QStringLiteral("May"), QStringLiteral("{}"), ana));
    EXPECT_EQ(store->snapshots()->size(), 1u); // and the session goes on
    auto missing = store->snapshotRecord(4711);
    ASSERT_FALSE(missing);
    EXPECT_EQ(missing.error().kind, ErrorKind::NotFound);
}

INSTANTIATE_TEST_SUITE_P(Backends, StructureStoreTest, ::testing::ValuesIn(storeBackends()), backendName);

} // namespace
} // namespace gw::test
