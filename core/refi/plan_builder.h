#pragma once
// Internal to core/refi: the steps of planImport, one file per part of the
// model (codes and coders; sources and segments; cases, attributes and memos).

#include "core/refi/import_plan.h"
#include "core/refi/refi_project.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <memory>

namespace gw::refi {

// The source's text as the producer stored it, with its position map.
struct TextOfSource
{
    const Source *source = nullptr;
    QString name;
    std::unique_ptr<PositionMap> map;
};

class PlanBuilder
{
public:
    PlanBuilder(const RefiProject &project, QdpxArchive &archive, const QJsonObject &extension, ImportPlan &plan)
        : m_p(project), m_archive(archive), m_ext(extension), m_plan(plan)
    {
    }

    void coders();
    void codes();
    void sources();
    void cases();
    void memos();
    void tiersAndHistory();
    void setsAndLinks();

private:
    void skip(const QString &what, const QString &name, const QString &reason);
    [[nodiscard]] PositionUnit chooseUnit(const std::vector<TextOfSource> &texts);
    [[nodiscard]] QString coderGuid(const QString &userGuid) const;

    const RefiProject &m_p;
    QdpxArchive &m_archive;
    const QJsonObject &m_ext;
    ImportPlan &m_plan;

    QSet<QString> m_coders;             // user guids that became coders
    QSet<QString> m_codes;              // code guids that became codes
    QHash<QString, QString> m_tierKind; // guid -> "theme" / "dimension"
    QSet<QString> m_sources;            // source guids that came in (after aliasing)
    QHash<QString, QString> m_selectionSegment; // selection or coding guid -> segment guid
    QHash<QString, QString> m_selectionSource;  // selection guid -> source guid
};


} // namespace gw::refi
