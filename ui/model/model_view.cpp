#include "ui/model/model_view.h"

#include "core/model/display_names.h"
#include "core/commands/add_influence.h"
#include "core/commands/move_outcome.h"
#include "core/commands/place_model_element.h"
#include "core/commands/remove_influence.h"
#include "core/commands/remove_model_element.h"
#include "core/commands/set_element_level.h"
#include "core/commands/set_element_role.h"
#include "core/commands/set_influence_type.h"
#include "core/figure/model_figure.h"
#include "core/model/project.h"
#include "ui/model/model_canvas.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cmath>
#include <algorithm>

namespace gw {

namespace {

constexpr double kZoomStep = 1.25;
constexpr double kMinZoom = 0.25;
constexpr double kMaxZoom = 4.0;

QString hint()
{
    return QCoreApplication::translate(
        "gw::ModelView",
        "Drag codes, themes or dimensions here from the code tree: onto a level as a context, onto the spectrum as an "
        "outcome. Shift+drag from one element to another to draw an influence; right-click for more.");
}

} // namespace

ModelView::ModelView(QWidget *parent) : QWidget(parent), m_canvas(new ModelCanvas), m_reload(new QTimer(this))
{
    setObjectName(QStringLiteral("modelView"));
    m_reload->setSingleShot(true);
    m_reload->setInterval(0);
    connect(m_reload, &QTimer::timeout, this, &ModelView::reload);
    createToolBar();

    m_hint = new QLabel(hint(), this);
    m_hint->setObjectName(QStringLiteral("modelHint"));
    m_hint->setWordWrap(true);
    m_hint->setContentsMargins(10, 4, 10, 4);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("modelScroll"));
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setBackgroundRole(QPalette::Mid);
    m_scroll->viewport()->installEventFilter(this);
    m_canvas->installEventFilter(this);
    m_canvas->setPlaceholder(tr("No project is open."));

    connect(m_canvas, &ModelCanvas::outcomeMoved, this, [this](Id id, SpectrumPoint p) { moveOutcome(id, p); });
    connect(m_canvas, &ModelCanvas::factorMovedToBand, this,
            [this](Id id, int band) { setLevel(id, levelOfBand(band)); });
    connect(m_canvas, &ModelCanvas::linkDrawn, this, [this](Id from, Id to) { link(from, to, currentType()); });
    connect(m_canvas, &ModelCanvas::tiersDropped, this, &ModelView::onDrop);
    connect(m_canvas, &ModelCanvas::menuRequested, this, &ModelView::onMenu);
    connect(m_canvas, &ModelCanvas::arrowActivated, this, [this](int arrow) {
        Q_EMIT influenceActivated(figure().arrows[std::size_t(arrow)].influenceId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_hint);
    layout->addWidget(m_scroll, 1);
}

void ModelView::createToolBar()
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("modelToolBar"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_link = m_toolBar->addAction(tr("&Link"));
    m_link->setCheckable(true);
    m_link->setShortcut(QKeySequence(Qt::Key_L));
    m_link->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_link->setToolTip(tr("Draw influences by dragging from one element to another (L; or Shift+drag)"));
    connect(m_link, &QAction::toggled, m_canvas, &ModelCanvas::setLinkMode);
    m_linkType = new QComboBox(this);
    m_linkType->setObjectName(QStringLiteral("linkType"));
    m_linkType->setToolTip(tr("The type a drawn influence gets"));
    m_toolBar->addWidget(m_linkType);
    m_toolBar->addSeparator();

    m_zoomOut = m_toolBar->addAction(QStringLiteral("−"), this, [this] {
        m_fitted = false;
        applyZoom(zoom() / kZoomStep);
    });
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-, Ctrl+wheel)"));
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setMinimumWidth(44);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    m_toolBar->addWidget(m_zoomLabel);
    m_zoomIn = m_toolBar->addAction(QStringLiteral("+"), this, [this] {
        m_fitted = false;
        applyZoom(zoom() * kZoomStep);
    });
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++, Ctrl+wheel)"));
    m_fit = m_toolBar->addAction(tr("&Fit"), this, &ModelView::fit);
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_fit->setToolTip(tr("The whole model in view (Ctrl+0)"));
    for (QAction *a : {m_zoomIn, m_zoomOut, m_fit})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_toolBar->addSeparator();
    m_suggest = m_toolBar->addAction(tr("&Suggest Links…"), this, &ModelView::suggestRequested);
    m_suggest->setToolTip(tr("Pairs of elements whose segments occur together, as candidate influences"));
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addAction(tr("Export &Figure…"), this, &ModelView::exportFigureRequested)
        ->setToolTip(tr("The model or the spectrum as SVG, PDF or PNG"));
    m_toolBar->addAction(tr("Export &Table…"), this, &ModelView::exportTableRequested)
        ->setToolTip(tr("The CMO configuration table as Markdown, LaTeX, HTML, CSV, ODT or XLSX"));
}

const ModelLayout &ModelView::figure() const
{
    return m_canvas->figure();
}

void ModelView::setProject(Project *project, QUndoStack *undo)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_undo = undo;
    if (project) {
        connect(project, &Project::modelChanged, this, &ModelView::schedule);
        connect(project, &Project::structureChanged, this, &ModelView::schedule);
        connect(project, &Project::codeChanged, this, &ModelView::schedule);
        connect(project, &Project::segmentsChanged, this, &ModelView::schedule);
    }
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void ModelView::schedule()
{
    if (isVisible())
        m_reload->start();
    else
        m_stale = true;
}

void ModelView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

void ModelView::reload()
{
    m_stale = false;
    m_input = {};
    if (!m_project) {
        m_canvas->setFigure({});
        m_canvas->setPlaceholder(tr("No project is open."));
        return;
    }
    auto input = modelFigureInput(*m_project);
    if (!input) {
        m_canvas->setFigure({});
        m_canvas->setPlaceholder(input.error().message);
        return;
    }
    m_input = std::move(*input);
    const Id chosen = currentType();
    m_linkType->clear();
    for (const InfluenceType &t : m_input.types)
        m_linkType->addItem(t.name, QVariant::fromValue(t.id));
    if (const int i = m_linkType->findData(QVariant::fromValue(chosen)); i >= 0)
        m_linkType->setCurrentIndex(i);
    m_canvas->setFigure(layOutModelFigure(m_input, ModelFigureOptions{}));
    m_canvas->setPlaceholder(hint());
    if (m_fitted)
        fit();
    else
        applyZoom(zoom());
}

Id ModelView::currentType() const
{
    return m_linkType->currentData().value<Id>();
}

std::optional<Id> ModelView::levelOfBand(int band) const
{
    if (band < 0 || std::size_t(band) >= figure().bands.size())
        return std::nullopt;
    const QString label = figure().bands[std::size_t(band)].label;
    for (const ModelLevel &level : m_input.levels)
        if (level.name == label)
            return level.id;
    return std::nullopt;
}

bool ModelView::push(auto made)
{
    if (!made) {
        QMessageBox::warning(this, tr("CMO Model"), made.error().message);
        return false;
    }
    if (!m_undo)
        return false;
    m_undo->push(made->release());
    reload(); // at once, so the next gesture sees the new figure
    return true;
}

bool ModelView::place(ElementKind kind, Id targetId, ModelRole role, std::optional<Id> levelId,
                      std::optional<SpectrumPoint> point)
{
    if (!m_project)
        return false;
    return push(PlaceModelElement::make(
        *m_project, NewModelElement{.kind = kind, .targetId = targetId, .role = role, .levelId = levelId, .point = point}));
}

bool ModelView::moveOutcome(Id elementId, SpectrumPoint point)
{
    return m_project && push(MoveOutcome::make(*m_project, elementId, point));
}

bool ModelView::setLevel(Id elementId, std::optional<Id> levelId)
{
    return m_project && push(SetElementLevel::make(*m_project, elementId, levelId));
}

bool ModelView::setRole(Id elementId, ModelRole role)
{
    return m_project && push(SetElementRole::make(*m_project, elementId, role));
}

bool ModelView::link(Id fromElementId, Id toElementId, Id typeId)
{
    return m_project && push(AddInfluence::make(*m_project, fromElementId, toElementId, typeId));
}

bool ModelView::removeElement(Id elementId)
{
    return m_project && push(RemoveModelElement::make(*m_project, elementId));
}

bool ModelView::removeInfluence(Id influenceId)
{
    return m_project && push(RemoveInfluence::make(*m_project, influenceId));
}

bool ModelView::retype(Id influenceId, Id typeId)
{
    return m_project && push(SetInfluenceType::make(*m_project, influenceId, typeId));
}

void ModelView::onDrop(ElementKind kind, const QList<Id> &ids, const QPointF &point)
{
    const auto spot = m_canvas->spectrumAt(point);
    const ModelRole role = spot ? ModelRole::Outcome : ModelRole::Context;
    const std::optional<Id> level = spot ? std::nullopt : levelOfBand(m_canvas->bandAt(point));
    if (ids.size() > 1 && m_undo)
        m_undo->beginMacro(tr("Place %1 elements in the model").arg(ids.size()));
    int n = 0;
    for (const Id id : ids) {
        std::optional<SpectrumPoint> at = spot;
        if (at) // several outcomes at once: a little apart
            at->x = std::clamp(at->x + 0.06 * n, 0.0, 1.0);
        if (!place(kind, id, role, level, at))
            break;
        ++n;
    }
    if (ids.size() > 1 && m_undo)
        m_undo->endMacro();
}

void ModelView::onMenu(const QPoint &globalPos, int box, int arrow, const QPointF &point)
{
    Q_UNUSED(point);
    if (!m_project)
        return;
    QMenu menu(this);
    if (box >= 0) {
        const ModelBox b = figure().boxes[std::size_t(box)];
        QMenu *roles = menu.addMenu(tr("&Role"));
        for (ModelRole role : {ModelRole::Context, ModelRole::Mechanism, ModelRole::Outcome}) {
            QAction *a = roles->addAction(displayName(role), this, [this, b, role] { setRole(b.elementId, role); });
            a->setCheckable(true);
            a->setChecked(b.role == role);
        }
        if (b.role != ModelRole::Outcome) {
            QMenu *levels = menu.addMenu(tr("&Level"));
            for (const ModelLevel &level : m_input.levels)
                levels->addAction(level.name, this, [this, b, id = level.id] { setLevel(b.elementId, id); });
            levels->addSeparator();
            levels->addAction(tr("No Level"), this, [this, b] { setLevel(b.elementId, std::nullopt); });
        }
        QMenu *links = menu.addMenu(tr("&Influences…"));
        for (const ModelBox &other : figure().boxes) {
            if (other.elementId == b.elementId)
                continue;
            QMenu *types = links->addMenu(other.label);
            for (const InfluenceType &t : m_input.types)
                types->addAction(t.name, this,
                                 [this, from = b.elementId, to = other.elementId, id = t.id] { link(from, to, id); });
        }
        menu.addSeparator();
        menu.addAction(tr("&Remove from Model"), this, [this, b] { removeElement(b.elementId); });
    } else if (arrow >= 0) {
        const ModelArrow a = figure().arrows[std::size_t(arrow)];
        menu.addAction(tr("&Evidence and Memo…"), this, [this, a] { Q_EMIT influenceActivated(a.influenceId); });
        QMenu *types = menu.addMenu(tr("&Type"));
        for (const InfluenceType &t : m_input.types) {
            QAction *act = types->addAction(t.name, this, [this, a, id = t.id] { retype(a.influenceId, id); });
            act->setCheckable(true);
            act->setChecked(t.name == a.typeName);
        }
        menu.addAction(tr("Co&mment…"), this, [this, a] {
            Q_EMIT commentRequested(a.influenceId, tr("%1 link").arg(a.typeName));
        });
        menu.addSeparator();
        menu.addAction(tr("&Remove Influence"), this, [this, a] { removeInfluence(a.influenceId); });
    } else {
        menu.addAction(m_fit);
        menu.addAction(m_suggest);
    }
    menu.exec(globalPos);
}

double ModelView::zoom() const
{
    return m_canvas->zoom();
}

void ModelView::setZoom(double zoom)
{
    m_fitted = false;
    applyZoom(zoom);
}

void ModelView::applyZoom(double zoom)
{
    m_canvas->setZoom(std::clamp(zoom, kMinZoom, kMaxZoom));
    m_zoomLabel->setText(QStringLiteral("%1%").arg(std::lround(m_canvas->zoom() * 100)));
    m_zoomIn->setEnabled(m_canvas->zoom() < kMaxZoom - 1e-9);
    m_zoomOut->setEnabled(m_canvas->zoom() > kMinZoom + 1e-9);
}

void ModelView::fit()
{
    m_fitted = true;
    const QSizeF size = figure().size;
    if (size.isEmpty()) {
        applyZoom(1.0);
        return;
    }
    const QSize room = m_scroll->viewport()->size() - QSize(16, 16);
    const double ppp = m_canvas->pixelsPerPoint();
    applyZoom(std::min(room.width() / (size.width() * ppp), room.height() / (size.height() * ppp)));
}

// Ctrl+wheel zooms; the view keeps fitting as it resizes until the user zooms.
bool ModelView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *wheel = static_cast<QWheelEvent *>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            m_fitted = false;
            applyZoom(wheel->angleDelta().y() > 0 ? zoom() * kZoomStep : zoom() / kZoomStep);
            return true;
        }
    }
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize && m_fitted)
        QTimer::singleShot(0, this, [this] {
            if (m_fitted)
                fit();
        });
    return QWidget::eventFilter(watched, event);
}

} // namespace gw
