// comment add|reply|resolve|reopen|list: review threads on the hierarchy.
#include "app/cli/common.h"
#include "app/cli/verbs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

const QString kTargetKinds[] = {QStringLiteral("code"), QStringLiteral("theme"), QStringLiteral("dimension"),
                                QStringLiteral("influence")};

void addTargetOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("code"), QCoreApplication::translate("gw::cli::comment", "On the code NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("theme"), QCoreApplication::translate("gw::cli::comment", "On the theme NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dimension"),
                      QCoreApplication::translate("gw::cli::comment", "On the dimension NAME."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("influence"),
                      QCoreApplication::translate("gw::cli::comment", "On the model link with id ID."),
                      QStringLiteral("ID")});
}

// The target named by --code/--theme/--dimension/--influence; none when none is set.
Result<std::optional<ReviewTarget>> targetOf(const QCommandLineParser &parser, Project &project)
{
    std::optional<ReviewTarget> target;
    for (const QString &kind : kTargetKinds) {
        if (!parser.isSet(kind))
            continue;
        if (target)
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::cli::comment",
                                                    "Give one of --code, --theme, --dimension or --influence."));
        const QString value = parser.value(kind);
        Result<Id> id = 0;
        if (kind == QLatin1String("code")) {
            auto c = project.codeByName(value);
            id = c ? Result<Id>(c->id) : std::unexpected(c.error());
        } else if (kind == QLatin1String("theme")) {
            auto t = project.themeByName(value);
            id = t ? Result<Id>(t->id) : std::unexpected(t.error());
        } else if (kind == QLatin1String("dimension")) {
            auto d = project.dimensionByName(value);
            id = d ? Result<Id>(d->id) : std::unexpected(d.error());
        } else {
            bool ok = false;
            id = value.toLongLong(&ok);
            if (!ok)
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::comment",
                                                        "--influence takes the link's number, not \"%1\".")
                                .arg(value));
        }
        if (!id)
            return std::unexpected(id.error());
        target = ReviewTarget{kind, *id};
    }
    return target;
}

QJsonObject toJson(const ReviewThread &t)
{
    QJsonArray comments;
    for (const ReviewComment &c : t.comments)
        comments.append(QJsonObject{{QStringLiteral("id"), qint64(c.id)},
                                    {QStringLiteral("author"), c.author},
                                    {QStringLiteral("text"), c.text},
                                    {QStringLiteral("created"), c.created}});
    return QJsonObject{{QStringLiteral("id"), qint64(t.id)},
                       {QStringLiteral("on"), t.target.kind},
                       {QStringLiteral("targetId"), qint64(t.target.id)},
                       {QStringLiteral("target"), t.targetName},
                       {QStringLiteral("state"), t.resolved ? QStringLiteral("resolved") : QStringLiteral("open")},
                       {QStringLiteral("resolvedBy"), t.resolvedBy},
                       {QStringLiteral("resolvedAt"), t.resolvedAt},
                       {QStringLiteral("comments"), comments}};
}

// The kind of a thread's target in words, for the text output (the kind itself stays as stored).
QString kindWord(const QString &kind)
{
    //: What a comment thread is on, as in "Opened thread 3 on code \"Trust\"".
    if (kind == QLatin1String("code"))
        return QCoreApplication::translate("gw::cli::comment", "code");
    //: What a comment thread is on, as in "Opened thread 3 on theme \"Trust\"".
    if (kind == QLatin1String("theme"))
        return QCoreApplication::translate("gw::cli::comment", "theme");
    //: What a comment thread is on, as in "Opened thread 3 on dimension \"Trust\"".
    if (kind == QLatin1String("dimension"))
        return QCoreApplication::translate("gw::cli::comment", "dimension");
    //: What a comment thread is on: a link of the model, as in "Opened thread 3 on influence 12".
    if (kind == QLatin1String("influence"))
        return QCoreApplication::translate("gw::cli::comment", "influence");
    return kind;
}

QString describe(const ReviewThread &t)
{
    return t.targetName.isEmpty() ? QStringLiteral("%1 %2").arg(kindWord(t.target.kind)).arg(t.target.id)
                                  : QStringLiteral("%1 \"%2\"").arg(kindWord(t.target.kind), t.targetName);
}

Result<Id> threadArgument(const QStringList &args)
{
    bool ok = false;
    const Id id = args.isEmpty() ? 0 : args.first().toLongLong(&ok);
    if (!ok)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::comment", "Give the thread's number (see comment list)."));
    return id;
}

class CommentAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("comment add"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::comment",
                                           "Open a comment thread on a code, theme, dimension or link.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addTargetOptions(parser);
        parser.addPositionalArgument(QStringLiteral("TEXT"),
                                     QCoreApplication::translate("gw::cli::comment", "The comment."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1) {
            io.err << QCoreApplication::translate("gw::cli::comment",
                                                  "groundwork-cli comment add: give the comment TEXT (quoted) and "
                                                  "--code/--theme/--dimension NAME.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto target = targetOf(parser, *project);
        if (!target)
            return reportError(io, target.error(), Usage);
        if (!*target) {
            io.err << QCoreApplication::translate("gw::cli::comment", "groundwork-cli comment add: say what it is on: "
                                                                      "--code, --theme, --dimension or --influence.\n");
            return Usage;
        }
        auto id = project->openThread(**target, args[0]);
        if (!id)
            return reportError(io, id.error());
        auto thread = project->thread(*id);
        if (!thread)
            return reportError(io, thread.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(toJson(*thread)));
        else
            io.out << QCoreApplication::translate("gw::cli::comment", "Opened thread %1 on %2\n")
                          .arg(QString::number(*id), describe(*thread));
        return Ok;
    }
};

// reply, resolve and reopen: one thread by its number.
class CommentThreadVerb final : public Verb
{
public:
    enum class Action { Reply, Resolve, Reopen };
    explicit CommentThreadVerb(Action action) : m_action(action) {}
    QString name() const override
    {
        return m_action == Action::Reply     ? QStringLiteral("comment reply")   // data
               : m_action == Action::Resolve ? QStringLiteral("comment resolve") // data
                                             : QStringLiteral("comment reopen"); // data
    }
    QString summary() const override
    {
        return m_action == Action::Reply
                   ? QCoreApplication::translate("gw::cli::comment", "Reply to a comment thread.")
               : m_action == Action::Resolve
                   ? QCoreApplication::translate("gw::cli::comment", "Mark a comment thread resolved.")
                   : QCoreApplication::translate("gw::cli::comment", "Open a resolved comment thread again.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(QStringLiteral("THREAD"),
                                     QCoreApplication::translate("gw::cli::comment",
                                                                 "The thread's number (comment list)."));
        if (m_action == Action::Reply)
            parser.addPositionalArgument(QStringLiteral("TEXT"),
                                         QCoreApplication::translate("gw::cli::comment", "The reply."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != (m_action == Action::Reply ? 2 : 1)) {
            const QString message =
                m_action == Action::Reply
                    ? QCoreApplication::translate("gw::cli::comment", "groundwork-cli %1: give THREAD and TEXT.\n")
                    : QCoreApplication::translate("gw::cli::comment", "groundwork-cli %1: give THREAD.\n");
            io.err << message.arg(name());
            return Usage;
        }
        auto id = threadArgument(args);
        if (!id)
            return reportError(io, id.error(), Usage);
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        Status done;
        if (m_action == Action::Reply) {
            if (auto comment = project->addComment(*id, args[1]); !comment)
                done = std::unexpected(comment.error());
        } else {
            done = m_action == Action::Resolve ? project->resolveThread(*id) : project->reopenThread(*id);
        }
        if (!done)
            return reportError(io, done.error());
        auto thread = project->thread(*id);
        if (!thread)
            return reportError(io, thread.error());
        if (parser.isSet(QStringLiteral("json")))
            writeJson(io, QJsonDocument(toJson(*thread)));
        else
            io.out << (m_action == Action::Reply
                           ? QCoreApplication::translate("gw::cli::comment", "Replied to thread %1 on %2\n")
                       : m_action == Action::Resolve
                           ? QCoreApplication::translate("gw::cli::comment", "Resolved thread %1 on %2\n")
                           : QCoreApplication::translate("gw::cli::comment", "Reopened thread %1 on %2\n"))
                          .arg(QString::number(*id), describe(*thread));
        return Ok;
    }

private:
    Action m_action;
};

class CommentListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("comment list"); } // data
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::comment", "List comment threads (the review panel).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        addTargetOptions(parser);
        parser.addOption(
            {QStringLiteral("open"), QCoreApplication::translate("gw::cli::comment", "Only threads still open.")});
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto target = targetOf(parser, *project);
        if (!target)
            return reportError(io, target.error(), Usage);
        auto threads = project->threads(parser.isSet(QStringLiteral("open")), *target);
        if (!threads)
            return reportError(io, threads.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const ReviewThread &t : *threads)
                list.append(toJson(t));
            writeJson(io, QJsonDocument(list));
            return Ok;
        }
        if (threads->empty())
            io.out << QCoreApplication::translate("gw::cli::comment", "No comment threads.\n");
        for (const ReviewThread &t : *threads) {
            //: The state of a thread in the list, as in "#3 on code \"Trust\" [resolved by ana]".
            const QString resolved = QCoreApplication::translate("gw::cli::comment", "resolved by %1");
            //: The state of a thread in the list, as in "#3 on code \"Trust\" [open]".
            const QString state = t.resolved ? resolved.arg(t.resolvedBy)
                                             : QCoreApplication::translate("gw::cli::comment", "open");
            //: A thread in the list: its number, what it is on, and its state.
            io.out << QCoreApplication::translate("gw::cli::comment", "#%1 on %2 [%3]\n")
                          .arg(QString::number(t.id), describe(t), state);
            for (const ReviewComment &c : t.comments)
                io.out << "    " << c.author << " (" << c.created.left(16) << "): " << c.text << '\n';
        }
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeCommentAddVerb() { return std::make_unique<CommentAddVerb>(); }
std::unique_ptr<Verb> makeCommentReplyVerb()
{
    return std::make_unique<CommentThreadVerb>(CommentThreadVerb::Action::Reply);
}
std::unique_ptr<Verb> makeCommentResolveVerb()
{
    return std::make_unique<CommentThreadVerb>(CommentThreadVerb::Action::Resolve);
}
std::unique_ptr<Verb> makeCommentReopenVerb()
{
    return std::make_unique<CommentThreadVerb>(CommentThreadVerb::Action::Reopen);
}
std::unique_ptr<Verb> makeCommentListVerb() { return std::make_unique<CommentListVerb>(); }

} // namespace gw::cli
