#include "core/analysis/disagreements.h"

#include "core/analysis/agreement_stats.h"
#include "core/model/project.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <map>
#include <tuple>

namespace gw {

namespace {

// The characters SEGMENTS cover, as sorted disjoint spans.
Spans coverage(const std::vector<SegmentInfo> &segments)
{
    Spans spans;
    for (const SegmentInfo &s : segments)
        spans.emplace_back(s.start, s.end);
    return mergedSpans(std::move(spans));
}

// One code's segments by both coders in one source, sorted by start, cut into
// passages of overlapping segments.
std::vector<std::vector<SegmentInfo>> passages(std::vector<SegmentInfo> segments)
{
    std::ranges::sort(segments, [](const SegmentInfo &a, const SegmentInfo &b) {
        return std::tie(a.start, a.end, a.id) < std::tie(b.start, b.end, b.id);
    });
    std::vector<std::vector<SegmentInfo>> out;
    std::int64_t reach = -1;
    for (SegmentInfo &s : segments) {
        if (out.empty() || s.start >= reach) {
            out.emplace_back();
            reach = s.end;
        }
        reach = std::max(reach, s.end);
        out.back().push_back(std::move(s));
    }
    return out;
}

Result<void> checkCoders(Project &project, const QString &first, const QString &second)
{
    if (first.isEmpty() || second.isEmpty() || first == second)
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::disagreements", "Choose two different coders to compare."));
    auto names = project.coderNames();
    if (!names)
        return std::unexpected(names.error());
    for (const QString &name : {first, second})
        if (!names->contains(name))
            return fail(ErrorKind::NotFound,
                        QCoreApplication::translate("gw::disagreements", "No coder named \"%1\" has worked on this project.").arg(name));
    return {};
}

SegmentInfo copyFor(const SegmentInfo &s, const QString &coder)
{
    SegmentInfo copy = s;
    copy.id = 0;
    copy.guid.clear();
    copy.coder = coder;
    return copy;
}

} // namespace

QString describe(const Disagreement &d, const QString &first, const QString &second)
{
    switch (d.kind) {
    case Disagreement::Kind::OnlyFirst:
        return QCoreApplication::translate("gw::disagreements", "only %1 coded it").arg(first);
    case Disagreement::Kind::OnlySecond:
        return QCoreApplication::translate("gw::disagreements", "only %1 coded it").arg(second);
    case Disagreement::Kind::Boundaries:
        break;
    }
    return QCoreApplication::translate("gw::disagreements", "boundaries differ");
}

QString toString(Resolution resolution)
{
    switch (resolution) {
    case Resolution::AcceptFirst:
        return QStringLiteral("accept first");
    case Resolution::AcceptSecond:
        return QStringLiteral("accept second");
    case Resolution::Both:
        return QStringLiteral("both");
    case Resolution::Neither:
        break;
    }
    return QStringLiteral("neither");
}

Result<std::vector<Disagreement>> findDisagreements(Project &project, const DisagreementRequest &request)
{
    if (auto ok = checkCoders(project, request.first, request.second); !ok)
        return std::unexpected(ok.error());
    auto all = project.sources();
    if (!all)
        return std::unexpected(all.error());
    std::vector<Disagreement> found;
    for (const SourceInfo &source : *all) {
        if (!request.sourceIds.empty() && std::ranges::find(request.sourceIds, source.id) == request.sourceIds.end())
            continue;
        auto segments = project.segmentsOfSource(source.id, false);
        if (!segments)
            return std::unexpected(segments.error());
        // By code name, so that the list reads in the order the code tree sorts.
        std::map<std::pair<QString, Id>, std::vector<SegmentInfo>> byCode;
        for (const SegmentInfo &s : *segments) {
            if (s.coder != request.first && s.coder != request.second)
                continue;
            if (!request.codeIds.empty() && std::ranges::find(request.codeIds, s.codeId) == request.codeIds.end())
                continue;
            byCode[{s.codeName.toCaseFolded(), s.codeId}].push_back(s);
        }
        if (byCode.empty())
            continue;
        auto text = project.sourceText(source.id);
        if (!text)
            return std::unexpected(text.error());
        const text::Utf16Map map(*text);
        for (auto &[key, codeSegments] : byCode) {
            for (std::vector<SegmentInfo> &passage : passages(std::move(codeSegments))) {
                Disagreement d;
                for (SegmentInfo &s : passage)
                    (s.coder == request.first ? d.first : d.second).push_back(s);
                if (coverage(d.first) == coverage(d.second))
                    continue;
                d.kind = d.second.empty()  ? Disagreement::Kind::OnlyFirst
                         : d.first.empty() ? Disagreement::Kind::OnlySecond
                                           : Disagreement::Kind::Boundaries;
                d.sourceId = source.id;
                d.sourceName = source.name;
                d.codeId = key.second;
                d.code = passage.front().codeName;
                d.start = passage.front().start;
                for (const SegmentInfo &s : passage)
                    d.end = std::max(d.end, s.end);
                const qsizetype from = map.utf16Index(d.start);
                d.text = text->mid(from, map.utf16Index(d.end) - from);
                found.push_back(std::move(d));
            }
        }
    }
    return found;
}

ResolutionEdit planResolution(const Disagreement &d, const QString &first, const QString &second,
                              Resolution resolution)
{
    ResolutionEdit edit;
    switch (resolution) {
    case Resolution::AcceptFirst:
        edit.remove = d.second;
        for (const SegmentInfo &s : d.first)
            edit.add.push_back(copyFor(s, second));
        break;
    case Resolution::AcceptSecond:
        edit.remove = d.first;
        for (const SegmentInfo &s : d.second)
            edit.add.push_back(copyFor(s, first));
        break;
    case Resolution::Both: {
        // Each coder gets the characters either coded, as whole spans.
        std::vector<SegmentInfo> all = d.first;
        all.insert(all.end(), d.second.begin(), d.second.end());
        edit.remove = all;
        for (const auto &[from, to] : coverage(all))
            for (const QString &coder : {first, second}) {
                SegmentInfo s = copyFor(all.front(), coder);
                s.start = from;
                s.end = to;
                edit.add.push_back(std::move(s));
            }
        break;
    }
    case Resolution::Neither:
        edit.remove = d.first;
        edit.remove.insert(edit.remove.end(), d.second.begin(), d.second.end());
        break;
    }
    edit.details = QJsonObject{{QStringLiteral("source"), d.sourceName},
                               {QStringLiteral("code"), d.code},
                               {QStringLiteral("start"), qint64(d.start)},
                               {QStringLiteral("end"), qint64(d.end)},
                               {QStringLiteral("first"), first},
                               {QStringLiteral("second"), second},
                               {QStringLiteral("resolution"), toString(resolution)}};
    return edit;
}

} // namespace gw
