// gw-manual-html SRCDIR OUTDIR: the user guide's Markdown chapters (SRCDIR/*.md)
// as HTML pages in OUTDIR, read by Help > Manual and by any browser. Links
// between chapters are turned from .md into .html; pictures keep their paths
// (the build writes them into OUTDIR/images). A build tool; not installed.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextDocument>
#include <cstdio>

namespace {

const char *const style = R"(
body { max-width: 54em; margin: 1.5em auto; padding: 0 1em; font-family: sans-serif; line-height: 1.45; }
h1 { font-size: 1.7em; } h2 { font-size: 1.3em; margin-top: 1.4em; } h3 { font-size: 1.1em; }
img { max-width: 100%; height: auto; border: 1px solid #c8c8c8; }
table { border-collapse: collapse; } td, th { border: 1px solid #c8c8c8; padding: 3px 6px; }
code { font-family: monospace; }
)";

int fail(const QString &message)
{
    std::fprintf(stderr, "gw-manual-html: %s\n", qPrintable(message));
    return 1;
}

QString pageFrom(const QString &markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    QString html = document.toHtml();
    // The page's own type and width, not the build machine's default font.
    html.replace(QRegularExpression(QStringLiteral("<body style=\"[^\"]*\">")), QStringLiteral("<body>"));
    html.replace(QRegularExpression(QStringLiteral("href=\"([^\":]+)\\.md(#[^\"]*)?\"")),
                 QStringLiteral("href=\"\\1.html\\2\""));
    // Screenshots are wider than a page: QTextBrowser draws pictures at the
    // width given, browsers scale them by the style above.
    html.replace(QRegularExpression(QStringLiteral("<img src=\"([^\"]+)\"")),
                 QStringLiteral("<img src=\"\\1\" width=\"720\""));
    const QRegularExpression heading(QStringLiteral("^#\\s+(.+)$"), QRegularExpression::MultilineOption);
    const QString title = heading.match(markdown).captured(1).trimmed();
    html.replace(QStringLiteral("</head>"), QStringLiteral("<title>%1</title>\n<style type=\"text/css\">%2</style>\n</head>")
                                                .arg(title.toHtmlEscaped(), QString::fromUtf8(style)));
    return html;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: gw-manual-html SRCDIR OUTDIR\n");
        return 2;
    }
    const QDir source(args[1]);
    const QStringList chapters = source.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    if (!chapters.contains(QStringLiteral("index.md")))
        return fail(QStringLiteral("%1 has no index.md").arg(args[1]));
    if (!QDir().mkpath(args[2]))
        return fail(QStringLiteral("cannot make %1").arg(args[2]));
    for (const QString &name : chapters) {
        QFile in(source.filePath(name));
        if (!in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(in.fileName()));
        QFile out(args[2] + u'/' + QFileInfo(name).completeBaseName() + QStringLiteral(".html"));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(pageFrom(QString::fromUtf8(in.readAll())).toUtf8()) < 0)
            return fail(QStringLiteral("cannot write %1").arg(out.fileName()));
    }
    return 0;
}
