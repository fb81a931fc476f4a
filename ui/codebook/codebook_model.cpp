#include "ui/codebook/codebook_model.h"

#include "core/model/project.h"
#include "ui/codebook/codebook_export.h"
#include "ui/codes/code_swatch.h"
#include "ui/codes/hierarchy_edits.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPalette>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

QString shortDay(const QString &iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QStringLiteral("d MMM yyyy")) : iso;
}

QString oneLine(const QString &text)
{
    return QString(text).replace(u'\n', u' ').simplified();
}

} // namespace

CodebookModel::CodebookModel(QObject *parent) : QAbstractTableModel(parent), m_pending(new QTimer(this))
{
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &CodebookModel::refresh);
}

void CodebookModel::setProject(Project *project, QUndoStack *stack)
{
    beginResetModel();
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_stack = stack;
    m_rows.clear();
    if (m_project) {
        auto later = [this] { m_pending->start(); };
        connect(m_project, &Project::codeAdded, this, later);
        connect(m_project, &Project::codeChanged, this, later);
        connect(m_project, &Project::codeRemoved, this, later);
        connect(m_project, &Project::segmentsChanged, this, later);
        connect(m_project, &Project::structureChanged, this, later);
        connect(m_project, &Project::casesChanged, this, later);
        if (auto rows = readCodebook(*m_project))
            m_rows = std::move(*rows);
        else
            spdlog::warn("cannot read the codebook: {}", rows.error().message.toStdString());
    }
    endResetModel();
}

void CodebookModel::refresh()
{
    m_pending->stop();
    if (!m_project)
        return;
    auto fresh = readCodebook(*m_project);
    if (!fresh) {
        spdlog::warn("cannot read the codebook: {}", fresh.error().message.toStdString());
        return;
    }
    // Rows that are gone leave; then row by row, the wanted code is moved up or inserted.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const Id id = m_rows[size_t(i)].codeId;
        if (std::ranges::none_of(*fresh, [id](const CodebookRow &r) { return r.codeId == id; })) {
            beginRemoveRows({}, i, i);
            m_rows.erase(m_rows.begin() + i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < int(fresh->size()); ++i) {
        const CodebookRow &want = (*fresh)[size_t(i)];
        const int at = rowOf(want.codeId);
        if (at < 0) {
            beginInsertRows({}, i, i);
            m_rows.insert(m_rows.begin() + i, want);
            endInsertRows();
            continue;
        }
        if (at != i) { // always below i: rows above are settled
            beginMoveRows({}, at, at, {}, i);
            CodebookRow moved = std::move(m_rows[size_t(at)]);
            m_rows.erase(m_rows.begin() + at);
            m_rows.insert(m_rows.begin() + i, std::move(moved));
            endMoveRows();
        }
        if (!(m_rows[size_t(i)] == want)) {
            m_rows[size_t(i)] = want;
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

int CodebookModel::rowOf(Id codeId) const
{
    auto it = std::ranges::find(m_rows, codeId, &CodebookRow::codeId);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int CodebookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CodebookModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodebookRow &r = m_rows[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn: return r.name;
        case StageColumn: return stageName(r.stage);
        case ThemeColumn: return r.theme;
        case DimensionColumn: return r.dimension;
        case DefinitionColumn: return oneLine(r.definition);
        case SegmentsColumn: return QLocale().toString(qlonglong(r.segments));
        case SourcesColumn: return QLocale().toString(qlonglong(r.sources));
        case FirstUsedColumn: return shortDay(r.firstUsed);
        case LastUsedColumn: return shortDay(r.lastUsed);
        case ExemplarColumn:
            return r.exemplar.isEmpty() ? QString()
                                        : QStringLiteral("“%1” [%2]").arg(oneLine(r.exemplar), r.exemplarAttribution);
        }
        return {};
    case Qt::EditRole:
        return column == DefinitionColumn ? QVariant(r.definition) : data(index, Qt::DisplayRole);
    case SortRole:
        switch (column) {
        case StageColumn: return int(r.stage);
        case SegmentsColumn: return qlonglong(r.segments);
        case SourcesColumn: return qlonglong(r.sources);
        case FirstUsedColumn: return r.firstUsed;
        case LastUsedColumn: return r.lastUsed;
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DecorationRole:
        return column == CodeColumn ? QVariant(codeSwatch(QColor(r.color))) : QVariant();
    case Qt::ToolTipRole:
        if (column == DefinitionColumn)
            return r.definition.isEmpty() ? tr("No definition yet. Double-click to write one.")
                                          : r.definition;
        if (column == ExemplarColumn && !r.exemplar.isEmpty())
            return QStringLiteral("%1\n\n[%2]%3")
                .arg(r.exemplar, r.exemplarAttribution,
                     r.exemplarChosen ? tr("\nChosen as an exemplar of “%1”.").arg(r.theme)
                                      : tr("\nThe code’s first segment (no exemplar chosen)."));
        if (column == FirstUsedColumn || column == LastUsedColumn)
            return column == FirstUsedColumn ? r.firstUsed : r.lastUsed;
        return {};
    case Qt::ForegroundRole:
        if ((column == DefinitionColumn && r.definition.isEmpty()) ||
            (column == ExemplarColumn && !r.exemplarChosen))
            return QApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SegmentsColumn || column == SourcesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case CodeIdRole: return qlonglong(r.codeId);
    }
    return {};
}

QVariant CodebookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // The columns as the table names them; the exported files keep codebookHeader()'s English keys.
    if (role == Qt::DisplayRole) {
        switch (section) {
        case CodeColumn: return tr("Code");
        case StageColumn: return tr("Stage");
        case ThemeColumn: return tr("Theme");
        case DimensionColumn: return tr("Dimension");
        case DefinitionColumn: return tr("Definition");
        case SegmentsColumn: return tr("Segments");
        case SourcesColumn: return tr("Sources");
        case FirstUsedColumn: return tr("First used");
        case LastUsedColumn: return tr("Last used");
        case ExemplarColumn: return tr("Exemplar");
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && (section == SegmentsColumn || section == SourcesColumn))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

Qt::ItemFlags CodebookModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == DefinitionColumn && m_stack)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool CodebookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.column() != DefinitionColumn || !m_project || !m_stack)
        return false;
    CodebookRow &r = m_rows[size_t(index.row())];
    const QString definition = value.toString().trimmed();
    if (definition == r.definition)
        return false;
    if (auto ok = HierarchyEdits(*m_project, *m_stack).defineCode(r.codeId, definition); !ok) {
        Q_EMIT editRefused(ok.error().message);
        return false;
    }
    refresh(); // show it at once, not a moment later
    return true;
}

} // namespace gw
