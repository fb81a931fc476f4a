// matrix -p F --rows R --columns C: counts of the coding across cases,
// attribute values, sources, kinds or coders; cooccurrence -p F: which codes
// occur together.
#include "app/cli/analysis_support.h"
#include "app/cli/verbs.h"
#include "core/analysis/code_cooccurrence.h"
#include "core/analysis/matrix.h"
#include "core/figure/matrix_figure.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace gw::cli {

namespace {

class MatrixVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("matrix"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::matrix",
                                           "Count the coding by case, attribute, source, kind or coder.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::matrix",
            "A matrix of the coding. Rows: codes, themes, dimensions, queries (every saved\n"
            "query) or query:NAME[,NAME]. Columns: cases, attribute:NAME (each value, or bins\n"
            "of a number or date attribute with --bins 2010,2015,2020), sources, kinds or\n"
            "coders. A cell counts segments, sources, cases or coded words, or gives row%\n"
            "or col% of the segments. -o writes md, tex, html, csv, odt or xlsx (a header\n"
            "row of the column values, then one row per row item, its name first), or the\n"
            "heat map as svg, pdf or png.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("rows"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "codes, themes, dimensions, queries or query:NAME."),
                          QStringLiteral("ROWS"), QStringLiteral("codes")});
        parser.addOption({QStringLiteral("columns"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "cases, attribute:NAME, sources, kinds or coders."),
                          QStringLiteral("COLUMNS"), QStringLiteral("cases")});
        parser.addOption({QStringLiteral("cell"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "segments, sources, cases, words, row% or col%."),
                          QStringLiteral("CELL"), QStringLiteral("segments")});
        parser.addOption({QStringLiteral("bins"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "Bin edges for a number or date attribute (comma-separated)."),
                          QStringLiteral("EDGES")});
        parser.addOption({QStringLiteral("skip-empty"),
                          QCoreApplication::translate("gw::cli::matrix", "Leave out rows with no passages.")});
        parser.addOption({QStringLiteral("dpi"),
                          QCoreApplication::translate("gw::cli::matrix", "Figure: PNG resolution (default 300)."),
                          QStringLiteral("N")});
        addFilterOptions(parser, false);
        //: The formats -o writes, shown in the option's help; keep the format names.
        addOutputOption(parser,
                        QCoreApplication::translate("gw::cli::matrix",
                                                    "md, tex, html, csv, odt, xlsx; svg, pdf, png for the heat map"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        MatrixSpec spec;
        if (auto ok = spec.setRows(parser.value(QStringLiteral("rows"))); !ok)
            return reportError(io, ok.error(), Usage);
        if (auto ok = spec.setColumns(parser.value(QStringLiteral("columns"))); !ok)
            return reportError(io, ok.error(), Usage);
        const auto cell = matrixCellFromString(parser.value(QStringLiteral("cell")));
        if (!cell) {
            io.err << QCoreApplication::translate("gw::cli::matrix",
                                                  "groundwork-cli matrix: --cell is segments, sources, cases, words, "
                                                  "row% or col%, not \"%1\".\n")
                          .arg(parser.value(QStringLiteral("cell")));
            return Usage;
        }
        spec.cell = *cell;
        if (parser.isSet(QStringLiteral("bins")))
            for (const QString &edge : parser.value(QStringLiteral("bins")).split(u','))
                if (!edge.trimmed().isEmpty())
                    spec.bins.append(edge.trimmed());
        spec.skipEmptyRows = parser.isSet(QStringLiteral("skip-empty"));
        const auto options = readQueryOptions(parser, io, name(), false);
        if (!options)
            return Usage;
        spec.options = *options;
        const QString out = parser.value(QStringLiteral("output"));
        const QString suffix = QFileInfo(out).suffix().toLower();
        const auto figure = out.isEmpty() ? std::nullopt : figureFormatFromString(suffix);
        FigureOptions figureOptions;
        if (parser.isSet(QStringLiteral("dpi")))
            figureOptions.pngDpi = parser.value(QStringLiteral("dpi")).toInt();

        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto data = CodingData::load(*project);
        if (!data)
            return reportError(io, data.error());
        auto matrix = buildMatrix(*project, **data, spec);
        if (!matrix)
            return reportAnalysisError(io, matrix.error());
        if (figure) {
            if (auto ok = writeMatrixFigure(*matrix, *figure, figureOptions, out); !ok)
                return reportError(io, ok.error());
        } else if (!out.isEmpty()) {
            if (const int written = writeTableOutput(matrix->table(), out, io, name()); written != Ok)
                return written;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray rows;
            for (std::size_t r = 0; r < matrix->rows.size(); ++r) {
                QJsonArray cells;
                for (const MatrixCell &c : matrix->rows[r].cells)
                    cells.append(c.value);
                rows.append(QJsonObject{{QStringLiteral("label"), matrix->rows[r].label},
                                        {QStringLiteral("passages"), qint64(matrix->rows[r].passages.size())},
                                        {QStringLiteral("cells"), cells}});
            }
            QJsonObject doc{{QStringLiteral("rowTitle"), matrix->rowTitle},
                            {QStringLiteral("columnTitle"), matrix->columnTitle},
                            {QStringLiteral("cell"), toString(matrix->cell)},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(matrix->columns)},
                            {QStringLiteral("rows"), rows}};
            if (!out.isEmpty())
                doc[QStringLiteral("path")] = out;
            writeJson(io, QJsonDocument(doc));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << QCoreApplication::translate("gw::cli::matrix",
                                                  "Wrote the matrix (%1 rows by %2 columns) to %3.\n")
                          .arg(QString::number(matrix->rows.size()), QString::number(matrix->columns.size()), out);
            return Ok;
        }
        io.out << matrix->rowTitle.leftJustified(32, u' ', true);
        for (const QString &c : matrix->columns)
            io.out << '\t' << c;
        io.out << '\n';
        for (std::size_t r = 0; r < matrix->rows.size(); ++r) {
            io.out << matrix->rows[r].label.leftJustified(32, u' ', true);
            for (std::size_t c = 0; c < std::size_t(matrix->columns.size()); ++c)
                io.out << '\t' << matrix->text(r, c);
            io.out << '\n';
        }
        return Ok;
    }
};

class CooccurrenceVerb final : public Verb
{
public:
    QString name() const override { return QStringLiteral("cooccurrence"); }
    QString summary() const override
    {
        return QCoreApplication::translate("gw::cli::matrix", "Which codes or themes occur together.");
    }
    QString description() const override
    {
        return QCoreApplication::translate(
            "gw::cli::matrix",
            "Every pair of codes (or themes) that occur together, with the count, each\n"
            "one's own count, Jaccard and ATLAS.ti's c coefficient. --unit: overlap\n"
            "(segments overlap), sentence, paragraph, source or case; --within N: at most\n"
            "N sentences apart. Sorted by --sort count (default), jaccard, c or name.\n"
            "-o FILE.svg|pdf|png draws the pairs as an item-by-item heat map of the 40\n"
            "items in the most co-occurrences.");
    }
    void addOptions(QCommandLineParser &parser) const override
    {
        addProjectOptions(parser);
        addJsonOption(parser);
        parser.addOption({QStringLiteral("unit"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "overlap, sentence, paragraph, source or case."),
                          QStringLiteral("UNIT"), QStringLiteral("overlap")});
        parser.addOption({QStringLiteral("within"),
                          QCoreApplication::translate("gw::cli::matrix",
                                                      "At most N sentences apart (instead of --unit)."),
                          QStringLiteral("N")});
        parser.addOption({QStringLiteral("tier"),
                          QCoreApplication::translate("gw::cli::matrix", "codes (default) or themes."),
                          QStringLiteral("TIER"), QStringLiteral("codes")});
        parser.addOption({QStringLiteral("sort"),
                          QCoreApplication::translate("gw::cli::matrix", "count, jaccard, c or name."),
                          QStringLiteral("KEY"), QStringLiteral("count")});
        parser.addOption({QStringLiteral("top"),
                          QCoreApplication::translate("gw::cli::matrix", "Only the first N pairs."),
                          QStringLiteral("N")});
        addFilterOptions(parser, false);
        parser.addOption({QStringLiteral("dpi"),
                          QCoreApplication::translate("gw::cli::matrix", "Figure: PNG resolution (default 300)."),
                          QStringLiteral("N")});
        //: The formats -o writes, shown in the option's help; keep the format names.
        addOutputOption(parser,
                        QCoreApplication::translate("gw::cli::matrix",
                                                    "md, tex, html, csv, odt, xlsx; svg, pdf, png for the heat map"));
    }
    int run(const QCommandLineParser &parser, Io &io) const override
    {
        CooccurrenceSpec spec;
        const auto unit = cooccurrenceUnitFromString(parser.value(QStringLiteral("unit")));
        if (!unit || *unit == CooccurrenceUnit::Within) {
            io.err << QCoreApplication::translate("gw::cli::matrix", "groundwork-cli cooccurrence: --unit is overlap, "
                                                                     "sentence, paragraph, source or case.\n");
            return Usage;
        }
        spec.unit = *unit;
        if (parser.isSet(QStringLiteral("within"))) {
            bool ok = false;
            spec.within = parser.value(QStringLiteral("within")).toInt(&ok);
            if (!ok || spec.within < 0) {
                io.err << QCoreApplication::translate("gw::cli::matrix", "groundwork-cli cooccurrence: --within is a "
                                                                         "number of sentences (0 or more).\n");
                return Usage;
            }
            spec.unit = CooccurrenceUnit::Within;
        }
        const QString tier = parser.value(QStringLiteral("tier")).trimmed().toLower();
        if (tier != u"codes" && tier != u"themes") {
            io.err << QCoreApplication::translate("gw::cli::matrix",
                                                  "groundwork-cli cooccurrence: --tier is codes or themes.\n");
            return Usage;
        }
        const QString sort = parser.value(QStringLiteral("sort")).trimmed().toLower();
        if (sort != u"count" && sort != u"jaccard" && sort != u"c" && sort != u"name") {
            io.err << QCoreApplication::translate("gw::cli::matrix", "groundwork-cli cooccurrence: --sort is count, "
                                                                     "jaccard, c or name.\n");
            return Usage;
        }
        int top = -1;
        if (parser.isSet(QStringLiteral("top"))) {
            bool ok = false;
            top = parser.value(QStringLiteral("top")).toInt(&ok);
            if (!ok || top <= 0) {
                io.err << QCoreApplication::translate("gw::cli::matrix",
                                                      "groundwork-cli cooccurrence: --top is a positive number.\n");
                return Usage;
            }
        }
        const auto options = readQueryOptions(parser, io, name(), false);
        if (!options)
            return Usage;
        spec.filters = options->filters;

        auto project = openProject(parser, io, Access::Read);
        if (!project)
            return Usage;
        auto data = CodingData::load(*project);
        if (!data)
            return reportError(io, data.error());
        spec.items = cooccurrenceItems(**data, tier == u"codes" ? ItemTier::Code : ItemTier::Theme);
        auto table = codeCooccurrence(**data, spec);
        if (!table)
            return reportAnalysisError(io, table.error());
        auto &pairs = table->pairs;
        std::ranges::stable_sort(pairs, [&](const CodePair &a, const CodePair &b) {
            if (sort == u"jaccard")
                return a.jaccard > b.jaccard;
            if (sort == u"c")
                return a.c > b.c;
            if (sort == u"name")
                return false;
            return a.count > b.count;
        });
        if (top > 0 && pairs.size() > std::size_t(top))
            pairs.resize(std::size_t(top));
        const QString itemTitle = tier == u"codes" ? QStringLiteral("Code") : QStringLiteral("Theme"); // data
        const QString out = parser.value(QStringLiteral("output"));
        if (const auto figure = out.isEmpty() ? std::nullopt : figureFormatFromString(QFileInfo(out).suffix().toLower())) {
            FigureOptions figureOptions;
            if (parser.isSet(QStringLiteral("dpi")))
                figureOptions.pngDpi = parser.value(QStringLiteral("dpi")).toInt();
            if (auto ok = writeMatrixFigure(table->grid(itemTitle), *figure, figureOptions, out); !ok)
                return reportError(io, ok.error());
        } else if (!out.isEmpty()) {
            if (const int written = writeTableOutput(table->table(itemTitle), out, io, name()); written != Ok)
                return written;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const CodePair &p : pairs)
                list.append(QJsonObject{{QStringLiteral("a"), table->items[p.first].label},
                                        {QStringLiteral("b"), table->items[p.second].label},
                                        {QStringLiteral("count"), p.count},
                                        {QStringLiteral("aCount"), p.firstCount},
                                        {QStringLiteral("bCount"), p.secondCount},
                                        {QStringLiteral("jaccard"), p.jaccard},
                                        {QStringLiteral("c"), p.c},
                                        {QStringLiteral("segments"), qint64(p.segmentIds.size())}});
            QJsonObject doc{{QStringLiteral("unit"), toString(table->unit)}, {QStringLiteral("tier"), tier},
                            {QStringLiteral("pairs"), list}};
            if (table->unit == CooccurrenceUnit::Within)
                doc[QStringLiteral("within")] = table->within;
            writeJson(io, QJsonDocument(doc));
            return Ok;
        }
        if (!out.isEmpty()) {
            io.out << QCoreApplication::translate("gw::cli::matrix", "Wrote %1 pairs to %2.\n")
                          .arg(QString::number(pairs.size()), out);
            return Ok;
        }
        io.out << QCoreApplication::translate("gw::cli::matrix", "%1 pairs that co-occur\n").arg(pairs.size());
        for (const CodePair &p : pairs)
            io.out << table->items[p.first].label << "\t" << table->items[p.second].label << "\t" << p.count
                   << "\tjaccard " << QString::number(p.jaccard, 'f', 2) << "\tc " << QString::number(p.c, 'f', 2)
                   << '\n';
        return Ok;
    }
};

} // namespace

std::unique_ptr<Verb> makeMatrixVerb() { return std::make_unique<MatrixVerb>(); }
std::unique_ptr<Verb> makeCooccurrenceVerb() { return std::make_unique<CooccurrenceVerb>(); }

} // namespace gw::cli
