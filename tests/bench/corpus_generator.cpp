// groundwork-corpus: writes the synthetic study-scale corpus (see corpus.h).
//
//   groundwork-corpus [FOLDER] [--scale S] [--seed N]
#include "corpus.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QHashFunctions>
#include <cstdio>

int main(int argc, char *argv[])
{
    // PDFs are drawn with QPainter, which needs fonts and so a GUI application;
    // no window is ever shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QPdfWriter numbers its font subsets in QHash order; a fixed seed makes
    // that order, and so the PDF bytes, the same on every run.
    QHashSeed::setDeterministicGlobalSeed();
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic, deterministic study-scale corpus."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("folder"),
                                 QStringLiteral("Where to write it (default %1).").arg(gw::bench::defaultCorpusFolder()));
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Share of the full file counts (1)."),
                                   QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("N"),
                                  QStringLiteral("20180401"));
    parser.addOptions({scale, seed});
    parser.process(app);

    gw::bench::CorpusOptions options;
    options.folder = parser.positionalArguments().value(0, gw::bench::defaultCorpusFolder());
    bool scaleOk = false, seedOk = false;
    options.scale = parser.value(scale).toDouble(&scaleOk);
    options.seed = parser.value(seed).toUInt(&seedOk);
    if (!scaleOk || options.scale <= 0 || options.scale > 10 || !seedOk) {
        std::fprintf(stderr, "groundwork-corpus: --scale takes a number in (0, 10], --seed a whole number\n");
        return 2;
    }
    auto summary = gw::bench::generateCorpus(options);
    if (!summary) {
        std::fprintf(stderr, "groundwork-corpus: %s\n", qUtf8Printable(summary.error()));
        return 1;
    }
    std::printf("corpus in %s\n%s", qUtf8Printable(options.folder), qUtf8Printable(gw::bench::describe(*summary)));
    return 0;
}
