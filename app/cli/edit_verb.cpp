#include "app/cli/edit_verb.h"

#include <QJsonDocument>

namespace gw::cli {

void EditVerb::addOptions(QCommandLineParser &parser) const
{
    addProjectOptions(parser);
    addJsonOption(parser);
    addArguments(parser);
}

int EditVerb::run(const QCommandLineParser &parser, Io &io) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() < minimumArguments()) {
        io.err << "groundwork-cli " << name() << ": " << usage() << '\n';
        return Usage;
    }
    auto project = openProject(parser, io);
    if (!project)
        return Usage;
    auto changed = edit(*project, parser, args);
    if (!changed) {
        const ErrorKind kind = changed.error().kind;
        return reportError(io, changed.error(), kind == ErrorKind::Io || kind == ErrorKind::Database ? Failed : Usage);
    }
    if (parser.isSet(QStringLiteral("json")))
        writeJson(io, QJsonDocument(changed->json));
    else
        io.out << changed->said << '\n';
    return Ok;
}

FunctionEditVerb::FunctionEditVerb(QString name, QString summary, QString usage, int arguments,
                                   std::function<void(QCommandLineParser &)> options, Edit edit)
    : m_name(std::move(name)), m_summary(std::move(summary)), m_usage(std::move(usage)), m_arguments(arguments),
      m_options(std::move(options)), m_edit(std::move(edit))
{
}

} // namespace gw::cli
