#pragma once
// The centre of the workbench: the shown source's name and facts above its text.

#include "core/error.h"
#include "core/model/project.h"
#include "core/model/types.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace gw {

class CodingMargin;
class DocumentView;
class SelectionSnap;

class DocumentPane : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPane(QWidget *parent = nullptr);

    void setProject(Project *project);
    [[nodiscard]] Status showSource(Id sourceId);
    void clearSource();
    [[nodiscard]] DocumentView *view() const { return m_view; }
    // The coding stripes beside the text, and the coding unit switch (Free
    // selection, Sentence, Paragraph) with what snaps selections to it.
    [[nodiscard]] CodingMargin *margin() const { return m_margin; }
    [[nodiscard]] QComboBox *codingUnitBox() const { return m_unitBox; }
    [[nodiscard]] SelectionSnap *selectionSnap() const { return m_snap; }

private:
    void refreshFacts();

    QPointer<Project> m_project;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    DocumentView *m_view = nullptr;
    CodingMargin *m_margin = nullptr;
    QComboBox *m_unitBox = nullptr;
    SelectionSnap *m_snap = nullptr;
    qsizetype m_words = 0;
};

} // namespace gw
