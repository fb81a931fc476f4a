#include "ui/codes/split_dialog.h"

#include "core/model/project.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

namespace {

constexpr int kSegmentIdRole = Qt::UserRole + 1;

} // namespace

SplitDialog::SplitDialog(Project &project, Id codeId, const QList<Id> &checkedSegmentIds, QWidget *parent)
    : QDialog(parent), m_codeId(codeId)
{
    setObjectName(QStringLiteral("splitDialog"));
    m_codeName = project.code(codeId).value_or(CodeInfo{}).name;
    setWindowTitle(tr("Split “%1”").arg(m_codeName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the segments that belong to a new code. They move to it; the "
                                "rest stay with “%1”.")
                                 .arg(m_codeName),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("splitSegments"));
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(false);
    for (const SegmentInfo &s : project.segmentsOfCode(codeId).value_or(std::vector<SegmentInfo>{})) {
        QString text = s.text.simplified();
        if (text.size() > 220)
            text = text.left(220) + QStringLiteral("…");
        auto *item = new QListWidgetItem(QStringLiteral("“%1”\n%2 · %3").arg(text, s.sourceName, s.coder), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checkedSegmentIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        item->setData(kSegmentIdRole, qlonglong(s.id));
        item->setToolTip(s.text);
    }
    layout->addWidget(m_list, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("splitCount"));
    layout->addWidget(m_count);

    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("splitName"));
    m_name->setPlaceholderText(tr("The new code’s name"));
    form->addRow(tr("&New code:"), m_name);
    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("splitWhy"));
    m_why->setPlaceholderText(tr("Optional; kept in the audit log with your name"));
    form->addRow(tr("&Why:"), m_why);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_split = buttons->addButton(tr("&Split"), QDialogButtonBox::AcceptRole);
    m_split->setObjectName(QStringLiteral("splitButton"));
    m_split->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &SplitDialog::refresh);
    connect(m_name, &QLineEdit::textChanged, this, &SplitDialog::refresh);
    resize(560, 480);
    refresh();
}

QList<Id> SplitDialog::segmentIds() const
{
    QList<Id> ids;
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids << m_list->item(row)->data(kSegmentIdRole).toLongLong();
    return ids;
}

bool SplitDialog::setChecked(Id segmentId, bool checked)
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(kSegmentIdRole).toLongLong() == segmentId) {
            m_list->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    return false;
}

QString SplitDialog::newName() const
{
    return m_name->text().simplified();
}

QString SplitDialog::why() const
{
    return m_why->text().simplified();
}

void SplitDialog::refresh()
{
    const qsizetype checked = segmentIds().size();
    const int all = m_list->count();
    m_count->setText(tr("%1 of %2 segments move to the new code%3")
                         .arg(QLocale().toString(qlonglong(checked)), QLocale().toString(all),
                              checked == all && all > 0 ? tr("; “%1” is left without segments").arg(m_codeName)
                                                        : QString()));
    m_split->setEnabled(checked > 0 && !newName().isEmpty());
}

} // namespace gw
