#pragma once
// The CMO model's values (METHOD.md stage 5), as Project hands them out
// (project.h, "The CMO model"; defined in project_model*.cpp).
//
// A model element is one dimension, theme or first-order code placed in the
// model with a role (context, mechanism or outcome), an optional level
// (macro-environmental ... individual; the levels are per project) and, for
// outcomes, a place on the relationship spectrum. An element has its own id
// (model_elements.id) and guid, distinct from the id of the dimension, theme or
// code it shows; each dimension, theme or code is placed at most once.
// An influence is a directed, typed link FROM -> TO between two elements, with
// a memo and evidence: segments that support it or speak against it.

#include "core/model/types.h"

#include <QString>
#include <optional>
#include <vector>

namespace gw {

enum class ModelRole { Context, Mechanism, Outcome };
enum class ElementKind { Dimension, Theme, Code };
enum class LineStyle { Solid, Dash, Dot, DashDot };

[[nodiscard]] QString toString(ModelRole role);          // "context", "mechanism", "outcome"
[[nodiscard]] std::optional<ModelRole> modelRoleFromString(const QString &text);
[[nodiscard]] QString toString(ElementKind kind);        // "dimension", "theme", "code"
[[nodiscard]] std::optional<ElementKind> elementKindFromString(const QString &text);
[[nodiscard]] QString toString(LineStyle style);         // "solid", "dash", "dot", "dashdot"
[[nodiscard]] std::optional<LineStyle> lineStyleFromString(const QString &text);

struct ModelLevel
{
    Id id = 0;
    QString guid;
    QString name;
    int position = 0; // top to bottom
};

struct InfluenceType
{
    Id id = 0;
    QString guid;
    QString name; // "triggers", "mandates", "controls", "enables", ...
    QString color = QStringLiteral("#333333"); // #rrggbb
    LineStyle style = LineStyle::Solid;
    int position = 0;
};

// A point on the spectrum: x and y in [0, 1] from each axis's first end to
// its second (formal -> informal, internal -> external by default).
struct SpectrumPoint
{
    double x = 0.5;
    double y = 0.5;
    friend bool operator==(const SpectrumPoint &, const SpectrumPoint &) = default;
};

// The spectrum's axes: a name and the label at each end.
struct SpectrumAxes
{
    QString xName = QStringLiteral("Formality");
    QString xLow = QStringLiteral("Formal");
    QString xHigh = QStringLiteral("Informal");
    QString yName = QStringLiteral("Origin");
    QString yLow = QStringLiteral("Internal");
    QString yHigh = QStringLiteral("External");
};

struct ModelElement
{
    Id id = 0; // the element's own id
    QString guid;
    ElementKind kind = ElementKind::Code;
    Id targetId = 0; // the dimension's, theme's or code's id
    QString name;    // its name (read-only here: rename the dimension, theme or code)
    ModelRole role = ModelRole::Context;
    std::optional<Id> levelId;
    QString levelName;                  // empty without a level
    std::optional<SpectrumPoint> point; // outcomes only; none until placed on the spectrum
    int position = 0;                   // order within its role (and level), 0..n-1 at placement
};

// What placing an element needs; the rest is filled in by Project.
struct NewModelElement
{
    ElementKind kind = ElementKind::Code;
    Id targetId = 0;
    ModelRole role = ModelRole::Context;
    std::optional<Id> levelId;
    std::optional<SpectrumPoint> point;
};

struct Influence
{
    Id id = 0;
    QString guid;
    Id fromId = 0; // element ids
    Id toId = 0;
    Id typeId = 0;
    QString typeName;
    QString memo;
    int supporting = 0; // evidence counts
    int counter = 0;
};

struct InfluenceEvidence
{
    Id influenceId = 0;
    Id segmentId = 0;
    bool counter = false; // true: speaks against the influence
    int position = 0;
};

// An influence with all of its evidence: what removing it takes away and
// restoring it puts back.
struct InfluenceRecord
{
    Influence influence;
    std::vector<InfluenceEvidence> evidence;
};

// An element with every influence from or to it: removing an element removes them.
struct ElementRecord
{
    ModelElement element;
    std::vector<InfluenceRecord> influences;
};

// A level with the elements that sat at it: removing a level leaves them without one.
struct LevelRecord
{
    ModelLevel level;
    std::vector<Id> elementIds;
};

} // namespace gw
