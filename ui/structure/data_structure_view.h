#pragma once
// The data structure view: the open project's Gioia figure, drawn live as the
// hierarchy changes (first-order codes, second-order themes, aggregate
// dimensions), with zoom (Ctrl+wheel, Ctrl++ / Ctrl+-), fit (Ctrl+0), an
// optional counts line on each box, a warning strip naming what is not placed
// yet, and click-through: clicking a box asks for the segments of its codes
// (codesActivated). Reloads on the project's signals, coalesced into one load
// per turn of the event loop (or once when shown again, if hidden meanwhile).
// Does not own the project.

#include "core/figure/gioia_layout.h"
#include "core/structure/data_structure.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QTimer;
class QToolBar;

namespace gw {

class FigureCanvas;
class Project;

class DataStructureView : public QWidget
{
    Q_OBJECT

public:
    explicit DataStructureView(QWidget *parent = nullptr);

    // Follows PROJECT's structure (none for nullptr).
    void setProject(Project *project);
    // Shows STRUCTURE as it is, following no project (a published structure, a test).
    void setStructure(DataStructure structure);
    [[nodiscard]] const DataStructure &structure() const { return m_structure; }
    // Loads the project's structure now (also done on its signals).
    void reload();

    void setShowCounts(bool show);
    [[nodiscard]] bool showsCounts() const;
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const;
    void zoomIn();
    void zoomOut();
    // The whole figure in the visible area; kept fitted as the view resizes
    // until the user zooms. Before any zoom or fit, the figure shows at its
    // printed size, or fitted across when that is wider than the view.
    void fit();

    [[nodiscard]] FigureCanvas *canvas() const { return m_canvas; }
    [[nodiscard]] QScrollArea *scrollArea() const { return m_scroll; }
    [[nodiscard]] QLabel *warning() const { return m_warning; }
    [[nodiscard]] const GioiaLayout &figure() const;
    [[nodiscard]] QAction *zoomInAction() const { return m_zoomIn; }
    [[nodiscard]] QAction *zoomOutAction() const { return m_zoomOut; }
    [[nodiscard]] QAction *fitAction() const { return m_fit; }
    [[nodiscard]] QAction *countsAction() const { return m_counts; }
    [[nodiscard]] QAction *exportAction() const { return m_export; }

    static constexpr double kMinZoom = 0.1;
    static constexpr double kMaxZoom = 4.0;

Q_SIGNALS:
    // A box was clicked: the codes it stands for, and its kind, id and name.
    void codesActivated(const QList<gw::Id> &codeIds, gw::FigureBoxKind kind, gw::Id id, const QString &label);
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar();
    void scheduleReload();
    void relayout();
    void refreshWarning();
    void refreshZoomLabel();
    void zoomAround(double zoom, const QPoint &anchor);
    void applyZoom(double zoom);
    void adaptZoom();
    void onBoxClicked(int box);

    QPointer<Project> m_project;
    DataStructure m_structure;
    QString m_loadError;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_zoomLabel = nullptr;
    QScrollArea *m_scroll = nullptr;
    FigureCanvas *m_canvas = nullptr;
    QTimer *m_reload = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QAction *m_actualSize = nullptr;
    QAction *m_counts = nullptr;
    QAction *m_export = nullptr;
    enum class ZoomMode { Initial, Chosen, Fit };
    ZoomMode m_zoomMode = ZoomMode::Initial;
    bool m_stale = false; // the project changed while the view was hidden
};

} // namespace gw
