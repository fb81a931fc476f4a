// groundwork-cli: every job on a project without a window. Wiring only: the
// verbs live one per file beside this one.
#include "app/cli/man_page.h"
#include "app/cli/verbs.h"
#include "core/log.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstring>

using namespace gw::cli;

namespace {

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Verb>> &verbs)
{
    out << QCoreApplication::translate("gw::cli::main",
                                       "Usage: groundwork-cli VERB [OPTIONS] [ARGS]\n\n"
                                       "Work on a Groundwork project (a .groundwork file) without the window.\n"
                                       "Every verb but init takes the project as -p FILE (or $GROUNDWORK_PROJECT);\n"
                                       "--json prints one JSON document; VERB --help explains a verb.\n\nVerbs:\n");
    for (const auto &verb : verbs)
        out << "  " << verb->name().leftJustified(23) << verb->summary() << '\n';
    out << QCoreApplication::translate("gw::cli::main",
                                       "\nExit status: 0 done, 1 the job ran but something in it failed, 2 bad "
                                       "usage or a\n"
                                       "project that cannot be opened.\n");
}

} // namespace

int main(int argc, char **argv)
{
    // Drawing a figure (export data-structure -o F.svg, snapshot figure) needs fonts, and fonts
    // need a QGuiApplication; the offscreen platform needs no display. Every
    // other verb stays a plain QCoreApplication.
    const bool drawing = argc > 1 && (std::strcmp(argv[1], "export") == 0 || std::strcmp(argv[1], "matrix") == 0 ||
                                      std::strcmp(argv[1], "cooccurrence") == 0 || std::strcmp(argv[1], "saturation") == 0 ||
                                      (argc > 2 && std::strcmp(argv[1], "snapshot") == 0 &&
                                       std::strcmp(argv[2], "figure") == 0));
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Groundwork"));
    QCoreApplication::setOrganizationName(QStringLiteral("Groundwork"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GROUNDWORK_VERSION));
    gw::initLogging(gw::LogTarget::Stderr);
    // It speaks the system's language (LANG, LC_MESSAGES) where it has a
    // translation; the manual page the build writes stays English. Installed
    // before the verbs are made, as they translate their help when made.
    const bool manual = argc > 1 && std::strcmp(argv[1], "--man") == 0;
    QTranslator translator;
    if (!manual && translator.load(QLocale::system(), QStringLiteral("groundwork-cli"), QStringLiteral("_"),
                                   QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
        gw::installCoreTranslation(QLocale::system(), app.get());
    }

    QTextStream out(stdout), err(stderr);
    Io io{out, err};
    const auto verbs = allVerbs();
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") ||
        args[1] == QLatin1String("help")) {
        printUsage(out, verbs);
        return args.size() < 2 ? Usage : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        out << "groundwork-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    if (args[1] == QLatin1String("--man")) { // the build writes the manual page so
        QFile file(args.value(2));
        if (args.size() != 3 || !file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            err << QCoreApplication::translate("gw::cli::main", "groundwork-cli --man FILE: cannot write \"%1\".\n")
                       .arg(args.value(2));
            return Usage;
        }
        file.write(manPage(verbs, QCoreApplication::applicationVersion()).toUtf8());
        return file.error() == QFileDevice::NoError ? Ok : Failed;
    }
    // A verb is one word ("init") or two ("code add"); the longest match wins.
    const Verb *verb = nullptr;
    int words = 0;
    for (const auto &candidate : verbs) {
        const QStringList name = candidate->name().split(QLatin1Char(' '));
        if (name.size() > words && args.size() > name.size() && args.mid(1, name.size()) == name) {
            verb = candidate.get();
            words = int(name.size());
        }
    }
    if (!verb) {
        err << QCoreApplication::translate("gw::cli::main", "groundwork-cli: unknown verb \"%1\".\n\n")
                   .arg(args.mid(1, 2).join(QLatin1Char(' ')));
        printUsage(err, verbs);
        return Usage;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(verb->description());
    parser.addHelpOption();
    verb->addOptions(parser);
    const QStringList verbArgs = QStringList{QStringLiteral("groundwork-cli ") + verb->name()} + args.mid(1 + words);
    if (!parser.parse(verbArgs)) {
        err << "groundwork-cli " << verb->name() << ": " << parser.errorText() << "\n";
        return Usage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << verbHelp(*verb);
        return Ok;
    }
    const int code = verb->run(parser, io);
    out.flush();
    err.flush();
    return code;
}
