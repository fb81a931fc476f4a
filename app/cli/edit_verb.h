#pragma once
// A verb that writes one edit: it checks its arguments, opens the project,
// makes the edit and prints what changed, as a sentence or, with --json, as
// the JSON the edit returns (ids and GUIDs of what was made or changed).

#include "app/cli/common.h"
#include "app/cli/verb.h"

#include <QJsonObject>
#include <functional>

namespace gw::cli {

class EditVerb : public Verb
{
public:
    // What an edit returns: the JSON to print and the sentence to say.
    struct Changed
    {
        QJsonObject json;
        QString said;
    };

    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, Io &io) const override;

protected:
    virtual void addArguments(QCommandLineParser &parser) const = 0;
    [[nodiscard]] virtual int minimumArguments() const = 0;
    // What to say when fewer arguments are given.
    [[nodiscard]] virtual QString usage() const = 0;
    [[nodiscard]] virtual Result<Changed> edit(Project &project, const QCommandLineParser &parser,
                                               const QStringList &args) const = 0;
};

// An edit verb made of its parts, for verbs that need no class of their own.
class FunctionEditVerb final : public EditVerb
{
public:
    using Edit = std::function<Result<Changed>(Project &, const QCommandLineParser &, const QStringList &)>;
    FunctionEditVerb(QString name, QString summary, QString usage, int arguments,
                     std::function<void(QCommandLineParser &)> options, Edit edit);
    QString name() const override { return m_name; }
    QString summary() const override { return m_summary; }

protected:
    void addArguments(QCommandLineParser &parser) const override { m_options(parser); }
    int minimumArguments() const override { return m_arguments; }
    QString usage() const override { return m_usage; }
    Result<Changed> edit(Project &project, const QCommandLineParser &parser, const QStringList &args) const override
    {
        return m_edit(project, parser, args);
    }

private:
    QString m_name, m_summary, m_usage;
    int m_arguments;
    std::function<void(QCommandLineParser &)> m_options;
    Edit m_edit;
};

} // namespace gw::cli
