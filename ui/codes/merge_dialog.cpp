#include "ui/codes/merge_dialog.h"

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

QString count(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(QLocale().toString(qlonglong(n)), n == 1 ? one : many);
}

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
    setWindowTitle(QStringLiteral("Merge Codes"));
    auto *form = new QFormLayout(this);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *intro = new QLabel(QStringLiteral("Merging keeps one code and moves the others’ segments to it. The "
                                            "others are archived, never deleted, and Undo takes the merge back."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_into = new QComboBox(this);
    m_into->setObjectName(QStringLiteral("mergeInto"));
    for (Id id : codeIds)
        if (auto code = project.code(id))
            m_into->addItem(codeSwatch(QColor(code->color)),
                            QStringLiteral("%1  (%2)").arg(code->name, count(code->segmentCount, QStringLiteral("segment"),
                                                                               QStringLiteral("segments"))),
                            qlonglong(id));
    m_into->setCurrentIndex(std::max(0, m_into->findData(qlonglong(intoId))));
    form->addRow(QStringLiteral("&Keep:"), m_into);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 6);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->addRow(QStringLiteral("What happens:"), m_summary);

    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("mergeWhy"));
    m_why->setPlaceholderText(QStringLiteral("Optional; kept in the audit log with your name"));
    form->addRow(QStringLiteral("&Why:"), m_why);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(QStringLiteral("&Merge"), QDialogButtonBox::AcceptRole);
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
    lines << QStringLiteral("%1 move to %2").arg(count(m_preview.moving, QStringLiteral("segment"),
                                                       QStringLiteral("segments")),
                                                 target);
    if (m_preview.collapsing > 0)
        lines << QStringLiteral("%1 %2 already coded the same way (same source, passage and coder) and "
                                "collapse into one")
                     .arg(count(m_preview.collapsing, QStringLiteral("segment"), QStringLiteral("segments")),
                          m_preview.collapsing == 1 ? QStringLiteral("is") : QStringLiteral("are"));
    if (m_preview.definitions > 0)
        lines << QStringLiteral("%1 added to the definition of %2, each under its code’s name")
                     .arg(count(m_preview.definitions, QStringLiteral("definition is"),
                                QStringLiteral("definitions are")),
                          target);
    else
        lines << QStringLiteral("The definition of %1 stays as it is").arg(target);
    if (m_preview.memos > 0)
        lines << QStringLiteral("%1 to %2").arg(count(m_preview.memos, QStringLiteral("memo moves"),
                                                      QStringLiteral("memos move")),
                                                target);
    lines << QStringLiteral("%1 %2 archived%3")
                 .arg(names.join(QStringLiteral(", ")),
                      names.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                      m_preview.placed > 0 ? QStringLiteral(" and taken out of their themes") : QString());
    m_summary->setText(QStringLiteral("<ul style=\"margin-left:-20px\"><li>%1</li></ul>")
                           .arg(lines.join(QStringLiteral("</li><li>"))));
    m_merge->setEnabled(!from.isEmpty());
}

} // namespace gw
