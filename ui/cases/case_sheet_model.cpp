#include "ui/cases/case_sheet_model.h"

#include "core/model/display_names.h"
#include "core/commands/case_edits.h"
#include "core/model/project.h"

#include <QUndoStack>

namespace gw {

CaseSheetModel::CaseSheetModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseSheetModel::setProject(Project *project, QUndoStack *stack)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    if (m_project) {
        // Reloaded once the signals of an edit have all come (an edit made from
        // a cell would otherwise reset the model under the view committing it).
        auto later = [this] {
            if (m_reloadPending)
                return;
            m_reloadPending = true;
            QMetaObject::invokeMethod(this, &CaseSheetModel::reload, Qt::QueuedConnection);
        };
        connect(m_project, &Project::casesChanged, this, later);
        connect(m_project, &Project::sourceChanged, this, later);
        connect(m_project, &Project::sourceRemoved, this, later);
        connect(m_project, &Project::sourceAdded, this, later);
    }
    reload();
}

void CaseSheetModel::reload()
{
    m_reloadPending = false;
    beginResetModel();
    m_cases.clear();
    m_attributes.clear();
    if (m_project) {
        if (auto cases = m_project->cases())
            m_cases = std::move(*cases);
        if (auto attributes = m_project->attributes())
            m_attributes = std::move(*attributes);
    }
    endResetModel();
}

int CaseSheetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int CaseSheetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstAttributeColumn + int(m_attributes.size());
}

const CaseInfo *CaseSheetModel::caseAt(int row) const
{
    return row >= 0 && row < int(m_cases.size()) ? &m_cases[std::size_t(row)] : nullptr;
}

const AttributeInfo *CaseSheetModel::attributeAt(int column) const
{
    const int i = column - FirstAttributeColumn;
    return i >= 0 && i < int(m_attributes.size()) ? &m_attributes[std::size_t(i)] : nullptr;
}

int CaseSheetModel::rowOfCase(Id caseId) const
{
    for (std::size_t i = 0; i < m_cases.size(); ++i)
        if (m_cases[i].id == caseId)
            return int(i);
    return -1;
}

QVariant CaseSheetModel::data(const QModelIndex &index, int role) const
{
    const CaseInfo *c = caseAt(index.row());
    if (!c)
        return {};
    const AttributeInfo *a = attributeAt(index.column());
    if (role == Qt::TextAlignmentRole && a && (a->type == AttributeType::Number || a->type == AttributeType::Date))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == SourcesColumn)
        return c->sourceNames.join(u'\n');
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn: return c->name;
    case SourcesColumn:
        return role == Qt::EditRole ? c->sourceNames.join(QStringLiteral(", "))
               : c->sourceNames.size() <= 2 ? c->sourceNames.join(QStringLiteral(", "))
                                            : tr("%1 sources").arg(c->sourceNames.size());
    case DescriptionColumn: return c->description;
    default: break;
    }
    if (!a)
        return {};
    const QString value = c->value(a->name);
    if (a->type == AttributeType::Boolean && role == Qt::DisplayRole && !value.isEmpty())
        return value == u"true" ? tr("yes") : tr("no");
    return value;
}

QVariant CaseSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role == Qt::ToolTipRole) {
        if (const AttributeInfo *a = attributeAt(section))
            return tr("%1: a %2 attribute").arg(a->name, displayName(a->type));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Case");
    case SourcesColumn: return tr("Sources");
    case DescriptionColumn: return tr("Description");
    default: break;
    }
    if (const AttributeInfo *a = attributeAt(section))
        return a->type == AttributeType::Text ? a->name : QStringLiteral("%1 (%2)").arg(a->name, displayName(a->type));
    return {};
}

Qt::ItemFlags CaseSheetModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != SourcesColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

Status CaseSheetModel::edit(const QString &label, const std::function<Status()> &change)
{
    if (!m_project)
        return fail(ErrorKind::NotFound, tr("No project is open."));
    auto step = EditCases::apply(*m_project, label, change);
    if (!step)
        return std::unexpected(step.error());
    if (m_stack)
        m_stack->push(step->release());
    return {};
}

bool CaseSheetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const CaseInfo *c = caseAt(index.row());
    if (!c || role != Qt::EditRole || !m_project)
        return false;
    const QString text = value.toString();
    if (text == data(index, Qt::EditRole).toString())
        return false;
    const Id caseId = c->id;
    const QString name = c->name;
    Status ok;
    if (index.column() == NameColumn) {
        ok = edit(tr("Rename case “%1”").arg(name), [&] { return m_project->renameCase(caseId, text); });
    } else if (index.column() == DescriptionColumn) {
        ok = edit(tr("Describe case “%1”").arg(name),
                  [&] { return m_project->setCaseDescription(caseId, text); });
    } else if (const AttributeInfo *a = attributeAt(index.column())) {
        const Id attributeId = a->id;
        ok = edit(tr("Set %1 of “%2”").arg(a->name, name),
                  [&] { return m_project->setAttributeValue(caseId, attributeId, text); });
    }
    if (!ok) {
        Q_EMIT refused(ok.error().message);
        return false;
    }
    return true;
}

} // namespace gw
