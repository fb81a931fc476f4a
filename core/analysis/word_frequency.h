#pragma once
// Word frequencies (METHOD.md, writing up): the most frequent words of the
// whole project or of chosen sources, read from the full-text index's own
// vocabulary (FTS5's fts5vocab), not by scanning the text again. Words are as
// the index holds them: lower case, without diacritics ("cafe"), a placeholder
// such as [site_A] one word. English and German stop words are left out by
// default; numbers (timestamps) always are.

#include "core/error.h"
#include "core/model/types.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace gw {

class Project;

struct WordCount
{
    QString word;
    std::int64_t count = 0; // occurrences
    int sources = 0;        // sources it occurs in
    double percent = 0;     // of all words counted
};

struct WordOptions
{
    int top = 100;
    int minLength = 3;
    bool stopWords = true;      // leave out the built-in English and German stop words
    QStringList moreStopWords;  // and these
    std::optional<std::vector<Id>> sources; // only these (none: every source)
};

struct WordFrequencies
{
    std::vector<WordCount> words; // most frequent first, then alphabetical
    std::int64_t totalWords = 0;  // every word of the text counted (stop words too)
};

// The built-in stop words (English and German), lower case without diacritics.
[[nodiscard]] const QStringList &defaultStopWords();

[[nodiscard]] Result<WordFrequencies> wordFrequencies(Project &project, const WordOptions &options);

} // namespace gw
