#include "ui/structure/data_structure_view.h"

#include "core/model/project.h"
#include "core/structure/load_data_structure.h"
#include "ui/structure/figure_canvas.h"

#include <QAction>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>

namespace gw {

namespace {

const QString kCountsKey = QStringLiteral("structureView/counts");
constexpr double kZoomStep = 1.25;

} // namespace

DataStructureView::DataStructureView(QWidget *parent)
    : QWidget(parent), m_canvas(new FigureCanvas), m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("dataStructureView"));
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &DataStructureView::reload);

    createToolBar();

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("structureWarning"));
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setContentsMargins(10, 5, 10, 5);
    m_warning->setAutoFillBackground(true);
    QPalette warn = m_warning->palette();
    warn.setColor(QPalette::Window, QColor(0xfb, 0xf1, 0xd3));
    warn.setColor(QPalette::WindowText, QColor(0x5a, 0x44, 0x0c));
    m_warning->setPalette(warn);
    m_warning->hide();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("structureScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->viewport()->installEventFilter(this);
    m_canvas->installEventFilter(this);
    m_canvas->setPlaceholder(tr("No project is open."));
    connect(m_canvas, &FigureCanvas::boxClicked, this, &DataStructureView::onBoxClicked);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_warning);
    layout->addWidget(m_scroll, 1);
    refreshZoomLabel();
}

void DataStructureView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("structureToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    auto add = [this](const QString &text, const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcuts(keys);
        // Only while the view has focus: Ctrl+0 .. Ctrl+9 mean other things elsewhere.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (!keys.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(text, keys.first().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        m_toolBar->addAction(action);
        return action;
    };
    m_zoomOut = add(QStringLiteral("−"), QStringLiteral("structureZoomOut"),
                    {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, &DataStructureView::zoomOut);
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomLabel = new QLabel(m_toolBar);
    m_zoomLabel->setObjectName(QStringLiteral("structureZoomLabel"));
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("000%")) + 8);
    m_toolBar->addWidget(m_zoomLabel);
    m_zoomIn = add(QStringLiteral("+"), QStringLiteral("structureZoomIn"),
                   {QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
                   &DataStructureView::zoomIn);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_fit = add(tr("Fit"), QStringLiteral("structureFit"), {QKeySequence(Qt::CTRL | Qt::Key_0)},
                &DataStructureView::fit);
    m_fit->setToolTip(tr("Show the whole figure (Ctrl+0)"));
    m_actualSize = add(QStringLiteral("100%"), QStringLiteral("structureActualSize"), {}, [this] { setZoom(1.0); });
    m_actualSize->setToolTip(tr("The figure at its printed size"));
    m_toolBar->addSeparator();
    m_counts = add(tr("Counts"), QStringLiteral("structureCounts"), {}, [this](bool on) { setShowCounts(on); });
    m_counts->setCheckable(true);
    m_counts->setChecked(QSettings().value(kCountsKey, false).toBool());
    m_counts->setToolTip(tr("Segments and sources on each box"));
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_export = add(tr("Export…"), QStringLiteral("structureExport"), {},
                   [this] { Q_EMIT exportRequested(); });
    m_export->setToolTip(tr("Export the figure (SVG, PDF, PNG) or Table 1"));
}

void DataStructureView::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_reload->stop();
    if (project) {
        connect(project, &Project::codeAdded, this, &DataStructureView::scheduleReload);
        connect(project, &Project::codeChanged, this, &DataStructureView::scheduleReload);
        connect(project, &Project::codeRemoved, this, &DataStructureView::scheduleReload);
        connect(project, &Project::segmentsChanged, this, &DataStructureView::scheduleReload);
        connect(project, &Project::structureChanged, this, &DataStructureView::scheduleReload);
    }
    m_zoomMode = ZoomMode::Initial;
    reload();
}

void DataStructureView::setStructure(DataStructure structure)
{
    setProject(nullptr);
    m_structure = std::move(structure);
    m_loadError.clear();
    relayout();
}

void DataStructureView::scheduleReload()
{
    if (!isVisible()) {
        m_stale = true; // coding goes on with the view closed: load once it is shown
        return;
    }
    m_reload->start();
}

void DataStructureView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
    else
        adaptZoom();
}

void DataStructureView::reload()
{
    m_reload->stop();
    m_stale = false;
    m_loadError.clear();
    if (m_project) {
        auto loaded = loadDataStructure(*m_project);
        if (loaded)
            m_structure = std::move(*loaded);
        else
            m_loadError = loaded.error().message;
    } else {
        m_structure = {};
    }
    relayout();
}

const GioiaLayout &DataStructureView::figure() const
{
    return m_canvas->figure();
}

void DataStructureView::relayout()
{
    FigureOptions options;
    options.showCounts = showsCounts();
    m_canvas->setFigure(layOutGioiaFigure(m_structure, options));
    if (!m_project && m_structure.dimensions.empty())
        m_canvas->setPlaceholder(tr("No project is open."));
    else
        m_canvas->setPlaceholder(tr("Nothing to draw yet. Place first-order codes under second-order themes, and "
                                    "themes under aggregate dimensions, and the figure appears here."));
    refreshWarning();
    adaptZoom();
}

// Until the user zooms, the figure is shown at its printed size, or narrower
// when that is wider than the view (down to half size, then it scrolls).
void DataStructureView::adaptZoom()
{
    const GioiaLayout &layout = m_canvas->figure();
    if (layout.isEmpty() || !isVisible())
        return;
    const QSize room = m_scroll->maximumViewportSize() - QSize(4, 4);
    const double perPoint = m_canvas->pixelsPerPoint();
    const double acrossFits = room.width() / (layout.size.width() * perPoint);
    const double allFits = std::min(acrossFits, room.height() / (layout.size.height() * perPoint));
    if (m_zoomMode == ZoomMode::Fit)
        applyZoom(allFits);
    else if (m_zoomMode == ZoomMode::Initial)
        applyZoom(std::clamp(acrossFits, 0.5, 1.0));
}

void DataStructureView::refreshWarning()
{
    QStringList parts;
    if (!m_loadError.isEmpty()) {
        m_warning->setText(m_loadError);
        m_warning->show();
        return;
    }
    const GioiaLayout &layout = m_canvas->figure();
    if (const int n = int(layout.unplacedCodes); n > 0)
        parts << (n == 1 ? tr("%n first-order code not under a theme", nullptr, n)
                         : tr("%n first-order codes not under a theme", nullptr, n));
    if (const int n = int(layout.unplacedThemes); n > 0)
        parts << (n == 1 ? tr("%n theme not under a dimension", nullptr, n)
                         : tr("%n themes not under a dimension", nullptr, n));
    if (parts.isEmpty()) {
        m_warning->hide();
        return;
    }
    m_warning->setText(parts.size() == 2
                           ? tr("Not placed yet, so not in the figure: %1 and %2.").arg(parts[0], parts[1])
                           : tr("Not placed yet, so not in the figure: %1.").arg(parts[0]));
    m_warning->show();
}

void DataStructureView::setShowCounts(bool show)
{
    if (m_counts->isChecked() != show)
        m_counts->setChecked(show);
    QSettings().setValue(kCountsKey, show);
    relayout();
}

bool DataStructureView::showsCounts() const
{
    return m_counts->isChecked();
}

double DataStructureView::zoom() const
{
    return m_canvas->zoom();
}

void DataStructureView::setZoom(double zoom)
{
    m_zoomMode = ZoomMode::Chosen;
    applyZoom(zoom);
}

void DataStructureView::applyZoom(double zoom)
{
    m_canvas->setZoom(std::clamp(zoom, kMinZoom, kMaxZoom));
    refreshZoomLabel();
}

void DataStructureView::zoomIn()
{
    m_zoomMode = ZoomMode::Chosen;
    zoomAround(zoom() * kZoomStep, m_scroll->viewport()->rect().center());
}

void DataStructureView::zoomOut()
{
    m_zoomMode = ZoomMode::Chosen;
    zoomAround(zoom() / kZoomStep, m_scroll->viewport()->rect().center());
}

// Zooms keeping the figure point under ANCHOR (viewport coordinates) in place.
void DataStructureView::zoomAround(double zoom, const QPoint &anchor)
{
    const double before = this->zoom();
    const QPointF onCanvas = m_canvas->mapFrom(m_scroll->viewport(), anchor);
    applyZoom(zoom);
    const double ratio = this->zoom() / before;
    const QPointF moved = onCanvas * ratio;
    m_scroll->horizontalScrollBar()->setValue(int(moved.x() - anchor.x()));
    m_scroll->verticalScrollBar()->setValue(int(moved.y() - anchor.y()));
}

void DataStructureView::fit()
{
    m_zoomMode = ZoomMode::Fit;
    adaptZoom();
}

void DataStructureView::refreshZoomLabel()
{
    m_zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(zoom() * 100)));
    m_zoomIn->setEnabled(zoom() < kMaxZoom - 1e-9);
    m_zoomOut->setEnabled(zoom() > kMinZoom + 1e-9);
}

void DataStructureView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adaptZoom();
}

// Ctrl+wheel zooms about the mouse; the plain wheel scrolls.
bool DataStructureView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            const int steps = wheel->angleDelta().y();
            if (steps != 0) {
                m_zoomMode = ZoomMode::Chosen;
                const QPoint at = m_scroll->viewport()->mapFromGlobal(wheel->globalPosition().toPoint());
                zoomAround(zoom() * std::pow(kZoomStep, steps / 120.0), at);
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DataStructureView::onBoxClicked(int box)
{
    const GioiaLayout &layout = m_canvas->figure();
    if (box < 0 || std::size_t(box) >= layout.boxes.size())
        return;
    const FigureBox &b = layout.boxes[std::size_t(box)];
    if (b.codeIds.isEmpty() || b.codeIds.contains(0))
        return; // a structure read from a file: nothing to show
    Q_EMIT codesActivated(b.codeIds, b.kind, b.id, b.label);
}

} // namespace gw
