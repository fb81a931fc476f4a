#include "core/commands/place_model_element.h"

#include "core/commands/command_failure.h"
#include "core/model/display_names.h"
#include "core/model/project.h"

#include <QCoreApplication>

namespace gw {

PlaceModelElement::PlaceModelElement(Project &project, QUndoCommand *parent)
    : QUndoCommand(parent), m_project(project)
{}

namespace {

Result<QString> targetName(Project &project, ElementKind kind, Id targetId)
{
    switch (kind) {
    case ElementKind::Dimension: {
        auto d = project.dimension(targetId);
        return d ? Result<QString>(d->name) : std::unexpected(d.error());
    }
    case ElementKind::Theme: {
        auto t = project.theme(targetId);
        return t ? Result<QString>(t->name) : std::unexpected(t.error());
    }
    case ElementKind::Code: {
        auto c = project.code(targetId);
        return c ? Result<QString>(c->name) : std::unexpected(c.error());
    }
    }
    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::place_model_element", "Unknown kind of model element."));
}

} // namespace

Result<std::unique_ptr<PlaceModelElement>>
PlaceModelElement::make(Project &project, const NewModelElement &element, QUndoCommand *parent)
{
    auto name = targetName(project, element.kind, element.targetId);
    if (!name)
        return std::unexpected(name.error());
    auto existing = project.modelElementOf(element.kind, element.targetId);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing)
        return fail(ErrorKind::Conflict,
                    QCoreApplication::translate("gw::place_model_element", "The %1 \"%2\" is already in the model, as %3.")
                        .arg(displayName(element.kind), *name, displayNameWithArticle((*existing)->role)));
    if (element.levelId)
        if (auto level = project.modelLevel(*element.levelId); !level)
            return std::unexpected(level.error());
    std::unique_ptr<PlaceModelElement> command(new PlaceModelElement(project, parent));
    command->m_element = element;
    command->setText(
        QCoreApplication::translate("gw::place_model_element", "Place %1 %2 in the model as %3")
            .arg(displayName(element.kind), commands::quoted(*name), displayNameWithArticle(element.role)));
    return command;
}

void PlaceModelElement::redo()
{
    if (m_record.element.id > 0) {
        if (auto ok = m_project.restoreModelElement(m_record); !ok)
            commands::giveUp(*this, "PlaceModelElement", ok.error());
        return;
    }
    auto id = m_project.placeModelElement(m_element);
    if (!id) {
        commands::giveUp(*this, "PlaceModelElement", id.error());
        return;
    }
    auto record = m_project.modelElementRecord(*id);
    if (!record) {
        commands::giveUp(*this, "PlaceModelElement", record.error());
        return;
    }
    m_record = std::move(*record);
}

void PlaceModelElement::undo()
{
    if (auto ok = m_project.removeModelElement(m_record.element.id); !ok)
        commands::giveUp(*this, "PlaceModelElement", ok.error());
}

} // namespace gw
