#pragma once
// Sentences, transcripts, field notes and structured documents composed from the
// word bank. Everything is drawn from one CorpusRng, so a seed fixes the text.

#include "corpus_rng.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gw::bench {

struct Block
{
    enum class Kind { Heading, Paragraph, ListItem, Table };
    Kind kind = Kind::Paragraph;
    QString text;           // heading, paragraph or list item
    QList<QStringList> rows; // a table: the first row is the header
};

// A document or field note as blocks, before any file format.
struct StructuredText
{
    QString title;
    QList<Block> blocks;
};

struct SpeakerTurn
{
    QString speaker; // "Interviewer" or the participant id
    int seconds = 0; // when the turn starts
    QString text;
};

class Prose
{
public:
    explicit Prose(CorpusRng &rng) : m_rng(rng) {}

    [[nodiscard]] QString sentence(bool spoken);
    [[nodiscard]] QString paragraph(int minWords, bool spoken);
    // An interview of about TARGETWORDS words: questions and answers.
    [[nodiscard]] QList<SpeakerTurn> interview(const QString &participant, int targetWords);
    // A document of about TARGETWORDS words with headings, lists and a table.
    [[nodiscard]] StructuredText document(const QString &title, int targetWords);
    // Field notes: setting, who was there, what was discussed, what came of it.
    [[nodiscard]] StructuredText fieldNote(const QString &title, const QString &meeting, int targetWords);

private:
    [[nodiscard]] QString clause();
    [[nodiscard]] QString detail();
    [[nodiscard]] Block table();
    CorpusRng &m_rng;
};

[[nodiscard]] int countWords(const QString &text);
// Plain text of blocks: a title line, then blocks separated by blank lines.
[[nodiscard]] QString plainText(const StructuredText &doc);
// "[hh:mm:ss]"
[[nodiscard]] QString clock(int seconds, bool withMillis = false);

} // namespace gw::bench
