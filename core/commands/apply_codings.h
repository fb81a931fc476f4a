#pragma once
// Codes many ranges with one code as one undo step and one transaction
// ("Code 5,000 passages with …"): coding every hit of a search, for one.
// Undoing takes them all out at once, redoing puts them back with their ids.

#include "core/error.h"
#include "core/model/types.h"

#include <QUndoCommand>
#include <memory>
#include <vector>

namespace gw {

class Project;

class ApplyCodings : public QUndoCommand
{
public:
    // RANGES: sourceId, start and end of each passage. Validates first, so a
    // command on the stack can always be done; refuses an archived code and a
    // range outside its source.
    [[nodiscard]] static Result<std::unique_ptr<ApplyCodings>> make(Project &project, Id codeId,
                                                                    std::vector<SegmentInfo> ranges);

    void redo() override;
    void undo() override;

    // The segments as coded (ids and guids), after the first redo.
    [[nodiscard]] const std::vector<SegmentInfo> &segments() const { return m_segments; }

private:
    ApplyCodings(Project &project, Id codeId, std::vector<SegmentInfo> ranges);

    Project &m_project;
    Id m_codeId = 0;
    std::vector<SegmentInfo> m_segments; // ranges before the first redo, segments after it
    bool m_done = false;
};

} // namespace gw
