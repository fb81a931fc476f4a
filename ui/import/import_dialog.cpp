#include "ui/import/import_dialog.h"

#include "core/import/importer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace gw {

ImportDialog::ImportDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import Sources"));
    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    auto *intro =
        new QLabel(tr("Add the files and folders to import. Folders are read with everything inside them."), this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("importPaths"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setMinimumHeight(160);

    auto *addFiles = new QPushButton(tr("Add &Files…"), this);
    auto *addFolder = new QPushButton(tr("Add F&older…"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setEnabled(false);
    connect(addFiles, &QPushButton::clicked, this, &ImportDialog::addFiles);
    connect(addFolder, &QPushButton::clicked, this, &ImportDialog::addFolder);
    connect(m_remove, &QPushButton::clicked, this, &ImportDialog::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    auto *pathButtons = new QVBoxLayout;
    pathButtons->addWidget(addFiles);
    pathButtons->addWidget(addFolder);
    pathButtons->addWidget(m_remove);
    pathButtons->addStretch(1);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_list, 1);
    pathRow->addLayout(pathButtons);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->insertItem(KindFromFolders,
                       tr("From folder names (interviews/, observations/, documents/), else document"));
    m_kind->insertItem(InterviewKind, tr("Interview"));
    m_kind->insertItem(ObservationKind, tr("Observation"));
    m_kind->insertItem(DocumentKind, tr("Document"));
    auto *form = new QFormLayout;
    form->addRow(tr("Import &as:"), m_kind);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("importCount"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(pathRow, 1);
    layout->addLayout(form);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(640, 400);
    recount();
}

QString ImportDialog::fileFilter()
{
    QStringList patterns;
    for (const auto &importer : importers())
        for (const QString &suffix : importer->suffixes())
            patterns << QStringLiteral("*.") + suffix;
    patterns.removeDuplicates();
    return tr("Sources (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

void ImportDialog::addPaths(const QStringList &paths)
{
    QStringList have = this->paths();
    for (const QString &path : paths) {
        const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
        if (clean.isEmpty() || have.contains(clean))
            continue;
        have << clean;
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(clean), m_list);
        item->setData(Qt::UserRole, clean);
        item->setIcon(style()->standardIcon(QFileInfo(clean).isDir() ? QStyle::SP_DirIcon
                                                                     : QStyle::SP_FileIcon));
    }
    recount();
}

QStringList ImportDialog::paths() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->data(Qt::UserRole).toString();
    return out;
}

void ImportDialog::setKindChoice(KindChoice choice)
{
    m_kind->setCurrentIndex(choice);
}

std::optional<SourceKind> ImportDialog::kind() const
{
    switch (m_kind->currentIndex()) {
    case InterviewKind:
        return SourceKind::Interview;
    case ObservationKind:
        return SourceKind::Observation;
    case DocumentKind:
        return SourceKind::Document;
    default:
        return std::nullopt;
    }
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.kind = kind();
    return options;
}

QString ImportDialog::countText() const
{
    return m_count->text();
}

void ImportDialog::addFiles()
{
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Add Files to Import"), m_lastFolder, fileFilter());
    if (files.isEmpty())
        return;
    m_lastFolder = QFileInfo(files.first()).absolutePath();
    addPaths(files);
}

void ImportDialog::addFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a Folder to Import"), m_lastFolder);
    if (folder.isEmpty())
        return;
    m_lastFolder = folder;
    addPaths({folder});
}

void ImportDialog::removeSelected()
{
    qDeleteAll(m_list->selectedItems());
    recount();
}

void ImportDialog::recount()
{
    const QStringList files = filesToImport(paths());
    m_fileCount = int(files.size());
    const auto unreadable =
        std::ranges::count_if(files, [](const QString &f) { return importerFor(f) == nullptr; });
    const QLocale locale;
    QString text =
        m_fileCount == 1 ? tr("1 file to import") : tr("%1 files to import").arg(locale.toString(m_fileCount));
    if (unreadable > 0)
        text += tr(" (%1 in formats Groundwork cannot read will be skipped)")
                    .arg(locale.toString(qlonglong(unreadable)));
    m_count->setText(text);
    m_import->setEnabled(m_fileCount > 0);
}

} // namespace gw
