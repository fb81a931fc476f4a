// model place / model remove / model axes: the CMO model's
// elements (dimensions, themes and codes placed as contexts, mechanisms and
// outcomes) and the spectrum's axis names.
#include "app/cli/model_support.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <array>

namespace gw::cli {

namespace {

class ModelPlaceVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model place"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model",
            "Place a dimension, theme or code in the CMO model (or change its place).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model",
            "Place an aggregate dimension, second-order theme or first-order code in the CMO "
            "model\n"
            "with a role (context, mechanism or outcome) and a level (see \"model level list\").\n"
            "An outcome can sit on the relationship spectrum at --x X --y Y, each from 0 to 1\n"
            "(x: formal 0 to informal 1; y: internal 0 to external 1, or the axes the project\n"
            "names). Placing one that is already in the model changes its role, level or point.\n"
            "Audited.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("dimension"),
                          QCoreApplication::translate("gw::cli::model", "The aggregate dimension's name."),
                          QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("theme"), QCoreApplication::translate("gw::cli::model", "The theme's name."),
             QStringLiteral("NAME")});
        parser.addOption(
            {QStringLiteral("code"), QCoreApplication::translate("gw::cli::model", "The code's name."),
             QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("role"),
                          //: context, mechanism and outcome are the values --role takes.
                          QCoreApplication::translate("gw::cli::model", "context, mechanism or outcome."),
                          QStringLiteral("ROLE")});
        parser.addOption(
            {QStringLiteral("level"), QCoreApplication::translate("gw::cli::model", "The level's name."),
             QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("no-level"),
                          QCoreApplication::translate("gw::cli::model", "Take it off its level.")});
        parser.addOption({QStringLiteral("x"),
                          QCoreApplication::translate("gw::cli::model", "Outcomes: x on the spectrum, 0 to 1."),
                          QStringLiteral("X")});
        parser.addOption({QStringLiteral("y"),
                          QCoreApplication::translate("gw::cli::model", "Outcomes: y on the spectrum, 0 to 1."),
                          QStringLiteral("Y")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString verb = name();
        const int kinds = int(parser.isSet(QStringLiteral("dimension"))) +
                          int(parser.isSet(QStringLiteral("theme"))) +
                          int(parser.isSet(QStringLiteral("code")));
        if (kinds != 1) {
            io.err << QCoreApplication::translate("gw::cli::model",
                                                  "groundwork-cli model place: give one of --dimension NAME, "
                                                  "--theme NAME or --code NAME.\n");
            return Usage;
        }
        std::optional<ModelRole> role;
        if (parser.isSet(QStringLiteral("role"))) {
            role = modelRoleFromString(parser.value(QStringLiteral("role")));
            if (!role) {
                io.err << QCoreApplication::translate("gw::cli::model",
                                                      "groundwork-cli model place: \"%1\" is not a role; use "
                                                      "context, mechanism or outcome.\n")
                              .arg(parser.value(QStringLiteral("role")));
                return Usage;
            }
        }
        if (parser.isSet(QStringLiteral("x")) != parser.isSet(QStringLiteral("y"))) {
            io.err << QCoreApplication::translate("gw::cli::model",
                                                  "groundwork-cli model place: give both --x and --y, or neither.\n");
            return Usage;
        }
        std::optional<SpectrumPoint> point;
        if (parser.isSet(QStringLiteral("x"))) {
            const auto x = unitNumber(parser, QStringLiteral("x"), io, verb);
            const auto y = unitNumber(parser, QStringLiteral("y"), io, verb);
            if (!x || !y)
                return Usage;
            point = SpectrumPoint{*x, *y};
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;

        NewModelElement element;
        QString label;
        if (parser.isSet(QStringLiteral("dimension"))) {
            auto d = project->dimensionByName(parser.value(QStringLiteral("dimension")));
            if (!d)
                return reportError(io, d.error());
            element.kind = ElementKind::Dimension, element.targetId = d->id, label = d->name;
        } else if (parser.isSet(QStringLiteral("theme"))) {
            auto t = project->themeByName(parser.value(QStringLiteral("theme")));
            if (!t)
                return reportError(io, t.error());
            element.kind = ElementKind::Theme, element.targetId = t->id, label = t->name;
        } else {
            auto c = project->codeByName(parser.value(QStringLiteral("code")));
            if (!c)
                return reportError(io, c.error());
            element.kind = ElementKind::Code, element.targetId = c->id, label = c->name;
        }
        std::optional<Id> level;
        if (parser.isSet(QStringLiteral("level"))) {
            auto l = project->modelLevelByName(parser.value(QStringLiteral("level")));
            if (!l)
                return reportError(io, l.error());
            level = l->id;
        }
        auto existing = project->modelElementOf(element.kind, element.targetId);
        if (!existing)
            return reportError(io, existing.error());

        Transaction tx(project->database());
        if (!*existing) {
            if (!role) {
                io.err << QCoreApplication::translate("gw::cli::model",
                                                      "groundwork-cli model place: give --role context, mechanism "
                                                      "or outcome for \"%1\".\n")
                              .arg(label);
                return Usage;
            }
            element.role = *role;
            element.levelId = level;
            element.point = point;
            if (auto id = project->placeModelElement(element); !id)
                return reportError(io, id.error());
        } else {
            const ModelElement &e = **existing;
            if (role && *role != e.role)
                if (auto ok = project->setElementRole(e.id, *role); !ok)
                    return reportError(io, ok.error());
            if ((level && level != e.levelId) ||
                (parser.isSet(QStringLiteral("no-level")) && e.levelId))
                if (auto ok = project->setElementLevel(e.id, level); !ok)
                    return reportError(io, ok.error());
            if (point && point != e.point)
                if (auto ok = project->setOutcomePoint(e.id, point); !ok)
                    return reportError(io, ok.error());
        }
        if (auto ok = tx.commit(); !ok)
            return reportError(io, ok.error());
        auto placed = project->modelElementOf(element.kind, element.targetId);
        if (!placed || !*placed)
            return reportError(io, placed ? Error{ErrorKind::NotFound, label} : placed.error());
        const ModelElement &e = **placed;
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject json{{QStringLiteral("id"), qint64(e.id)},
                             {QStringLiteral("name"), e.name},
                             {QStringLiteral("kind"), toString(e.kind)},
                             {QStringLiteral("role"), toString(e.role)},
                             {QStringLiteral("level"), e.levelName},
                             {QStringLiteral("added"), !*existing}};
            if (e.point)
                json.insert(QStringLiteral("point"), QJsonArray{e.point->x, e.point->y});
            writeJson(io, QJsonDocument(json));
            return Ok;
        }
        // English picks the article by the role: "as an outcome", "as a context".
        QString sentence;
        if (*existing && e.role == ModelRole::Outcome)
            //: %1 is the kind (dimension, theme, code), %3 the role (outcome), as the user types them.
            sentence = QCoreApplication::translate("gw::cli::model", "Updated %1 \"%2\" as an %3");
        else if (*existing)
            //: %1 is the kind (dimension, theme, code), %3 the role (context, mechanism), as the user types them.
            sentence = QCoreApplication::translate("gw::cli::model", "Updated %1 \"%2\" as a %3");
        else if (e.role == ModelRole::Outcome)
            //: %1 is the kind (dimension, theme, code), %3 the role (outcome), as the user types them.
            sentence = QCoreApplication::translate("gw::cli::model", "Placed %1 \"%2\" as an %3");
        else
            //: %1 is the kind (dimension, theme, code), %3 the role (context, mechanism), as the user types them.
            sentence = QCoreApplication::translate("gw::cli::model", "Placed %1 \"%2\" as a %3");
        io.out << sentence.arg(toString(e.kind), e.name, toString(e.role));
        if (!e.levelName.isEmpty())
            //: Follows "Placed code "X" as a context".
            io.out << QCoreApplication::translate("gw::cli::model", " at level \"%1\"").arg(e.levelName);
        if (e.point)
            //: Follows "Placed code "X" as an outcome" (and " at level ..."); %1 and %2 are x and y.
            io.out << QCoreApplication::translate("gw::cli::model", " at (%1, %2) on the spectrum")
                          .arg(QString::number(e.point->x, 'g', 6), QString::number(e.point->y, 'g', 6));
        io.out << '\n';
        return Ok;
    }
};

class ModelRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model remove"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model",
                                           "Take an element out of the CMO model, with its links.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model",
            "Take a dimension, theme or code out of the CMO model. Every link from or to it\n"
            "goes with it, evidence included. The dimension, theme or code itself stays.\n"
            "Write code:NAME, theme:NAME or dimension:NAME when names repeat. Audited.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::model", "The element's name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        if (parser.positionalArguments().size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::model",
                                                  "groundwork-cli model remove: give the element's NAME (quote "
                                                  "it if it has spaces).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto e = findElement(*project, parser.positionalArguments().first());
        if (!e)
            return reportError(io, e.error());
        auto record = project->modelElementRecord(e->id);
        if (!record)
            return reportError(io, record.error());
        if (auto ok = project->removeModelElement(e->id); !ok)
            return reportError(io, ok.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), qint64(e->id)},
                                                    {QStringLiteral("name"), e->name},
                                                    {QStringLiteral("links"), qint64(record->influences.size())}}));
            return Ok;
        }
        if (record->influences.empty())
            io.out << QCoreApplication::translate("gw::cli::model", "Took \"%1\" out of the model.\n")
                          .arg(e->name);
        else
            io.out << QCoreApplication::translate("gw::cli::model",
                                                  "Took \"%1\" out of the model with its %2 link(s).\n")
                          .arg(e->name, QString::number(record->influences.size()));
        return Ok;
    }
};

class ModelAxesVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("model axes"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::model", "Name the relationship spectrum's axes.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::model",
            "Name the spectrum's axes and the labels at their ends. The defaults are\n"
            "Formality (Formal .. Informal) across and Origin (Internal .. External) up.\n"
            "Options not given keep their value. Without options, prints the axes. Audited.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        for (const auto &[option, help] : options())
            parser.addOption(
                {option, QCoreApplication::translate("gw::cli::model", help), QStringLiteral("TEXT")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        SpectrumAxes axes = project->spectrumAxes();
        const auto fields = fieldsOf(axes);
        bool changed = false;
        const auto opts = options();
        for (std::size_t i = 0; i < opts.size(); ++i)
            if (parser.isSet(opts[i].first)) {
                *fields[i] = parser.value(opts[i].first);
                changed = true;
            }
        if (changed)
            if (auto ok = project->setSpectrumAxes(axes); !ok)
                return reportError(io, ok.error());
        axes = project->spectrumAxes();
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("x_name"), axes.xName},
                                                    {QStringLiteral("x_low"), axes.xLow},
                                                    {QStringLiteral("x_high"), axes.xHigh},
                                                    {QStringLiteral("y_name"), axes.yName},
                                                    {QStringLiteral("y_low"), axes.yLow},
                                                    {QStringLiteral("y_high"), axes.yHigh}}));
            return Ok;
        }
        io.out << "x: " << axes.xName << " (" << axes.xLow << " .. " << axes.xHigh << ")\n"
               << "y: " << axes.yName << " (" << axes.yLow << " .. " << axes.yHigh << ")\n";
        return Ok;
    }

private:
    // The options with their help, translated where it is shown.
    static std::vector<std::pair<QString, const char *>> options()
    {
        return {{QStringLiteral("x-name"), QT_TRANSLATE_NOOP("gw::cli::model", "The x axis's name.")},
                {QStringLiteral("x-low"), QT_TRANSLATE_NOOP("gw::cli::model", "The label at x = 0.")},
                {QStringLiteral("x-high"), QT_TRANSLATE_NOOP("gw::cli::model", "The label at x = 1.")},
                {QStringLiteral("y-name"), QT_TRANSLATE_NOOP("gw::cli::model", "The y axis's name.")},
                {QStringLiteral("y-low"), QT_TRANSLATE_NOOP("gw::cli::model", "The label at y = 0.")},
                {QStringLiteral("y-high"), QT_TRANSLATE_NOOP("gw::cli::model", "The label at y = 1.")}};
    }
    static std::array<QString *, 6> fieldsOf(SpectrumAxes &a)
    {
        return {&a.xName, &a.xLow, &a.xHigh, &a.yName, &a.yLow, &a.yHigh};
    }
};

} // namespace

std::unique_ptr<Verb> makeModelPlaceVerb()
{
    return std::make_unique<ModelPlaceVerb>();
}
std::unique_ptr<Verb> makeModelRemoveVerb()
{
    return std::make_unique<ModelRemoveVerb>();
}
std::unique_ptr<Verb> makeModelAxesVerb()
{
    return std::make_unique<ModelAxesVerb>();
}

} // namespace gw::cli
