// segment add / segments: coding passages and reading them back.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

std::optional<qint64> offset(const QCommandLineParser &parser, const QString &option)
{
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    return ok && value >= 0 ? std::optional(value) : std::nullopt;
}

class SegmentAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("segment add"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::segment", "Code a passage of a source with a code.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::segment",
            "Code the characters [START, END) of a source with a code. Offsets count\n"
            "characters (Unicode code points) from 0; END is not included. The code must\n"
            "exist (see 'code add').");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("source"),
                          QCoreApplication::translate("gw::cli::segment", "The source's name."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("start"),
                          QCoreApplication::translate("gw::cli::segment", "First character, from 0."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("end"),
                          QCoreApplication::translate("gw::cli::segment", "One past the last character."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("code"), QCoreApplication::translate("gw::cli::segment", "The code's name."),
                          QStringLiteral("NAME")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const auto start = offset(parser, QStringLiteral("start"));
        const auto end = offset(parser, QStringLiteral("end"));
        if (!parser.isSet(QStringLiteral("source")) || !parser.isSet(QStringLiteral("code")) || !start || !end) {
            io.err << QCoreApplication::translate("gw::cli::segment",
                                                  "groundwork-cli segment add: give --source NAME --start N --end N "
                                                  "--code NAME (N a whole number from 0).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto source = project->sourceByName(parser.value(QStringLiteral("source")));
        if (!source)
            return reportError(io, source.error());
        auto code = project->codeByName(parser.value(QStringLiteral("code")));
        if (!code)
            return reportError(io, code.error());
        auto id = project->applyCode(source->id, code->id, *start, *end);
        if (!id)
            return reportError(io, id.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("segment"), qint64(*id)}}));
        else
            io.out << QCoreApplication::translate("gw::cli::segment", "Coded %1 [%2, %3) with \"%4\"\n")
                          .arg(source->name, QString::number(*start), QString::number(*end), code->name);
        return Ok;
    }
};

class SegmentsVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("segments"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::segment", "Show every segment of a code with its text.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("CODE"),
                                     QCoreApplication::translate("gw::cli::segment", "The code's name."));
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::segment",
                                                  "groundwork-cli segments: give the CODE's name.\n");
            return Usage;
        }
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto code = project->codeByName(args[0]);
        if (!code)
            return reportError(io, code.error());
        auto segments = project->segmentsOfCode(code->id);
        if (!segments)
            return reportError(io, segments.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const SegmentInfo &s : *segments)
                array.append(QJsonObject{{QStringLiteral("id"), qint64(s.id)},
                                         {QStringLiteral("source"), s.sourceName},
                                         {QStringLiteral("start"), qint64(s.start)},
                                         {QStringLiteral("end"), qint64(s.end)},
                                         {QStringLiteral("coder"), s.coder},
                                         {QStringLiteral("text"), s.text},
                                         {QStringLiteral("guid"), s.guid}});
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("code"), code->name},
                                                    {QStringLiteral("segments"), array}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::segment", "%1: %2 segments\n")
                      .arg(code->name, QString::number(segments->size()));
        for (const SegmentInfo &s : *segments)
            //: A segment's heading: #id, its source, its range [start, end) and its coder.
            io.out << '\n'
                   << QCoreApplication::translate("gw::cli::segment", "#%1 %2 [%3, %4) by %5")
                          .arg(QString::number(s.id), s.sourceName, QString::number(s.start), QString::number(s.end),
                               s.coder)
                   << "\n  " << QString(s.text).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeSegmentAddVerb() { return std::make_unique<SegmentAddVerb>(); }
std::unique_ptr<Verb> makeSegmentsVerb() { return std::make_unique<SegmentsVerb>(); }

} // namespace gw::cli
