#pragma once
// The arithmetic of inter-coder agreement on binary judgements (a unit is
// coded with a code, or not): a 2x2 table for two coders with percentage
// agreement and Cohen's kappa, and a count of how many coders coded each unit
// for Krippendorff's alpha over any number of coders. Pure numbers, no project;
// agreement.h fills them from segments.

#include <cstdint>
#include <utility>
#include <vector>

namespace gw {

// Half-open ranges [first, end) of units (code points, or sentence or
// paragraph indices), and the one way to turn a pile of them into sorted,
// disjoint spans (overlapping and touching ranges join).
using Span = std::pair<std::int64_t, std::int64_t>;
using Spans = std::vector<Span>;
[[nodiscard]] Spans mergedSpans(Spans spans);

// Two coders' judgements over the same units. An undefined figure is NaN.
struct AgreementTable
{
    std::int64_t both = 0;       // units both coders coded
    std::int64_t firstOnly = 0;  // coded by the first coder only
    std::int64_t secondOnly = 0; // coded by the second coder only
    std::int64_t neither = 0;

    [[nodiscard]] std::int64_t units() const { return both + firstOnly + secondOnly + neither; }
    // po: the share of units on which the coders agree (NaN without units).
    [[nodiscard]] double observed() const;
    // pe: the agreement expected by chance from each coder's own rate of coding,
    // p1 * p2 + (1 - p1) * (1 - p2).
    [[nodiscard]] double expected() const;
    // 100 * po.
    [[nodiscard]] double percentAgreement() const;
    // Cohen's kappa, (po - pe) / (1 - pe). When pe is 1 both coders judged every
    // unit the same constant way: chance explains all agreement and kappa is
    // undefined (NaN), although the agreement is 100%.
    [[nodiscard]] double kappa() const;

    AgreementTable &operator+=(const AgreementTable &other);
    friend bool operator==(const AgreementTable &, const AgreementTable &) = default;
};

// For M coders who each judged every unit: byCoders[j] is how many units
// exactly j of them coded (j = 0..M). That is all Krippendorff's alpha needs
// for binary nominal data without missing judgements.
struct CodingCounts
{
    std::vector<std::int64_t> byCoders;

    CodingCounts() = default;
    explicit CodingCounts(int coders) : byCoders(std::size_t(coders + 1), 0) {}

    [[nodiscard]] int coders() const { return int(byCoders.size()) - 1; }
    [[nodiscard]] std::int64_t units() const;
    // Krippendorff's alpha (nominal); NaN when every judgement is the same
    // (no variation to be reliable about) or with fewer than two coders.
    [[nodiscard]] double alpha() const;

    CodingCounts &operator+=(const CodingCounts &other);
};

} // namespace gw
