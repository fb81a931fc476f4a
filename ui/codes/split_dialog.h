#pragma once
// "Split Code": some of a code's segments move to a new code. Every segment of
// the code is listed with a check box (those chosen beforehand, e.g. in the
// segments dock, come checked), with the new code's name and an optional "why"
// for the audit log. Only asks; the caller makes the split.

#include "core/model/types.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace gw {

class Project;

class SplitDialog : public QDialog
{
    Q_OBJECT

public:
    SplitDialog(Project &project, Id codeId, const QList<Id> &checkedSegmentIds, QWidget *parent = nullptr);

    [[nodiscard]] Id codeId() const { return m_codeId; }
    [[nodiscard]] QList<Id> segmentIds() const; // the checked ones, in the order listed
    [[nodiscard]] QString newName() const;
    [[nodiscard]] QString why() const;
    // Checks or unchecks the segment with SEGMENTID; false when it is not listed.
    bool setChecked(Id segmentId, bool checked);

    [[nodiscard]] QListWidget *segmentList() const { return m_list; }
    [[nodiscard]] QLineEdit *nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit *whyEdit() const { return m_why; }
    [[nodiscard]] QPushButton *splitButton() const { return m_split; }

private:
    void refresh();

    Id m_codeId = 0;
    QString m_codeName;
    QListWidget *m_list = nullptr;
    QLabel *m_count = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_why = nullptr;
    QPushButton *m_split = nullptr;
};

} // namespace gw
