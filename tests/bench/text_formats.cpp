// The text formats of the synthetic corpus: Markdown, HTML, plain text,
// timestamped transcripts and WebVTT.
#include "document_formats.h"

#include <QRegularExpression>

namespace gw::bench {

QByteArray toPlain(const StructuredText &doc) { return plainText(doc).toUtf8(); }

QByteArray toMarkdown(const StructuredText &doc)
{
    QString md = QStringLiteral("# %1\n\n").arg(doc.title);
    for (const Block &block : doc.blocks) {
        switch (block.kind) {
        case Block::Kind::Heading: md += QStringLiteral("## %1\n\n").arg(block.text); break;
        case Block::Kind::Paragraph: md += block.text + QStringLiteral("\n\n"); break;
        case Block::Kind::ListItem: md += QStringLiteral("- %1\n").arg(block.text); break;
        case Block::Kind::Table:
            md += QLatin1Char('\n');
            for (qsizetype r = 0; r < block.rows.size(); ++r) {
                md += QStringLiteral("| %1 |\n").arg(block.rows[r].join(QStringLiteral(" | ")));
                if (r == 0)
                    md += QStringLiteral("|%1\n").arg(QStringLiteral("---|").repeated(block.rows[r].size()));
            }
            md += QLatin1Char('\n');
            break;
        }
    }
    md.replace(QRegularExpression(QStringLiteral("\n{3,}")), QStringLiteral("\n\n"));
    return md.toUtf8();
}

QByteArray toHtml(const StructuredText &doc)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<title>%1</title>\n<style>body { font-family: sans-serif; max-width: 50em; }</style>\n"
                               "<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n<body>\n"
                               "<nav><a href=\"/\">Home</a> | <a href=\"/forum\">Forum</a> | "
                               "<a href=\"/webinars\">Webinars</a></nav>\n<main>\n<h1>%1</h1>\n")
                    .arg(esc(doc.title));
    bool inList = false;
    for (const Block &block : doc.blocks) {
        if (inList && block.kind != Block::Kind::ListItem) {
            h += QStringLiteral("</ul>\n");
            inList = false;
        }
        switch (block.kind) {
        case Block::Kind::Heading: h += QStringLiteral("<h2>%1</h2>\n").arg(esc(block.text)); break;
        case Block::Kind::Paragraph: h += QStringLiteral("<p>%1</p>\n").arg(esc(block.text)); break;
        case Block::Kind::ListItem:
            if (!inList)
                h += QStringLiteral("<ul>\n");
            inList = true;
            h += QStringLiteral("<li>%1</li>\n").arg(esc(block.text));
            break;
        case Block::Kind::Table:
            h += QStringLiteral("<table>\n");
            for (qsizetype r = 0; r < block.rows.size(); ++r) {
                const QString cell = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
                h += QStringLiteral("<tr>");
                for (const QString &c : block.rows[r])
                    h += QStringLiteral("<%1>%2</%1>").arg(cell, esc(c));
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            break;
        }
    }
    if (inList)
        h += QStringLiteral("</ul>\n");
    h += QStringLiteral("</main>\n<footer>&copy; 2021 Shared learning network &middot; "
                        "<a href=\"/privacy\">Privacy</a></footer>\n</body>\n</html>\n");
    return h.toUtf8();
}

QByteArray toTranscript(const QString &header, const QList<SpeakerTurn> &turns)
{
    QString t = header + QStringLiteral("\n\n");
    for (const SpeakerTurn &turn : turns)
        t += QStringLiteral("[%1] %2: %3\n\n").arg(clock(turn.seconds), turn.speaker, turn.text);
    t.chop(1);
    return t.toUtf8();
}

QByteArray toWebVtt(const QList<SpeakerTurn> &turns)
{
    // Sentence ends; a cue carries one to three sentences.
    static const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.?!])\\s+"));
    QString v = QStringLiteral("WEBVTT\n\n");
    int cue = 1;
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const SpeakerTurn &turn = turns[i];
        const int end = i + 1 < turns.size() ? turns[i + 1].seconds : turn.seconds + 10;
        const QStringList sentences = turn.text.split(sentenceEnd, Qt::SkipEmptyParts);
        QStringList cues;
        for (qsizetype s = 0; s < sentences.size(); s += 2)
            cues << sentences.mid(s, 2).join(QLatin1Char(' '));
        const int span = std::max(1, end - turn.seconds);
        for (qsizetype c = 0; c < cues.size(); ++c) {
            const int from = turn.seconds + int(span * c / cues.size());
            const int to = turn.seconds + int(span * (c + 1) / cues.size());
            v += QStringLiteral("%1\n%2 --> %3\n<v %4>%5\n\n")
                     .arg(cue++)
                     .arg(clock(from, true), clock(to, true), turn.speaker, cues[c]);
        }
    }
    return v.toUtf8();
}

} // namespace gw::bench
