// planImport, part two: text sources, their positions and their segments.
#include "core/import/text_decoding.h"
#include "core/model/project.h"
#include "core/refi/plan_builder.h"
#include "core/refi/qde_reader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>
#include <algorithm>
#include <tuple>

namespace gw::refi {

namespace {

QString sourceTypeName(SourceType t)
{
    switch (t) {
    case SourceType::Pdf: return QStringLiteral("PDF");
    case SourceType::Picture: return QStringLiteral("picture");
    case SourceType::Audio: return QStringLiteral("audio");
    case SourceType::Video: return QStringLiteral("video");
    case SourceType::Text: break;
    }
    return QStringLiteral("text");
}

int selectionsOnBoundaries(const std::vector<TextOfSource> &texts, PositionUnit unit, int *total)
{
    int on = 0;
    *total = 0;
    for (const TextOfSource &t : texts)
        for (const Selection &s : t.source->selections) {
            if (!s.positionsValid)
                continue;
            const auto a = t.map->map(s.start, unit), b = t.map->map(s.end, unit);
            if (!a || !b)
                continue;
            ++*total;
            if (t.map->onWordBoundary(*a) && t.map->onWordBoundary(*b))
                ++on;
        }
    return on;
}

// XML turns line breaks in attribute values into spaces, so a quote in a
// selection's name is compared with the text's line breaks read as spaces.
QString asAttribute(QString text)
{
    text.replace(u'\n', u' ').replace(u'\t', u' ').replace(u'\r', u' ');
    return text;
}

// Whether SEL names a passage (QualCoder puts the coded text there), not a
// label such as "line:12".
bool quotesItsPassage(const Selection &sel)
{
    static const QRegularExpression lineLabel(QStringLiteral("^line:\\d+$"));
    return !sel.name.trimmed().isEmpty() && !lineLabel.match(sel.name).hasMatch();
}

bool quoteMatches(const PositionMap &map, const Selection &sel, std::int64_t start, std::int64_t end)
{
    return asAttribute(map.slice(start, end)) == asAttribute(sel.name.normalized(QString::NormalizationForm_C));
}

// How many selections' quoted passages match the text read in UNIT; *CHECKED
// gets how many quote one.
int quotesMatching(const std::vector<TextOfSource> &texts, PositionUnit unit, int *checked)
{
    int matched = 0;
    *checked = 0;
    for (const TextOfSource &t : texts)
        for (const Selection &s : t.source->selections) {
            if (!s.positionsValid || !quotesItsPassage(s))
                continue;
            ++*checked;
            const auto a = t.map->map(s.start, unit), b = t.map->map(s.end, unit);
            if (a && b && *b > *a && quoteMatches(*t.map, s, *a, *b))
                ++matched;
        }
    return matched;
}

} // namespace

PositionUnit PlanBuilder::chooseUnit(const std::vector<TextOfSource> &texts)
{
    RefiPreview &preview = m_plan.preview;
    if (preview.positionsChosen) {
        preview.notes.append(QCoreApplication::translate("gw::import_sources", "Positions were read in %1, as chosen.").arg(toString(preview.positions)));
        return preview.positions;
    }
    const QString origin = m_p.origin;
    const QString producer = origin.isEmpty() ? QCoreApplication::translate("gw::import_sources", "The producer") : origin;
    if (origin.contains(QStringLiteral("NVivo"), Qt::CaseInsensitive)) {
        preview.notes.append(
            QCoreApplication::translate("gw::import_sources", "Positions were counted by %1 in UTF-16 units over the stored text (a line end as two, "
                           "an emoji as two); they were converted to Groundwork's characters.")
                .arg(origin));
        return PositionUnit::Utf16;
    }
    if (preview.fromGroundwork)
        return PositionUnit::CodePoints;
    bool differ = false, crlf = false;
    for (const TextOfSource &t : texts) {
        differ = differ || (!t.source->selections.empty() && !t.map->identity()) || t.map->hasSurrogates();
        crlf = crlf || t.map->hasCrLf();
    }
    if (!differ)
        return PositionUnit::CodePoints;
    // QualCoder and qc count characters; whether a line end counts as one
    // depends on how the file was exported. Other producers may count anyhow.
    const bool countsCharacters = origin.startsWith(QStringLiteral("QualCoder")) || origin.startsWith(QStringLiteral("qc "));
    std::vector<PositionUnit> candidates{PositionUnit::CodePoints};
    if (crlf)
        candidates.push_back(PositionUnit::LineEndAsOne);
    if (!countsCharacters)
        candidates.push_back(PositionUnit::Utf16);
    if (candidates.size() == 1)
        return PositionUnit::CodePoints;
    struct Evidence
    {
        PositionUnit unit;
        int quotes = 0, boundaries = 0;
    };
    std::vector<Evidence> evidence;
    int quotesChecked = 0, total = 0;
    for (const PositionUnit unit : candidates)
        evidence.push_back({unit, quotesMatching(texts, unit, &quotesChecked), selectionsOnBoundaries(texts, unit, &total)});
    // Quotes of the coded passage (QualCoder names each selection by it) decide
    // first; selections that do not cut words next; characters as stored last.
    const Evidence &best = *std::ranges::max_element(evidence, [](const Evidence &a, const Evidence &b) {
        return std::tie(a.quotes, a.boundaries) < std::tie(b.quotes, b.boundaries);
    });
    const Evidence &asStored = evidence.front();
    if (best.unit == PositionUnit::CodePoints ||
        (best.quotes == asStored.quotes && best.boundaries <= asStored.boundaries) ||
        (quotesChecked == 0 && (total == 0 || asStored.boundaries >= total * 9 / 10)))
        return PositionUnit::CodePoints;
    preview.warnings.append(
        QCoreApplication::translate("gw::import_sources", "%1 does not count positions in characters over the text as stored. Read in %2, %3; read as "
                       "stored, %4. The file was read in %2: check a few segments, or choose another reading.")
            .arg(producer, toString(best.unit),
                 quotesChecked > 0 ? QCoreApplication::translate("gw::import_sources", "%1 of %2 quoted passages match").arg(best.quotes).arg(quotesChecked)
                                   : QCoreApplication::translate("gw::import_sources", "%1 of %2 selections keep to word boundaries").arg(best.boundaries).arg(total),
                 quotesChecked > 0 ? QCoreApplication::translate("gw::import_sources", "%1 do").arg(asStored.quotes)
                                   : QCoreApplication::translate("gw::import_sources", "%1 do").arg(asStored.boundaries)));
    return best.unit;
}

void PlanBuilder::sources()
{
    RefiPreview &preview = m_plan.preview;
    const QJsonObject ext = m_ext.value(QStringLiteral("sources")).toObject();
    std::vector<TextOfSource> texts;
    int number = 0;
    for (const Source &s : m_p.sources) {
        ++number;
        QString name = s.name.simplified();
        if (name.isEmpty() && !s.plainTextPath.isEmpty())
            name = QFileInfo(s.plainTextPath.section(u'/', -1)).completeBaseName();
        if (name.isEmpty())
            name = QStringLiteral("Source %1").arg(number);
        const int selections = int(s.selections.size()) + s.otherSelections;
        if (s.type != SourceType::Text) {
            ++preview.sourcesSkipped;
            preview.segmentsSkipped += selections;
            skip(QStringLiteral("source"), name,
                 QCoreApplication::translate("gw::import_sources", "%1 sources are not supported yet%2")
                     .arg(sourceTypeName(s.type))
                     .arg(selections > 0 ? QCoreApplication::translate("gw::import_sources", "; its %1 selections are not imported either").arg(selections)
                                         : QString()));
            continue;
        }
        QString raw;
        if (s.hasInlineText)
            raw = s.inlineText;
        else if (!s.plainTextPath.isEmpty()) {
            auto bytes = m_archive.file(s.plainTextPath);
            Result<QString> decoded = bytes ? decodeText(*bytes, s.plainTextPath.section(u'/', -1))
                                            : Result<QString>(std::unexpected(bytes.error()));
            if (!decoded) {
                ++preview.sourcesSkipped;
                preview.segmentsSkipped += selections;
                skip(QStringLiteral("source"), name, decoded.error().message);
                continue;
            }
            raw = *decoded;
        } else {
            ++preview.sourcesSkipped;
            preview.segmentsSkipped += selections;
            skip(QStringLiteral("source"), name, QCoreApplication::translate("gw::import_sources", "it has neither a text file nor inline text"));
            continue;
        }
        texts.push_back(TextOfSource{&s, name, std::make_unique<PositionMap>(raw)});
    }

    const PositionUnit unit = chooseUnit(texts);
    preview.positions = unit;
    QHash<QString, QString> byHash; // content hash -> planned source guid
    QSet<QString> names, segmentGuids, segmentKeys;
    int offBoundary = 0, duplicates = 0, uncoded = 0;
    for (const TextOfSource &t : texts) {
        const Source &s = *t.source;
        const PositionMap &map = *t.map;
        if (!map.exact())
            preview.warnings.append(QCoreApplication::translate("gw::import_sources", "The text of \"%1\" changed more than usual when normalised; "
                                                   "segment positions in it may be off by a character.")
                                        .arg(t.name));
        const QString hash = gw::Project::contentHash(map.normalised());
        QString target;
        if (const auto it = byHash.constFind(hash); it != byHash.constEnd()) {
            target = *it;
            m_plan.sourceAlias.insert(s.guid, target);
            ++preview.sourcesSameText;
            skip(QStringLiteral("source"), t.name,
                 QCoreApplication::translate("gw::import_sources", "same text as another source in the file; its segments go to that source"));
        } else {
            PlannedSource p;
            p.guid = s.guid;
            for (const PlannedSource &other : m_plan.sources)
                if (other.guid == p.guid)
                    p.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QString name = t.name;
            for (int n = 2; names.contains(name); ++n)
                name = QStringLiteral("%1 (%2)").arg(t.name).arg(n);
            names.insert(name);
            p.source.name = name;
            p.source.text = map.normalised();
            p.source.normalised = true;
            p.source.kind = SourceKind::Document;
            p.source.originalName = s.plainTextPath.isEmpty() ? QString() : s.plainTextPath.section(u'/', -1);
            p.source.originalFormat = QStringLiteral("refi-qda");
            p.hash = hash;
            p.length = map.length();
            QJsonObject metadata;
            QList<Turn> turns;
            const QJsonObject e = ext.value(s.guid).toObject();
            if (!e.isEmpty()) {
                p.source.name = s.name;
                p.source.kind = sourceKindFromString(e.value(QStringLiteral("kind")).toString()).value_or(SourceKind::Document);
                p.source.originalName = e.value(QStringLiteral("originalName")).toString();
                p.source.originalFormat = e.value(QStringLiteral("originalFormat")).toString();
                p.sourceDate = e.value(QStringLiteral("sourceDate")).toString();
                p.imported = e.value(QStringLiteral("imported")).toString();
                p.source.metadata = e.value(QStringLiteral("metadata")).toString();
                for (const QJsonValue &v : e.value(QStringLiteral("turns")).toArray()) {
                    const QJsonArray a = v.toArray();
                    Turn turn{a.at(0).toString(), a.at(1).toInteger(), a.at(2).toInteger(), std::nullopt};
                    if (!a.at(3).isNull())
                        turn.timestampMs = a.at(3).toInteger();
                    turns.append(turn);
                }
            }
            if (!s.values.isEmpty() && !m_plan.preview.fromGroundwork) {
                QJsonObject values;
                for (const VariableValue &v : s.values) {
                    QString variable = v.variableGuid;
                    for (const Variable &var : m_p.variables)
                        if (var.guid == v.variableGuid)
                            variable = var.name;
                    values.insert(variable, v.value);
                    ++preview.sourceValues;
                }
                metadata.insert(QStringLiteral("refiVariables"), values);
            }
            if (!metadata.isEmpty() && e.isEmpty())
                p.source.metadata = QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
            target = p.guid;
            byHash.insert(hash, target);
            m_plan.sources.push_back(std::move(p));
            m_plan.turns.push_back(turns);
            m_sources.insert(target);
            if (s.guid != target)
                m_plan.sourceAlias.insert(s.guid, target);
        }

        if (s.wholeSourceCodings > 0) {
            preview.segmentsSkipped += s.wholeSourceCodings;
            skip(QStringLiteral("coding"), t.name,
                 QCoreApplication::translate("gw::import_sources", "%1 codings of the whole source are not imported (Groundwork codes passages; use a "
                                "case or an attribute for the whole source)")
                     .arg(s.wholeSourceCodings));
        }
        for (const Selection &sel : s.selections) {
            const QString label = sel.name.isEmpty() ? QCoreApplication::translate("gw::import_sources", "%1 at %2–%3").arg(t.name).arg(sel.start).arg(sel.end)
                                                     : QStringLiteral("%1: \"%2\"").arg(t.name, sel.name.left(40));
            const int codings = std::max<int>(1, int(sel.codings.size()));
            std::optional<std::int64_t> a, b;
            if (sel.positionsValid) {
                a = map.map(sel.start, unit);
                b = map.map(sel.end, unit);
            }
            if (!a || !b || *b <= *a) {
                preview.segmentsSkipped += codings;
                skip(QStringLiteral("selection"), label,
                     !sel.positionsValid ? QCoreApplication::translate("gw::import_sources", "it has no valid start and end positions")
                     : (!a || !b)
                         ? QCoreApplication::translate("gw::import_sources", "its positions %1–%2 lie outside the text (%3 %4 long)")
                               .arg(sel.start)
                               .arg(sel.end)
                               .arg(unit == PositionUnit::Utf16 ? map.normalised().size() : map.length())
                               .arg(toString(unit))
                         : QCoreApplication::translate("gw::import_sources", "its positions %1–%2 give an empty passage").arg(sel.start).arg(sel.end));
                continue;
            }
            m_selectionSource.insert(sel.guid, target);
            ++preview.selectionsChecked;
            if (map.onWordBoundary(*a) && map.onWordBoundary(*b))
                ++preview.selectionsOnWordBoundaries;
            else
                ++offBoundary;
            if (quotesItsPassage(sel)) {
                ++preview.quotesChecked;
                if (quoteMatches(map, sel, *a, *b))
                    ++preview.quotesMatched;
            }
            if (sel.codings.isEmpty()) {
                ++uncoded;
                continue;
            }
            bool first = true;
            for (const Coding &c : sel.codings) {
                if (!m_codes.contains(c.codeGuid)) {
                    ++preview.segmentsSkipped;
                    skip(QStringLiteral("coding"), label,
                         QCoreApplication::translate("gw::import_sources", "it refers to a code that is not in the codebook (%1)").arg(c.codeGuid));
                    continue;
                }
                PlannedSegment seg;
                seg.guid = first ? sel.guid : c.guid;
                if (segmentGuids.contains(seg.guid))
                    seg.guid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                seg.sourceGuid = target;
                seg.codeGuid = c.codeGuid;
                seg.start = *a;
                seg.end = *b;
                seg.coderGuid = coderGuid(c.user.isEmpty() ? sel.user : c.user);
                seg.created = c.created.isEmpty() ? sel.created : c.created;
                const QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(target, c.codeGuid).arg(*a).arg(*b).arg(seg.coderGuid);
                if (segmentKeys.contains(key)) {
                    ++duplicates;
                    continue;
                }
                segmentKeys.insert(key);
                segmentGuids.insert(seg.guid);
                if (first)
                    m_selectionSegment.insert(sel.guid, seg.guid);
                m_selectionSegment.insert(c.guid, seg.guid);
                first = false;
                m_plan.segments.push_back(seg);
            }
        }
    }
    preview.sources = int(m_plan.sources.size());
    preview.segments = int(m_plan.segments.size());
    if (duplicates > 0)
        preview.notes.append(QCoreApplication::translate("gw::import_sources", "%1 codings repeat another one exactly (same passage, code and coder) "
                                            "and come in once.")
                                 .arg(duplicates));
    if (uncoded > 0)
        skip(QStringLiteral("selection"), QCoreApplication::translate("gw::import_sources", "%1 selections").arg(uncoded),
             QCoreApplication::translate("gw::import_sources", "they carry no code (Groundwork keeps coded passages only; memos on them go to their source)"));
    if (preview.selectionsChecked > 0 && offBoundary * 20 > preview.selectionsChecked)
        preview.warnings.append(
            QCoreApplication::translate("gw::import_sources", "%1 of %2 segments do not start and end at word boundaries: the producer may count "
                           "positions differently. Check a few segments against the original tool.")
                .arg(offBoundary)
                .arg(preview.selectionsChecked));
    if (preview.quotesChecked > 0 && preview.quotesMatched < preview.quotesChecked && preview.quotesMatched > 0)
        preview.warnings.append(QCoreApplication::translate("gw::import_sources", "%1 of %2 selections name a passage that differs from the text at "
                                               "their positions.")
                                    .arg(preview.quotesChecked - preview.quotesMatched)
                                    .arg(preview.quotesChecked));
}

} // namespace gw::refi
