#include "ui/document/transcript_highlighter.h"

#include <QApplication>
#include <QPalette>
#include <QTextCharFormat>

namespace gw {

TranscriptHighlighter::TranscriptHighlighter(QObject *parent)
    : QSyntaxHighlighter(parent),
      // "[00:01:09] P01:" or "Interviewer:" at the start of a line; a label is short
      // and has no sentence punctuation, so "Well, I said: yes" is not a speaker.
      m_turnStart(QStringLiteral(R"(^(\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?([^\s:.,;!?][^:.,;!?\n]{0,39}):\s)"))
{
}

void TranscriptHighlighter::highlightBlock(const QString &text)
{
    const QRegularExpressionMatch match = m_turnStart.match(text);
    if (!match.hasMatch())
        return;
    if (match.capturedLength(1) > 0) {
        QTextCharFormat muted;
        muted.setForeground(QApplication::palette().brush(QPalette::PlaceholderText));
        setFormat(int(match.capturedStart(1)), int(match.capturedLength(1)), muted);
    }
    QTextCharFormat speaker;
    speaker.setFontWeight(QFont::DemiBold);
    setFormat(int(match.capturedStart(2)), int(match.capturedLength(2)) + 1, speaker);
}

} // namespace gw
