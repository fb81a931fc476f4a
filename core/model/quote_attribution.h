#pragma once
// Who a quote is cited as, for every writer that cites segments (the data
// structure's exemplars, the CMO table, the codebook, the write-up, the
// segments dock): the source's cases through the project's attribution
// (attribution.h), narrowed to the speaker's own case in a focus group. Each
// source's cases and turns are read once.

#include "core/error.h"
#include "core/model/cases.h"
#include "core/model/types.h"

#include <QHash>
#include <QString>
#include <vector>

namespace gw {

class Project;

class QuoteAttribution
{
public:
    // TEMPLATE: an attribution template; unset, the project's.
    explicit QuoteAttribution(Project &project);
    QuoteAttribution(Project &project, QString templ);

    // "CCIO from Site_A" for the passage at START of SOURCEID; empty when the
    // source has no case.
    [[nodiscard]] Result<QString> of(Id sourceId, std::int64_t start);
    // The cases themselves, as of() cites them.
    [[nodiscard]] Result<std::vector<CaseInfo>> casesOf(Id sourceId, std::int64_t start);

private:
    struct Source
    {
        std::vector<CaseInfo> cases;
        std::vector<Turn> turns; // read only when the source has several cases
    };
    Result<const Source *> source(Id sourceId);

    Project &m_project;
    QString m_template;
    QHash<Id, Source> m_sources;
};

} // namespace gw
