#pragma once
// A list of named items (sources, codes) to tick, for narrowing a computation
// to some of them: a filter field, All and None, and OK. Nothing ticked is
// refused; all ticked means "all" (an empty choice).

#include "core/model/types.h"

#include <QDialog>
#include <utility>
#include <vector>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gw {

class ChecklistDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        Id id = 0;
        QString name;
    };
    // CHOSEN: the ticked ids; empty ticks them all.
    ChecklistDialog(const QString &title, std::vector<Entry> entries, const std::vector<Id> &chosen,
                    QWidget *parent = nullptr);

    // Offers named groups of items (the sets of sources): choosing one ticks
    // exactly its items.
    void addGroups(const QString &label, const std::vector<std::pair<QString, std::vector<Id>>> &groups);
    [[nodiscard]] QComboBox *groupBox() const { return m_groups; }

    // The ticked ids; empty when every item is ticked.
    [[nodiscard]] std::vector<Id> chosen() const;
    [[nodiscard]] QListWidget *list() const { return m_list; }
    [[nodiscard]] QLineEdit *filter() const { return m_filter; }

private:
    void setAll(bool checked);
    void updateOk();

    QListWidget *m_list = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_groups = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gw
