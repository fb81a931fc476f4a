#include "ui/cases/attribute_plan_view.h"

#include "core/model/display_names.h"
#include "ui/common/counted.h"
#include "ui/common/roomy_item_delegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace gw {

namespace {

// A red that reads as "stop" without shouting, on the light and the dark palette.
const QColor kRefusalRed(0xb3, 0x26, 0x1e);

// N things in words: ONE or MANY (each translated, with %1 for N) by N.
QTreeWidget *makeTable(QWidget *parent, const QString &name)
{
    auto *table = new QTreeWidget(parent);
    table->setObjectName(name);
    table->setRootIsDecorated(false);
    table->setUniformRowHeights(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTextElideMode(Qt::ElideRight);
    table->setItemDelegate(new RoomyItemDelegate(table, 4));
    table->header()->setSectionsMovable(false);
    return table;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    return label;
}

} // namespace

AttributePlanView::AttributePlanView(QWidget *parent) : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    QFont summaryFont = m_summary->font();
    summaryFont.setPointSizeF(summaryFont.pointSizeF() * 1.15);
    summaryFont.setWeight(QFont::DemiBold);
    m_summary->setFont(summaryFont);

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("planRefusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_refusal->palette();
    red.setColor(QPalette::WindowText, kRefusalRed);
    m_refusal->setPalette(red);

    m_attributes = makeTable(this, QStringLiteral("planAttributes"));
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Type"), QString()});
    m_attributes->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attributes->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attributes->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attributes->header()->setStretchLastSection(false);
    m_cases = makeTable(this, QStringLiteral("planCases"));

    auto *attributesBox = new QWidget(this);
    auto *attributesLayout = new QVBoxLayout(attributesBox);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    attributesLayout->addWidget(makeHeading(tr("Attributes"), attributesBox));
    attributesLayout->addWidget(m_attributes);
    auto *casesBox = new QWidget(this);
    auto *casesLayout = new QVBoxLayout(casesBox);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(makeHeading(tr("Cases"), casesBox));
    casesLayout->addWidget(m_cases);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(attributesBox);
    splitter->addWidget(casesBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 640});

    m_warningsTitle = makeHeading(QString(), this);
    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(QStringLiteral("planWarnings"));
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setWordWrap(true);
    m_warnings->setMaximumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_summary);
    layout->addWidget(m_refusal);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_warningsTitle);
    layout->addWidget(m_warnings);
    showNothing();
}

QString AttributePlanView::summarise(const AttributePlan &plan)
{
    if (plan.refused()) {
        const qsizetype problems = plan.messages(SheetProblem::Severity::Refusal).size();
        return tr("Nothing can be imported · %1 to fix in the sheet")
            .arg(counted(problems, tr("%1 problem"), tr("%1 problems")));
    }
    const auto linked = std::ranges::count_if(
        plan.cases, [](const PlannedCase &c) { return !c.sourceIds.isEmpty(); });
    const qsizetype updates = qsizetype(plan.cases.size()) - plan.newCases();
    const qsizetype warnings = plan.messages(SheetProblem::Severity::Warning).size();
    QStringList parts{
        counted(qsizetype(plan.cases.size()), tr("%1 case"), tr("%1 cases")),
        counted(qsizetype(plan.attributes.size()), tr("%1 attribute"), tr("%1 attributes")),
        tr("%1 linked to sources").arg(QLocale().toString(qlonglong(linked)))};
    if (updates > 0)
        parts << tr("%1 already in the project").arg(QLocale().toString(qlonglong(updates)));
    parts << (warnings == 0 ? tr("no warnings") : counted(warnings, tr("%1 warning"), tr("%1 warnings")));
    return parts.join(QStringLiteral(" · "));
}

void AttributePlanView::showPlan(const AttributePlan &plan)
{
    m_summary->setText(summarise(plan));
    fillAttributes(plan);
    fillCases(plan);
    fillProblems(plan);
}

void AttributePlanView::showNothing(const QString &why)
{
    m_summary->setText(QString());
    m_summary->setVisible(false);
    m_attributes->clear();
    m_cases->clear();
    m_cases->setHeaderLabels({tr("Case"), tr("Source")});
    m_refusal->setText(why);
    m_refusal->setVisible(!why.isEmpty());
    m_warnings->clear();
    m_warningsTitle->setVisible(false);
    m_warnings->setVisible(false);
}

QString AttributePlanView::summaryText() const
{
    return m_summary->text();
}

QString AttributePlanView::refusalText() const
{
    return m_refusal->text();
}

QStringList AttributePlanView::warnings() const
{
    QStringList list;
    for (int i = 0; i < m_warnings->count(); ++i)
        list << m_warnings->item(i)->text();
    return list;
}

void AttributePlanView::fillAttributes(const AttributePlan &plan)
{
    m_summary->setVisible(true);
    m_attributes->clear();
    for (const PlannedAttribute &a : plan.attributes) {
        auto *item = new QTreeWidgetItem(
            m_attributes, {a.name, displayName(a.type), a.exists ? tr("exists") : tr("new")});
        item->setForeground(2, palette().brush(QPalette::PlaceholderText));
        item->setToolTip(2, a.exists ? tr("Already in the project; keeps its type.") : tr("Created by this import."));
    }
}

void AttributePlanView::fillCases(const AttributePlan &plan)
{
    m_cases->clear();
    QStringList header{tr("Case"), tr("Source")};
    for (const PlannedAttribute &a : plan.attributes)
        header << a.name;
    m_cases->setHeaderLabels(header);
    QList<QTreeWidgetItem *> items;
    items.reserve(qsizetype(plan.cases.size()));
    for (const PlannedCase &c : plan.cases) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, c.name);
        item->setToolTip(
            0, tr("Row %1 · %2")
                   .arg(c.row)
                   .arg(c.exists ? tr("already in the project: its values are updated") : tr("a new case")));
        if (c.sourceNames.isEmpty()) {
            item->setText(1, tr("not linked"));
            item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        } else {
            item->setText(1, c.sourceNames.join(QStringLiteral(", ")));
        }
        for (const auto &[attribute, value] : c.values) {
            const auto column =
                std::ranges::find(plan.attributes, attribute, &PlannedAttribute::name);
            item->setText(int(column - plan.attributes.begin()) + 2, value);
        }
        items << item;
    }
    m_cases->addTopLevelItems(items);
    m_cases->header()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < m_cases->columnCount(); ++column) {
        m_cases->resizeColumnToContents(column);
        m_cases->setColumnWidth(column, std::min(m_cases->columnWidth(column) + 12, 220));
    }
}

void AttributePlanView::fillProblems(const AttributePlan &plan)
{
    const QStringList refusals = plan.messages(SheetProblem::Severity::Refusal);
    m_refusal->setText(
        refusals.isEmpty()
            ? QString()
            : tr("This sheet cannot be imported, and nothing will be written:\n• %1")
                  .arg(refusals.join(QStringLiteral("\n• "))));
    m_refusal->setVisible(!refusals.isEmpty());
    const QStringList warnings = plan.messages(SheetProblem::Severity::Warning);
    m_warnings->clear();
    m_warnings->addItems(warnings);
    m_warningsTitle->setText(
        tr("Warnings (%1) — the rest of each row is imported").arg(warnings.size()));
    m_warningsTitle->setVisible(!warnings.isEmpty());
    m_warnings->setVisible(!warnings.isEmpty());
}

} // namespace gw
