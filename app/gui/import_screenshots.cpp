#include "app/gui/import_screenshots.h"

#include "core/import/import_job.h"
#include "ui/import/import_progress_dialog.h"
#include "ui/import/import_report_dialog.h"
#include "ui/import/import_runner.h"
#include "ui/mainwindow/main_window.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <cstdio>

namespace gw {

namespace {

// The window with DIALOG over its centre, as a window-modal dialog appears.
QPixmap windowWithDialog(MainWindow &window, QWidget *dialog)
{
    QPixmap shot = window.grab();
    if (!dialog)
        return shot;
    const QPixmap front = dialog->grab();
    QPainter painter(&shot);
    const QPoint at((shot.width() - front.width()) / 2, (shot.height() - front.height()) / 3);
    for (int i = 1; i <= 8; ++i) // a soft shadow
        painter.fillRect(QRect(at, front.size()).adjusted(-i, -i + 3, i, i + 3),
                         QColor(0, 0, 0, 7));
    painter.drawPixmap(at, front);
    painter.setPen(QColor(0, 0, 0, 70));
    painter.drawRect(QRect(at, front.size()).adjusted(-1, -1, 0, 0));
    return shot;
}

bool save(const QPixmap &pixmap, const QString &file)
{
    if (pixmap.save(file, "PNG"))
        return true;
    std::fprintf(stderr, "groundwork: Cannot write the screenshot %s.\n", qPrintable(file));
    return false;
}

QString withSuffix(const QString &file, const QString &suffix)
{
    QString base = file;
    if (base.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        base.chop(4);
    return base + suffix;
}

} // namespace

int importWithScreenshots(MainWindow &window, const QString &path, const QString &file)
{
    window.resize(1400, 860);
    window.show();
    if (auto ok = window.importSources({path}, std::nullopt); !ok) {
        std::fprintf(stderr, "groundwork: %s\n", qPrintable(ok.error().message));
        return 1;
    }
    bool ok = true;
    bool grabbedProgress = false;
    ImportRunner *runner = window.importRunner();
    // Connected after the window's own handlers, so the dialogs are up to date.
    QObject::connect(
        runner, &ImportRunner::progress, &window, [&](int index, int total, const QString &) {
            if (grabbedProgress || total == 0 || index * 10 < total * 3)
                return;
            grabbedProgress = true;
            ok = save(windowWithDialog(window, window.findChild<ImportProgressDialog *>()),
                      withSuffix(file, QStringLiteral("-progress.png"))) &&
                 ok;
        });
    QObject::connect(runner, &ImportRunner::finished, &window, [&] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        auto *report = window.findChild<ImportReportDialog *>();
        ok = save(windowWithDialog(window, report),
                  withSuffix(file, QStringLiteral("-report.png"))) &&
             ok;
        if (report)
            report->close();
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        ok = save(window.grab(), file) && ok;
        QCoreApplication::exit(ok ? 0 : 1);
    });
    return QApplication::exec();
}

} // namespace gw
