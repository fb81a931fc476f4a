// Project: sources and their transcript turns.
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUuid>

namespace gw {

namespace {

const QString kSourceColumns = QStringLiteral(
    "s.id, s.guid, s.name, s.kind, s.length, coalesce(s.original_name, ''), coalesce(s.original_format, ''), "
    "s.content_hash, (SELECT count(*) FROM segments g WHERE g.source_id = s.id)");

SourceInfo readSource(const Statement &row)
{
    SourceInfo s;
    s.id = row.int64(0);
    s.guid = row.text(1);
    s.name = row.text(2);
    s.kind = sourceKindFromString(row.text(3)).value_or(SourceKind::Document);
    s.length = row.int64(4);
    s.originalName = row.text(5);
    s.originalFormat = row.text(6);
    s.contentHash = row.text(7);
    s.segmentCount = row.int64(8);
    return s;
}

} // namespace

// BLAKE2b-256 of the UTF-8 text: as collision-proof as SHA-256 for matching
// sources across projects, and about twice as fast in software, which matters
// when a study's 600 sources are imported at once.
static QString hashUtf8(const QByteArray &utf8)
{
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Blake2b_256).toHex());
}

QString Project::contentHash(const QString &normalisedText) { return hashUtf8(normalisedText.toUtf8()); }

Result<PreparedSource> Project::prepareSource(NewSource source)
{
    source.name = source.name.trimmed();
    if (source.name.isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_sources", "A source needs a name."));
    if (!source.normalised) {
        source.text = text::normalise(source.text);
        source.normalised = true;
    }
    PreparedSource prepared;
    prepared.utf8 = source.text.toUtf8();
    prepared.hash = hashUtf8(prepared.utf8);
    prepared.length = text::codePointLength(source.text);
    for (const Turn &t : source.turns)
        if (t.start < 0 || t.end < t.start || t.end > prepared.length)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::project_sources", "a speaker turn lies outside the text"));
    prepared.source = std::move(source);
    return prepared;
}

Result<Id> Project::addSource(const NewSource &source)
{
    auto prepared = prepareSource(source);
    if (!prepared)
        return std::unexpected(prepared.error());
    return addSource(*prepared);
}

Result<Id> Project::addSource(const PreparedSource &prepared)
{
    const NewSource &source = prepared.source;
    const QString &name = source.name;
    auto existing = sourceByHash(prepared.hash);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorKind::Duplicate,
                    QCoreApplication::translate("gw::project_sources", "same text as the source \"%1\" already in the project").arg((*existing)->name));
    if (hasSourceNamed(name))
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::project_sources", "a source named \"%1\" already exists").arg(name));

    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO sources(guid, kind, name, text, content_hash, original_name, original_format, length, "
        "metadata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!insert)
        return std::unexpected(insert.error());
    insert->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
        .bind(2, toString(source.kind))
        .bind(3, name)
        .bindUtf8(4, prepared.utf8)
        .bind(5, prepared.hash)
        .bind(6, source.originalName)
        .bind(7, source.originalFormat)
        .bind(8, prepared.length)
        .bind(9, source.metadata.isEmpty() ? QStringLiteral("{}") : source.metadata);
    if (auto ok = insert->run(); !ok)
        return std::unexpected(ok.error());
    const Id id = m_db.lastInsertId();
    auto turn = m_db.prepare(
        QStringLiteral("INSERT INTO turns(source_id, speaker, start, end, timestamp_ms) VALUES (?1, ?2, ?3, ?4, ?5)"));
    if (!turn)
        return std::unexpected(turn.error());
    for (const Turn &t : source.turns) {
        turn->reset();
        turn->bind(1, id).bind(2, t.speaker.isNull() ? QStringLiteral("") : t.speaker).bind(3, t.start).bind(4, t.end);
        if (t.timestampMs)
            turn->bind(5, *t.timestampMs);
        if (auto ok = turn->run(); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    Q_EMIT sourceAdded(id);
    return id;
}

Result<std::vector<SourceInfo>> Project::sources()
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM sources s ORDER BY s.name COLLATE NOCASE").arg(kSourceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    return collectRows<SourceInfo>(*stmt, readSource);
}

Result<SourceInfo> Project::source(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM sources s WHERE s.id = ?1").arg(kSourceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sources", "No source with id %1.").arg(id));
    return readSource(*stmt);
}

Result<SourceInfo> Project::sourceByName(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM sources s WHERE s.name = ?1").arg(kSourceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, name);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sources", "No source named \"%1\" in the project.").arg(name));
    return readSource(*stmt);
}

bool Project::hasSourceNamed(const QString &name)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT 1 FROM sources WHERE name = ?1"));
    if (!stmt)
        return false;
    stmt->bind(1, name);
    return stmt->step().value_or(false);
}

Result<std::optional<SourceInfo>> Project::sourceByHash(const QString &hash)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT %1 FROM sources s WHERE s.content_hash = ?1").arg(kSourceColumns));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, hash);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SourceInfo>{};
    return std::optional<SourceInfo>{readSource(*stmt)};
}

Result<QString> Project::sourceText(Id id)
{
    auto stmt = m_db.prepare(QStringLiteral("SELECT text FROM sources WHERE id = ?1"));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, id);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::project_sources", "No source with id %1.").arg(id));
    return stmt->text(0);
}

} // namespace gw
