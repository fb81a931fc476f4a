// The edits the workbench makes on codes, themes, dimensions, segments and
// memos, as verbs (each audited where the workbench's is; --json says what
// changed, with ids and GUIDs):
//   code stage NAME open|focused|first-order, code define NAME TEXT,
//   code colour NAME #RRGGBB, code archive NAME [--restore],
//   theme rename NAME NEW, dimension rename NAME NEW,
//   segment remove ID, memo add --on TARGET TITLE [--body TEXT], memo list,
//   memo edit ID [--title T] [--body B], memo remove ID.
#include "app/cli/common.h"
#include "core/model/memo_target.h"
#include "app/cli/verbs.h"

#include <QColor>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <functional>

namespace gw::cli {

namespace {

// A verb on one named code: NAME, then ARGS more positional arguments.
class CodeEditVerb final : public Verb
{
public:
    using Edit = std::function<Status(Project &, const CodeInfo &, const QStringList &, const QCommandLineParser &)>;
    CodeEditVerb(QString verb, QString summary, QStringList args, Edit edit, bool restoreOption = false)
        : m_verb(std::move(verb)), m_summary(std::move(summary)), m_args(std::move(args)), m_edit(std::move(edit)),
          m_restore(restoreOption)
    {
    }
    QString name() const override { return m_verb; }
    QString summary() const override { return m_summary; }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        if (m_restore)
            parser.addOption({QStringLiteral("restore"),
                              QCoreApplication::translate("gw::cli::tier_edits", "Take it out of the archive again.")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::tier_edits", "The code."));
        for (const QString &a : m_args)
            parser.addPositionalArgument(a, a);
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 1 + m_args.size()) {
            if (m_args.isEmpty()) {
                io.err << QCoreApplication::translate("gw::cli::tier_edits",
                                                      "groundwork-cli %1: give the code's NAME (quote names with "
                                                      "spaces).\n")
                              .arg(m_verb);
            } else {
                //: %1 is the verb, %2 what it takes after the NAME, e.g. STAGE.
                io.err << QCoreApplication::translate(
                              "gw::cli::tier_edits",
                              "groundwork-cli %1: give the code's NAME and %2 (quote names with spaces).\n")
                              .arg(m_verb, m_args.join(QStringLiteral(", ")));
            }
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto code = project->codeByName(args[0]);
        if (!code) {
            io.err << "groundwork-cli " << m_verb << ": " << code.error().message << '\n';
            return Usage;
        }
        if (auto ok = m_edit(*project, *code, args.mid(1), parser); !ok)
            return reportError(io, ok.error(), ok.error().kind == ErrorKind::InvalidInput ? Usage : Failed);
        auto after = project->code(code->id);
        if (!after)
            return reportError(io, after.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(after->id)},
                                                    {QStringLiteral("guid"), after->guid},
                                                    {QStringLiteral("name"), after->name},
                                                    {QStringLiteral("stage"), toString(after->stage)},
                                                    {QStringLiteral("color"), after->color},
                                                    {QStringLiteral("definition"), after->definition},
                                                    {QStringLiteral("archived"), after->archived}}));
            return Ok;
        }
        //: %1 is the code, %2 its stage as typed (open, focused or first-order), %3 its colour (#RRGGBB).
        io.out << (after->archived ? QCoreApplication::translate("gw::cli::tier_edits", "Code \"%1\": %2, %3, archived")
                                   : QCoreApplication::translate("gw::cli::tier_edits", "Code \"%1\": %2, %3"))
                      .arg(after->name, toString(after->stage), after->color)
               << '\n';
        return Ok;
    }

private:
    QString m_verb, m_summary;
    QStringList m_args;
    Edit m_edit;
    bool m_restore;
};

// theme rename / dimension rename.
class TierRenameVerb final : public Verb
{
public:
    explicit TierRenameVerb(bool theme) : m_theme(theme) {}
    QString name() const override
    {
        return m_theme ? QStringLiteral("theme rename") : QStringLiteral("dimension rename"); // data: verb names
    }
    QString summary() const override
    {
        return m_theme ? QCoreApplication::translate("gw::cli::tier_edits", "Rename a theme (audited).")
                       : QCoreApplication::translate("gw::cli::tier_edits", "Rename a dimension (audited).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("why"),
                          QCoreApplication::translate("gw::cli::tier_edits", "Why, for the audit log."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::tier_edits", "Its name now."));
        parser.addPositionalArgument(QStringLiteral("NEW"),
                                     QCoreApplication::translate("gw::cli::tier_edits", "Its new name."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QStringList args = parser.positionalArguments();
        if (args.size() != 2) {
            io.err << QCoreApplication::translate("gw::cli::tier_edits",
                                                  "groundwork-cli %1: give its NAME and its NEW name.\n")
                          .arg(name());
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        const QString why = parser.value(QStringLiteral("why"));
        Id id = 0;
        QString guid;
        if (m_theme) {
            auto t = project->themeByName(args[0]);
            if (!t) {
                io.err << "groundwork-cli " << name() << ": " << t.error().message << '\n';
                return Usage;
            }
            id = t->id;
            guid = t->guid;
            if (auto ok = project->renameTheme(id, args[1], why); !ok)
                return reportError(io, ok.error(), Usage);
        } else {
            auto d = project->dimensionByName(args[0]);
            if (!d) {
                io.err << "groundwork-cli " << name() << ": " << d.error().message << '\n';
                return Usage;
            }
            id = d->id;
            guid = d->guid;
            if (auto ok = project->renameDimension(id, args[1], why); !ok)
                return reportError(io, ok.error(), Usage);
        }
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("id"), qint64(id)},
                                                    {QStringLiteral("guid"), guid},
                                                    {QStringLiteral("before"), args[0]},
                                                    {QStringLiteral("name"), args[1].simplified()}}));
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::tier_edits", "Renamed \"%1\" to \"%2\".\n")
                      .arg(args[0], args[1].simplified());
        return Ok;
    }

private:
    bool m_theme;
};

class SegmentRemoveVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("segment remove"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::tier_edits", "Remove a coded segment by its id.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(
            QStringLiteral("ID"),
            QCoreApplication::translate("gw::cli::tier_edits", "The segment's id (segments lists them)."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        bool ok = false;
        const Id id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (parser.positionalArguments().size() != 1 || !ok || id <= 0) {
            io.err << QCoreApplication::translate(
                "gw::cli::tier_edits",
                "groundwork-cli segment remove: give the segment's ID (a number; segments lists them).\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto s = project->segment(id);
        if (!s) {
            io.err << "groundwork-cli " << name() << ": " << s.error().message << '\n';
            return Usage;
        }
        if (auto removed = project->removeSegment(id); !removed)
            return reportError(io, removed.error());
        if (parser.isSet(QStringLiteral("json"))) {
            writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), qint64(id)},
                                                    {QStringLiteral("guid"), s->guid},
                                                    {QStringLiteral("source"), s->sourceName},
                                                    {QStringLiteral("code"), s->codeName}}));
            return Ok;
        }
        //: %1 is the segment's id, %2 its code, %3 its source.
        io.out << QCoreApplication::translate("gw::cli::tier_edits", "Removed segment %1 (%2 in %3).\n")
                      .arg(id)
                      .arg(s->codeName, s->sourceName);
        return Ok;
    }
};

QJsonObject memoJson(const MemoInfo &m)
{
    return QJsonObject{{QStringLiteral("id"), qint64(m.id)},
                       {QStringLiteral("guid"), m.guid},
                       {QStringLiteral("title"), m.title},
                       {QStringLiteral("body"), m.body},
                       {QStringLiteral("on"), m.targetKind},
                       {QStringLiteral("target"), m.targetId ? QJsonValue(qint64(*m.targetId)) : QJsonValue()},
                       {QStringLiteral("coder"), m.coder},
                       {QStringLiteral("modified"), m.modified}};
}

class MemoAddVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("memo add"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::tier_edits",
                                           "Write a memo on the project, a source, code, theme or dimension.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        //: project, source, code, theme and dimension are what --on takes: they stay as they are.
        parser.addOption({QStringLiteral("on"),
                          QCoreApplication::translate(
                              "gw::cli::tier_edits",
                              "project (default), source:NAME, code:NAME, theme:NAME or dimension:NAME."),
                          QStringLiteral("TARGET"), QStringLiteral("project")});
        parser.addOption({QStringLiteral("body"),
                          QCoreApplication::translate("gw::cli::tier_edits", "The memo's text (Markdown)."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("TITLE"),
                                     QCoreApplication::translate("gw::cli::tier_edits", "The memo's title."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        const QString title = parser.positionalArguments().join(u' ').trimmed();
        if (title.isEmpty()) {
            io.err << QCoreApplication::translate("gw::cli::tier_edits",
                                                  "groundwork-cli memo add: give the memo's TITLE.\n");
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        const QString on = parser.value(QStringLiteral("on")).trimmed();
        const QString kind = on.section(u':', 0, 0).trimmed().toLower();
        const QString target = on.section(u':', 1).trimmed();
        auto id = memoTargetNamed(*project, kind, target);
        if (!id) {
            //: project, source, code, theme and dimension are what --on takes: they stay as they are.
            const QString usage = QCoreApplication::translate(
                "gw::cli::tier_edits", "--on is project, source:NAME, code:NAME, theme:NAME or dimension:NAME.");
            io.err << "groundwork-cli " << name() << ": "
                   << (id.error().kind == ErrorKind::InvalidInput ? usage : id.error().message) << '\n';
            return Usage;
        }
        auto memo = project->addMemo(kind, *id, title, parser.value(QStringLiteral("body")));
        if (!memo)
            return reportError(io, memo.error());
        if (parser.isSet(QStringLiteral("json"))) {
            auto all = project->memos();
            if (!all)
                return reportError(io, all.error());
            for (const MemoInfo &m : *all)
                if (m.id == *memo)
                    writeJson(io, QJsonDocument(memoJson(m)));
            return Ok;
        }
        if (kind == u"project") {
            io.out << QCoreApplication::translate("gw::cli::tier_edits", "Wrote the memo \"%1\" on the project.\n")
                          .arg(title);
        } else {
            //: %2 is the --on value as given, e.g. code:Trust.
            io.out << QCoreApplication::translate("gw::cli::tier_edits", "Wrote the memo \"%1\" on %2.\n")
                          .arg(title, on);
        }
        return Ok;
    }
};

class MemoListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("memo list"); } // data: the verb's name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::tier_edits", "List the memos (or those holding a text).");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addPositionalArgument(
            QStringLiteral("TEXT"),
            QCoreApplication::translate("gw::cli::tier_edits", "Only memos holding this text."),
            QStringLiteral("[TEXT]"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto memos = project->memos(parser.positionalArguments().join(u' ').trimmed());
        if (!memos)
            return reportError(io, memos.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const MemoInfo &m : *memos)
                list.append(memoJson(m));
            writeJson(io, QJsonDocument(list));
            return Ok;
        }
        for (const MemoInfo &m : *memos)
            io.out << m.id << '\t' << m.targetKind << (m.targetId ? QStringLiteral(" %1").arg(*m.targetId) : QString())
                   << '\t' << m.title << '\t' << m.coder << '\n';
        return Ok;
    }
};

// memo edit ID [--title T] [--body B] / memo remove ID.
class MemoChangeVerb final : public Verb
{
public:
    explicit MemoChangeVerb(bool remove) : m_remove(remove) {}
    QString name() const override
    {
        return m_remove ? QStringLiteral("memo remove") : QStringLiteral("memo edit"); // data: verb names
    }
    QString summary() const override
    {
        return m_remove ? QCoreApplication::translate("gw::cli::tier_edits", "Remove a memo by its id.")
                        : QCoreApplication::translate("gw::cli::tier_edits", "Change a memo's title or text.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        if (!m_remove) {
            parser.addOption({QStringLiteral("title"),
                              QCoreApplication::translate("gw::cli::tier_edits", "Its new title."),
                              QStringLiteral("TITLE")});
            parser.addOption({QStringLiteral("body"),
                              QCoreApplication::translate("gw::cli::tier_edits", "Its new text (Markdown)."),
                              QStringLiteral("TEXT")});
        }
        parser.addPositionalArgument(
            QStringLiteral("ID"),
            QCoreApplication::translate("gw::cli::tier_edits", "The memo's id (memo list shows them)."));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        bool ok = false;
        const Id id = parser.positionalArguments().value(0).toLongLong(&ok);
        if (parser.positionalArguments().size() != 1 || !ok || id <= 0) {
            io.err << QCoreApplication::translate(
                          "gw::cli::tier_edits",
                          "groundwork-cli %1: give the memo's ID (a number; memo list shows them).\n")
                          .arg(name());
            return Usage;
        }
        auto project = openProject(parser, io);
        if (!project)
            return Usage;
        auto all = project->memos();
        if (!all)
            return reportError(io, all.error());
        const auto memo = std::ranges::find(*all, id, &MemoInfo::id);
        if (memo == all->end()) {
            io.err << QCoreApplication::translate("gw::cli::tier_edits",
                                                  "groundwork-cli %1: there is no memo %2 (memo list shows them).\n")
                          .arg(name())
                          .arg(id);
            return Usage;
        }
        if (m_remove) {
            if (auto removed = project->removeMemo(id); !removed)
                return reportError(io, removed.error());
        } else {
            const QString title = parser.isSet(QStringLiteral("title")) ? parser.value(QStringLiteral("title")) : memo->title;
            const QString body = parser.isSet(QStringLiteral("body")) ? parser.value(QStringLiteral("body")) : memo->body;
            if (auto changed = project->setMemoText(id, title, body); !changed)
                return reportError(io, changed.error());
        }
        if (parser.isSet(QStringLiteral("json"))) {
            if (m_remove) {
                writeJson(io, QJsonDocument(QJsonObject{{QStringLiteral("removed"), qint64(id)}, {QStringLiteral("guid"), memo->guid}}));
                return Ok;
            }
            auto after = project->memos();
            if (!after)
                return reportError(io, after.error());
            if (const auto it = std::ranges::find(*after, id, &MemoInfo::id); it != after->end())
                writeJson(io, QJsonDocument(memoJson(*it)));
            return Ok;
        }
        io.out << (m_remove ? QCoreApplication::translate("gw::cli::tier_edits", "Removed the memo \"%1\".\n")
                            : QCoreApplication::translate("gw::cli::tier_edits", "Changed the memo \"%1\".\n"))
                      .arg(memo->title);
        return Ok;
    }

private:
    bool m_remove;
};

} // namespace

std::vector<std::unique_ptr<Verb>> makeTierEditVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<CodeEditVerb>(
        QStringLiteral("code stage"), // data: the verb's name
        QCoreApplication::translate("gw::cli::tier_edits", "Move a code to another stage."),
        QStringList{QStringLiteral("STAGE")},
        [](Project &p, const CodeInfo &c, const QStringList &a, const QCommandLineParser &) -> Status {
            const auto stage = codeStageFromString(a[0]);
            if (!stage) {
                //: open, focused and first-order are the stages as typed: they stay as they are.
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::tier_edits",
                                                        "The stage is open, focused or first-order."));
            }
            return p.setCodeStage(c.id, *stage);
        }));
    verbs.push_back(std::make_unique<CodeEditVerb>(
        QStringLiteral("code define"), // data: the verb's name
        QCoreApplication::translate("gw::cli::tier_edits", "Set a code's definition (audited)."),
        QStringList{QStringLiteral("TEXT")},
        [](Project &p, const CodeInfo &c, const QStringList &a, const QCommandLineParser &) {
            return p.setCodeDefinition(c.id, a[0]);
        }));
    verbs.push_back(std::make_unique<CodeEditVerb>(
        QStringLiteral("code colour"), // data: the verb's name
        QCoreApplication::translate("gw::cli::tier_edits", "Give a code another colour."),
        QStringList{QStringLiteral("COLOUR")},
        [](Project &p, const CodeInfo &c, const QStringList &a, const QCommandLineParser &) -> Status {
            const QColor color = QColor::fromString(a[0]);
            if (!color.isValid())
                return fail(ErrorKind::InvalidInput,
                            QCoreApplication::translate("gw::cli::tier_edits",
                                                        "\"%1\" is not a colour; write it as #RRGGBB.")
                                .arg(a[0]));
            return p.setCodeColor(c.id, color.name());
        }));
    verbs.push_back(std::make_unique<CodeEditVerb>(
        QStringLiteral("code archive"), // data: the verb's name
        QCoreApplication::translate("gw::cli::tier_edits", "Archive a code (or --restore it)."), QStringList{},
        [](Project &p, const CodeInfo &c, const QStringList &, const QCommandLineParser &parser) {
            return p.setCodeArchived(c.id, !parser.isSet(QStringLiteral("restore")));
        },
        true));
    verbs.push_back(std::make_unique<TierRenameVerb>(true));
    verbs.push_back(std::make_unique<TierRenameVerb>(false));
    verbs.push_back(std::make_unique<SegmentRemoveVerb>());
    verbs.push_back(std::make_unique<MemoAddVerb>());
    verbs.push_back(std::make_unique<MemoListVerb>());
    verbs.push_back(std::make_unique<MemoChangeVerb>(false));
    verbs.push_back(std::make_unique<MemoChangeVerb>(true));
    return verbs;
}

} // namespace gw::cli
