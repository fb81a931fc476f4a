#include "core/commands/apply_codings.h"

#include "core/commands/command_failure.h"
#include "core/commands/usable_code.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace gw {

ApplyCodings::ApplyCodings(Project &project, Id codeId, std::vector<SegmentInfo> ranges)
    : m_project(project), m_codeId(codeId), m_segments(std::move(ranges))
{
}

Result<std::unique_ptr<ApplyCodings>> ApplyCodings::make(Project &project, Id codeId, std::vector<SegmentInfo> ranges)
{
    auto c = commands::usableCode(project, codeId, "coding with it");
    if (!c)
        return std::unexpected(c.error());
    if (ranges.empty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::apply_codings", "There is nothing to code."));
    QHash<Id, std::int64_t> lengths;
    for (const SegmentInfo &r : ranges) {
        auto length = lengths.constFind(r.sourceId);
        if (length == lengths.cend()) {
            auto src = project.source(r.sourceId);
            if (!src)
                return std::unexpected(src.error());
            length = lengths.insert(r.sourceId, src->length);
        }
        if (r.start < 0 || r.end <= r.start || r.end > *length)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::apply_codings", "A passage to code lies outside its source (%1 to %2).").arg(r.start).arg(r.end));
    }
    std::unique_ptr<ApplyCodings> command(new ApplyCodings(project, codeId, std::move(ranges)));
    const qsizetype n = qsizetype(command->m_segments.size());
    command->setText(QCoreApplication::translate("gw::apply_codings", "Code %1 %2 with %3")
                         .arg(QLocale().toString(n), n == 1 ? QStringLiteral("passage") : QStringLiteral("passages"),
                              commands::quoted(c->name)));
    return command;
}

void ApplyCodings::redo()
{
    if (m_done) { // a redo after an undo: the same segments, ids and all
        if (auto ok = m_project.restoreSegments(m_segments); !ok)
            commands::giveUp(*this, "ApplyCodings", ok.error());
        return;
    }
    auto added = m_project.applyCodes(m_codeId, m_segments);
    if (!added) {
        commands::giveUp(*this, "ApplyCodings", added.error());
        return;
    }
    m_segments = std::move(*added);
    m_done = true;
}

void ApplyCodings::undo()
{
    std::vector<Id> ids;
    ids.reserve(m_segments.size());
    for (const SegmentInfo &s : m_segments)
        ids.push_back(s.id);
    if (auto ok = m_project.removeSegments(ids); !ok)
        commands::giveUp(*this, "ApplyCodings", ok.error());
}

} // namespace gw
