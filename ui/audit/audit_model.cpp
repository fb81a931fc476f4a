#include "ui/audit/audit_model.h"

#include "core/model/project.h"
#include "ui/audit/audit_words.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>
#include <spdlog/spdlog.h>

namespace gw {

AuditModel::AuditModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditModel::setProject(Project *project)
{
    beginResetModel();
    m_project = project;
    m_rows = read();
    endResetModel();
}

void AuditModel::setFilter(int kind, const QString &coder, const QString &text)
{
    if (kind == m_kind && coder == m_coder && text == m_text)
        return;
    m_kind = kind;
    m_coder = coder;
    m_text = text;
    beginResetModel();
    m_rows = read();
    endResetModel();
}

std::vector<AuditModel::Row> AuditModel::read()
{
    std::vector<Row> rows;
    if (!m_project)
        return rows;
    AuditFilter filter;
    filter.coder = m_coder;
    filter.text = m_text;
    auto entries = m_project->auditLog(filter);
    if (!entries) {
        spdlog::warn("cannot read the audit log: {}", entries.error().message.toStdString());
        return rows;
    }
    QHash<QString, QString> codeNames;
    for (const CodeInfo &c : m_project->codes().value_or(std::vector<CodeInfo>{}))
        codeNames.insert(c.guid, c.name);
    const QStringList prefixes = m_kind >= 0 && m_kind < auditKinds().size() ? auditKinds()[m_kind].prefixes
                                                                             : QStringList();
    QSet<QString> coders(m_coders.begin(), m_coders.end());
    for (AuditEntry &e : *entries) {
        coders.insert(e.coder);
        if (!prefixes.isEmpty() &&
            std::ranges::none_of(prefixes, [&e](const QString &p) { return e.action.startsWith(p); }))
            continue;
        QString words = auditInWords(e, codeNames);
        rows.push_back(Row{std::move(e), std::move(words)});
    }
    coders.remove(QString());
    m_coders = QStringList(coders.begin(), coders.end());
    m_coders.sort(Qt::CaseInsensitive);
    return rows;
}

void AuditModel::refresh()
{
    std::vector<Row> fresh = read();
    // The log only grows: the rows we show should be the tail of what we read.
    const size_t added = fresh.size() >= m_rows.size() ? fresh.size() - m_rows.size() : 0;
    const bool tail = fresh.size() >= m_rows.size() &&
                      std::equal(m_rows.begin(), m_rows.end(), fresh.begin() + qsizetype(added),
                                 [](const Row &a, const Row &b) { return a.entry.id == b.entry.id; });
    if (!tail) {
        beginResetModel();
        m_rows = std::move(fresh);
        endResetModel();
        return;
    }
    if (added == 0)
        return;
    beginInsertRows({}, 0, int(added) - 1);
    m_rows.insert(m_rows.begin(), std::make_move_iterator(fresh.begin()),
                  std::make_move_iterator(fresh.begin() + qsizetype(added)));
    endInsertRows();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const AuditEntry &e = row.entry;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn: {
            const QDateTime when = QDateTime::fromString(e.at, Qt::ISODateWithMs);
            return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy HH:mm"))
                                  : e.at;
        }
        case CoderColumn: return e.coder;
        case ActionColumn: return row.words;
        case WhyColumn: return e.why;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return e.at;
        if (index.column() == ActionColumn)
            return QStringLiteral("%1\n(%2)").arg(row.words, e.action);
        if (index.column() == WhyColumn)
            return e.why;
        return {};
    case Qt::ForegroundRole:
        return {};
    case EntryIdRole: return qlonglong(e.id);
    case ActionRole: return e.action;
    case HasStructureRole: return e.hasStructure;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case CoderColumn: return tr("Coder");
    case ActionColumn: return tr("What changed");
    case WhyColumn: return tr("Why");
    }
    return {};
}

} // namespace gw
