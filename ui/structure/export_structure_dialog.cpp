#include "ui/structure/export_structure_dialog.h"

#include "core/export/structure_table.h"
#include "core/figure/gioia_figure.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw {

namespace {

// The label and filter are in English, shown as QCoreApplication::translate("gw::ExportStructureDialog", ...).
struct FormatChoice
{
    const char16_t *key;
    const char *label;
    const char *filter;
};

constexpr FormatChoice kFormats[] = {
    {u"svg", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Figure: SVG (vector, for editing and the web)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "SVG images (*.svg)")},
    {u"pdf", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Figure: PDF (vector, for print)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "PDF documents (*.pdf)")},
    {u"png", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Figure: PNG (image)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "PNG images (*.png)")},
    {u"md", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: Markdown"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Markdown (*.md)")},
    {u"tex", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: LaTeX (booktabs)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "LaTeX (*.tex)")},
    {u"html", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: HTML"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "HTML (*.html)")},
    {u"csv", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: CSV"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "CSV (*.csv)")},
    {u"odt", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: ODT (LibreOffice, Word)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "OpenDocument text (*.odt)")},
    {u"xlsx", QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Table 1: XLSX (Excel)"),
     QT_TRANSLATE_NOOP("gw::ExportStructureDialog", "Excel workbooks (*.xlsx)")},
};

const QString kGroup = QStringLiteral("structureExport/");

QString withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty())
        return path;
    const QFileInfo info(path);
    const QString known = info.suffix().toLower();
    QString base = path;
    for (const FormatChoice &f : kFormats)
        if (known == QString::fromUtf16(f.key)) {
            base.chop(known.size() + 1);
            break;
        }
    return base + QLatin1Char('.') + suffix;
}

QString summary(const DataStructure &s)
{
    std::size_t unplacedCodes = s.unplacedCodes.size();
    for (const auto &t : s.unplacedThemes)
        unplacedCodes += t.codes.size();
    if (unplacedCodes + s.unplacedThemes.size() == 0)
        return QCoreApplication::translate("gw::ExportStructureDialog",
                                           "%1 aggregate dimensions, %2 second-order themes, %3 first-order codes.")
            .arg(s.dimensions.size())
            .arg(s.themeCount())
            .arg(s.codeCount());
    return QCoreApplication::translate("gw::ExportStructureDialog",
                                       "%1 aggregate dimensions, %2 second-order themes, %3 first-order codes. "
                                       "Not placed yet, so left out: %4 codes, %5 themes.")
        .arg(s.dimensions.size())
        .arg(s.themeCount())
        .arg(s.codeCount())
        .arg(unplacedCodes)
        .arg(s.unplacedThemes.size());
}

} // namespace

ExportStructureDialog::ExportStructureDialog(DataStructure structure, const QString &basePath, QWidget *parent)
    : QDialog(parent), m_structure(std::move(structure))
{
    setObjectName(QStringLiteral("exportStructureDialog"));
    setWindowTitle(tr("Export Data Structure"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    for (const FormatChoice &f : kFormats)
        m_format->addItem(QCoreApplication::translate("gw::ExportStructureDialog", f.label), QString::fromUtf16(f.key));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    auto *choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("exportChoose"));
    connect(choose, &QPushButton::clicked, this, &ExportStructureDialog::chooseFile);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(choose);
    auto *what = new QLabel(summary(m_structure), this);
    what->setObjectName(QStringLiteral("exportSummary"));
    what->setWordWrap(true);
    what->setForegroundRole(QPalette::PlaceholderText);

    m_figureGroup = new QGroupBox(tr("Figure"), this);
    m_font = new QFontComboBox(m_figureGroup);
    m_font->setObjectName(QStringLiteral("exportFont"));
    m_fontSize = new QDoubleSpinBox(m_figureGroup);
    m_fontSize->setObjectName(QStringLiteral("exportFontSize"));
    m_fontSize->setRange(5, 24);
    m_fontSize->setSingleStep(0.5);
    m_fontSize->setDecimals(1);
    m_fontSize->setSuffix(tr(" pt"));
    m_counts = new QCheckBox(tr("Segments and sources on each box"), m_figureGroup);
    m_counts->setObjectName(QStringLiteral("exportCounts"));
    m_greyscale = new QCheckBox(tr("Greyscale"), m_figureGroup);
    m_greyscale->setObjectName(QStringLiteral("exportGreyscale"));
    m_dpi = new QSpinBox(m_figureGroup);
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(72, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));
    m_paper = new QComboBox(m_figureGroup);
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_paper->addItem(tr("As large as the figure"), int(FigurePaper::Fit));
    m_paper->addItem(QStringLiteral("A4"), int(FigurePaper::A4));
    m_paper->addItem(tr("US Letter"), int(FigurePaper::Letter));
    m_paper->addItem(tr("Journal column (3.5 in)"), int(FigurePaper::JournalColumn));
    m_paper->addItem(tr("Journal page (7 in)"), int(FigurePaper::JournalPage));
    m_landscape = new QCheckBox(tr("Landscape"), m_figureGroup);
    m_landscape->setObjectName(QStringLiteral("exportLandscape"));
    m_compact = new QCheckBox(tr("Compact (tighter spacing)"), m_figureGroup);
    m_compact->setObjectName(QStringLiteral("exportCompact"));
    m_split = new QCheckBox(tr("Split over pages (PDF)"), m_figureGroup);
    m_split->setObjectName(QStringLiteral("exportSplit"));
    m_fitNote = new QLabel(m_figureGroup);
    m_fitNote->setObjectName(QStringLiteral("exportFitNote"));
    m_fitNote->setWordWrap(true);
    m_fitNote->setForegroundRole(QPalette::PlaceholderText);
    auto *paperOptions = new QHBoxLayout;
    paperOptions->addWidget(m_landscape);
    paperOptions->addWidget(m_compact);
    paperOptions->addWidget(m_split);
    paperOptions->addStretch(1);
    auto *figureForm = new QFormLayout(m_figureGroup);
    figureForm->addRow(tr("Font:"), m_font);
    figureForm->addRow(tr("Size:"), m_fontSize);
    figureForm->addRow(tr("Paper:"), m_paper);
    figureForm->addRow(QString(), paperOptions);
    figureForm->addRow(QString(), m_fitNote);
    figureForm->addRow(QString(), m_counts);
    figureForm->addRow(QString(), m_greyscale);
    figureForm->addRow(tr("PNG resolution:"), m_dpi);

    m_tableGroup = new QGroupBox(tr("Table 1"), this);
    m_exemplars = new QCheckBox(tr("Exemplar quote column"), m_tableGroup);
    m_exemplars->setObjectName(QStringLiteral("exportExemplars"));
    m_footnotes = new QCheckBox(tr("Abbreviations as footnotes"), m_tableGroup);
    m_footnotes->setObjectName(QStringLiteral("exportFootnotes"));
    m_caption = new QLineEdit(m_tableGroup);
    m_caption->setObjectName(QStringLiteral("exportCaption"));
    m_caption->setPlaceholderText(TableOptions().caption);
    m_firstOrderOnly = new QCheckBox(tr("Only first-order codes"), m_tableGroup);
    m_firstOrderOnly->setObjectName(QStringLiteral("exportFirstOrderOnly"));
    auto *tableForm = new QFormLayout(m_tableGroup);
    tableForm->addRow(tr("Caption:"), m_caption);
    tableForm->addRow(QString(), m_exemplars);
    tableForm->addRow(QString(), m_footnotes);
    m_markers = new QCheckBox(tr("Mark abbreviations in the cells (GDEᵃ)"), m_tableGroup);
    m_markers->setObjectName(QStringLiteral("exportMarkers"));
    tableForm->addRow(QString(), m_markers);
    connect(m_footnotes, &QCheckBox::toggled, m_markers, &QCheckBox::setEnabled);
    if (const QStringList early = notFirstOrder(m_structure); !early.isEmpty()) {
        // A code of stage open or focused under a theme is not yet first-order:
        // say which, and let the table leave them out.
        const QString names = early.join(QStringLiteral(", "));
        const int n = int(early.size());
        auto *warning = new QLabel(n == 1 ? tr("One code under themes is not yet first-order: %1.").arg(names)
                                          : tr("%n codes under themes are not yet first-order: %1.", nullptr, n)
                                                .arg(names),
                                   m_tableGroup);
        warning->setObjectName(QStringLiteral("exportStageWarning"));
        warning->setWordWrap(true);
        tableForm->addRow(QString(), warning);
        tableForm->addRow(QString(), m_firstOrderOnly);
    } else {
        m_firstOrderOnly->hide();
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_exportButton = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportStructureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QFormLayout;
    top->addRow(tr("Export as:"), m_format);
    top->addRow(tr("File:"), fileRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(what);
    layout->addWidget(m_figureGroup);
    layout->addWidget(m_tableGroup);
    layout->addStretch(1);
    layout->addWidget(buttons);

    restoreChoices();
    const QString dir = QSettings().value(kGroup + QStringLiteral("folder")).toString();
    const QString base = dir.isEmpty() || !QFileInfo(dir).isDir()
                             ? basePath
                             : dir + QLatin1Char('/') + QFileInfo(basePath).fileName();
    m_path->setText(withSuffix(base, formatKey()));
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportStructureDialog::onFormatChanged);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportStructureDialog::updateFitNote);
    for (QCheckBox *box : {m_landscape, m_compact, m_split})
        connect(box, &QCheckBox::toggled, this, &ExportStructureDialog::updateFitNote);
    connect(m_fontSize, &QDoubleSpinBox::valueChanged, this, &ExportStructureDialog::updateFitNote);
    onFormatChanged();
}

QString ExportStructureDialog::formatKey() const
{
    return m_format->currentData().toString();
}

void ExportStructureDialog::setFormatKey(const QString &key)
{
    if (const int i = m_format->findData(key); i >= 0)
        m_format->setCurrentIndex(i);
}

QString ExportStructureDialog::path() const
{
    return m_path->text().trimmed();
}

bool ExportStructureDialog::isFigure() const
{
    return figureFormatFromString(formatKey()).has_value();
}

void ExportStructureDialog::onFormatChanged()
{
    m_figureGroup->setVisible(isFigure());
    m_tableGroup->setVisible(!isFigure());
    m_dpi->setEnabled(formatKey() == QLatin1String("png"));
    updateFitNote();
    m_path->setText(withSuffix(path(), formatKey()));
    adjustSize();
}

// What the paper does to the figure: its pages and the size its labels print at.
void ExportStructureDialog::updateFitNote()
{
    const auto paper = FigurePaper(m_paper->currentData().toInt());
    const bool onPaper = paper != FigurePaper::Fit;
    m_landscape->setEnabled(onPaper);
    m_split->setEnabled(onPaper && formatKey() == QLatin1String("pdf"));
    if (!onPaper) {
        m_fitNote->setText(tr("One page as large as the figure; a journal scales it to its column."));
        return;
    }
    FigureOptions options;
    options.fontFamily = m_font->currentFont().family();
    options.fontPointSize = m_fontSize->value();
    options.paper = paper;
    options.landscape = m_landscape->isChecked();
    options.compact = m_compact->isChecked();
    options.split = m_split->isEnabled() && m_split->isChecked();
    const FigureFit fit = fitGioiaFigure(m_structure, options);
    QString note = fit.pages > 1 ? tr("%1 pages; ").arg(fit.pages) : QString();
    if (fit.printedPointSize < options.fontPointSize - 0.05)
        note += fit.tooWide ? tr("labels print at %1 pt: the figure is too wide for this paper even with its narrowest "
                                 "columns (try Compact, Landscape or a smaller size).")
                                  .arg(fit.printedPointSize, 0, 'f', 1)
                            : tr("labels print at %1 pt: the figure is taller than the page (Split over pages, as PDF, "
                                 "keeps the size).")
                                  .arg(fit.printedPointSize, 0, 'f', 1);
    else
        note += tr("labels print at %1 pt, as chosen.").arg(options.fontPointSize, 0, 'f', 1);
    m_fitNote->setText(note);
}

void ExportStructureDialog::chooseFile()
{
    const auto &f = kFormats[std::max(0, m_format->currentIndex())];
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export Data Structure"), path(), QCoreApplication::translate("gw::ExportStructureDialog", f.filter));
    if (!chosen.isEmpty())
        m_path->setText(withSuffix(chosen, formatKey()));
}

Status ExportStructureDialog::exportNow()
{
    QString target = path();
    if (target.isEmpty())
        return fail(ErrorKind::InvalidInput, tr("Choose a file to export to."));
    if (QFileInfo(target).suffix().isEmpty())
        target = withSuffix(target, formatKey());
    Status written;
    if (const auto figure = figureFormatFromString(formatKey())) {
        FigureOptions options;
        options.fontFamily = m_font->currentFont().family();
        options.fontPointSize = m_fontSize->value();
        options.showCounts = m_counts->isChecked();
        options.greyscale = m_greyscale->isChecked();
        options.pngDpi = m_dpi->value();
        options.paper = FigurePaper(m_paper->currentData().toInt());
        options.landscape = m_landscape->isChecked() && options.paper != FigurePaper::Fit;
        options.compact = m_compact->isChecked();
        options.split = m_split->isChecked() && options.paper != FigurePaper::Fit && *figure == FigureFormat::Pdf;
        written = writeGioiaFigure(m_structure, *figure, options, target);
    } else if (const auto table = tableFormatFromString(formatKey())) {
        TableOptions options;
        options.exemplarColumn = m_exemplars->isChecked();
        options.footnotes = m_footnotes->isChecked();
        if (!m_caption->text().trimmed().isEmpty())
            options.caption = m_caption->text().trimmed();
        options.firstOrderOnly = m_firstOrderOnly->isChecked();
        options.footnoteMarkers = m_markers->isChecked();
        written = writeStructureTable(m_structure, *table, options, target);
    } else {
        return fail(ErrorKind::InvalidInput, tr("Choose a format to export."));
    }
    if (written) {
        m_path->setText(target);
        saveChoices();
    }
    return written;
}

void ExportStructureDialog::accept()
{
    if (auto ok = exportNow(); !ok) {
        QMessageBox::warning(this, tr("Cannot export the data structure"), ok.error().message);
        return;
    }
    QDialog::accept();
}

void ExportStructureDialog::restoreChoices()
{
    const QSettings s;
    const FigureOptions defaults;
    setFormatKey(s.value(kGroup + QStringLiteral("format"), QStringLiteral("svg")).toString());
    m_font->setCurrentFont(QFont(s.value(kGroup + QStringLiteral("font"), defaults.fontFamily).toString()));
    m_fontSize->setValue(s.value(kGroup + QStringLiteral("fontSize"), defaults.fontPointSize).toDouble());
    m_counts->setChecked(s.value(kGroup + QStringLiteral("counts"), defaults.showCounts).toBool());
    m_greyscale->setChecked(s.value(kGroup + QStringLiteral("greyscale"), defaults.greyscale).toBool());
    m_dpi->setValue(s.value(kGroup + QStringLiteral("dpi"), defaults.pngDpi).toInt());
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(s.value(kGroup + QStringLiteral("paper"), int(defaults.paper)).toInt())));
    m_landscape->setChecked(s.value(kGroup + QStringLiteral("landscape"), defaults.landscape).toBool());
    m_compact->setChecked(s.value(kGroup + QStringLiteral("compact"), defaults.compact).toBool());
    m_split->setChecked(s.value(kGroup + QStringLiteral("split"), defaults.split).toBool());
    const TableOptions table;
    m_exemplars->setChecked(s.value(kGroup + QStringLiteral("exemplars"), table.exemplarColumn).toBool());
    m_footnotes->setChecked(s.value(kGroup + QStringLiteral("footnotes"), table.footnotes).toBool());
    m_caption->setText(s.value(kGroup + QStringLiteral("caption")).toString());
    m_firstOrderOnly->setChecked(s.value(kGroup + QStringLiteral("firstOrderOnly"), table.firstOrderOnly).toBool());
    m_markers->setChecked(s.value(kGroup + QStringLiteral("markers"), table.footnoteMarkers).toBool());
    m_markers->setEnabled(m_footnotes->isChecked());
}

void ExportStructureDialog::saveChoices() const
{
    QSettings s;
    s.setValue(kGroup + QStringLiteral("format"), formatKey());
    s.setValue(kGroup + QStringLiteral("folder"), QFileInfo(path()).absolutePath());
    s.setValue(kGroup + QStringLiteral("font"), m_font->currentFont().family());
    s.setValue(kGroup + QStringLiteral("fontSize"), m_fontSize->value());
    s.setValue(kGroup + QStringLiteral("counts"), m_counts->isChecked());
    s.setValue(kGroup + QStringLiteral("greyscale"), m_greyscale->isChecked());
    s.setValue(kGroup + QStringLiteral("dpi"), m_dpi->value());
    s.setValue(kGroup + QStringLiteral("paper"), m_paper->currentData().toInt());
    s.setValue(kGroup + QStringLiteral("landscape"), m_landscape->isChecked());
    s.setValue(kGroup + QStringLiteral("compact"), m_compact->isChecked());
    s.setValue(kGroup + QStringLiteral("split"), m_split->isChecked());
    s.setValue(kGroup + QStringLiteral("exemplars"), m_exemplars->isChecked());
    s.setValue(kGroup + QStringLiteral("footnotes"), m_footnotes->isChecked());
    s.setValue(kGroup + QStringLiteral("caption"), m_caption->text().trimmed());
    s.setValue(kGroup + QStringLiteral("firstOrderOnly"), m_firstOrderOnly->isChecked());
    s.setValue(kGroup + QStringLiteral("markers"), m_markers->isChecked());
}

} // namespace gw
