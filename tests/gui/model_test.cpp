// View > CMO Model: a small model built with the mouse on a new project. Two
// codes and a theme dropped from the code tree (a context at a level, an
// outcome on the spectrum, a mechanism), the outcome dragged about the
// spectrum, influences drawn with Shift+drag and in link mode, a role changed,
// then everything undone step by step and redone. With
// GROUNDWORK_SCREENSHOTS=DIR it saves DIR/gw-model.png.
#include "core/model/project.h"
#include "tests/gui/demo_copies.h"
#include "ui/codes/code_tree_model.h"
#include "ui/model/model_canvas.h"
#include "ui/model/model_view.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QMimeData>
#include <QTabWidget>
#include <QUndoStack>

using namespace gw;

class ModelGuiTest : public QObject
{
    Q_OBJECT

private:
    test::DemoCopies m_demos;
    std::unique_ptr<MainWindow> m_window;
    Id m_policy = 0, m_leaders = 0, m_mandated = 0;

    ModelView *view() { return m_window->modelView(); }
    ModelCanvas *canvas() { return view()->canvas(); }
    Project &project() { return *m_window->project(); }

    void drop(const char16_t *mime, Id id, const QPointF &figurePoint)
    {
        QMimeData data;
        data.setData(QString::fromUtf16(mime), QByteArray::number(id));
        const QPoint at = canvas()->toWidget(figurePoint);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(canvas(), &dropped);
    }

    QPoint centreOf(Id elementId)
    {
        const ModelBox *box = view()->figure().boxOf(elementId);
        if (!box)
            qFatal("no box for element");
        return canvas()->toWidget(box->rect.center());
    }

    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::mousePress(canvas(), Qt::LeftButton, modifiers, from);
        QTest::mouseMove(canvas(), from + (to - from) / 2);
        QTest::mouseMove(canvas(), to);
        QTest::mouseRelease(canvas(), Qt::LeftButton, modifiers, to);
    }

    ModelElement element(ElementKind kind, Id targetId)
    {
        auto found = project().modelElementOf(kind, targetId);
        if (!found || !*found)
            qFatal("not in the model");
        return **found;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_demos.make(QStringLiteral("model_gui_tests"))); }
    void cleanupTestCase() { RecentProjects().clear(); }

    void buildByMouseAndUndo()
    {
        const QString path = m_demos.filePath(QStringLiteral("small-model.groundwork"));
        {
            auto created = Project::create(path);
            QVERIFY(created.has_value());
            Project &p = **created;
            auto policy = p.addCode(QStringLiteral("National policy pressure"), CodeStage::FirstOrder);
            auto mandated = p.addCode(QStringLiteral("Mandated partnerships"), CodeStage::FirstOrder);
            auto leaders = p.addTheme(QStringLiteral("Leadership roles"));
            QVERIFY(policy && mandated && leaders);
            m_policy = *policy;
            m_mandated = *mandated;
            m_leaders = *leaders;
        }
        m_window = m_demos.openWindow(path);
        auto *show = m_window->findChild<QAction *>(QStringLiteral("showModel"));
        QVERIFY(show);
        show->trigger();
        QCOMPARE(m_window->centreTabs()->currentWidget(), view());
        QTRY_VERIFY(!view()->figure().bands.empty());
        QVERIFY(!view()->figure().plane.isEmpty());
        QUndoStack *undo = m_window->undoStack();
        const int base = undo->index();

        // A code onto the first level's band: a context at that level.
        const ModelBand firstBand = view()->figure().bands.front();
        drop(CodeTreeModel::kCodeMimeType, m_policy, firstBand.rect.center());
        const ModelElement policy = element(ElementKind::Code, m_policy);
        QVERIFY(policy.role == ModelRole::Context);
        QCOMPARE(policy.levelName, firstBand.label);

        // A code onto the spectrum: an outcome where it fell.
        const QRectF plane = view()->figure().plane;
        drop(CodeTreeModel::kCodeMimeType, m_mandated, QPointF(plane.left() + 0.25 * plane.width(),
                                                               plane.bottom() - 0.75 * plane.height()));
        ModelElement mandated = element(ElementKind::Code, m_mandated);
        QVERIFY(mandated.role == ModelRole::Outcome);
        QVERIFY(mandated.point.has_value());
        QVERIFY(std::abs(mandated.point->x - 0.25) < 0.03);
        QVERIFY(std::abs(mandated.point->y - 0.75) < 0.03);

        // A theme onto the second band, then made a mechanism.
        drop(CodeTreeModel::kThemeMimeType, m_leaders, view()->figure().bands.at(1).rect.center());
        const ModelElement leaders = element(ElementKind::Theme, m_leaders);
        QVERIFY(view()->setRole(leaders.id, ModelRole::Mechanism));
        QVERIFY(element(ElementKind::Theme, m_leaders).role == ModelRole::Mechanism);

        // Drag the outcome to the formal, external corner.
        const QRectF planeNow = view()->figure().plane;
        drag(centreOf(mandated.id), canvas()->toWidget(QPointF(planeNow.left() + 0.1 * planeNow.width(),
                                                                planeNow.bottom() - 0.9 * planeNow.height())));
        mandated = element(ElementKind::Code, m_mandated);
        QVERIFY2(std::abs(mandated.point->x - 0.1) < 0.03, qPrintable(QString::number(mandated.point->x)));
        QVERIFY2(std::abs(mandated.point->y - 0.9) < 0.03, qPrintable(QString::number(mandated.point->y)));

        // Influences: Shift+drag with the chosen type, and the Link tool.
        view()->linkTypeBox()->setCurrentIndex(view()->linkTypeBox()->findText(QStringLiteral("mandates")));
        drag(centreOf(policy.id), centreOf(leaders.id), Qt::ShiftModifier);
        view()->linkAction()->setChecked(true);
        view()->linkTypeBox()->setCurrentIndex(view()->linkTypeBox()->findText(QStringLiteral("enables")));
        drag(centreOf(leaders.id), centreOf(mandated.id));
        view()->linkAction()->setChecked(false);
        auto influences = project().influences();
        QVERIFY(influences.has_value());
        QCOMPARE(influences->size(), std::size_t(2));
        QCOMPARE(influences->at(0).typeName, QStringLiteral("mandates"));
        QCOMPARE(influences->at(1).typeName, QStringLiteral("enables"));
        QTRY_COMPARE(view()->figure().arrows.size(), std::size_t(2));
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/gw-model.png"), "PNG"));

        // Seven steps; undoing them all empties the model, redoing brings it back.
        QCOMPARE(undo->index() - base, 7);
        undo->undo(); // the second influence
        QCOMPARE(project().influences()->size(), std::size_t(1));
        undo->undo(); // the first
        undo->undo(); // the drag on the spectrum
        mandated = element(ElementKind::Code, m_mandated);
        QVERIFY(std::abs(mandated.point->x - 0.25) < 0.03);
        undo->setIndex(base);
        QVERIFY(project().modelElements()->empty());
        QTRY_VERIFY(view()->figure().boxes.empty());
        undo->setIndex(base + 7);
        QCOMPARE(project().modelElements()->size(), std::size_t(3));
        QCOMPARE(project().influences()->size(), std::size_t(2));
        QTRY_COMPARE(view()->figure().arrows.size(), std::size_t(2));
    }

    // The demo's model (after the published one) drawn in the tab: every
    // element and influence of the project is on screen.
    void demoModelIsDrawnWhole()
    {
        m_window = m_demos.openWindow();
        m_window->showModelView();
        auto elements = project().modelElements();
        auto influences = project().influences();
        QVERIFY(elements.has_value() && influences.has_value());
        QVERIFY(!elements->empty());
        QTRY_COMPARE(view()->figure().boxes.size(), elements->size());
        QCOMPARE(view()->figure().arrows.size(), influences->size());
        QTest::qWait(50);
        if (const QString dir = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS"); !dir.isEmpty()) {
            QVERIFY(m_window->grab().save(dir + QStringLiteral("/gw-model-demo.png"), "PNG"));
            view()->setZoom(1.0);
            QVERIFY(canvas()->grab().save(dir + QStringLiteral("/gw-model-demo-100.png"), "PNG"));
        }
    }
};

QTEST_MAIN(ModelGuiTest)
#include "model_test.moc"
