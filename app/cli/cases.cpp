// cases -p F: list the cases with their attributes and linked sources.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class CasesVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("cases"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::cases", "List the cases with attributes and sources.");
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
        auto cases = project->cases();
        auto attributes = project->attributes();
        if (!cases || !attributes)
            return reportError(io, !cases ? cases.error() : attributes.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray caseList, attributeList;
            for (const AttributeInfo &a : *attributes)
                attributeList.append(QJsonObject{{QStringLiteral("name"), a.name},
                                                 {QStringLiteral("type"), toString(a.type)}});
            for (const CaseInfo &c : *cases) {
                // Typed JSON values, so a script need not parse numbers and booleans again.
                QJsonObject values;
                for (const CaseValue &v : c.values) {
                    if (v.type == AttributeType::Number)
                        values.insert(v.attribute, v.value.toDouble());
                    else if (v.type == AttributeType::Boolean)
                        values.insert(v.attribute, v.value == u"true");
                    else
                        values.insert(v.attribute, v.value);
                }
                caseList.append(QJsonObject{
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("guid"), c.guid},
                    {QStringLiteral("attributes"), values},
                    {QStringLiteral("sources"), QJsonArray::fromStringList(c.sourceNames)}});
            }
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("attributes"), attributeList},
                                                    {QStringLiteral("cases"), caseList}}));
            return Ok;
        }
        for (const CaseInfo &c : *cases) {
            QStringList values;
            for (const CaseValue &v : c.values)
                values.append(v.attribute + u'=' +
                              QString(v.value).replace(u'\n', QStringLiteral("\\n")));
            io.out << c.name << '\t' << values.join(QStringLiteral("; ")) << '\t'
                   << (c.sourceNames.isEmpty()
                           ? QCoreApplication::translate("gw::cli::cases", "no source")
                           : QCoreApplication::translate("gw::cli::cases", "sources: %1")
                                 .arg(c.sourceNames.join(QStringLiteral(", "))))
                   << '\n';
        }
        io.out << QCoreApplication::translate("gw::cli::cases", "%1 cases, %2 attributes.\n")
                      .arg(QString::number(cases->size()), QString::number(attributes->size()));
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCasesVerb()
{
    return std::make_unique<CasesVerb>();
}

} // namespace gw::cli
