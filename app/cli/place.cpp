// place: a code under a theme, or a theme under a dimension, at a position.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace gw::cli {

namespace {

class PlaceVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("place"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::place",
                                           "Place a code under a theme or a theme under a dimension.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::place",
            "Place a first-order code under a second-order theme (--code C --theme T), or a\n"
            "theme under an aggregate dimension (--theme T --dimension D). A code sits under\n"
            "one theme and a theme under one dimension: placing moves it. --position N puts it\n"
            "at N among its siblings (0 is first; default: last). Audited.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("code"), QCoreApplication::translate("gw::cli::place", "The code's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("theme"), QCoreApplication::translate("gw::cli::place", "The theme's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("dimension"),
                          QCoreApplication::translate("gw::cli::place", "The dimension's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("position"),
                          QCoreApplication::translate("gw::cli::place", "Position among the siblings, from 0."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::place", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const bool code = parser.isSet(QStringLiteral("code"));
        const bool theme = parser.isSet(QStringLiteral("theme"));
        const bool dimension = parser.isSet(QStringLiteral("dimension"));
        if (!theme || code == dimension) {
            io.err << QCoreApplication::translate("gw::cli::place",
                                                  "groundwork-cli place: give --code C --theme T, or --theme T "
                                                  "--dimension D.\n");
            return Usage;
        }
        std::optional<int> position;
        if (parser.isSet(QStringLiteral("position"))) {
            bool ok = false;
            position = parser.value(QStringLiteral("position")).toInt(&ok);
            if (!ok || *position < 0) {
                io.err << QCoreApplication::translate("gw::cli::place",
                                                      "groundwork-cli place: --position is a whole number from 0.\n");
                return Usage;
            }
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        const QString why = parser.value(QStringLiteral("why"));
        auto t = project->themeByName(parser.value(QStringLiteral("theme")));
        if (!t)
            return reportError(io, t.error());
        if (code) {
            auto c = project->codeByName(parser.value(QStringLiteral("code")));
            if (!c)
                return reportError(io, c.error());
            if (auto ok = project->placeCode(c->id, t->id, position, why); !ok)
                return reportError(io, ok.error());
            if (parser.isSet(QStringLiteral("json"))) {
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("code"), QJsonObject{{QStringLiteral("id"), qint64(c->id)},
                                                                                           {QStringLiteral("guid"), c->guid},
                                                                                           {QStringLiteral("name"), c->name}}},
                                                        {QStringLiteral("theme"), QJsonObject{{QStringLiteral("id"), qint64(t->id)},
                                                                                            {QStringLiteral("guid"), t->guid},
                                                                                            {QStringLiteral("name"), t->name}}}}));
                return Ok;
            }
            io.out << QCoreApplication::translate("gw::cli::place", "Placed code \"%1\" under theme \"%2\"\n")
                          .arg(c->name, t->name);
            return Ok;
        }
        auto d = project->dimensionByName(parser.value(QStringLiteral("dimension")));
        if (!d)
            return reportError(io, d.error());
        if (auto ok = project->placeTheme(t->id, d->id, position, why); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("theme"), QJsonObject{{QStringLiteral("id"), qint64(t->id)},
                                                                                        {QStringLiteral("guid"), t->guid},
                                                                                        {QStringLiteral("name"), t->name}}},
                                                    {QStringLiteral("dimension"), QJsonObject{{QStringLiteral("id"), qint64(d->id)},
                                                                                            {QStringLiteral("guid"), d->guid},
                                                                                            {QStringLiteral("name"), d->name}}}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::place", "Placed theme \"%1\" under dimension \"%2\"\n")
                      .arg(t->name, d->name);
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makePlaceVerb() { return std::make_unique<PlaceVerb>(); }

} // namespace gw::cli
