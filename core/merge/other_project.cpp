#include "core/merge/other_project.h"

#include "core/store/each_row.h"

#include "core/store/database.h"
#include "core/store/migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace gw {

namespace {

std::optional<Id> optionalId(const Statement &row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<Id>(row.int64(column));
}


Status readTiers(Database &db, OtherProject &out)
{
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name, definition FROM dimensions ORDER BY position, id"),
                          [&](const Statement &r) {
                              out.dimensions.push_back(OtherTier{r.int64(0), r.text(1), r.text(2), r.text(3), {}});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, name, definition, dimension_id FROM themes "
                                         "ORDER BY dimension_id, position, id"),
                          [&](const Statement &r) {
                              out.themes.push_back(
                                  OtherTier{r.int64(0), r.text(1), r.text(2), r.text(3), optionalId(r, 4)});
                          });
        !ok)
        return ok;
    return eachRow(db,
                   QStringLiteral("SELECT c.id, c.guid, c.name, c.definition, tc.theme_id, c.color, c.stage, "
                                  "c.archived, c.created_by, c.created, coalesce(tc.position, 0) "
                                  "FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id ORDER BY c.position, c.id"),
                   [&](const Statement &r) {
                       OtherTier t{r.int64(0), r.text(1), r.text(2), r.text(3), optionalId(r, 4)};
                       t.color = r.text(5);
                       t.stage = r.text(6);
                       t.archived = r.int64(7) != 0;
                       t.createdBy = optionalId(r, 8);
                       t.created = r.text(9);
                       out.codePositions.insert(t.id, int(r.int64(10)));
                       out.codes.push_back(t);
                   });
}

Status readSources(Database &db, OtherProject &out)
{
    QHash<Id, size_t> index;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, kind, name, text, content_hash, original_name, "
                                         "original_format, source_date, metadata, imported, length FROM sources "
                                         "ORDER BY id"),
                          [&](const Statement &r) {
                              index.insert(r.int64(0), out.sources.size());
                              out.sources.push_back(OtherSource{r.int64(0), r.text(1), r.text(2), r.text(3),
                                                                r.text(4), r.text(5), r.text(6), r.text(7),
                                                                r.text(8), r.text(9), r.text(10), r.int64(11), {}});
                          });
        !ok)
        return ok;
    return eachRow(db,
                   QStringLiteral("SELECT source_id, speaker, start, end, timestamp_ms FROM turns ORDER BY id"),
                   [&](const Statement &r) {
                       auto it = index.find(r.int64(0));
                       if (it == index.end())
                           return;
                       out.sources[*it].turns.push_back(
                           Turn{r.text(1), r.int64(2), r.int64(3), optionalId(r, 4)});
                   });
}

Status readCodingAndMemos(Database &db, OtherProject &out)
{
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, source_id, code_id, start, end, coder_id, created "
                                         "FROM segments ORDER BY id"),
                          [&](const Statement &r) {
                              out.segments.push_back(OtherSegment{r.int64(0), r.text(1), r.int64(2), r.int64(3),
                                                                  r.int64(4), r.int64(5), optionalId(r, 6),
                                                                  r.text(7)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT theme_id, segment_id, position FROM theme_exemplars"),
                          [&](const Statement &r) {
                              out.exemplars.push_back(ExemplarChoice{r.int64(0), r.int64(1), int(r.int64(2))});
                          });
        !ok)
        return ok;
    return eachRow(db,
                   QStringLiteral("SELECT id, guid, title, body, target_kind, target_id, disconfirming, coder_id, "
                                  "created, modified FROM memos ORDER BY id"),
                   [&](const Statement &r) {
                       out.memos.push_back(OtherMemo{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4),
                                                     optionalId(r, 5), r.int64(6) != 0, optionalId(r, 7),
                                                     r.text(8), r.text(9)});
                   });
}

Status readCases(Database &db, OtherProject &out)
{
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name, description FROM cases ORDER BY id"),
                          [&](const Statement &r) {
                              out.cases.push_back(OtherCase{r.int64(0), r.text(1), r.text(2), r.text(3)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name, type FROM attributes ORDER BY position, id"),
                          [&](const Statement &r) {
                              out.attributes.push_back(OtherAttribute{r.int64(0), r.text(1), r.text(2), r.text(3)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT case_id, source_id FROM case_sources"),
                          [&](const Statement &r) { out.caseSources.emplace_back(r.int64(0), r.int64(1)); });
        !ok)
        return ok;
    QHash<Id, size_t> sets;
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name, description FROM source_sets ORDER BY id"),
                          [&](const Statement &r) {
                              sets.insert(r.int64(0), out.sourceSets.size());
                              out.sourceSets.push_back(OtherSourceSet{r.text(1), r.text(2), r.text(3), {}});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT set_id, source_id FROM source_set_members ORDER BY set_id, source_id"),
                          [&](const Statement &r) {
                              if (const auto it = sets.constFind(r.int64(0)); it != sets.cend())
                                  out.sourceSets[*it].sources.push_back(r.int64(1));
                          });
        !ok)
        return ok;
    return eachRow(db, QStringLiteral("SELECT case_id, attribute_id, value FROM attribute_values"),
                   [&](const Statement &r) {
                       out.values.push_back(OtherProject::Value{r.int64(0), r.int64(1),
                                                                r.isNull(2) ? QString() : r.text(2)});
                   });
}

Status readModel(Database &db, OtherProject &out)
{
    const auto optionalReal = [](const Statement &r, int column) {
        return r.isNull(column) ? std::nullopt : std::optional<double>(r.real(column));
    };
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name FROM model_levels ORDER BY position, id"),
                          [&](const Statement &r) {
                              out.levels.push_back(OtherModelName{r.int64(0), r.text(1), r.text(2), {}, {}});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, name, color, line_style FROM influence_types "
                                         "ORDER BY position, id"),
                          [&](const Statement &r) {
                              out.influenceTypes.push_back(
                                  OtherModelName{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, CASE WHEN dimension_id IS NOT NULL THEN 'dimension' "
                                         "WHEN theme_id IS NOT NULL THEN 'theme' ELSE 'code' END, "
                                         "coalesce(dimension_id, theme_id, code_id), role, level_id, x, y, position "
                                         "FROM model_elements ORDER BY id"),
                          [&](const Statement &r) {
                              out.elements.push_back(OtherElement{r.int64(0), r.text(1), r.text(2), r.int64(3),
                                                                  r.text(4), optionalId(r, 5), optionalReal(r, 6),
                                                                  optionalReal(r, 7), r.int64(8)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT id, guid, from_element_id, to_element_id, type_id, memo "
                                         "FROM influences ORDER BY id"),
                          [&](const Statement &r) {
                              out.influences.push_back(OtherInfluence{r.int64(0), r.text(1), r.int64(2), r.int64(3),
                                                                      r.int64(4), r.text(5)});
                          });
        !ok)
        return ok;
    return eachRow(db,
                   QStringLiteral("SELECT influence_id, segment_id, kind FROM influence_evidence "
                                  "ORDER BY influence_id, position"),
                   [&](const Statement &r) {
                       out.evidence.push_back(OtherEvidence{r.int64(0), r.int64(1), r.text(2)});
                   });
}

Status readReview(Database &db, OtherProject &out)
{
    QHash<Id, size_t> index;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT t.id, t.guid, t.target_kind, t.target_id, coalesce(i.guid, ''), "
                                         "t.state = 'resolved', t.resolved_by, coalesce(t.resolved_at, ''), t.created "
                                         "FROM review_threads t LEFT JOIN influences i ON t.target_kind = "
                                         "'influence' AND i.id = t.target_id ORDER BY t.id"),
                          [&](const Statement &r) {
                              index.insert(r.int64(0), out.threads.size());
                              out.threads.push_back(OtherThread{r.int64(0), r.text(1), r.text(2), r.int64(3),
                                                                r.text(4), r.int64(5) != 0, optionalId(r, 6),
                                                                r.text(7), r.text(8), {}});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT thread_id, guid, coder_id, text, created FROM review_comments "
                                             "ORDER BY id"),
                          [&](const Statement &r) {
                              if (auto it = index.find(r.int64(0)); it != index.end())
                                  out.threads[*it].comments.push_back(
                                      OtherComment{r.text(1), optionalId(r, 2), r.text(3), r.text(4)});
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT guid, name, structure, coder_id, created FROM structure_snapshots "
                                             "ORDER BY id"),
                          [&](const Statement &r) {
                              out.snapshots.push_back(
                                  OtherSnapshot{r.text(0), r.text(1), r.text(2), optionalId(r, 3), r.text(4)});
                          });
        !ok)
        return ok;
    return eachRow(db, QStringLiteral("SELECT guid, name, expression, options, created, modified FROM saved_queries "
                                      "ORDER BY id"),
                   [&](const Statement &r) {
                       out.savedQueries.push_back(
                           OtherSavedQuery{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)});
                   });
}

Status readAll(Database &db, OtherProject &out)
{
    if (auto ok = eachRow(db, QStringLiteral("SELECT key, value FROM settings"),
                          [&](const Statement &r) {
                              const QString key = r.text(0);
                              if (key == QLatin1String("project.guid"))
                                  out.projectGuid = r.text(1);
                              else if (key == QLatin1String("copy.for"))
                                  out.copyFor = r.text(1);
                              else if (key == QLatin1String("copy.base"))
                                  out.base = QJsonDocument::fromJson(r.text(1).toUtf8()).object();
                          });
        !ok)
        return ok;
    if (auto ok = eachRow(db, QStringLiteral("SELECT id, guid, name, created FROM coders ORDER BY id"),
                          [&](const Statement &r) {
                              out.coders.push_back(OtherCoder{r.int64(0), r.text(1), r.text(2), r.text(3)});
                          });
        !ok)
        return ok;
    if (auto ok = readSources(db, out); !ok)
        return ok;
    if (auto ok = readTiers(db, out); !ok)
        return ok;
    if (auto ok = readCodingAndMemos(db, out); !ok)
        return ok;
    if (auto ok = readModel(db, out); !ok)
        return ok;
    if (auto ok = readReview(db, out); !ok)
        return ok;
    return readCases(db, out);
}

} // namespace

Result<OtherProject> readOtherProject(const QString &path, const QString &thisPath)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::other_project", "Cannot merge %1: it does not exist.").arg(path));
    if (!info.isFile())
        return fail(ErrorKind::NotAProject, QCoreApplication::translate("gw::other_project", "Cannot merge %1: it is a folder, not a project.").arg(path));
    if (info.canonicalFilePath() == QFileInfo(thisPath).canonicalFilePath())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::other_project", "Cannot merge %1 into itself: choose a teammate's copy of the project.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io, QCoreApplication::translate("gw::other_project", "Cannot read %1: %2").arg(path, file.errorString()));
        if (!file.read(16).startsWith("SQLite format 3"))
            return fail(ErrorKind::NotAProject,
                        QCoreApplication::translate("gw::other_project", "Cannot merge %1: it is not a Groundwork project.").arg(path));
    }
    auto db = Database::open(path, Database::Mode::ReadOnly);
    if (!db)
        return fail(db.error().kind, QCoreApplication::translate("gw::other_project", "Cannot merge %1: %2").arg(path, db.error().message));
    auto appId = db->scalar(QStringLiteral("PRAGMA application_id"));
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!appId || !version)
        return fail(ErrorKind::Corrupt, QCoreApplication::translate("gw::other_project", "Cannot merge %1: it is damaged and cannot be read.").arg(path));
    if (*appId != kApplicationId)
        return fail(ErrorKind::NotAProject,
                    QCoreApplication::translate("gw::other_project", "Cannot merge %1: it is an SQLite database, but not a Groundwork project.").arg(path));
    if (*version > latestSchemaVersion())
        return fail(ErrorKind::NewerSchema,
                    QCoreApplication::translate("gw::other_project", "Cannot merge %1: it was saved by a newer Groundwork (project format %2; this "
                                   "version reads up to %3). Update Groundwork first.")
                        .arg(path)
                        .arg(*version)
                        .arg(latestSchemaVersion()));
    OtherProject out;
    out.path = path;
    if (*version < latestSchemaVersion()) {
        // Read an older file from an upgraded temporary copy: the file itself stays as it is.
        QTemporaryDir temp;
        const QString copy = QDir(temp.path()).filePath(QStringLiteral("other.groundwork"));
        if (auto ok = db->backupTo(copy); !ok)
            return fail(ErrorKind::Io, QCoreApplication::translate("gw::other_project", "Cannot merge %1: %2").arg(path, ok.error().message));
        auto upgraded = Database::open(copy, Database::Mode::ReadWrite);
        if (!upgraded)
            return fail(upgraded.error().kind, QCoreApplication::translate("gw::other_project", "Cannot merge %1: %2").arg(path, upgraded.error().message));
        if (auto ok = migrate(*upgraded, bundledMigrations()); !ok)
            return fail(ok.error().kind, QCoreApplication::translate("gw::other_project", "Cannot merge %1: upgrading a copy of it failed (%2).")
                                             .arg(path, ok.error().message));
        if (auto ok = readAll(*upgraded, out); !ok)
            return fail(ErrorKind::Corrupt, QCoreApplication::translate("gw::other_project", "Cannot merge %1: %2").arg(path, ok.error().message));
        return out;
    }
    if (auto ok = readAll(*db, out); !ok)
        return fail(ErrorKind::Corrupt, QCoreApplication::translate("gw::other_project", "Cannot merge %1: %2").arg(path, ok.error().message));
    return out;
}

} // namespace gw
