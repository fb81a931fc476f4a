// model show: the CMO model as text or JSON: levels, influence types, axes,
// elements, links with their evidence, and the CMO chains.
#include "app/cli/model_support.h"
#include "app/cli/verbs.h"
#include "core/export/cmo_table.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <map>

namespace gw::cli {

namespace {

QJsonValue pointJson(const std::optional<SpectrumPoint> &p)
{
    return p ? QJsonValue(QJsonObject{{QStringLiteral("x"), p->x}, {QStringLiteral("y"), p->y}})
             : QJsonValue();
}

class ModelShowVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model show"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model_show",
                                           "Show the CMO model: elements, links, evidence, chains.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model_show",
            "Show the CMO model: its levels and influence types, the spectrum's axes, every\n"
            "element (role, level, point on the spectrum), every link (id, type, memo,\n"
            "evidence) and the context -> mechanism -> outcome chains. --json gives all of\n"
            "it as one document.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto levels = project->modelLevels();
        auto types = project->influenceTypes();
        auto elements = project->modelElements();
        auto influences = project->influences();
        auto chains = cmoChains(*project);
        if (!levels || !types || !elements || !influences || !chains)
            return reportError(io, !levels       ? levels.error()
                                   : !types      ? types.error()
                                   : !elements   ? elements.error()
                                   : !influences ? influences.error()
                                                 : chains.error());
        std::map<Id, QString> names;
        for (const ModelElement &e : *elements)
            names[e.id] = e.name;
        const SpectrumAxes axes = project->spectrumAxes();
        if (parser.isSet(QStringLiteral("json")))
            return showJson(*project, io, *levels, *types, *elements, *influences, *chains, axes,
                            names);

        QStringList levelNames, typeNames;
        for (const ModelLevel &l : *levels)
            levelNames << l.name;
        for (const InfluenceType &t : *types)
            typeNames << t.name + QStringLiteral(" (") + t.color + u' ' + toString(t.style) + u')';
        //: %1 lists the levels, separated by commas.
        io.out << QCoreApplication::translate("gw::cli::model_show", "Levels: %1")
                      .arg(levelNames.join(QStringLiteral(", ")))
               << '\n'
               //: %1 lists the types with colour and line style: triggers (#333333 solid), ...
               << QCoreApplication::translate("gw::cli::model_show", "Influence types: %1")
                      .arg(typeNames.join(QStringLiteral(", ")))
               << '\n'
               //: The axes' names with the labels at their ends.
               << QCoreApplication::translate("gw::cli::model_show", "Spectrum: x %1 (%2 .. %3), y %4 (%5 .. %6)")
                      .arg(axes.xName, axes.xLow, axes.xHigh, axes.yName, axes.yLow, axes.yHigh)
               << "\n\n"
               << QCoreApplication::translate("gw::cli::model_show", "Elements:") << '\n';
        for (const ModelElement &e : *elements) {
            io.out << "  " << toString(e.role) << "\t" << toString(e.kind) << " \"" << e.name
                   << "\"";
            if (!e.levelName.isEmpty())
                //: An element's level, after its role, kind and name.
                io.out << '\t' << QCoreApplication::translate("gw::cli::model_show", "level %1").arg(e.levelName);
            if (e.point)
                //: An outcome's point on the spectrum.
                io.out << '\t'
                       << QCoreApplication::translate("gw::cli::model_show", "at (%1, %2)")
                              .arg(QString::number(e.point->x, 'g', 6), QString::number(e.point->y, 'g', 6));
            io.out << '\n';
        }
        io.out << '\n' << QCoreApplication::translate("gw::cli::model_show", "Links:") << '\n';
        for (const Influence &i : *influences) {
            io.out << "  [" << i.id << "] \"" << names[i.fromId] << "\" " << i.typeName << " \""
                   << names[i.toId] << "\"\t"
                   //: The link's evidence: segments that support it and segments that speak against it.
                   << QCoreApplication::translate("gw::cli::model_show", "%1 supporting, %2 against")
                          .arg(i.supporting)
                          .arg(i.counter);
            if (!i.memo.isEmpty())
                io.out << '\t'
                       << QCoreApplication::translate("gw::cli::model_show", "memo: %1").arg(i.memo.simplified());
            io.out << '\n';
        }
        io.out << '\n' << QCoreApplication::translate("gw::cli::model_show", "CMO chains:") << '\n';
        for (const CmoChain &c : *chains)
            io.out << "  " << c.context.name << " -> " << c.mechanism.name << " -> "
                   << c.outcome.name << "\t"
                   //: The segments of evidence behind a context -> mechanism -> outcome chain.
                   << QCoreApplication::translate("gw::cli::model_show", "%1 segment(s)").arg(c.evidence)
                   << '\n';
        return Ok;
    }

private:
    static int showJson(Project &project, Io &io, const std::vector<ModelLevel> &levels,
                        const std::vector<InfluenceType> &types,
                        const std::vector<ModelElement> &elements,
                        const std::vector<Influence> &influences,
                        const std::vector<CmoChain> &chains, const SpectrumAxes &axes,
                        std::map<Id, QString> &names)
    {
        QJsonArray levelArray, typeArray, elementArray, influenceArray, chainArray;
        for (const ModelLevel &l : levels)
            levelArray.append(l.name);
        for (const InfluenceType &t : types)
            typeArray.append(QJsonObject{{QStringLiteral("name"), t.name},
                                         {QStringLiteral("color"), t.color},
                                         {QStringLiteral("style"), toString(t.style)}});
        for (const ModelElement &e : elements)
            elementArray.append(QJsonObject{
                {QStringLiteral("id"), qint64(e.id)},
                {QStringLiteral("guid"), e.guid},
                {QStringLiteral("kind"), toString(e.kind)},
                {QStringLiteral("name"), e.name},
                {QStringLiteral("role"), toString(e.role)},
                {QStringLiteral("level"), e.levelId ? QJsonValue(e.levelName) : QJsonValue()},
                {QStringLiteral("point"), pointJson(e.point)}});
        for (const Influence &i : influences) {
            auto evidence = project.evidenceOf(i.id);
            if (!evidence)
                return reportError(io, evidence.error());
            QJsonArray evidenceArray;
            for (const InfluenceEvidence &v : *evidence) {
                auto s = project.segment(v.segmentId);
                if (!s)
                    return reportError(io, s.error());
                evidenceArray.append(
                    QJsonObject{{QStringLiteral("segment"), qint64(v.segmentId)},
                                {QStringLiteral("kind"), v.counter ? QStringLiteral("counter")
                                                                   : QStringLiteral("supports")},
                                {QStringLiteral("source"), s->sourceName},
                                {QStringLiteral("code"), s->codeName}});
            }
            influenceArray.append(QJsonObject{{QStringLiteral("id"), qint64(i.id)},
                                              {QStringLiteral("guid"), i.guid},
                                              {QStringLiteral("from"), names[i.fromId]},
                                              {QStringLiteral("to"), names[i.toId]},
                                              {QStringLiteral("type"), i.typeName},
                                              {QStringLiteral("memo"), i.memo},
                                              {QStringLiteral("supporting"), i.supporting},
                                              {QStringLiteral("counter"), i.counter},
                                              {QStringLiteral("evidence"), evidenceArray}});
        }
        for (const CmoChain &c : chains)
            chainArray.append(QJsonObject{
                {QStringLiteral("context"), c.context.name},
                {QStringLiteral("mechanism"), c.mechanism.name},
                {QStringLiteral("outcome"), c.outcome.name},
                {QStringLiteral("links"), QJsonArray{c.first.typeName, c.second.typeName}},
                {QStringLiteral("evidence"), c.evidence},
                {QStringLiteral("counter"), c.counter},
                {QStringLiteral("exemplar"), c.exemplar}});
        writeJson(io,
                  QJsonDocument(QJsonObject{
                      {QStringLiteral("levels"), levelArray},
                      {QStringLiteral("influence_types"), typeArray},
                      {QStringLiteral("axes"), QJsonObject{{QStringLiteral("x_name"), axes.xName},
                                                           {QStringLiteral("x_low"), axes.xLow},
                                                           {QStringLiteral("x_high"), axes.xHigh},
                                                           {QStringLiteral("y_name"), axes.yName},
                                                           {QStringLiteral("y_low"), axes.yLow},
                                                           {QStringLiteral("y_high"), axes.yHigh}}},
                      {QStringLiteral("elements"), elementArray},
                      {QStringLiteral("influences"), influenceArray},
                      {QStringLiteral("chains"), chainArray}}));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeModelShowVerb()
{
    return std::make_unique<ModelShowVerb>();
}

} // namespace gw::cli
