#pragma once
// What changed in the data structure between two named snapshots, or a
// snapshot and now (core/structure/structure_diff.h): the changes as a
// readable list (codes added, merged, moved, renamed; themes reorganised),
// the Gioia figure of the later state with the changes marked (new, moved
// from, was), and "Export Markdown…" for the team's minutes.

#include "core/structure/structure_diff.h"

#include <QDialog>

class QTreeWidget;

namespace gw {

class FigureCanvas;
class Project;

class SnapshotDiffDialog : public QDialog
{
    Q_OBJECT

public:
    SnapshotDiffDialog(StructureDiff diff, const DataStructure &after, QWidget *parent = nullptr);

    [[nodiscard]] const StructureDiff &diff() const { return m_diff; }
    [[nodiscard]] QTreeWidget *changes() const { return m_changes; }
    [[nodiscard]] FigureCanvas *canvas() const { return m_canvas; }
    // Writes the Markdown to PATH; false (and a message box) when it cannot.
    bool exportMarkdown(const QString &path);

private:
    StructureDiff m_diff;
    QTreeWidget *m_changes = nullptr;
    FigureCanvas *m_canvas = nullptr;
};

} // namespace gw
