#include "core/model/project.h"
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "tests/support/temp_project.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QString schemaOf(Database &db)
{
    auto stmt = db.prepare(QStringLiteral(
        "SELECT type, name, coalesce(sql, '') FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    QString out;
    while (stmt && stmt->step().value_or(false))
        out += QStringLiteral("-- %1 %2\n%3;\n").arg(stmt->text(0), stmt->text(1), stmt->text(2));
    return out;
}

Database freshDb(const test::TempDir &dir, const QString &name)
{
    auto db = Database::open(dir.path(name), Database::Mode::ReadWriteCreate);
    EXPECT_TRUE(db);
    return std::move(*db);
}

// Versions rise from 1; a gap is allowed (two lines of work may number their
// migrations apart, e.g. 0005 landing before 0004).
TEST(Migrations, AreBundledInIncreasingOrder)
{
    const auto &all = bundledMigrations();
    ASSERT_GE(all.size(), 2u);
    EXPECT_EQ(all[0].version, 1);
    for (size_t i = 1; i < all.size(); ++i)
        EXPECT_GT(all[i].version, all[i - 1].version) << all[i].name.toStdString();
    EXPECT_EQ(latestSchemaVersion(), all.back().version);
}

TEST(Migrations, EmptyToLatestMatchesGoldenSchema)
{
    test::TempDir dir;
    Database db = freshDb(dir, QStringLiteral("p.db"));
    ASSERT_TRUE(migrate(db, bundledMigrations()));
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version")).value(), latestSchemaVersion());
    EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA application_id")).value(), kApplicationId);
    const QString schema = schemaOf(db);
    const QString golden = QStringLiteral(GW_TEST_DATA "/schema.sql");
    if (qEnvironmentVariableIsSet("GROUNDWORK_UPDATE_GOLDEN"))
        test::writeFile(golden, schema.toUtf8());
    EXPECT_EQ(schema, QString::fromUtf8(test::readFile(golden)))
        << "schema changed: regenerate with GROUNDWORK_UPDATE_GOLDEN=1 and review the diff";
}

TEST(Migrations, EachStepFromEmptyEqualsAllAtOnce)
{
    test::TempDir dir;
    Database stepwise = freshDb(dir, QStringLiteral("a.db"));
    std::vector<Migration> upTo;
    for (const Migration &m : bundledMigrations()) {
        upTo.push_back(m);
        ASSERT_TRUE(migrate(stepwise, upTo)) << m.name;
        EXPECT_EQ(stepwise.scalar(QStringLiteral("PRAGMA user_version")).value(), m.version);
    }
    Database whole = freshDb(dir, QStringLiteral("b.db"));
    ASSERT_TRUE(migrate(whole, bundledMigrations()));
    EXPECT_EQ(schemaOf(stepwise), schemaOf(whole));
}

TEST(Migrations, BrokenMigrationLeavesFileByteIdentical)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.db"));
    {
        Database db = freshDb(dir, QStringLiteral("p.db"));
        ASSERT_TRUE(migrate(db, {bundledMigrations().front()}));
    }
    const QByteArray before = test::readFile(path);
    {
        Database db = freshDb(dir, QStringLiteral("p.db"));
        std::vector<Migration> broken = {bundledMigrations().front(),
                                         {2, QStringLiteral("half_done"),
                                          QStringLiteral("CREATE TABLE good(x); INSERT INTO nowhere VALUES (1);")}};
        auto result = migrate(db, broken);
        ASSERT_FALSE(result);
        EXPECT_TRUE(result.error().message.contains(QStringLiteral("half_done")));
        EXPECT_EQ(db.scalar(QStringLiteral("PRAGMA user_version")).value(), 1);
    }
    EXPECT_EQ(test::readFile(path), before);
}

TEST(Migrations, OldProjectIsBackedUpAndUpgradedWithDataIntact)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.groundwork"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(GW_TEST_DATA "/project-v1.groundwork"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = test::readFile(path);

    auto project = Project::open(path);
    ASSERT_TRUE(project) << project.error().message;
    EXPECT_EQ((*project)->database().scalar(QStringLiteral("PRAGMA user_version")).value(), latestSchemaVersion());
    const QString backup = (*project)->migrationBackup();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_TRUE(backup.endsWith(QStringLiteral(".v1.bak")));
    {
        auto copy = Database::open(backup, Database::Mode::ReadOnly);
        ASSERT_TRUE(copy);
        EXPECT_EQ(copy->scalar(QStringLiteral("PRAGMA user_version")).value(), 1);
        EXPECT_EQ(copy->scalar(QStringLiteral("SELECT count(*) FROM segments")).value(), 2);
    }

    auto sources = (*project)->sources();
    ASSERT_TRUE(sources);
    ASSERT_EQ(sources->size(), 2u);
    auto p01 = (*project)->sourceByName(QStringLiteral("P01"));
    ASSERT_TRUE(p01);
    EXPECT_EQ(p01->length, 52); // backfilled by migration 2, in code points
    auto code = (*project)->codeByName(QStringLiteral("Planning pilot site visits"));
    ASSERT_TRUE(code);
    auto segments = (*project)->segmentsOfCode(code->id);
    ASSERT_TRUE(segments);
    ASSERT_EQ(segments->size(), 2u);
    EXPECT_EQ(segments->at(0).text, QStringLiteral("We hosted site visits"));
    EXPECT_EQ(segments->at(1).text, QStringLiteral("🙂 every month"));
    EXPECT_EQ(segments->at(1).coder, QStringLiteral("ana"));
    EXPECT_NE(original, QByteArray());
}

} // namespace

namespace {

// Version 7 makes the full-text index again with '_' inside words: a project
// written before it finds its placeholders only when asked for them, and the
// rest of its text as before.
TEST(Migrations, SearchIndexIsMadeAgainWithPlaceholdersAsOneWord)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v6.groundwork"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db);
        std::vector<Migration> upToSix;
        for (const Migration &m : bundledMigrations())
            if (m.version <= 6)
                upToSix.push_back(m);
        ASSERT_TRUE(migrate(*db, upToSix));
        ASSERT_TRUE(db->exec(QStringLiteral(
            "INSERT INTO sources(guid, kind, name, text, content_hash, length) VALUES "
            "('a1b2c3d4-0000-4000-8000-000000000001', 'interview', 'P01', "
            "'We met at [site_A] before the site visit.', 'h1', 41)")));
        auto stale = db->scalar(QStringLiteral("SELECT count(*) FROM source_fts WHERE source_fts MATCH 'site'"));
        ASSERT_TRUE(stale);
        EXPECT_EQ(*stale, 1);
    }
    auto project = Project::open(path);
    ASSERT_TRUE(project) << project.error().message;
    const auto found = [&](const QString &query) {
        auto hits = (*project)->search(query);
        EXPECT_TRUE(hits) << (hits ? "" : hits.error().message.toStdString());
        QStringList words;
        for (const SearchHit &h : hits.value_or(std::vector<SearchHit>{}))
            words.append(h.snippet.sliced(h.marks.at(0).first, h.marks.at(0).second - h.marks.at(0).first));
        return words;
    };
    EXPECT_EQ(found(QStringLiteral("site")), QStringList{QStringLiteral("site")});
    EXPECT_EQ(found(QStringLiteral("site_A")), QStringList{QStringLiteral("site_A")});
    EXPECT_EQ(found(QStringLiteral("site*")), (QStringList{QStringLiteral("site_A"), QStringLiteral("site")}));
    EXPECT_EQ(found(QStringLiteral("visit")), QStringList{QStringLiteral("visit")});
}

} // namespace
