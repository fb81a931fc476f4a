// audit: the restructuring history (who, when, what, why), newest first.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class AuditVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::audit", "Show the audit log of restructuring.");
    }

    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption(
            {QStringLiteral("action"),
             QCoreApplication::translate("gw::cli::audit", "Only actions starting with this (code.merge, theme.)."),
             QStringLiteral("PREFIX")});
        parser.addOption({QStringLiteral("by"),
                          QCoreApplication::translate("gw::cli::audit", "Only this coder's entries."),
                          QStringLiteral("NAME")});
        parser.addOption({QStringLiteral("grep"),
                          QCoreApplication::translate("gw::cli::audit", "Only entries mentioning this text."),
                          QStringLiteral("TEXT")});
        parser.addOption({QStringLiteral("limit"), QCoreApplication::translate("gw::cli::audit", "At most N entries."),
                          QStringLiteral("N")});
    }

    int run(const QCommandLineParser &parser, Io &io) const override
    {
        AuditFilter filter{.actionPrefix = parser.value(QStringLiteral("action")),
                           .coder = parser.value(QStringLiteral("by")),
                           .text = parser.value(QStringLiteral("grep")),
                           .limit = parser.value(QStringLiteral("limit")).toInt()};
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto entries = project->auditLog(filter);
        if (!entries)
            return reportError(io, entries.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const AuditEntry &e : *entries)
                array.append(QJsonObject{{QStringLiteral("id"), qint64(e.id)},
                                         {QStringLiteral("at"), e.at},
                                         {QStringLiteral("coder"), e.coder},
                                         {QStringLiteral("action"), e.action},
                                         {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
                                         {QStringLiteral("why"), e.why}});
            writeJson(io, QJsonDocument(array));
            return Ok;
        }
        for (const AuditEntry &e : *entries) {
            io.out << e.at << "  " << e.coder << "  " << e.action << "  " << e.details;
            if (!e.why.isEmpty())
                //: Before the reason a coder gave for a restructuring.
                io.out << "  " << QCoreApplication::translate("gw::cli::audit", "why: %1").arg(e.why);
            io.out << '\n';
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeAuditVerb() { return std::make_unique<AuditVerb>(); }

} // namespace gw::cli
