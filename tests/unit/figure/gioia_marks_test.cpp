// The Gioia figure with changes marked: marked boxes carry their change and
// note lines, removed items become footnotes under the figure, and the PNG
// shows the marks' colours. GROUNDWORK_SCREENSHOTS=DIR keeps the PNG to look at.
#include "core/figure/gioia_figure.h"
#include "core/figure/gioia_layout.h"
#include "tests/support/temp_project.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <gtest/gtest.h>

using namespace gw;

namespace {

DataStructure small()
{
    DataStructure s;
    StructureDimension d{.id = 1, .name = QStringLiteral("Organisational readiness")};
    StructureTheme t1{.id = 1, .name = QStringLiteral("Preparing the pilot")};
    t1.codes = {StructureCode{.id = 1, .name = QStringLiteral("Scheduling site visits")},
                StructureCode{.id = 2, .name = QStringLiteral("Training the staff")}};
    StructureTheme t2{.id = 2, .name = QStringLiteral("Waiting for approval")};
    t2.codes = {StructureCode{.id = 3, .name = QStringLiteral("Board sign-off")}};
    d.themes = {t1, t2};
    s.dimensions = {d};
    return s;
}

FigureMarks marks()
{
    FigureMarks m;
    m.boxes[FigureMarks::key(QStringLiteral("code"), 1)] = {FigureChange::Renamed, QStringLiteral("(was Planning visits)")};
    m.boxes[FigureMarks::key(QStringLiteral("code"), 2)] = {FigureChange::Added, QStringLiteral("new")};
    m.boxes[FigureMarks::key(QStringLiteral("code"), 3)] = {FigureChange::Moved, QStringLiteral("moved from Preparing the pilot")};
    m.footnotes << QStringLiteral("Merged code \u201cBudget\u201d into \u201cBoard sign-off\u201d");
    return m;
}

TEST(GioiaMarks, MarkedBoxesCarryTheirChangeAndNote)
{
    FigureOptions plain;
    FigureOptions marked;
    marked.marks = marks();
    const GioiaLayout before = layOutGioiaFigure(small(), plain);
    const GioiaLayout after = layOutGioiaFigure(small(), marked);
    ASSERT_EQ(after.boxes.size(), before.boxes.size());
    const FigureBox &renamed = after.boxes[0];
    EXPECT_EQ(renamed.change, FigureChange::Renamed);
    ASSERT_GE(renamed.noteLine, 1);
    EXPECT_TRUE(renamed.lines.mid(renamed.noteLine).join(QLatin1Char(' ')).contains(QStringLiteral("was Planning")));
    EXPECT_GT(renamed.rect.height(), before.boxes[0].rect.height());
    EXPECT_EQ(after.boxes[1].change, FigureChange::Added);
    EXPECT_EQ(after.boxes[2].change, FigureChange::Moved);
    for (std::size_t i = 3; i < after.boxes.size(); ++i)
        EXPECT_EQ(after.boxes[i].change, FigureChange::None); // themes, dimension
    ASSERT_EQ(after.footnotes.size(), 1u);
    EXPECT_GT(after.size.height(), before.size.height());
    EXPECT_GT(after.footnotes[0].rect.top(), after.boxes.back().rect.bottom());
}

TEST(GioiaMarks, PngShowsTheMarksColours)
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("changes.png"));
    const QByteArray keep = qgetenv("GROUNDWORK_SCREENSHOTS");
    if (!keep.isEmpty()) {
        QDir().mkpath(QString::fromLocal8Bit(keep));
        path = QDir(QString::fromLocal8Bit(keep)).filePath(QStringLiteral("gioia_changes.png"));
        QFile::remove(path);
    }
    FigureOptions options;
    options.marks = marks();
    options.pngDpi = 150;
    ASSERT_TRUE(writeGioiaFigure(small(), FigureFormat::Png, options, path));
    QImage image(path);
    ASSERT_FALSE(image.isNull());
    bool green = false, amber = false;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            green = green || (c.green() > 120 && c.red() < 80 && c.blue() < 110);
            amber = amber || (c.red() > 200 && c.green() > 120 && c.green() < 160 && c.blue() < 40);
        }
    EXPECT_TRUE(green);
    EXPECT_TRUE(amber);
}

} // namespace
