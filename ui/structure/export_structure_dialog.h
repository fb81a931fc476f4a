#pragma once
// File > Export > Data Structure…: the Gioia figure (SVG, PDF, PNG) or Table 1
// (Markdown, LaTeX, HTML, CSV, ODT, XLSX) of a data structure, written where
// the user chooses. Figure options: font family and size, counts on each box,
// greyscale, PNG resolution, the paper (fit, A4, Letter, a journal column or
// page; landscape; compact; split over pages as PDF) with the size the labels
// will print at; table options: the caption, exemplar quote column,
// abbreviation footnotes, and whether codes under themes that are not yet
// first-order are printed (the dialog names them). Remembers the last choices. Export writes the file;
// a failure is shown in a message box naming the file, and the dialog stays.

#include "core/error.h"
#include "core/structure/data_structure.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFontComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gw {

class ExportStructureDialog : public QDialog
{
    Q_OBJECT

public:
    // BASEPATH is the file name suggested without its suffix (the last folder
    // used replaces its folder), e.g. ".../Project-data-structure".
    ExportStructureDialog(DataStructure structure, const QString &basePath, QWidget *parent = nullptr);

    // Writes the chosen format to the chosen file; remembers the choices when it worked.
    [[nodiscard]] Status exportNow();
    // The format's key: "svg", "pdf", "png", "md", "tex", "html", "csv", "odt" or "xlsx".
    [[nodiscard]] QString formatKey() const;
    void setFormatKey(const QString &key);
    [[nodiscard]] QString path() const;

    [[nodiscard]] QComboBox *formatBox() const { return m_format; }
    [[nodiscard]] QLineEdit *pathEdit() const { return m_path; }
    [[nodiscard]] QFontComboBox *fontBox() const { return m_font; }
    [[nodiscard]] QDoubleSpinBox *fontSizeBox() const { return m_fontSize; }
    [[nodiscard]] QCheckBox *countsBox() const { return m_counts; }
    [[nodiscard]] QCheckBox *greyscaleBox() const { return m_greyscale; }
    [[nodiscard]] QSpinBox *dpiBox() const { return m_dpi; }
    [[nodiscard]] QComboBox *paperBox() const { return m_paper; }
    [[nodiscard]] QCheckBox *landscapeBox() const { return m_landscape; }
    [[nodiscard]] QCheckBox *compactBox() const { return m_compact; }
    [[nodiscard]] QCheckBox *splitBox() const { return m_split; }
    [[nodiscard]] QCheckBox *exemplarBox() const { return m_exemplars; }
    [[nodiscard]] QCheckBox *footnotesBox() const { return m_footnotes; }
    [[nodiscard]] QLineEdit *captionEdit() const { return m_caption; }
    [[nodiscard]] QCheckBox *firstOrderOnlyBox() const { return m_firstOrderOnly; }
    [[nodiscard]] QCheckBox *markersBox() const { return m_markers; }
    [[nodiscard]] QPushButton *exportButton() const { return m_exportButton; }

    void accept() override;

private:
    void onFormatChanged();
    void chooseFile();
    void restoreChoices();
    void saveChoices() const;
    [[nodiscard]] bool isFigure() const;

    DataStructure m_structure;
    QComboBox *m_format = nullptr;
    QLineEdit *m_path = nullptr;
    QGroupBox *m_figureGroup = nullptr;
    QGroupBox *m_tableGroup = nullptr;
    QFontComboBox *m_font = nullptr;
    QDoubleSpinBox *m_fontSize = nullptr;
    QCheckBox *m_counts = nullptr;
    QCheckBox *m_greyscale = nullptr;
    QSpinBox *m_dpi = nullptr;
    QComboBox *m_paper = nullptr;
    QCheckBox *m_landscape = nullptr;
    QCheckBox *m_compact = nullptr;
    QCheckBox *m_split = nullptr;
    QLabel *m_fitNote = nullptr;
    void updateFitNote();
    QCheckBox *m_exemplars = nullptr;
    QCheckBox *m_footnotes = nullptr;
    QLineEdit *m_caption = nullptr;
    QCheckBox *m_firstOrderOnly = nullptr;
    QCheckBox *m_markers = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace gw
