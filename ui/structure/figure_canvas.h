#pragma once
// The surface the data structure view draws its Gioia figure on: the figure's
// layout painted by core's paintGioiaFigure at a zoom, the box under the mouse
// outlined, a click on a box announced. Sized to the zoomed figure, so it sits
// in a scroll area.

#include "core/figure/gioia_layout.h"

#include <QWidget>

namespace gw {

class FigureCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit FigureCanvas(QWidget *parent = nullptr);

    void setFigure(GioiaLayout layout);
    [[nodiscard]] const GioiaLayout &figure() const { return m_layout; }
    // 1.0 shows the figure at its printed size.
    void setZoom(double zoom);
    [[nodiscard]] double zoom() const { return m_zoom; }
    // Widget pixels per figure point at zoom 1.
    [[nodiscard]] double pixelsPerPoint() const;
    // The box's rectangle in this widget's coordinates.
    [[nodiscard]] QRect boxRect(int box) const;
    // Shown instead of the figure when it has no boxes.
    void setPlaceholder(const QString &text);

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void boxClicked(int box);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] double scale() const { return m_zoom * pixelsPerPoint(); }
    [[nodiscard]] int boxAt(const QPoint &pos) const;
    void setHovered(int box);

    GioiaLayout m_layout;
    double m_zoom = 1.0;
    int m_hovered = -1;
    QString m_placeholder;
};

} // namespace gw
