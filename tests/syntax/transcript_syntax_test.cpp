// The transcript definition highlights what a coder scans for: who speaks when,
// anonymisation placeholders, transcription notes and gaps in the recording.
#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <QCoreApplication>
#include <gtest/gtest.h>
#include <tuple>
#include <vector>

namespace {

using Span = std::tuple<int, int, QString>; // offset, length, format name

} // namespace

// Readable spans in failure messages.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
QT_END_NAMESPACE

namespace {

// Records the formats the highlighter applies, leaving out plain text.
class RecordingHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    std::vector<Span> highlight(const QString &line)
    {
        spans.clear();
        highlightLine(line, KSyntaxHighlighting::State());
        return spans;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (format.name() != QLatin1String("Normal") && length > 0)
            spans.emplace_back(offset, length, format.name());
    }

private:
    std::vector<Span> spans;
};

class TranscriptSyntax : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const auto definition =
            repository.definitionForName(QStringLiteral("Groundwork Transcript"));
        ASSERT_TRUE(definition.isValid());
        highlighter.setDefinition(definition);
    }

    KSyntaxHighlighting::Repository repository;
    RecordingHighlighter highlighter;
};

TEST_F(TranscriptSyntax, DefinitionIsFoundByNameAndExtension)
{
    EXPECT_EQ(repository.definitionForFileName(QStringLiteral("p01.transcript")).name(),
              QStringLiteral("Groundwork Transcript"));
}

TEST_F(TranscriptSyntax, DemoLineGetsEachFormatAtItsOffset)
{
    const QString line =
        QStringLiteral("[00:01:12] P01: We met at [site_A] (laughs) and [inaudible].");
    const std::vector<Span> expected = {
        {0, 10, QStringLiteral("Timestamp")},   {11, 4, QStringLiteral("Speaker")},
        {26, 8, QStringLiteral("Placeholder")}, {35, 8, QStringLiteral("Annotation")},
        {48, 11, QStringLiteral("Inaudible")},
    };
    EXPECT_EQ(highlighter.highlight(line), expected);
}

TEST_F(TranscriptSyntax, SpeakersWithoutTimestampsAndOnlyAtLineStart)
{
    const std::vector<Span> speaker = {{0, 9, QStringLiteral("Speaker")}};
    EXPECT_EQ(highlighter.highlight(QStringLiteral("Dr Smith: Yes, we did.")), speaker);
    EXPECT_TRUE(
        highlighter.highlight(QStringLiteral("We wrote it down. Note: nobody read it.")).empty());
    const std::vector<Span> crosstalk = {{6, 11, QStringLiteral("Inaudible")}};
    EXPECT_EQ(highlighter.highlight(QStringLiteral("Right [crosstalk] no.")), crosstalk);
}

TEST_F(TranscriptSyntax, TimestampWithoutSpeaker)
{
    const std::vector<Span> expected = {{0, 10, QStringLiteral("Timestamp")}};
    EXPECT_EQ(highlighter.highlight(QStringLiteral("[00:02:00] words as Whisper wrote them")),
              expected);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
