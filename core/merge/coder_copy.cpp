#include "core/merge/coder_copy.h"

#include "core/store/each_row.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace gw {

namespace {

Status addTable(Database &db, const QString &sql, QJsonObject &into, const QString &key, bool memo = false)
{
    QJsonObject table;
    if (auto ok = eachRow(db, sql,
                          [&](const Statement &r) {
                              if (memo)
                                  table.insert(r.text(0), QJsonObject{{QStringLiteral("name"), r.text(1)},
                                                                      {QStringLiteral("body"), r.text(2)}});
                              else
                                  table.insert(r.text(0), QJsonObject{{QStringLiteral("name"), r.text(1)},
                                                                      {QStringLiteral("definition"), r.text(2)},
                                                                      {QStringLiteral("parent"), r.text(3)},
                                                                      {QStringLiteral("parentName"), r.text(4)}});
                          });
        !ok)
        return ok;
    into.insert(key, table);
    return {};
}

} // namespace

Result<QJsonObject> mergeBase(Database &db)
{
    QJsonObject base;
    if (auto ok = addTable(db, QStringLiteral("SELECT guid, name, definition, '', '' FROM dimensions"), base,
                           QStringLiteral("dimensions"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = addTable(db,
                           QStringLiteral("SELECT t.guid, t.name, t.definition, coalesce(d.guid, ''), "
                                          "coalesce(d.name, '') FROM themes t LEFT JOIN dimensions d ON d.id = t.dimension_id"),
                           base, QStringLiteral("themes"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = addTable(db,
                           QStringLiteral("SELECT c.guid, c.name, c.definition, coalesce(t.guid, ''), coalesce(t.name, '') "
                                          "FROM codes c LEFT JOIN theme_codes tc ON tc.code_id = c.id "
                                          "LEFT JOIN themes t ON t.id = tc.theme_id"),
                           base, QStringLiteral("codes"));
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = addTable(db, QStringLiteral("SELECT guid, title, body FROM memos"), base, QStringLiteral("memos"),
                           true);
        !ok)
        return std::unexpected(ok.error());
    // Segments as [code GUID, start, end], and threads as resolved or not:
    // enough to tell an edit made on one side from one made on both.
    QJsonObject segmentBase, threadBase;
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT g.guid, c.guid, g.start, g.end FROM segments g "
                                         "JOIN codes c ON c.id = g.code_id"),
                          [&](const Statement &r) {
                              segmentBase.insert(r.text(0), QJsonArray{r.text(1), qint64(r.int64(2)), qint64(r.int64(3))});
                          });
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = eachRow(db, QStringLiteral("SELECT guid, state = 'resolved' FROM review_threads"),
                          [&](const Statement &r) { threadBase.insert(r.text(0), r.int64(1) != 0); });
        !ok)
        return std::unexpected(ok.error());
    // Model elements as [role, level name, x, y] and links as [type name, memo].
    QJsonObject elementBase, influenceBase;
    const auto real = [](const Statement &r, int column) {
        return r.isNull(column) ? QJsonValue() : QJsonValue(r.real(column));
    };
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT e.guid, e.role, coalesce(l.name, ''), e.x, e.y FROM model_elements e "
                                         "LEFT JOIN model_levels l ON l.id = e.level_id"),
                          [&](const Statement &r) {
                              elementBase.insert(r.text(0), QJsonArray{r.text(1), r.text(2), real(r, 3), real(r, 4)});
                          });
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = eachRow(db,
                          QStringLiteral("SELECT i.guid, t.name, i.memo FROM influences i "
                                         "JOIN influence_types t ON t.id = i.type_id"),
                          [&](const Statement &r) { influenceBase.insert(r.text(0), QJsonArray{r.text(1), r.text(2)}); });
        !ok)
        return std::unexpected(ok.error());
    base.insert(QStringLiteral("elements"), elementBase);
    base.insert(QStringLiteral("influences"), influenceBase);
    base.insert(QStringLiteral("segments"), segmentBase);
    base.insert(QStringLiteral("threads"), threadBase);
    return base;
}

Result<CoderCopy> exportCoderCopy(Project &project, const QString &out, const QString &coder)
{
    if (QFileInfo::exists(out))
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::coder_copy", "%1 already exists; choose a new file name for the coder's copy.").arg(out));
    auto base = mergeBase(project.database());
    if (!base)
        return std::unexpected(base.error());
    auto vacuum = project.database().prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!vacuum)
        return std::unexpected(vacuum.error());
    if (auto ok = vacuum->bind(1, out).run(); !ok) {
        QFile::remove(out);
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::coder_copy", "Cannot write the coder's copy %1: %2").arg(out, ok.error().message));
    }
    CoderCopy copy{out, coder.trimmed(), QFileInfo(project.path()).fileName(),
                   QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    auto db = Database::open(out, Database::Mode::ReadWrite);
    if (!db) {
        QFile::remove(out);
        return std::unexpected(db.error());
    }
    Status written = [&]() -> Status {
        Transaction tx(*db);
        if (!tx.begun())
            return tx.begun();
        auto set = db->prepare(QStringLiteral(
            "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = ?2"));
        if (!set)
            return std::unexpected(set.error());
        const std::pair<QString, QString> settings[] = {
            {QStringLiteral("copy.for"), copy.coder},
            {QStringLiteral("copy.of"), copy.madeFrom},
            {QStringLiteral("copy.made"), copy.made},
            {QStringLiteral("copy.base"), QString::fromUtf8(QJsonDocument(*base).toJson(QJsonDocument::Compact))}};
        for (const auto &[key, value] : settings) {
            set->reset();
            if (auto ok = set->bind(1, key).bind(2, value).run(); !ok)
                return ok;
        }
        if (!copy.coder.isEmpty()) {
            auto coderRow = db->prepare(
                QStringLiteral("INSERT INTO coders(guid, name) VALUES (?1, ?2) ON CONFLICT(name) DO NOTHING"));
            if (!coderRow)
                return std::unexpected(coderRow.error());
            if (auto ok = coderRow->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces)).bind(2, copy.coder).run();
                !ok)
                return ok;
        }
        return tx.commit();
    }();
    *db = Database();
    if (!written) {
        QFile::remove(out);
        return fail(written.error().kind,
                    QCoreApplication::translate("gw::coder_copy", "Cannot write the coder's copy %1: %2").arg(out, written.error().message));
    }
    return copy;
}

} // namespace gw
