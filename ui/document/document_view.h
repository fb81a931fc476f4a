#pragma once
// The text of one source, read-only, set for reading, with every coded segment
// tinted in its code's colour (overlapping codes blend). Follows the project's
// segment and code signals while a source is shown. Does not own the project.

#include "core/error.h"
#include "core/model/project.h"
#include "core/model/types.h"

#include <QPlainTextEdit>
#include <QPointer>

namespace gw {

class TranscriptHighlighter;

class DocumentView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit DocumentView(QWidget *parent = nullptr);

    // Shows nothing until showSource; nullptr detaches from the current project.
    void setProject(Project *project);
    [[nodiscard]] Status showSource(Id sourceId);
    void clearSource();
    [[nodiscard]] Id sourceId() const { return m_sourceId; }
    // How many coded passages are tinted (one per segment).
    [[nodiscard]] int tintCount() const { return int(extraSelections().size()); }

private:
    void refreshTints();

    QPointer<Project> m_project;
    TranscriptHighlighter *m_highlighter = nullptr;
    Id m_sourceId = 0;
    QString m_text;
};

} // namespace gw
