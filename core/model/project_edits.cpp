// Project: the edits behind the undo commands: code properties, removing and
// restoring codes and segments, and moving segments.
#include "core/model/project.h"
#include "core/coding/coding_store.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonObject>

namespace gw {

namespace {

QJsonObject codeChange(const QString &codeGuid, const QString &from, const QString &to)
{
    return QJsonObject{{QStringLiteral("code"), codeGuid}, {QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
}

} // namespace

Status Project::setCodeColor(Id id, const QString &color)
{
    if (!QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_edits", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    if (auto old = code(id); !old)
        return std::unexpected(old.error());
    if (auto ok = m_coding->setCodeField(id, CodingStore::CodeField::Color, QColor(color).name()); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::setCodeStage(Id id, CodeStage stage)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    auto tx = m_session->transaction();
    if (!tx->begun())
        return tx->begun();
    if (auto ok = m_coding->setCodeField(id, CodingStore::CodeField::Stage, toString(stage)); !ok)
        return ok;
    if (auto ok = writeAudit(QStringLiteral("code.stage"), codeChange(old->guid, toString(old->stage), toString(stage)), {});
        !ok)
        return ok;
    if (auto ok = tx->commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::setCodeArchived(Id id, bool archived)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (!archived && old->archived) {
        if (auto other = codeByName(old->name); other && !other->archived && other->id != id)
            return fail(ErrorKind::Conflict,
                        QCoreApplication::translate("gw::project_edits", "Another code is named \"%1\"; rename one of them first.").arg(old->name));
    }
    const auto word = [](bool a) { return a ? QStringLiteral("archived") : QStringLiteral("active"); };
    auto tx = m_session->transaction();
    if (!tx->begun())
        return tx->begun();
    if (auto ok = m_coding->setCodeField(id, CodingStore::CodeField::Archived, std::int64_t{archived ? 1 : 0}); !ok)
        return ok;
    if (auto ok = writeAudit(archived ? QStringLiteral("code.archive") : QStringLiteral("code.unarchive"),
                             codeChange(old->guid, word(old->archived), word(archived)), {});
        !ok)
        return ok;
    if (auto ok = tx->commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Status Project::removeCode(Id id)
{
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (old->segmentCount > 0)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "\"%1\" still codes %2 segments; uncode them or archive "
                                                        "the code instead.")
                                             .arg(old->name)
                                             .arg(old->segmentCount));
    if (auto ok = m_coding->deleteCode(id); !ok)
        return ok;
    Q_EMIT codeRemoved(id);
    return {};
}

Result<Id> Project::restoreCode(const CodeInfo &c)
{
    if (c.guid.isEmpty() || c.name.simplified().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "A restored code needs its guid and name."));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    CodeInfo row = c;
    row.name = c.name.simplified();
    if (row.color.isEmpty())
        row.color = QStringLiteral("#7f8c8d");
    auto inserted = m_coding->insertCode(row, std::nullopt, *coder);
    if (!inserted) {
        if (inserted.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "A code named \"%1\" already exists.").arg(c.name));
        return inserted;
    }
    const Id id = *inserted;
    Q_EMIT codeAdded(id);
    return id;
}

Result<SegmentInfo> Project::segment(Id segmentId) { return m_coding->segment(segmentId); }

Status Project::updateSegment(Id segmentId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto old = segment(segmentId);
    if (!old)
        return std::unexpected(old.error());
    auto src = source(old->sourceId);
    if (!src)
        return std::unexpected(src.error());
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (auto range = checkSegmentRange(*src, start, end); !range)
        return range;
    if (auto ok = m_coding->updateSegment(segmentId, codeId, start, end); !ok) {
        if (ok.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_edits", "That passage of \"%1\" is already coded with \"%2\".")
                                                 .arg(src->name, c->name));
        return ok;
    }
    Q_EMIT segmentsChanged(old->sourceId, old->codeId);
    if (codeId != old->codeId)
        Q_EMIT segmentsChanged(old->sourceId, codeId);
    return {};
}

Result<Id> Project::restoreSegment(const SegmentInfo &s)
{
    if (s.guid.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "A restored segment needs its guid."));
    auto src = source(s.sourceId);
    if (!src)
        return std::unexpected(src.error());
    if (auto c = code(s.codeId); !c)
        return std::unexpected(c.error());
    if (s.start < 0 || s.end <= s.start || s.end > src->length)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_edits", "The segment lies outside \"%1\".").arg(src->name));
    Id coder = 0;
    if (s.coder.isEmpty() || s.coder == m_coderName) {
        auto mine = coderId();
        if (!mine)
            return std::unexpected(mine.error());
        coder = *mine;
    }
    auto inserted = m_coding->insertSegment(s, coder);
    if (!inserted)
        return inserted;
    const Id id = *inserted;
    Q_EMIT segmentsChanged(s.sourceId, s.codeId);
    return id;
}

} // namespace gw
