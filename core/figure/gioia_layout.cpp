#include "core/figure/gioia_layout.h"

#include "core/figure/figure_text.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <algorithm>
#include <cmath>

namespace gw {

namespace {

// Every length below is a multiple of the label font's size (an "em"), so a
// bigger font gives the same figure, only bigger.
struct Metrics
{
    double em = 9;
    double margin() const { return 1.2 * em; }
    double padX() const { return 0.65 * em; }
    double padY() const { return 0.45 * em; }
    double codeText() const { return 25 * em; }
    double themeText() const { return 13.5 * em; }
    double dimensionText() const { return 11.5 * em; }
    double columnGap() const { return 3.2 * em; }
    double codeGap() const { return 0.4 * em; }
    double themeGap() const { return 1.1 * em; }
    double dimensionGap() const { return 2.0 * em; }
    double headerGap() const { return 1.0 * em; }
    double countsGap() const { return 0.2 * em; }
    double bracketAt() const { return 0.4; } // of the column gap, from the left column
};

struct Column
{
    double left = 0;
    double textWidth = 0;
    double boxWidth(const Metrics &m) const { return textWidth + 2 * m.padX(); }
    double right(const Metrics &m) const { return left + boxWidth(m); }
};

class Builder
{
public:
    Builder(const DataStructure &structure, const FigureOptions &options) : m_structure(structure), m_options(options)
    {
        m_out.font = figureFont(options.fontFamily, options.fontPointSize);
        m_out.headerFont = m_out.font;
        m_out.headerFont.setBold(true);
        m_out.countsFont = m_out.font;
        m_out.countsFont.setPointSizeF(m_out.font.pointSizeF() * 0.85);
        m.em = m_out.font.pointSizeF();
        m_out.strokeWidth = std::max(0.4, 0.07 * m.em);
        m_out.arrowHeadSize = 0.5 * m.em;
    }

    GioiaLayout run()
    {
        const QFontMetricsF fm(m_out.font, pointDevice());
        const QFontMetricsF hfm(m_out.headerFont, pointDevice());
        const QFontMetricsF cfm(m_out.countsFont, pointDevice());
        m_fm = &fm;
        m_cfm = &cfm;
        m_out.lineHeight = fm.lineSpacing();
        m_out.countsHeight = cfm.height();
        m_out.unplacedCodes = m_structure.unplacedCodes.size();
        m_out.unplacedThemes = m_structure.unplacedThemes.size();
        for (const auto &t : m_structure.unplacedThemes)
            m_out.unplacedCodes += t.codes.size();

        // Columns as wide as chosen, or as their header when that is wider.
        const FigureBoxKind kinds[] = {FigureBoxKind::Code, FigureBoxKind::Theme, FigureBoxKind::Dimension};
        const double widths[] = {m.codeText(), m.themeText(), m.dimensionText()};
        double x = m.margin();
        for (int i = 0; i < 3; ++i) {
            m_columns[i].left = x;
            m_columns[i].textWidth =
                std::max(widths[i], hfm.horizontalAdvance(figureColumnHeader(kinds[i])) - 2 * m.padX());
            x = m_columns[i].right(m) + m.columnGap();
        }
        const double width = m_columns[2].right(m) + m.margin();
        for (int i = 0; i < 3; ++i) {
            const QString text = figureColumnHeader(kinds[i]);
            const double w = hfm.horizontalAdvance(text);
            const double centre = m_columns[i].left + m_columns[i].boxWidth(m) / 2;
            m_out.headers.push_back({text, QRectF(centre - w / 2, m.margin(), w, hfm.height()),
                                     QPointF(centre - w / 2, m.margin() + hfm.ascent())});
        }

        double y = m.margin() + hfm.height() + m.headerGap();
        const double top = y;
        placeAll(y);
        y = std::max(y, top);
        if (!m_options.marks.footnotes.isEmpty()) {
            y += m.headerGap();
            for (const QString &note : m_options.marks.footnotes)
                for (const QString &line : wrapText(note, fm, width - 2 * m.margin())) {
                    m_out.footnotes.push_back({line, QRectF(m.margin(), y, fm.horizontalAdvance(line), fm.height()),
                                               QPointF(m.margin(), y + fm.ascent())});
                    y += m_out.lineHeight;
                }
        }
        m_out.size = QSizeF(width, y + m.margin());
        return std::move(m_out);
    }

private:
    FigureBox makeBox(FigureBoxKind kind, Id id, const QString &label, std::int64_t segments, std::int64_t sources)
    {
        FigureBox box;
        box.kind = kind;
        box.id = id;
        box.label = label;
        box.lines = wrapText(label, *m_fm, m_columns[int(kind)].textWidth);
        const char *tier = kind == FigureBoxKind::Code ? "code" : kind == FigureBoxKind::Theme ? "theme" : "dimension";
        if (auto mark = m_options.marks.boxes.find(FigureMarks::key(QString::fromLatin1(tier), id));
            id != 0 && mark != m_options.marks.boxes.end() && mark->second.change != FigureChange::None) {
            box.change = mark->second.change;
            box.noteLine = int(box.lines.size());
            box.lines << wrapText(mark->second.note, *m_fm, m_columns[int(kind)].textWidth);
        }
        if (m_options.showCounts)
            box.counts = figureCountsLine(segments, sources);
        return box;
    }

    double heightOf(const FigureBox &box) const
    {
        double h = 2 * m.padY() + double(box.lines.size()) * m_out.lineHeight;
        if (!box.counts.isEmpty())
            h += m.countsGap() + m_out.countsHeight;
        return h;
    }

    // Puts BOX with its top at Y in its column, its lines left-aligned (codes)
    // or centred (themes, dimensions); returns its index.
    int place(FigureBox box, double top)
    {
        const Column &col = m_columns[int(box.kind)];
        box.rect = QRectF(col.left, top, col.boxWidth(m), heightOf(box));
        box.textRect = box.rect.adjusted(m.padX(), m.padY(), -m.padX(), -m.padY());
        const bool centred = box.kind != FigureBoxKind::Code;
        double baseline = box.textRect.top() + m_fm->ascent();
        for (const QString &line : box.lines) {
            const double indent = centred ? (box.textRect.width() - m_fm->horizontalAdvance(line)) / 2 : 0;
            box.lineOrigins.emplace_back(box.textRect.left() + std::max(0.0, indent), baseline);
            baseline += m_out.lineHeight;
        }
        if (!box.counts.isEmpty()) {
            const double cy = box.textRect.top() + double(box.lines.size()) * m_out.lineHeight + m.countsGap();
            const double indent = centred ? (box.textRect.width() - m_cfm->horizontalAdvance(box.counts)) / 2 : 0;
            box.countsOrigin = QPointF(box.textRect.left() + std::max(0.0, indent), cy + m_cfm->ascent());
        }
        m_out.boxes.push_back(std::move(box));
        return int(m_out.boxes.size()) - 1;
    }

    // Ticks from each child's right edge to a spine, the spine, and an arrow
    // from the spine to the parent's left edge at the parent's centre.
    void join(const std::vector<int> &children, int parent)
    {
        if (children.empty())
            return;
        const QRectF &p = m_out.boxes[std::size_t(parent)].rect;
        const double childRight = m_out.boxes[std::size_t(children.front())].rect.right();
        const double spine = childRight + (p.left() - childRight) * m.bracketAt();
        double first = 0, last = 0;
        for (std::size_t i = 0; i < children.size(); ++i) {
            const double cy = m_out.boxes[std::size_t(children[i])].rect.center().y();
            m_out.lines.emplace_back(QPointF(childRight, cy), QPointF(spine, cy));
            if (i == 0)
                first = cy;
            last = cy;
        }
        if (children.size() > 1)
            m_out.lines.emplace_back(QPointF(spine, first), QPointF(spine, last));
        const double py = p.center().y();
        m_out.arrows.push_back({QLineF(QPointF(spine, py), QPointF(p.left(), py))});
    }

    void placeAll(double &y)
    {
        // Boxes are made first (to know their heights), then placed: a theme
        // centred on its codes' block, a dimension on its themes' block, and a
        // block centred beside its box when the box is the taller.
        struct ThemeBlock
        {
            FigureBox box;
            std::vector<FigureBox> codes;
            double codesHeight = 0;
            double band = 0;
        };
        bool firstDimension = true;
        for (const StructureDimension &d : m_structure.dimensions) {
            FigureBox dimBox = makeBox(FigureBoxKind::Dimension, d.id, d.name, d.segmentCount, d.sourceCount);
            std::vector<ThemeBlock> blocks;
            double themesHeight = 0;
            for (const StructureTheme &t : d.themes) {
                ThemeBlock block{makeBox(FigureBoxKind::Theme, t.id, t.name, t.segmentCount, t.sourceCount), {}, 0, 0};
                for (const StructureCode &c : t.codes) {
                    block.codes.push_back(makeBox(FigureBoxKind::Code, c.id, c.name, c.segmentCount, c.sourceCount));
                    block.codes.back().codeIds = {c.id};
                    block.box.codeIds << c.id;
                    dimBox.codeIds << c.id;
                    block.codesHeight += heightOf(block.codes.back());
                }
                if (!block.codes.empty())
                    block.codesHeight += double(block.codes.size() - 1) * m.codeGap();
                block.band = std::max(block.codesHeight, heightOf(block.box));
                themesHeight += block.band;
                blocks.push_back(std::move(block));
            }
            if (!blocks.empty())
                themesHeight += double(blocks.size() - 1) * m.themeGap();
            // The dimension is centred on its theme boxes (from the first one's
            // top to the last one's bottom), which need not be the middle of
            // their block when the first and last themes have tall code groups.
            const double dimHeight = heightOf(dimBox);
            double centre = themesHeight / 2;
            if (!blocks.empty()) {
                const double firstTop = (blocks.front().band - heightOf(blocks.front().box)) / 2;
                const double lastBottom = themesHeight - (blocks.back().band - heightOf(blocks.back().box)) / 2;
                centre = (firstTop + lastBottom) / 2;
            }
            const double above = std::max(0.0, dimHeight / 2 - centre);
            const double band = above + std::max(themesHeight, centre + dimHeight / 2);

            if (!firstDimension)
                y += m.dimensionGap();
            firstDimension = false;
            const int dimIndex = place(std::move(dimBox), y + above + centre - dimHeight / 2);
            std::vector<int> themeIndexes;
            double ty = y + above;
            for (ThemeBlock &block : blocks) {
                const double themeHeight = heightOf(block.box);
                const int themeIndex = place(std::move(block.box), ty + (block.band - themeHeight) / 2);
                m_out.boxes[std::size_t(themeIndex)].parent = dimIndex;
                themeIndexes.push_back(themeIndex);
                std::vector<int> codeIndexes;
                double cy = ty + (block.band - block.codesHeight) / 2;
                for (FigureBox &code : block.codes) {
                    const double h = heightOf(code);
                    const int codeIndex = place(std::move(code), cy);
                    m_out.boxes[std::size_t(codeIndex)].parent = themeIndex;
                    codeIndexes.push_back(codeIndex);
                    cy += h + m.codeGap();
                }
                join(codeIndexes, themeIndex);
                ty += block.band + m.themeGap();
            }
            join(themeIndexes, dimIndex);
            y += band;
        }
        sortBoxes();
    }

    // Boxes were placed dimension by dimension; the layout lists codes, then
    // themes, then dimensions, each in order, with parents renumbered.
    void sortBoxes()
    {
        std::vector<std::size_t> order(m_out.boxes.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [this](std::size_t a, std::size_t b) {
            return int(m_out.boxes[a].kind) < int(m_out.boxes[b].kind);
        });
        std::vector<int> newIndex(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            newIndex[order[i]] = int(i);
        std::vector<FigureBox> sorted;
        sorted.reserve(order.size());
        for (std::size_t i : order) {
            sorted.push_back(std::move(m_out.boxes[i]));
            if (sorted.back().parent >= 0)
                sorted.back().parent = newIndex[std::size_t(sorted.back().parent)];
        }
        m_out.boxes = std::move(sorted);
    }

    const DataStructure &m_structure;
    const FigureOptions &m_options;
    Metrics m;
    Column m_columns[3];
    const QFontMetricsF *m_fm = nullptr;
    const QFontMetricsF *m_cfm = nullptr;
    GioiaLayout m_out;
};

} // namespace

int GioiaLayout::boxAt(const QPointF &point) const
{
    for (std::size_t i = 0; i < boxes.size(); ++i)
        if (boxes[i].rect.contains(point))
            return int(i);
    return -1;
}

std::size_t GioiaLayout::count(FigureBoxKind kind) const
{
    return std::size_t(std::count_if(boxes.begin(), boxes.end(), [kind](const FigureBox &b) { return b.kind == kind; }));
}

QString figureColumnHeader(FigureBoxKind kind)
{
    switch (kind) {
    case FigureBoxKind::Code:
        return QStringLiteral("1st-order concepts");
    case FigureBoxKind::Theme:
        return QStringLiteral("2nd-order themes");
    case FigureBoxKind::Dimension:
        return QStringLiteral("Aggregate dimensions");
    }
    return {};
}

QString figureCountsLine(std::int64_t segments, std::int64_t sources)
{
    const QLocale locale;
    return QStringLiteral("%1 %2 · %3 %4")
        .arg(locale.toString(qlonglong(segments)), segments == 1 ? QStringLiteral("segment") : QStringLiteral("segments"),
             locale.toString(qlonglong(sources)), sources == 1 ? QStringLiteral("source") : QStringLiteral("sources"));
}

GioiaLayout layOutGioiaFigure(const DataStructure &structure, const FigureOptions &options)
{
    return Builder(structure, options).run();
}

} // namespace gw
