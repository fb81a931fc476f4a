#include "core/commands/code_in_vivo.h"

#include "core/commands/command_failure.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QCoreApplication>

namespace gw {

CodeInVivo::CodeInVivo(Project &project, QUndoCommand *parent) : QUndoCommand(parent), m_project(project) {}

QString CodeInVivo::nameFor(const QString &selected)
{
    QString name = selected.simplified();
    if (text::codePointLength(name) > kMaxNameLength) {
        const QString head = name.left(text::utf16Index(name, kMaxNameLength + 1));
        const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
        name = space > 0 ? head.left(space) : head.left(text::utf16Index(head, kMaxNameLength));
    }
    // A cut phrase reads better without a dangling comma or dash.
    while (!name.isEmpty() && (name.back().isSpace() || QStringLiteral(",;:–—-").contains(name.back())))
        name.chop(1);
    return name;
}

Result<std::unique_ptr<CodeInVivo>> CodeInVivo::make(Project &project, Id sourceId, std::int64_t start,
                                                     std::int64_t end, QUndoCommand *parent)
{
    auto src = project.source(sourceId);
    if (!src)
        return std::unexpected(src.error());
    if (start < 0 || end <= start || end > src->length)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::code_in_vivo", "Select some words of \"%1\" to code in vivo.").arg(src->name));
    auto content = project.sourceText(sourceId);
    if (!content)
        return std::unexpected(content.error());
    const QString name = nameFor(text::codePointMid(*content, start, end));
    if (name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::code_in_vivo", "The selection has no words to name a code with."));
    std::unique_ptr<CodeInVivo> command(new CodeInVivo(project, parent));
    if (auto existing = project.codeByName(name); existing && !existing->archived) {
        auto segments = project.segmentsOfSource(sourceId, false);
        if (!segments)
            return std::unexpected(segments.error());
        for (const SegmentInfo &s : *segments)
            if (s.codeId == existing->id && s.start == start && s.end == end)
                return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::code_in_vivo", "That passage is already coded with \"%1\".").arg(name));
        command->m_code = *existing;
        command->m_createsCode = false;
    } else {
        command->m_code.name = name;
    }
    command->m_segment.sourceId = sourceId;
    command->m_segment.start = start;
    command->m_segment.end = end;
    command->setText(QCoreApplication::translate("gw::code_in_vivo", "In vivo code %1").arg(commands::quoted(name)));
    return command;
}

void CodeInVivo::redo()
{
    if (m_createsCode) {
        auto made = m_code.id != 0 ? m_project.restoreCode(m_code) : m_project.addCode(m_code.name, CodeStage::Open);
        if (!made) {
            commands::giveUp(*this, "CodeInVivo", made.error());
            return;
        }
        if (auto c = m_project.code(*made))
            m_code = *c;
    }
    m_segment.codeId = m_code.id;
    auto applied = m_segment.id != 0
                       ? m_project.restoreSegment(m_segment)
                       : m_project.applyCode(m_segment.sourceId, m_code.id, m_segment.start, m_segment.end);
    if (!applied) {
        if (m_createsCode)
            (void)m_project.removeCode(m_code.id); // all or nothing
        commands::giveUp(*this, "CodeInVivo", applied.error());
        return;
    }
    if (auto s = m_project.segment(*applied))
        m_segment = *s;
}

void CodeInVivo::undo()
{
    if (auto now = m_project.segment(m_segment.id))
        m_segment = *now;
    if (auto ok = m_project.removeSegment(m_segment.id); !ok) {
        commands::giveUp(*this, "CodeInVivo", ok.error());
        return;
    }
    if (!m_createsCode)
        return;
    if (auto now = m_project.code(m_code.id))
        m_code = *now;
    if (auto ok = m_project.removeCode(m_code.id); !ok)
        commands::giveUp(*this, "CodeInVivo", ok.error());
}

} // namespace gw
