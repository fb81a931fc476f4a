#include "app/cli/man_page.h"

#include "core/export/roff.h"

#include <QCoreApplication>

namespace gw::cli {


QString verbHelp(const Verb &verb)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(verb.description());
    parser.addHelpOption();
    verb.addOptions(parser);
    // Qt names the program by its full path; say it the way the user types it.
    QString help = parser.helpText();
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype programEnd = help.indexOf(QStringLiteral("groundwork-cli")) + 14;
    //: The first line of a verb's --help; %1 is the verb, as "code add".
    const QString usage = QCoreApplication::translate("gw::cli::man_page", "Usage: groundwork-cli %1").arg(verb.name());
    if (programEnd > 14 && programEnd < lineEnd)
        help.replace(0, programEnd, usage);
    else if (lineEnd > 0) // run under another name (the build's own run)
        help.replace(0, help.indexOf(QLatin1Char(' '), 7), usage);
    return help;
}

QString manPage(const std::vector<std::unique_ptr<Verb>> &verbs, const QString &version)
{
    QString page;
    // The page's own words are the roff file's content and stay English, as
    // the build writes the page in English.
    page += QStringLiteral(".TH GROUNDWORK-CLI 1 \"\" \"Groundwork %1\" \"User Commands\"\n").arg(version); // data
    page += QStringLiteral(".SH NAME\ngroundwork-cli \\- work on a Groundwork project without the window\n"); // data
    page += QStringLiteral(".SH SYNOPSIS\n.B groundwork-cli\n.I VERB\n[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n"); // data
    page += QStringLiteral(
        ".SH DESCRIPTION\n" // data
        "Groundwork is a workbench for qualitative research: import transcripts and documents, " // data
        "code them, roll the codes up into themes and aggregate dimensions, and write the study up. " // data
        "groundwork-cli does every job on a project (a .groundwork file) without the window. " // data
        "Every verb but init takes the project as \\fB-p\\fR \\fIFILE\\fR (or $GROUNDWORK_PROJECT); " // data
        "\\fB--json\\fR prints one JSON document.\n"); // data
    page += QStringLiteral(".SH VERBS\n"); // data
    for (const auto &verb : verbs)
        page += QStringLiteral(".TP\n.B %1\n%2\n").arg(verb->name(), roffText(verb->summary()));
    page += QStringLiteral(".SH VERBS IN DETAIL\n"); // data
    for (const auto &verb : verbs)
        page += QStringLiteral(".SS %1\n.nf\n%2\n.fi\n").arg(verb->name(), roffText(verbHelp(*verb).trimmed()));
    page += QStringLiteral(".SH EXIT STATUS\n" // data
                           "0 done, 1 the job ran but something in it failed, 2 bad usage or a " // data
                           "project that cannot be opened.\n"); // data
    page += QStringLiteral(".SH SEE ALSO\n.BR groundwork (1)\n"); // data
    return page;
}

} // namespace gw::cli
