// AnalysisView: the matrix page (a heat-shaded table, a cell's passages under
// it) and the co-occurrence page (a sortable table of pairs, a pair's passages
// under it), each built off the GUI thread and exported as a table or figure.
#include "core/figure/matrix_figure.h"
#include "core/model/project.h"
#include "ui/analysis/analysis_filters.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"
#include "ui/analysis/passage_list.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

namespace {

// A table item that sorts by number.
class NumberItem : public QTableWidgetItem
{
public:
    NumberItem(const QString &text, double value) : QTableWidgetItem(text) { setData(Qt::UserRole, value); }
    bool operator<(const QTableWidgetItem &other) const override
    {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};

// What a pair's items are, for the co-occurrence table's English header and
// caption ("Code A", "Co-occurrence of codes") built in core: from the tier
// chosen, not from the box's (translated) text.
QString pairItemTitle(const QComboBox *tier)
{
    return ItemTier(tier->currentData().toInt()) == ItemTier::Theme ? QStringLiteral("Theme") : QStringLiteral("Code");
}

} // namespace

QTableWidget *AnalysisView::makeTable(QWidget *parent, const QString &name)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    return t;
}

QWidget *AnalysisView::createMatrixPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_rows = new QComboBox(page);
    m_rows->addItem(tr("Codes"), QStringLiteral("codes"));
    m_rows->addItem(tr("Themes"), QStringLiteral("themes"));
    m_rows->addItem(tr("Dimensions"), QStringLiteral("dimensions"));
    m_rows->addItem(tr("Saved queries"), QStringLiteral("queries"));
    m_columns = new QComboBox(page);
    m_columns->addItem(tr("Cases"), QStringLiteral("cases"));
    m_cell = new QComboBox(page);
    for (const auto &[label, kind] :
         {std::pair{tr("Segments"), MatrixCellKind::Segments}, std::pair{tr("Sources"), MatrixCellKind::Sources},
          std::pair{tr("Cases"), MatrixCellKind::Cases}, std::pair{tr("Coded words"), MatrixCellKind::Words},
          std::pair{tr("% of row"), MatrixCellKind::RowPercent},
          std::pair{tr("% of column"), MatrixCellKind::ColumnPercent}})
        m_cell->addItem(label, int(kind));
    m_bins = new QLineEdit(page);
    //: "bins" is a word of the hint; 2010 and 2015 are example edges
    m_bins->setPlaceholderText(tr("bins: 2010, 2015"));
    m_bins->setToolTip(tr("For a number or date attribute: the edges of the bins, comma-separated"));
    m_bins->setMaximumWidth(160);
    auto *build = new QPushButton(tr("&Build"), page);
    auto *exportButton = new QPushButton(tr("&Export…"), page);
    row->addWidget(new QLabel(tr("Rows:"), page));
    row->addWidget(m_rows);
    row->addWidget(new QLabel(tr("Columns:"), page));
    row->addWidget(m_columns);
    row->addWidget(m_bins);
    row->addWidget(new QLabel(tr("Cells:"), page));
    row->addWidget(m_cell);
    row->addStretch(1);
    row->addWidget(build);
    row->addWidget(exportButton);
    layout->addLayout(row);
    m_matrixStatus = new QLabel(page);
    m_matrixStatus->setWordWrap(true);
    layout->addWidget(m_matrixStatus);
    auto *split = new QSplitter(Qt::Vertical, page);
    m_matrixTable = makeTable(split, QStringLiteral("matrixTable"));
    m_matrixTable->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_cellHits = new PassageList(split);
    m_cellHits->setObjectName(QStringLiteral("cellHits"));
    split->addWidget(m_matrixTable);
    split->addWidget(m_cellHits);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(build, &QPushButton::clicked, this, &AnalysisView::buildMatrix);
    connect(exportButton, &QPushButton::clicked, this, &AnalysisView::exportMatrix);
    connect(m_matrixTable, &QTableWidget::currentCellChanged, this,
            [this](int r, int c) { openCell(r, c); });
    connect(m_cellHits, &PassageList::passageActivated, this, &AnalysisView::passageActivated);
    return page;
}

void AnalysisView::buildMatrix()
{
    if (!m_project)
        return;
    MatrixSpec spec;
    if (auto ok = spec.setRows(m_rows->currentData().toString()); !ok)
        return m_matrixStatus->setText(ok.error().message);
    if (auto ok = spec.setColumns(m_columns->currentData().toString()); !ok)
        return m_matrixStatus->setText(ok.error().message);
    spec.cell = MatrixCellKind(m_cell->currentData().toInt());
    auto filters = m_filters->filters();
    if (!filters)
        return m_matrixStatus->setText(filters.error().message);
    spec.options.filters = std::move(*filters);
    for (const QString &edge : m_bins->text().split(u','))
        if (!edge.trimmed().isEmpty() && spec.columns == MatrixColumns::Attribute)
            spec.bins.append(edge.trimmed());
    auto result = std::make_shared<std::optional<Matrix>>();
    auto elapsed = std::make_shared<qint64>(0);
    setBusy(true, tr("Building the matrix…"));
    auto started = m_runner->start(
        *m_project,
        [spec, result, elapsed](Project &worker, const ProgressFn &progress) -> Status {
            QElapsedTimer timer;
            timer.start();
            auto d = CodingData::load(worker);
            if (!d)
                return std::unexpected(d.error());
            auto m = gw::buildMatrix(worker, **d, spec, progress);
            if (!m)
                return std::unexpected(m.error());
            *result = std::move(*m);
            *elapsed = timer.elapsed();
            return {};
        },
        [this, result, elapsed, within = within()](const Status &status) {
            setBusy(false, {});
            if (!status)
                return m_matrixStatus->setText(status.error().message);
            m_matrix = std::move(*result);
            m_matrixStatus->setText(
                //: %1 and %2 name the rows and columns ("Codes by cases"), %3 is the filters (" within …") or
                //: nothing, %6 the milliseconds it took
                tr("%1 by %2%3: %4 rows, %5 columns (%6 ms). Select a cell to see its passages.")
                    .arg(m_matrix->rowTitle, m_matrix->columnTitle.toLower(), within)
                    .arg(m_matrix->rows.size())
                    .arg(m_matrix->columns.size())
                    .arg(*elapsed));
            showMatrix();
        });
    if (!started) {
        setBusy(false, {});
        m_matrixStatus->setText(started.error().message);
    }
}

void AnalysisView::showMatrix()
{
    const Matrix &m = *m_matrix;
    m_matrixTable->clear();
    m_matrixTable->setRowCount(int(m.rows.size()));
    m_matrixTable->setColumnCount(int(m.columns.size()));
    m_matrixTable->setHorizontalHeaderLabels(m.columns);
    QStringList labels;
    for (const MatrixRow &r : m.rows)
        labels.append(r.label);
    m_matrixTable->setVerticalHeaderLabels(labels);
    const double max = m.maximum();
    for (std::size_t r = 0; r < m.rows.size(); ++r)
        for (std::size_t c = 0; c < std::size_t(m.columns.size()); ++c) {
            const double share = max > 0 ? m.rows[r].cells[c].value / max : 0;
            auto *item = new QTableWidgetItem(m.text(r, c));
            item->setTextAlignment(Qt::AlignCenter);
            item->setBackground(heatColor(share));
            item->setForeground(heatTextColor(share));
            item->setToolTip(tr("%1 × %2: %3 passages").arg(m.rows[r].label, m.columns[qsizetype(c)])
                                 .arg(m.rows[r].cells[c].passages.size()));
            m_matrixTable->setItem(int(r), int(c), item);
        }
    m_matrixTable->horizontalHeader()->setMinimumSectionSize(56);
    m_matrixTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixTable->verticalHeader()->setMaximumWidth(320);
    m_cellHits->setPassages({});
}

void AnalysisView::openCell(int row, int column)
{
    if (!m_matrix || row < 0 || column < 0 || std::size_t(row) >= m_matrix->rows.size() ||
        column >= m_matrix->columns.size())
        return;
    const MatrixRow &r = m_matrix->rows[std::size_t(row)];
    std::vector<Passage> passages;
    for (const std::size_t i : r.cells[std::size_t(column)].passages)
        passages.push_back(r.passages[i]);
    listPassages(m_cellHits, passages);
}

void AnalysisView::exportMatrix()
{
    if (!m_matrix)
        return;
    exportFigureOrTable(
        tr("Export the Matrix"), QStringLiteral("matrix.xlsx"), tr("Heat map"),
        [&](FigureFormat format, const QString &path) { return writeMatrixFigure(*m_matrix, format, FigureOptions{}, path); },
        [&] { return m_matrix->table(); });
}

void AnalysisView::exportFigureOrTable(const QString &title, const QString &defaultName, const QString &figureLabel,
                                       const std::function<Status(FigureFormat, const QString &)> &figure,
                                       const std::function<Table()> &table)
{
    const QStringList tables{tr("Excel workbook (*.xlsx)"), tr("CSV (*.csv)"),  tr("Markdown (*.md)"),
                             tr("LaTeX (*.tex)"),           tr("HTML (*.html)"), tr("OpenDocument text (*.odt)")};
    QStringList figures;
    for (const char *suffix : {"pdf", "svg", "png"})
        //: A file dialog filter: "Heat map as PDF (*.pdf)"
        figures << tr("%1 as %2 (*.%3)").arg(figureLabel, QString::fromLatin1(suffix).toUpper(), QLatin1String(suffix));
    const bool figureFirst = figureFormatFromString(QFileInfo(defaultName).suffix()).has_value();
    const QStringList filters = figureFirst ? figures + tables : tables + figures;
    const QString path = QFileDialog::getSaveFileName(this, title, defaultName, filters.join(QStringLiteral(";;")));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status written;
    if (const auto format = figureFormatFromString(suffix))
        written = figure(*format, path);
    else if (const auto tableFormat = tableFormatFromString(suffix))
        written = writeTable(table(), *tableFormat, path);
    else
        written = fail(ErrorKind::InvalidInput,
                       tr("%1: name the file .xlsx, .csv, .md, .tex, .html, .odt, .svg, .pdf or .png.").arg(path));
    if (!written)
        QMessageBox::warning(this, title, written.error().message);
}

QWidget *AnalysisView::createCooccurrencePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_pairTier = new QComboBox(page);
    m_pairTier->addItem(tr("Codes"), int(ItemTier::Code));
    m_pairTier->addItem(tr("Themes"), int(ItemTier::Theme));
    m_pairUnit = new QComboBox(page);
    m_pairUnit->addItem(tr("overlapping"), int(CooccurrenceUnit::Overlap));
    m_pairUnit->addItem(tr("in one sentence"), int(CooccurrenceUnit::Sentence));
    m_pairUnit->addItem(tr("in one paragraph"), int(CooccurrenceUnit::Paragraph));
    m_pairUnit->addItem(tr("within n sentences"), int(CooccurrenceUnit::Within));
    m_pairUnit->addItem(tr("in one source"), int(CooccurrenceUnit::Source));
    m_pairUnit->addItem(tr("in one case"), int(CooccurrenceUnit::Case));
    m_within = new QSpinBox(page);
    m_within->setRange(0, 50);
    m_within->setValue(1);
    m_within->setPrefix(QStringLiteral("n = "));
    m_within->setEnabled(false);
    m_within->setToolTip(tr("For \"within n sentences\": at most n sentences apart"));
    connect(m_pairUnit, &QComboBox::currentIndexChanged, this, [this] {
        m_within->setEnabled(CooccurrenceUnit(m_pairUnit->currentData().toInt()) == CooccurrenceUnit::Within);
    });
    auto *build = new QPushButton(tr("&Build"), page);
    auto *exportButton = new QPushButton(tr("&Export…"), page);
    row->addWidget(m_pairTier);
    //: [Codes] that occur [in one sentence]
    row->addWidget(new QLabel(tr("that occur"), page));
    row->addWidget(m_pairUnit);
    row->addWidget(m_within);
    row->addStretch(1);
    row->addWidget(build);
    row->addWidget(exportButton);
    layout->addLayout(row);
    m_pairStatus = new QLabel(page);
    m_pairStatus->setWordWrap(true);
    layout->addWidget(m_pairStatus);
    auto *split = new QSplitter(Qt::Vertical, page);
    m_pairTable = makeTable(split, QStringLiteral("pairTable"));
    m_pairTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pairHits = new PassageList(split);
    m_pairHits->setObjectName(QStringLiteral("pairHits"));
    split->addWidget(m_pairTable);
    split->addWidget(m_pairHits);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    connect(build, &QPushButton::clicked, this, &AnalysisView::buildCooccurrence);
    connect(exportButton, &QPushButton::clicked, this, &AnalysisView::exportPairs);
    connect(m_pairTable, &QTableWidget::currentCellChanged, this, [this](int r) { openPair(r); });
    connect(m_pairHits, &PassageList::passageActivated, this, &AnalysisView::passageActivated);
    return page;
}

void AnalysisView::buildCooccurrence()
{
    if (!m_project)
        return;
    const auto tier = ItemTier(m_pairTier->currentData().toInt());
    const auto unit = CooccurrenceUnit(m_pairUnit->currentData().toInt());
    const int within = m_within->value();
    auto filters = m_filters->filters();
    if (!filters)
        return m_pairStatus->setText(filters.error().message);
    auto result = std::make_shared<std::optional<CooccurrenceTable>>();
    auto elapsed = std::make_shared<qint64>(0);
    setBusy(true, tr("Counting co-occurrences…"));
    auto started = m_runner->start(
        *m_project,
        [tier, unit, within, chosen = std::move(*filters), result, elapsed](Project &worker,
                                                                           const ProgressFn &progress) -> Status {
            QElapsedTimer timer;
            timer.start();
            auto d = CodingData::load(worker);
            if (!d)
                return std::unexpected(d.error());
            CooccurrenceSpec spec;
            spec.items = cooccurrenceItems(**d, tier);
            spec.unit = unit;
            spec.within = within;
            spec.filters = chosen;
            auto t = codeCooccurrence(**d, spec, progress);
            if (!t)
                return std::unexpected(t.error());
            std::ranges::stable_sort(t->pairs, [](const CodePair &a, const CodePair &b) { return a.count > b.count; });
            *result = std::move(*t);
            *elapsed = timer.elapsed();
            return {};
        },
        [this, result, elapsed, scope = AnalysisView::within()](const Status &status) {
            setBusy(false, {});
            if (!status)
                return m_pairStatus->setText(status.error().message);
            m_pairs = std::move(*result);
            //: %2 is the filters (" within …") or nothing, %3 the milliseconds it took
            m_pairStatus->setText(tr("%1 pairs occur together%2 (%3 ms). Click a column to sort; select a "
                                     "pair to see its passages.")
                                      .arg(m_pairs->pairs.size())
                                      .arg(scope)
                                      .arg(*elapsed));
            showPairs();
        });
    if (!started) {
        setBusy(false, {});
        m_pairStatus->setText(started.error().message);
    }
}

void AnalysisView::showPairs()
{
    const CooccurrenceTable &t = *m_pairs;
    const Table table = t.table(pairItemTitle(m_pairTier));
    m_pairTable->setSortingEnabled(false);
    m_pairTable->clear();
    m_pairTable->setColumnCount(int(table.header.size()));
    m_pairTable->setHorizontalHeaderLabels(table.header);
    m_pairTable->setRowCount(int(t.pairs.size()));
    double maxC = 0;
    for (const CodePair &p : t.pairs)
        maxC = std::max(maxC, p.c);
    for (std::size_t r = 0; r < t.pairs.size(); ++r) {
        const CodePair &p = t.pairs[r];
        auto *a = new QTableWidgetItem(t.items[p.first].label);
        a->setData(Qt::UserRole + 1, qulonglong(r));
        a->setToolTip(t.items[p.first].label);
        m_pairTable->setItem(int(r), 0, a);
        auto *b = new QTableWidgetItem(t.items[p.second].label);
        b->setToolTip(t.items[p.second].label);
        m_pairTable->setItem(int(r), 1, b);
        const double values[] = {double(p.count), double(p.firstCount), double(p.secondCount), p.jaccard, p.c};
        for (int c = 2; c < 7; ++c) {
            auto *item = new NumberItem(table.rows[r][std::size_t(c)].text, values[c - 2]);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == 6) {
                const double share = maxC > 0 ? p.c / maxC : 0;
                item->setBackground(heatColor(share));
                item->setForeground(heatTextColor(share));
            }
            m_pairTable->setItem(int(r), c, item);
        }
    }
    for (int c = 2; c < 7; ++c)
        m_pairTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_pairTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_pairTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_pairTable->setSortingEnabled(true);
    m_pairHits->setPassages({});
}

void AnalysisView::openPair(int row)
{
    if (!m_pairs || row < 0 || row >= m_pairTable->rowCount() || !m_pairTable->item(row, 0))
        return;
    const std::size_t index = m_pairTable->item(row, 0)->data(Qt::UserRole + 1).toULongLong();
    if (index >= m_pairs->pairs.size())
        return;
    CodingData *d = data();
    if (!d)
        return;
    listPassages(m_pairHits, passagesOfSegments(*d, m_pairs->pairs[index].segmentIds));
}

void AnalysisView::exportPairs()
{
    if (!m_pairs)
        return;
    const QString itemTitle = pairItemTitle(m_pairTier);
    exportFigureOrTable(
        tr("Export the Co-occurrence Table"), QStringLiteral("cooccurrence.xlsx"), tr("Heat map"),
        [&](FigureFormat format, const QString &path) {
            return writeMatrixFigure(m_pairs->grid(itemTitle), format, FigureOptions{}, path);
        },
        [&] { return m_pairs->table(itemTitle); });
}

} // namespace gw
