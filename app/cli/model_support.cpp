#include "app/cli/model_support.h"

#include <QCoreApplication>

namespace gw::cli {

Result<ModelElement> findElement(Project &project, const QString &text)
{
    QString name = text.simplified();
    std::optional<ElementKind> kind;
    if (const qsizetype colon = name.indexOf(u':'); colon > 0)
        if (auto k = elementKindFromString(name.left(colon))) {
            kind = k;
            name = name.mid(colon + 1).simplified();
        }
    auto elements = project.modelElements();
    if (!elements)
        return std::unexpected(elements.error());
    std::vector<ModelElement> found;
    for (const ModelElement &e : *elements)
        if (e.name == name && (!kind || e.kind == *kind))
            found.push_back(e);
    if (found.size() == 1)
        return found.front();
    if (found.empty())
        return fail(
            ErrorKind::NotFound,
            QCoreApplication::translate("gw::cli::model_support",
                                        "\"%1\" is not in the model; place it first with \"model place\" "
                                        "(\"model show\" lists what is).")
                .arg(text));
    return fail(ErrorKind::InvalidInput,
                //: %2 and %3 are kinds of element (dimension, theme, code), written as the user types them.
                QCoreApplication::translate("gw::cli::model_support",
                                            "\"%1\" names both a %2 and a %3 in the model; write "
                                            "%2:%1 or %3:%1.")
                    .arg(name, toString(found[0].kind), toString(found[1].kind)));
}

namespace {

Result<Influence> between(Project &project, const ModelElement &from, const ModelElement &to,
                          const QString &type)
{
    auto all = project.influences();
    if (!all)
        return std::unexpected(all.error());
    std::vector<Influence> found;
    for (const Influence &i : *all)
        if (i.fromId == from.id && i.toId == to.id &&
            (type.isEmpty() || i.typeName == type.simplified()))
            found.push_back(i);
    if (found.size() == 1)
        return found.front();
    if (found.empty() && type.isEmpty())
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::cli::model_support",
                                                "No link from \"%1\" to \"%2\" in the model.")
                        .arg(from.name, to.name));
    if (found.empty())
        return fail(ErrorKind::NotFound,
                    //: %1 is the influence type (triggers, mandates, ...).
                    QCoreApplication::translate("gw::cli::model_support",
                                                "No %1 link from \"%2\" to \"%3\" in the model.")
                        .arg(type.simplified(), from.name, to.name));
    return fail(ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::cli::model_support",
                                            "There are %1 links from \"%2\" to \"%3\"; pick one with --type.")
                    .arg(QString::number(found.size()), from.name, to.name));
}

} // namespace

Result<Influence> findInfluence(Project &project, const QStringList &args, const QString &type)
{
    if (args.size() == 2) {
        auto from = findElement(project, args[0]);
        if (!from)
            return std::unexpected(from.error());
        auto to = findElement(project, args[1]);
        if (!to)
            return std::unexpected(to.error());
        return between(project, *from, *to, type);
    }
    if (args.size() != 1)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::model_support",
                                                "Give the link as LINK (its id), FROM/TO, or FROM TO."));
    const QString text = args[0].trimmed();
    bool isNumber = false;
    const Id id = text.toLongLong(&isNumber);
    auto all = project.influences();
    if (!all)
        return std::unexpected(all.error());
    for (const Influence &i : *all)
        if ((isNumber && i.id == id) || i.guid == text)
            return i;
    if (isNumber)
        return fail(
            ErrorKind::NotFound,
            QCoreApplication::translate("gw::cli::model_support",
                                        "No link with id %1 in the model (\"model show\" lists them).")
                .arg(id));
    // FROM/TO: names may hold slashes themselves, so try every slash.
    for (qsizetype slash = text.indexOf(u'/'); slash >= 0; slash = text.indexOf(u'/', slash + 1)) {
        auto from = findElement(project, text.left(slash));
        auto to = findElement(project, text.mid(slash + 1));
        if (from && to)
            return between(project, *from, *to, type);
    }
    return fail(
        ErrorKind::NotFound,
        QCoreApplication::translate("gw::cli::model_support",
                                    "\"%1\" is neither a link id nor FROM/TO naming two elements of the model.")
            .arg(text));
}

QString describeInfluence(Project &project, const Influence &influence)
{
    auto from = project.modelElement(influence.fromId);
    auto to = project.modelElement(influence.toId);
    return QStringLiteral("\u201C%1\u201D %2 \u201C%3\u201D")
        .arg(from ? from->name : QStringLiteral("?"), influence.typeName,
             to ? to->name : QStringLiteral("?"));
}

std::optional<double> unitNumber(const QCommandLineParser &parser, const QString &option, Io &io,
                                 const QString &verb)
{
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 1)) {
        io.err << QCoreApplication::translate("gw::cli::model_support",
                                              "groundwork-cli %1: --%2 must be a number from 0 to 1, not \"%3\".\n")
                      .arg(verb, option, parser.value(option));
        return std::nullopt;
    }
    return value;
}

} // namespace gw::cli
