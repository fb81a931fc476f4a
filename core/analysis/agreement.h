#pragma once
// Inter-coder agreement (METHOD.md: reviewers of papers ask for it): how far
// coders who coded the same sources independently agree, code by code and
// overall. A unit is a character (code point) of a source, or a sentence or a
// paragraph; a coder codes a unit with a code when one of their segments with
// that code covers the character or overlaps the sentence or paragraph.
// Percentage agreement and Cohen's kappa compare the first coder with each of
// the others; Krippendorff's alpha (nominal) takes all of them together.
// Overall figures pool the units of every code (the 2x2 tables are summed).

#include "core/analysis/agreement_stats.h"
#include "core/error.h"
#include "core/model/types.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace gw {

class Project;

enum class AgreementUnit { Character, Sentence, Paragraph };

// "char", "sentence", "paragraph" (and "character").
[[nodiscard]] QString toString(AgreementUnit unit);
[[nodiscard]] std::optional<AgreementUnit> agreementUnitFromString(const QString &text);

struct AgreementRequest
{
    // Coder names, at least two; the first is the one the others are compared with.
    QStringList coders;
    std::vector<Id> sourceIds; // empty: every source
    std::vector<Id> codeIds;   // empty: every code one of the coders used in those sources
    AgreementUnit unit = AgreementUnit::Character;
    // One coder against a group: the coders after the first count as one,
    // coding a unit when any of them coded it (needs three or more coders).
    bool poolOthers = false;
};

// The first coder against one other.
struct PairAgreement
{
    QString first;
    QString second;
    AgreementTable table;
};

struct CodeAgreement
{
    Id codeId = 0; // 0 for the overall figures
    QString code;
    std::vector<PairAgreement> pairs; // one per coder after the first, in order
    CodingCounts counts;              // for alpha over all coders

    [[nodiscard]] std::int64_t units() const { return counts.units(); }
    [[nodiscard]] double alpha() const { return counts.alpha(); }
};

struct AgreementResult
{
    AgreementUnit unit = AgreementUnit::Character;
    // As compared: with pooling, the first coder and the group ("ben + cai").
    QStringList coders;
    QStringList pooled; // the group's coders, when pooled
    std::vector<SourceInfo> sources;
    std::vector<CodeAgreement> codes; // in the project's code order
    CodeAgreement overall;            // pooled over codes
    // How the figures were computed, in words for a methods section, in
    // English: what exports and --json carry (agreementMethod() words it in
    // the user's language, for the screen).
    QString method;
};

enum class Wording { English, Translated };
// How RESULT's figures were computed, in words for a methods section.
[[nodiscard]] QString agreementMethod(const AgreementResult &result, Wording wording);

// Refuses unknown coder names, fewer than two distinct coders, a project or a
// selection without sources, unknown source or code ids, and (when no codes are
// named) sources that none of the coders has coded.
[[nodiscard]] Result<AgreementResult> computeAgreement(Project &project,
                                                       const AgreementRequest &request);

} // namespace gw
