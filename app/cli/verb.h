#pragma once
// One CLI verb: its name ("code add"), a summary for the verb list, its options,
// and run(). Every verb follows the same conventions: -p/--project (or
// GROUNDWORK_PROJECT), --json for one JSON document on stdout, exit 0 on
// success, 1 when the job ran but something in it failed, 2 for bad usage or a
// project that cannot be opened.

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

namespace gw::cli {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

class Verb
{
public:
    virtual ~Verb() = default;
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString summary() const = 0;
    // Longer help text shown by --help, written for a researcher.
    [[nodiscard]] virtual QString description() const { return summary(); }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    [[nodiscard]] virtual int run(const QCommandLineParser &parser, Io &io) const = 0;
};

} // namespace gw::cli
