#include "core/figure/model_layout.h"

#include "core/figure/figure_text.h"

#include <QFontMetricsF>
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace gw {

const ModelBox *ModelLayout::boxOf(Id elementId) const
{
    for (const ModelBox &b : boxes)
        if (b.elementId == elementId)
            return &b;
    return nullptr;
}

int ModelLayout::boxAt(const QPointF &point) const
{
    for (std::size_t i = boxes.size(); i-- > 0;)
        if (boxes[i].rect.contains(point))
            return int(i);
    return -1;
}

QStringList ModelLayout::allText() const
{
    QStringList out;
    for (const ModelBand &b : bands)
        out << b.label;
    for (const FigureText &t : texts)
        out << t.text;
    for (const ModelBox &b : boxes)
        out << b.lines;
    for (const ModelArrow &a : arrows)
        out << a.count;
    for (const LegendItem &l : legend)
        out << l.label.text;
    return out;
}

QPointF ModelArrow::pointAt(double t) const
{
    const double u = 1 - t;
    if (cubic)
        return line.p1() * (u * u * u) + control * (3 * u * u * t) + control2 * (3 * u * t * t) + line.p2() * (t * t * t);
    return line.p1() * (u * u) + control * (2 * u * t) + line.p2() * (t * t);
}

QPointF ModelArrow::endDirection() const
{
    QPointF d = line.p2() - (cubic ? control2 : control);
    if (QLineF(QPointF(), d).length() < 1e-6)
        d = line.p2() - line.p1();
    return d;
}

QString evidenceLabel(const Influence &influence)
{
    return influence.counter > 0
               ? QStringLiteral("%1/%2").arg(influence.supporting).arg(influence.counter)
               : QString::number(influence.supporting);
}

Qt::PenStyle penStyle(LineStyle style)
{
    switch (style) {
    case LineStyle::Solid:
        return Qt::SolidLine;
    case LineStyle::Dash:
        return Qt::DashLine;
    case LineStyle::Dot:
        return Qt::DotLine;
    case LineStyle::DashDot:
        return Qt::DashDotLine;
    }
    return Qt::SolidLine;
}

namespace {

// Every length is a multiple of the label font's size (an "em").
struct Metrics
{
    double em = 9;
    double margin() const { return 1.5 * em; }
    double pad() const { return 0.5 * em; }
    double factorText() const { return 12 * em; }
    double outcomeText() const { return 9.5 * em; }
    double columnGap() const { return 3.5 * em; }
    double panelGap() const { return 7 * em; }
    double boxGap() const { return 0.7 * em; }
    double bandGap() const { return 0.4 * em; }
    double planeSide() const { return 40 * em; }
    double axisGap() const { return 0.6 * em; }
};

// Where the segment from A's centre to B's centre leaves rectangle R (A's).
QPointF exitPoint(const QRectF &r, const QPointF &from, const QPointF &to)
{
    const QPointF d = to - from;
    double t = 1;
    if (d.x() > 0)
        t = std::min(t, (r.right() - from.x()) / d.x());
    if (d.x() < 0)
        t = std::min(t, (r.left() - from.x()) / d.x());
    if (d.y() > 0)
        t = std::min(t, (r.bottom() - from.y()) / d.y());
    if (d.y() < 0)
        t = std::min(t, (r.top() - from.y()) / d.y());
    return from + d * std::max(0.0, t);
}

class Builder
{
public:
    Builder(const ModelFigureInput &input, const ModelFigureOptions &options)
        : m_in(input), m_options(options), m_fm(QFont(), pointDevice()),
          m_sfm(QFont(), pointDevice()), m_bfm(QFont(), pointDevice())
    {
        m_out.font = figureFont(options.fontFamily, options.fontPointSize);
        m_out.smallFont = m_out.font;
        m_out.smallFont.setPointSizeF(m_out.font.pointSizeF() * 0.85);
        m_out.boldFont = m_out.font;
        m_out.boldFont.setBold(true);
        m_fm = QFontMetricsF(m_out.font, pointDevice());
        m_sfm = QFontMetricsF(m_out.smallFont, pointDevice());
        m_bfm = QFontMetricsF(m_out.boldFont, pointDevice());
        m.em = m_out.font.pointSizeF();
        m_out.strokeWidth = std::max(0.4, 0.07 * m.em);
        m_out.arrowStrokeWidth = std::max(0.8, 0.13 * m.em);
        m_out.arrowHeadSize = 0.65 * m.em;
    }

    ModelLayout run()
    {
        const double top = m.margin() + m_bfm.height() + m.pad();
        double right = m.margin();
        double bottom = top;
        if (!m_options.spectrumOnly) {
            const auto [panelRight, panelBottom] = placeFactors(top);
            right = panelRight;
            bottom = panelBottom;
        }
        const double planeLeft =
            (m_options.spectrumOnly ? m.margin() : right + m.panelGap()) + m_fm.height() * 2;
        const double side = std::max(m.planeSide(), m_options.spectrumOnly ? 0.0 : bottom - top);
        m_out.plane = QRectF(planeLeft, top, side, side);
        heading(QStringLiteral("Relationship spectrum"), m_out.plane.left());
        placeAxes();
        double below = placeOutcomes();
        right = m_out.plane.right() + m.margin();
        bottom = std::max(bottom, below);
        if (!m_options.spectrumOnly) {
            placeArrows();
            bottom = placeLegend(bottom + m.pad() * 2, right);
        }
        m_out.size = QSizeF(std::ceil(right), std::ceil(bottom + m.margin()));
        return std::move(m_out);
    }

private:
    void heading(const QString &text, double left)
    {
        m_out.texts.push_back({text, QPointF(left, m.margin() + m_bfm.ascent()), 0, true});
    }

    ModelBox makeBox(const ModelElement &e, double textWidth)
    {
        ModelBox box;
        box.elementId = e.id;
        box.role = e.role;
        box.label = e.name;
        box.lines = wrapText(e.name, m_fm, textWidth);
        box.rect = QRectF(0, 0, textWidth + 2 * m.pad(),
                          box.lines.size() * m_fm.lineSpacing() + 2 * m.pad() * 0.8);
        return box;
    }

    void moveBox(ModelBox &box, const QPointF &topLeft)
    {
        box.rect.moveTopLeft(topLeft);
        box.lineOrigins.clear();
        double y = box.rect.top() + m.pad() * 0.8 + m_fm.ascent();
        for (const QString &line : std::as_const(box.lines)) {
            const double w = m_fm.horizontalAdvance(line);
            box.lineOrigins.push_back(QPointF(box.rect.center().x() - w / 2, y));
            y += m_fm.lineSpacing();
        }
    }

    // The factors (contexts, mechanisms) in one band per level; returns the
    // panel's right edge and bottom.
    std::pair<double, double> placeFactors(double top)
    {
        std::vector<const ModelElement *> factors;
        bool mechanisms = false;
        for (const ModelElement &e : m_in.elements)
            if (e.role != ModelRole::Outcome) {
                factors.push_back(&e);
                mechanisms |= e.role == ModelRole::Mechanism;
            }
        const double boxWidth = m.factorText() + 2 * m.pad();
        const double left = m.margin();
        const double contextLeft = left + m.pad();
        const double mechanismLeft = contextLeft + boxWidth + m.columnGap();
        const double panelRight =
            (mechanisms ? mechanismLeft + boxWidth : contextLeft + boxWidth) + m.pad();
        if (mechanisms)
            m_gutter = QRectF(contextLeft + boxWidth, top, m.columnGap(), 1);
        heading(mechanisms ? QStringLiteral("Contexts and mechanisms by level")
                           : QStringLiteral("Factors by level"),
                left);
        // The columns named above the bands.
        const double labelBase = top + m_sfm.ascent();
        const auto columnLabel = [&](const QString &text, double columnLeft) {
            m_out.texts.push_back({text,
                                   QPointF(columnLeft + (boxWidth - m_sfm.horizontalAdvance(text)) / 2, labelBase), 0,
                                   false, true});
        };
        columnLabel(QStringLiteral("Contexts"), contextLeft);
        if (mechanisms)
            columnLabel(QStringLiteral("Mechanisms"), mechanismLeft);
        top += m_sfm.height() + m.pad() * 0.6;

        std::vector<std::pair<QString, std::optional<Id>>> bands;
        for (const ModelLevel &l : m_in.levels)
            bands.emplace_back(l.name, l.id);
        if (std::ranges::any_of(factors, [](const ModelElement *e) { return !e->levelId; }))
            bands.emplace_back(QStringLiteral("No level"), std::nullopt);

        double y = top;
        for (const auto &[name, levelId] : bands) {
            ModelBand band;
            band.label = name;
            band.labelOrigin = QPointF(left + m.pad(), y + m.pad() + m_bfm.ascent());
            const double boxesTop = y + m.pad() + m_bfm.height() + m.pad() * 0.6;
            double columnBottom[2] = {boxesTop, boxesTop};
            for (const ModelElement *e : factors) {
                if (e->levelId != levelId)
                    continue;
                const int column = e->role == ModelRole::Mechanism ? 1 : 0;
                ModelBox box = makeBox(*e, m.factorText());
                moveBox(box, QPointF(column ? mechanismLeft : contextLeft, columnBottom[column]));
                columnBottom[column] = box.rect.bottom() + m.boxGap();
                m_out.boxes.push_back(std::move(box));
            }
            const double bottom = std::max(columnBottom[0], columnBottom[1]) - m.boxGap() + m.pad();
            band.rect = QRectF(left, y, panelRight - left,
                               std::max(bottom, boxesTop + m_fm.lineSpacing()) - y);
            y = band.rect.bottom() + m.bandGap();
            m_bandLabels.push_back(QRectF(band.labelOrigin.x(), band.labelOrigin.y() - m_bfm.ascent(),
                                          m_bfm.horizontalAdvance(band.label), m_bfm.height())
                                       .adjusted(-2, -2, 2, 2));
            m_out.bands.push_back(std::move(band));
        }
        return {panelRight, y - m.bandGap()};
    }

    void placeAxes()
    {
        const QRectF &p = m_out.plane;
        const SpectrumAxes &a = m_in.axes;
        m_out.grid = {QLineF(p.center().x(), p.top(), p.center().x(), p.bottom()),
                      QLineF(p.left(), p.center().y(), p.right(), p.center().y())};
        // x: the ends under the plane's corners, the name centred between them.
        const double xBase = p.bottom() + m.axisGap() + m_fm.ascent();
        m_out.texts.push_back({a.xLow, QPointF(p.left(), xBase)});
        m_out.texts.push_back(
            {a.xHigh, QPointF(p.right() - m_fm.horizontalAdvance(a.xHigh), xBase)});
        const QString xName = a.xName + QStringLiteral(" \u2192");
        m_out.texts.push_back(
            {xName, QPointF(p.center().x() - m_bfm.horizontalAdvance(xName) / 2, xBase), 0, true});
        // y: turned to run upwards along the plane's left edge.
        const double yBase = p.left() - m.axisGap() - m_fm.descent();
        m_out.texts.push_back({a.yLow, QPointF(yBase, p.bottom()), -90});
        m_out.texts.push_back(
            {a.yHigh, QPointF(yBase, p.top() + m_fm.horizontalAdvance(a.yHigh)), -90});
        const QString yName = a.yName + QStringLiteral(" \u2192");
        m_out.texts.push_back({yName,
                               QPointF(yBase, p.center().y() + m_bfm.horizontalAdvance(yName) / 2),
                               -90, true});
        m_axisBottom = p.bottom() + m.axisGap() + m_fm.height();
    }

    // Outcomes at their points, pushed apart where they would overlap;
    // outcomes not yet on the spectrum in a row below it. Returns the bottom.
    double placeOutcomes()
    {
        const QRectF &p = m_out.plane;
        const std::size_t first = m_out.boxes.size();
        std::vector<const ModelElement *> unplaced;
        for (const ModelElement &e : m_in.elements) {
            if (e.role != ModelRole::Outcome)
                continue;
            if (!e.point) {
                unplaced.push_back(&e);
                continue;
            }
            ModelBox box = makeBox(e, m.outcomeText());
            const QPointF centre(p.left() + e.point->x * p.width(),
                                 p.bottom() - e.point->y * p.height());
            box.rect.moveCenter(centre);
            // Its quadrant: the half of each axis its point is in (a point on
            // a mid line belongs to the upper half).
            const double halfW = p.width() / 2, halfH = p.height() / 2;
            m_quadrants.push_back(QRectF(e.point->x >= 0.5 ? p.center().x() : p.left(),
                                         e.point->y >= 0.5 ? p.top() : p.center().y(), halfW, halfH));
            m_out.boxes.push_back(std::move(box));
        }
        separate(first);
        for (std::size_t i = first; i < m_out.boxes.size(); ++i)
            moveBox(m_out.boxes[i], m_out.boxes[i].rect.topLeft());

        double bottom = m_axisBottom;
        if (!unplaced.empty()) {
            double y = bottom + m.pad() * 2;
            m_out.texts.push_back({QStringLiteral("Outcomes not yet on the spectrum:"),
                                   QPointF(p.left(), y + m_fm.ascent()), 0, false, true});
            y += m_fm.height() + m.pad();
            double x = p.left();
            double rowBottom = y;
            for (const ModelElement *e : unplaced) {
                ModelBox box = makeBox(*e, m.outcomeText());
                if (x > p.left() && x + box.rect.width() > p.right()) {
                    x = p.left();
                    y = rowBottom + m.boxGap();
                }
                moveBox(box, QPointF(x, y));
                x = box.rect.right() + m.boxGap();
                rowBottom = std::max(rowBottom, box.rect.bottom());
                m_out.boxes.push_back(std::move(box));
            }
            bottom = rowBottom;
        }
        return bottom;
    }

    // Pushes overlapping outcome boxes apart (vertically first), keeping them
    // inside the plane; deterministic.
    void separate(std::size_t first)
    {
        const double gap = m.boxGap() * 0.6;
        // Each box inside its quadrant (in the plane when it is wider than one).
        const auto clampInto = [&](QRectF &r, const QRectF &q) {
            r.moveLeft(std::clamp(r.left(), q.left() + gap, std::max(q.left() + gap, q.right() - gap - r.width())));
            r.moveTop(std::clamp(r.top(), q.top() + gap, std::max(q.top() + gap, q.bottom() - gap - r.height())));
        };
        const auto clampAt = [&](std::size_t index) {
            clampInto(m_out.boxes[index].rect, m_quadrants[index - first]);
        };
        for (std::size_t i = first; i < m_out.boxes.size(); ++i)
            clampAt(i);
        for (int round = 0; round < 200; ++round) {
            bool moved = false;
            for (std::size_t i = first; i < m_out.boxes.size(); ++i)
                for (std::size_t j = i + 1; j < m_out.boxes.size(); ++j) {
                    QRectF &a = m_out.boxes[i].rect;
                    QRectF &b = m_out.boxes[j].rect;
                    const QRectF grown = a.adjusted(-gap, -gap, gap, gap);
                    if (!grown.intersects(b))
                        continue;
                    moved = true;
                    const double dy = (a.center().y() <= b.center().y()) ? grown.bottom() - b.top()
                                                                         : b.bottom() - grown.top();
                    const double dx = (a.center().x() <= b.center().x()) ? grown.right() - b.left()
                                                                         : b.right() - grown.left();
                    const double sy = a.center().y() <= b.center().y() ? 1 : -1;
                    const double sx = a.center().x() <= b.center().x() ? 1 : -1;
                    if (dy <= dx || round % 3 != 2) {
                        a.translate(0, -sy * dy / 2 - 0.01);
                        b.translate(0, sy * dy / 2 + 0.01);
                    } else {
                        a.translate(-sx * dx / 2 - 0.01, 0);
                        b.translate(sx * dx / 2 + 0.01, 0);
                    }
                    clampAt(i);
                    clampAt(j);
                }
            if (!moved)
                break;
        }
    }

    void placeArrows()
    {
        std::map<Id, const InfluenceType *> types;
        for (const InfluenceType &t : m_in.types)
            types[t.id] = &t;
        std::map<std::pair<Id, Id>, int> between; // parallel links get offsets
        // A count never sits on a box, a heading, an axis or band label, or another count.
        std::vector<QRectF> taken = textRects();
        for (const ModelBox &b : m_out.boxes)
            taken.push_back(b.rect);
        for (const Influence &i : m_in.influences) {
            const ModelBox *from = m_out.boxOf(i.fromId);
            const ModelBox *to = m_out.boxOf(i.toId);
            if (!from || !to)
                continue;
            const int k = between[std::minmax(i.fromId, i.toId)]++;
            ModelArrow arrow;
            arrow.influenceId = i.id;
            arrow.typeName = i.typeName;
            const auto type = types.find(i.typeId);
            arrow.color = shade(type != types.end() ? QColor(type->second->color) : QColor(0x33, 0x33, 0x33));
            arrow.style = type != types.end() ? type->second->style : LineStyle::Solid;
            if (!gutterRoute(arrow, *from, *to, k))
                route(arrow, *from, *to, k);
            if (!m_options.showCounts) {
                m_out.arrows.push_back(std::move(arrow));
                continue;
            }
            arrow.count = evidenceLabel(i);
            const double w = m_sfm.horizontalAdvance(arrow.count) + 0.6 * m.em;
            const double h = m_sfm.height() + 0.2 * m.em;
            for (const double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85}) {
                const QPointF at = arrow.pointAt(t);
                arrow.countRect = QRectF(at.x() - w / 2, at.y() - h / 2, w, h);
                if (std::ranges::none_of(
                        taken, [&](const QRectF &r) { return r.intersects(arrow.countRect); }))
                    break;
            }
            arrow.countOrigin =
                QPointF(arrow.countRect.center().x() - m_sfm.horizontalAdvance(arrow.count) / 2,
                        arrow.countRect.center().y() - m_sfm.height() / 2 + m_sfm.ascent());
            taken.push_back(arrow.countRect);
            m_out.arrows.push_back(std::move(arrow));
        }
    }

    // Between two factors, the arrow runs through the gutter between the
    // context and mechanism columns, which no box stands in: out of FROM's
    // side that faces it, along it, and into TO's (a context to a mechanism
    // crosses it; two boxes of one column leave and enter on the gutter's
    // side). K, the K-th link between the same boxes, shifts it across the
    // gutter. False when the two are not factors of those columns.
    bool gutterRoute(ModelArrow &arrow, const ModelBox &from, const ModelBox &to, int k) const
    {
        if (from.role == ModelRole::Outcome || to.role == ModelRole::Outcome || !m_gutter.isValid())
            return false;
        // Each arrow its own lane across the gutter (spread by the golden
        // ratio, so that neighbours differ), so that no two run together.
        const double spread = std::fmod(0.5 + 0.618034 * double(m_lanes++ + k), 1.0);
        const double a = from.rect.center().y(), b = to.rect.center().y();
        const auto side = [&](const ModelBox &box) {
            return box.role == ModelRole::Context ? box.rect.right() : box.rect.left();
        };
        const double x1 = side(from), x2 = side(to);
        double lane = m_gutter.left() + m_gutter.width() * (0.2 + 0.6 * spread);
        if (from.role == to.role) // out and back into the same side, nearer to it
            lane = from.role == ModelRole::Context ? m_gutter.left() + m_gutter.width() * (0.15 + 0.3 * spread)
                                                   : m_gutter.right() - m_gutter.width() * (0.15 + 0.3 * spread);
        arrow.cubic = true;
        arrow.line = QLineF(QPointF(x1, a), QPointF(x2, b));
        arrow.control = QPointF(lane, a);
        arrow.control2 = QPointF(lane, b);
        return true;
    }

    // Bends ARROW from FROM to TO round the other boxes: of the curves whose
    // control point lies further and further to either side of the straight
    // line, the first that crosses no other box (else the one crossing
    // fewest). The K-th link between the same two boxes starts further out.
    void route(ModelArrow &arrow, const ModelBox &from, const ModelBox &to, int k) const
    {
        const QPointF a = from.rect.center(), b = to.rect.center();
        const QLineF centres(a, b);
        const QPointF normal =
            QPointF(-centres.dy(), centres.dx()) / std::max(centres.length(), 1e-6);
        const QPointF mid = centres.pointAt(0.5);
        const double step = 2.4 * m.em;
        double bottom = m_out.plane.bottom();
        for (const ModelBand &band : m_out.bands)
            bottom = std::max(bottom, band.rect.bottom());
        const QRectF bounds(m.margin() / 2, m.margin(), m_out.plane.right(), bottom - m.margin());
        int fewest = std::numeric_limits<int>::max();
        for (const double o : {0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 4.0, -4.0, 5.5, -5.5, 7.0, -7.0}) {
            const double offset = (o + 0.5 * k) * step;
            ModelArrow candidate = arrow;
            candidate.control = mid + normal * offset;
            candidate.line = QLineF(exitPoint(from.rect, a, candidate.control),
                                    exitPoint(to.rect, b, candidate.control));
            int hits = 0;
            for (int s = 1; s < 24; ++s) {
                const QPointF p = candidate.pointAt(s / 24.0);
                if (!bounds.contains(p))
                    hits += 2;
                for (const ModelBox &box : m_out.boxes)
                    if (&box != &from && &box != &to &&
                        box.rect.adjusted(-2, -2, 2, 2).contains(p))
                        ++hits;
                for (const QRectF &label : m_bandLabels)
                    if (label.contains(p))
                        ++hits;
            }
            if (hits < fewest) {
                fewest = hits;
                arrow.control = candidate.control;
                arrow.line = candidate.line;
            }
            if (hits == 0)
                break;
        }
    }

    // The influence types in use (all of them when none is), in a row that
    // wraps at the figure's width, and what the numbers mean. Returns the bottom.
    double placeLegend(double top, double right)
    {
        std::vector<const InfluenceType *> shown;
        for (const InfluenceType &t : m_in.types)
            if (m_in.influences.empty() ||
                std::ranges::any_of(m_in.influences,
                                    [&](const Influence &i) { return i.typeId == t.id; }))
                shown.push_back(&t);
        const double left = m.margin();
        m_out.texts.push_back(
            {QStringLiteral("Influences:"), QPointF(left, top + m_bfm.ascent()), 0, true});
        double x = left + m_bfm.horizontalAdvance(QStringLiteral("Influences:")) + m.em;
        double y = top;
        const double sample = 3 * m.em;
        for (const InfluenceType *t : shown) {
            const double w = sample + 0.5 * m.em + m_fm.horizontalAdvance(t->name);
            if (x + w > right - m.margin() && x > left + 8 * m.em) {
                x = left + m_bfm.horizontalAdvance(QStringLiteral("Influences:")) + m.em;
                y += m_fm.lineSpacing() * 1.4;
            }
            const double mid = y + m_fm.height() / 2;
            LegendItem item;
            item.sample = QLineF(x, mid, x + sample, mid);
            item.color = shade(QColor(t->color));
            item.style = t->style;
            item.label = {t->name, QPointF(x + sample + 0.5 * m.em, y + m_fm.ascent())};
            m_out.legend.push_back(std::move(item));
            x += w + 1.5 * m.em;
        }
        y += m_fm.lineSpacing() * 1.4;
        if (!m_options.showCounts)
            return y;
        m_out.texts.push_back(
            {QStringLiteral("Numbers on arrows: coded segments supporting the influence "
                            "(/ speaking against it)."),
             QPointF(left, y + m_sfm.ascent()), 0, false, true});
        return y + m_sfm.height();
    }

    // COLOR as the figure prints it: itself, or its grey.
    QColor shade(const QColor &color) const
    {
        if (!m_options.greyscale)
            return color;
        const int g = std::min(qGray(color.rgb()), 150); // dark enough to read on white
        return QColor(g, g, g);
    }

    // Where each text printed so far lies (headings, axis and column labels),
    // turned texts included, and the band labels.
    std::vector<QRectF> textRects() const
    {
        std::vector<QRectF> out = m_bandLabels;
        for (const FigureText &t : m_out.texts) {
            const QFontMetricsF &fm = t.bold ? m_bfm : t.small ? m_sfm : m_fm;
            const double w = fm.horizontalAdvance(t.text);
            if (t.rotation == 0)
                out.push_back(QRectF(t.origin.x(), t.origin.y() - fm.ascent(), w, fm.height()));
            else // -90: the text runs upwards from its origin
                out.push_back(QRectF(t.origin.x() - fm.ascent(), t.origin.y() - w, fm.height(), w));
        }
        return out;
    }

    const ModelFigureInput &m_in;
    const ModelFigureOptions &m_options;
    ModelLayout m_out;
    std::vector<QRectF> m_bandLabels;
    std::vector<QRectF> m_quadrants; // of each placed outcome, in placing order
    QRectF m_gutter;                 // between the context and mechanism columns (x only)
    mutable int m_lanes = 0;         // gutter lanes handed out
    Metrics m;
    QFontMetricsF m_fm, m_sfm, m_bfm;
    double m_axisBottom = 0;
};

} // namespace

ModelLayout layOutModelFigure(const ModelFigureInput &input, const ModelFigureOptions &options)
{
    return Builder(input, options).run();
}

} // namespace gw
