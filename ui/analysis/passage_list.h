#pragma once
// The passages an analysis found, one row each: source, attribution, codes and
// the passage's text (on one line, with the whole text as a tooltip). Enter or
// a double click opens the passage in the document.

#include "core/analysis/passage_report.h"

#include <QTreeWidget>

namespace gw {

class PassageList : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SourceColumn, AttributionColumn, CodesColumn, TextColumn };

    explicit PassageList(QWidget *parent = nullptr);
    void setPassages(std::vector<PassageView> views);
    [[nodiscard]] const std::vector<PassageView> &passages() const { return m_views; }

Q_SIGNALS:
    void passageActivated(gw::Id sourceId, qint64 start, qint64 end);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void activate(QTreeWidgetItem *item);
    std::vector<PassageView> m_views;
};

} // namespace gw
