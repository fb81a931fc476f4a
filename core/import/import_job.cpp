#include "core/import/import_job.h"

#include "core/import/importer.h"
#include "core/import/prefetch.h"
#include "core/model/project.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QThread>
#include <spdlog/spdlog.h>

namespace gw {

int ImportReport::count(ImportOutcome::Status status) const
{
    return int(std::count_if(outcomes.begin(), outcomes.end(),
                             [status](const ImportOutcome &o) { return o.status == status; }));
}

QString toString(ImportOutcome::Status status)
{
    switch (status) {
    case ImportOutcome::Status::Imported: return QStringLiteral("imported");
    case ImportOutcome::Status::Skipped: return QStringLiteral("skipped");
    case ImportOutcome::Status::Failed: return QStringLiteral("failed");
    }
    return {};
}

QStringList filesToImport(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        QFileInfo info(path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!QDir(path).relativeFilePath(file).split(QLatin1Char('/')).first().startsWith(QLatin1Char('.')) &&
                !it.fileName().startsWith(QLatin1Char('.')))
                found << file;
        }
        found.sort();
        files << found;
    }
    return files;
}

std::optional<SourceKind> kindFromFolders(const QString &path)
{
    const QStringList parts = QDir::fromNativeSeparators(QFileInfo(path).absolutePath()).split(QLatin1Char('/'));
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) {
        const QString folder = it->toLower();
        if (folder == QLatin1String("interviews") || folder == QLatin1String("transcripts"))
            return SourceKind::Interview;
        if (folder == QLatin1String("observations") || folder == QLatin1String("fieldnotes"))
            return SourceKind::Observation;
        if (folder == QLatin1String("documents"))
            return SourceKind::Document;
    }
    return std::nullopt;
}

namespace {

// One file read, parsed and prepared off the database's thread: either a
// source ready to insert or the outcome that says why not.
struct PreparedFile
{
    ImportOutcome outcome;
    std::optional<PreparedSource> source;
};

// NAMED: the user chose this file, not a folder that holds it.
PreparedFile prepareFile(const QString &path, bool named, std::optional<SourceKind> kind)
{
    using S = ImportOutcome::Status;
    PreparedFile out{{path, S::Failed, {}, {}, 0}, std::nullopt};
    QFileInfo info(path);
    if (!info.exists()) {
        out.outcome.reason = QCoreApplication::translate("gw::import_job", "%1 does not exist").arg(path);
        return out;
    }
    const Importer *importer = importerFor(path);
    if (!importer) {
        // A file the user chose is refused; one that lies in a chosen folder
        // beside the transcripts (a recording, a sheet) is passed over.
        out.outcome.status = named ? S::Failed : S::Skipped;
        out.outcome.reason = QCoreApplication::translate("gw::import_job", "%1: the format .%2 is not one Groundwork imports").arg(path, info.suffix());
        return out;
    }
    if (info.size() > kMaxImportBytes) {
        out.outcome.reason = QCoreApplication::translate("gw::import_job", "%1 is larger than the import limit of %2 MB")
                                 .arg(path)
                                 .arg(kMaxImportBytes / (1024 * 1024));
        return out;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.outcome.reason = QCoreApplication::translate("gw::import_job", "cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        out.outcome.reason = QCoreApplication::translate("gw::import_job", "cannot read %1: %2").arg(path, file.errorString());
        return out;
    }
    auto text = importer->read(bytes, path);
    if (!text) {
        out.outcome.reason = text.error().message;
        return out;
    }
    NewSource source;
    source.name = info.completeBaseName();
    source.kind = kind.value_or(kindFromFolders(path).value_or(SourceKind::Document));
    source.text = std::move(text->text);
    source.originalName = info.fileName();
    source.originalFormat = text->format;
    source.turns = std::move(text->turns);
    source.metadata = text->metadata;
    source.normalised = text->normalised;
    auto prepared = Project::prepareSource(std::move(source));
    if (!prepared) {
        out.outcome.reason = QStringLiteral("%1: %2").arg(path, prepared.error().message);
        return out;
    }
    out.source = std::move(*prepared);
    return out;
}

ImportOutcome addPrepared(Project &project, PreparedFile file)
{
    using S = ImportOutcome::Status;
    ImportOutcome out = file.outcome;
    if (!file.source)
        return out;
    PreparedSource &prepared = *file.source;
    const QString base = prepared.source.name;
    for (int n = 2; project.hasSourceNamed(prepared.source.name); ++n)
        prepared.source.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    auto id = project.addSource(prepared);
    if (!id) {
        out.status = id.error().kind == ErrorKind::Duplicate ? S::Skipped : S::Failed;
        out.reason = QStringLiteral("%1: %2").arg(out.path, id.error().message);
        return out;
    }
    out.status = S::Imported;
    out.sourceId = *id;
    out.sourceName = prepared.source.name;
    return out;
}

} // namespace

ImportReport importFiles(Project &project, const QStringList &paths, const ImportOptions &options)
{
    ImportReport report;
    const QStringList files = filesToImport(paths);
    QSet<QString> named;
    for (const QString &path : paths)
        if (!QFileInfo(path).isDir())
            named.insert(path);
    std::optional<Transaction> batch;
    QList<Id> pending;
    int inBatch = 0;
    auto commitBatch = [&] {
        if (!batch)
            return;
        if (auto ok = batch->commit(); !ok) {
            // Nothing of this batch reached the file: say so for each of its sources.
            for (auto &o : report.outcomes)
                if (pending.contains(o.sourceId) && o.status == ImportOutcome::Status::Imported) {
                    o.status = ImportOutcome::Status::Failed;
                    o.reason = QCoreApplication::translate("gw::import_job", "%1: could not be saved: %2").arg(o.path, ok.error().message);
                }
            pending.clear();
        }
        batch.reset();
        inBatch = 0;
        if (options.committed && !pending.isEmpty())
            options.committed(pending);
        pending.clear();
    };
    // Reading and parsing run ahead on the other cores while this thread
    // inserts in order; one core stays with the inserts, which are the longer part.
    const int workers = std::max(1, QThread::idealThreadCount() - 1);
    Prefetch<PreparedFile> prefetch(int(files.size()), workers, 4 * workers,
                                    [&](int i) { return prepareFile(files[i], named.contains(files[i]), options.kind); });
    for (int i = 0; i < files.size(); ++i) {
        if (options.cancel && options.cancel->load()) {
            report.cancelled = true;
            break;
        }
        if (options.progress)
            options.progress(i, int(files.size()), files[i]);
        PreparedFile prepared = prefetch.take(i);
        if (!batch) {
            batch.emplace(project.database());
            if (!batch->begun()) {
                report.outcomes.push_back({files[i], ImportOutcome::Status::Failed,
                                           QStringLiteral("%1: %2").arg(files[i], batch->begun().error().message)});
                batch.reset();
                continue;
            }
        }
        report.outcomes.push_back(addPrepared(project, std::move(prepared)));
        const auto &o = report.outcomes.back();
        spdlog::info("import {}: {}", files[i].toStdString(), toString(o.status).toStdString());
        if (o.status == ImportOutcome::Status::Imported)
            pending << o.sourceId;
        if (++inBatch >= kImportBatchFiles)
            commitBatch();
    }
    commitBatch();
    if (options.progress && !report.cancelled)
        options.progress(int(files.size()), int(files.size()), {});
    return report;
}

} // namespace gw
