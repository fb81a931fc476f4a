#include "core/structure/structure_diff.h"

#include "core/model/project.h"
#include "core/model/structure_snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <map>

namespace gw {

QString toString(StructureTier tier)
{
    switch (tier) {
    case StructureTier::Dimension: return QStringLiteral("dimension");
    case StructureTier::Theme: return QStringLiteral("theme");
    case StructureTier::Code: return QStringLiteral("code");
    }
    return {};
}

QString toString(StructureChangeKind kind)
{
    switch (kind) {
    case StructureChangeKind::Added: return QStringLiteral("added");
    case StructureChangeKind::Removed: return QStringLiteral("removed");
    case StructureChangeKind::Merged: return QStringLiteral("merged");
    case StructureChangeKind::Moved: return QStringLiteral("moved");
    case StructureChangeKind::Renamed: return QStringLiteral("renamed");
    }
    return {};
}

namespace {

// An item of one state: its name and its parent's name ("" for none).
struct Placed
{
    QString name;
    QString parent;
    Id parentId = 0;
};

struct Flat
{
    std::map<Id, Placed> dimensions, themes, codes; // by id, in id order
};

Flat flatten(const DataStructure &s)
{
    Flat f;
    const auto addTheme = [&](const StructureTheme &t, const QString &dimension, Id dimensionId) {
        f.themes[t.id] = Placed{t.name, dimension, dimensionId};
        for (const StructureCode &c : t.codes)
            f.codes[c.id] = Placed{c.name, t.name, t.id};
    };
    for (const StructureDimension &d : s.dimensions) {
        f.dimensions[d.id] = Placed{d.name, {}, 0};
        for (const StructureTheme &t : d.themes)
            addTheme(t, d.name, d.id);
    }
    for (const StructureTheme &t : s.unplacedThemes)
        addTheme(t, {}, 0);
    for (const StructureCode &c : s.unplacedCodes)
        f.codes[c.id] = Placed{c.name, {}, 0};
    return f;
}

void compareTier(StructureTier tier, const std::map<Id, Placed> &before, const std::map<Id, Placed> &after,
                 const QHash<Id, QString> &mergedInto, std::vector<StructureChange> &out)
{
    for (const auto &[id, b] : before) {
        auto a = after.find(id);
        if (a == after.end()) {
            if (tier == StructureTier::Code && mergedInto.contains(id))
                out.push_back({StructureChangeKind::Merged, tier, id, b.name, b.parent, mergedInto.value(id)});
            else
                out.push_back({StructureChangeKind::Removed, tier, id, b.name, b.parent, {}});
            continue;
        }
        if (a->second.name != b.name)
            out.push_back({StructureChangeKind::Renamed, tier, id, a->second.name, b.name, {}});
        if (a->second.parentId != b.parentId)
            out.push_back({StructureChangeKind::Moved, tier, id, a->second.name, b.parent, a->second.parent});
    }
    for (const auto &[id, a] : after)
        if (!before.contains(id))
            out.push_back({StructureChangeKind::Added, tier, id, a.name, {}, a.parent});
}

QString tierTitle(StructureTier tier)
{
    switch (tier) {
    case StructureTier::Dimension: return QStringLiteral("Aggregate dimensions");
    case StructureTier::Theme: return QStringLiteral("Second-order themes");
    case StructureTier::Code: return QStringLiteral("First-order codes");
    }
    return {};
}

QString parentOrNone(const QString &parent)
{
    return parent.isEmpty() ? QStringLiteral("unplaced") : QStringLiteral("**%1**").arg(parent);
}

QString markdownLine(const StructureChange &c)
{
    const QString name = QStringLiteral("**%1**").arg(c.name);
    switch (c.kind) {
    case StructureChangeKind::Added:
        return c.after.isEmpty() ? QStringLiteral("Added %1").arg(name)
                                 : QStringLiteral("Added %1 under **%2**").arg(name, c.after);
    case StructureChangeKind::Removed:
        return QStringLiteral("Removed %1").arg(name);
    case StructureChangeKind::Merged:
        return QStringLiteral("Merged %1 into **%2**").arg(name, c.after);
    case StructureChangeKind::Moved:
        return QStringLiteral("Moved %1 from %2 to %3").arg(name, parentOrNone(c.before), parentOrNone(c.after));
    case StructureChangeKind::Renamed:
        return QStringLiteral("Renamed **%1** to %2").arg(c.before, name);
    }
    return {};
}

// Code id -> the name of the code it was merged into, from the audit log's
// merges (undone merges cancel) after entry FROM and up to entry TO (0: now).
Result<QHash<Id, QString>> mergesBetween(Project &project, Id from, Id to)
{
    auto log = project.auditLog(AuditFilter{QStringLiteral("code."), {}, {}, 0});
    if (!log)
        return std::unexpected(log.error());
    auto codes = project.codes();
    if (!codes)
        return std::unexpected(codes.error());
    QHash<QString, Id> byGuid;
    for (const CodeInfo &c : *codes)
        byGuid.insert(c.guid, c.id);
    QHash<Id, QString> out;
    for (auto it = log->rbegin(); it != log->rend(); ++it) { // oldest first
        if (it->id <= from || (to != 0 && it->id > to))
            continue;
        const bool merge = it->action == QLatin1String("code.merge");
        if (!merge && it->action != QLatin1String("code.unmerge"))
            continue;
        const QJsonObject details = QJsonDocument::fromJson(it->details.toUtf8()).object();
        const QString into = details.value(u"into").toObject().value(u"name").toString();
        for (const QJsonValue &m : details.value(u"merged").toArray()) {
            const Id id = byGuid.value(m.toObject().value(u"guid").toString());
            if (merge)
                out.insert(id, into);
            else
                out.remove(id);
        }
    }
    return out;
}

} // namespace

StructureDiff diffStructures(const DataStructure &before, const DataStructure &after,
                             const QHash<Id, QString> &mergedInto)
{
    StructureDiff diff;
    const Flat b = flatten(before), a = flatten(after);
    compareTier(StructureTier::Dimension, b.dimensions, a.dimensions, mergedInto, diff.changes);
    compareTier(StructureTier::Theme, b.themes, a.themes, mergedInto, diff.changes);
    compareTier(StructureTier::Code, b.codes, a.codes, mergedInto, diff.changes);
    return diff;
}

Result<DataStructure> snapshotOrNow(Project &project, const QString &name)
{
    if (name.isEmpty()) {
        auto now = project.currentStructure();
        if (!now)
            return std::unexpected(now.error());
        return structureFromSnapshot(*now);
    }
    auto info = project.snapshotByName(name);
    if (!info)
        return std::unexpected(info.error());
    auto json = project.snapshotStructure(info->id);
    if (!json)
        return std::unexpected(json.error());
    return structureFromSnapshot(*json);
}

Result<StructureDiff> diffSnapshots(Project &project, const QString &from, const QString &to)
{
    auto first = project.snapshotByName(from);
    if (!first)
        return std::unexpected(first.error());
    Id toAudit = 0;
    if (!to.isEmpty()) {
        auto second = project.snapshotByName(to);
        if (!second)
            return std::unexpected(second.error());
        toAudit = second->auditId;
    }
    auto before = snapshotOrNow(project, from);
    auto after = snapshotOrNow(project, to);
    if (!before || !after)
        return std::unexpected(!before ? before.error() : after.error());
    auto merges = mergesBetween(project, first->auditId, toAudit);
    if (!merges)
        return std::unexpected(merges.error());
    StructureDiff diff = diffStructures(*before, *after, *merges);
    diff.from = first->name;
    diff.to = to.isEmpty() ? QStringLiteral("now") : to.simplified();
    return diff;
}

QString diffToMarkdown(const StructureDiff &diff)
{
    QString out = QStringLiteral("# Changes to the data structure\n\nFrom **%1** to **%2**.\n").arg(diff.from, diff.to);
    if (diff.isEmpty())
        return out + QStringLiteral("\nNo changes.\n");
    for (StructureTier tier : {StructureTier::Dimension, StructureTier::Theme, StructureTier::Code}) {
        QStringList lines;
        for (const StructureChange &c : diff.changes)
            if (c.tier == tier)
                lines << QStringLiteral("- ") + markdownLine(c);
        if (!lines.isEmpty())
            out += QStringLiteral("\n## %1\n\n%2\n").arg(tierTitle(tier), lines.join(QLatin1Char('\n')));
    }
    return out;
}

QJsonObject diffToJson(const StructureDiff &diff)
{
    QJsonArray changes;
    for (const StructureChange &c : diff.changes)
        changes.append(QJsonObject{{QStringLiteral("tier"), toString(c.tier)},
                                   {QStringLiteral("change"), toString(c.kind)},
                                   {QStringLiteral("id"), qint64(c.id)},
                                   {QStringLiteral("name"), c.name},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("after"), c.after}});
    return QJsonObject{{QStringLiteral("from"), diff.from}, {QStringLiteral("to"), diff.to}, {QStringLiteral("changes"), changes}};
}

FigureMarks diffToFigureMarks(const StructureDiff &diff)
{
    FigureMarks marks;
    for (const StructureChange &c : diff.changes) {
        const QString key = FigureMarks::key(toString(c.tier), c.id);
        FigureMark &mark = marks.boxes[key];
        QString note;
        FigureChange change = FigureChange::None;
        switch (c.kind) {
        case StructureChangeKind::Added:
            change = FigureChange::Added;
            note = QStringLiteral("new");
            break;
        case StructureChangeKind::Moved:
            change = FigureChange::Moved;
            note = c.before.isEmpty() ? QStringLiteral("moved (was unplaced)") : QStringLiteral("moved from %1").arg(c.before);
            break;
        case StructureChangeKind::Renamed:
            change = FigureChange::Renamed;
            note = QStringLiteral("(was %1)").arg(c.before);
            break;
        case StructureChangeKind::Removed:
        case StructureChangeKind::Merged:
            marks.boxes.erase(key);
            marks.footnotes << (c.kind == StructureChangeKind::Merged
                                    ? QStringLiteral("Merged %1 \u201c%2\u201d into \u201c%3\u201d").arg(toString(c.tier), c.name, c.after)
                                    : QStringLiteral("Removed %1 \u201c%2\u201d").arg(toString(c.tier), c.name));
            continue;
        }
        // A box moved and renamed shows both notes; moved wins the colour.
        if (mark.change == FigureChange::None || change == FigureChange::Moved || change == FigureChange::Added)
            mark.change = change;
        mark.note = mark.note.isEmpty() ? note : mark.note + QStringLiteral("; ") + note;
    }
    return marks;
}

} // namespace gw
