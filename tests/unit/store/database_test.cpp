#include "core/store/database.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw;

namespace {

TEST(Database, BindsAndReadsBackTextWithNonBmpCharacters)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE t(id INTEGER PRIMARY KEY, s TEXT)")));
    auto insert = db->prepare(QStringLiteral("INSERT INTO t(s) VALUES (?1)"));
    ASSERT_TRUE(insert);
    ASSERT_TRUE(insert->bind(1, QStringLiteral("x🙂y")).run());
    EXPECT_EQ(db->lastInsertId(), 1);
    auto select = db->prepare(QStringLiteral("SELECT s, length(s), substr(s, 2, 1) FROM t"));
    ASSERT_TRUE(select);
    ASSERT_TRUE(select->step().value_or(false));
    EXPECT_EQ(select->text(0), QStringLiteral("x🙂y"));
    EXPECT_EQ(select->int64(1), 3); // SQLite counts characters, like our positions
    EXPECT_EQ(select->text(2), QStringLiteral("🙂"));
}

TEST(Database, ErrorsComeBackAsValues)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    auto bad = db->prepare(QStringLiteral("SELEKT 1"));
    ASSERT_FALSE(bad);
    EXPECT_TRUE(bad.error().message.contains(QStringLiteral("syntax error")));
    auto missing = Database::open(dir.path(QStringLiteral("no/such/dir.db")), Database::Mode::ReadWrite);
    EXPECT_FALSE(missing);
}

TEST(Database, TransactionRollsBackUnlessCommitted)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE t(x)")));
    {
        Transaction tx(*db);
        ASSERT_TRUE(tx.begun());
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
    }
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM t")).value(), 0);
    {
        Transaction tx(*db);
        ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        ASSERT_TRUE(tx.commit());
    }
    EXPECT_EQ(db->scalar(QStringLiteral("SELECT count(*) FROM t")).value(), 1);
}

TEST(Database, Fts5IsAvailable)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->exec(QStringLiteral("CREATE VIRTUAL TABLE f USING fts5(x)")));
}

} // namespace

namespace {

TEST(Database, ReusedStatementsStartAfresh)
{
    test::TempDir dir;
    auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    const QString sql = QStringLiteral("SELECT ?1");
    {
        auto first = db->prepare(sql);
        ASSERT_TRUE(first);
        first->bind(1, 5);
        ASSERT_TRUE(first->step().value_or(false)); // left mid-result on purpose
        auto second = db->prepare(sql);              // the same SQL while the first is in use
        ASSERT_TRUE(second);
        second->bind(1, 7);
        ASSERT_TRUE(second->step().value_or(false));
        EXPECT_EQ(first->int64(0), 5);
        EXPECT_EQ(second->int64(0), 7);
    }
    auto again = db->prepare(sql); // from the cache: reset, bindings cleared
    ASSERT_TRUE(again);
    ASSERT_TRUE(again->step().value_or(false));
    EXPECT_TRUE(again->isNull(0));
}

TEST(Database, StatementMayOutliveItsDatabase)
{
    test::TempDir dir;
    std::optional<Statement> kept;
    {
        auto db = Database::open(dir.path(QStringLiteral("t.db")), Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db);
        kept.emplace(std::move(db->prepare(QStringLiteral("SELECT 1")).value()));
    }
    kept.reset(); // finalized, not returned to a closed connection's cache
    SUCCEED();
}

} // namespace
