#pragma once
// The CMO model view (METHOD.md stage 5): the integrative model as the paper's
// figure draws it (factors by level on the left, the relationship spectrum
// with the outcomes on the right, typed arrows with their evidence counts, a
// legend), live and editable. Drop codes, themes or dimensions from the code
// tree onto a level's band (a context at that level) or onto the spectrum (an
// outcome there); drag outcomes about the spectrum and factors between
// levels; Shift+drag (or the Link tool) from one element to another draws an
// influence of the chosen type; right-click for roles, levels, types, memos
// and removal; double-click an arrow for its evidence. Every edit is one
// undoable command on the window's stack. Zoom (Ctrl+wheel, Ctrl++ / Ctrl+-)
// and fit (Ctrl+0). Reloads on the project's signals, coalesced, and only
// while shown. Does not own the project.

#include "core/figure/model_layout.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QScrollArea;
class QTimer;
class QToolBar;
class QUndoStack;

namespace gw {

class ModelCanvas;
class Project;

class ModelView : public QWidget
{
    Q_OBJECT

public:
    explicit ModelView(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *undo);
    void reload();

    [[nodiscard]] ModelCanvas *canvas() const { return m_canvas; }
    [[nodiscard]] const ModelLayout &figure() const;
    [[nodiscard]] const ModelFigureInput &model() const { return m_input; }
    [[nodiscard]] QComboBox *linkTypeBox() const { return m_linkType; }
    [[nodiscard]] QAction *linkAction() const { return m_link; }
    [[nodiscard]] QAction *fitAction() const { return m_fit; }
    [[nodiscard]] QAction *suggestAction() const { return m_suggest; }
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const;
    void fit();

    // The edits the mouse makes, each one command on the undo stack; false
    // (and a message box) when refused.
    bool place(ElementKind kind, Id targetId, ModelRole role, std::optional<Id> levelId,
               std::optional<SpectrumPoint> point = {});
    bool moveOutcome(Id elementId, SpectrumPoint point);
    bool setLevel(Id elementId, std::optional<Id> levelId);
    bool setRole(Id elementId, ModelRole role);
    bool link(Id fromElementId, Id toElementId, Id typeId);
    bool removeElement(Id elementId);
    bool removeInfluence(Id influenceId);
    bool retype(Id influenceId, Id typeId);

Q_SIGNALS:
    // Double-click on an arrow: its evidence, to show and edit.
    void influenceActivated(gw::Id influenceId);
    // "Comment…" on an arrow: a review thread on the influence, LABEL naming it.
    void commentRequested(gw::Id influenceId, const QString &label);
    void exportFigureRequested();
    void exportTableRequested();
    void suggestRequested();

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createToolBar();
    void schedule();
    bool push(auto made);
    void onDrop(ElementKind kind, const QList<Id> &ids, const QPointF &point);
    void onMenu(const QPoint &globalPos, int box, int arrow, const QPointF &point);
    [[nodiscard]] std::optional<Id> levelOfBand(int band) const;
    [[nodiscard]] Id currentType() const;
    void applyZoom(double zoom);

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_undo;
    ModelFigureInput m_input;
    ModelCanvas *m_canvas = nullptr;
    QScrollArea *m_scroll = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QComboBox *m_linkType = nullptr;
    QAction *m_link = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_suggest = nullptr;
    QTimer *m_reload = nullptr;
    bool m_stale = false;
    bool m_fitted = true; // keep fitting as the view resizes until the user zooms
};

} // namespace gw
