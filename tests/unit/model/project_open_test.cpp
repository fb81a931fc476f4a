// Opening files that are not good projects: each is refused with a message
// naming the file and the reason, and the file is left untouched.
#include "core/model/project.h"
#include "core/store/database.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QFile>
#include <sys/stat.h>
#include <unistd.h>
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

// A project reached by another path to the same file meets the same lock.
TEST(ProjectOpen, HardLinkAndSymlinkMeetTheLock)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    const QString hard = dir.path(QStringLiteral("alias.groundwork"));
    const QString soft = dir.path(QStringLiteral("link.groundwork"));
    ASSERT_EQ(::link(QFile::encodeName(path).constData(), QFile::encodeName(hard).constData()), 0);
    ASSERT_TRUE(QFile::link(path, soft));
    auto first = Project::open(path);
    ASSERT_TRUE(first) << first.error().message;
    for (const QString &other : {hard, soft}) {
        auto second = Project::open(other);
        ASSERT_FALSE(second) << other;
        EXPECT_EQ(second.error().kind, ErrorKind::Locked);
        EXPECT_TRUE(second.error().message.contains(other)) << second.error().message;
    }
    first->reset();
    auto viaLink = Project::open(hard);
    ASSERT_TRUE(viaLink) << viaLink.error().message;
    EXPECT_FALSE(Project::open(path));
}

// The lock is the file's own, held by the kernel for the process: a lock file
// left by an older Groundwork, empty or garbage, locks nobody out.
TEST(ProjectOpen, ALeftoverLockFileLocksNobodyOut)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    test::writeFile(path + QStringLiteral(".lock"), "");
    EXPECT_TRUE(Project::open(path));
    test::writeFile(path + QStringLiteral(".lock"), "0\n\xff\xfegarbage\nother-host\n");
    EXPECT_TRUE(Project::open(path));
}

TEST(ProjectOpen, ReadersOpenAProjectThatIsOpenForWriting)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    auto writer = Project::open(path);
    ASSERT_TRUE(writer);
    ASSERT_TRUE((*writer)->addCode(QStringLiteral("Site visits")));
    auto reader = Project::openForReading(path);
    ASSERT_TRUE(reader) << reader.error().message;
    EXPECT_TRUE((*reader)->isReadOnly());
    EXPECT_EQ((*reader)->counts()->codes, 1);
    EXPECT_FALSE((*reader)->addCode(QStringLiteral("Tours"))); // a reader cannot write
    EXPECT_FALSE((*writer)->isReadOnly());
    ASSERT_TRUE((*writer)->addCode(QStringLiteral("Tours")));
    EXPECT_EQ((*reader)->counts()->codes, 2); // and it sees what the writer commits
    writer->reset();
    reader->reset();
    auto alone = Project::openForReading(path); // nobody writing: a normal open
    ASSERT_TRUE(alone);
    EXPECT_FALSE((*alone)->isReadOnly());
}

namespace {

// Copies PATH and its WAL as they are while a connection still has frames in
// the WAL, as a crash would leave them, to COPY (and COPY-wal).
void copyWithWal(const QString &path, const QString &copy, const QString &sql)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0")));
    ASSERT_TRUE(db->exec(sql));
    ASSERT_TRUE(QFile::copy(path, copy));
    ASSERT_TRUE(QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal")));
}

} // namespace

// Refusing a file must not merge its WAL into it: "the file was not changed".
TEST(ProjectOpen, ARefusedFileKeepsItsWal)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    const QString newer = dir.path(QStringLiteral("newer.groundwork"));
    copyWithWal(path, newer, QStringLiteral("CREATE TABLE from_the_future(x); PRAGMA user_version = 99"));
    const QString other = dir.path(QStringLiteral("other.db"));
    {
        auto db = Database::open(dir.path(QStringLiteral("seed.db")), Database::Mode::ReadWriteCreate);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("CREATE TABLE accounts(id)")));
    }
    copyWithWal(dir.path(QStringLiteral("seed.db")), other, QStringLiteral("INSERT INTO accounts VALUES (1)"));
    for (const QString &file : {newer, other}) {
        const QByteArray before = test::readFile(file);
        const QByteArray walBefore = test::readFile(file + QStringLiteral("-wal"));
        ASSERT_GT(walBefore.size(), 0);
        auto project = Project::open(file);
        ASSERT_FALSE(project) << file;
        EXPECT_TRUE(project.error().message.contains(QStringLiteral("not changed"))) << project.error().message;
        EXPECT_EQ(test::readFile(file), before) << file;
        EXPECT_EQ(test::readFile(file + QStringLiteral("-wal")), walBefore) << file;
    }
}

TEST(ProjectOpen, AProjectWithATableDroppedIsRefusedOnOpening)
{
    test::TempDir dir;
    const QString path = makeProject(dir, QStringLiteral("p.groundwork"));
    {
        auto db = Database::open(path, Database::Mode::ReadWrite);
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF; DROP TABLE structure_snapshots")));
    }
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::Corrupt);
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("structure_snapshots"))) << project.error().message;
}

TEST(ProjectOpen, APipeIsNotCalledAFolder)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("pipe.groundwork"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    auto project = Project::open(path);
    ASSERT_FALSE(project);
    EXPECT_EQ(project.error().kind, ErrorKind::NotAProject);
    EXPECT_FALSE(project.error().message.contains(QStringLiteral("folder"))) << project.error().message;
    EXPECT_TRUE(project.error().message.contains(QStringLiteral("not a regular file")));
    EXPECT_TRUE(Project::open(dir.root()).error().message.contains(QStringLiteral("folder")));
}

// A kill during init can leave an empty file; init there again works.
TEST(ProjectOpen, CreateOverAnEmptyLeftoverWorks)
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("p.groundwork"));
    test::writeFile(path, "");
    ASSERT_TRUE(QFile::exists(path));
    auto project = Project::create(path);
    ASSERT_TRUE(project) << project.error().message;
    project->reset();
    EXPECT_TRUE(Project::open(path));
}

} // namespace
