#include "ui/document/coding_margin.h"

#include "core/text/positions.h"
#include "ui/document/document_view.h"

#include <QHash>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>
#include <algorithm>

namespace gw {

namespace {

constexpr int kColumn = 17; // one bar and its label
constexpr int kBarWidth = 4;
constexpr int kMaxColumns = 8; // more columns than this squeeze together
constexpr int kPadding = 8;

} // namespace

CodingMargin::CodingMargin(DocumentView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("codingMargin"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    setFont(small);
    connect(m_view, &QPlainTextEdit::updateRequest, this, [this] { update(); });
    connect(m_view, &DocumentView::tintsChanged, this, &CodingMargin::refresh);
}

void CodingMargin::refresh()
{
    m_bars.clear();
    m_columns = 0;
    const std::vector<SegmentInfo> &segments = m_view->segments();
    if (!segments.empty()) {
        QTextDocument *document = m_view->document();
        std::vector<int> columnEnds;            // the last block each column is busy up to
        for (const SegmentInfo &s : segments) { // ordered by start
            Bar bar{s.id, s.codeName, m_view->codeColor(s.codeId), m_view->utf16Index(s.start),
                    m_view->utf16Index(s.end), 0};
            const int firstBlock = document->findBlock(int(bar.from)).blockNumber();
            const int lastBlock =
                document->findBlock(int(std::max(bar.from, bar.to - 1))).blockNumber();
            auto free = std::ranges::find_if(columnEnds, [&](int end) { return end < firstBlock; });
            bar.column = int(free - columnEnds.begin());
            if (free == columnEnds.end())
                columnEnds.push_back(lastBlock);
            else
                *free = lastBlock;
            m_bars.push_back(std::move(bar));
        }
        m_columns = int(columnEnds.size());
    }
    updateGeometry();
    update();
}

QSize CodingMargin::sizeHint() const
{
    return {2 * kPadding + std::clamp(m_columns, 1, kMaxColumns) * kColumn, 0};
}

int CodingMargin::columnWidth() const
{
    if (m_columns <= kMaxColumns)
        return kColumn;
    return std::max(kBarWidth + 1, (width() - 2 * kPadding) / m_columns);
}

int CodingMargin::columnOf(Id segmentId) const
{
    auto it = std::ranges::find(m_bars, segmentId, &Bar::segment);
    return it == m_bars.end() ? -1 : it->column;
}

QRect CodingMargin::rectOf(const Bar &bar, qsizetype firstVisible, qsizetype lastVisible) const
{
    if (bar.to < firstVisible || bar.from > lastVisible)
        return {};
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(std::max(bar.from, firstVisible)));
    const int top = bar.from < firstVisible ? -4 : m_view->cursorRect(cursor).top();
    cursor.setPosition(int(std::min(std::max(bar.to - 1, bar.from), lastVisible)));
    const int bottom = bar.to > lastVisible ? m_view->viewport()->height() + 4
                                            : m_view->cursorRect(cursor).bottom();
    const int offset =
        m_view->viewport()->mapTo(window(), QPoint()).y() - mapTo(window(), QPoint()).y();
    const int x = width() - kPadding - (bar.column + 1) * columnWidth();
    return QRect(x, top + offset + 2, columnWidth(), std::max(bottom - top - 4, 6));
}

QRect CodingMargin::barRect(Id segmentId) const
{
    auto it = std::ranges::find(m_bars, segmentId, &Bar::segment);
    if (it == m_bars.end())
        return {};
    const QRect viewport = m_view->viewport()->rect();
    const qsizetype first = m_view->cursorForPosition(viewport.topLeft()).position();
    const qsizetype last = m_view->cursorForPosition(viewport.bottomRight()).position();
    return rectOf(*it, first, last).intersected(rect());
}

void CodingMargin::paintEvent(QPaintEvent *)
{
    if (m_bars.empty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect viewport = m_view->viewport()->rect();
    const qsizetype first = m_view->cursorForPosition(viewport.topLeft()).position();
    const qsizetype last = m_view->cursorForPosition(viewport.bottomRight()).position();
    const bool labels = columnWidth() >= kColumn;
    QColor ink = palette().color(QPalette::Text);
    for (const Bar &bar : m_bars) {
        const QRect r = rectOf(bar, first, last);
        if (r.isEmpty())
            continue;
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.color);
        painter.drawRoundedRect(QRectF(r.right() - kBarWidth + 1, r.top(), kBarWidth, r.height()),
                                2, 2);
        if (!labels || r.height() < 20)
            continue;
        // The name runs down beside the bar from its first line, like a book's spine.
        painter.save();
        painter.translate(r.right() - kBarWidth - 1, r.top());
        painter.rotate(90);
        const int length = std::min(r.height(), viewport.height()) - 2;
        const QString name = fontMetrics().elidedText(bar.name, Qt::ElideRight, length);
        ink.setAlphaF(0.7);
        painter.setPen(ink);
        painter.drawText(QRect(0, 0, length, kColumn - kBarWidth - 1), Qt::AlignLeft | Qt::AlignTop,
                         name);
        painter.restore();
    }
}

const CodingMargin::Bar *CodingMargin::barAt(const QPoint &pos) const
{
    const QRect viewport = m_view->viewport()->rect();
    const qsizetype first = m_view->cursorForPosition(viewport.topLeft()).position();
    const qsizetype last = m_view->cursorForPosition(viewport.bottomRight()).position();
    for (const Bar &bar : m_bars)
        if (rectOf(bar, first, last).contains(pos))
            return &bar;
    return nullptr;
}

void CodingMargin::mousePressEvent(QMouseEvent *event)
{
    if (const Bar *bar = barAt(event->position().toPoint());
        bar && event->button() == Qt::LeftButton) {
        select(*bar);
        return;
    }
    QWidget::mousePressEvent(event);
}

bool CodingMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        if (const Bar *bar = barAt(help->pos()))
            QToolTip::showText(help->globalPos(), bar->name, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CodingMargin::select(const Bar &bar)
{
    QTextCursor cursor(m_view->document());
    cursor.setPosition(int(bar.from));
    cursor.setPosition(int(bar.to), QTextCursor::KeepAnchor);
    m_view->setTextCursor(cursor);
    m_view->ensureCursorVisible();
    Q_EMIT segmentActivated(bar.segment);
}

bool CodingMargin::selectSegment(Id segmentId)
{
    auto it = std::ranges::find(m_bars, segmentId, &Bar::segment);
    if (it == m_bars.end())
        return false;
    select(*it);
    return true;
}

bool CodingMargin::selectNeighbour(bool forward)
{
    if (m_bars.empty())
        return false;
    const QTextCursor cursor = m_view->textCursor();
    const qsizetype start = cursor.selectionStart();
    auto current = std::ranges::find_if(
        m_bars, [&](const Bar &b) { return b.from == start && b.to == cursor.selectionEnd(); });
    const Bar *next = nullptr;
    if (current != m_bars.end()) {
        const auto at = current - m_bars.begin();
        if (forward ? at + 1 < qsizetype(m_bars.size()) : at > 0)
            next = &m_bars[size_t(forward ? at + 1 : at - 1)];
    } else if (forward) {
        auto it = std::ranges::find_if(m_bars, [&](const Bar &b) { return b.from >= start; });
        next = it == m_bars.end() ? nullptr : &*it;
    } else {
        auto it = std::ranges::find_if(m_bars.rbegin(), m_bars.rend(),
                                       [&](const Bar &b) { return b.from < start; });
        next = it == m_bars.rend() ? nullptr : &*it;
    }
    if (!next)
        return false;
    select(*next);
    return true;
}

} // namespace gw
