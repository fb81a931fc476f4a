#include "core/analysis/passage_report.h"

#include "core/model/attribution.h"

namespace gw {

Result<std::vector<PassageView>> describePassages(CodingData &data, const std::vector<Passage> &passages)
{
    std::vector<PassageView> out;
    out.reserve(passages.size());
    for (const Passage &p : passages) {
        PassageView v;
        v.passage = p;
        if (const SourceRow *s = data.source(p.sourceId))
            v.sourceName = s->name;
        auto text = data.text(p.sourceId, p.start, p.end);
        if (!text)
            return std::unexpected(text.error());
        v.text = std::move(*text);
        auto speaking = data.casesSpeaking(p.sourceId, p.start);
        if (!speaking)
            return std::unexpected(speaking.error());
        std::vector<CaseInfo> cases;
        for (const std::size_t k : *speaking) {
            cases.push_back(data.cases[k]);
            v.cases.append(data.cases[k].name);
        }
        v.attribution = caseAttribution(cases, data.attributionTemplate);
        for (const Id id : p.segmentIds)
            if (const CodedSegment *s = data.segment(id))
                if (const CodeRow *c = data.code(s->codeId); c && !v.codes.contains(c->name))
                    v.codes.append(c->name);
        out.push_back(std::move(v));
    }
    return out;
}

std::vector<Passage> passagesOfSegments(const CodingData &data, const std::vector<Id> &segmentIds)
{
    const std::set<Id> wanted(segmentIds.begin(), segmentIds.end());
    std::vector<Passage> out;
    for (const CodedSegment &s : data.segments)
        if (wanted.contains(s.id))
            out.push_back({s.sourceId, s.start, s.end, {s.id}});
    return out;
}

Table passageTable(const std::vector<PassageView> &views, const QString &caption)
{
    Table t;
    t.name = QStringLiteral("Passages");
    t.caption = caption;
    t.header = {QStringLiteral("Source"), QStringLiteral("Start"), QStringLiteral("End"),
                QStringLiteral("Attribution"), QStringLiteral("Codes"), QStringLiteral("Text")};
    for (const PassageView &v : views)
        t.rows.push_back({TableCell{cleanedCellText(v.sourceName), 1}, TableCell{QString::number(v.passage.start), 1},
                          TableCell{QString::number(v.passage.end), 1}, TableCell{cleanedCellText(v.attribution), 1},
                          TableCell{cleanedCellText(v.codes.join(QStringLiteral("; "))), 1},
                          TableCell{cleanedCellText(v.text), 1}});
    t.columnShares = {2, 0.7, 0.7, 2, 2, 6};
    return t;
}

} // namespace gw
