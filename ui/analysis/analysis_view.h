#pragma once
// "Analysis": the questions a researcher asks of the coding, as a tab beside
// the document (View > Analysis, Ctrl+Shift+Y). Three pages:
// - Query: an expression over codes, themes and dimensions (completed as it is
//   typed, its syntax explained under it), the unit, attribute conditions;
//   its passages listed with their attribution; saved by name and exported.
// - Matrix: rows by columns, cells shaded as a heat map; a cell's passages
//   listed under it; exported as a table or a figure.
// - Co-occurrence: every pair of codes or themes that occur together, sortable;
//   a pair's passages listed under it.
// - Saturation: the sources in order with the codes first seen in each, the
//   cumulative count and the readout; exported as a table or the curve.
// - Words: the most frequent words of the chosen sources, of a code's segments
//   or of a saved query's passages; a word's hits as keyword-in-context lines,
//   sortable by either side, all coded with one code in one undo step.
// One bar of filters above the pages (analysis_filters.h) narrows them all.
// Every passage opens in the document. Each computation runs off the GUI thread
// with a progress bar and Cancel; when the coding changes, the page says its
// result is out of date. Does not own the project.

#include "core/analysis/code_cooccurrence.h"
#include "core/analysis/keyword_context.h"
#include "core/analysis/matrix.h"
#include "core/analysis/passage_report.h"
#include "core/analysis/saturation.h"
#include "core/analysis/word_frequency.h"
#include "core/export/table.h"
#include "core/figure/gioia_figure.h"
#include "ui/search/code_hits.h"

#include <QPointer>
#include <QUndoStack>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QUndoCommand;
class QUndoStack;

namespace gw {

class AnalysisFilters;
class AnalysisRunner;
class PassageList;
class Project;

class AnalysisView : public QWidget
{
    Q_OBJECT

public:
    explicit AnalysisView(QWidget *parent = nullptr);
    ~AnalysisView() override;

    // Saving and removing a query are steps on STACK (none: done at once).
    void setProject(Project *project, QUndoStack *stack = nullptr);

    // The query page.
    [[nodiscard]] QLineEdit *queryEdit() const { return m_queryEdit; }
    [[nodiscard]] QComboBox *unitBox() const { return m_unit; }
    [[nodiscard]] AnalysisFilters *filters() const { return m_filters; }
    [[nodiscard]] QLineEdit *whereEdit() const;
    [[nodiscard]] QComboBox *kindBox() const;
    [[nodiscard]] QComboBox *coderBox() const;
    [[nodiscard]] PassageList *queryHits() const { return m_queryHits; }
    [[nodiscard]] QLabel *queryStatus() const { return m_queryStatus; }
    [[nodiscard]] QCompleter *completer() const { return m_completer; }
    [[nodiscard]] QComboBox *savedBox() const { return m_saved; }
    void runQuery();
    // Saves the expression and options as NAME (replacing one of that name).
    [[nodiscard]] Status saveQueryAs(const QString &name);
    void loadSavedQuery(const QString &name);
    // Removes the saved query NAME (an undo step).
    [[nodiscard]] Status removeSavedQueryNamed(const QString &name);
    [[nodiscard]] QPushButton *removeSavedButton() const { return m_removeSaved; }

    // The matrix page.
    [[nodiscard]] QComboBox *rowsBox() const { return m_rows; }
    [[nodiscard]] QComboBox *columnsBox() const { return m_columns; }
    [[nodiscard]] QComboBox *cellBox() const { return m_cell; }
    [[nodiscard]] QTableWidget *matrixTable() const { return m_matrixTable; }
    [[nodiscard]] PassageList *cellHits() const { return m_cellHits; }
    [[nodiscard]] const std::optional<Matrix> &matrix() const { return m_matrix; }
    [[nodiscard]] QLabel *matrixStatus() const { return m_matrixStatus; }
    void buildMatrix();
    // Lists the passages of cell (ROW, COLUMN) under the matrix.
    void openCell(int row, int column);

    // The co-occurrence page.
    [[nodiscard]] QComboBox *pairUnitBox() const { return m_pairUnit; }
    [[nodiscard]] QTableWidget *pairTable() const { return m_pairTable; }
    [[nodiscard]] PassageList *pairHits() const { return m_pairHits; }
    [[nodiscard]] const std::optional<CooccurrenceTable> &cooccurrence() const { return m_pairs; }
    [[nodiscard]] QLabel *pairStatus() const { return m_pairStatus; }
    void buildCooccurrence();
    void openPair(int row);

    // The saturation page.
    [[nodiscard]] QComboBox *saturationOrderBox() const { return m_satOrder; }
    [[nodiscard]] QComboBox *saturationStageBox() const { return m_satStage; }
    [[nodiscard]] QTableWidget *saturationTable() const { return m_satTable; }
    [[nodiscard]] QLabel *saturationStatus() const { return m_satStatus; }
    [[nodiscard]] const std::optional<Saturation> &saturationResult() const { return m_saturation; }
    void buildSaturation();

    // The words page (analysis_words.cpp).
    [[nodiscard]] QComboBox *wordsOfBox() const { return m_wordsOf; }
    [[nodiscard]] QLineEdit *wordsCodeEdit() const { return m_wordsCode; }
    [[nodiscard]] QSpinBox *wordsMinLength() const { return m_wordsMinLength; }
    [[nodiscard]] QCheckBox *wordsStemBox() const { return m_wordsStem; }
    [[nodiscard]] QTableWidget *wordsTable() const { return m_wordsTable; }
    [[nodiscard]] QLabel *wordsStatus() const { return m_wordsStatus; }
    [[nodiscard]] const std::optional<WordFrequencies> &wordsResult() const { return m_words; }
    [[nodiscard]] QComboBox *kwicSortBox() const { return m_kwicSort; }
    [[nodiscard]] QTableWidget *kwicTableWidget() const { return m_kwicTable; }
    [[nodiscard]] QLabel *kwicStatus() const { return m_kwicStatus; }
    [[nodiscard]] const std::vector<KwicLine> &kwicLines() const { return m_kwicLines; }
    [[nodiscard]] QPushButton *codeKwicButton() const { return m_codeKwic; }
    void buildWords();
    // Lists WORD's hits (within what the words were counted from).
    void showKeyword(const QString &word);
    // Codes every line listed with CODEID, as one undo step.
    [[nodiscard]] Result<CodedHits> codeKeywordLines(Id codeId);

    [[nodiscard]] QTabWidget *pages() const { return m_pages; }
    [[nodiscard]] AnalysisRunner *runner() const { return m_runner; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    void passageActivated(gw::Id sourceId, qint64 start, qint64 end);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createQueryPage();
    QWidget *createMatrixPage();
    QWidget *createCooccurrencePage();
    QWidget *createSaturationPage(); // analysis_saturation.cpp
    void showSaturation();
    void exportSaturation();
    QWidget *createWordsPage(); // analysis_words.cpp
    void showWords();
    void showKwic();
    void exportWords();
    void chooseCodeForKeywordLines();
    // A read-only table for a page's results.
    [[nodiscard]] static QTableWidget *makeTable(QWidget *parent, const QString &name);
    // The query page's unit with the filters, or the reason they cannot be read.
    [[nodiscard]] Result<QueryOptions> queryOptions() const;
    // " (within …)" for a status line when filters narrow the result, else empty.
    [[nodiscard]] QString within() const;
    // Runs the computation of the page shown.
    void runPage();
    // A GUI-thread view of the coding for completion and for describing passages.
    [[nodiscard]] CodingData *data();
    void refreshChoices();
    void completeFragment();
    void insertCompletion(const QString &name);
    void markStale();
    void setBusy(bool busy, const QString &what);
    void showMatrix();
    void showPairs();
    void exportQuery();
    void exportMatrix();
    void exportPairs();
    // Asks where to export a result (DEFAULTNAME's suffix first in the list) and
    // writes it by the suffix chosen: a figure (svg, pdf, png; FIGURELABEL in
    // the list, "Heat map") through FIGURE, else the table TABLE gives.
    void exportFigureOrTable(const QString &title, const QString &defaultName, const QString &figureLabel,
                             const std::function<Status(FigureFormat, const QString &)> &figure,
                             const std::function<Table()> &table);
    // Describes PASSAGES and lists them in LIST, saying what failed in STATUS.
    void listPassages(PassageList *list, const std::vector<Passage> &passages);

    // Pushes COMMAND on the stack, or does it when there is none.
    void perform(std::unique_ptr<QUndoCommand> command);

    QPointer<Project> m_project;
    QPointer<QUndoStack> m_stack;
    std::shared_ptr<CodingData> m_data;
    AnalysisRunner *m_runner = nullptr;
    AnalysisFilters *m_filters = nullptr;
    QTabWidget *m_pages = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_busyLabel = nullptr;

    QLineEdit *m_queryEdit = nullptr;
    QCompleter *m_completer = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_saved = nullptr;
    QPushButton *m_removeSaved = nullptr;
    QPushButton *m_run = nullptr;
    PassageList *m_queryHits = nullptr;
    QLabel *m_queryStatus = nullptr;
    QString m_lastQuery;

    QComboBox *m_rows = nullptr;
    QComboBox *m_columns = nullptr;
    QComboBox *m_cell = nullptr;
    QLineEdit *m_bins = nullptr;
    QTableWidget *m_matrixTable = nullptr;
    PassageList *m_cellHits = nullptr;
    QLabel *m_matrixStatus = nullptr;
    std::optional<Matrix> m_matrix;

    QComboBox *m_pairTier = nullptr;
    QComboBox *m_pairUnit = nullptr;
    QSpinBox *m_within = nullptr;
    QTableWidget *m_pairTable = nullptr;
    PassageList *m_pairHits = nullptr;
    QLabel *m_pairStatus = nullptr;
    std::optional<CooccurrenceTable> m_pairs;

    QComboBox *m_satOrder = nullptr;
    QComboBox *m_satStage = nullptr;
    QComboBox *m_satTier = nullptr;
    QTableWidget *m_satTable = nullptr;
    QLabel *m_satStatus = nullptr;
    std::optional<Saturation> m_saturation;

    QComboBox *m_wordsOf = nullptr;
    QLineEdit *m_wordsCode = nullptr;
    QSpinBox *m_wordsTop = nullptr;
    QSpinBox *m_wordsMinLength = nullptr;
    QCheckBox *m_wordsStop = nullptr;
    QCheckBox *m_wordsSpeakers = nullptr;
    QCheckBox *m_wordsStem = nullptr;
    QLineEdit *m_wordsMoreStop = nullptr;
    QTableWidget *m_wordsTable = nullptr;
    QLabel *m_wordsStatus = nullptr;
    std::optional<WordFrequencies> m_words;
    // What the words were counted from: the sources, or the passages.
    std::optional<std::vector<Id>> m_wordsSources;
    std::optional<std::vector<Passage>> m_wordsPassages;
    QComboBox *m_kwicSort = nullptr;
    QTableWidget *m_kwicTable = nullptr;
    QLabel *m_kwicStatus = nullptr;
    QPushButton *m_codeKwic = nullptr;
    QPushButton *m_exportKwic = nullptr;
    QString m_kwicWord;
    std::vector<KwicLine> m_kwicLines;
    bool m_shownOnce = false;
};

} // namespace gw
