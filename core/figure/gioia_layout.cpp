#include "core/figure/gioia_layout.h"

#include "core/figure/figure_text.h"

#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <set>

namespace gw {

namespace {

// Every length below is a multiple of the label font's size (an "em"), so a
// bigger font gives the same figure, only bigger.
struct Metrics
{
    double em = 9;
    double tight = 1; // the compact layout's share of the spacing
    double margin() const { return 1.2 * em * tight; }
    double padX() const { return 0.65 * em * (0.4 + 0.6 * tight); }
    double padY() const { return 0.45 * em * (0.5 + 0.5 * tight); }
    double codeText() const { return (tight < 1 ? 20 : 25) * em; }
    double themeText() const { return (tight < 1 ? 11 : 13.5) * em; }
    double dimensionText() const { return (tight < 1 ? 9.5 : 11.5) * em; }
    // The narrowest a column's text gets when the figure must fit a paper.
    double codeFloor() const { return 7 * em; }
    double themeFloor() const { return 5 * em; }
    double dimensionFloor() const { return 5 * em; }
    double columnGap() const { return 3.2 * em * (0.3 + 0.7 * tight); }
    double codeGap() const { return 0.4 * em * (0.5 + 0.5 * tight); }
    double themeGap() const { return 1.1 * em * tight; }
    double dimensionGap() const { return 2.0 * em * tight; }
    double headerGap() const { return 1.0 * em * (0.5 + 0.5 * tight); }
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
        m.tight = options.compact ? 0.55 : 1;
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

        // Columns as wide as chosen; on a paper, narrowed in proportion (down
        // to a floor) until the figure fits its text width. Headings wrap.
        const FigureBoxKind kinds[] = {FigureBoxKind::Code, FigureBoxKind::Theme, FigureBoxKind::Dimension};
        double widths[] = {m.codeText(), m.themeText(), m.dimensionText()};
        // A column never gets narrower than its longest word (words are not
        // broken) nor than a few words' room.
        // (A word wider than the usual column still breaks, as it always has.)
        const double usual[] = {25 * m.em, 13.5 * m.em, 11.5 * m.em};
        double floors[] = {m.codeFloor(), m.themeFloor(), m.dimensionFloor()};
        const double paperWidth = paperTextArea(m_options.paper, m_options.landscape).width();
        for (int i = 0; i < 3; ++i) {
            floors[i] = std::max(floors[i], std::min(usual[i], longestWord(kinds[i], fm, hfm)));
            if (m.tight < 1 || paperWidth > 0)
                widths[i] = std::max(widths[i], floors[i]);
        }
        const double fixed = 2 * m.margin() + 6 * m.padX() + 2 * m.columnGap();
        if (paperWidth > 0 && fixed + widths[0] + widths[1] + widths[2] > paperWidth) {
            // Narrowed in proportion; a column held at its floor gives its share to the others.
            bool held[3] = {false, false, false};
            const double natural[] = {widths[0], widths[1], widths[2]};
            for (int round = 0; round < 3; ++round) {
                double room = paperWidth - fixed, free = 0;
                for (int i = 0; i < 3; ++i)
                    held[i] ? room -= floors[i] : free += natural[i];
                const double share = free > 0 ? std::max(0.0, room) / free : 0;
                bool changed = false;
                for (int i = 0; i < 3; ++i) {
                    if (held[i])
                        continue;
                    widths[i] = natural[i] * share;
                    if (widths[i] < floors[i]) {
                        widths[i] = floors[i];
                        held[i] = changed = true;
                    }
                }
                if (!changed)
                    break;
            }
        }
        double x = m.margin();
        for (int i = 0; i < 3; ++i) {
            m_columns[i].left = x;
            m_columns[i].textWidth = widths[i];
            x = m_columns[i].right(m) + m.columnGap();
        }
        const double width = m_columns[2].right(m) + m.margin();
        double headerHeight = 0;
        for (int i = 0; i < 3; ++i) {
            const QString text = figureColumnHeader(kinds[i]);
            FigureHeader header;
            header.text = text;
            header.lines = wrapText(text, hfm, m_columns[i].boxWidth(m));
            const double centre = m_columns[i].left + m_columns[i].boxWidth(m) / 2;
            double widest = 0;
            double baseline = m.margin() + hfm.ascent();
            for (const QString &line : std::as_const(header.lines)) {
                const double w = hfm.horizontalAdvance(line);
                widest = std::max(widest, w);
                header.lineOrigins.emplace_back(centre - w / 2, baseline);
                baseline += hfm.lineSpacing();
            }
            const double h = hfm.height() + double(header.lines.size() - 1) * hfm.lineSpacing();
            header.rect = QRectF(centre - widest / 2, m.margin(), widest, h);
            header.origin = header.lineOrigins.empty() ? QPointF(centre, baseline) : header.lineOrigins.front();
            headerHeight = std::max(headerHeight, h);
            m_out.headers.push_back(std::move(header));
        }

        double y = m.margin() + headerHeight + m.headerGap();
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
    // The widest word of the labels of KIND's column and of its heading.
    double longestWord(FigureBoxKind kind, const QFontMetricsF &fm, const QFontMetricsF &hfm) const
    {
        double widest = 0;
        const auto measure = [&](const QString &text, const QFontMetricsF &metrics) {
            for (const QString &word : text.split(u' ', Qt::SkipEmptyParts))
                widest = std::max(widest, metrics.horizontalAdvance(word));
        };
        measure(figureColumnHeader(kind), hfm);
        for (const StructureDimension &d : m_structure.dimensions) {
            if (kind == FigureBoxKind::Dimension)
                measure(d.name, fm);
            for (const StructureTheme &t : d.themes) {
                if (kind == FigureBoxKind::Theme)
                    measure(t.name, fm);
                if (kind == FigureBoxKind::Code)
                    for (const StructureCode &c : t.codes)
                        measure(c.name, fm);
            }
        }
        return widest + 1; // rounding
    }

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

std::vector<GioiaLayout> splitGioiaLayout(const GioiaLayout &layout, double height)
{
    // Each box's dimension (the root of its parents), and each dimension's rows.
    std::vector<int> root(layout.boxes.size(), -1);
    for (std::size_t i = 0; i < layout.boxes.size(); ++i) {
        int at = int(i);
        for (int guard = 0; guard < 3 && layout.boxes[std::size_t(at)].parent >= 0; ++guard)
            at = layout.boxes[std::size_t(at)].parent;
        root[i] = at;
    }
    struct Block
    {
        int dimension = -1;
        double top = 0, bottom = 0;
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < layout.boxes.size(); ++i)
        if (layout.boxes[i].kind == FigureBoxKind::Dimension)
            blocks.push_back({int(i), layout.boxes[i].rect.top(), layout.boxes[i].rect.bottom()});
    for (Block &b : blocks)
        for (std::size_t i = 0; i < layout.boxes.size(); ++i)
            if (root[i] == b.dimension) {
                b.top = std::min(b.top, layout.boxes[i].rect.top());
                b.bottom = std::max(b.bottom, layout.boxes[i].rect.bottom());
            }
    std::ranges::sort(blocks, {}, &Block::top);
    if (blocks.empty())
        return {layout};
    const double contentTop = blocks.front().top;                 // where the first dimension starts
    double lastContent = blocks.back().bottom; // the last box, or the footnotes below it
    for (const FigureHeader &f : layout.footnotes)
        lastContent = std::max(lastContent, f.rect.bottom());
    const double bottomMargin = layout.size.height() - lastContent;
    const double room = height - contentTop - bottomMargin;

    // Consecutive dimensions while they fit.
    std::vector<std::pair<std::size_t, std::size_t>> pages; // [first, last] block
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        if (!pages.empty() && blocks[b].bottom - blocks[pages.back().first].top <= room)
            pages.back().second = b;
        else
            pages.emplace_back(b, b);
    }
    std::vector<GioiaLayout> out;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const double from = blocks[pages[p].first].top, to = blocks[pages[p].second].bottom;
        const double dy = contentTop - from;
        std::set<int> dimensions;
        for (std::size_t b = pages[p].first; b <= pages[p].second; ++b)
            dimensions.insert(blocks[b].dimension);
        GioiaLayout page = layout;
        page.boxes.clear();
        page.lines.clear();
        page.arrows.clear();
        page.footnotes.clear();
        std::vector<int> index(layout.boxes.size(), -1);
        for (std::size_t i = 0; i < layout.boxes.size(); ++i)
            if (dimensions.contains(root[i])) {
                index[i] = int(page.boxes.size());
                FigureBox box = layout.boxes[i];
                box.rect.translate(0, dy);
                box.textRect.translate(0, dy);
                for (QPointF &o : box.lineOrigins)
                    o.ry() += dy;
                box.countsOrigin.ry() += dy;
                page.boxes.push_back(std::move(box));
            }
        for (FigureBox &box : page.boxes)
            if (box.parent >= 0)
                box.parent = index[std::size_t(box.parent)];
        const auto within = [&](double y) { return y >= from - 0.5 && y <= to + 0.5; };
        for (const QLineF &l : layout.lines)
            if (within(l.p1().y()) && within(l.p2().y()))
                page.lines.push_back(l.translated(0, dy));
        for (const FigureArrow &a : layout.arrows)
            if (within(a.line.p1().y()))
                page.arrows.push_back({a.line.translated(0, dy)});
        double bottom = to + dy;
        if (p + 1 == pages.size()) {
            const double footDy = to + dy - blocks.back().bottom;
            for (FigureHeader f : layout.footnotes) {
                f.rect.translate(0, footDy);
                f.origin.ry() += footDy;
                bottom = std::max(bottom, f.rect.bottom());
                page.footnotes.push_back(std::move(f));
            }
        }
        page.size = QSizeF(layout.size.width(), std::ceil(bottom + bottomMargin));
        out.push_back(std::move(page));
    }
    return out;
}

QString figureColumnHeader(FigureBoxKind kind)
{
    switch (kind) {
    case FigureBoxKind::Code:
        return codesHeading();
    case FigureBoxKind::Theme:
        return themesHeading();
    case FigureBoxKind::Dimension:
        return dimensionsHeading();
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
