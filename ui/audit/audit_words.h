#pragma once
// An audit log entry said in words, as the audit view lists it: "Merged “A” and
// “B” into “Site visits”", "Placed code “X” under theme “Y”". Reads the
// entry's details (the JSON core writes with each action); an action it does
// not know is still named, never dropped.

#include "core/model/types.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace gw {

// CODENAMES maps code guids to names, for the entries that name a code only
// by its guid (rename, stage, archive).
[[nodiscard]] QString auditInWords(const AuditEntry &entry, const QHash<QString, QString> &codeNames = {});

// The kinds of action a filter offers: {label, action prefix}, e.g.
// {"Merges and splits", "code.merge"}. The label is in English, to be shown
// as QCoreApplication::translate("gw::AuditView", label).
struct AuditKind
{
    const char *label;
    QStringList prefixes;
};
[[nodiscard]] const QList<AuditKind> &auditKinds();

} // namespace gw
