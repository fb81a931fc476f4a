#include "ui/analysis/analysis_filters.h"

#include "ui/common/checklist_dialog.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

namespace {

// A day before any coding: a date edit at it shows "any" and bounds nothing.
const QDate kAnyDay(2000, 1, 1);

QDateEdit *dayEdit(const QString &tip, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kAnyDay);
    edit->setSpecialValueText(QCoreApplication::translate("gw::AnalysisFilters", "any day"));
    edit->setDate(kAnyDay);
    edit->setToolTip(tip);
    return edit;
}

QDate dayOf(const QDateEdit *edit)
{
    return edit->date() == kAnyDay ? QDate() : edit->date();
}

} // namespace

AnalysisFilters::AnalysisFilters(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("analysisFilters"));
    // Two rows: which sources (kind, names, cases, conditions), then which
    // segments (coder, days coded), so the bar fits beside the side panels.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(2);
    auto *row = new QHBoxLayout;
    auto *segmentRow = new QHBoxLayout;
    rows->addLayout(row);
    rows->addLayout(segmentRow);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"));
    for (const SourceKind k : {SourceKind::Interview, SourceKind::Observation, SourceKind::Document})
        m_kind->addItem(toString(k) + u's', int(k));
    m_sourcesButton = new QPushButton(this);
    m_sourcesButton->setObjectName(QStringLiteral("analysisSources"));
    m_casesButton = new QPushButton(this);
    m_casesButton->setObjectName(QStringLiteral("analysisCases"));
    m_setsButton = new QPushButton(this);
    m_setsButton->setObjectName(QStringLiteral("analysisSets"));
    m_coder = new QComboBox(this);
    m_coder->addItem(tr("Any coder"));
    m_coder->setToolTip(tr("Only segments by this coder"));
    m_from = dayEdit(tr("Only segments coded on or after this day"), this);
    m_to = dayEdit(tr("Only segments coded on or before this day"), this);
    m_where = new QLineEdit(this);
    m_where->setObjectName(QStringLiteral("analysisWhere"));
    //: An example of conditions on case attributes: "role" and "year" are attribute names, CCIO a value
    m_where->setPlaceholderText(tr("role = CCIO; year >= 2020"));
    m_where->setClearButtonEnabled(true);
    m_where->setMinimumWidth(m_where->fontMetrics().horizontalAdvance(QStringLiteral("role = CCIO; year")));
    //: "in" and "between … and" are the syntax of a condition and stay as they are
    m_where->setToolTip(tr("Conditions on the sources' cases, separated by ';': ATTRIBUTE OP VALUE with "
                           "=, !=, <, <=, >, >=, in (a, b), between a and b"));
    row->addWidget(new QLabel(tr("Within:"), this));
    row->addWidget(m_kind);
    row->addWidget(m_sourcesButton);
    row->addWidget(m_setsButton);
    row->addWidget(m_casesButton);
    //: Within: [kind] [sources] [sets] [cases] where [conditions]
    row->addWidget(new QLabel(tr("where"), this));
    row->addWidget(m_where, 1);
    //: Segments by [coder] coded from [day] to [day]
    segmentRow->addWidget(new QLabel(tr("Segments by"), this));
    segmentRow->addWidget(m_coder);
    //: Segments by [coder] coded from [day] to [day]
    segmentRow->addWidget(new QLabel(tr("coded from"), this));
    segmentRow->addWidget(m_from);
    //: Segments by [coder] coded from [day] to [day]
    segmentRow->addWidget(new QLabel(tr("to"), this));
    segmentRow->addWidget(m_to);
    segmentRow->addStretch(1);
    connect(m_where, &QLineEdit::returnPressed, this, &AnalysisFilters::runRequested);
    connect(m_sourcesButton, &QPushButton::clicked, this,
            [this] { choose(tr("Only These Sources"), m_sourceNames, m_sources); });
    connect(m_casesButton, &QPushButton::clicked, this,
            [this] { choose(tr("Only the Sources of These Cases"), m_caseNames, m_cases); });
    connect(m_setsButton, &QPushButton::clicked, this,
            [this] { choose(tr("Only the Sources in These Sets"), m_setNames, m_sets); });
    showChoices();
}

void AnalysisFilters::refreshChoices(const CodingData &coding)
{
    const QString coder = m_coder->currentText();
    m_coder->clear();
    m_coder->addItem(tr("Any coder"));
    for (const auto &[id, name] : coding.coders)
        m_coder->addItem(name);
    m_coder->setCurrentIndex(std::max(0, m_coder->findText(coder)));
    m_sourceNames.clear();
    for (const SourceRow &s : coding.sources)
        m_sourceNames.append(s.name);
    m_caseNames.clear();
    for (const CaseInfo &c : coding.cases)
        m_caseNames.append(c.name);
    m_setNames.clear();
    for (const SourceSetInfo &t : coding.sets)
        m_setNames.append(t.name);
    m_sets.removeIf([this](const QString &name) { return !m_setNames.contains(name); });
    m_setsButton->setEnabled(!m_setNames.isEmpty());
    // Names that went away (a source removed) are chosen no longer.
    m_sources.removeIf([this](const QString &name) { return !m_sourceNames.contains(name); });
    m_cases.removeIf([this](const QString &name) { return !m_caseNames.contains(name); });
    m_casesButton->setEnabled(!m_caseNames.isEmpty());
    showChoices();
}

void AnalysisFilters::choose(const QString &title, const QStringList &names, QStringList &chosen)
{
    std::vector<ChecklistDialog::Entry> entries;
    std::vector<Id> ticked;
    for (qsizetype i = 0; i < names.size(); ++i) {
        entries.push_back({Id(i + 1), names[i]});
        if (chosen.contains(names[i]))
            ticked.push_back(Id(i + 1));
    }
    ChecklistDialog dialog(title, std::move(entries), ticked, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    chosen.clear();
    for (const Id id : dialog.chosen())
        chosen.append(names.value(qsizetype(id) - 1));
    showChoices();
}

void AnalysisFilters::showChoices()
{
    // A long source name is cut short on the button (the conditions field
    // keeps its room); the tooltip names every choice.
    const auto show = [this](QPushButton *button, const QStringList &chosen, const QString &all, const QString &one,
                             const QString &many, const QString &tip) {
        QString name = chosen.value(0);
        if (name.size() > 22)
            name = name.left(20); // the button's "…" then says it goes on
        button->setText(chosen.isEmpty() ? all : chosen.size() == 1 ? one.arg(name) : many.arg(chosen.size()));
        button->setToolTip(chosen.isEmpty() ? tip : QStringLiteral("%1:\n%2").arg(tip, chosen.join(u'\n')));
    };
    show(m_sourcesButton, m_sources, tr("All sources…"), tr("Source: %1…"), tr("%1 sources…"),
         tr("Only these sources"));
    show(m_setsButton, m_sets, tr("All sets…"), tr("Set: %1…"), tr("%1 sets…"), tr("Only the sources in these sets"));
    show(m_casesButton, m_cases, tr("All cases…"), tr("Case: %1…"), tr("%1 cases…"),
         tr("Only the sources of these cases"));
}

Result<QueryFilters> AnalysisFilters::filters() const
{
    QueryFilters f;
    if (m_kind->currentIndex() > 0)
        f.kinds.insert(SourceKind(m_kind->currentData().toInt()));
    f.sources = m_sources;
    f.sets = m_sets;
    f.cases = m_cases;
    if (m_coder->currentIndex() > 0)
        f.coders.append(m_coder->currentText());
    f.codedFrom = dayOf(m_from);
    f.codedTo = dayOf(m_to);
    if (f.codedFrom.isValid() && f.codedTo.isValid() && f.codedTo < f.codedFrom)
        return fail(ErrorKind::InvalidInput,
                    tr("The days coded run from %1 to %2: the second is before the first.")
                        .arg(f.codedFrom.toString(Qt::ISODate), f.codedTo.toString(Qt::ISODate)));
    auto where = parseAttributeConditions(m_where->text());
    if (!where)
        return std::unexpected(where.error());
    f.where = std::move(*where);
    return f;
}

void AnalysisFilters::setFilters(const QueryFilters &f)
{
    m_kind->setCurrentIndex(f.kinds.size() == 1 ? std::max(0, m_kind->findData(int(*f.kinds.begin()))) : 0);
    m_coder->setCurrentIndex(f.coders.size() == 1 ? std::max(0, m_coder->findText(f.coders.front())) : 0);
    m_sources = f.sources;
    m_sets = f.sets;
    m_cases = f.cases;
    m_from->setDate(f.codedFrom.isValid() ? f.codedFrom : kAnyDay);
    m_to->setDate(f.codedTo.isValid() ? f.codedTo : kAnyDay);
    QStringList where;
    for (const AttributeCondition &c : f.where)
        where.append(toString(c));
    m_where->setText(where.join(QStringLiteral("; ")));
    showChoices();
}

QString AnalysisFilters::summary() const
{
    QStringList parts;
    if (m_kind->currentIndex() > 0)
        parts.append(m_kind->currentText().toLower());
    if (!m_sources.isEmpty())
        parts.append(m_sources.size() == 1 ? m_sources.front() : tr("%1 sources").arg(m_sources.size()));
    if (!m_sets.isEmpty())
        parts.append(m_sets.size() == 1 ? tr("set %1").arg(m_sets.front()) : tr("%1 sets").arg(m_sets.size()));
    if (!m_cases.isEmpty())
        parts.append(m_cases.size() == 1 ? tr("case %1").arg(m_cases.front()) : tr("%1 cases").arg(m_cases.size()));
    if (!m_where->text().trimmed().isEmpty())
        parts.append(m_where->text().trimmed());
    if (m_coder->currentIndex() > 0)
        //: Segments by the coder %1
        parts.append(tr("by %1").arg(m_coder->currentText()));
    const QDate from = dayOf(m_from), to = dayOf(m_to);
    if (from.isValid() || to.isValid())
        parts.append(tr("coded %1–%2")
                         .arg(from.isValid() ? from.toString(Qt::ISODate) : QString(),
                              to.isValid() ? to.toString(Qt::ISODate) : QString()));
    return parts.join(QStringLiteral(" · "));
}

} // namespace gw
