#pragma once
// Anonymisation (METHOD.md, before sharing): the names of people, sites,
// organisations and suppliers replaced everywhere in the sources' texts and
// speaker labels by consistent placeholders ("[site_A]", "[name_1]"), as one
// edit of the texts that carries every segment along (Project::editSourceTexts).
// The mapping from names to placeholders is written to its own file, never
// into the project, so an anonymised copy can be shared without it.

#include "core/error.h"
#include "core/model/types.h"

#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace gw {

class Database;
class Project;

// One name and the placeholder that replaces it (empty: one is made up).
struct AnonymousName
{
    QString name;
    QString placeholder;
};

// One place a name was found, with a little of the text around it for the preview.
struct AnonymisationHit
{
    Id sourceId = 0;
    qsizetype start = 0; // code points, [start, end)
    qsizetype end = 0;
    int name = 0; // index into AnonymisationPlan::names
    QString found;  // the words as the text has them
    QString before; // up to 40 characters before
    QString after;  // up to 40 characters after
    bool apply = true;
};

// A name written in another text of the project (a memo, a case's name or
// description, a code's label or definition, a comment, an attribute value):
// the field, by table, column and rowid, with its value before and after.
struct AnonymisedField
{
    QString table;
    QString column;
    std::int64_t row = 0;
    QString before;
    QString after;
};

struct AnonymisationPlan
{
    std::vector<AnonymousName> names; // every placeholder filled in
    std::vector<std::int64_t> counts; // hits per name
    std::vector<AnonymisationHit> hits; // by source, then position
    // Speaker labels that are a name, per source: (label, placeholder).
    std::vector<std::pair<Id, std::pair<QString, QString>>> speakers;
    // Sources whose names hold a name, with their names after.
    std::vector<std::pair<Id, QString>> sourceNames;
    // Every other field that holds a name, with its value after.
    std::vector<AnonymisedField> fields;
    // Placeholders the texts already hold ("[name_3]"), with how often.
    std::vector<std::pair<QString, std::int64_t>> existingPlaceholders;
};

struct AnonymisationOptions
{
    bool ignoreCase = false; // "sheffield" as well as "Sheffield"
};

// The names of a list the researcher keeps: one "name,placeholder" per line
// (the placeholder optional; a first line "name,placeholder" is a header), in
// csv, tsv or xlsx. Refuses an empty list, or one name given two placeholders,
// naming the line.
[[nodiscard]] Result<std::vector<AnonymousName>> readAnonymousNames(const QString &path);

// Finds every whole-word occurrence of NAMES (longest first, so "Sheffield
// Teaching Hospitals" wins over "Sheffield"; any run of spaces or line breaks
// between words) in every source's text, speaker labels and name, and in every
// other text field (memos, cases, codes, comments; not the audit log, which is
// the project's history and stays out of an anonymised copy, nor the
// settings), and fills in the missing placeholders:
// "[name_N]", numbered on past the placeholders already in the texts. PROGRESS
// (sources done, of all) may cancel.
[[nodiscard]] Result<AnonymisationPlan> planAnonymisation(Project &project, std::vector<AnonymousName> names,
                                                          const AnonymisationOptions &options = {},
                                                          const std::function<bool(int, int)> &progress = {});

// Whole-word occurrences of any of NAMES, longest first (as planAnonymisation
// finds them); capture group I + 1 is the I-th name of ORDER.
[[nodiscard]] QRegularExpression namesPattern(const std::vector<AnonymousName> &names, bool ignoreCase,
                                              std::vector<int> *order = nullptr);

// The columns of DB's tables that hold text, as (table, column): every one but
// the search index's own. Where an anonymised copy looks for names left.
[[nodiscard]] Result<std::vector<std::pair<QString, QString>>> textColumns(Database &db);

// Every text field of DB (textColumns) whose value PATTERN matches, with its
// table, column, rowid and value (as before), but the tables and the
// "table.column"s in SKIP.
[[nodiscard]] Result<std::vector<AnonymisedField>> textFieldsMatching(Database &db, const QRegularExpression &pattern,
                                                                      const QStringList &skip = {});

// How many of FIELDS lie in each column, as ("table.column", n), in the order found.
[[nodiscard]] std::vector<std::pair<QString, int>> fieldsByColumn(const std::vector<AnonymisedField> &fields);

// Where PLAN's other fields lie, in a researcher's words ("memo texts", "code
// definitions"), with how many of each, in the order of the tables.
[[nodiscard]] std::vector<std::pair<QString, int>> otherFieldsByKind(const AnonymisationPlan &plan);

// Writes each of FIELDS' values after (BACK: before) in one transaction, with
// an audit entry that counts them (never the words), and tells the views.
[[nodiscard]] Status writeAnonymisedFields(Project &project, const std::vector<AnonymisedField> &fields, bool back);

// The texts' edits that carry out PLAN's hits still marked to apply.
[[nodiscard]] std::vector<SourceTextEdit> anonymisationEdits(const AnonymisationPlan &plan);

// The mapping "name,placeholder,occurrences" as CSV at PATH, refused when PATH
// is the project file itself or lies inside a project's own files.
[[nodiscard]] Status writeAnonymisationMapping(const AnonymisationPlan &plan, const QString &path,
                                               const QString &projectPath);

} // namespace gw
