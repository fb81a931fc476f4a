#pragma once
// File > Import Sources…: the files and folders to import, the kind of source
// they become, and how many files that is, before anything is read.

#include "core/import/import_job.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace gw {

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // The kind choices, in the order the combo box lists them.
    enum KindChoice { KindFromFolders, InterviewKind, ObservationKind, DocumentKind };

    explicit ImportDialog(QWidget *parent = nullptr);

    // Adds PATHS (files or folders) to the list, each once.
    void addPaths(const QStringList &paths);
    [[nodiscard]] QStringList paths() const;
    void setKindChoice(KindChoice choice);
    // The kind every file gets, or none for kinds from folder names.
    [[nodiscard]] std::optional<SourceKind> kind() const;
    [[nodiscard]] ImportOptions options() const;
    // How many files the listed paths hold (what filesToImport() finds).
    [[nodiscard]] int fileCount() const { return m_fileCount; }
    [[nodiscard]] QString countText() const;

    // A file dialog filter listing every suffix an importer reads.
    [[nodiscard]] static QString fileFilter();

private:
    void addFiles();
    void addFolder();
    void removeSelected();
    void recount();

    QListWidget *m_list = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_remove = nullptr;
    QString m_lastFolder;
    int m_fileCount = 0;
};

} // namespace gw
