#pragma once
// Where two coders differ (the disagreement browser): per source and code, the
// passages that one coder coded and the other did not, or coded with other
// boundaries. A passage is a cluster of overlapping segments of the code by
// either coder; it is a disagreement unless both coders cover exactly the same
// characters of it. Resolving one makes both coders' coding of the passage
// alike: accepting a side gives the other coder a copy of that side's
// segments (in place of their own), both gives each coder the characters
// either coded (as whole spans), neither removes them all.

#include "core/error.h"
#include "core/model/types.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace gw {

class Project;

struct Disagreement
{
    enum class Kind { OnlyFirst, OnlySecond, Boundaries };

    Id sourceId = 0;
    QString sourceName;
    Id codeId = 0;
    QString code;
    std::int64_t start = 0; // the passage: from its first segment's start
    std::int64_t end = 0;   // to its last segment's end (code points)
    QString text;           // the passage's text
    Kind kind = Kind::Boundaries;
    std::vector<SegmentInfo> first;  // the first coder's segments of the code in the passage
    std::vector<SegmentInfo> second; // the second coder's
};

// "only Ann coded it", "only Ben coded it", "boundaries differ".
[[nodiscard]] QString describe(const Disagreement &d, const QString &first, const QString &second);

struct DisagreementRequest
{
    QString first;
    QString second;
    std::vector<Id> sourceIds; // empty: every source
    std::vector<Id> codeIds;   // empty: every code
};

// In source order (as Project::sources lists them), then code name, then
// position. Refuses unknown or equal coder names.
[[nodiscard]] Result<std::vector<Disagreement>> findDisagreements(Project &project,
                                                                  const DisagreementRequest &request);

enum class Resolution { AcceptFirst, AcceptSecond, Both, Neither };

[[nodiscard]] QString toString(Resolution resolution);

// What resolving D as RESOLUTION writes: the segments to remove and those to
// add (ids 0: new), for Project::replaceSegments.
struct ResolutionEdit
{
    std::vector<SegmentInfo> remove;
    std::vector<SegmentInfo> add;
    QJsonObject details; // for the audit entry: source, code, passage, coders, resolution
};

[[nodiscard]] ResolutionEdit planResolution(const Disagreement &d, const QString &first, const QString &second,
                                            Resolution resolution);

} // namespace gw
