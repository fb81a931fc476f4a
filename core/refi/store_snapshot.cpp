#include "core/refi/store_snapshot.h"

#include "core/store/database.h"

namespace gw::refi {

namespace {

template <typename T, typename Read> Status scan(Database &db, const QString &sql, std::vector<T> &into, Read read)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto rows = collectRows<T>(*stmt, read);
    if (!rows)
        return std::unexpected(rows.error());
    into = std::move(*rows);
    return {};
}

std::int64_t optionalId(const Statement &r, int column) { return r.isNull(column) ? 0 : r.int64(column); }

} // namespace

Result<Snapshot> readSnapshot(Database &db, bool withText)
{
    Snapshot s;
    // One read transaction, so the export is of one moment of the project.
    const bool own = !db.inTransaction();
    if (own)
        if (auto ok = db.exec(QStringLiteral("BEGIN")); !ok)
            return std::unexpected(ok.error());
    struct End
    {
        Database &db;
        bool own;
        ~End()
        {
            if (own)
                (void)db.exec(QStringLiteral("COMMIT"));
        }
    } end{db, own};

    Status ok = scan(db, QStringLiteral("SELECT id, guid, name, created FROM coders ORDER BY id"), s.coders,
                     [](const Statement &r) { return Snapshot::Coder{r.int64(0), r.text(1), r.text(2), r.text(3)}; });
    if (ok)
        ok = scan(db,
                  QStringLiteral("SELECT id, guid, kind, name, %1, coalesce(original_name, ''), "
                                 "coalesce(original_format, ''), coalesce(source_date, ''), metadata, imported, length "
                                 "FROM sources ORDER BY name COLLATE NOCASE, id")
                      .arg(withText ? QStringLiteral("text") : QStringLiteral("''")),
                  s.sources, [](const Statement &r) {
                      return Snapshot::Source{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                              r.text(6), r.text(7), r.text(8), r.text(9), r.int64(10)};
                  });
    if (ok && withText)
        ok = scan(db, QStringLiteral("SELECT source_id, speaker, start, end, timestamp_ms FROM turns ORDER BY source_id, start, id"),
                  s.turns, [](const Statement &r) {
                      return Snapshot::TurnRow{r.int64(0), r.text(1), r.int64(2), r.int64(3), !r.isNull(4), optionalId(r, 4)};
                  });
    if (ok)
        ok = scan(db,
                  QStringLiteral("SELECT id, guid, name, definition, color, stage, archived, position, created_by, created "
                                 "FROM codes ORDER BY position, id"),
                  s.codes, [](const Statement &r) {
                      return Snapshot::Code{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5),
                                            r.int64(6) != 0, r.int64(7), optionalId(r, 8), r.text(9)};
                  });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT id, guid, name, definition, position FROM dimensions ORDER BY position, id"),
                  s.dimensions, [](const Statement &r) {
                      return Snapshot::Tier{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4), 0};
                  });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT id, guid, name, definition, position, dimension_id FROM themes ORDER BY position, id"),
                  s.themes, [](const Statement &r) {
                      return Snapshot::Tier{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4), optionalId(r, 5)};
                  });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT code_id, theme_id, position FROM theme_codes ORDER BY theme_id, position, code_id"),
                  s.themeCodes, [](const Statement &r) { return Snapshot::ThemeCode{r.int64(0), r.int64(1), r.int64(2)}; });
    if (ok && withText)
        ok = scan(db, QStringLiteral("SELECT theme_id, segment_id, position FROM theme_exemplars ORDER BY theme_id, position"),
                  s.exemplars, [](const Statement &r) { return Snapshot::Exemplar{r.int64(0), r.int64(1), r.int64(2)}; });
    if (ok && withText)
        ok = scan(db,
                  QStringLiteral("SELECT id, guid, source_id, code_id, start, end, coder_id, created FROM segments "
                                 "ORDER BY source_id, start, end, id"),
                  s.segments, [](const Statement &r) {
                      return Snapshot::Segment{r.int64(0), r.text(1), r.int64(2), r.int64(3), r.int64(4),
                                               r.int64(5), optionalId(r, 6), r.text(7)};
                  });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT id, guid, name, type, position FROM attributes ORDER BY position, id"),
                  s.attributes, [](const Statement &r) {
                      return Snapshot::Attribute{r.int64(0), r.text(1), r.text(2), r.text(3), r.int64(4)};
                  });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT case_id, attribute_id, value FROM attribute_values WHERE value IS NOT NULL "
                                     "ORDER BY case_id, attribute_id"),
                  s.values, [](const Statement &r) { return Snapshot::Value{r.int64(0), r.int64(1), r.text(2)}; });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT id, guid, name, description FROM cases ORDER BY name, id"), s.cases,
                  [](const Statement &r) { return Snapshot::Case{r.int64(0), r.text(1), r.text(2), r.text(3)}; });
    if (ok)
        ok = scan(db, QStringLiteral("SELECT case_id, source_id FROM case_sources ORDER BY case_id, source_id"),
                  s.caseSources, [](const Statement &r) { return Snapshot::CaseSource{r.int64(0), r.int64(1)}; });
    if (ok)
        ok = scan(db,
                  QStringLiteral("SELECT id, guid, title, body, target_kind, target_id, disconfirming, coder_id, created, "
                                 "modified FROM memos ORDER BY created, id"),
                  s.memos, [](const Statement &r) {
                      return Snapshot::Memo{r.int64(0), r.text(1), r.text(2), r.text(3), r.text(4), optionalId(r, 5),
                                            r.int64(6) != 0, optionalId(r, 7), r.text(8), r.text(9)};
                  });
    if (ok && withText)
        ok = scan(db, QStringLiteral("SELECT at, coder_id, action, details, why FROM audit_log ORDER BY id"), s.audit,
                  [](const Statement &r) {
                      return Snapshot::Audit{r.text(0), optionalId(r, 1), r.text(2), r.text(3), r.text(4)};
                  });
    if (ok && withText)
        ok = scan(db,
                  QStringLiteral("SELECT guid, name, expression, options, created, modified FROM saved_queries ORDER BY id"),
                  s.savedQueries, [](const Statement &r) {
                      return Snapshot::SavedQuery{r.text(0), r.text(1), r.text(2), r.text(3), r.text(4), r.text(5)};
                  });
    if (ok)
        ok = scan(db,
                  QStringLiteral("SELECT t.id, t.guid, t.name, m.source_id FROM source_sets t "
                                 "JOIN source_set_members m ON m.set_id = t.id ORDER BY t.name, t.id, m.source_id"),
                  s.setMembers, [](const Statement &r) {
                      return Snapshot::SetMember{r.int64(0), r.text(1), r.text(2), r.int64(3)};
                  });
    if (!ok)
        return std::unexpected(ok.error());
    auto settings = db.prepare(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!settings)
        return std::unexpected(settings.error());
    for (;;) {
        auto row = settings->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        s.settings.append({settings->text(0), settings->text(1)});
    }
    for (const auto &c : s.coders)
        s.coderGuid.insert(c.id, c.guid);
    for (const auto &x : s.sources)
        s.sourceGuid.insert(x.id, x.guid);
    for (const auto &c : s.codes)
        s.codeGuid.insert(c.id, c.guid);
    for (const auto &t : s.themes)
        s.themeGuid.insert(t.id, t.guid);
    for (const auto &d : s.dimensions)
        s.dimensionGuid.insert(d.id, d.guid);
    for (const auto &g : s.segments)
        s.segmentGuid.insert(g.id, g.guid);
    for (const auto &c : s.cases)
        s.caseGuid.insert(c.id, c.guid);
    return s;
}

} // namespace gw::refi
