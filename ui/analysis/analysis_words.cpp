// AnalysisView: the words page. The most frequent words of the sources the
// filter bar lets through, of the segments of a code (theme, dimension, or any
// query expression) or of a saved query's passages; choosing a word lists its
// hits as keyword-in-context lines within the same text, sortable by either
// side, opened in the document by a double click, coded all at once with one
// code (one undo step), and exported like every table.
#include "core/analysis/saved_queries.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_filters.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"
#include "ui/common/code_chooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

const QString kSources = QStringLiteral("sources");
const QString kCode = QStringLiteral("code");
const QString kSavedPrefix = QStringLiteral("query:");

// Exports TABLE to a file the user names, in the format its suffix names.
void exportTable(QWidget *parent, const Table &table, const QString &title, const QString &fileName)
{
    const QStringList filters{QCoreApplication::translate("gw::AnalysisView", "Excel workbook (*.xlsx)"),
                              QCoreApplication::translate("gw::AnalysisView", "CSV (*.csv)"),
                              QCoreApplication::translate("gw::AnalysisView", "Markdown (*.md)"),
                              QCoreApplication::translate("gw::AnalysisView", "LaTeX (*.tex)"),
                              QCoreApplication::translate("gw::AnalysisView", "HTML (*.html)"),
                              QCoreApplication::translate("gw::AnalysisView", "OpenDocument text (*.odt)")};
    const QString path = QFileDialog::getSaveFileName(parent, title, fileName, filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    const auto format = tableFormatFromString(QFileInfo(path).suffix().toLower());
    const Status written =
        format ? writeTable(table, *format, path)
               : fail(ErrorKind::InvalidInput,
                      QCoreApplication::translate("gw::AnalysisView",
                                                  "%1: name the file .xlsx, .csv, .md, .tex, .html or .odt.")
                          .arg(path));
    if (!written)
        QMessageBox::warning(parent, title, written.error().message);
}

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

QWidget *AnalysisView::createWordsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_wordsOf = new QComboBox(page);
    m_wordsOf->setObjectName(QStringLiteral("wordsOf"));
    //: Words of [the sources chosen above]
    m_wordsOf->addItem(tr("the sources chosen above"), kSources);
    //: Words of [the segments of] [a code]
    m_wordsOf->addItem(tr("the segments of"), kCode);
    // A part of the sentence "Words of ...": shown whole.
    m_wordsOf->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_wordsOf->setMinimumContentsLength(1);
    m_wordsCode = new QLineEdit(page);
    m_wordsCode->setObjectName(QStringLiteral("wordsCode"));
    m_wordsCode->setPlaceholderText(tr("a code, theme or dimension (or a query)"));
    m_wordsCode->setClearButtonEnabled(true);
    auto *completer = new QCompleter(m_completer->model(), m_wordsCode);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_wordsCode->setCompleter(completer);
    m_wordsCode->setEnabled(false);
    connect(m_wordsOf, &QComboBox::currentIndexChanged, this,
            [this] { m_wordsCode->setEnabled(m_wordsOf->currentData().toString() == kCode); });
    connect(m_wordsCode, &QLineEdit::returnPressed, this, &AnalysisView::buildWords);
    row->addWidget(new QLabel(tr("Words of"), page));
    row->addWidget(m_wordsOf);
    row->addWidget(m_wordsCode, 1);
    auto *count = new QPushButton(tr("&Count"), page);
    auto *exportWords = new QPushButton(tr("&Export…"), page);
    row->addWidget(count);
    row->addWidget(exportWords);
    layout->addLayout(row);

    auto *options = new QHBoxLayout;
    m_wordsTop = new QSpinBox(page);
    m_wordsTop->setRange(10, 10000);
    m_wordsTop->setValue(100);
    m_wordsMinLength = new QSpinBox(page);
    m_wordsMinLength->setObjectName(QStringLiteral("wordsMinLength"));
    m_wordsMinLength->setRange(1, 30);
    m_wordsMinLength->setValue(3);
    //: Leave out English and German stop words, [x] speaker labels [and these words]
    m_wordsStop = new QCheckBox(tr("Leave out English and German stop words,"), page);
    m_wordsStem = new QCheckBox(tr("Stem (English)"), page);
    m_wordsStem->setObjectName(QStringLiteral("wordsStem"));
    m_wordsStem->setToolTip(tr("Count words with the same English stem together (supplier, suppliers)"));
    m_wordsStop->setChecked(true);
    m_wordsSpeakers = new QCheckBox(tr("speaker labels"), page);
    m_wordsSpeakers->setChecked(true);
    m_wordsSpeakers->setToolTip(tr("Leave out the words of the transcripts' speaker labels (Interviewer, P02)"));
    m_wordsMoreStop = new QLineEdit(page);
    m_wordsMoreStop->setObjectName(QStringLiteral("wordsMoreStop"));
    m_wordsMoreStop->setPlaceholderText(tr("and these words (comma-separated)"));
    m_wordsMoreStop->setClearButtonEnabled(true);
    //: Top [100], at least [3] letters
    options->addWidget(new QLabel(tr("Top"), page));
    options->addWidget(m_wordsTop);
    //: Top [100], at least [3] letters
    options->addWidget(new QLabel(tr("at least"), page));
    options->addWidget(m_wordsMinLength);
    //: Top [100], at least [3] letters
    options->addWidget(new QLabel(tr("letters"), page));
    options->addSpacing(12);
    options->addWidget(m_wordsStem);
    options->addStretch(1);
    layout->addLayout(options);
    // The stop words on a line of their own, so the page stays narrow.
    auto *stopWords = new QHBoxLayout;
    stopWords->addWidget(m_wordsStop);
    stopWords->addWidget(m_wordsSpeakers);
    stopWords->addWidget(m_wordsMoreStop, 1);
    layout->addLayout(stopWords);

    m_wordsStatus = new QLabel(page);
    m_wordsStatus->setObjectName(QStringLiteral("wordsStatus"));
    m_wordsStatus->setWordWrap(true);
    m_wordsStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_wordsStatus);

    auto *split = new QSplitter(Qt::Horizontal, page);
    m_wordsTable = makeTable(split, QStringLiteral("wordsTable"));
    m_wordsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *kwic = new QWidget(split);
    auto *kwicLayout = new QVBoxLayout(kwic);
    kwicLayout->setContentsMargins(0, 0, 0, 0);
    auto *kwicRow = new QHBoxLayout;
    m_kwicSort = new QComboBox(kwic);
    m_kwicSort->setObjectName(QStringLiteral("kwicSort"));
    m_kwicSort->addItem(tr("by source"), int(KwicSort::Source));
    m_kwicSort->addItem(tr("by the words before"), int(KwicSort::Left));
    m_kwicSort->addItem(tr("by the words after"), int(KwicSort::Right));
    m_codeKwic = new QPushButton(tr("Code All These &Hits…"), kwic);
    m_codeKwic->setObjectName(QStringLiteral("codeKwicHits"));
    m_codeKwic->setEnabled(false);
    m_exportKwic = new QPushButton(tr("Export &Lines…"), kwic);
    m_exportKwic->setEnabled(false);
    //: In context, sorted [by source]
    kwicRow->addWidget(new QLabel(tr("In context, sorted"), kwic));
    kwicRow->addWidget(m_kwicSort);
    kwicRow->addStretch(1);
    kwicLayout->addLayout(kwicRow);
    m_kwicStatus = new QLabel(kwic);
    m_kwicStatus->setObjectName(QStringLiteral("kwicStatus"));
    m_kwicStatus->setWordWrap(true);
    kwicLayout->addWidget(m_kwicStatus);
    m_kwicTable = makeTable(kwic, QStringLiteral("kwicTable"));
    m_kwicTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_kwicTable->setWordWrap(false);
    m_kwicTable->verticalHeader()->hide();
    kwicLayout->addWidget(m_kwicTable, 1);
    // What to do with the lines, under them (a row of its own keeps the page narrow).
    auto *kwicActions = new QHBoxLayout;
    kwicActions->addStretch(1);
    kwicActions->addWidget(m_codeKwic);
    kwicActions->addWidget(m_exportKwic);
    kwicLayout->addLayout(kwicActions);
    split->addWidget(m_wordsTable);
    split->addWidget(kwic);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({330, 670});
    m_wordsTable->setMinimumWidth(280);
    layout->addWidget(split, 1);

    connect(count, &QPushButton::clicked, this, &AnalysisView::buildWords);
    connect(exportWords, &QPushButton::clicked, this, &AnalysisView::exportWords);
    connect(m_wordsTable, &QTableWidget::currentCellChanged, this, [this](int r) {
        if (m_words && r >= 0 && std::size_t(r) < m_words->words.size())
            showKeyword(m_words->words[std::size_t(r)].word);
    });
    connect(m_kwicSort, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_kwicWord.isEmpty())
            showKeyword(m_kwicWord);
    });
    connect(m_kwicTable, &QTableWidget::cellActivated, this, [this](int r) {
        if (r >= 0 && std::size_t(r) < m_kwicLines.size()) {
            const KwicLine &l = m_kwicLines[std::size_t(r)];
            Q_EMIT passageActivated(l.sourceId, l.start, l.end);
        }
    });
    connect(m_codeKwic, &QPushButton::clicked, this, &AnalysisView::chooseCodeForKeywordLines);
    connect(m_exportKwic, &QPushButton::clicked, this, [this] {
        exportTable(this, kwicTable(m_kwicLines, m_kwicWord), tr("Export Lines"),
                    QStringLiteral("%1-in-context.xlsx").arg(m_kwicWord));
    });
    return page;
}

void AnalysisView::buildWords()
{
    if (!m_project)
        return;
    auto filters = m_filters->filters();
    if (!filters)
        return m_wordsStatus->setText(filters.error().message);
    const QString of = m_wordsOf->currentData().toString();
    QString expression;
    QueryOptions queryOptions;
    queryOptions.filters = *filters;
    if (of == kCode) {
        expression = m_wordsCode->text().trimmed();
        if (expression.isEmpty())
            return m_wordsStatus->setText(tr("Name the code, theme or dimension whose segments to count."));
    } else if (of.startsWith(kSavedPrefix)) {
        auto saved = savedQuery(*m_project, of.mid(kSavedPrefix.size()));
        if (!saved)
            return m_wordsStatus->setText(saved.error().message);
        expression = saved->expression;
        queryOptions = saved->options;
    }
    WordOptions options;
    options.top = m_wordsTop->value();
    options.minLength = m_wordsMinLength->value();
    options.stopWords = m_wordsStop->isChecked();
    options.speakerLabels = !m_wordsSpeakers->isChecked();
    options.stem = m_wordsStem->isChecked();
    options.moreStopWords = m_wordsMoreStop->text().split(u',', Qt::SkipEmptyParts);
    struct Outcome
    {
        std::optional<WordFrequencies> words;
        std::optional<std::vector<Id>> sources;
        std::optional<std::vector<Passage>> passages;
        qint64 elapsed = 0;
    };
    auto outcome = std::make_shared<Outcome>();
    setBusy(true, tr("Counting words…"));
    auto started = m_runner->start(
        *m_project,
        [options, expression, queryOptions, outcome](Project &worker, const ProgressFn &progress) -> Status {
            QElapsedTimer timer;
            timer.start();
            WordOptions within = options;
            if (!expression.isEmpty()) {
                auto d = CodingData::load(worker);
                if (!d)
                    return std::unexpected(d.error());
                auto passages = runCodingQuery(**d, expression, queryOptions, progress);
                if (!passages)
                    return std::unexpected(passages.error());
                within.passages = std::move(*passages);
            } else {
                auto sources = sourcesWithin(worker, queryOptions.filters);
                if (!sources)
                    return std::unexpected(sources.error());
                within.sources = std::move(*sources);
            }
            auto w = wordFrequencies(worker, within);
            if (!w)
                return std::unexpected(w.error());
            outcome->words = std::move(*w);
            outcome->sources = std::move(within.sources);
            outcome->passages = std::move(within.passages);
            outcome->elapsed = timer.elapsed();
            return {};
        },
        [this, outcome, expression](const Status &status) {
            setBusy(false, {});
            if (!status)
                return m_wordsStatus->setText(status.error().message);
            m_words = std::move(outcome->words);
            m_wordsSources = std::move(outcome->sources);
            m_wordsPassages = std::move(outcome->passages);
            const QLocale locale;
            //: Words in [the 12 passages of Trust building]: %1 the number, %2 the query
            const QString ofPassages = tr("the %1 passages of %2");
            //: Words in [the project within …]: %1 the filters (" within …") or nothing
            const QString ofProject = tr("the project%1");
            const QString counted =
                m_wordsPassages ? ofPassages.arg(locale.toString(qlonglong(m_wordsPassages->size())), expression)
                                : ofProject.arg(within());
            //: %3 is "the project …" or "the N passages of …", %4 the milliseconds it took
            m_wordsStatus->setText(tr("%1 most frequent of %2 words in %3 (%4 ms). Choose a word to read "
                                      "it in context.")
                                       .arg(m_words->words.size())
                                       .arg(locale.toString(qlonglong(m_words->totalWords)), counted)
                                       .arg(outcome->elapsed));
            showWords();
        });
    if (!started) {
        setBusy(false, {});
        m_wordsStatus->setText(started.error().message);
    }
}

void AnalysisView::showWords()
{
    m_kwicWord.clear();
    m_kwicLines.clear();
    m_kwicTable->setRowCount(0);
    m_kwicStatus->clear();
    m_codeKwic->setEnabled(false);
    m_exportKwic->setEnabled(false);
    const QSignalBlocker quiet(m_wordsTable);
    m_wordsTable->clear();
    m_wordsTable->setColumnCount(4);
    m_wordsTable->setHorizontalHeaderLabels(
        {tr("Word"), tr("Count"), tr("% of words"), tr("Sources")});
    m_wordsTable->setRowCount(int(m_words->words.size()));
    const QLocale locale;
    for (std::size_t r = 0; r < m_words->words.size(); ++r) {
        const WordCount &w = m_words->words[r];
        auto *item = new QTableWidgetItem(w.forms.size() > 1 ? QStringLiteral("%1 (+%2)").arg(w.word).arg(w.forms.size() - 1)
                                                             : w.word);
        if (w.forms.size() > 1)
            item->setToolTip(w.forms.join(QStringLiteral(", ")));
        m_wordsTable->setItem(int(r), 0, item);
        m_wordsTable->setItem(int(r), 1, numberItem(locale.toString(qlonglong(w.count))));
        m_wordsTable->setItem(int(r), 2, numberItem(locale.toString(w.percent, 'f', 2)));
        m_wordsTable->setItem(int(r), 3, numberItem(locale.toString(w.sources)));
    }
    m_wordsTable->resizeColumnsToContents();
}

void AnalysisView::showKeyword(const QString &word)
{
    if (!m_project || word.isEmpty())
        return;
    m_kwicWord = word;
    // A stemmed word finds every form counted with it.
    WordCount entry;
    entry.word = word;
    if (m_words)
        for (const WordCount &w : m_words->words)
            if (w.word == word)
                entry = w;
    const auto sort = KwicSort(m_kwicSort->currentData().toInt());
    auto lines = std::make_shared<std::vector<KwicLine>>();
    auto elapsed = std::make_shared<qint64>(0);
    setBusy(true, tr("Finding “%1” in context…").arg(word));
    auto started = m_runner->start(
        *m_project,
        [query = wordSearchQuery(entry), sort, sources = m_wordsSources, passages = m_wordsPassages, lines,
         elapsed](Project &worker, const ProgressFn &) -> Status {
            QElapsedTimer timer;
            timer.start();
            auto found = keywordInContext(worker, query, sort, 5000, sources, passages ? &*passages : nullptr);
            if (!found)
                return std::unexpected(found.error());
            *lines = std::move(*found);
            *elapsed = timer.elapsed();
            return {};
        },
        [this, lines, elapsed, word](const Status &status) {
            setBusy(false, {});
            if (!status)
                return m_kwicStatus->setText(status.error().message);
            m_kwicLines = std::move(*lines);
            //: %1 is the word, %3 " (the first 5,000)" or nothing, %4 the milliseconds it took
            m_kwicStatus->setText(tr("“%1”: %2 lines%3 (%4 ms). Double-click a line to open it.")
                                      .arg(word, QLocale().toString(qlonglong(m_kwicLines.size())),
                                           m_kwicLines.size() >= 5000 ? tr(" (the first 5,000)") : QString())
                                      .arg(*elapsed));
            showKwic();
        });
    if (!started) {
        setBusy(false, {});
        m_kwicStatus->setText(started.error().message);
    }
}

void AnalysisView::showKwic()
{
    m_kwicTable->clear();
    m_kwicTable->setColumnCount(4);
    m_kwicTable->setHorizontalHeaderLabels(
        {tr("Source"), tr("Before"), tr("Word"), tr("After")});
    m_kwicTable->setRowCount(int(m_kwicLines.size()));
    QFont bold = m_kwicTable->font();
    bold.setBold(true);
    for (std::size_t r = 0; r < m_kwicLines.size(); ++r) {
        const KwicLine &l = m_kwicLines[r];
        auto *left = new QTableWidgetItem(QString(l.left).replace(u'\n', u' '));
        left->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *keyword = new QTableWidgetItem(l.keyword);
        keyword->setFont(bold);
        keyword->setTextAlignment(Qt::AlignCenter);
        m_kwicTable->setItem(int(r), 0, new QTableWidgetItem(l.source));
        m_kwicTable->setItem(int(r), 1, left);
        m_kwicTable->setItem(int(r), 2, keyword);
        m_kwicTable->setItem(int(r), 3, new QTableWidgetItem(QString(l.right).replace(u'\n', u' ')));
    }
    m_kwicTable->resizeColumnToContents(0);
    m_kwicTable->resizeColumnToContents(2);
    m_kwicTable->setColumnWidth(0, std::min(m_kwicTable->columnWidth(0), 160));
    m_kwicTable->setColumnWidth(1, std::max(180, (m_kwicTable->viewport()->width() - m_kwicTable->columnWidth(0) -
                                                  m_kwicTable->columnWidth(2)) / 2));
    m_kwicTable->horizontalHeader()->setStretchLastSection(true);
    m_codeKwic->setEnabled(!m_kwicLines.empty() && m_stack);
    m_exportKwic->setEnabled(!m_kwicLines.empty());
}

Result<CodedHits> AnalysisView::codeKeywordLines(Id codeId)
{
    if (!m_project || !m_stack)
        return fail(ErrorKind::NotFound, tr("No project is open for coding."));
    std::vector<SearchHit> hits;
    hits.reserve(m_kwicLines.size());
    for (const KwicLine &l : m_kwicLines) {
        SearchHit h;
        h.sourceId = l.sourceId;
        h.sourceName = l.source;
        h.start = l.start;
        h.end = l.end;
        hits.push_back(std::move(h));
    }
    return codeHits(*m_project, *m_stack, hits, codeId);
}

void AnalysisView::chooseCodeForKeywordLines()
{
    if (!m_project || m_kwicLines.empty())
        return;
    const auto code = chooseCode(this, *m_project, tr("Code All These Hits"),
                                 tr("Code all %1 hits of “%2” with:")
                                     .arg(QLocale().toString(qlonglong(m_kwicLines.size())), m_kwicWord));
    if (!code)
        return;
    auto coded = codeKeywordLines(code->id);
    if (!coded)
        return (void)QMessageBox::warning(this, tr("Cannot code the hits"), coded.error().message);
    //: %4 is " (N already were)" or nothing
    m_kwicStatus->setText(tr("Coded %1 hits of “%2” with “%3”%4. Undo takes them all back.")
                              .arg(QLocale().toString(coded->coded))
                              .arg(m_kwicWord, code->name,
                                   coded->skipped ? tr(" (%1 already were)").arg(coded->skipped) : QString()));
}

void AnalysisView::exportWords()
{
    if (m_words)
        exportTable(this, wordFrequencyTable(*m_words), tr("Export Words"), QStringLiteral("words.xlsx"));
}

} // namespace gw
