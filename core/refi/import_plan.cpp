// planImport: read, check, and map a REFI-QDA file; codes, coders and the
// Groundwork tiers are mapped here, the rest in import_sources.cpp and
// import_cases.cpp.
#include "core/refi/extension.h"
#include "core/refi/plan_builder.h"
#include "core/refi/qde_reader.h"
#include "core/refi/schema_check.h"

#include <QColor>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace gw::refi {

namespace {

QString paletteColor(int seed)
{
    static const char *palette[] = {"#5b7db1", "#6b9e78", "#8d6ba8", "#c07a50", "#4f9a9a",
                                    "#b5656f", "#7f9c4a", "#a8924a", "#6e7f8d", "#b07aa1"};
    return QString::fromLatin1(palette[seed % int(std::size(palette))]);
}

// The path from a code's root down to the code at INDEX, joined by SEPARATOR.
// Past four levels the middle is left out ("Root…Grandparent::Parent::Code"),
// so that a file nested thousands deep costs the same per code as a flat one.
// ROOTS holds each code's root, as rootsOf() makes it.
QString codePath(const std::vector<Code> &codes, const std::vector<int> &roots, int index, const QString &separator)
{
    constexpr int kShown = 3;
    QStringList parts;
    int i = index;
    for (int n = 0; i >= 0 && n < kShown; ++n, i = codes[size_t(i)].parent)
        parts.prepend(codes[size_t(i)].name.simplified());
    if (i >= 0) {
        const int root = roots[size_t(index)];
        if (i != root)
            parts.prepend(QStringLiteral("…"));
        parts.prepend(codes[size_t(root)].name.simplified());
    }
    return parts.join(separator);
}

// Each code's topmost ancestor; a parent comes before its children in the file.
std::vector<int> rootsOf(const std::vector<Code> &codes)
{
    std::vector<int> roots(codes.size());
    for (size_t i = 0; i < codes.size(); ++i) {
        const int parent = codes[i].parent;
        roots[i] = parent >= 0 && size_t(parent) < i ? roots[size_t(parent)] : int(i);
    }
    return roots;
}

} // namespace

void PlanBuilder::skip(const QString &what, const QString &name, const QString &reason)
{
    m_plan.preview.skipped.append(Skipped{what, name, reason});
}

QString PlanBuilder::coderGuid(const QString &userGuid) const
{
    return m_coders.contains(userGuid) ? userGuid : QString();
}

void PlanBuilder::coders()
{
    const QJsonObject ext = m_ext.value(QStringLiteral("coders")).toObject();
    QSet<QString> names;
    for (const User &u : m_p.users) {
        QString name = u.name.simplified();
        if (name.isEmpty())
            name = QStringLiteral("coder %1").arg(u.guid.left(8));
        if (names.contains(name) || m_coders.contains(u.guid))
            continue;
        names.insert(name);
        m_coders.insert(u.guid);
        m_plan.coders.push_back(PlannedCoder{
            u.guid, name, ext.value(u.guid).toObject().value(QStringLiteral("created")).toString()});
    }
    m_plan.preview.coders = int(m_plan.coders.size());
}

void PlanBuilder::tiersAndHistory()
{
    for (const QJsonValue &v : m_ext.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString guid = cleanGuid(o.value(QStringLiteral("guid")).toString());
        m_tierKind.insert(guid, QStringLiteral("dimension"));
        m_plan.dimensions.push_back(PlannedTier{guid, o.value(QStringLiteral("name")).toString(),
                                                o.value(QStringLiteral("definition")).toString(),
                                                o.value(QStringLiteral("position")).toInt(), QString()});
    }
    for (const QJsonValue &v : m_ext.value(QStringLiteral("themes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString guid = cleanGuid(o.value(QStringLiteral("guid")).toString());
        m_tierKind.insert(guid, QStringLiteral("theme"));
        m_plan.themes.push_back(PlannedTier{guid, o.value(QStringLiteral("name")).toString(),
                                            o.value(QStringLiteral("definition")).toString(),
                                            o.value(QStringLiteral("position")).toInt(),
                                            cleanGuid(o.value(QStringLiteral("dimension")).toString())});
    }
    for (const QJsonValue &v : m_ext.value(QStringLiteral("themeCodes")).toArray()) {
        const QJsonObject o = v.toObject();
        m_plan.themeCodes.push_back(PlannedThemeCode{cleanGuid(o.value(QStringLiteral("code")).toString()),
                                                     cleanGuid(o.value(QStringLiteral("theme")).toString()),
                                                     o.value(QStringLiteral("position")).toInt()});
    }
    for (const QJsonValue &v : m_ext.value(QStringLiteral("exemplars")).toArray()) {
        const QJsonObject o = v.toObject();
        m_plan.exemplars.push_back(PlannedExemplar{cleanGuid(o.value(QStringLiteral("theme")).toString()),
                                                   cleanGuid(o.value(QStringLiteral("segment")).toString()),
                                                   o.value(QStringLiteral("position")).toInt()});
    }
    for (const QJsonValue &v : m_ext.value(QStringLiteral("audit")).toArray()) {
        const QJsonObject o = v.toObject();
        m_plan.audit.push_back(PlannedAudit{o.value(QStringLiteral("at")).toString(),
                                            cleanGuid(o.value(QStringLiteral("coder")).toString()),
                                            o.value(QStringLiteral("action")).toString(),
                                            o.value(QStringLiteral("details")).toString(),
                                            o.value(QStringLiteral("why")).toString()});
    }
    for (const QJsonValue &v : m_ext.value(QStringLiteral("savedQueries")).toArray()) {
        const QJsonObject o = v.toObject();
        PlannedSavedQuery q{cleanGuid(o.value(QStringLiteral("guid")).toString()),
                            o.value(QStringLiteral("name")).toString().trimmed(),
                            o.value(QStringLiteral("expression")).toString(),
                            o.value(QStringLiteral("options")).toString(),
                            o.value(QStringLiteral("created")).toString(),
                            o.value(QStringLiteral("modified")).toString()};
        if (!q.guid.isEmpty() && !q.name.isEmpty() && !q.expression.trimmed().isEmpty())
            m_plan.savedQueries.push_back(std::move(q));
    }
    m_plan.settings = m_ext.value(QStringLiteral("settings")).toObject();
    m_plan.preview.themes = int(m_plan.themes.size());
    m_plan.preview.dimensions = int(m_plan.dimensions.size());
}

void PlanBuilder::codes()
{
    const QJsonObject ext = m_ext.value(QStringLiteral("codes")).toObject();
    const bool own = m_plan.preview.fromGroundwork;
    // Names must be unique among a project's codes: a name used twice in the
    // file gets its parent path ("Parent::Child"), then a number.
    QHash<QString, int> nameUse;
    for (const Code &c : m_p.codes)
        if (!m_tierKind.contains(c.guid))
            ++nameUse[c.name.simplified()];
    QSet<QString> taken;
    const std::vector<int> roots = rootsOf(m_p.codes);
    int nested = 0, categories = 0;
    for (size_t i = 0; i < m_p.codes.size(); ++i) {
        const Code &c = m_p.codes[i];
        if (m_tierKind.contains(c.guid) || m_codes.contains(c.guid))
            continue;
        PlannedCode code;
        code.guid = c.guid;
        const QJsonObject e = ext.value(c.guid).toObject();
        QString name = own ? c.name : c.name.simplified();
        if (!own) {
            if (name.isEmpty())
                name = QStringLiteral("Unnamed code");
            if ((nameUse.value(name) > 1 || taken.contains(name)) && c.parent >= 0)
                name = codePath(m_p.codes, roots, int(i), QStringLiteral("::"));
            const QString base = name;
            for (int n = 2; taken.contains(name); ++n)
                name = QStringLiteral("%1 (%2)").arg(base).arg(n);
            taken.insert(name);
        }
        code.name = name;
        code.definition = c.description.trimmed();
        if (!own && c.parent >= 0) {
            ++nested;
            const QString path = codePath(m_p.codes, roots, c.parent, QStringLiteral(" › "));
            code.definition += (code.definition.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                               QStringLiteral("Nested under: %1").arg(path);
        }
        if (!own && !c.codable)
            ++categories;
        const QString color = c.color.trimmed();
        code.color = QColor::isValidColorName(color) && color.startsWith(u'#') ? QColor(color).name()
                                                                               : paletteColor(int(i));
        if (own) {
            code.stage = codeStageFromString(e.value(QStringLiteral("stage")).toString()).value_or(CodeStage::Open);
            code.archived = e.value(QStringLiteral("archived")).toBool();
            code.position = e.value(QStringLiteral("position")).toInt(int(i));
            code.created = e.value(QStringLiteral("created")).toString();
            code.createdBy = cleanGuid(e.value(QStringLiteral("createdBy")).toString());
            code.definition = c.description;
        } else
            code.position = int(i);
        if (!color.isEmpty() && code.color != color.toLower() && !QColor::isValidColorName(color))
            m_plan.preview.warnings.append(
                QCoreApplication::translate("gw::import_plan", "The code \"%1\" has the colour \"%2\", which is not a colour; it got one of ours.")
                    .arg(c.name, color));
        m_codes.insert(c.guid);
        m_plan.codes.push_back(code);
    }
    m_plan.preview.codes = int(m_plan.codes.size());
    if (nested > 0)
        m_plan.preview.notes.append(
            QCoreApplication::translate("gw::import_plan", "The file nests its codes %1 levels deep. Groundwork's tiers (code, theme, dimension) are "
                           "the researcher's own analysis, so all %2 codes come in as open codes, side by side; "
                           "each nested code's definition says where it sat (\"Nested under: …\"), and names used "
                           "twice get their parent's name (\"Parent::Child\").")
                .arg(std::max_element(m_p.codes.begin(), m_p.codes.end(),
                                      [](const Code &a, const Code &b) { return a.depth < b.depth; })
                         ->depth +
                     1)
                .arg(m_plan.codes.size()));
    if (categories > 0)
        m_plan.preview.notes.append(
            (categories == 1 ? QCoreApplication::translate("gw::import_plan", "1 code is marked as not for coding (a category) in the file; it "
                                              "comes in as a code too, ready to become a theme or dimension.")
                             : QCoreApplication::translate("gw::import_plan", "%1 codes are marked as not for coding (categories) in the file; they "
                                              "come in as codes too, ready to become themes or dimensions.")
                                   .arg(categories)));
}

Result<ImportPlan> planImport(const QString &path, ReadLimits limits, std::optional<PositionUnit> positions)
{
    auto archive = QdpxArchive::open(path, limits);
    if (!archive)
        return std::unexpected(archive.error());
    QdpxArchive &a = **archive;
    auto parsed = readQde(a.xml(), a.fileName());
    if (!parsed)
        return std::unexpected(parsed.error());

    ImportPlan plan;
    RefiPreview &preview = plan.preview;
    if (positions) {
        preview.positions = *positions;
        preview.positionsChosen = true;
    }
    const RefiProject &project = parsed->project;
    preview.fileName = a.fileName();
    preview.origin = project.origin;
    preview.codebookOnly = project.codebookOnly;
    preview.warnings = a.warnings() + parsed->warnings;

    // The schema check: each deviation is listed; the file is read leniently.
    if (project.namespaceUri == (project.codebookOnly ? kCodebookNamespace : kProjectNamespace)) {
        const QStringList deviations = schemaDeviations(
            parsed->cleanXml, project.codebookOnly ? SchemaKind::Codebook : SchemaKind::Project);
        for (const QString &d : deviations)
            preview.warnings.append(QCoreApplication::translate("gw::import_plan", "Not valid against the REFI-QDA schema: %1").arg(d));
    } else
        preview.warnings.append(QCoreApplication::translate("gw::import_plan", "Not checked against the REFI-QDA 1.0 schema (other namespace)."));

    QJsonObject extension;
    if (a.isZip()) {
        if (auto bytes = a.entry(kExtensionPath)) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
            if (doc.isObject() && doc.object().value(QStringLiteral("format")).toString() == kExtensionFormat &&
                doc.object().value(QStringLiteral("version")).toInt() <= kExtensionVersion) {
                extension = doc.object();
                preview.fromGroundwork = true;
            } else
                preview.warnings.append(QCoreApplication::translate("gw::import_plan", "%1 inside %2 could not be read (%3); the project was "
                                                       "imported from its REFI-QDA part only.")
                                            .arg(kExtensionPath, a.fileName(),
                                                 error.error != QJsonParseError::NoError
                                                     ? error.errorString()
                                                     : QCoreApplication::translate("gw::import_plan", "unknown format or newer version")));
        }
    }

    PlanBuilder builder(project, a, extension, plan);
    builder.coders();
    builder.tiersAndHistory();
    builder.codes();
    builder.sources();
    builder.cases();
    builder.memos();
    builder.setsAndLinks();
    // Warnings the archive collected while reading source files.
    for (const QString &w : a.warnings())
        if (!preview.warnings.contains(w))
            preview.warnings.append(w);
    return plan;
}

} // namespace gw::refi
