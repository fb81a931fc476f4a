#pragma once
// The segments of some codes (one code, or every code under a theme, a
// dimension or a stage group), one row each, ordered by source and position:
// the segment's text (DisplayRole), a little context either side, its source
// and the speaker's case attribution ("[CCIO from Site_E]"), coder and kind for
// filtering. Follows Project::segmentsChanged for its codes with row inserts,
// removals and dataChanged; resets only when the codes shown change. Does not
// own the project.

#include "core/model/project.h"
#include "core/model/types.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <memory>
#include <vector>

namespace gw {

class QuoteAttribution;

class SegmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        SegmentIdRole = Qt::UserRole + 1,
        SourceIdRole,
        SourceNameRole,
        SourceKindRole, // int(SourceKind)
        CodeNameRole,
        CodeColorRole,
        CoderRole,
        StartRole, // code points
        EndRole,
        ContextBeforeRole,
        ContextAfterRole,
        AttributionRole, // "Participant from Site_E", or empty without cases
        CaseValuesRole,  // QStringList of "attribute=value" of the source's cases, "Set=NAME" of its sets
        QuoteRole,       // “text” [attribution]
    };

    explicit SegmentListModel(QObject *parent = nullptr);
    ~SegmentListModel() override;

    void setProject(Project *project);
    // Shows the segments of CODEIDS (a reset).
    void setCodes(const QList<Id> &codeIds);
    [[nodiscard]] QList<Id> codes() const { return m_codes.values(); }
    [[nodiscard]] int rowOf(Id segmentId) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;

private:
    struct SourceFacts
    {
        SourceKind kind = SourceKind::Document;
        QStringList caseValues;
    };
    struct Row
    {
        SegmentInfo segment;
        QString before;
        QString after;
        QString color;
    };

    void load();
    [[nodiscard]] const SourceFacts &factsOf(Id sourceId) const;
    // "CCIO from Site_E": the speaker's case (quote_attribution.h).
    [[nodiscard]] QString attributionOf(const SegmentInfo &segment) const;
    [[nodiscard]] Row makeRow(const SegmentInfo &segment, const QString &sourceText) const;
    void onSegmentsChanged(Id sourceId, Id codeId);
    void onCasesChanged();

    QPointer<Project> m_project;
    QSet<Id> m_codes;
    std::vector<Row> m_rows;
    mutable QHash<Id, SourceFacts> m_sources; // filled as rows are shown
    mutable std::unique_ptr<QuoteAttribution> m_attribution; // made as rows are shown
};

} // namespace gw
