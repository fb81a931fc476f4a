// AnalysisView: the saturation page. The sources in order (import order or a
// case attribute) with the codes first seen in each and the cumulative count,
// within the filter bar's sources; the readout above; a double click opens a
// source; exported as a table or as the curve.
#include "core/figure/figure_output.h"
#include "core/model/project.h"
#include "core/figure/saturation_figure.h"
#include "ui/analysis/analysis_filters.h"
#include "ui/analysis/analysis_runner.h"
#include "ui/analysis/analysis_view.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw {

QWidget *AnalysisView::createSaturationPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_satTier = new QComboBox(page);
    m_satTier->addItem(tr("Codes"), int(ItemTier::Code));
    m_satTier->addItem(tr("Themes"), int(ItemTier::Theme));
    m_satStage = new QComboBox(page);
    m_satStage->setObjectName(QStringLiteral("saturationStage"));
    //: New [codes] of every stage per source
    m_satStage->addItem(tr("of every stage"));
    for (const CodeStage stage : {CodeStage::Open, CodeStage::Focused, CodeStage::FirstOrder})
        //: %1 is a coding stage ("open", "focused", "first-order")
        m_satStage->addItem(tr("%1 only").arg(toString(stage)), int(stage));
    m_satOrder = new QComboBox(page);
    m_satOrder->setObjectName(QStringLiteral("saturationOrder"));
    m_satOrder->addItem(tr("import order"), QStringLiteral("import"));
    connect(m_satTier, &QComboBox::currentIndexChanged, this,
            [this] { m_satStage->setEnabled(ItemTier(m_satTier->currentData().toInt()) == ItemTier::Code); });
    auto *build = new QPushButton(tr("&Build"), page);
    auto *exportButton = new QPushButton(tr("&Export…"), page);
    //: New [codes] [of every stage] per source, in [import order]
    row->addWidget(new QLabel(tr("New", "New [codes] per source"), page));
    row->addWidget(m_satTier);
    row->addWidget(m_satStage);
    //: New [codes] [of every stage] per source, in [import order]
    row->addWidget(new QLabel(tr("per source, in"), page));
    row->addWidget(m_satOrder);
    row->addStretch(1);
    row->addWidget(build);
    row->addWidget(exportButton);
    layout->addLayout(row);
    m_satStatus = new QLabel(page);
    m_satStatus->setObjectName(QStringLiteral("saturationStatus"));
    m_satStatus->setWordWrap(true);
    m_satStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_satStatus);
    m_satTable = makeTable(page, QStringLiteral("saturationTable"));
    m_satTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_satTable, 1);
    connect(build, &QPushButton::clicked, this, &AnalysisView::buildSaturation);
    connect(exportButton, &QPushButton::clicked, this, &AnalysisView::exportSaturation);
    connect(m_satTable, &QTableWidget::cellActivated, this, [this](int r) {
        if (m_saturation && r >= 0 && std::size_t(r) < m_saturation->steps.size())
            Q_EMIT passageActivated(m_saturation->steps[std::size_t(r)].sourceId, 0, 0);
    });
    return page;
}

void AnalysisView::buildSaturation()
{
    if (!m_project)
        return;
    auto filters = m_filters->filters();
    if (!filters)
        return m_satStatus->setText(filters.error().message);
    SaturationSpec spec;
    spec.order = m_satOrder->currentData().toString();
    spec.tier = ItemTier(m_satTier->currentData().toInt());
    if (spec.tier == ItemTier::Code && m_satStage->currentIndex() > 0)
        spec.stage = CodeStage(m_satStage->currentData().toInt());
    spec.kinds = filters->kinds;
    auto result = std::make_shared<std::optional<Saturation>>();
    auto elapsed = std::make_shared<qint64>(0);
    setBusy(true, tr("Counting first appearances…"));
    auto started = m_runner->start(
        *m_project,
        [spec, chosen = std::move(*filters), result, elapsed](Project &worker, const ProgressFn &) -> Status {
            QElapsedTimer timer;
            timer.start();
            auto d = CodingData::load(worker);
            if (!d)
                return std::unexpected(d.error());
            SaturationSpec within = spec;
            auto sources = sourcesWithin(**d, chosen);
            if (!sources)
                return std::unexpected(sources.error());
            within.sources = std::move(*sources);
            auto s = saturation(**d, within);
            if (!s)
                return std::unexpected(s.error());
            *result = std::move(*s);
            *elapsed = timer.elapsed();
            return {};
        },
        [this, result, elapsed](const Status &status) {
            setBusy(false, {});
            if (!status)
                return m_satStatus->setText(status.error().message);
            m_saturation = std::move(*result);
            //: %1 is the saturation readout, %2 the milliseconds it took
            m_satStatus->setText(tr("%1 (%2 ms)").arg(m_saturation->readout()).arg(*elapsed));
            showSaturation();
        });
    if (!started) {
        setBusy(false, {});
        m_satStatus->setText(started.error().message);
    }
}

void AnalysisView::showSaturation()
{
    const Saturation &s = *m_saturation;
    m_satTable->clear();
    m_satTable->setColumnCount(4);
    //: The last header: %1 is the item word ("code", "first-order code", "theme"), "New codes"
    m_satTable->setHorizontalHeaderLabels({tr("Source"), tr("New"), tr("All so far"), tr("New %1s").arg(s.itemWord)});
    m_satTable->setRowCount(int(s.steps.size()));
    const std::size_t quiet = s.steps.size() - std::size_t(s.trailingWithoutNew()); // first of the trailing rows
    for (std::size_t r = 0; r < s.steps.size(); ++r) {
        const SaturationStep &step = s.steps[r];
        const QString name = step.orderValue.isEmpty() ? step.source
                                                       : QStringLiteral("%1 (%2)").arg(step.source, step.orderValue);
        auto *source = new QTableWidgetItem(name);
        auto *fresh = new QTableWidgetItem(QString::number(step.newItems.size()));
        auto *total = new QTableWidgetItem(QString::number(step.cumulative));
        auto *items = new QTableWidgetItem(step.newItems.join(QStringLiteral("; ")));
        items->setToolTip(step.newItems.join(u'\n'));
        fresh->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (r >= quiet) // the trailing sources that added nothing: the saturated stretch
            for (QTableWidgetItem *item : {source, fresh, total, items})
                item->setForeground(palette().color(QPalette::PlaceholderText));
        m_satTable->setItem(int(r), 0, source);
        m_satTable->setItem(int(r), 1, fresh);
        m_satTable->setItem(int(r), 2, total);
        m_satTable->setItem(int(r), 3, items);
    }
    m_satTable->resizeColumnToContents(0);
    m_satTable->resizeColumnToContents(1);
    m_satTable->resizeColumnToContents(2);
    m_satTable->horizontalHeader()->setStretchLastSection(true);
}

void AnalysisView::exportSaturation()
{
    if (!m_saturation)
        return;
    exportFigureOrTable(
        tr("Export Saturation"), QStringLiteral("saturation.pdf"), tr("Curve"),
        [&](FigureFormat format, const QString &path) {
            return writeSaturationFigure(*m_saturation, format, FigureOptions{}, path);
        },
        [&] { return m_saturation->table(); });
}

} // namespace gw
