#include "ui/import/import_progress_dialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

ImportProgressDialog::ImportProgressDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("importProgress"));
    setWindowTitle(tr("Importing Sources"));
    setWindowModality(Qt::WindowModal);

    m_headline = new QLabel(tr("Finding files…"), this);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setForegroundRole(QPalette::PlaceholderText);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setMinimumWidth(440);

    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0); // busy until the first file
    m_bar->setTextVisible(false);

    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("importSaved"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setToolTip(tr("Stop after the current file. The sources already imported stay."));
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_file);
    layout->addSpacing(4);
    layout->addWidget(m_bar);
    layout->addWidget(m_saved);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    addSaved(0);
}

void ImportProgressDialog::setProgress(int index, int total, const QString &path)
{
    if (total > 0) {
        m_bar->setRange(0, total);
        m_bar->setValue(index);
    }
    if (m_cancelling)
        return;
    const QLocale locale;
    if (index >= total) {
        m_headline->setText(tr("Finishing…"));
        m_file->clear();
        return;
    }
    m_headline->setText(tr("Importing %1 of %2: %3")
                            .arg(locale.toString(index + 1), locale.toString(total), QFileInfo(path).fileName()));
    // The folder the file is in, shortened from the left so its end shows.
    const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    m_file->setText(m_file->fontMetrics().elidedText(tr("in %1").arg(folder), Qt::ElideMiddle,
                                                     m_file->width() > 0 ? m_file->width() : 440));
}

void ImportProgressDialog::addSaved(int sources)
{
    m_savedCount += sources;
    m_saved->setText(m_savedCount == 1
                         ? tr("1 source saved in the project so far")
                         : tr("%1 sources saved in the project so far").arg(QLocale().toString(m_savedCount)));
}

void ImportProgressDialog::setCancelling()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_headline->setText(tr("Cancelling…"));
    m_file->setText(tr("Finishing the current file. The sources already imported stay in the project."));
    m_cancel->setEnabled(false);
}

QString ImportProgressDialog::headline() const
{
    return m_headline->text();
}

void ImportProgressDialog::reject()
{
    // The dialog stays up until the job has stopped; the window closes it.
    if (!m_cancelling) {
        setCancelling();
        Q_EMIT cancelRequested();
    }
}

} // namespace gw
