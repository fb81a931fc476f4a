// case add|rename|remove|set|link|unlink|memo|from-speakers, attribute
// add|rename|remove and set add|remove|list: the case sheet and the sets of
// sources from the command line. Each writes one edit and, with --json, says
// what it made or changed (ids and GUIDs).
#include "app/cli/edit_verb.h"
#include "app/cli/verbs.h"
#include "core/analysis/speakers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <set>

namespace gw::cli {

namespace {

QJsonObject caseJson(const CaseInfo &c)
{
    QJsonObject values;
    for (const CaseValue &v : c.values)
        values.insert(v.attribute, v.value);
    return QJsonObject{{QStringLiteral("id"), qint64(c.id)},
                       {QStringLiteral("guid"), c.guid},
                       {QStringLiteral("name"), c.name},
                       {QStringLiteral("description"), c.description},
                       {QStringLiteral("attributes"), values},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(c.sourceNames)}};
}

// The case verbs' edits name their case by the first argument (or none, for
// case add) and return the case as it is now.
class CaseVerb : public EditVerb
{
protected:
    static Result<Changed> caseNow(Project &project, Id id, const QString &said)
    {
        auto c = project.caseById(id);
        if (!c)
            return std::unexpected(c.error());
        return Changed{caseJson(*c), said};
    }
};

class CaseAddVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case add"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "Add a case (a participant, a site).");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("description"),
                          QCoreApplication::translate("gw::cli::case_edits", "What the case is."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The case's name."));
    }
    int minimumArguments() const override { return 1; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the case's NAME.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        auto id = project.addCase(args.join(u' '), parser.value(QStringLiteral("description")));
        if (!id)
            return std::unexpected(id.error());
        return caseNow(project, *id,
                       QCoreApplication::translate("gw::cli::case_edits", "Added the case \"%1\".")
                           .arg(args.join(u' ').simplified()));
    }
};

class CaseRenameVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case rename"); } // data: verb name
    QString summary() const override { return QCoreApplication::translate("gw::cli::case_edits", "Rename a case."); }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The case's name now."));
        parser.addPositionalArgument(QStringLiteral("NEW"),
                                     QCoreApplication::translate("gw::cli::case_edits", "Its new name."));
    }
    int minimumArguments() const override { return 2; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the case's NAME and its NEW name.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &, const QStringList &args) const override
    {
        auto c = project.caseByName(args[0]);
        if (!c)
            return std::unexpected(c.error());
        if (auto ok = project.renameCase(c->id, args[1]); !ok)
            return std::unexpected(ok.error());
        return caseNow(project, c->id,
                       QCoreApplication::translate("gw::cli::case_edits", "Renamed the case \"%1\" to \"%2\".")
                           .arg(c->name, args[1].simplified()));
    }
};

class CaseRemoveVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case remove"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "Remove cases with their values, links and memos.");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The cases to remove."),
                                     QStringLiteral("NAME..."));
    }
    int minimumArguments() const override { return 1; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the NAME of each case to remove.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &, const QStringList &args) const override
    {
        std::vector<Id> ids;
        QJsonArray removed;
        for (const QString &n : args) {
            auto c = project.caseByName(n);
            if (!c)
                return std::unexpected(c.error());
            ids.push_back(c->id);
            removed.append(QJsonObject{{QStringLiteral("id"), qint64(c->id)}, {QStringLiteral("guid"), c->guid},
                                       {QStringLiteral("name"), c->name}});
        }
        if (auto ok = project.removeCases(ids); !ok)
            return std::unexpected(ok.error());
        return Changed{QJsonObject{{QStringLiteral("removed"), removed}},
                       QCoreApplication::translate("gw::cli::case_edits", "Removed %1 case(s).").arg(ids.size())};
    }
};

class CaseSetVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case set"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "Set a case's attribute values (ATTRIBUTE=VALUE).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::case_edits",
            "Set each ATTRIBUTE=VALUE of the case NAME; an empty VALUE clears it. An attribute\n"
            "the project does not have yet is added, of --type (text by default). A value that\n"
            "does not fit its attribute's type (a number, a date as yyyy-mm-dd, yes/no) is refused.\n\n"
            "Example: groundwork-cli case set -p study.groundwork P04 role=CCIO year=2019");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("type"),
                          QCoreApplication::translate("gw::cli::case_edits",
                                                      "The type of attributes added: text, number, date or boolean."),
                          QStringLiteral("TYPE"), QStringLiteral("text")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The case."));
        parser.addPositionalArgument(QStringLiteral("ATTRIBUTE=VALUE"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The values."),
                                     QStringLiteral("ATTRIBUTE=VALUE..."));
    }
    int minimumArguments() const override { return 2; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the case's NAME and ATTRIBUTE=VALUE pairs.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        auto c = project.caseByName(args[0]);
        if (!c)
            return std::unexpected(c.error());
        const auto type = attributeTypeFromString(parser.value(QStringLiteral("type")));
        if (!type)
            return fail(ErrorKind::InvalidInput,
                        //: The values --type takes, which stay in English.
                        QCoreApplication::translate("gw::cli::case_edits", "--type is text, number, date or boolean."));
        CaseBatch batch;
        CaseRecord record{c->name, {}, {}};
        for (const QString &pair : args.mid(1)) {
            if (!pair.contains(u'='))
                return fail(
                    ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::case_edits", "\"%1\" is not ATTRIBUTE=VALUE.").arg(pair));
            const QString attribute = pair.section(u'=', 0, 0).simplified();
            batch.attributes.append({attribute, *type});
            record.values.append({attribute, pair.section(u'=', 1)});
        }
        batch.cases.push_back(record);
        if (auto ok = project.writeCases(batch); !ok)
            return std::unexpected(ok.error());
        return caseNow(project, c->id,
                       QCoreApplication::translate("gw::cli::case_edits", "Set %1 value(s) of the case \"%2\".")
                           .arg(args.size() - 1)
                           .arg(c->name));
    }
};

class CaseLinkVerb final : public CaseVerb
{
public:
    explicit CaseLinkVerb(bool link) : m_link(link) {}
    QString name() const override
    {
        return m_link ? QStringLiteral("case link") : QStringLiteral("case unlink"); // data: verb name
    }
    QString summary() const override
    {
        return m_link
                   ? QCoreApplication::translate("gw::cli::case_edits", "Link a case to the sources that came from it.")
                   : QCoreApplication::translate("gw::cli::case_edits", "Unlink a case from sources.");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The case."));
        parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The sources."),
                                     QStringLiteral("SOURCE..."));
    }
    int minimumArguments() const override { return 2; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the case's NAME and the SOURCE names.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &, const QStringList &args) const override
    {
        auto c = project.caseByName(args[0]);
        if (!c)
            return std::unexpected(c.error());
        for (const QString &n : args.mid(1)) {
            auto s = project.sourceByName(n);
            if (!s)
                return std::unexpected(s.error());
            if (auto ok = m_link ? project.linkCaseSource(c->id, s->id) : project.unlinkCaseSource(c->id, s->id); !ok)
                return std::unexpected(ok.error());
        }
        return caseNow(project, c->id,
                       (m_link ? QCoreApplication::translate("gw::cli::case_edits",
                                                             "Linked %1 source(s) to the case \"%2\".")
                               : QCoreApplication::translate("gw::cli::case_edits",
                                                             "Unlinked %1 source(s) from the case \"%2\"."))
                           .arg(args.size() - 1)
                           .arg(c->name));
    }

private:
    bool m_link;
};

class CaseMemoVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case memo"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "Write a memo on a case.");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("body"),
                          QCoreApplication::translate("gw::cli::case_edits", "The memo's text (Markdown)."),
                          QStringLiteral("TEXT")});
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The case."));
        parser.addPositionalArgument(QStringLiteral("TITLE"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The memo's title."));
    }
    int minimumArguments() const override { return 2; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the case's NAME and the memo's TITLE.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        auto c = project.caseByName(args[0]);
        if (!c)
            return std::unexpected(c.error());
        const QString title = args.mid(1).join(u' ').trimmed();
        auto memo = project.addMemo(QStringLiteral("case"), c->id, title, parser.value(QStringLiteral("body")));
        if (!memo)
            return std::unexpected(memo.error());
        return Changed{QJsonObject{{QStringLiteral("id"), qint64(*memo)},
                                   {QStringLiteral("case"), c->name},
                                   {QStringLiteral("title"), title}},
                       QCoreApplication::translate("gw::cli::case_edits", "Wrote the memo \"%1\" on the case \"%2\".")
                           .arg(title, c->name)};
    }
};

class CasesFromSpeakersVerb final : public CaseVerb
{
public:
    QString name() const override { return QStringLiteral("case from-speakers"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits",
                                           "Make a case for each speaker of a source (a focus group).");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::case_edits",
            "Make a case for each speaker label of SOURCE's transcript turns (or use the case of\n"
            "that name when there is one) and link it to SOURCE: a focus group's participants\n"
            "become cases their attributes can be given to. --except leaves labels out (the\n"
            "interviewer, say).\n\n"
            "Example: groundwork-cli case from-speakers -p study.groundwork \"Focus group 2\" --except Moderator");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addOption({QStringLiteral("except"),
                          QCoreApplication::translate("gw::cli::case_edits",
                                                      "A speaker label to leave out (repeatable)."),
                          QStringLiteral("LABEL")});
        parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The transcript."));
    }
    int minimumArguments() const override { return 1; }
    QString usage() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "give the SOURCE whose speakers become cases.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        auto s = project.sourceByName(args.join(u' '));
        if (!s)
            return std::unexpected(s.error());
        auto batch = casesFromSpeakers(project, s->id, parser.values(QStringLiteral("except")));
        if (!batch)
            return std::unexpected(batch.error());
        if (auto ok = project.writeCases(*batch); !ok)
            return std::unexpected(ok.error());
        QJsonArray cases;
        QStringList names;
        for (const CaseRecord &r : batch->cases) {
            if (auto c = project.caseByName(r.name))
                cases.append(caseJson(*c));
            names << r.name;
        }
        return Changed{QJsonObject{{QStringLiteral("source"), s->name}, {QStringLiteral("cases"), cases}},
                       QCoreApplication::translate("gw::cli::case_edits", "Linked %1 case(s) to \"%2\": %3.")
                           .arg(names.size())
                           .arg(s->name, names.join(QStringLiteral(", ")))};
    }
};

class AttributeVerb final : public CaseVerb
{
public:
    enum class What { Add, Rename, Remove };
    explicit AttributeVerb(What what) : m_what(what) {}
    QString name() const override
    {
        return m_what == What::Add      ? QStringLiteral("attribute add") // data: verb name
               : m_what == What::Rename ? QStringLiteral("attribute rename") // data: verb name
                                        : QStringLiteral("attribute remove"); // data: verb name
    }
    QString summary() const override
    {
        if (m_what == What::Add)
            return QCoreApplication::translate("gw::cli::case_edits", "Add a case attribute of a type.");
        return m_what == What::Rename
                   ? QCoreApplication::translate("gw::cli::case_edits", "Rename a case attribute.")
                   : QCoreApplication::translate("gw::cli::case_edits", "Remove a case attribute with its values.");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The attribute."));
        if (m_what == What::Add)
            parser.addOption({QStringLiteral("type"),
                              //: The values --type takes, which stay in English.
                              QCoreApplication::translate("gw::cli::case_edits", "text, number, date or boolean."),
                              QStringLiteral("TYPE"), QStringLiteral("text")});
        if (m_what == What::Rename)
            parser.addPositionalArgument(QStringLiteral("NEW"),
                                         QCoreApplication::translate("gw::cli::case_edits", "Its new name."));
    }
    int minimumArguments() const override { return m_what == What::Rename ? 2 : 1; }
    QString usage() const override
    {
        return m_what == What::Rename
                   ? QCoreApplication::translate("gw::cli::case_edits", "give the attribute's NAME and its NEW name.")
                   : QCoreApplication::translate("gw::cli::case_edits", "give the attribute's NAME.");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        if (m_what == What::Add) {
            const auto type = attributeTypeFromString(parser.value(QStringLiteral("type")));
            if (!type)
                return fail(
                    ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::cli::case_edits", "--type is text, number, date or boolean."));
            auto id = project.addAttribute(args[0], *type);
            if (!id)
                return std::unexpected(id.error());
            auto a = project.attributeByName(args[0].simplified());
            return Changed{QJsonObject{{QStringLiteral("id"), qint64(*id)},
                                       {QStringLiteral("guid"), a ? a->guid : QString()},
                                       {QStringLiteral("name"), args[0].simplified()},
                                       {QStringLiteral("type"), toString(*type)}},
                           //: %1 is the attribute's type as the command line takes it: text, number, date or boolean.
                           QCoreApplication::translate("gw::cli::case_edits", "Added the %1 attribute \"%2\".")
                               .arg(toString(*type), args[0].simplified())};
        }
        auto a = project.attributeByName(args[0]);
        if (!a)
            return std::unexpected(a.error());
        if (m_what == What::Rename) {
            if (auto ok = project.renameAttribute(a->id, args[1]); !ok)
                return std::unexpected(ok.error());
        } else if (auto ok = project.removeAttribute(a->id); !ok) {
            return std::unexpected(ok.error());
        }
        return Changed{QJsonObject{{QStringLiteral("id"), qint64(a->id)},
                                   {QStringLiteral("guid"), a->guid},
                                   {QStringLiteral("before"), a->name},
                                   {QStringLiteral("name"), m_what == What::Rename ? args[1].simplified() : QString()}},
                       m_what == What::Rename
                           ? QCoreApplication::translate("gw::cli::case_edits",
                                                         "Renamed the attribute \"%1\" to \"%2\".")
                                 .arg(a->name, args[1].simplified())
                           : QCoreApplication::translate("gw::cli::case_edits",
                                                         "Removed the attribute \"%1\" and its values.")
                                 .arg(a->name)};
    }

private:
    What m_what;
};

QJsonObject setJson(const SourceSetInfo &t)
{
    return QJsonObject{{QStringLiteral("id"), qint64(t.id)},
                       {QStringLiteral("guid"), t.guid},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("sources"), QJsonArray::fromStringList(t.sourceNames)}};
}

Result<std::vector<Id>> sourceIdsOf(Project &project, const QStringList &names)
{
    std::vector<Id> ids;
    for (const QString &n : names) {
        auto s = project.sourceByName(n);
        if (!s)
            return std::unexpected(s.error());
        ids.push_back(s->id);
    }
    return ids;
}

class SetEditVerb final : public CaseVerb
{
public:
    explicit SetEditVerb(bool add) : m_add(add) {}
    QString name() const override
    {
        return m_add ? QStringLiteral("set add") : QStringLiteral("set remove"); // data: verb name
    }
    QString summary() const override
    {
        return m_add ? QCoreApplication::translate("gw::cli::case_edits", "Put sources in a named set (made if new).")
                     : QCoreApplication::translate("gw::cli::case_edits",
                                                   "Take sources out of a set, or remove the set.");
    }
    QString description() const override
    {
        return m_add ? QCoreApplication::translate(
                           "gw::cli::case_edits",
                           "Put each SOURCE in the set NAME, making the set when it is new. A source may\n"
                           "be in any number of sets; query, matrix, words and the other analyses take\n"
                           "--sets NAMES to keep the sources in them.\n\n"
                           "Example: groundwork-cli set add -p study.groundwork \"pilot sites\" P01 P04")
                     : QCoreApplication::translate(
                           "gw::cli::case_edits",
                           "Take each SOURCE out of the set NAME; with no SOURCE, remove the set itself\n"
                           "(its sources stay in the project).");
    }

protected:
    void addArguments(QCommandLineParser &parser) const override
    {
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The set."));
        parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                     QCoreApplication::translate("gw::cli::case_edits", "The sources."),
                                     m_add ? QStringLiteral("SOURCE...") : QStringLiteral("[SOURCE...]"));
    }
    int minimumArguments() const override { return m_add ? 2 : 1; }
    QString usage() const override
    {
        return m_add ? QCoreApplication::translate("gw::cli::case_edits", "give the set's NAME and the SOURCE names.")
                     : QCoreApplication::translate("gw::cli::case_edits",
                                                   "give the set's NAME (and the SOURCE names to take out).");
    }
    Result<Changed> edit(Project &project, const QCommandLineParser &, const QStringList &args) const override
    {
        auto ids = sourceIdsOf(project, args.mid(1));
        if (!ids)
            return std::unexpected(ids.error());
        if (m_add) {
            auto made = project.addToSourceSet(args[0], *ids);
            if (!made)
                return std::unexpected(made.error());
        } else {
            auto set = project.sourceSetByName(args[0]);
            if (!set)
                return std::unexpected(set.error());
            if (ids->empty()) {
                if (auto ok = project.removeSourceSet(set->id); !ok)
                    return std::unexpected(ok.error());
                return Changed{QJsonObject{{QStringLiteral("removed"), setJson(*set)}},
                               QCoreApplication::translate("gw::cli::case_edits",
                                                           "Removed the set \"%1\"; its %2 source(s) stay.")
                                   .arg(set->name)
                                   .arg(set->sourceIds.size())};
            }
            if (auto ok = project.removeFromSourceSet(set->id, *ids); !ok)
                return std::unexpected(ok.error());
        }
        auto now = project.sourceSetByName(args[0]);
        if (!now)
            return std::unexpected(now.error());
        return Changed{setJson(*now),
                       QCoreApplication::translate("gw::cli::case_edits", "The set \"%1\" holds %2 source(s).")
                           .arg(now->name)
                           .arg(now->sourceIds.size())};
    }

private:
    bool m_add;
};

class SetListVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("set list"); } // data: verb name
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::case_edits", "List the sets of sources.");
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
        auto sets = project->sourceSets();
        if (!sets)
            return reportError(io, sets.error());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const SourceSetInfo &t : *sets)
                list.append(setJson(t));
            writeJson(io, QJsonDocument(list));
            return Ok;
        }
        for (const SourceSetInfo &t : *sets)
            io.out << t.name << '\t' << t.sourceNames.join(QStringLiteral(", ")) << '\n';
        io.out << QCoreApplication::translate("gw::cli::case_edits", "%1 sets.\n").arg(sets->size());
        return Ok;
    }
};

} // namespace

std::vector<std::unique_ptr<Verb>> makeCaseEditVerbs()
{
    std::vector<std::unique_ptr<Verb>> verbs;
    verbs.push_back(std::make_unique<CaseAddVerb>());
    verbs.push_back(std::make_unique<CaseRenameVerb>());
    verbs.push_back(std::make_unique<CaseRemoveVerb>());
    verbs.push_back(std::make_unique<CaseSetVerb>());
    verbs.push_back(std::make_unique<CaseLinkVerb>(true));
    verbs.push_back(std::make_unique<CaseLinkVerb>(false));
    verbs.push_back(std::make_unique<CaseMemoVerb>());
    verbs.push_back(std::make_unique<CasesFromSpeakersVerb>());
    verbs.push_back(std::make_unique<AttributeVerb>(AttributeVerb::What::Add));
    verbs.push_back(std::make_unique<AttributeVerb>(AttributeVerb::What::Rename));
    verbs.push_back(std::make_unique<AttributeVerb>(AttributeVerb::What::Remove));
    verbs.push_back(std::make_unique<SetEditVerb>(true));
    verbs.push_back(std::make_unique<SetEditVerb>(false));
    verbs.push_back(std::make_unique<SetListVerb>());
    return verbs;
}

} // namespace gw::cli
