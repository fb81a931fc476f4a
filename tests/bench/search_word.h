#pragma once
// Benchmark support: the corpus's search word (word_bank.h) whose hits in a
// project come closest to a wanted number, for measures that need a word with
// about so many hits (Code All Hits of ~5,000, a search of ~6,000).

#include "word_bank.h"

#include "core/model/project.h"

#include <cstdlib>
#include <utility>

namespace gw::bench {

// The word and its number of hits.
inline std::pair<QString, std::size_t> searchWordNear(Project &project, std::size_t wanted)
{
    QString word;
    std::size_t hits = 0;
    const auto distance = [wanted](std::size_t n) { return std::llabs(std::int64_t(n) - std::int64_t(wanted)); };
    for (const QString &candidate : wordBank().searchWords) {
        const auto found = project.search(candidate, 1000000);
        const std::size_t n = found ? found->size() : 0;
        if (word.isEmpty() || distance(n) < distance(hits)) {
            word = candidate;
            hits = n;
        }
    }
    return {word, hits};
}

} // namespace gw::bench
