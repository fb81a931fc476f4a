// snapshot take|list|diff|figure: named snapshots of the data structure and
// what changed between them, for the team's minutes.
#include "core/structure/structure_diff.h"

#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace gw::cli {

namespace {

class SnapshotTakeVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("snapshot take"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::snapshot", "Keep the data structure as it is now, by name.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::snapshot",
                                                                 "e.g. \"after the May team meeting\"."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::snapshot",
                                                  "groundwork-cli snapshot take: give the snapshot's NAME (quoted).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto id = project->takeSnapshot(args[0]);
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                                    {QStringLiteral("name"), args[0].simplified()}}));
        else
            io.out << QCoreApplication::translate("gw::cli::snapshot", "Took snapshot \"%1\"\n")
                          .arg(args[0].simplified());
        return Ok;
    }
};

class SnapshotListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("snapshot list"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::snapshot", "List the data structure's named snapshots.");
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
        auto list = project->snapshots();
        if (!list)
            return reportError(io, list.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray out;
            for (const SnapshotInfo &s : *list)
                out.append(QJsonObject{{QStringLiteral("name"), s.name},
                                       {QStringLiteral("coder"), s.coder},
                                       {QStringLiteral("created"), s.created}});
            writeJson(io, QJsonDocument(out));
            return Ok;
        }
        if (list->empty())
            io.out << QCoreApplication::translate("gw::cli::snapshot", "No snapshots yet (snapshot take NAME).\n");
        for (const SnapshotInfo &s : *list)
            io.out << s.created.left(16) << "  " << s.coder.leftJustified(12) << "  " << s.name << '\n';
        return Ok;
    }
};

// diff and figure: A [B], B defaulting to now.
class SnapshotCompareVerb final : public Verb
{
public:
    explicit SnapshotCompareVerb(bool figure) : m_figure(figure) {}
    QString name() const override
    {
        return m_figure ? QStringLiteral("snapshot figure") : QStringLiteral("snapshot diff"); // data
    }
    QString summary() const override
    {
        return m_figure ? QCoreApplication::translate("gw::cli::snapshot",
                                                      "The Gioia figure with changes since a snapshot marked.")
                        : QCoreApplication::translate("gw::cli::snapshot",
                                                      "What changed in the data structure between snapshots.");
    }
    QString description() const override
    {
        return m_figure ? QCoreApplication::translate(
                              "gw::cli::snapshot",
                              "Draw the data structure as snapshot B (default: now) with what changed since\n"
                              "snapshot A marked: new boxes outlined green, moved ones amber, renamed ones blue\n"
                              "with their old name; removed and merged items listed under the figure.\n\n"
                              "Example: groundwork-cli snapshot figure -p study.groundwork \"May meeting\" "
                              "--format png -o changes.png")
                        : QCoreApplication::translate(
                              "gw::cli::snapshot",
                              "What changed between snapshot A and snapshot B (default: now): codes added,\n"
                              "removed, merged, moved or renamed; themes and dimensions added, removed, renamed\n"
                              "or moved. As text (Markdown, for the team's minutes) or JSON.\n\n"
                              "Example: groundwork-cli snapshot diff -p study.groundwork \"May meeting\" -o minutes.md");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("format"),
                          m_figure ? QCoreApplication::translate("gw::cli::snapshot",
                                                                 "svg, pdf or png (default: from -o's suffix).")
                                   : QCoreApplication::translate("gw::cli::snapshot", "md (default) or json."),
                          QStringLiteral("FORMAT")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QCoreApplication::translate("gw::cli::snapshot", "Write to FILE instead of the screen."),
                          QStringLiteral("FILE")});
        parser.addPositionalArgument(QStringLiteral("A"),
                                     QCoreApplication::translate("gw::cli::snapshot", "The earlier snapshot."));
        parser.addPositionalArgument(QStringLiteral("B"),
                                     QCoreApplication::translate("gw::cli::snapshot",
                                                                 "The later snapshot (default: now)."),
                                     QStringLiteral("[B]"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.isEmpty() || args.size() > 2) {
            io.err << QCoreApplication::translate("gw::cli::snapshot", "groundwork-cli %1: give snapshot A and "
                                                                       "optionally B (default: now).\n")
                          .arg(name());
            return Usage;
        }
        const QString output = parser.value(QStringLiteral("output"));
        QString format = parser.value(QStringLiteral("format")).toLower();
        if (m_figure && output.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::snapshot",
                                                  "groundwork-cli snapshot figure: give -o FILE for the figure.\n");
            return Usage;
        }
        const bool json = parser.isSet(QStringLiteral("json"));
        if (format.isEmpty())
            format = m_figure ? output.section(QLatin1Char('.'), -1).toLower() : json ? QStringLiteral("json") : QStringLiteral("md");
        const auto figureFormat = figureFormatFromString(format);
        if ((m_figure && !figureFormat) || (!m_figure && format != QLatin1String("md") && format != QLatin1String("json"))) {
            const QString message =
                m_figure ? QCoreApplication::translate("gw::cli::snapshot",
                                                       "groundwork-cli %1: --format is svg, pdf or png, not \"%2\".\n")
                         : QCoreApplication::translate("gw::cli::snapshot",
                                                       "groundwork-cli %1: --format is md or json, not \"%2\".\n");
            io.err << message.arg(name(), format);
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto diff = diffSnapshots(*project, args[0], args.value(1));
        if (!diff)
            return reportError(io, diff.error());
        if (m_figure) {
            auto after = snapshotOrNow(*project, args.value(1));
            if (!after)
                return reportError(io, after.error());
            FigureOptions options;
            options.marks = diffToFigureMarks(*diff);
            if (auto ok = writeGioiaFigure(*after, *figureFormat, options, output); !ok)
                return reportError(io, ok.error());
            if (json)
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), output},
                                                        {QStringLiteral("changes"), qint64(diff->changes.size())}}));
            else
                io.out << QCoreApplication::translate("gw::cli::snapshot", "Wrote %1 (%2 changes marked)\n")
                              .arg(output, QString::number(diff->changes.size()));
            return Ok;
        }
        const QByteArray bytes = format == QLatin1String("json")
                                     ? QJsonDocument(diffToJson(*diff)).toJson(QJsonDocument::Indented)
                                     : diffToMarkdown(*diff).toUtf8();
        if (output.isEmpty()) {
            io.out << QString::fromUtf8(bytes);
            return Ok;
        }
        QSaveFile file(output);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return reportError(io, Error{ErrorKind::Io,
                                         QCoreApplication::translate("gw::cli::snapshot", "Cannot write %1: %2")
                                             .arg(output, file.errorString())});
        if (json)
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("path"), output},
                                                    {QStringLiteral("changes"), qint64(diff->changes.size())}}));
        else
            io.out << QCoreApplication::translate("gw::cli::snapshot", "Wrote %1 (%2 changes)\n")
                          .arg(output, QString::number(diff->changes.size()));
        return Ok;
    }

private:
    bool m_figure;
};

} // namespace

std::unique_ptr<Verb> makeSnapshotTakeVerb() { return std::make_unique<SnapshotTakeVerb>(); }
std::unique_ptr<Verb> makeSnapshotListVerb() { return std::make_unique<SnapshotListVerb>(); }
std::unique_ptr<Verb> makeSnapshotDiffVerb() { return std::make_unique<SnapshotCompareVerb>(false); }
std::unique_ptr<Verb> makeSnapshotFigureVerb() { return std::make_unique<SnapshotCompareVerb>(true); }

} // namespace gw::cli
