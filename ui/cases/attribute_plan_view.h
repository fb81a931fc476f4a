#pragma once
// What a case-attribute sheet would write, shown before anything is written: a
// one-line summary, the attribute columns with their types, every case with the
// source it would be linked to and its values, and the sheet's problems
// (refusals in red, warnings listed). Shows a copy of the plan; owns nothing else.

#include "core/import/attribute_import.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTreeWidget;

namespace gw {

class AttributePlanView : public QWidget
{
    Q_OBJECT

public:
    explicit AttributePlanView(QWidget *parent = nullptr);

    void showPlan(const AttributePlan &plan);
    // Shows no plan, with WHY (a sheet that cannot be read) in red; empty WHY clears.
    void showNothing(const QString &why = {});

    [[nodiscard]] QString summaryText() const;
    // The refusals (or the reason there is no plan), as shown in red.
    [[nodiscard]] QString refusalText() const;
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QTreeWidget *attributesTable() const { return m_attributes; }
    [[nodiscard]] QTreeWidget *casesTable() const { return m_cases; }

    // "178 cases · 5 attributes · 170 linked to sources · 8 warnings"
    [[nodiscard]] static QString summarise(const AttributePlan &plan);

private:
    void fillAttributes(const AttributePlan &plan);
    void fillCases(const AttributePlan &plan);
    void fillProblems(const AttributePlan &plan);

    QLabel *m_summary = nullptr;
    QTreeWidget *m_attributes = nullptr;
    QTreeWidget *m_cases = nullptr;
    QLabel *m_refusal = nullptr;
    QLabel *m_warningsTitle = nullptr;
    QListWidget *m_warnings = nullptr;
};

} // namespace gw
