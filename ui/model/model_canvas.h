#pragma once
// The surface the CMO model view draws on: the model figure's layout painted
// by core's paintModelFigure at a zoom (so the screen shows what the export
// writes), with the element or influence under the mouse outlined. Editing by
// mouse: drag an outcome about the spectrum, drag a factor into another
// level's band, Shift+drag from one element to another (or drag in link mode)
// to draw an influence, drop codes, themes or dimensions from the code tree to
// place them; each is announced as a signal for the view to make an undoable
// command of. Sized to the zoomed figure, so it sits in a scroll area.

#include "core/figure/model_layout.h"

#include <QWidget>
#include <optional>

namespace gw {

class ModelCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit ModelCanvas(QWidget *parent = nullptr);

    void setFigure(ModelLayout layout);
    [[nodiscard]] const ModelLayout &figure() const { return m_layout; }
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    [[nodiscard]] double pixelsPerPoint() const;
    // Drawing influences with a plain drag (the view's "Link" tool).
    void setLinkMode(bool on) { m_linkMode = on; }
    [[nodiscard]] bool linkMode() const { return m_linkMode; }
    void setPlaceholder(const QString &text);

    // Between widget pixels and figure points.
    [[nodiscard]] QPointF toFigure(const QPointF &widget) const { return widget / scale(); }
    [[nodiscard]] QPoint toWidget(const QPointF &figure) const { return (figure * scale()).toPoint(); }
    [[nodiscard]] QRect boxRect(int box) const;
    // The influence whose arrow passes within a few points of POINT (figure), or -1.
    [[nodiscard]] int arrowAt(const QPointF &point) const;
    // The spectrum point under POINT (figure), when it is on the plane.
    [[nodiscard]] std::optional<SpectrumPoint> spectrumAt(const QPointF &point) const;
    // The level band under POINT (figure): its index in figure().bands, or -1.
    [[nodiscard]] int bandAt(const QPointF &point) const;

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void outcomeMoved(gw::Id elementId, gw::SpectrumPoint point);
    void factorMovedToBand(gw::Id elementId, int band);
    void linkDrawn(gw::Id fromElementId, gw::Id toElementId);
    // Ids of codes, themes or dimensions dropped from the code tree at POINT (figure).
    void tiersDropped(gw::ElementKind kind, const QList<gw::Id> &ids, const QPointF &point);
    // A right click: the box and arrow under it (-1 for none) and the figure point.
    void menuRequested(const QPoint &globalPos, int box, int arrow, const QPointF &point);
    void arrowActivated(int arrow);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum class Drag { None, Pending, Move, Link };

    [[nodiscard]] double scale() const { return m_zoom * pixelsPerPoint(); }
    [[nodiscard]] int boxAt(const QPointF &widget) const;
    void setHovered(int box, int arrow);

    ModelLayout m_layout;
    double m_zoom = 1.0;
    int m_hoveredBox = -1;
    int m_hoveredArrow = -1;
    bool m_linkMode = false;
    Drag m_drag = Drag::None;
    bool m_linking = false; // the pending drag draws a link
    int m_dragBox = -1;
    QPointF m_pressAt;  // widget
    QPointF m_dragAt;   // widget, while dragging
    QString m_placeholder;
};

} // namespace gw
