#include "core/commands/anonymise_fields.h"

#include "core/commands/command_failure.h"

#include <QCoreApplication>

namespace gw {

AnonymiseFields::AnonymiseFields(Project &project, std::vector<AnonymisedField> fields)
    : m_project(project), m_fields(std::move(fields))
{
    setText(QCoreApplication::translate("gw::anonymise_fields", "Anonymise %1 other field(s)").arg(m_fields.size()));
}

Result<std::unique_ptr<AnonymiseFields>> AnonymiseFields::apply(Project &project, std::vector<AnonymisedField> fields)
{
    if (auto ok = writeAnonymisedFields(project, fields, false); !ok)
        return std::unexpected(ok.error());
    return std::unique_ptr<AnonymiseFields>(new AnonymiseFields(project, std::move(fields)));
}

void AnonymiseFields::redo()
{
    if (m_made) {
        m_made = false;
        return;
    }
    if (auto ok = writeAnonymisedFields(m_project, m_fields, false); !ok)
        commands::giveUp(*this, "AnonymiseFields", ok.error());
}

void AnonymiseFields::undo()
{
    if (auto ok = writeAnonymisedFields(m_project, m_fields, true); !ok)
        commands::giveUp(*this, "AnonymiseFields", ok.error());
}

} // namespace gw
