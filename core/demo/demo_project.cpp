#include "core/demo/demo_project.h"

#include "core/import/importer.h"
#include "core/model/memo_target.h"
#include "core/model/project.h"
#include "core/structure/data_structure.h"
#include "core/structure/import_data_structure.h"
#include "core/text/positions.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

namespace gw {

namespace {

Result<QByteArray> readResource(const QString &name)
{
    QFile file(QStringLiteral(":/demo/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorKind::NotFound, QStringLiteral("The demo file %1 is missing from this build.").arg(name));
    return file.readAll();
}

// Where the demo passage TEXT lies in SOURCEFILE's text: [start, end) in code points.
struct Passage
{
    Id sourceId = 0;
    std::int64_t start = 0, end = 0;
};

Result<Passage> findPassage(Project &project, const QString &sourceFile, const QString &passageText)
{
    auto source = project.sourceByName(QFileInfo(sourceFile).completeBaseName());
    if (!source)
        return std::unexpected(source.error());
    auto text = project.sourceText(source->id);
    if (!text)
        return std::unexpected(text.error());
    const QString passage = text::normalise(passageText);
    const qsizetype at = text->indexOf(passage);
    if (at < 0)
        return fail(ErrorKind::NotFound, QStringLiteral("Demo passage not found in %1").arg(source->name));
    const qsizetype start = text::codePointIndex(*text, at);
    return Passage{source->id, start, start + text::codePointLength(passage)};
}

// Codes each passage of SEGMENTS ({source, text, code}) as the current coder.
// Segments name their passage by its words, so the demo survives edits to the texts.
Status applySegments(Project &project, const QJsonArray &segments)
{
    for (const QJsonValue &v : segments) {
        auto code = project.codeByName(v[u"code"].toString());
        if (!code)
            return std::unexpected(code.error());
        auto passage = findPassage(project, v[u"source"].toString(), v[u"text"].toString());
        if (!passage)
            return std::unexpected(passage.error());
        if (auto id = project.applyCode(passage->sourceId, code->id, passage->start, passage->end); !id)
            return std::unexpected(id.error());
    }
    return {};
}

Status addSources(Project &project, const QJsonObject &demo)
{
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
    return {};
}

Status addCoding(Project &project, const QJsonObject &demo)
{
    for (const QJsonValue &v : demo[u"codes"].toArray()) {
        auto id = project.addCode(v[u"name"].toString(),
                                  codeStageFromString(v[u"stage"].toString()).value_or(CodeStage::Open),
                                  v[u"color"].toString());
        if (!id)
            return std::unexpected(id.error());
    }
    return applySegments(project, demo[u"segments"].toArray());
}

// What the codebook prints beside each code, theme and dimension.
Status addDefinitions(Project &project, const QJsonObject &demo)
{
    const QJsonObject definitions = demo[u"definitions"].toObject();
    const auto each = [&](const char16_t *tier, auto find, auto set) -> Status {
        const QJsonObject entries = definitions[tier].toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            auto item = find(it.key());
            if (!item)
                return std::unexpected(item.error());
            if (auto ok = set(item->id, it.value().toString()); !ok)
                return ok;
        }
        return {};
    };
    if (auto ok = each(u"codes", [&](const QString &n) { return project.codeByName(n); },
                       [&](Id id, const QString &d) { return project.setCodeDefinition(id, d); });
        !ok)
        return ok;
    if (auto ok = each(u"themes", [&](const QString &n) { return project.themeByName(n); },
                       [&](Id id, const QString &d) { return project.setThemeDefinition(id, d); });
        !ok)
        return ok;
    return each(u"dimensions", [&](const QString &n) { return project.dimensionByName(n); },
                [&](Id id, const QString &d) { return project.setDimensionDefinition(id, d); });
}

// The researcher's memos: on the project, sources, codes, themes, dimensions.
Status addMemos(Project &project, const QJsonObject &demo)
{
    for (const QJsonValue &v : demo[u"memos"].toArray()) {
        const QString kind = v[u"on"].toString();
        // Sources are named by their file, as everywhere in demo.json.
        const QString name = kind == u"source" ? QFileInfo(v[u"name"].toString()).completeBaseName()
                                               : v[u"name"].toString();
        auto on = memoTargetNamed(project, kind, name);
        if (!on)
            return std::unexpected(on.error());
        if (auto id = project.addMemo(kind, *on, v[u"title"].toString(), v[u"body"].toString()); !id)
            return std::unexpected(id.error());
    }
    return {};
}

// A second coder's coding of the same material, which agrees with the first
// coder's in places and not in others, so agreement has something to show.
Status addSecondCoder(Project &project, const QJsonObject &demo)
{
    const QJsonObject second = demo[u"second_coder"].toObject();
    if (second.isEmpty())
        return {};
    const QString first = project.coder();
    if (auto ok = project.setCoder(second[u"name"].toString()); !ok)
        return ok;
    if (auto ok = applySegments(project, second[u"segments"].toArray()); !ok)
        return ok;
    return project.setCoder(first);
}

// The two coders' review: comment threads on codes (one resolved), and a
// snapshot of the data structure.
Status addReview(Project &project, const QJsonObject &demo)
{
    const QJsonObject review = demo[u"review"].toObject();
    const QString first = project.coder();
    for (const QJsonValue &v : review[u"threads"].toArray()) {
        auto code = project.codeByName(v[u"name"].toString());
        if (!code)
            return std::unexpected(code.error());
        std::optional<Id> thread;
        for (const QJsonValue &comment : v[u"comments"].toArray()) {
            if (auto ok = project.setCoder(comment[u"coder"].toString()); !ok)
                return ok;
            auto id = thread ? project.addComment(*thread, comment[u"text"].toString())
                             : project.openThread(ReviewTarget{QStringLiteral("code"), code->id},
                                                  comment[u"text"].toString());
            if (!id)
                return std::unexpected(id.error());
            if (!thread)
                thread = *id;
        }
        if (thread && v[u"resolved"].toBool())
            if (auto ok = project.resolveThread(*thread); !ok)
                return ok;
    }
    if (auto ok = project.setCoder(first); !ok)
        return ok;
    for (const QJsonValue &name : review[u"snapshots"].toArray())
        if (auto id = project.takeSnapshot(name.toString()); !id)
            return std::unexpected(id.error());
    return {};
}

// The participants behind the interviews, so that quotes are cited "[CCIO from Site_A]".
Status addCases(Project &project, const QJsonObject &demo)
{
    for (const QJsonValue &v : demo[u"cases"].toArray()) {
        auto caseId = project.addCase(v[u"name"].toString());
        if (!caseId)
            return std::unexpected(caseId.error());
        const QJsonObject attributes = v[u"attributes"].toObject();
        for (auto it = attributes.begin(); it != attributes.end(); ++it) {
            auto attribute = project.attributeByName(it.key());
            Result<Id> attributeId = attribute ? Result<Id>(attribute->id)
                                               : project.addAttribute(it.key(), AttributeType::Text);
            if (!attributeId)
                return std::unexpected(attributeId.error());
            if (auto ok = project.setAttributeValue(*caseId, *attributeId, it.value().toString()); !ok)
                return ok;
        }
        for (const QJsonValue &file : v[u"sources"].toArray()) {
            auto source = project.sourceByName(QFileInfo(file.toString()).completeBaseName());
            if (!source)
                return std::unexpected(source.error());
            if (auto ok = project.linkCaseSource(*caseId, source->id); !ok)
                return ok;
        }
    }
    return {};
}

// The published data structure over the demo's first-order codes, and a few
// exemplar quotes for its themes.
Status addStructure(Project &project, const QJsonObject &demo)
{
    const QString file = demo[u"structure"].toString();
    if (file.isEmpty())
        return {};
    auto json = readResource(file);
    if (!json)
        return std::unexpected(json.error());
    auto structure = dataStructureFromJson(*json, file);
    if (!structure)
        return std::unexpected(structure.error());
    if (auto report = importDataStructure(project, *structure); !report)
        return std::unexpected(report.error());
    for (const QJsonValue &v : demo[u"exemplars"].toArray()) {
        auto theme = project.themeByName(v[u"theme"].toString());
        auto code = project.codeByName(v[u"code"].toString());
        if (!theme || !code)
            return std::unexpected(!theme ? theme.error() : code.error());
        auto passage = findPassage(project, v[u"source"].toString(), v[u"text"].toString());
        if (!passage)
            return std::unexpected(passage.error());
        auto segments = project.segmentsOfSource(passage->sourceId, false);
        if (!segments)
            return std::unexpected(segments.error());
        const auto it = std::ranges::find_if(*segments, [&](const SegmentInfo &s) {
            return s.codeId == code->id && s.start == passage->start && s.end == passage->end;
        });
        if (it == segments->end())
            return fail(ErrorKind::NotFound, QStringLiteral("The demo exemplar of %1 is not a segment.").arg(theme->name));
        if (auto ok = project.addExemplar(theme->id, it->id); !ok)
            return ok;
    }
    return {};
}

// The segment of CODE in SOURCEFILE whose text starts with STARTS.
Result<Id> findSegment(Project &project, const QJsonValue &ref)
{
    auto code = project.codeByName(ref[u"code"].toString());
    if (!code)
        return std::unexpected(code.error());
    auto segments = project.segmentsOfCode(code->id);
    if (!segments)
        return std::unexpected(segments.error());
    const QString source = QFileInfo(ref[u"source"].toString()).completeBaseName();
    const QString starts = text::normalise(ref[u"starts"].toString());
    for (const SegmentInfo &s : *segments)
        if (s.sourceName == source && s.text.startsWith(starts))
            return s.id;
    return fail(ErrorKind::NotFound, QStringLiteral("The demo model's evidence \"%1\" of %2 in %3 is not a segment.")
                                         .arg(starts, code->name, source));
}

// The CMO model after the published one: the factors at four levels as
// contexts and mechanisms, the relationship types as outcomes on the
// spectrum (formal/informal, internal/external), typed links with evidence.
Status addModel(Project &project, const QJsonObject &demo)
{
    const QJsonObject model = demo[u"model"].toObject();
    for (const QJsonValue &v : model[u"elements"].toArray()) {
        NewModelElement element;
        element.role = modelRoleFromString(v[u"role"].toString()).value_or(ModelRole::Context);
        if (v[u"theme"].isString()) {
            auto theme = project.themeByName(v[u"theme"].toString());
            if (!theme)
                return std::unexpected(theme.error());
            element.kind = ElementKind::Theme;
            element.targetId = theme->id;
        } else {
            auto code = project.codeByName(v[u"code"].toString());
            if (!code)
                return std::unexpected(code.error());
            element.kind = ElementKind::Code;
            element.targetId = code->id;
        }
        if (v[u"level"].isString()) {
            auto level = project.modelLevelByName(v[u"level"].toString());
            if (!level)
                return std::unexpected(level.error());
            element.levelId = level->id;
        }
        if (v[u"x"].isDouble())
            element.point = SpectrumPoint{v[u"x"].toDouble(), v[u"y"].toDouble()};
        if (auto id = project.placeModelElement(element); !id)
            return std::unexpected(id.error());
    }
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    const auto elementNamed = [&](const QString &name) -> Result<Id> {
        for (const ModelElement &e : *elements)
            if (e.name == name)
                return e.id;
        return fail(ErrorKind::NotFound, QStringLiteral("The demo model has no element \"%1\".").arg(name));
    };
    for (const QJsonValue &v : model[u"links"].toArray()) {
        auto from = elementNamed(v[u"from"].toString());
        auto to = elementNamed(v[u"to"].toString());
        auto type = project.influenceTypeByName(v[u"type"].toString());
        if (!from || !to || !type)
            return std::unexpected(!from ? from.error() : !to ? to.error() : type.error());
        auto link = project.addInfluence(*from, *to, type->id, v[u"memo"].toString());
        if (!link)
            return std::unexpected(link.error());
        for (const auto &[key, counter] : {std::pair{u"evidence", false}, std::pair{u"counter", true}})
            for (const QJsonValue &ref : v[key].toArray()) {
                auto segment = findSegment(project, ref);
                if (!segment)
                    return std::unexpected(segment.error());
                if (auto ok = project.addEvidence(*link, *segment, counter); !ok)
                    return ok;
            }
    }
    return {};
}

Status fillDemo(Project &project)
{
    auto manifest = readResource(QStringLiteral("demo.json"));
    if (!manifest)
        return std::unexpected(manifest.error());
    const QJsonObject demo = QJsonDocument::fromJson(*manifest).object();
    if (auto ok = project.setCoder(QStringLiteral("demo")); !ok)
        return ok;
    // One transaction: the demo is made in one go, and fast.
    Transaction tx(project.database());
    if (!tx.begun())
        return tx.begun();
    if (auto ok = project.setSetting(QStringLiteral("project.name"), demo[u"name"].toString()); !ok)
        return ok;
    for (auto step : {addSources, addCoding, addCases, addStructure, addDefinitions, addMemos, addModel, addSecondCoder, addReview})
        if (auto ok = step(project, demo); !ok)
            return ok;
    return tx.commit();
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

Result<QString> demoProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (!QDir().mkpath(dir))
        return fail(ErrorKind::Io, QStringLiteral("Cannot create the folder %1 for the demo project.").arg(dir));
    const QString path = dir + QStringLiteral("/demo.groundwork");
    if (!QFileInfo::exists(path))
        if (auto demo = createDemoProject(path); !demo)
            return std::unexpected(demo.error());
    return path;
}

} // namespace gw
