#include "ui/codes/definition_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gw {

DefinitionDialog::DefinitionDialog(const QString &tier, const QString &name, const QString &definition,
                                   QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("definitionDialog"));
    setWindowTitle(tr("Definition of “%1”").arg(name));
    auto *layout = new QVBoxLayout(this);
    //: %1 is "code", "theme" or "dimension"; %2 its name.
    auto *label = new QLabel(tr("What the %1 “%2” means: what belongs under it, and what does not.").arg(tier, name),
                             this);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName(QStringLiteral("definitionEdit"));
    m_editor->setPlainText(definition);
    m_editor->setTabChangesFocus(true);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 280);
}

QString DefinitionDialog::definition() const
{
    return m_editor->toPlainText().trimmed();
}

} // namespace gw
