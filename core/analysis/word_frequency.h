#pragma once
// Word frequencies (METHOD.md, writing up): the most frequent words of the
// whole project or of chosen sources, read from the full-text index's own
// vocabulary (FTS5's fts5vocab), not by scanning the text again. Words are as
// the index holds them: lower case, without diacritics ("cafe"), a placeholder
// such as [site_A] one word. English and German stop words are left out by
// default; numbers (timestamps) always are.
//
// The words of passages (one code's segments, a query's hits) are not a
// column of the index: their text is put into a temporary index of the same
// tokenizer and counted from its vocabulary, so the words are the same words.

#include "core/analysis/coding_query.h"
#include "core/error.h"
#include "core/export/table.h"
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
    // Stemmed: the words counted together, most frequent first (WORD is the
    // first); otherwise just WORD.
    QStringList forms;
};

struct WordOptions
{
    int top = 100;
    int minLength = 3;
    bool stopWords = true;      // leave out the built-in English and German stop words
    QStringList moreStopWords;  // and these
    // Count the words of the transcripts' speaker labels ("Interviewer",
    // "P02"), which open every turn; left out by default (a speaker's name is
    // then not counted where it is said either).
    bool speakerLabels = false;
    // Count words with the same English stem together ("supplier", "suppliers";
    // SQLite's Porter stemmer), each shown as its most frequent form. Off by
    // default: stems join words a researcher may want apart.
    bool stem = false;
    std::optional<std::vector<Id>> sources; // only these (none: every source)
    // Only the text of these passages (a code's segments, a query's hits):
    // SOURCES is then not looked at. A passage counts once however many
    // segments it holds; passages that overlap count their shared words twice.
    std::optional<std::vector<Passage>> passages;
};

struct WordFrequencies
{
    std::vector<WordCount> words; // most frequent first, then alphabetical
    std::int64_t totalWords = 0;  // every word of the text counted (stop words too)
};

// The built-in stop words (English and German), lower case without diacritics.
[[nodiscard]] const QStringList &defaultStopWords();

[[nodiscard]] Result<WordFrequencies> wordFrequencies(Project &project, const WordOptions &options);

// A full-text query for WORD's hits: its forms (a stemmed word's) as phrases
// joined by OR, so that words such as "and" or "near" are not read as operators.
[[nodiscard]] QString wordSearchQuery(const WordCount &word);

// The words as a table for the table writers: word, count, % of words, sources.
[[nodiscard]] Table wordFrequencyTable(const WordFrequencies &frequencies);

} // namespace gw
