#include "ui/codes/merge_dialog.h"

#include "ui/common/counted.h"
#include "core/model/project.h"
#include "ui/codes/code_swatch.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <set>
#include <tuple>

namespace gw {

namespace {

// N things in words: ONE or MANY (each translated, with %1 for N) by N.
QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name.toHtmlEscaped());
}

} // namespace

MergePreview previewMerge(Project &project, const QList<Id> &fromIds, Id intoId)
{
    MergePreview preview;
    using Key = std::tuple<Id, std::int64_t, std::int64_t, QString>;
    std::set<Key> kept;
    for (const SegmentInfo &s : project.segmentsOfCode(intoId).value_or(std::vector<SegmentInfo>{}))
        kept.emplace(s.sourceId, s.start, s.end, s.coder);
    for (Id id : fromIds) {
        if (id == intoId)
            continue;
        for (const SegmentInfo &s : project.segmentsOfCode(id).value_or(std::vector<SegmentInfo>{})) {
            if (kept.emplace(s.sourceId, s.start, s.end, s.coder).second)
                ++preview.moving;
            else
                ++preview.collapsing;
        }
        if (auto code = project.code(id)) {
            if (!code->definition.trimmed().isEmpty())
                ++preview.definitions;
            if (code->themeId)
                ++preview.placed;
        }
        preview.memos += int(project.memosOf(QStringLiteral("code"), id).value_or(std::vector<MemoInfo>{}).size());
    }
    return preview;
}

MergeDialog::MergeDialog(Project &project, const QList<Id> &codeIds, Id intoId, QWidget *parent)
    : QDialog(parent), m_project(project), m_codes(codeIds)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge Codes"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *intro = new QLabel(tr("Merging keeps one code and moves the others’ segments to it. The "
                                "others are archived, never deleted, and Undo takes the merge back."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_into = new QComboBox(this);
    m_into->setObjectName(QStringLiteral("mergeInto"));
    for (Id id : codeIds)
        if (auto code = project.code(id))
            m_into->addItem(codeSwatch(QColor(code->color)),
                            QStringLiteral("%1  (%2)")
                                .arg(code->name, counted(code->segmentCount, tr("%1 segment"), tr("%1 segments"))),
                            qlonglong(id));
    m_into->setCurrentIndex(std::max(0, m_into->findData(qlonglong(intoId))));
    form->addRow(tr("&Keep:"), m_into);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 6);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(tr("What happens:"), m_summary);

    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("mergeWhy"));
    m_why->setPlaceholderText(tr("Optional; kept in the audit log with your name"));
    form->addRow(tr("&Why:"), m_why);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_into, &QComboBox::currentIndexChanged, this, &MergeDialog::refresh);
    setMinimumWidth(520);
    refresh();
}

Id MergeDialog::intoId() const
{
    return m_into->currentData().toLongLong();
}

QList<Id> MergeDialog::fromIds() const
{
    QList<Id> ids = m_codes;
    ids.removeAll(intoId());
    return ids;
}

QString MergeDialog::why() const
{
    return m_why->text().simplified();
}

void MergeDialog::refresh()
{
    const Id into = intoId();
    const QList<Id> from = fromIds();
    m_preview = previewMerge(m_project, from, into);
    const QString target = quoted(m_project.code(into).value_or(CodeInfo{}).name);
    QStringList names;
    for (Id id : from)
        names << quoted(m_project.code(id).value_or(CodeInfo{}).name);
    QStringList lines;
    // counted() fills in the number (%1) first, then the code's name goes in (%2).
    lines << counted(m_preview.moving, tr("%1 segment move to %2"), tr("%1 segments move to %2")).arg(target);
    if (m_preview.collapsing > 0)
        lines << counted(m_preview.collapsing,
                       tr("%1 segment is already coded the same way (same source, passage and coder) and "
                          "collapse into one"),
                       tr("%1 segments are already coded the same way (same source, passage and coder) and "
                          "collapse into one"));
    if (m_preview.definitions > 0)
        lines << counted(m_preview.definitions,
                       tr("%1 definition is added to the definition of %2, each under its code’s name"),
                       tr("%1 definitions are added to the definition of %2, each under its code’s name"))
                     .arg(target);
    else
        lines << tr("The definition of %1 stays as it is").arg(target);
    if (m_preview.memos > 0)
        lines << counted(m_preview.memos, tr("%1 memo moves to %2"), tr("%1 memos move to %2")).arg(target);
    const QString archived = names.join(QStringLiteral(", "));
    if (m_preview.placed > 0)
        lines << (names.size() == 1 ? tr("%1 is archived and taken out of their themes")
                                    : tr("%1 are archived and taken out of their themes"))
                     .arg(archived);
    else
        lines << (names.size() == 1 ? tr("%1 is archived") : tr("%1 are archived")).arg(archived);
    // The lines as a bulleted list: markup only, the words are translated above.
    const QString list =
        QStringLiteral("<ul style=\"margin-left:-20px\"><li>%1</li></ul>").arg(lines.join(QStringLiteral("</li><li>")));
    m_summary->setText(list);
    m_merge->setEnabled(!from.isEmpty());
}

} // namespace gw
