// planImport, part three: variables and cases as attributes and cases, notes
// as memos, and what has no place in Groundwork yet (sets, links, graphs).
#include "core/import/text_decoding.h"
#include "core/refi/plan_builder.h"
#include "core/refi/qde_reader.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>

namespace gw::refi {

namespace {

AttributeType attributeType(const QString &refiType)
{
    if (refiType == u"Integer" || refiType == u"Float")
        return AttributeType::Number;
    if (refiType == u"Date" || refiType == u"DateTime")
        return AttributeType::Date;
    if (refiType == u"Boolean")
        return AttributeType::Boolean;
    return AttributeType::Text;
}

} // namespace

void PlanBuilder::cases()
{
    RefiPreview &preview = m_plan.preview;
    const QJsonObject ext = m_ext.value(QStringLiteral("attributes")).toObject();
    QHash<QString, AttributeType> types;
    QSet<QString> attributeNames;
    int position = 0;
    for (const Variable &v : m_p.variables) {
        QString name = v.name.simplified();
        if (name.isEmpty() || attributeNames.contains(name)) {
            skip(QStringLiteral("variable"), v.name, QCoreApplication::translate("gw::import_cases", "it has no name, or the same name as another"));
            continue;
        }
        attributeNames.insert(name);
        const QJsonObject e = ext.value(v.guid).toObject();
        const AttributeType type = e.isEmpty() ? attributeType(v.type)
                                               : attributeTypeFromString(e.value(QStringLiteral("type")).toString())
                                                     .value_or(attributeType(v.type));
        types.insert(v.guid, type);
        m_plan.attributes.push_back(
            PlannedAttribute{v.guid, name, type, e.isEmpty() ? position : e.value(QStringLiteral("position")).toInt()});
        ++position;
    }
    preview.attributes = int(m_plan.attributes.size());
    if (preview.sourceValues > 0)
        preview.notes.append(QCoreApplication::translate("gw::import_cases", "%1 variable values set on sources are kept in each source's details "
                                            "(Groundwork holds attributes on cases).")
                                 .arg(preview.sourceValues));

    QSet<QString> caseNames;
    int number = 0, unlinkedSelections = 0, codeRefs = 0;
    for (const Case &c : m_p.cases) {
        ++number;
        PlannedCase pc;
        pc.guid = c.guid;
        pc.name = c.name.simplified();
        if (pc.name.isEmpty())
            pc.name = QStringLiteral("Case %1").arg(number);
        const QString base = pc.name;
        for (int n = 2; caseNames.contains(pc.name); ++n)
            pc.name = QStringLiteral("%1 (%2)").arg(base).arg(n);
        caseNames.insert(pc.name);
        pc.description = c.description;
        for (const VariableValue &v : c.values) {
            if (!types.contains(v.variableGuid)) {
                skip(QStringLiteral("value"), pc.name,
                     QCoreApplication::translate("gw::import_cases", "it refers to a variable that is not in the file (%1)").arg(v.variableGuid));
                continue;
            }
            QString value = v.value.trimmed();
            if (types.value(v.variableGuid) == AttributeType::Date && value.size() > 10 && value[10] == u'T')
                value = value.left(10);
            const auto stored = attributeValue(types.value(v.variableGuid), value);
            if (!stored) {
                skip(QStringLiteral("value"), pc.name,
                     QCoreApplication::translate("gw::import_cases", "\"%1\" does not fit its variable's type").arg(v.value));
                continue;
            }
            if (!stored->isEmpty())
                pc.values.append({v.variableGuid, *stored});
        }
        for (const QString &g : c.sourceGuids) {
            const QString source = m_plan.sourceAlias.value(g, g);
            if (m_sources.contains(source)) {
                if (!pc.sourceGuids.contains(source))
                    pc.sourceGuids.append(source);
            } else
                skip(QCoreApplication::translate("gw::import_cases", "case link"), pc.name,
                     QCoreApplication::translate("gw::import_cases", "it refers to a source that was not imported or is not in the file (%1)").arg(g));
        }
        for (const QString &g : c.selectionGuids) {
            const QString source = m_selectionSource.value(g);
            if (!source.isEmpty() && !pc.sourceGuids.contains(source))
                pc.sourceGuids.append(source);
            else if (source.isEmpty())
                ++unlinkedSelections;
        }
        codeRefs += c.codeRefs;
        m_plan.cases.push_back(pc);
    }
    preview.cases = int(m_plan.cases.size());
    bool selectionMembers = false;
    for (const Case &c : m_p.cases)
        selectionMembers = selectionMembers || !c.selectionGuids.isEmpty();
    if (selectionMembers && !m_plan.preview.fromGroundwork)
        preview.notes.append(QCoreApplication::translate("gw::import_cases", "A case that points at passages (selections) is linked to their whole "
                                            "sources."));
    if (unlinkedSelections > 0)
        skip(QCoreApplication::translate("gw::import_cases", "case link"), QCoreApplication::translate("gw::import_cases", "%1 selections").arg(unlinkedSelections),
             QCoreApplication::translate("gw::import_cases", "cases point at selections that were not imported"));
    if (codeRefs > 0)
        skip(QCoreApplication::translate("gw::import_cases", "case code"), QCoreApplication::translate("gw::import_cases", "%1 codes on cases").arg(codeRefs),
             QCoreApplication::translate("gw::import_cases", "Groundwork codes passages, not cases"));
}

void PlanBuilder::memos()
{
    RefiPreview &preview = m_plan.preview;
    const QJsonObject ext = m_ext.value(QStringLiteral("memos")).toObject();
    for (const Note &n : m_p.notes) {
        PlannedMemo m;
        m.guid = n.guid;
        m.title = n.name;
        m.coderGuid = coderGuid(n.user);
        m.created = n.created;
        m.modified = n.modified.isEmpty() ? n.created : n.modified;
        if (n.hasInlineText)
            m.body = n.text;
        else if (!n.plainTextPath.isEmpty()) {
            auto bytes = m_archive.file(n.plainTextPath);
            auto decoded = bytes ? decodeText(*bytes, n.plainTextPath) : Result<QString>(std::unexpected(bytes.error()));
            if (!decoded) {
                skip(QStringLiteral("note"), n.name, decoded.error().message);
                continue;
            }
            m.body = *decoded;
        }
        m.targetKind = QStringLiteral("project");
        const QJsonObject e = ext.value(n.guid).toObject();
        if (!e.isEmpty()) {
            m.targetKind = e.value(QStringLiteral("targetKind")).toString(QStringLiteral("project"));
            m.targetGuid = cleanGuid(e.value(QStringLiteral("target")).toString());
            m.disconfirming = e.value(QStringLiteral("disconfirming")).toBool();
            m.title = e.value(QStringLiteral("title")).toString(m.title);
        } else {
            for (const NoteRef &r : m_p.noteRefs) {
                if (r.noteGuid != n.guid)
                    continue;
                if (r.targetKind == u"code" && m_codes.contains(r.targetGuid)) {
                    m.targetKind = QStringLiteral("code");
                    m.targetGuid = r.targetGuid;
                } else if (r.targetKind == u"code" && m_tierKind.contains(r.targetGuid)) {
                    m.targetKind = m_tierKind.value(r.targetGuid);
                    m.targetGuid = r.targetGuid;
                } else if (r.targetKind == u"source" && m_sources.contains(m_plan.sourceAlias.value(r.targetGuid, r.targetGuid))) {
                    m.targetKind = QStringLiteral("source");
                    m.targetGuid = m_plan.sourceAlias.value(r.targetGuid, r.targetGuid);
                } else if ((r.targetKind == u"selection" || r.targetKind == u"coding") &&
                           m_selectionSegment.contains(r.targetGuid)) {
                    m.targetKind = QStringLiteral("segment");
                    m.targetGuid = m_selectionSegment.value(r.targetGuid);
                } else if (r.targetKind == u"selection" && m_selectionSource.contains(r.targetGuid)) {
                    m.targetKind = QStringLiteral("source");
                    m.targetGuid = m_selectionSource.value(r.targetGuid);
                } else
                    continue;
                break;
            }
        }
        m_plan.memos.push_back(m);
    }
    preview.memos = int(m_plan.memos.size());
    int refs = 0;
    for (const NoteRef &r : m_p.noteRefs) {
        bool known = false;
        for (const Note &n : m_p.notes)
            known = known || n.guid == r.noteGuid;
        if (!known)
            ++refs;
    }
    if (refs > 0)
        skip(QCoreApplication::translate("gw::import_cases", "note reference"), QCoreApplication::translate("gw::import_cases", "%1 references").arg(refs),
             QCoreApplication::translate("gw::import_cases", "they point at notes that are not in the file"));
}

void PlanBuilder::setsAndLinks()
{
    for (const Set &s : m_p.sets) {
        if (s.sourceGuids.isEmpty() && s.codeGuids.isEmpty() && s.noteGuids.isEmpty()) {
            if (!m_plan.preview.fromGroundwork)
                skip(QStringLiteral("set"), s.name, QCoreApplication::translate("gw::import_cases", "it is empty"));
            continue;
        }
        if (s.sourceGuids.isEmpty()) {
            // Our own code sets only mirror the themes; another tool's are left.
            if (!m_plan.preview.fromGroundwork)
                skip(QStringLiteral("set"), s.name,
                     QCoreApplication::translate("gw::import_cases", "Groundwork's sets hold sources, not codes or notes (%1 codes, %2 notes in it)")
                         .arg(s.codeGuids.size())
                         .arg(s.noteGuids.size()));
            continue;
        }
        PlannedSet set{s.guid, s.name, {}};
        for (const QString &g : s.sourceGuids) {
            const QString source = m_plan.sourceAlias.value(g, g);
            if (m_sources.contains(source) && !set.sourceGuids.contains(source))
                set.sourceGuids.append(source);
        }
        if (set.sourceGuids.isEmpty()) {
            skip(QStringLiteral("set"), s.name, QCoreApplication::translate("gw::import_cases", "none of its %1 sources is imported").arg(s.sourceGuids.size()));
            continue;
        }
        if (!s.codeGuids.isEmpty() || !s.noteGuids.isEmpty())
            skip(QCoreApplication::translate("gw::import_cases", "set member"), s.name,
                 QCoreApplication::translate("gw::import_cases", "Groundwork's sets hold sources: its %1 codes and %2 notes were left out")
                     .arg(s.codeGuids.size())
                     .arg(s.noteGuids.size()));
        m_plan.sets.push_back(std::move(set));
    }
    if (m_plan.preview.fromGroundwork)
        return;
    if (m_p.links > 0)
        skip(QStringLiteral("link"), QCoreApplication::translate("gw::import_cases", "%1 links").arg(m_p.links),
             QCoreApplication::translate("gw::import_cases", "Groundwork has no links between notes and passages yet"));
    if (m_p.graphs > 0)
        skip(QStringLiteral("graph"), QCoreApplication::translate("gw::import_cases", "%1 graphs").arg(m_p.graphs),
             QCoreApplication::translate("gw::import_cases", "Groundwork draws its own figures from the data structure"));
}

} // namespace gw::refi
