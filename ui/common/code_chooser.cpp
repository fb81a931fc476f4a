#include "ui/common/code_chooser.h"

#include "core/model/project.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace gw {

std::optional<ChosenCode> chooseCode(QWidget *parent, Project &project, const QString &title, const QString &prompt)
{
    QStringList names;
    QList<Id> ids;
    if (auto codes = project.codes())
        for (const CodeInfo &c : *codes)
            if (!c.archived) {
                names << c.name;
                ids << c.id;
            }
    if (names.isEmpty()) {
        QMessageBox::information(parent, title,
                                 QCoreApplication::translate("gw::CodeChooser",
                                                             "Create a code first, then code the hits with it."));
        return std::nullopt;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(parent, title, prompt, names, 0, false, &ok);
    if (!ok || !names.contains(name))
        return std::nullopt;
    return ChosenCode{ids.value(names.indexOf(name)), name};
}

} // namespace gw
