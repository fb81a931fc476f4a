// Opening files that are not good projects: each is refused with a message
// naming the file and the reason, and the file is left untouched.
#include "core/model/project.h"
#include "core/store/database.h"
#include "tests/support/temp_project.h"

#include <QFile>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QString makeProject(const test::TempDir &dir, const QString &name)
{
    const QString path = dir.path(name);
    auto project = Project::create(path);
    EXPECT_TRUE(project);
    return path;
}

TEST(ProjectOpen, CreateRefusesAnExistingFile)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    auto again = Project::create(path);
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    EXPECT_TRUE(again.error().message.contains(path));
}

TEST(ProjectOpen, MissingFileIsNotFound)
{
    test::TempDir dir;
    auto project = Project::open(dir.path(QStringLiteral("nope.groundwork")));
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::NotFound);
}

TEST(ProjectOpen, TextFileIsNotAProjectAndStaysUntouched)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("notes.groundwork"));
    test::writeFile(path, "These are my interview notes, not a project.\n");
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::NotAProject);
    EXPECT_TRUE(project.error().message.contains(path));
    EXPECT_EQ(test::readFile(path), QByteArray("These are my interview notes, not a project.\n"));
}

TEST(ProjectOpen, OtherSqliteDatabaseIsNotAProject)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("other.db"));
    {
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE accounts(id)")));
    }
    const QByteArray before = test::readFile(path);
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::NotAProject);
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("not a Groundwork project")));
    EXPECT_EQ(test::readFile(path), before);
}

TEST(ProjectOpen, CorruptProjectIsRefusedUntouched)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    QByteArray bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 4096);
    for (qsizetype i = 100; i < bytes.size(); ++i) // keep the header, damage every page
        bytes[i] = char(0xA5 ^ (i * 31));
    test::writeFile(path, bytes);
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::Corrupt) << project.error().message;
    EXPECT_TRUE(project.error().message.contains(path));
    EXPECT_EQ(test::readFile(path), bytes);
}

TEST(ProjectOpen, NewerSchemaIsRefusedUntouched)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99")));
    }
    const QByteArray before = test::readFile(path);
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::NewerSchema);
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("newer Groundwork")));
    EXPECT_EQ(test::readFile(path), before);
    EXPECT_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST(ProjectOpen, ReadOnlyFileIsRefused)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    ASSERT_TRUE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::ReadOnly);
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("read-only")));
}

TEST(ProjectOpen, ProjectOpenElsewhereIsRefusedUntilClosed)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    auto first = Project::open(path);
    ASSERT_TRUE(first);
    auto second = Project::open(path);
    ASSERT_FALSE(second);
    EXPECT_EQ(second.error().kind, ErrorKind::Locked);
    EXPECT_TRUE(second.error().message.contains(QStringLiteral("already open")));
    first->reset();
    EXPECT_TRUE(Project::open(path));
}

} // namespace
