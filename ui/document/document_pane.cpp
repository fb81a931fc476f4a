#include "ui/document/document_pane.h"

#include "ui/common/counted.h"
#include "core/model/project.h"
#include "ui/document/coding_margin.h"
#include "ui/document/document_view.h"
#include "ui/document/selection_snap.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace gw {

namespace {

QString kindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Interview: return QCoreApplication::translate("gw::DocumentPane", "Interview");
    case SourceKind::Observation: return QCoreApplication::translate("gw::DocumentPane", "Observation");
    case SourceKind::Document: return QCoreApplication::translate("gw::DocumentPane", "Document");
    }
    return {};
}

// N things in words: ONE or MANY (each translated, with %1 for N) by N.
} // namespace

DocumentPane::DocumentPane(QWidget *parent) : QWidget(parent)
{
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("documentTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("documentFacts"));
    m_facts->setForegroundRole(QPalette::PlaceholderText);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Mid);

    m_view = new DocumentView(this);
    m_margin = new CodingMargin(m_view, this);
    m_snap = new SelectionSnap(m_view);
    m_unitBox = new QComboBox(this);
    m_unitBox->setObjectName(QStringLiteral("codingUnit"));
    m_unitBox->addItem(tr("Free selection"), int(text::CodingUnit::FreeSelection));
    m_unitBox->addItem(tr("Sentence"), int(text::CodingUnit::Sentence));
    m_unitBox->addItem(tr("Paragraph"), int(text::CodingUnit::Paragraph));
    m_unitBox->setToolTip(tr("Selections grow to whole sentences or paragraphs (turns)"));
    connect(m_unitBox, &QComboBox::currentIndexChanged, this, [this] {
        m_snap->setUnit(text::CodingUnit(m_unitBox->currentData().toInt()));
        m_snap->snap();
    });
    auto *unitLabel = new QLabel(tr("Coding unit:"), this);
    unitLabel->setForegroundRole(QPalette::PlaceholderText);
    unitLabel->setBuddy(m_unitBox);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(3);
    titles->addWidget(m_title);
    titles->addWidget(m_facts);
    auto *header = new QHBoxLayout;
    header->setContentsMargins(32, 18, 24, 10);
    header->addLayout(titles, 1);
    header->addSpacing(24);
    header->addWidget(unitLabel, 0, Qt::AlignBottom);
    header->addWidget(m_unitBox, 0, Qt::AlignBottom);
    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_margin);
    body->addWidget(m_view, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(rule);
    layout->addLayout(body, 1);
    clearSource();
}

void DocumentPane::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_view->setProject(project);
    clearSource();
    if (m_project)
        connect(m_project, &Project::segmentsChanged, this, [this](Id sourceId, Id) {
            if (sourceId == m_view->sourceId() || sourceId == 0) // 0: anywhere (a merge)
                refreshFacts();
        });
}

Status DocumentPane::showSource(Id sourceId)
{
    if (auto ok = m_view->showSource(sourceId); !ok) {
        clearSource();
        return ok;
    }
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_words = m_view->toPlainText().split(space, Qt::SkipEmptyParts).size();
    refreshFacts();
    return {};
}

void DocumentPane::clearSource()
{
    m_view->clearSource();
    m_words = 0;
    m_title->setText(m_project ? tr("No source selected") : QString());
    m_facts->setText(m_project ? tr("Choose a source on the left to read it.") : QString());
}

void DocumentPane::refreshFacts()
{
    auto info = m_project ? m_project->source(m_view->sourceId()) : Result<SourceInfo>{};
    if (!m_project || !info)
        return;
    m_title->setText(info->name);
    QStringList facts{kindName(info->kind), counted(m_words, tr("%1 word"), tr("%1 words")),
                      counted(info->segmentCount, tr("%1 coded segment"), tr("%1 coded segments"))};
    if (!info->originalName.isEmpty())
        facts << tr("from %1").arg(info->originalName);
    m_facts->setText(facts.join(QStringLiteral("  ·  ")));
}

} // namespace gw
