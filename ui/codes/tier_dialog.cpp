#include "ui/codes/tier_dialog.h"

#include "core/model/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace gw {

TierDialog::TierDialog(Tier tier, Project &project, std::optional<Id> dimensionId, QWidget *parent)
    : QDialog(parent), m_tier(tier)
{
    const bool theme = tier == Tier::Theme;
    setObjectName(theme ? QStringLiteral("newThemeDialog") : QStringLiteral("newDimensionDialog"));
    setWindowTitle(theme ? tr("New Theme") : tr("New Dimension"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(theme ? tr("A second-order theme links first-order codes that speak to "
                                        "the same idea. Drag codes onto it in the code tree.")
                                   : tr("An aggregate dimension gathers themes into one of the few "
                                        "ideas the study is about. Drag themes onto it."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(intro);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("tierName"));
    form->addRow(tr("&Name:"), m_name);
    m_definition = new QPlainTextEdit(this);
    m_definition->setObjectName(QStringLiteral("tierDefinition"));
    m_definition->setPlaceholderText(tr("What belongs here, and what does not (optional)"));
    m_definition->setTabChangesFocus(true);
    m_definition->setFixedHeight(m_definition->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("&Definition:"), m_definition);

    if (theme) {
        m_dimension = new QComboBox(this);
        m_dimension->setObjectName(QStringLiteral("tierDimension"));
        m_dimension->addItem(tr("None yet (not placed)"));
        for (const DimensionInfo &d : project.dimensions().value_or(std::vector<DimensionInfo>{}))
            m_dimension->addItem(d.name, qlonglong(d.id));
        if (dimensionId)
            m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(qlonglong(*dimensionId))));
        form->addRow(tr("&Under dimension:"), m_dimension);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(theme ? tr("Create Theme") : tr("Create Dimension"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &TierDialog::refreshOk);
    form->addRow(buttons);
    setMinimumWidth(440);
    refreshOk();
}

void TierDialog::refreshOk()
{
    m_ok->setEnabled(!name().isEmpty());
}

QString TierDialog::name() const
{
    return m_name->text().simplified();
}

QString TierDialog::definition() const
{
    return m_definition->toPlainText().trimmed();
}

std::optional<Id> TierDialog::dimensionId() const
{
    if (!m_dimension || !m_dimension->currentData().isValid())
        return std::nullopt;
    return m_dimension->currentData().toLongLong();
}

} // namespace gw
