// The data structure view in the real main window (offscreen): the live Gioia
// figure of the open project, zoom and fit, click-through to the segments dock
// and the code tree, and File > Export > Data Structure… driven through its
// dialog. With GROUNDWORK_SCREENSHOTS=DIR it also saves DIR/gw-structure-*.png.
#include "core/demo/demo_project.h"
#include "core/figure/gioia_layout.h"
#include "core/model/project.h"
#include "core/structure/data_structure.h"
#include "core/structure/load_data_structure.h"
#include "ui/mainwindow/main_window.h"
#include "ui/mainwindow/recent_projects.h"
#include "tests/gui/demo_copies.h"
#include "ui/segments/segment_list_model.h"
#include "ui/segments/segments_dock.h"
#include "ui/structure/data_structure_view.h"
#include "ui/structure/export_structure_dialog.h"
#include "ui/structure/figure_canvas.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFontComboBox>
#include <QLabel>
#include <QRegularExpression>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTest>
#include <cmath>
#include <QTimer>
#include <QTreeView>

using namespace gw;

namespace {

DataStructure publishedStructure()
{
    QFile file(QStringLiteral(":/demo/data-structure.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("no published structure");
    auto s = dataStructureFromJson(file.readAll(), file.fileName());
    if (!s)
        qFatal("cannot read the published structure");
    return *s;
}

// The published structure built into PROJECT through the Project API (unless
// the project already has one), each code with a few synthetic segments.
void buildPublishedStructure(Project &project)
{
    auto dims = project.dimensions();
    QVERIFY(dims.has_value());
    if (!dims->empty())
        return; // the demo ships it
    auto sources = project.sources();
    QVERIFY(sources.has_value() && !sources->empty());
    int n = 0;
    for (const StructureDimension &d : publishedStructure().dimensions) {
        auto dim = project.addDimension(d.name);
        QVERIFY2(dim.has_value(), dim ? "" : qPrintable(dim.error().message));
        for (const StructureTheme &t : d.themes) {
            auto theme = project.addTheme(t.name);
            QVERIFY2(theme.has_value(), theme ? "" : qPrintable(theme.error().message));
            QVERIFY(project.placeTheme(*theme, *dim).has_value());
            for (const StructureCode &c : t.codes) {
                auto code = project.addCode(c.name, CodeStage::FirstOrder);
                QVERIFY2(code.has_value(), code ? "" : qPrintable(code.error().message));
                QVERIFY(project.placeCode(*code, *theme).has_value());
                for (int k = 0; k <= n % 3; ++k) {
                    const SourceInfo &source = (*sources)[std::size_t(n + k) % sources->size()];
                    const std::int64_t start = (std::int64_t(n) * 53 + k * 11) % std::max<std::int64_t>(1, source.length - 40);
                    QVERIFY(project.applyCode(source.id, *code, start, start + 30).has_value());
                }
                ++n;
            }
        }
    }
}

} // namespace

class StructureViewTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &openDemo()
    {
        m_window = m_demos.openWindow();
        return *m_window;
    }

    DataStructureView *view() { return m_window->structureView(); }

    static void saveShot(const QImage &shot, const QString &name)
    {
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(shot.save(dir + QLatin1Char('/') + name, "PNG"));
    }

    int boxOf(FigureBoxKind kind, const QString &label)
    {
        const auto &boxes = view()->figure().boxes;
        for (std::size_t i = 0; i < boxes.size(); ++i)
            if (boxes[i].kind == kind && boxes[i].label == label)
                return int(i);
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demos.make(QStringLiteral("structure_view_gui_tests")));
        QSettings().clear(); // remembered zoom, counts and export choices
    }

    void cleanup() { m_window.reset(); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void viewMenuShowsTheDemoFigure()
    {
        MainWindow &window = openDemo();
        QVERIFY(!view()->isVisible());
        auto *show = window.findChild<QAction *>(QStringLiteral("showDataStructure"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        show->trigger();
        QVERIFY(view()->isVisible());
        QCOMPARE(window.centreTabs()->currentWidget(), view());

        auto expected = loadDataStructure(*window.project());
        QVERIFY(expected.has_value());
        const GioiaLayout &figure = view()->figure();
        QCOMPARE(figure.count(FigureBoxKind::Dimension), expected->dimensions.size());
        QCOMPARE(figure.count(FigureBoxKind::Theme), expected->themeCount());
        QCOMPARE(figure.count(FigureBoxKind::Code), expected->codeCount());
        const std::size_t unplaced = expected->unplacedCodes.size() + expected->unplacedThemes.size();
        QCOMPARE(view()->warning()->isVisible(), unplaced > 0);
        QTest::qWait(50);
        saveShot(window.grab().toImage(), QStringLiteral("gw-structure-demo.png"));
    }

    void figureFollowsTheHierarchyLive()
    {
        MainWindow &window = openDemo();
        window.showStructureView();
        Project &project = *window.project();
        const std::size_t themesBefore = view()->figure().count(FigureBoxKind::Theme);
        auto dim = project.addDimension(QStringLiteral("Live dimension"));
        auto theme = project.addTheme(QStringLiteral("Live theme"));
        auto code = project.addCode(QStringLiteral("Live first-order code"), CodeStage::FirstOrder);
        QVERIFY(dim && theme && code);
        QVERIFY(project.placeTheme(*theme, *dim).has_value());
        // Unplaced so far: the warning counts the code.
        auto loaded = loadDataStructure(project);
        QVERIFY(loaded.has_value());
        const QString unplaced = QStringLiteral("%1 first-order code").arg(loaded->unplacedCodes.size());
        QTRY_VERIFY(view()->warning()->text().contains(unplaced));
        QVERIFY(view()->warning()->isVisible());
        QVERIFY(project.placeCode(*code, *theme).has_value());
        // Several signals, one reload on the next turn of the event loop.
        // (The theme was already drawn before the code was placed: wait for the code.)
        QTRY_VERIFY(boxOf(FigureBoxKind::Code, QStringLiteral("Live first-order code")) >= 0);
        QCOMPARE(view()->figure().count(FigureBoxKind::Theme), themesBefore + 1);
        QVERIFY(boxOf(FigureBoxKind::Dimension, QStringLiteral("Live dimension")) >= 0);

        // Hidden, it does not reload; shown again, it catches up.
        // (Closing its tab hides it.)
        QTabWidget *tabs = window.centreTabs();
        QMetaObject::invokeMethod(tabs, "tabCloseRequested", Q_ARG(int, tabs->indexOf(view())));
        QCOMPARE(tabs->indexOf(view()), -1);
        QVERIFY(!view()->isVisible());
        QVERIFY(project.renameCode(*code, QStringLiteral("Renamed while hidden")).has_value());
        QTest::qWait(20);
        QVERIFY(boxOf(FigureBoxKind::Code, QStringLiteral("Live first-order code")) >= 0);
        window.showStructureView();
        QTRY_VERIFY(boxOf(FigureBoxKind::Code, QStringLiteral("Renamed while hidden")) >= 0);
    }

    void zoomAndFit()
    {
        MainWindow &window = openDemo();
        buildPublishedStructure(*window.project());
        window.showStructureView();
        QTRY_COMPARE(view()->figure().count(FigureBoxKind::Code) >= 33, true);
        view()->setZoom(1.0);
        const QSize atOne = view()->canvas()->size();

        view()->zoomInAction()->trigger();
        QCOMPARE(view()->zoom(), 1.25);
        QVERIFY(view()->canvas()->width() > atOne.width());
        view()->zoomOutAction()->trigger();
        QCOMPARE(view()->zoom(), 1.0);
        QCOMPARE(view()->canvas()->size(), atOne);

        // Keys while the view has focus.
        view()->canvas()->setFocus();
        QTest::keyClick(view()->canvas(), Qt::Key_Plus, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.25);
        QTest::keyClick(view()->canvas(), Qt::Key_Minus, Qt::ControlModifier);
        QCOMPARE(view()->zoom(), 1.0);

        // Ctrl+wheel zooms, the plain wheel does not.
        QWidget *viewport = view()->scrollArea()->viewport();
        const QPoint at = viewport->rect().center();
        QWheelEvent up(at, viewport->mapToGlobal(at), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                       Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &up);
        QCOMPARE(view()->zoom(), 1.25);
        QWheelEvent plain(at, viewport->mapToGlobal(at), {}, QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &plain);
        QCOMPARE(view()->zoom(), 1.25);

        // Fit: the whole figure in sight, and it stays fitted as the dock resizes.
        QTest::keyClick(view()->canvas(), Qt::Key_0, Qt::ControlModifier);
        const QSize room = view()->scrollArea()->maximumViewportSize();
        QVERIFY(view()->zoom() < 1.0);
        QVERIFY(view()->canvas()->width() <= room.width());
        QVERIFY(view()->canvas()->height() <= room.height());
        QVERIFY(view()->canvas()->height() >= room.height() - 8 || view()->canvas()->width() >= room.width() - 8);
        const double fitted = view()->zoom();
        window.resize(1700, 1100);
        QTRY_VERIFY(view()->zoom() > fitted);

        // Counts: a line on each box, the boxes taller.
        const double plainHeight = view()->figure().size.height();
        view()->countsAction()->trigger();
        QVERIFY(view()->showsCounts());
        QVERIFY(view()->figure().size.height() > plainHeight);
        QVERIFY(!view()->figure().boxes.front().counts.isEmpty());
        view()->countsAction()->trigger();
    }

    void clickingABoxShowsItsSegments()
    {
        MainWindow &window = openDemo();
        Project &project = *window.project();
        buildPublishedStructure(project);
        window.showStructureView();
        view()->setZoom(1.0);
        QTRY_VERIFY(view()->figure().count(FigureBoxKind::Code) >= 33);

        // A code box: the code tree selects it and the dock shows its segments.
        const auto &boxes = view()->figure().boxes;
        int codeBox = -1;
        for (std::size_t i = 0; i < boxes.size() && codeBox < 0; ++i)
            if (boxes[i].kind == FigureBoxKind::Code && boxes[i].label.size() > 30)
                codeBox = int(i);
        QVERIFY(codeBox >= 0);
        const FigureBox box = boxes[std::size_t(codeBox)];
        auto segments = project.segmentsOfCode(box.id);
        QVERIFY(segments.has_value() && !segments->empty());
        const QRect rect = view()->canvas()->boxRect(codeBox);
        view()->scrollArea()->ensureVisible(rect.center().x(), rect.center().y());
        QTest::mouseClick(view()->canvas(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(window.selectedCodeId(), box.id);
        QVERIFY(window.segmentsDock()->isVisible());
        QCOMPARE(window.segmentsDock()->model()->rowCount(), int(segments->size()));

        // A theme box: the segments of all its codes.
        const int themeBox = boxes[std::size_t(codeBox)].parent;
        const FigureBox theme = boxes[std::size_t(themeBox)];
        QCOMPARE(theme.kind, FigureBoxKind::Theme);
        std::size_t all = 0;
        for (Id id : theme.codeIds)
            all += project.segmentsOfCode(id)->size();
        QVERIFY(all > segments->size());
        const QRect themeRect = view()->canvas()->boxRect(themeBox);
        view()->scrollArea()->ensureVisible(themeRect.center().x(), themeRect.center().y());
        QTest::mouseClick(view()->canvas(), Qt::LeftButton, {}, themeRect.center());
        QCOMPARE(window.segmentsDock()->model()->rowCount(), int(all));
        QCOMPARE(window.selectedCodeId(), Id(0)); // the theme's row, not a code

        // Clicking between boxes does nothing.
        QTest::mouseClick(view()->canvas(), Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(window.segmentsDock()->model()->rowCount(), int(all));
    }

    void exportThroughTheDialog()
    {
        MainWindow &window = openDemo();
        buildPublishedStructure(*window.project());
        QVERIFY(window.exportStructureAction());
        QVERIFY(window.exportStructureAction()->isEnabled());
        const QString out = m_demos.filePath(QStringLiteral("figure-from-dialog"));
        bool driven = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportStructureDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->formatBox()->setCurrentIndex(dialog->formatBox()->findData(QStringLiteral("svg")));
            QVERIFY(dialog->fontBox()->isVisible());
            QVERIFY(!dialog->exemplarBox()->isVisible()); // a table option
            dialog->pathEdit()->setText(out);
            dialog->fontSizeBox()->setValue(10);
            dialog->countsBox()->setChecked(true);
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            driven = true;
        });
        window.exportStructureAction()->trigger();
        QVERIFY(driven);
        QFile svg(out + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray text = svg.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Macroenvironmental")); // the label may wrap onto two lines
        QVERIFY(text.contains("segments"));
        QVERIFY(text.contains("font-size=\"10\""));

        // A file that cannot be written: a message naming it, and the dialog stays.
        const QString bad = m_demos.filePath(QStringLiteral("no-such-folder/figure.pdf"));
        QString message;
        bool dialogStayed = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportStructureDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // Remembered from the last export.
            QCOMPARE(dialog->formatKey(), QStringLiteral("svg"));
            QCOMPARE(dialog->fontSizeBox()->value(), 10.0);
            QVERIFY(dialog->countsBox()->isChecked());
            dialog->setFormatKey(QStringLiteral("pdf"));
            dialog->pathEdit()->setText(bad);
            QTimer::singleShot(0, this, [&] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                message = box->text();
                box->accept();
            });
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            dialogStayed = dialog->isVisible();
            dialog->reject();
        });
        window.exportStructureAction()->trigger();
        QVERIFY(message.contains(bad));
        QVERIFY(dialogStayed);
        QVERIFY(!QFile::exists(bad));
    }

    // The paper: a journal's text width prints at the chosen size (the dialog
    // says so), the PDF pages are the journal page's; a single column is too
    // narrow for the published labels at 9 pt, and the dialog says that too.
    void exportOnAJournalPage()
    {
        MainWindow &window = openDemo();
        buildPublishedStructure(*window.project());
        const QString out = m_demos.filePath(QStringLiteral("figure-page"));
        QString columnNote;
        bool driven = false;
        QString note;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<ExportStructureDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setFormatKey(QStringLiteral("pdf"));
            dialog->fontSizeBox()->setValue(9);
            dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(int(FigurePaper::JournalColumn)));
            columnNote = dialog->findChild<QLabel *>(QStringLiteral("exportFitNote"))->text();
            dialog->paperBox()->setCurrentIndex(dialog->paperBox()->findData(int(FigurePaper::JournalPage)));
            QVERIFY(dialog->landscapeBox()->isEnabled());
            QVERIFY(dialog->splitBox()->isEnabled());
            dialog->compactBox()->setChecked(true);
            dialog->splitBox()->setChecked(true);
            note = dialog->findChild<QLabel *>(QStringLiteral("exportFitNote"))->text();
            dialog->pathEdit()->setText(out);
            dialog->adjustSize();
            saveShot(dialog->grab().toImage(), QStringLiteral("gw-export-journal-page.png"));
            QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
            driven = true;
        });
        window.exportStructureAction()->trigger();
        QVERIFY(driven);
        QVERIFY2(note.contains(QStringLiteral("9.0 pt, as chosen")), qPrintable(note));
        QVERIFY2(columnNote.contains(QStringLiteral("too wide")), qPrintable(columnNote));
        QFile pdf(out + QStringLiteral(".pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        static const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[\\s*0 0 ([0-9.]+) ([0-9.]+)"));
        const auto box = mediaBox.match(QString::fromLatin1(bytes));
        QVERIFY(box.hasMatch());
        QVERIFY(std::abs(box.captured(1).toDouble() - 504) < 1);
        QVERIFY(std::abs(box.captured(2).toDouble() - 684) < 1);
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") > 1);
    }

    void screenshotsOfThePublishedStructure()
    {
        MainWindow &window = openDemo();
        buildPublishedStructure(*window.project());
        window.showStructureView();
        view()->setShowCounts(true);
        view()->setZoom(1.0);
        QTest::qWait(50);
        saveShot(window.grab().toImage(), QStringLiteral("gw-structure-window.png"));
        // The view alone, large, as a reader would scroll through it.
        view()->setShowCounts(false);
        DataStructureView alone;
        alone.setStructure(publishedStructure());
        alone.resize(1000, 1400);
        alone.show();
        QVERIFY(QTest::qWaitForWindowExposed(&alone));
        alone.fit();
        QCOMPARE(alone.figure().count(FigureBoxKind::Code), std::size_t(33));
        QVERIFY(!alone.warning()->isVisible());
        saveShot(alone.grab().toImage(), QStringLiteral("gw-structure-published-fit.png"));
        alone.setZoom(1.0);
        saveShot(alone.canvas()->grab().toImage(), QStringLiteral("gw-structure-published-100.png"));
        view()->setShowCounts(false);
    }
};

QTEST_MAIN(StructureViewTest)
#include "structure_view_test.moc"
