#pragma once
// An anonymised copy of a project to share (`export anonymised`, File > Export
// > Anonymised Copy): a fresh file (VACUUM INTO, so no page of an earlier text
// survives) without what remembers the names (the audit log's before and after,
// the original file names of the sources) and with its search index rebuilt
// from the anonymised texts. Given the names that were replaced, it reads the
// finished file byte by byte and refuses it, naming where, if any name is left.
// A .qdpx OUT writes the copy as REFI-QDA instead.

#include "core/analysis/anonymisation.h"
#include "core/error.h"

#include <QString>
#include <vector>

namespace gw {

class Project;

struct AnonymisedCopy
{
    QString path;
    std::int64_t sources = 0;
    std::int64_t bytes = 0;
};

[[nodiscard]] Result<AnonymisedCopy> exportAnonymisedCopy(Project &project, const QString &out,
                                                          const std::vector<AnonymousName> &names = {});

} // namespace gw
