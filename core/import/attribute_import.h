#pragma once
// Cases and attributes from a sheet with one row per participant or site: a
// plan that says what would be written (the preview), then one transaction that
// writes it. A sheet with duplicate or empty ids is refused whole; smaller
// problems (a source that is not in the project, a value that does not fit an
// existing attribute's type) are warnings, and the rest of the row goes in.
// An empty cell writes nothing: re-importing a sheet with gaps never erases a
// value already in the project (clearing one is an explicit edit).

#include "core/import/sheet.h"
#include "core/model/project.h"

#include <vector>

namespace gw {

struct AttributeImportOptions
{
    QString idColumn;     // names each case; empty means the first column
    QString sourceColumn; // source names or file names to link; empty means match the id
};

struct SheetProblem
{
    enum class Severity { Refusal, Warning };
    Severity severity = Severity::Warning;
    int row = 0; // as a spreadsheet numbers it: the header is row 1; 0 is the whole sheet
    QString message;
};

struct PlannedAttribute
{
    QString name;
    AttributeType type = AttributeType::Text;
    bool exists = false; // already in the project (it keeps its type)
    qsizetype column = 0;
};

struct PlannedCase
{
    QString name;
    int row = 0;
    bool exists = false;
    QList<std::pair<QString, QString>>
        values; // attribute -> stored value; empty cells are left out
    QList<Id> sourceIds;
    QStringList sourceNames;
};

struct AttributePlan
{
    QString idColumn;
    QString sourceColumn;
    std::vector<PlannedAttribute> attributes;
    std::vector<PlannedCase> cases;
    std::vector<SheetProblem> problems;

    [[nodiscard]] bool refused() const;
    [[nodiscard]] qsizetype newCases() const;
    [[nodiscard]] qsizetype links() const;
    [[nodiscard]] QStringList messages(SheetProblem::Severity severity) const;
};

// Reads SHEET against the project without writing. Fails only when the options
// do not fit the sheet (a column that is not there) or the project cannot be read.
[[nodiscard]] Result<AttributePlan> planAttributes(Project &project, const Sheet &sheet,
                                                   const AttributeImportOptions &options = {});
// Writes PLAN in one transaction; refuses a refused plan, writing nothing.
[[nodiscard]] Status applyAttributes(Project &project, const AttributePlan &plan);

// The type every non-empty value fits, most specific first: number, date
// (yyyy-mm-dd), boolean (yes/no/true/false), else text.
[[nodiscard]] AttributeType inferAttributeType(const QStringList &values);

} // namespace gw
