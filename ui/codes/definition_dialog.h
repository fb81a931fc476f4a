#pragma once
// "Edit Definition…" for a code, theme or dimension: the definition a codebook
// and Table 1 print beside its name. Only asks; the caller makes the edit.

#include <QDialog>

class QPlainTextEdit;

namespace gw {

class DefinitionDialog : public QDialog
{
    Q_OBJECT

public:
    // TIER is "code", "theme" or "dimension", as the title names it.
    DefinitionDialog(const QString &tier, const QString &name, const QString &definition, QWidget *parent = nullptr);

    [[nodiscard]] QString definition() const;
    [[nodiscard]] QPlainTextEdit *editor() const { return m_editor; }

private:
    QPlainTextEdit *m_editor = nullptr;
};

} // namespace gw
