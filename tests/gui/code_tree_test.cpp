// The codes panel in the real main window on the demo project: the filter box
// over the tree, the Sources column, and rename, recolour, stage and archive from
// the Code menu's methods, each undoable and shown in the tree without a reset.
#include "core/demo/demo_project.h"
#include "core/model/project.h"
#include "ui/codes/code_tree_model.h"
#include "ui/mainwindow/main_window.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace gw;

class CodeTreeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_projects = 0;

    [[nodiscard]] QString demoPath()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo%1.groundwork").arg(++m_projects));
        auto demo = createDemoProject(path);
        return demo ? path : QString();
    }

    // Every row of the view under PARENT, counted recursively.
    static int visibleRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        int rows = model->rowCount(parent);
        for (int row = 0, n = rows; row < n; ++row)
            rows += visibleRows(model, model->index(row, 0, parent));
        return rows;
    }

    // An unplaced open code of the demo project.
    static CodeInfo openCode(Project &project)
    {
        for (const CodeInfo &c : project.codes().value_or(std::vector<CodeInfo>{}))
            if (!c.archived && c.stage == CodeStage::Open && !c.themeId)
                return c;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GroundworkTests"));
        QCoreApplication::setApplicationName(QStringLiteral("code_tree_gui_tests"));
        QVERIFY(m_dir.isValid());
    }

    void filterNarrowsTheRowsAndKeepsSelection()
    {
        const QString path = demoPath();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(window.openProject(path).has_value());
        const CodeInfo code = openCode(*window.project());
        QVERIFY(code.id != 0);

        QCOMPARE(window.codeView()->model(), window.codeProxy());
        QCOMPARE(window.codeModel()->columnCount(), 3);
        QCOMPARE(window.codeModel()->headerData(CodeTreeModel::SourcesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Sources"));
        QCOMPARE(window.codeModel()->indexOfCode(code.id, CodeTreeModel::SourcesColumn).data().toLongLong(),
                 code.sourceCount);

        const int all = visibleRows(window.codeProxy());
        window.codeFilter()->setText(code.name.toUpper()); // case-insensitive
        const int filtered = visibleRows(window.codeProxy());
        QVERIFY2(filtered < all, qPrintable(QStringLiteral("%1 of %2").arg(filtered).arg(all)));
        const QModelIndex shown = window.codeViewIndex(window.codeModel()->indexOfCode(code.id));
        QVERIFY(shown.isValid());
        QVERIFY(window.codeView()->isExpanded(shown.parent()));

        // The selection reads through the proxy.
        window.codeView()->setCurrentIndex(shown);
        QCOMPARE(window.selectedCodeId(), code.id);

        window.codeFilter()->setText(QStringLiteral("no code is called this"));
        QCOMPARE(window.codeProxy()->rowCount(), 0);
        window.codeFilter()->clear();
        QCOMPARE(visibleRows(window.codeProxy()), all);

        // Selecting a code the filter hides clears the filter.
        window.codeFilter()->setText(QStringLiteral("no code is called this"));
        QVERIFY(window.selectCode(code.id));
        QVERIFY(window.codeFilter()->text().isEmpty());
        QCOMPARE(window.selectedCodeId(), code.id);
    }

    void editsAreUndoableWithoutAReset()
    {
        const QString path = demoPath();
        QVERIFY(!path.isEmpty());
        MainWindow window;
        QVERIFY(window.openProject(path).has_value());
        Project &project = *window.project();
        CodeTreeModel *model = window.codeModel();
        QUndoStack *stack = window.undoStack();
        const CodeInfo code = openCode(project);
        QVERIFY(code.id != 0);
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QVERIFY(window.selectCode(code.id));

        // Rename, then undo.
        const QString renamed = QStringLiteral("Renamed in the tree");
        auto ok = window.renameSelectedCode(renamed);
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
        QCOMPARE(project.code(code.id)->name, renamed);
        QCOMPARE(model->indexOfCode(code.id).data().toString(), renamed);
        stack->undo();
        QCOMPARE(project.code(code.id)->name, code.name);
        QCOMPARE(model->indexOfCode(code.id).data().toString(), code.name);

        // A duplicate name is refused with an Error and nothing pushed.
        const int depth = stack->count();
        CodeInfo other;
        for (const CodeInfo &c : project.codes().value_or(std::vector<CodeInfo>{}))
            if (c.id != code.id && !c.archived)
                other = c;
        QVERIFY(other.id != 0);
        QVERIFY(!window.renameSelectedCode(other.name).has_value());
        QCOMPARE(stack->count(), depth);

        // Recolour, then undo.
        const QString colour = QStringLiteral("#123456");
        QVERIFY(window.recolourSelectedCode(QColor(colour)).has_value());
        QCOMPARE(project.code(code.id)->color, colour);
        QCOMPARE(model->indexOfCode(code.id).data(CodeTreeModel::CodeColorRole).toString(), colour);
        stack->undo();
        QCOMPARE(project.code(code.id)->color, code.color);
        QCOMPARE(model->indexOfCode(code.id).data(CodeTreeModel::CodeColorRole).toString(), code.color);

        // Stage: the code moves to the focused group, and back on undo.
        QVERIFY(window.setSelectedCodeStage(CodeStage::Focused).has_value());
        QVERIFY(project.code(code.id)->stage == CodeStage::Focused);
        QCOMPARE(model->indexOfCode(code.id).parent(), model->indexOfStageGroup(CodeStage::Focused));
        QCOMPARE(window.selectedCodeId(), code.id);
        stack->undo();
        QVERIFY(project.code(code.id)->stage == CodeStage::Open);
        QCOMPARE(model->indexOfCode(code.id).parent(), model->indexOfStageGroup(CodeStage::Open));

        // Archive hides the row (the code stays in the store); undo brings it back.
        QVERIFY(window.selectCode(code.id));
        QVERIFY(window.archiveSelectedCode().has_value());
        QVERIFY(project.code(code.id).has_value());
        QVERIFY(project.code(code.id)->archived);
        QVERIFY(!model->indexOfCode(code.id).isValid());
        // "Show archived" shows it greyed; restoring from there is undoable too.
        window.showArchivedBox()->setChecked(true);
        QVERIFY(model->indexOfCode(code.id).data(CodeTreeModel::ArchivedRole).toBool());
        window.showArchivedBox()->setChecked(false);
        QVERIFY(!model->indexOfCode(code.id).isValid());
        stack->undo();
        QVERIFY(!project.code(code.id)->archived);
        QVERIFY(model->indexOfCode(code.id).isValid());
        QVERIFY(!model->indexOfCode(code.id).data(CodeTreeModel::ArchivedRole).toBool());

        // A new code lands in its stage group, selected; undo removes it.
        auto created = window.createCodeNamed(QStringLiteral("Made in the tree"), CodeStage::Focused);
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
        QCOMPARE(model->indexOfCode(*created).parent(), model->indexOfStageGroup(CodeStage::Focused));
        QCOMPARE(window.selectedCodeId(), *created);
        QVERIFY(!window.createCodeNamed(QStringLiteral("Made in the tree"), CodeStage::Open).has_value());
        stack->undo();
        QVERIFY(!model->indexOfCode(*created).isValid());

        QCOMPARE(resets.count(), 0);
    }
};

QTEST_MAIN(CodeTreeTest)
#include "code_tree_test.moc"
