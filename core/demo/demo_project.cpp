#include "core/demo/demo_project.h"

#include "core/import/importer.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>

namespace gw {

namespace {

Result<QByteArray> readResource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound, QStringLiteral("The demo file %1 is missing from this build.").arg(name));
    return file.readAll();
}

Status fillDemo(Project &project)
{
    auto manifest = readResource(QStringLiteral("demo.json"));
    if (!manifest)
        return std::unexpected(manifest.error());
    const QJsonObject demo = QJsonDocument::fromJson(*manifest).object();
    if (auto ok = project.setCoder(QStringLiteral("demo")); !ok)
        return ok;
    if (auto ok = project.setSetting(QStringLiteral("project.name"), demo[u"name"].toString()); !ok)
        return ok;
    for (const QJsonValue &v : demo[u"sources"].toArray()) {
        const QString file = v[u"file"].toString();
        auto bytes = readResource(file);
        if (!bytes)
            return std::unexpected(bytes.error());
        const Importer *importer = importerFor(file);
        if (!importer)
            return fail(ErrorKind::InvalidInput, QStringLiteral("No importer for demo file %1").arg(file));
        auto text = importer->read(*bytes, file);
        if (!text)
            return std::unexpected(text.error());
        NewSource source{QFileInfo(file).completeBaseName(),
                         sourceKindFromString(v[u"kind"].toString()).value_or(SourceKind::Document),
                         text->text, file, text->format, text->turns, text->metadata};
        if (auto id = project.addSource(source); !id)
            return std::unexpected(id.error());
    }
    for (const QJsonValue &v : demo[u"codes"].toArray()) {
        auto id = project.addCode(v[u"name"].toString(),
                                  codeStageFromString(v[u"stage"].toString()).value_or(CodeStage::Open),
                                  v[u"color"].toString());
        if (!id)
            return std::unexpected(id.error());
    }
    // Segments name their passage by its words, so the demo survives edits to the texts.
    for (const QJsonValue &v : demo[u"segments"].toArray()) {
        auto source = project.sourceByName(QFileInfo(v[u"source"].toString()).completeBaseName());
        auto code = project.codeByName(v[u"code"].toString());
        if (!source || !code)
            return std::unexpected(!source ? source.error() : code.error());
        auto text = project.sourceText(source->id);
        if (!text)
            return std::unexpected(text.error());
        const QString passage = text::normalise(v[u"text"].toString());
        const qsizetype at = text->indexOf(passage);
        if (at < 0)
            return fail(ErrorKind::NotFound, QStringLiteral("Demo passage not found in %1").arg(source->name));
        const qsizetype start = text::codePointIndex(*text, at);
        const qsizetype end = start + text::codePointLength(passage);
        if (auto id = project.applyCode(source->id, code->id, start, end); !id)
            return std::unexpected(id.error());
    }
    return {};
}

} // namespace

Result<std::unique_ptr<Project>> createDemoProject(const QString &path)
{
    auto project = Project::create(path);
    if (!project)
        return project;
    if (auto ok = fillDemo(**project); !ok) {
        project->reset();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return std::unexpected(ok.error());
    }
    return project;
}

} // namespace gw
