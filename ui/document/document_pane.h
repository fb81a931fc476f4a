#pragma once
// The centre of the workbench: the shown source's name and facts above its text.

#include "core/error.h"
#include "core/model/project.h"
#include "core/model/types.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace gw {

class DocumentView;

class DocumentPane : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPane(QWidget *parent = nullptr);

    void setProject(Project *project);
    [[nodiscard]] Status showSource(Id sourceId);
    void clearSource();
    [[nodiscard]] DocumentView *view() const { return m_view; }

private:
    void refreshFacts();

    QPointer<Project> m_project;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    DocumentView *m_view = nullptr;
    qsizetype m_words = 0;
};

} // namespace gw
