#pragma once
// The hierarchy edits that the code tree, its dialogs and the other views make
// (METHOD.md stages 2-4): creating, renaming, defining and removing themes and
// dimensions, placing codes and themes, merging and splitting codes, choosing
// exemplar quotes. Each is one step on the window's undo stack (several
// commands become one macro), audited by core with the coder's WHY. An Error
// says why nothing happened; a refused step leaves neither the store nor the
// stack changed. Points at the project and the stack; owns neither.

#include "core/error.h"
#include "core/model/types.h"

#include <QList>
#include <optional>

class QUndoStack;

namespace gw {

class Project;

class HierarchyEdits
{
public:
    HierarchyEdits(Project &project, QUndoStack &stack) : m_project(project), m_stack(stack) {}

    [[nodiscard]] Result<Id> createTheme(const QString &name, const QString &definition,
                                         std::optional<Id> dimensionId = {});
    [[nodiscard]] Result<Id> createDimension(const QString &name, const QString &definition);
    [[nodiscard]] Status renameCode(Id codeId, const QString &name);
    [[nodiscard]] Status renameTheme(Id themeId, const QString &name);
    [[nodiscard]] Status renameDimension(Id dimensionId, const QString &name);
    [[nodiscard]] Status defineCode(Id codeId, const QString &definition);
    [[nodiscard]] Status defineTheme(Id themeId, const QString &definition);
    [[nodiscard]] Status defineDimension(Id dimensionId, const QString &definition);
    // Removing a theme unplaces its codes; removing a dimension unplaces its themes.
    [[nodiscard]] Status removeTheme(Id themeId);
    [[nodiscard]] Status removeDimension(Id dimensionId);

    // Places CODES under THEME, in their order, starting at ROW of the theme's
    // rows as they are now (a drop position; the end without one).
    [[nodiscard]] Status placeCodes(const QList<Id> &codeIds, Id themeId, std::optional<int> row = {});
    // Takes CODES from their themes; with STAGE, also gives them that stage.
    [[nodiscard]] Status unplaceCodes(const QList<Id> &codeIds, std::optional<CodeStage> stage = {});
    [[nodiscard]] Status placeThemes(const QList<Id> &themeIds, Id dimensionId, std::optional<int> row = {});
    [[nodiscard]] Status unplaceThemes(const QList<Id> &themeIds);
    // Moves DIMENSION to ROW of the dimensions as they are now.
    [[nodiscard]] Status moveDimension(Id dimensionId, int row);

    // Merges FROM into INTO (see Project::mergeCodes), audited with WHY.
    [[nodiscard]] Status mergeCodes(const QList<Id> &fromIds, Id intoId, const QString &why);
    // Moves SEGMENTIDS of CODEID to a new code NEWNAME; returns its id.
    [[nodiscard]] Result<Id> splitCode(Id codeId, const QList<Id> &segmentIds, const QString &newName,
                                       const QString &why);

    [[nodiscard]] Status addExemplar(Id themeId, Id segmentId);
    [[nodiscard]] Status removeExemplar(Id themeId, Id segmentId);

private:
    Project &m_project;
    QUndoStack &m_stack;
};

} // namespace gw
