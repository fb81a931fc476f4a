#include "ui/codes/hierarchy_edits.h"

#include "core/model/display_names.h"
#include "core/commands/choose_exemplar.h"
#include "core/commands/create_dimension.h"
#include "core/commands/create_theme.h"
#include "core/commands/merge_codes.h"
#include "core/commands/move_dimension.h"
#include "core/commands/place_code.h"
#include "core/commands/place_theme.h"
#include "core/commands/remove_dimension.h"
#include "core/commands/remove_exemplar.h"
#include "core/commands/remove_theme.h"
#include "core/commands/rename_code.h"
#include "core/commands/rename_tier.h"
#include "core/commands/set_code_stage.h"
#include "core/commands/set_definition.h"
#include "core/commands/split_code.h"
#include "core/model/project.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <functional>

namespace gw {

namespace {

using Made = Result<std::unique_ptr<QUndoCommand>>;
using Make = std::function<Made()>;

template <typename Command>
Made widen(Result<std::unique_ptr<Command>> made)
{
    if (!made)
        return std::unexpected(made.error());
    return std::unique_ptr<QUndoCommand>(made->release());
}

// Pushes what MAKES make as one undo step named LABEL. Each is made after the
// one before it was done, so it is checked against the store as it then is;
// when one is refused, what was done is taken back and leaves no step behind.
Status pushStep(QUndoStack &stack, const QString &label, const std::vector<Make> &makes)
{
    if (makes.empty())
        return {};
    if (makes.size() == 1) {
        auto made = makes.front()();
        if (!made)
            return std::unexpected(made.error());
        stack.push(made->release());
        return {};
    }
    stack.beginMacro(label);
    for (const Make &make : makes) {
        auto made = make();
        if (!made) {
            stack.endMacro();
            // An obsolete command is dropped by undo() without being undone: undo it first.
            auto *step = const_cast<QUndoCommand *>(stack.command(stack.index() - 1));
            if (step) {
                step->undo();
                step->setObsolete(true);
                stack.undo();
            }
            return std::unexpected(made.error());
        }
        stack.push(made->release());
    }
    stack.endMacro();
    return {};
}

QString quoted(const QString &name)
{
    return QStringLiteral("“%1”").arg(name);
}

// Where the first of MOVING lands among SIBLINGS (the parent's rows now) when
// dropped at ROW: rows of the moving ones above ROW are gone by then.
int landingPosition(const std::vector<Id> &siblings, const QList<Id> &moving, int row)
{
    int above = 0;
    for (int i = 0; i < std::min<int>(row, int(siblings.size())); ++i)
        if (moving.contains(siblings[size_t(i)]))
            ++above;
    return std::max(0, row - above);
}

} // namespace

Result<Id> HierarchyEdits::createTheme(const QString &name, const QString &definition, std::optional<Id> dimensionId)
{
    if (auto ok = pushStep(m_stack, {}, {[&] { return widen(CreateTheme::make(m_project, name, definition, dimensionId)); }});
        !ok)
        return std::unexpected(ok.error());
    auto made = m_project.themeByName(name.simplified());
    if (!made)
        return std::unexpected(made.error());
    return made->id;
}

Result<Id> HierarchyEdits::createDimension(const QString &name, const QString &definition)
{
    if (auto ok = pushStep(m_stack, {}, {[&] { return widen(CreateDimension::make(m_project, name, definition)); }});
        !ok)
        return std::unexpected(ok.error());
    auto made = m_project.dimensionByName(name.simplified());
    if (!made)
        return std::unexpected(made.error());
    return made->id;
}

Status HierarchyEdits::renameCode(Id codeId, const QString &name)
{
    return pushStep(m_stack, {}, {[&] { return widen(RenameCode::make(m_project, codeId, name)); }});
}

Status HierarchyEdits::renameTheme(Id themeId, const QString &name)
{
    return pushStep(m_stack, {}, {[&] { return widen(RenameTier::make(m_project, Tier::Theme, themeId, name)); }});
}

Status HierarchyEdits::renameDimension(Id dimensionId, const QString &name)
{
    return pushStep(m_stack, {},
                    {[&] { return widen(RenameTier::make(m_project, Tier::Dimension, dimensionId, name)); }});
}

Status HierarchyEdits::defineCode(Id codeId, const QString &definition)
{
    return pushStep(m_stack, {},
                    {[&] { return widen(SetDefinition::make(m_project, SetDefinition::Of::Code, codeId, definition)); }});
}

Status HierarchyEdits::defineTheme(Id themeId, const QString &definition)
{
    return pushStep(m_stack, {}, {[&] {
                        return widen(SetDefinition::make(m_project, SetDefinition::Of::Theme, themeId, definition));
                    }});
}

Status HierarchyEdits::defineDimension(Id dimensionId, const QString &definition)
{
    return pushStep(m_stack, {}, {[&] {
                        return widen(
                            SetDefinition::make(m_project, SetDefinition::Of::Dimension, dimensionId, definition));
                    }});
}

Status HierarchyEdits::removeTheme(Id themeId)
{
    return pushStep(m_stack, {}, {[&] { return widen(RemoveTheme::make(m_project, themeId)); }});
}

Status HierarchyEdits::removeDimension(Id dimensionId)
{
    return pushStep(m_stack, {}, {[&] { return widen(RemoveDimension::make(m_project, dimensionId)); }});
}

Status HierarchyEdits::placeCodes(const QList<Id> &codeIds, Id themeId, std::optional<int> row)
{
    auto theme = m_project.theme(themeId);
    if (!theme)
        return std::unexpected(theme.error());
    auto current = m_project.codesOfTheme(themeId);
    if (!current)
        return std::unexpected(current.error());
    std::vector<Id> siblings;
    for (const CodeInfo &c : *current)
        siblings.push_back(c.id);
    std::optional<int> first;
    if (row)
        first = landingPosition(siblings, codeIds, *row);
    // One code dropped where it already is: nothing to do.
    if (codeIds.size() == 1 && first) {
        auto at = std::ranges::find(siblings, codeIds.front());
        if (at != siblings.end() && int(at - siblings.begin()) == std::min(*first, int(siblings.size()) - 1))
            return {};
    }
    std::vector<Make> makes;
    for (qsizetype k = 0; k < codeIds.size(); ++k) {
        const Id id = codeIds[k];
        const std::optional<int> position = first ? std::optional<int>(*first + int(k)) : std::nullopt;
        makes.push_back([this, id, themeId, position] { return widen(PlaceCode::make(m_project, id, themeId, position)); });
    }
    return pushStep(m_stack,
                    QCoreApplication::translate("gw::HierarchyEdits", "Place %1 codes under %2")
                        .arg(codeIds.size())
                        .arg(quoted(theme->name)),
                    makes);
}

Status HierarchyEdits::unplaceCodes(const QList<Id> &codeIds, std::optional<CodeStage> stage)
{
    std::vector<Make> makes;
    for (Id id : codeIds) {
        auto code = m_project.code(id);
        if (!code)
            return std::unexpected(code.error());
        if (code->themeId)
            makes.push_back([this, id] { return widen(PlaceCode::make(m_project, id, std::nullopt)); });
        if (stage && code->stage != *stage)
            makes.push_back([this, id, stage] { return widen(SetCodeStage::make(m_project, id, *stage)); });
    }
    return pushStep(m_stack,
                    stage ? QCoreApplication::translate("gw::HierarchyEdits", "Move %1 codes to the %2 codes")
                                .arg(codeIds.size())
                                .arg(displayName(*stage))
                          : QCoreApplication::translate("gw::HierarchyEdits", "Take %1 codes out of their themes")
                                .arg(codeIds.size()),
                    makes);
}

Status HierarchyEdits::placeThemes(const QList<Id> &themeIds, Id dimensionId, std::optional<int> row)
{
    auto dimension = m_project.dimension(dimensionId);
    if (!dimension)
        return std::unexpected(dimension.error());
    auto themes = m_project.themes();
    if (!themes)
        return std::unexpected(themes.error());
    std::vector<ThemeInfo> under;
    for (const ThemeInfo &t : *themes)
        if (t.dimensionId == dimensionId)
            under.push_back(t);
    std::ranges::stable_sort(under, {}, [](const ThemeInfo &t) { return std::pair(t.position, t.id); });
    std::vector<Id> siblings;
    for (const ThemeInfo &t : under)
        siblings.push_back(t.id);
    std::optional<int> first;
    if (row)
        first = landingPosition(siblings, themeIds, *row);
    if (themeIds.size() == 1 && first) {
        auto at = std::ranges::find(siblings, themeIds.front());
        if (at != siblings.end() && int(at - siblings.begin()) == std::min(*first, int(siblings.size()) - 1))
            return {};
    }
    std::vector<Make> makes;
    for (qsizetype k = 0; k < themeIds.size(); ++k) {
        const Id id = themeIds[k];
        const std::optional<int> position = first ? std::optional<int>(*first + int(k)) : std::nullopt;
        makes.push_back(
            [this, id, dimensionId, position] { return widen(PlaceTheme::make(m_project, id, dimensionId, position)); });
    }
    return pushStep(m_stack,
                    QCoreApplication::translate("gw::HierarchyEdits", "Place %1 themes under %2")
                        .arg(themeIds.size())
                        .arg(quoted(dimension->name)),
                    makes);
}

Status HierarchyEdits::unplaceThemes(const QList<Id> &themeIds)
{
    std::vector<Make> makes;
    for (Id id : themeIds) {
        auto theme = m_project.theme(id);
        if (!theme)
            return std::unexpected(theme.error());
        if (theme->dimensionId)
            makes.push_back([this, id] { return widen(PlaceTheme::make(m_project, id, std::nullopt)); });
    }
    return pushStep(m_stack,
                    QCoreApplication::translate("gw::HierarchyEdits", "Take %1 themes out of their dimensions")
                        .arg(themeIds.size()),
                    makes);
}

Status HierarchyEdits::moveDimension(Id dimensionId, int row)
{
    auto dimensions = m_project.dimensions();
    if (!dimensions)
        return std::unexpected(dimensions.error());
    std::vector<Id> order;
    for (const DimensionInfo &d : *dimensions)
        order.push_back(d.id);
    const int position = std::min(landingPosition(order, {dimensionId}, row), int(order.size()) - 1);
    auto at = std::ranges::find(order, dimensionId);
    if (at != order.end() && int(at - order.begin()) == position)
        return {};
    return pushStep(m_stack, {}, {[&] { return widen(MoveDimension::make(m_project, dimensionId, position)); }});
}

Status HierarchyEdits::mergeCodes(const QList<Id> &fromIds, Id intoId, const QString &why)
{
    const std::vector<Id> from(fromIds.begin(), fromIds.end());
    return pushStep(m_stack, {}, {[&] { return widen(MergeCodes::make(m_project, from, intoId, why)); }});
}

Result<Id> HierarchyEdits::splitCode(Id codeId, const QList<Id> &segmentIds, const QString &newName, const QString &why)
{
    const std::vector<Id> segments(segmentIds.begin(), segmentIds.end());
    if (auto ok = pushStep(m_stack, {}, {[&] { return widen(SplitCode::make(m_project, codeId, segments, newName, why)); }});
        !ok)
        return std::unexpected(ok.error());
    auto made = m_project.codeByName(newName.simplified());
    if (!made)
        return std::unexpected(made.error());
    return made->id;
}

Status HierarchyEdits::addExemplar(Id themeId, Id segmentId)
{
    return pushStep(m_stack, {}, {[&] { return widen(ChooseExemplar::make(m_project, themeId, segmentId)); }});
}

Status HierarchyEdits::removeExemplar(Id themeId, Id segmentId)
{
    return pushStep(m_stack, {}, {[&] { return widen(RemoveExemplar::make(m_project, themeId, segmentId)); }});
}

} // namespace gw
