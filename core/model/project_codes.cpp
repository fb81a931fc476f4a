// Project: codes, the tiers above them, and coded segments.
#include "core/model/project.h"
#include "core/coding/coding_store.h"
#include "core/model/project_structure_rows.h"
#include "core/model/structure_snapshot.h"
#include "core/text/positions.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace gw {

namespace {

// A default palette for new codes, muted enough to tint text readably.
QString defaultColor(Id seed)
{
    static const char *palette[] = {"#5b7db1", "#6b9e78", "#8d6ba8", "#c07a50", "#4f9a9a",
                                    "#b5656f", "#7f9c4a", "#a8924a", "#6e7f8d", "#b07aa1"};
    return QString::fromLatin1(palette[seed % std::size(palette)]);
}

} // namespace

Result<Id> Project::addCode(const QString &name, CodeStage stage, const QString &color)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_codes", "A code needs a name."));
    if (!color.isEmpty() && !QColor::isValidColorName(color))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::project_codes", "\"%1\" is not a colour; use the form #RRGGBB.").arg(color));
    if (codeByName(trimmed))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "A code named \"%1\" already exists.").arg(trimmed));
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    auto count = m_coding->codeCount();
    if (!count)
        return std::unexpected(count.error());
    CodeInfo c;
    c.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.name = trimmed;
    c.color = color.isEmpty() ? defaultColor(*count) : QColor(color).name();
    c.stage = stage;
    auto id = m_coding->insertCode(c, *count, *coder);
    if (!id)
        return id;
    Q_EMIT codeAdded(*id);
    return id;
}

Status Project::renameCode(Id id, const QString &name)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_codes", "A code needs a name."));
    auto old = code(id);
    if (!old)
        return std::unexpected(old.error());
    if (auto other = codeByName(trimmed); other && other->id != id)
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "A code named \"%1\" already exists.").arg(trimmed));
    auto tx = m_session->transaction();
    if (!tx->begun())
        return tx->begun();
    if (auto ok = m_coding->setCodeField(id, CodingStore::CodeField::Name, trimmed); !ok)
        return ok;
    QJsonObject details{{QStringLiteral("code"), old->guid}, {QStringLiteral("from"), old->name},
                        {QStringLiteral("to"), trimmed}};
    if (auto ok = writeAudit(QStringLiteral("code.rename"), details, {}); !ok)
        return ok;
    if (auto ok = tx->commit(); !ok)
        return ok;
    Q_EMIT codeChanged(id);
    return {};
}

Result<std::vector<CodeInfo>> Project::codes() { return m_coding->codes(); }

Result<CodeInfo> Project::code(Id id) { return m_coding->code(id); }

Result<CodeInfo> Project::codeByName(const QString &name) { return m_coding->codeByName(name); }

Result<std::vector<ThemeInfo>> Project::themes()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY t.position, t.id").arg(rows::kThemeColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<ThemeInfo>(*stmt, rows::readTheme);
}

Result<std::vector<DimensionInfo>> Project::dimensions()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 ORDER BY d.position, d.id").arg(rows::kDimensionColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<DimensionInfo>(*stmt, rows::readDimension);
}

Result<Id> Project::applyCode(Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    auto src = source(sourceId);
    if (!src)
        return std::unexpected(src.error());
    auto c = code(codeId);
    if (!c)
        return std::unexpected(c.error());
    if (auto range = checkSegmentRange(*src, start, end); !range)
        return std::unexpected(range.error());
    auto coder = coderId();
    if (!coder)
        return std::unexpected(coder.error());
    SegmentInfo s;
    s.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.sourceId = sourceId;
    s.codeId = codeId;
    s.start = start;
    s.end = end;
    auto id = m_coding->insertSegment(s, *coder);
    if (!id) {
        if (id.error().kind == ErrorKind::Conflict)
            return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_codes", "That passage of \"%1\" is already coded with \"%2\".")
                                                 .arg(src->name, c->name));
        return id;
    }
    Q_EMIT segmentsChanged(sourceId, codeId);
    return id;
}

Result<bool> Project::isCoded(Id sourceId, Id codeId, std::int64_t start, std::int64_t end)
{
    return m_coding->isCoded(sourceId, codeId, start, end);
}

Status Project::removeSegment(Id segmentId)
{
    auto gone = m_coding->deleteSegment(segmentId);
    if (!gone)
        return std::unexpected(gone.error());
    Q_EMIT segmentsChanged(gone->first, gone->second);
    return {};
}

Result<std::vector<SegmentInfo>> Project::segmentsOfCode(Id codeId) { return m_coding->segmentsOfCode(codeId); }

Result<std::vector<SegmentInfo>> Project::segmentsOfSource(Id sourceId, bool withText)
{
    return m_coding->segmentsOfSource(sourceId, withText);
}

} // namespace gw
