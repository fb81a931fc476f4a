// Snapshots of the data structure and the diff between them, checked against
// changes worked out by hand.
#include "core/model/project.h"
#include "core/structure/structure_diff.h"
#include "tests/support/temp_project.h"

#include <gtest/gtest.h>

using namespace gw;

namespace {

class StructureDiffTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p = Project::create(dir.path(QStringLiteral("study.groundwork")));
        ASSERT_TRUE(p);
        project = std::move(*p);
        ASSERT_TRUE(project->setCoder(QStringLiteral("ana")));
        auto source = project->addSource(NewSource{QStringLiteral("P01"), SourceKind::Interview,
                                                   QStringLiteral("P01: We waited 🙂 for the board and then planned."),
                                                   {}, {}, {}});
        ASSERT_TRUE(source);
        for (const char *name : {"A", "B", "C", "D"}) {
            auto c = project->addCode(QString::fromLatin1(name), CodeStage::FirstOrder);
            ASSERT_TRUE(c);
            codes[name] = *c;
            ASSERT_TRUE(project->applyCode(*source, *c, 0, 5));
        }
        for (const char *name : {"T1", "T2", "T3"}) {
            auto t = project->addTheme(QString::fromLatin1(name));
            ASSERT_TRUE(t);
            themes[name] = *t;
        }
        for (const char *name : {"D1", "D2"}) {
            auto d = project->addDimension(QString::fromLatin1(name));
            ASSERT_TRUE(d);
            dims[name] = *d;
        }
        ASSERT_TRUE(project->placeCode(codes["A"], themes["T1"]));
        ASSERT_TRUE(project->placeCode(codes["B"], themes["T1"]));
        ASSERT_TRUE(project->placeCode(codes["C"], themes["T2"]));
        ASSERT_TRUE(project->placeCode(codes["D"], themes["T3"]));
        ASSERT_TRUE(project->placeTheme(themes["T1"], dims["D1"]));
        ASSERT_TRUE(project->placeTheme(themes["T2"], dims["D1"]));
        ASSERT_TRUE(project->placeTheme(themes["T3"], dims["D2"]));
        ASSERT_TRUE(project->takeSnapshot(QStringLiteral("after the May team meeting")));
    }

    static QStringList lines(const StructureDiff &diff)
    {
        QStringList out;
        for (const StructureChange &c : diff.changes)
            out << QStringLiteral("%1 %2 %3 [%4|%5]").arg(toString(c.kind), toString(c.tier), c.name, c.before, c.after);
        return out;
    }

    test::TempDir dir;
    std::unique_ptr<Project> project;
    std::map<std::string, Id> codes, themes, dims;
};

TEST_F(StructureDiffTest, NoChangesSinceTheSnapshot)
{
    auto diff = diffSnapshots(*project, QStringLiteral("after the May team meeting"));
    ASSERT_TRUE(diff) << diff.error().message;
    EXPECT_TRUE(diff->isEmpty());
    EXPECT_TRUE(diffToMarkdown(*diff).contains(QStringLiteral("No changes.")));
}

TEST_F(StructureDiffTest, EveryKindOfChangeIsListed)
{
    ASSERT_TRUE(project->renameCode(codes["A"], QStringLiteral("A2")));
    ASSERT_TRUE(project->placeCode(codes["C"], themes["T1"]));
    ASSERT_TRUE(project->mergeCodes({codes["B"]}, codes["A"]));
    ASSERT_TRUE(project->renameTheme(themes["T2"], QStringLiteral("T2b")));
    ASSERT_TRUE(project->placeTheme(themes["T3"], dims["D1"]));
    auto t4 = project->addTheme(QStringLiteral("T4"));
    ASSERT_TRUE(t4);
    ASSERT_TRUE(project->placeTheme(*t4, dims["D2"]));
    ASSERT_TRUE(project->renameDimension(dims["D1"], QStringLiteral("D1b")));
    ASSERT_TRUE(project->addDimension(QStringLiteral("D3")));
    ASSERT_TRUE(project->addCode(QStringLiteral("E"), CodeStage::FirstOrder));
    ASSERT_TRUE(project->takeSnapshot(QStringLiteral("June")));
    ASSERT_TRUE(project->removeTheme(*t4)); // after June

    auto toJune = diffSnapshots(*project, QStringLiteral("after the May team meeting"), QStringLiteral("June"));
    ASSERT_TRUE(toJune) << toJune.error().message;
    EXPECT_EQ(lines(*toJune), (QStringList{
                                  QStringLiteral("renamed dimension D1b [D1|]"),
                                  QStringLiteral("added dimension D3 [|]"),
                                  QStringLiteral("renamed theme T2b [T2|]"),
                                  QStringLiteral("moved theme T3 [D2|D1b]"),
                                  QStringLiteral("added theme T4 [|D2]"),
                                  QStringLiteral("renamed code A2 [A|]"),
                                  QStringLiteral("merged code B [T1|A2]"),
                                  QStringLiteral("moved code C [T2|T1]"),
                                  QStringLiteral("added code E [|]"),
                              }));
    const QString md = diffToMarkdown(*toJune);
    EXPECT_TRUE(md.contains(QStringLiteral("From **after the May team meeting** to **June**.")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Merged **B** into **A2**")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Moved **C** from **T2** to **T1**")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Renamed **A** to **A2**")));
    EXPECT_TRUE(md.contains(QStringLiteral("- Added **T4** under **D2**")));

    auto sinceJune = diffSnapshots(*project, QStringLiteral("June"));
    ASSERT_TRUE(sinceJune);
    EXPECT_EQ(lines(*sinceJune), QStringList{QStringLiteral("removed theme T4 [D2|]")});
    EXPECT_EQ(sinceJune->to, QStringLiteral("now"));

    const FigureMarks marks = diffToFigureMarks(*toJune);
    EXPECT_EQ(marks.boxes.at(FigureMarks::key(QStringLiteral("code"), codes["C"])).change, FigureChange::Moved);
    EXPECT_EQ(marks.boxes.at(FigureMarks::key(QStringLiteral("code"), codes["A"])).note, QStringLiteral("(was A)"));
    EXPECT_EQ(marks.boxes.at(FigureMarks::key(QStringLiteral("theme"), *t4)).change, FigureChange::Added);
    ASSERT_EQ(marks.footnotes.size(), 1);
    EXPECT_TRUE(marks.footnotes[0].contains(QStringLiteral("B")));
}

TEST_F(StructureDiffTest, RemovedCodeIsNotCalledMerged)
{
    ASSERT_TRUE(project->setCodeArchived(codes["D"], true));
    auto diff = diffSnapshots(*project, QStringLiteral("after the May team meeting"));
    ASSERT_TRUE(diff);
    EXPECT_EQ(lines(*diff), QStringList{QStringLiteral("removed code D [T3|]")});
}

TEST_F(StructureDiffTest, SnapshotNamesAreUniqueAndMissingOnesAreNamed)
{
    auto again = project->takeSnapshot(QStringLiteral("after the May team meeting"));
    ASSERT_FALSE(again);
    EXPECT_EQ(again.error().kind, ErrorKind::Conflict);
    auto missing = diffSnapshots(*project, QStringLiteral("July"));
    ASSERT_FALSE(missing);
    EXPECT_TRUE(missing.error().message.contains(QStringLiteral("July")));
    auto list = project->snapshots();
    ASSERT_TRUE(list);
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ(list->front().coder, QStringLiteral("ana"));
}

} // namespace
