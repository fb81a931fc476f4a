#include "core/refi/qdpx_export.h"

#include "core/model/project.h"
#include "core/refi/extension.h"
#include "core/refi/qde_writer.h"
#include "core/refi/store_snapshot.h"

#include <KZip>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace gw::refi {

namespace {

ExportReport reportOf(const Snapshot &s)
{
    ExportReport r;
    r.sources = int(s.sources.size());
    r.segments = int(s.segments.size());
    r.codes = int(s.codes.size());
    r.themes = int(s.themes.size());
    r.dimensions = int(s.dimensions.size());
    r.memos = int(s.memos.size());
    r.cases = int(s.cases.size());
    return r;
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error::make(ErrorKind::Io, QCoreApplication::translate("gw::qdpx_export", "Cannot write %1: %2").arg(path, why));
}

} // namespace

Result<ExportReport> exportQdpx(Project &project, const QString &path)
{
    auto snapshot = readSnapshot(project.database());
    if (!snapshot)
        return std::unexpected(snapshot.error());
    snapshot->projectName = project.name();
    ExportReport report = reportOf(*snapshot);

    // The archive is built in memory and then saved in one go: KZip closes the device it
    // writes to, and a QSaveFile must be committed, never closed.
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        KZip zip(&buffer);
        if (!zip.open(QIODevice::WriteOnly))
            return std::unexpected(cannotWrite(path, zip.errorString()));
        const auto put = [&](const QString &name, const QByteArray &data) { return zip.writeFile(name, data); };
        bool ok = put(QStringLiteral("project.qde"), projectXml(*snapshot, kOrigin));
        for (const auto &src : snapshot->sources)
            ok = ok && put(sourceTextPath(src.guid), src.text.toUtf8());
        ok = ok && put(kExtensionPath, extensionJson(*snapshot));
        if (!ok || !zip.close())
            return std::unexpected(cannotWrite(path, zip.errorString()));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(cannotWrite(path, file.errorString()));
    report.bytes = QFileInfo(path).size();
    return report;
}

Result<ExportReport> exportQdc(Project &project, const QString &path)
{
    auto snapshot = readSnapshot(project.database(), false);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    if (snapshot->codes.empty() && snapshot->themes.empty() && snapshot->dimensions.empty())
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::qdpx_export", "%1 has no codes, so there is no codebook to export.").arg(project.name()));
    ExportReport report = reportOf(*snapshot);
    report.sources = 0;
    report.memos = 0;
    report.cases = 0;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(cannotWrite(path, file.errorString()));
    file.write(codebookXml(*snapshot, kOrigin));
    if (!file.commit())
        return std::unexpected(cannotWrite(path, file.errorString()));
    report.bytes = QFileInfo(path).size();
    return report;
}

} // namespace gw::refi
