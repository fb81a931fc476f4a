#include "ui/palette/command_palette.h"

#include <QApplication>
#include <QGraphicsDropShadowEffect>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>
#include <algorithm>

namespace gw {

namespace {

constexpr int kEntryRole = Qt::UserRole + 1;
constexpr int kDetailRole = Qt::UserRole + 2;
constexpr int kMaxShown = 200;

// An entry with its detail (a shortcut, a code's stage) quiet on the right.
class EntryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        (widget ? widget->style() : QApplication::style())->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QString detail = index.data(kDetailRole).toString();
        const QRect box = opt.rect.adjusted(8, 0, -10, 0);
        const int detailWidth = detail.isEmpty() ? 0 : opt.fontMetrics.horizontalAdvance(detail) + 24;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(box.adjusted(0, 0, -detailWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, box.width() - detailWidth));
        if (!detail.isEmpty()) {
            painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
            painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, detail);
        }
        painter->restore();
    }

    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 8);
    }
};

} // namespace

CommandPalette::CommandPalette(QWidget *parent, Provider provider)
    : QFrame(parent), m_provider(std::move(provider))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    auto *shadow = new QGraphicsDropShadowEffect(this);
    shadow->setBlurRadius(24);
    shadow->setOffset(0, 4);
    shadow->setColor(QColor(0, 0, 0, 90));
    setGraphicsEffect(shadow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(6);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("paletteFilter"));
    m_filter->setPlaceholderText(tr("Type a command, a code or a source…"));
    QFont big = m_filter->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_filter->setFont(big);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("paletteList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setItemDelegate(new EntryDelegate(m_list));
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::refilter);
    connect(m_list, &QListWidget::itemClicked, this, &CommandPalette::runCurrent);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now))
            dismiss();
    });
    hide();
}

void CommandPalette::popUp()
{
    m_entries = m_provider ? m_provider() : QList<Entry>{};
    m_filter->clear();
    refilter();
    place();
    show();
    raise();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::dismiss()
{
    hide();
    if (parentWidget())
        parentWidget()->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::place()
{
    const QWidget *host = parentWidget();
    if (!host)
        return;
    const int w = std::min(640, host->width() - 40);
    const int h = std::min(420, host->height() - 80);
    setGeometry((host->width() - w) / 2, 56, w, h);
}

void CommandPalette::refilter()
{
    const QStringList words = m_filter->text().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Entries starting with the first word, then those with a word starting with
    // it, then the rest; within each, the providers' order.
    QList<std::pair<int, int>> ranked; // rank, entry
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString text = m_entries[i].text.toLower();
        if (!std::ranges::all_of(words, [&](const QString &w) { return text.contains(w); }))
            continue;
        int rank = 2;
        if (!words.isEmpty()) {
            const qsizetype colon = text.indexOf(QStringLiteral(": "));
            const QString name = colon >= 0 ? text.mid(colon + 2) : text;
            if (text.startsWith(words.front()) || name.startsWith(words.front()))
                rank = 0;
            else if (text.contains(QLatin1Char(' ') + words.front()))
                rank = 1;
        }
        ranked.append({rank, i});
    }
    std::ranges::stable_sort(ranked, {}, &std::pair<int, int>::first);
    m_list->clear();
    for (const auto &[rank, i] : ranked.first(std::min<qsizetype>(ranked.size(), kMaxShown))) {
        const Entry &e = m_entries[i];
        auto *item = new QListWidgetItem(e.text, m_list);
        item->setData(kEntryRole, i);
        item->setData(kDetailRole, e.detail);
        item->setToolTip(e.detail);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void CommandPalette::runCurrent()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const int i = item->data(kEntryRole).toInt();
    if (i < 0 || i >= m_entries.size())
        return;
    const std::function<void()> run = m_entries[i].run; // the entries may change when it runs
    dismiss();
    if (run)
        run();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        switch (key->key()) {
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Down:
            m_list->setCurrentRow(std::min(row + 1, m_list->count() - 1));
            return true;
        case Qt::Key_Up:
            m_list->setCurrentRow(std::max(row - 1, 0));
            return true;
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
            QApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace gw
