#pragma once
// Quiet typography for transcripts: the timestamp that opens a turn is set in a
// muted colour and the speaker's label in semibold, so the eye finds who speaks
// without the text turning into a rainbow. Coded passages are tinted separately
// (DocumentView's extra selections), on top of this.

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace gw {

class TranscriptHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Highlights nothing until setDocument.
    explicit TranscriptHighlighter(QObject *parent);

protected:
    void highlightBlock(const QString &text) override;

private:
    QRegularExpression m_turnStart;
};

} // namespace gw
