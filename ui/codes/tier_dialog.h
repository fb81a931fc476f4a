#pragma once
// "New Theme" and "New Dimension": a name, a definition and, for a theme, the
// dimension it goes under (or none yet). Only asks; the caller makes the edit.

#include "core/model/types.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gw {

class Project;

class TierDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Tier { Theme, Dimension };

    // For a theme, DIMENSIONID is chosen at first (none: not yet placed).
    TierDialog(Tier tier, Project &project, std::optional<Id> dimensionId, QWidget *parent = nullptr);

    [[nodiscard]] QString name() const;
    [[nodiscard]] QString definition() const;
    [[nodiscard]] std::optional<Id> dimensionId() const;

    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QPlainTextEdit *definitionEdit() const { return m_definition; }
    [[nodiscard]] QComboBox *dimensionBox() const { return m_dimension; }

private:
    void refreshOk();

    Tier m_tier;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_definition = nullptr;
    QComboBox *m_dimension = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace gw
