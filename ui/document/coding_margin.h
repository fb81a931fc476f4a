#pragma once
// The coding stripes beside the document text: for every segment of the shown
// source a bar in its code's colour along the lines it covers, labelled with the
// code's name (the whole name in a tooltip). Overlapping segments stand side by
// side in columns, assigned greedily by where they start. Clicking a bar selects
// its segment in the text. Follows the view's scrolling and its tints (the
// segments the view has read); points at the view, does not own it.

#include "core/model/types.h"

#include <QColor>
#include <QWidget>
#include <vector>

namespace gw {

class DocumentView;

class CodingMargin : public QWidget
{
    Q_OBJECT

public:
    CodingMargin(DocumentView *view, QWidget *parent = nullptr);

    // Lays the bars out again from the view's segments (the view asks, tintsChanged).
    void refresh();

    // For tests and the keyboard: the bars, in the order of their segments.
    [[nodiscard]] int barCount() const { return int(m_bars.size()); }
    [[nodiscard]] int columnCount() const { return m_columns; }
    [[nodiscard]] int columnOf(Id segmentId) const;
    // Where the bar of SEGMENTID is drawn now (empty when scrolled out of sight).
    [[nodiscard]] QRect barRect(Id segmentId) const;
    // Selects SEGMENTID's text in the view and scrolls to it.
    bool selectSegment(Id segmentId);
    // Selects the segment after (or before) the view's cursor; false at the end.
    bool selectNeighbour(bool forward);

    [[nodiscard]] QSize sizeHint() const override;

Q_SIGNALS:
    void segmentActivated(gw::Id segmentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Bar
    {
        Id segment = 0;
        QString name;
        QColor color;
        qsizetype from = 0; // UTF-16 indices into the view's text
        qsizetype to = 0;
        int column = 0;
    };
    [[nodiscard]] int columnWidth() const;
    [[nodiscard]] QRect rectOf(const Bar &bar, qsizetype firstVisible, qsizetype lastVisible) const;
    [[nodiscard]] const Bar *barAt(const QPoint &pos) const;
    void select(const Bar &bar);

    DocumentView *m_view;
    std::vector<Bar> m_bars;
    int m_columns = 0;
};

} // namespace gw
