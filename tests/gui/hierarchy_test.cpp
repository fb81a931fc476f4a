// The data structure built in the workbench (issue 5's GUI, issue 4's memos on
// every tier), in the real main window on the demo project with its published
// structure (5 dimensions, 14 themes, 33 codes): new themes and dimensions
// from their dialogs; codes, themes and dimensions dragged into place with
// real drop events on the tree, each one undo step that undo takes back;
// renaming in the tree's editor; merging and splitting through their dialogs
// with a "why" that the audit log keeps; the strip that counts what is not
// placed; the audit view and the hierarchy as it was; the codebook's counts
// and its CSV; memos on themes, dimensions and segments; exemplar quotes. Every
// model runs under QAbstractItemModelTester. Screenshots go to
// $GROUNDWORK_SCREENSHOTS when it is set.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/audit/audit_model.h"
#include "ui/audit/audit_view.h"
#include "ui/codebook/codebook_model.h"
#include "ui/codebook/codebook_view.h"
#include "ui/codes/code_tree_model.h"
#include "ui/codes/compare_codes_view.h"
#include "ui/codes/hierarchy_edits.h"
#include "ui/codes/merge_dialog.h"
#include "ui/codes/split_dialog.h"
#include "ui/codes/tier_dialog.h"
#include "ui/codes/unplaced_strip.h"
#include "ui/mainwindow/main_window.h"
#include "ui/memos/memos_dock.h"
#include "ui/segments/segment_list_model.h"
#include "ui/segments/segments_dock.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDeadlineTimer>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>

using namespace gw;

namespace {

using Kind = CodeTreeModel::ItemKind;

std::vector<Id> codeIdsOf(Project &project, Id themeId)
{
    std::vector<Id> ids;
    for (const CodeInfo &c : project.codesOfTheme(themeId).value_or(std::vector<CodeInfo>{}))
        ids.push_back(c.id);
    return ids;
}

std::vector<Id> dimensionOrder(Project &project)
{
    std::vector<Id> ids;
    for (const DimensionInfo &d : project.dimensions().value_or(std::vector<DimensionInfo>{}))
        ids.push_back(d.id);
    return ids;
}

// Drops MIME on the tree's viewport at AT, as a drag from the tree would end.
bool dropOnView(QTreeView *view, QMimeData *mime, const QPoint &at)
{
    const Qt::DropActions actions = Qt::MoveAction | Qt::CopyAction;
    QDragEnterEvent enter(at, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QDragMoveEvent move(at, actions, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view->viewport(), &move);
    if (!move.isAccepted())
        return false;
    QDropEvent drop(QPointF(at), actions, mime, Qt::LeftButton, Qt::NoModifier);
    drop.setDropAction(Qt::MoveAction);
    QCoreApplication::sendEvent(view->viewport(), &drop);
    return drop.isAccepted();
}

// The visible child of that type: a dialog closed before may linger until deleted.
template <typename T> T *waitForChild(QWidget *parent)
{
    QDeadlineTimer deadline(2000);
    for (;;) {
        for (T *child : parent->findChildren<T *>())
            if (child->isVisible())
                return child;
        if (deadline.hasExpired())
            return nullptr;
        QTest::qWait(20);
    }
}

} // namespace

class HierarchyTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;
    QString m_shots;

    // A window on a fresh copy of the demo project, shown (the tree has a layout).
    std::unique_ptr<MainWindow> openDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.groundwork").arg(++m_projects));
        if (auto demo = createDemoProject(path); !demo)
            qFatal("cannot make the demo project: %s", qPrintable(demo.error().message));
        auto window = std::make_unique<MainWindow>();
        window->resize(1500, 950);
        if (!window->openProject(path))
            qFatal("cannot open the demo project");
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("the window was not shown");
        window->codeView()->expandAll();
        return window;
    }

    void shoot(QWidget *widget, const QString &name)
    {
        if (m_shots.isEmpty())
            return;
        QDir().mkpath(m_shots);
        QVERIFY(widget->grab().save(m_shots + u'/' + name));
    }

    static QModelIndex viewIndex(MainWindow &window, const QModelIndex &source)
    {
        return window.codeViewIndex(source);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("hierarchy_gui_tests"));
        QSettings().remove(QStringLiteral("window")); // no layout from an earlier run
        QSettings().setValue(QStringLiteral("coder/name"), QStringLiteral("Ana"));
        QVERIFY(m_dir.isValid());
        m_shots = qEnvironmentVariable("GROUNDWORK_SCREENSHOTS");
    }

    void theDemoShowsThePublishedStructure()
    {
        auto window = openDemo();
        Project &project = *window->project();
        QAbstractItemModelTester tester(window->codeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const auto dimensions = project.dimensions().value();
        QCOMPARE(dimensions.size(), size_t(5));
        QCOMPARE(project.themes().value().size(), size_t(14));
        // The tree's top rows are the dimensions in order, each with its themes,
        // each theme with its codes in their chosen order.
        CodeTreeModel *model = window->codeModel();
        int placed = 0;
        for (int d = 0; d < 5; ++d) {
            const QModelIndex dim = model->index(d, 0);
            QCOMPARE(CodeTreeModel::kindOf(dim), Kind::Dimension);
            QCOMPARE(dim.data().toString(), dimensions[size_t(d)].name);
            for (int t = 0; t < model->rowCount(dim); ++t) {
                const QModelIndex theme = model->index(t, 0, dim);
                const auto ids = codeIdsOf(project, theme.data(CodeTreeModel::ItemIdRole).toLongLong());
                QCOMPARE(model->rowCount(theme), int(ids.size()));
                for (int c = 0; c < model->rowCount(theme); ++c)
                    QCOMPARE(model->codeId(model->index(c, 0, theme)), ids[size_t(c)]);
                placed += int(ids.size());
            }
        }
        QCOMPARE(placed, 33);
        shoot(window.get(), QStringLiteral("hierarchy-window.png"));
        shoot(window->codeView()->parentWidget(), QStringLiteral("hierarchy-code-tree.png"));
    }

    void newThemeAndDimensionFromTheirDialogs()
    {
        auto window = openDemo();
        Project &project = *window->project();
        QAbstractItemModelTester tester(window->codeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QUndoStack *stack = window->undoStack();
        UnplacedStrip *strip = window->unplacedStrip();
        const int unplacedThemes = strip->themeCount();

        window->findChild<QAction *>(QStringLiteral("newThemeAction"))->trigger();
        auto *themeDialog = waitForChild<TierDialog>(window.get());
        themeDialog->nameEdit()->setText(QStringLiteral("Trust between sites"));
        themeDialog->definitionEdit()->setPlainText(QStringLiteral("Whether sites believe what others tell them."));
        themeDialog->dimensionBox()->setCurrentIndex(0); // not placed yet
        themeDialog->accept();
        auto theme = project.themeByName(QStringLiteral("Trust between sites"));
        QVERIFY(theme.has_value());
        QVERIFY(!theme->dimensionId);
        QCOMPARE(theme->definition, QStringLiteral("Whether sites believe what others tell them."));
        QVERIFY(window->codeModel()->indexOfTheme(theme->id).isValid());
        QVERIFY(!window->codeModel()->indexOfTheme(theme->id).parent().isValid()); // top level
        QCOMPARE(strip->themeCount(), unplacedThemes + 1);
        QVERIFY(strip->isVisibleTo(window.get()));
        QVERIFY(strip->text().contains(QStringLiteral("1 theme")));

        window->findChild<QAction *>(QStringLiteral("newDimensionAction"))->trigger();
        auto *dimensionDialog = waitForChild<TierDialog>(window.get());
        dimensionDialog->nameEdit()->setText(QStringLiteral("Relational factors"));
        dimensionDialog->accept();
        auto dimension = project.dimensionByName(QStringLiteral("Relational factors"));
        QVERIFY(dimension.has_value());
        QCOMPARE(dimensionOrder(project).back(), dimension->id);
        QCOMPARE(window->codeModel()->indexOfDimension(dimension->id).row(), 5); // after the five

        // Undo takes each back, one step at a time; redo brings it again.
        stack->undo();
        QVERIFY(!project.dimensionByName(QStringLiteral("Relational factors")).has_value());
        QVERIFY(!window->codeModel()->indexOfDimension(dimension->id).isValid());
        stack->undo();
        QVERIFY(!project.themeByName(QStringLiteral("Trust between sites")).has_value());
        QCOMPARE(strip->themeCount(), unplacedThemes);
        stack->redo();
        QVERIFY(project.themeByName(QStringLiteral("Trust between sites")).has_value());
        QVERIFY(window->codeModel()->indexOfTheme(theme->id).isValid());
    }

    void dragsPlaceCodesThemesAndDimensions()
    {
        auto window = openDemo();
        Project &project = *window->project();
        QAbstractItemModelTester tester(window->codeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        CodeTreeModel *model = window->codeModel();
        QTreeView *view = window->codeView();
        QUndoStack *stack = window->undoStack();

        const auto themes = project.themes().value();
        const Id target = themes.front().id;
        const Id other = themes.back().id;
        const auto before = codeIdsOf(project, target);
        QVERIFY(before.size() >= 2);
        const CodeInfo open = project.codeByName(QStringLiteral("Informal peer contact between sites")).value();
        QVERIFY(!open.themeId);

        // Another theme collapsed and a code selected: both stay through the edits.
        const Id selected = codeIdsOf(project, other).front();
        QVERIFY(window->selectCode(selected)); // (selecting shows the code: its theme expands)
        view->collapse(viewIndex(*window, model->indexOfTheme(other)));
        const int steps = stack->count();

        // 1. A code dropped onto a theme goes to its end.
        std::unique_ptr<QMimeData> mime(model->mimeData({model->indexOfCode(open.id)}));
        QVERIFY(mime);
        const QModelIndex themeRow = viewIndex(*window, model->indexOfTheme(target));
        view->scrollTo(themeRow);
        QVERIFY(dropOnView(view, mime.get(), view->visualRect(themeRow).center()));
        auto after = codeIdsOf(project, target);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after.back(), open.id);
        QCOMPARE(stack->count(), steps + 1);
        QCOMPARE(model->indexOfCode(open.id).parent(), model->indexOfTheme(target));
        QCOMPARE(model->indexOfCode(open.id).row(), int(before.size()));
        QVERIFY(!view->isExpanded(viewIndex(*window, model->indexOfTheme(other))));
        QCOMPARE(window->selectedCodeId(), selected);

        // Undo puts it back where it was; redo places it again.
        stack->undo();
        QCOMPARE(codeIdsOf(project, target), before);
        QVERIFY(!project.code(open.id)->themeId);
        QCOMPARE(CodeTreeModel::kindOf(model->indexOfCode(open.id).parent()), Kind::StageGroup);
        stack->redo();
        QCOMPARE(codeIdsOf(project, target), after);

        // 2. Dropped on the upper edge of the theme's first code: it goes first.
        mime.reset(model->mimeData({model->indexOfCode(open.id)}));
        const QModelIndex firstRow = viewIndex(*window, model->indexOfCode(before.front()));
        view->scrollTo(firstRow);
        const QRect firstRect = view->visualRect(firstRow);
        QVERIFY(dropOnView(view, mime.get(), QPoint(firstRect.center().x(), firstRect.top() + 1)));
        after = codeIdsOf(project, target);
        QCOMPARE(after.front(), open.id);
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(model->indexOfCode(open.id).row(), 0);
        QCOMPARE(model->indexOfCode(before.front()).row(), 1);
        stack->undo();
        QCOMPARE(codeIdsOf(project, target).back(), open.id);

        // 3. Onto its stage group: out of the theme again.
        mime.reset(model->mimeData({model->indexOfCode(open.id)}));
        const QModelIndex group = viewIndex(*window, model->indexOfStageGroup(CodeStage::Open));
        view->scrollTo(group);
        QVERIFY(dropOnView(view, mime.get(), view->visualRect(group).center()));
        QCOMPARE(codeIdsOf(project, target), before);
        QCOMPARE(model->indexOfCode(open.id).parent(), model->indexOfStageGroup(CodeStage::Open));

        // 4. A theme onto another dimension: placed at its end.
        const auto dims = project.dimensions().value();
        const ThemeInfo moving = project.theme(target).value();
        const Id toDimension = dims.back().id == moving.dimensionId ? dims.front().id : dims.back().id;
        mime.reset(model->mimeData({model->indexOfTheme(target)}));
        const QModelIndex dimRow = viewIndex(*window, model->indexOfDimension(toDimension));
        view->scrollTo(dimRow);
        QVERIFY(dropOnView(view, mime.get(), view->visualRect(dimRow).center()));
        QCOMPARE(project.theme(target)->dimensionId, std::optional<Id>(toDimension));
        QCOMPARE(model->indexOfTheme(target).parent(), model->indexOfDimension(toDimension));
        QCOMPARE(model->indexOfTheme(target).row(), model->rowCount(model->indexOfDimension(toDimension)) - 1);
        QCOMPARE(model->rowCount(model->indexOfTheme(target)), int(before.size())); // its codes came along
        stack->undo();
        QCOMPARE(project.theme(target)->dimensionId, moving.dimensionId);
        QCOMPARE(model->indexOfTheme(target).parent(), model->indexOfDimension(*moving.dimensionId));
        QCOMPARE(model->indexOfTheme(target).row(), moving.position);

        // 5. A dimension dropped onto the third one takes its place.
        const auto order = dimensionOrder(project);
        mime.reset(model->mimeData({model->indexOfDimension(order[0])}));
        const QModelIndex thirdRow = viewIndex(*window, model->indexOfDimension(order[2]));
        view->scrollTo(thirdRow);
        QVERIFY(dropOnView(view, mime.get(), view->visualRect(thirdRow).center()));
        const std::vector<Id> moved{order[1], order[0], order[2], order[3], order[4]};
        QCOMPARE(dimensionOrder(project), moved);
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model->index(row, 0).data(CodeTreeModel::ItemIdRole).toLongLong(), moved[size_t(row)]);
        stack->undo();
        QCOMPARE(dimensionOrder(project), order);
        QCOMPARE(model->index(0, 0).data(CodeTreeModel::ItemIdRole).toLongLong(), order[0]);

        // A drop that means nothing (a code onto a dimension) is refused and leaves no step.
        const int count = stack->count();
        mime.reset(model->mimeData({model->indexOfCode(open.id)}));
        QVERIFY(!model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, model->indexOfDimension(order[1])));
        const QModelIndex dimensionRow = viewIndex(*window, model->indexOfDimension(order[1]));
        view->scrollTo(dimensionRow);
        QVERIFY(!dropOnView(view, mime.get(), view->visualRect(dimensionRow).center()));
        QCOMPARE(stack->count(), count);
        QCOMPARE(window->selectedCodeId(), selected);
    }

    void renamesInTheTreesEditor()
    {
        auto window = openDemo();
        Project &project = *window->project();
        QAbstractItemModelTester tester(window->codeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTreeView *view = window->codeView();
        const ThemeInfo theme = project.themes().value().front();
        const CodeInfo code = project.codesOfTheme(theme.id).value().front();

        auto renameTo = [&](const QModelIndex &source, const QString &name) {
            const QModelIndex row = window->codeViewIndex(source);
            view->setFocus();
            view->setCurrentIndex(row);
            view->scrollTo(row);
            QTest::keyClick(view, Qt::Key_F2); // the Rename action: the tree's editor
            auto *editor = view->viewport()->findChild<QLineEdit *>();
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QCOMPARE(editor->text(), source.data().toString());
            editor->selectAll();
            QTest::keyClicks(editor, name);
            QTest::keyClick(editor, Qt::Key_Return);
            QTRY_VERIFY(!view->viewport()->findChild<QLineEdit *>()); // closed and gone
        };
        renameTo(window->codeModel()->indexOfCode(code.id), QStringLiteral("Site visits to pilot sites"));
        QCOMPARE(project.code(code.id)->name, QStringLiteral("Site visits to pilot sites"));
        QCOMPARE(window->codeModel()->indexOfCode(code.id).data().toString(), QStringLiteral("Site visits to pilot sites"));
        renameTo(window->codeModel()->indexOfTheme(theme.id), QStringLiteral("Mandates from the programme"));
        QCOMPARE(project.theme(theme.id)->name, QStringLiteral("Mandates from the programme"));
        QCOMPARE(window->codeModel()->indexOfTheme(theme.id).data().toString(),
                 QStringLiteral("Mandates from the programme"));

        // Each rename is one step; a name that is taken is refused and changes nothing.
        window->undoStack()->undo();
        QCOMPARE(project.theme(theme.id)->name, theme.name);
        QCOMPARE(window->codeModel()->indexOfTheme(theme.id).data().toString(), theme.name);
        const int count = window->undoStack()->count();
        const QString taken = project.themes().value().back().name;
        QVERIFY(!window->codeModel()->setData(window->codeModel()->indexOfTheme(theme.id), taken));
        QCOMPARE(project.theme(theme.id)->name, theme.name);
        QCOMPARE(window->undoStack()->count(), count);
    }

    void mergeAndSplitThroughTheirDialogs()
    {
        auto window = openDemo();
        Project &project = *window->project();
        QAbstractItemModelTester tester(window->codeModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTreeView *view = window->codeView();
        const CodeInfo a = project.codeByName(QStringLiteral("Informal peer contact between sites")).value();
        const CodeInfo b = project.codeByName(QStringLiteral("Adapting borrowed practice locally")).value();
        QVERIFY(a.segmentCount > 0 && b.segmentCount > 0);

        // Select both codes in the tree, then Merge Codes….
        view->selectionModel()->select(window->codeViewIndex(window->codeModel()->indexOfCode(a.id)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(window->codeViewIndex(window->codeModel()->indexOfCode(b.id)),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(window->selectedCodeIds().size(), 2);
        auto *merge = window->findChild<QAction *>(QStringLiteral("mergeCodesAction"));
        QVERIFY(merge->isEnabled());
        merge->trigger();
        auto *dialog = waitForChild<MergeDialog>(window.get());
        QCOMPARE(dialog->intoId(), b.id); // the current code is offered first
        dialog->intoBox()->setCurrentIndex(dialog->intoBox()->findData(qlonglong(a.id)));
        QCOMPARE(dialog->fromIds(), QList<Id>{b.id});
        QCOMPARE(dialog->preview().moving + dialog->preview().collapsing, int(b.segmentCount));
        QVERIFY(dialog->summary()->text().contains(QStringLiteral("move to “%1”").arg(a.name)));
        QTest::keyClicks(dialog->whyEdit(), QStringLiteral("Both describe learning from peers"));
        shoot(dialog, QStringLiteral("hierarchy-merge-dialog.png"));
        const MergePreview preview = dialog->preview();
        dialog->mergeButton()->click();

        QVERIFY(project.code(b.id)->archived);
        QCOMPARE(project.code(a.id)->segmentCount, a.segmentCount + preview.moving);
        auto log = project.auditLog(AuditFilter{QStringLiteral("code.merge"), {}, {}, 0}).value();
        QVERIFY(!log.empty());
        QCOMPARE(log.front().why, QStringLiteral("Both describe learning from peers"));
        QCOMPARE(log.front().coder, QStringLiteral("Ana"));
        QVERIFY(!window->codeModel()->indexOfCode(b.id).isValid()); // archived: out of the tree
        QCOMPARE(window->selectedCodeId(), a.id);

        // Split: the first two of its segments go to a new code.
        auto *split = window->findChild<QAction *>(QStringLiteral("splitCodeAction"));
        QVERIFY(split->isEnabled());
        split->trigger();
        auto *splitDialog = waitForChild<SplitDialog>(window.get());
        QVERIFY(!splitDialog->splitButton()->isEnabled());
        const auto segments = project.segmentsOfCode(a.id).value();
        QVERIFY(segments.size() >= 3);
        QVERIFY(splitDialog->setChecked(segments[0].id, true));
        QVERIFY(splitDialog->setChecked(segments[1].id, true));
        QTest::keyClicks(splitDialog->nameEdit(), QStringLiteral("Peer learning across sites"));
        QTest::keyClicks(splitDialog->whyEdit(), QStringLiteral("Learning is not contact"));
        QVERIFY(splitDialog->splitButton()->isEnabled());
        splitDialog->splitButton()->click();
        auto made = project.codeByName(QStringLiteral("Peer learning across sites"));
        QVERIFY(made.has_value());
        QCOMPARE(made->segmentCount, 2);
        QCOMPARE(window->selectedCodeId(), made->id);
        log = project.auditLog(AuditFilter{QStringLiteral("code.split"), {}, {}, 0}).value();
        QCOMPARE(log.front().why, QStringLiteral("Learning is not contact"));

        // Undo the split, then the merge: every count as it was.
        window->undoStack()->undo();
        QVERIFY(!project.codeByName(QStringLiteral("Peer learning across sites")).has_value());
        window->undoStack()->undo();
        QVERIFY(!project.code(b.id)->archived);
        QCOMPARE(project.code(a.id)->segmentCount, a.segmentCount);
        QCOMPARE(project.code(b.id)->segmentCount, b.segmentCount);
        QVERIFY(window->codeModel()->indexOfCode(b.id).isValid());
    }

    void compareCodesSideBySide()
    {
        auto window = openDemo();
        Project &project = *window->project();
        const ThemeInfo theme = project.themes().value().front();
        const auto codes = project.codesOfTheme(theme.id).value();
        QVERIFY(codes.size() >= 2);
        QTreeView *view = window->codeView();
        view->selectionModel()->select(window->codeViewIndex(window->codeModel()->indexOfCode(codes[0].id)),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->selectionModel()->select(window->codeViewIndex(window->codeModel()->indexOfCode(codes[1].id)),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        CompareCodesView *compare = window->compareSelectedCodes();
        QVERIFY(compare);
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        QCOMPARE(compare->columnCount(), 2);
        QCOMPARE(compare->codes(), (QList<Id>{codes[0].id, codes[1].id}));
        QCOMPARE(compare->columnModel(0)->rowCount(), int(codes[0].segmentCount));
        QCOMPARE(compare->columnModel(1)->rowCount(), int(codes[1].segmentCount));
        QVERIFY(compare->addColumn(codes.size() > 2 ? codes[2].id : codes[0].id));
        QCOMPARE(compare->columnCount(), 3);
        shoot(compare, QStringLiteral("hierarchy-compare.png"));
        compare->mergeButton()->click(); // "Merge…" opens the merge dialog on the codes shown
        auto *dialog = waitForChild<MergeDialog>(window.get());
        QCOMPARE(dialog->fromIds().size() + 1, qsizetype(compare->codes().size()));
        dialog->reject();
        compare->close();
    }

    void theStripCountsWhatIsNotPlaced()
    {
        auto window = openDemo();
        Project &project = *window->project();
        UnplacedStrip *strip = window->unplacedStrip();
        auto expectCounts = [&] {
            QCOMPARE(strip->codeCount(), int(project.unplacedCodes().value().size()));
            QCOMPARE(strip->themeCount(), int(project.unplacedThemes().value().size()));
        };
        expectCounts();
        // Take two first-order codes and a theme out: "2 first-order codes and 1 theme".
        const ThemeInfo theme = project.themes().value().front();
        const auto codes = project.codesOfTheme(theme.id).value();
        QTreeView *view = window->codeView();
        for (int i = 0; i < 2; ++i)
            view->selectionModel()->select(window->codeViewIndex(window->codeModel()->indexOfCode(codes[size_t(i)].id)),
                                           (i == 0 ? QItemSelectionModel::ClearAndSelect : QItemSelectionModel::Select) |
                                               QItemSelectionModel::Rows);
        view->selectionModel()->setCurrentIndex(window->codeViewIndex(window->codeModel()->indexOfCode(codes[0].id)),
                                                QItemSelectionModel::NoUpdate);
        window->findChild<QAction *>(QStringLiteral("unplaceAction"))->trigger();
        QVERIFY(window->selectTheme(project.themes().value().back().id));
        window->findChild<QAction *>(QStringLiteral("unplaceAction"))->trigger();
        expectCounts();
        QCOMPARE(strip->text(), QStringLiteral("2 first-order codes and 1 theme are not placed yet"));
        QVERIFY(strip->isVisibleTo(window.get()));
        shoot(window->codeView()->parentWidget(), QStringLiteral("hierarchy-code-tree-unplaced.png"));
        // "Show" selects the first of them.
        strip->showFirst();
        QCOMPARE(window->selectedCodeId(), project.unplacedCodes().value().front().id);
        window->undoStack()->undo();
        window->undoStack()->undo();
        expectCounts();
        QVERIFY(!strip->isVisibleTo(window.get()));
    }

    void theAuditViewListsAndShowsAnOlderHierarchy()
    {
        auto window = openDemo();
        Project &project = *window->project();
        AuditView *audit = window->auditView();
        window->findChild<QAction *>(QStringLiteral("showAuditLog"))->trigger();
        QTRY_VERIFY(audit->isVisible());
        QAbstractItemModelTester tester(audit->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int before = audit->model()->rowCount();
        QCOMPARE(before, int(project.auditLog().value().size()));

        // A theme made, then placed: two new entries, newest first.
        HierarchyEdits edits(project, *window->undoStack());
        const Id theme = edits.createTheme(QStringLiteral("Shared vocabulary"), {}).value();
        const Id dimension = project.dimensions().value().front().id;
        QVERIFY(edits.placeThemes({theme}, dimension).has_value());
        audit->refresh();
        QCOMPARE(audit->model()->rowCount(), before + 2);
        QCOMPARE(audit->model()->words(0), QStringLiteral("Placed theme “Shared vocabulary” under dimension “%1”")
                                                 .arg(project.dimension(dimension)->name));
        QCOMPARE(audit->model()->words(1), QStringLiteral("Created theme “Shared vocabulary”"));
        QCOMPARE(audit->model()->index(0, AuditModel::CoderColumn).data().toString(), QStringLiteral("Ana"));

        // As it was after the creation: the theme not placed yet; after the placing: under the dimension.
        QVERIFY(audit->showHierarchyAt(1));
        QTreeWidget *tree = audit->hierarchy();
        auto topLevel = [tree] {
            QStringList names;
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                names << tree->topLevelItem(i)->text(0);
            return names;
        };
        QVERIFY(topLevel().contains(QStringLiteral("Not placed yet")));
        QTreeWidgetItem *rest = tree->findItems(QStringLiteral("Not placed yet"), Qt::MatchExactly).value(0);
        QVERIFY(rest);
        bool unplaced = false;
        for (int i = 0; i < rest->childCount(); ++i)
            unplaced |= rest->child(i)->text(0) == QStringLiteral("Shared vocabulary");
        QVERIFY(unplaced);
        QVERIFY(audit->showHierarchyAt(0));
        QTreeWidgetItem *first = tree->topLevelItem(0);
        QCOMPARE(first->text(0), project.dimension(dimension)->name);
        QCOMPARE(first->child(first->childCount() - 1)->text(0), QStringLiteral("Shared vocabulary"));
        QVERIFY(!topLevel().contains(QStringLiteral("Not placed yet")));

        // Filters: by kind of change and by text.
        audit->kindFilter()->setCurrentIndex(audit->kindFilter()->findText(QStringLiteral("Themes")));
        audit->kindFilter()->activated(audit->kindFilter()->currentIndex());
        for (int row = 0; row < audit->model()->rowCount(); ++row)
            QVERIFY(audit->model()->entry(row).action.startsWith(QStringLiteral("theme.")));
        QVERIFY(audit->model()->rowCount() >= 2);
        audit->kindFilter()->setCurrentIndex(0);
        audit->kindFilter()->activated(0);
        audit->textFilter()->setText(QStringLiteral("Shared vocabulary"));
        QCOMPARE(audit->model()->rowCount(), 2);
        audit->textFilter()->clear();

        // An undo is a new entry too, at the top.
        window->undoStack()->undo();
        audit->refresh();
        QCOMPARE(audit->model()->words(0), QStringLiteral("Undid placing a theme"));
        audit->view()->setCurrentIndex(audit->model()->index(2, 0));
        QVERIFY(audit->showHierarchyAt(2));
        window->resizeDocks({audit}, {420}, Qt::Vertical);
        shoot(audit, QStringLiteral("hierarchy-audit.png"));
    }

    void theCodebookCountsEditsAndExports()
    {
        auto window = openDemo();
        Project &project = *window->project();
        CodebookView *codebook = window->codebookView();
        window->findChild<QAction *>(QStringLiteral("showCodebook"))->trigger();
        QTRY_VERIFY(codebook->isVisible());
        CodebookModel *model = codebook->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

        int active = 0;
        const std::vector<CodeInfo> allCodes = project.codes().value();
        for (const CodeInfo &c : allCodes)
            if (!c.archived) {
                ++active;
                const int row = model->rowOf(c.id);
                QVERIFY2(row >= 0, qPrintable(c.name));
                const CodebookRow &r = model->rows()[size_t(row)];
                QCOMPARE(r.segments, c.segmentCount);
                QCOMPARE(r.sources, c.sourceCount);
                QCOMPARE(int(r.stage), int(c.stage));
                if (c.segmentCount > 0) {
                    QVERIFY(!r.firstUsed.isEmpty());
                    QVERIFY(r.firstUsed <= r.lastUsed);
                    QVERIFY(!r.exemplar.isEmpty());
                }
            }
        QCOMPARE(model->rowCount(), active);
        // The data structure's order: the first row is the first dimension's first theme's first code.
        const Id firstDimension = project.dimensions().value().front().id;
        ThemeInfo firstTheme;
        const std::vector<ThemeInfo> allThemes = project.themes().value();
        for (const ThemeInfo &t : allThemes)
            if (t.dimensionId == firstDimension && t.position == 0)
                firstTheme = t;
        QCOMPARE(model->rows().front().codeId, project.codesOfTheme(firstTheme.id).value().front().id);
        QCOMPARE(model->rows().front().theme, firstTheme.name);

        // A definition edited in place, then undone.
        const Id code = model->rows().front().codeId;
        const QString original = project.code(code)->definition;
        const QModelIndex cell = codebook->shownModel()->index(0, CodebookModel::DefinitionColumn);
        QVERIFY(codebook->shownModel()->setData(cell, QStringLiteral("Visits to sites that went live first.")));
        QCOMPARE(project.code(code)->definition, QStringLiteral("Visits to sites that went live first."));
        QCOMPARE(model->rows().front().definition, QStringLiteral("Visits to sites that went live first."));
        window->undoStack()->undo();
        QCOMPARE(project.code(code)->definition, original);
        codebook->model()->refresh();
        QCOMPARE(model->rows().front().definition, original);

        // A change elsewhere shows after the burst of signals.
        QVERIFY(HierarchyEdits(project, *window->undoStack())
                    .renameCode(code, QStringLiteral("Pilot site visits")));
        QTRY_COMPARE(model->rows().front().name, QStringLiteral("Pilot site visits"));

        // Filtered, then exported as CSV: the rows shown, with the header.
        codebook->filterEdit()->setText(QStringLiteral("pilot site"));
        const int shown = codebook->shownModel()->rowCount();
        QVERIFY(shown > 0 && shown < active);
        const QString csv = m_dir.filePath(QStringLiteral("codebook.csv"));
        QVERIFY(codebook->exportTo(csv).has_value());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a BOM, so spreadsheets read UTF-8
        const QString text = QString::fromUtf8(bytes.mid(3));
        QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QVERIFY(lines.front().startsWith(QStringLiteral("Code,Stage,Theme,Dimension,Definition,Segments,Sources")));
        QCOMPARE(lines.size(), shown + 1);
        QVERIFY(text.contains(QStringLiteral("Pilot site visits,First-order,")));
        const QString md = m_dir.filePath(QStringLiteral("codebook.md"));
        QVERIFY(codebook->exportTo(md).has_value());
        QVERIFY(!codebook->exportTo(m_dir.filePath(QStringLiteral("codebook.docx"))).has_value());
        // As a document: every code by dimension and theme, in HTML here.
        const QString html = m_dir.filePath(QStringLiteral("codebook.html"));
        QVERIFY(codebook->exportTo(html).has_value());
        QFile page(html);
        QVERIFY(page.open(QIODevice::ReadOnly));
        const QString document = QString::fromUtf8(page.readAll());
        QVERIFY(document.contains(QStringLiteral("<h1>Codebook</h1>")));
        QVERIFY(document.contains(QStringLiteral("Pilot site visits")));
        QVERIFY(codebook->exportTo(m_dir.filePath(QStringLiteral("codebook.odt"))).has_value());
        codebook->filterEdit()->clear();
        window->resizeDocks({codebook}, {420}, Qt::Vertical);
        shoot(codebook, QStringLiteral("hierarchy-codebook.png"));
    }

    void memosOnEveryTierAndExemplars()
    {
        auto window = openDemo();
        Project &project = *window->project();
        const ThemeInfo theme = project.themes().value().front();
        const DimensionInfo dimension = project.dimensions().value().front();

        // A theme's and a dimension's memo from the code tree.
        QVERIFY(window->selectTheme(theme.id));
        auto *memo = window->findChild<QAction *>(QStringLiteral("tierMemoAction"));
        QCOMPARE(memo->text(), QStringLiteral("New &Memo on Theme"));
        memo->trigger();
        QCOMPARE(project.memosOf(QStringLiteral("theme"), theme.id).value().size(), size_t(1));
        QVERIFY(window->selectDimension(dimension.id));
        memo->trigger();
        QCOMPARE(project.memosOf(QStringLiteral("dimension"), dimension.id).value().size(), size_t(1));
        QStringList targets;
        for (int row = 0; row < window->memosDock()->list()->count(); ++row)
            targets << window->memosDock()->list()->item(row)->toolTip();
        QVERIFY(targets.contains(QStringLiteral("Theme: %1").arg(theme.name)));
        QVERIFY(targets.contains(QStringLiteral("Dimension: %1").arg(dimension.name)));

        // A segment's memo and an exemplar quote from the segments dock's menu.
        const CodeInfo code = project.codesOfTheme(theme.id).value().front();
        QVERIFY(window->selectCode(code.id));
        SegmentsDock *segments = window->segmentsDock();
        QTRY_COMPARE(segments->model()->rowCount(), int(code.segmentCount));
        segments->view()->setCurrentIndex(segments->shownModel()->index(0, 0));
        const Id segment = segments->selectedSegmentIds().value(0);
        QVERIFY(segment != 0);
        QMenu menu;
        segments->fillContextMenu(&menu);
        auto find = [&menu](const QString &name) {
            for (QAction *a : menu.actions())
                if (a->objectName() == name)
                    return a;
            return static_cast<QAction *>(nullptr);
        };
        QVERIFY(find(QStringLiteral("segmentMemoAction")));
        find(QStringLiteral("segmentMemoAction"))->trigger();
        QCOMPARE(project.memosOf(QStringLiteral("segment"), segment).value().size(), size_t(1));
        const auto chosenBefore = project.exemplarsOf(theme.id).value();
        QAction *exemplar = find(QStringLiteral("exemplarAction"));
        QVERIFY(exemplar);
        const bool was = std::ranges::any_of(chosenBefore, [segment](const SegmentInfo &s) { return s.id == segment; });
        QCOMPARE(exemplar->text().startsWith(QStringLiteral("Drop")), was);
        exemplar->trigger();
        const auto chosen = project.exemplarsOf(theme.id).value();
        QCOMPARE(std::ranges::any_of(chosen, [segment](const SegmentInfo &s) { return s.id == segment; }), !was);
        window->undoStack()->undo();
        QCOMPARE(project.exemplarsOf(theme.id).value().size(), chosenBefore.size());
    }
};

QTEST_MAIN(HierarchyTest)
#include "hierarchy_test.moc"
