#include "ui/agreement/disagreement_browser.h"

#include "core/commands/resolve_disagreement.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QApplication>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTreeWidget>
#include <QTextCharFormat>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace gw {

namespace {

constexpr std::int64_t kContext = 160; // code points of context either side

enum Column { SourceColumn, CodeColumn, WhatColumn, PassageColumn };

QString rangeText(const std::vector<SegmentInfo> &segments)
{
    QStringList ranges;
    for (const SegmentInfo &s : segments)
        ranges << QStringLiteral("%1–%2").arg(s.start).arg(s.end);
    return ranges.join(QStringLiteral(", "));
}

QPushButton *resolutionButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    return button;
}

} // namespace

DisagreementBrowser::DisagreementBrowser(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("disagreementBrowser"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("disagreementSummary"));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("disagreementList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Source"), tr("Code"), tr("What differs"), tr("Passage")});
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(SourceColumn, 170);
    m_list->setColumnWidth(CodeColumn, 170);
    m_list->setColumnWidth(WhatColumn, 150);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { showCurrent(); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_show->click(); });

    auto makeSide = [this](QLabel *&title, QTextBrowser *&text, const QString &name) {
        auto *box = new QWidget(this);
        auto *layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        title = new QLabel(box);
        title->setWordWrap(true);
        title->setTextFormat(Qt::RichText);
        text = new QTextBrowser(box);
        text->setObjectName(name);
        text->setOpenLinks(false);
        layout->addWidget(title);
        layout->addWidget(text, 1);
        return box;
    };
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(makeSide(m_firstTitle, m_firstText, QStringLiteral("firstCoding")));
    sides->addWidget(makeSide(m_secondTitle, m_secondText, QStringLiteral("secondCoding")));
    sides->setChildrenCollapsible(false);

    m_acceptFirst = resolutionButton(tr("Accept &First"),
                                     tr("Both coders get the first coder's segments of this passage"), this);
    m_acceptSecond = resolutionButton(tr("Accept &Second"),
                                      tr("Both coders get the second coder's segments of this passage"), this);
    m_both = resolutionButton(tr("Keep &Both"),
                              tr("Both coders get every character either of them coded"), this);
    m_neither = resolutionButton(tr("&Neither"),
                                 tr("Remove both coders' segments of this code in this passage"), this);
    m_show = new QPushButton(tr("Show in &Document"), this);
    m_show->setToolTip(tr("Open the source at this passage (Enter on the list)"));
    connect(m_acceptFirst, &QPushButton::clicked, this, [this] { resolve(Resolution::AcceptFirst); });
    connect(m_acceptSecond, &QPushButton::clicked, this, [this] { resolve(Resolution::AcceptSecond); });
    connect(m_both, &QPushButton::clicked, this, [this] { resolve(Resolution::Both); });
    connect(m_neither, &QPushButton::clicked, this, [this] { resolve(Resolution::Neither); });
    connect(m_show, &QPushButton::clicked, this, [this] {
        const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (row >= 0 && std::size_t(row) < m_found.size())
            Q_EMIT passageActivated(m_found[std::size_t(row)].sourceId, m_found[std::size_t(row)].start,
                                    m_found[std::size_t(row)].end);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(new QLabel(tr("Resolve:"), this));
    for (QPushButton *b : {m_acceptFirst, m_acceptSecond, m_both, m_neither})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_show);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(sides, 1);
    detailLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
    showCurrent();
}

void DisagreementBrowser::setProject(Project *project, QUndoStack *undo)
{
    m_project = project;
    m_undo = undo;
    m_found.clear();
    m_list->clear();
    showCurrent();
}

QPushButton *DisagreementBrowser::button(Resolution resolution) const
{
    switch (resolution) {
    case Resolution::AcceptFirst:
        return m_acceptFirst;
    case Resolution::AcceptSecond:
        return m_acceptSecond;
    case Resolution::Both:
        return m_both;
    case Resolution::Neither:
        break;
    }
    return m_neither;
}

void DisagreementBrowser::compare(const QString &first, const QString &second)
{
    m_first = first;
    m_second = second;
    const auto accept = [](const QString &coder) {
        return coder.isEmpty() ? tr("Accept") : tr("Accept %1’s").arg(coder);
    };
    m_acceptFirst->setText(accept(first));
    m_acceptSecond->setText(accept(second));
    refresh();
}

void DisagreementBrowser::refresh()
{
    const int keep = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_found.clear();
    m_list->clear();
    if (m_project && !m_first.isEmpty() && !m_second.isEmpty() && m_first != m_second) {
        auto found = findDisagreements(*m_project, DisagreementRequest{.first = m_first, .second = m_second});
        if (found)
            m_found = std::move(*found);
        else
            m_summary->setText(found.error().message);
    }
    QList<QTreeWidgetItem *> items;
    for (const Disagreement &d : m_found) {
        auto *item = new QTreeWidgetItem;
        item->setText(SourceColumn, d.sourceName);
        item->setText(CodeColumn, d.code);
        item->setText(WhatColumn, describe(d, m_first, m_second));
        item->setText(PassageColumn, d.text.simplified());
        item->setToolTip(PassageColumn, d.text);
        items << item;
    }
    m_list->addTopLevelItems(items);
    if (!m_found.empty())
        m_list->setCurrentItem(m_list->topLevelItem(std::clamp(keep, 0, int(m_found.size()) - 1)));
    if (m_project && (m_first.isEmpty() || m_second.isEmpty()))
        m_summary->setText(tr("Passages side by side need two coders: choose one coder after “with”."));
    else if (m_project && m_first != m_second)
        m_summary->setText(m_found.empty() ? tr("%1 and %2 coded every passage alike.").arg(m_first, m_second)
                           : m_found.size() == 1
                               ? tr("%1 passage where %2 and %3 coded differently.")
                                     .arg(m_found.size())
                                     .arg(m_first, m_second)
                               : tr("%1 passages where %2 and %3 coded differently.")
                                     .arg(m_found.size())
                                     .arg(m_first, m_second));
    showCurrent();
}

void DisagreementBrowser::showCurrent()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    const bool chosen = row >= 0 && std::size_t(row) < m_found.size();
    for (QPushButton *b : {m_acceptFirst, m_acceptSecond, m_both, m_neither, m_show})
        b->setEnabled(chosen);
    if (!chosen) {
        for (QTextBrowser *t : {m_firstText, m_secondText})
            t->clear();
        m_firstTitle->setText(m_first.isEmpty() ? QString() : QStringLiteral("<b>%1</b>").arg(m_first.toHtmlEscaped()));
        m_secondTitle->setText(m_second.isEmpty() ? QString()
                                                  : QStringLiteral("<b>%1</b>").arg(m_second.toHtmlEscaped()));
        return;
    }
    const Disagreement &d = m_found[std::size_t(row)];
    fillSide(m_firstText, m_firstTitle, m_first, d.first, d);
    fillSide(m_secondText, m_secondTitle, m_second, d.second, d);
}

void DisagreementBrowser::fillSide(QTextBrowser *text, QLabel *title, const QString &coder,
                                   const std::vector<SegmentInfo> &segments, const Disagreement &d)
{
    if (!m_project)
        return;
    auto source = m_project->sourceText(d.sourceId);
    auto code = m_project->code(d.codeId);
    if (!source || !code) {
        text->setPlainText(source ? code.error().message : source.error().message);
        return;
    }
    const std::int64_t length = text::codePointLength(*source);
    const std::int64_t from = std::max<std::int64_t>(0, d.start - kContext);
    const std::int64_t to = std::min(length, d.end + kContext);
    const text::Utf16Map map(*source);
    const qsizetype base = map.utf16Index(from);
    const QString lead = from > 0 ? QStringLiteral("…") : QString();
    text->setPlainText(lead + source->mid(base, map.utf16Index(to) - base) + (to < length ? QStringLiteral("…") : QString()));
    // Positions in the browser: UTF-16, after the lead.
    auto at = [&](std::int64_t cp) { return int(lead.size() + map.utf16Index(cp) - base); };
    QTextCursor cursor(text->document());
    QTextCharFormat context; // set, not merged: new text takes the format the cursor last had
    context.setForeground(text->palette().color(QPalette::PlaceholderText));
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(context);
    QTextCharFormat passage;
    passage.setForeground(text->palette().color(QPalette::Text));
    cursor.setPosition(at(d.start));
    cursor.setPosition(at(d.end), QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(passage);
    QColor tint(code->color);
    tint.setAlpha(110);
    QTextCharFormat coded;
    coded.setBackground(tint);
    coded.setFontUnderline(true);
    coded.setUnderlineColor(QColor(code->color));
    for (const SegmentInfo &s : segments) {
        cursor.setPosition(at(s.start));
        cursor.setPosition(at(s.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(coded);
    }
    cursor.setPosition(at(d.start));
    text->setTextCursor(cursor);
    text->ensureCursorVisible();
    text->setCurrentCharFormat(context);

    // What else this coder coded in the passage, so the whole judgement shows.
    QStringList others;
    if (auto all = m_project->segmentsOfSource(d.sourceId, false)) {
        QSet<Id> seen;
        for (const SegmentInfo &s : *all)
            if (s.coder == coder && s.codeId != d.codeId && s.start < d.end && s.end > d.start &&
                !seen.contains(s.codeId)) {
                seen.insert(s.codeId);
                others << s.codeName.toHtmlEscaped();
            }
    }
    QString line = segments.empty()
                       ? tr("<b>%1</b> did not code this passage with “%2”.")
                             .arg(coder.toHtmlEscaped(), d.code.toHtmlEscaped())
                       : tr("<b>%1</b> coded “%2” at %3.")
                             .arg(coder.toHtmlEscaped(), d.code.toHtmlEscaped(), rangeText(segments));
    if (!others.isEmpty())
        line += tr("<br>Also coded here: %1.").arg(others.join(QStringLiteral(", ")));
    title->setText(line);
}

bool DisagreementBrowser::resolve(Resolution resolution)
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (!m_project || !m_undo || row < 0 || std::size_t(row) >= m_found.size())
        return false;
    auto command = ResolveDisagreement::make(*m_project, m_found[std::size_t(row)], m_first, m_second, resolution);
    if (!command) {
        QMessageBox::warning(this, tr("Cannot resolve the disagreement"), command.error().message);
        refresh();
        return false;
    }
    m_undo->push(command->release());
    refresh();
    return true;
}

} // namespace gw
