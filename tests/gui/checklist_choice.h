#pragma once
// GUI test support: when BUTTON opens a ChecklistDialog, tick only the items
// WANTED accepts (None first, then Space on each, as a keyboard user does)
// and accept. The dialog is closed if a check inside fails, so a failing test
// does not hang on a modal dialog. Returns whether the choice was made.

#include "ui/common/checklist_dialog.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <functional>

namespace gw::test {

inline bool chooseInChecklist(QObject *context, QPushButton *button,
                              const std::function<bool(const QListWidgetItem &)> &wanted)
{
    bool chose = false;
    QTimer::singleShot(0, context, [&] {
        auto *dialog = qobject_cast<ChecklistDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto closeOnFailure = qScopeGuard([&] {
            if (!chose)
                dialog->reject();
        });
        QListWidget *list = dialog->list();
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("&None"))
                QTest::mouseClick(b, Qt::LeftButton);
        for (int i = 0; i < list->count(); ++i)
            if (wanted(*list->item(i))) {
                list->setFocus();
                list->setCurrentRow(i);
                QTest::keyClick(list->viewport(), Qt::Key_Space);
            }
        chose = true;
        dialog->accept();
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return chose;
}

} // namespace gw::test
