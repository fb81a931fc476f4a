#pragma once
// Grows the document view's selection to whole coding units (sentences or
// paragraphs, METHOD.md stage 2) when the researcher finishes making it: on
// mouse release, and when Shift is let go after extending it with the keys.
// Watches the view through an event filter; owned by (a child of) the view.

#include "core/text/coding_unit.h"

#include <QObject>
#include <QWidget>

namespace gw {

class DocumentView;

class SelectionSnap : public QObject
{
    Q_OBJECT

public:
    explicit SelectionSnap(DocumentView *view);

    void setUnit(text::CodingUnit unit) { m_unit = unit; }
    [[nodiscard]] text::CodingUnit unit() const { return m_unit; }
    // Snaps the view's current selection now; false when it was left as it was.
    bool snap();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DocumentView *m_view;
    // Its viewport, kept from the start: while the view is being destroyed,
    // events still reach the filter and the view is no scroll area any more.
    QWidget *m_viewport;
    text::CodingUnit m_unit = text::CodingUnit::FreeSelection;
};

} // namespace gw
