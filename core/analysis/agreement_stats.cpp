#include "core/analysis/agreement_stats.h"

#include <algorithm>
#include <limits>

namespace gw {

Spans mergedSpans(Spans spans)
{
    std::ranges::sort(spans);
    Spans out;
    for (const Span &s : spans) {
        if (!out.empty() && s.first <= out.back().second)
            out.back().second = std::max(out.back().second, s.second);
        else
            out.push_back(s);
    }
    return out;
}

namespace {

constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

} // namespace

double AgreementTable::observed() const
{
    const std::int64_t n = units();
    return n == 0 ? kUndefined : double(both + neither) / double(n);
}

double AgreementTable::expected() const
{
    const std::int64_t n = units();
    if (n == 0)
        return kUndefined;
    const double first = double(both + firstOnly) / double(n);
    const double second = double(both + secondOnly) / double(n);
    return first * second + (1.0 - first) * (1.0 - second);
}

double AgreementTable::percentAgreement() const
{
    return 100.0 * observed();
}

double AgreementTable::kappa() const
{
    const std::int64_t n = units();
    if (n == 0)
        return kUndefined;
    // pe is 1 exactly when each coder is constant and both are the same
    // constant; test that in integers rather than comparing doubles with 1.
    const bool constant = (both == n) || (neither == n);
    if (constant)
        return kUndefined;
    const double pe = expected();
    return (observed() - pe) / (1.0 - pe);
}

AgreementTable &AgreementTable::operator+=(const AgreementTable &other)
{
    both += other.both;
    firstOnly += other.firstOnly;
    secondOnly += other.secondOnly;
    neither += other.neither;
    return *this;
}

std::int64_t CodingCounts::units() const
{
    std::int64_t n = 0;
    for (const std::int64_t count : byCoders)
        n += count;
    return n;
}

// Krippendorff's alpha from the coincidence matrix (Krippendorff 2011,
// "Computing Krippendorff's Alpha-Reliability"). A unit judged by m coders adds
// to o[c][k] the number of ordered pairs of different coders whose values are
// c and k, divided by m - 1. With values 1 (coded) and 0 (not coded) a unit that
// j of the m coders coded adds
//     o[1][1] += j (j - 1) / (m - 1),  o[0][0] += (m - j)(m - j - 1) / (m - 1),
//     o[0][1] = o[1][0] += j (m - j) / (m - 1).
// With n_c the marginals (n_1 = the ones among all judgements, n_0 the zeros)
// and n = n_0 + n_1 all pairable judgements, nominal alpha is
//     alpha = 1 - (n - 1) * (o[0][1] + o[1][0]) / (n_0 n_1 + n_1 n_0)
//           = 1 - (n - 1) * sum_j count_j * j (m - j) / ((m - 1) n_0 n_1).
// For two coders this is the familiar 1 - (n - 1) * o[0][1] / (n_0 n_1), where
// o[0][1] is the number of units on which they disagree.
double CodingCounts::alpha() const
{
    const int m = coders();
    if (m < 2)
        return kUndefined;
    double ones = 0;
    double zeros = 0;
    double disagreement = 0; // sum_j count_j * j * (m - j)
    for (int j = 0; j <= m; ++j) {
        const double count = double(byCoders[std::size_t(j)]);
        ones += count * j;
        zeros += count * (m - j);
        disagreement += count * j * (m - j);
    }
    if (ones == 0 || zeros == 0)
        return kUndefined;
    const double n = ones + zeros;
    return 1.0 - (n - 1.0) * disagreement / ((m - 1) * zeros * ones);
}

CodingCounts &CodingCounts::operator+=(const CodingCounts &other)
{
    if (byCoders.size() < other.byCoders.size())
        byCoders.resize(other.byCoders.size(), 0);
    for (std::size_t j = 0; j < other.byCoders.size(); ++j)
        byCoders[j] += other.byCoders[j];
    return *this;
}

} // namespace gw
