#include "core/export/anonymised_copy.h"

#include "core/model/project.h"
#include "core/refi/qdpx_export.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace gw {

namespace {

// Where in DB a name of PATTERN is still written ("memos.body (2 rows)"): every
// text column of every table but the search index's own, which is rebuilt.
Result<QStringList> namesLeft(Database &db, const QRegularExpression &pattern)
{
    auto fields = textFieldsMatching(db, pattern);
    if (!fields)
        return std::unexpected(fields.error());
    QStringList left;
    for (const auto &[where, n] : fieldsByColumn(*fields))
        left << QStringLiteral("%1 (%2 %3)").arg(where).arg(n).arg(n == 1 ? QStringLiteral("row") : QStringLiteral("rows"));
    return left;
}

// Whether any of NAMES is written anywhere in the file's bytes (a page the
// tables no longer use, an index): whole words, as the texts had them.
QStringList namesInBytes(const QByteArray &bytes, const std::vector<AnonymousName> &names)
{
    auto isWordByte = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); };
    QStringList found;
    for (const AnonymousName &n : names) {
        const QByteArray needle = n.name.toUtf8();
        for (qsizetype at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) {
            const bool wordBefore = at > 0 && isWordByte(bytes[at - 1]);
            const qsizetype after = at + needle.size();
            const bool wordAfter = after < bytes.size() && isWordByte(bytes[after]);
            if (!wordBefore && !wordAfter) {
                found << n.name;
                break;
            }
        }
    }
    return found;
}

Status cleanCopy(const QString &path, const std::vector<AnonymousName> &names)
{
    auto db = Database::open(path, Database::Mode::ReadWrite);
    if (!db)
        return std::unexpected(db.error());
    // What remembers the texts before: the audit log (before/after of every edit,
    // including this anonymisation's undo), and the files the sources came from.
    if (auto ok = db->exec(QStringLiteral("DELETE FROM audit_log; UPDATE sources SET original_name = NULL; "
                                          "INSERT INTO source_fts(source_fts) VALUES ('rebuild');"));
        !ok)
        return ok;
    if (!names.empty()) {
        auto left = namesLeft(*db, namesPattern(names, false));
        if (!left)
            return std::unexpected(left.error());
        if (!left->isEmpty())
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::anonymised_copy", "Names are still written in %1; anonymise or edit them, then export again.")
                            .arg(left->join(QStringLiteral(", "))));
    }
    if (auto ok = db->exec(QStringLiteral("VACUUM")); !ok)
        return ok;
    *db = Database();
    if (!names.empty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorKind::Io, QCoreApplication::translate("gw::anonymised_copy", "Cannot read back %1: %2").arg(path, file.errorString()));
        if (const QStringList found = namesInBytes(file.readAll(), names); !found.isEmpty())
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::anonymised_copy", "The copy still holds %1 somewhere in its file; it was not written.")
                            .arg(found.join(QStringLiteral(", "))));
    }
    return {};
}

} // namespace

Result<AnonymisedCopy> exportAnonymisedCopy(Project &project, const QString &out, const std::vector<AnonymousName> &names)
{
    const QFileInfo target(out);
    const bool qdpx = target.suffix().compare(QStringLiteral("qdpx"), Qt::CaseInsensitive) == 0;
    if (!qdpx && target.suffix().compare(QStringLiteral("groundwork"), Qt::CaseInsensitive) != 0)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::anonymised_copy", "%1: an anonymised copy is a .groundwork project or a .qdpx file.").arg(out));
    if (target.exists())
        return fail(ErrorKind::Conflict, QCoreApplication::translate("gw::anonymised_copy", "%1 already exists; choose a new file name for the copy.").arg(out));
    if (target.absoluteFilePath() == QFileInfo(project.path()).absoluteFilePath())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::anonymised_copy", "The copy cannot be the project itself."));
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.groundwork-anonymised-XXXXXX"));
    if (!work.isValid())
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::anonymised_copy", "Cannot write beside %1: %2").arg(out, work.errorString()));
    const QString copy = work.filePath(QStringLiteral("copy.groundwork"));
    auto vacuum = project.database().prepare(QStringLiteral("VACUUM INTO ?1"));
    if (!vacuum)
        return std::unexpected(vacuum.error());
    if (auto ok = vacuum->bind(1, copy).run(); !ok)
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::anonymised_copy", "Cannot write the copy %1: %2").arg(out, ok.error().message));
    if (auto ok = cleanCopy(copy, names); !ok)
        return fail(ok.error().kind, QStringLiteral("%1: %2").arg(target.fileName(), ok.error().message));
    AnonymisedCopy result;
    result.path = target.absoluteFilePath();
    if (qdpx) {
        auto opened = Project::openForReading(copy);
        if (!opened)
            return std::unexpected(opened.error());
        auto report = refi::exportQdpx(**opened, out);
        if (!report)
            return std::unexpected(report.error());
        result.sources = report->sources;
    } else {
        auto opened = Project::openForReading(copy);
        if (!opened)
            return std::unexpected(opened.error());
        if (auto s = (*opened)->sources())
            result.sources = std::int64_t(s->size());
        opened->reset();
        if (!QFile::rename(copy, out))
            return fail(ErrorKind::Io, QCoreApplication::translate("gw::anonymised_copy", "Cannot move the copy to %1.").arg(out));
    }
    result.bytes = QFileInfo(out).size();
    return result;
}

} // namespace gw
