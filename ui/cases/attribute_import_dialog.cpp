#include "ui/cases/attribute_import_dialog.h"

#include "core/commands/case_edits.h"
#include "core/model/project.h"
#include "ui/cases/attribute_plan_view.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QUndoStack>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace gw {

namespace {

// The column most sheets use for the transcript or file a case came from.
int guessSourceColumn(const QStringList &header, int idColumn)
{
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).toCaseFolded();
        if (i != idColumn &&
            (name.contains(QStringLiteral("source")) ||
             name.contains(QStringLiteral("transcript")) || name.contains(QStringLiteral("file"))))
            return i;
    }
    return -1;
}

} // namespace

AttributeImportDialog::AttributeImportDialog(Project &project, QWidget *parent, QUndoStack *stack)
    : QDialog(parent), m_project(&project), m_stack(stack)
{
    setObjectName(QStringLiteral("attributeImportDialog"));
    setWindowTitle(tr("Import Case Attributes"));

    m_file = new QLabel(tr("No sheet chosen"), this);
    m_file->setObjectName(QStringLiteral("sheetName"));
    auto *choose = new QPushButton(tr("Choose…"), this);
    connect(choose, &QPushButton::clicked, this, &AttributeImportDialog::chooseSheet);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);

    m_idColumn = new QComboBox(this);
    m_idColumn->setObjectName(QStringLiteral("idColumn"));
    m_idColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sourceColumn = new QComboBox(this);
    m_sourceColumn->setObjectName(QStringLiteral("sourceColumn"));
    m_sourceColumn->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_idColumn, &QComboBox::currentIndexChanged, this, &AttributeImportDialog::replan);
    connect(m_sourceColumn, &QComboBox::currentIndexChanged, this, &AttributeImportDialog::replan);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("Sheet:"), fileRow);
    form->addRow(tr("Each case is named by:"), m_idColumn);
    form->addRow(tr("Its source is named by:"), m_sourceColumn);

    m_preview = new AttributePlanView(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_import->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (auto ok = importPlan(); !ok)
            QMessageBox::warning(this, tr("Cannot import the sheet"), ok.error().message);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(14);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);
    resize(980, 660);
}

Status AttributeImportDialog::loadSheet(const QString &path)
{
    m_path = path;
    m_file->setText(QFileInfo(path).fileName());
    m_file->setToolTip(QFileInfo(path).absoluteFilePath());
    auto sheet = readSheetFile(path);
    if (!sheet) {
        m_sheet.reset();
        m_plan.reset();
        fillColumns();
        m_preview->showNothing(sheet.error().message);
        m_import->setEnabled(false);
        return std::unexpected(sheet.error());
    }
    m_sheet = std::move(*sheet);
    fillColumns(); // plans once, with the guessed columns
    return {};
}

void AttributeImportDialog::fillColumns()
{
    const QSignalBlocker blockId(m_idColumn);
    const QSignalBlocker blockSource(m_sourceColumn);
    m_idColumn->clear();
    m_sourceColumn->clear();
    m_sourceColumn->addItem(tr("None: sources named like the case"), QString());
    if (m_sheet) {
        for (const QString &name : m_sheet->header) {
            m_idColumn->addItem(name, name);
            m_sourceColumn->addItem(name, name);
        }
        m_idColumn->setCurrentIndex(0);
        m_sourceColumn->setCurrentIndex(guessSourceColumn(m_sheet->header, 0) + 1);
    }
    m_idColumn->setEnabled(m_sheet.has_value());
    m_sourceColumn->setEnabled(m_sheet.has_value());
    if (m_sheet)
        replan();
}

void AttributeImportDialog::replan()
{
    m_plan.reset();
    m_import->setEnabled(false);
    if (!m_sheet || !m_project)
        return;
    const AttributeImportOptions options{m_idColumn->currentData().toString(),
                                         m_sourceColumn->currentData().toString()};
    auto plan = planAttributes(*m_project, *m_sheet, options);
    if (!plan) {
        m_preview->showNothing(plan.error().message);
        return;
    }
    m_plan = std::move(*plan);
    m_preview->showPlan(*m_plan);
    m_import->setEnabled(!m_plan->refused() && !m_plan->cases.empty());
}

Status AttributeImportDialog::importPlan()
{
    if (!m_project || !m_plan)
        return fail(ErrorKind::InvalidInput, tr("Choose a sheet to import first."));
    if (m_stack) {
        auto step = EditCases::apply(*m_project, tr("Import case attributes from %1").arg(QFileInfo(m_path).fileName()),
                                     [this] { return applyAttributes(*m_project, *m_plan); });
        if (!step)
            return std::unexpected(step.error());
        m_stack->push(step->release());
    } else if (auto ok = applyAttributes(*m_project, *m_plan); !ok) {
        return ok;
    }
    accept();
    return {};
}

void AttributeImportDialog::chooseSheet()
{
    const QString start = m_path.isEmpty() && m_project
                              ? QFileInfo(m_project->path()).absolutePath()
                              : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Sheet of Cases"), start, tr("Sheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        (void)loadSheet(path); // a sheet that cannot be read is shown in the preview
}

} // namespace gw
