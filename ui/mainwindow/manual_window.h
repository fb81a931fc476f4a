#pragma once
// Help > Manual (F1): the user guide, read offline in a window of its own. The
// guide is HTML made from docs/manual at build time and installed with the
// program (PREFIX/share/groundwork/manual); links to other chapters stay in
// the window, links to the web open in the browser.

#include <QWidget>

class QTextBrowser;

namespace gw {

class ManualWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ManualWindow(QWidget *parent = nullptr);
    // The guide's contents page: installed beside the program, or in the build
    // tree; empty when this build has no manual.
    [[nodiscard]] static QString indexPath();
    // Shows the contents page; false (and a page that says where it looked)
    // when the manual is missing.
    bool showContents();
    [[nodiscard]] QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser = nullptr;
};

} // namespace gw
