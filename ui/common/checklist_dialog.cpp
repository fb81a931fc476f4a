#include "ui/common/checklist_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace gw {

ChecklistDialog::ChecklistDialog(const QString &title, std::vector<Entry> entries, const std::vector<Id> &chosen,
                                 QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("checklistDialog"));
    setWindowTitle(title);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("checklistFilter"));
    m_filter->setPlaceholderText(tr("Filter by name"));
    m_filter->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("checklist"));
    for (const Entry &e : entries) {
        auto *item = new QListWidgetItem(e.name, m_list);
        item->setData(Qt::UserRole, qlonglong(e.id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        const bool on = chosen.empty() || std::ranges::find(chosen, e.id) != chosen.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setHidden(!m_list->item(i)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(m_list, &QListWidget::itemChanged, this, &ChecklistDialog::updateOk);

    auto *all = new QPushButton(tr("&All"), this);
    auto *none = new QPushButton(tr("&None"), this);
    all->setToolTip(tr("Tick every item shown"));
    none->setToolTip(tr("Untick every item shown"));
    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(all);
    row->addWidget(none);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    resize(420, 480);
    updateOk();
}

void ChecklistDialog::addGroups(const QString &label, const std::vector<std::pair<QString, std::vector<Id>>> &groups)
{
    if (groups.empty())
        return;
    m_groups = new QComboBox(this);
    m_groups->setObjectName(QStringLiteral("checklistGroups"));
    m_groups->addItem(label);
    for (const auto &[name, ids] : groups) {
        QVariantList list;
        for (const Id id : ids)
            list << qlonglong(id);
        m_groups->addItem(name, list);
    }
    connect(m_groups, &QComboBox::activated, this, [this](int index) {
        if (index <= 0)
            return;
        const QVariantList ids = m_groups->itemData(index).toList();
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(ids.contains(m_list->item(i)->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
    });
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_groups);
}

std::vector<Id> ChecklistDialog::chosen() const
{
    std::vector<Id> ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids.push_back(m_list->item(i)->data(Qt::UserRole).toLongLong());
    if (int(ids.size()) == m_list->count())
        ids.clear(); // all of them
    return ids;
}

void ChecklistDialog::setAll(bool checked)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isHidden())
            m_list->item(i)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void ChecklistDialog::updateOk()
{
    bool any = false;
    for (int i = 0; i < m_list->count() && !any; ++i)
        any = m_list->item(i)->checkState() == Qt::Checked;
    m_ok->setEnabled(any);
    m_ok->setToolTip(any ? QString() : tr("Tick at least one"));
}

} // namespace gw
