// Writes the PDF fixtures in this folder with QPdfWriter (see ../README.md).
// The unit tests run under a QCoreApplication, which cannot lay out text, so
// the PDFs are made once with this program and committed. Inside
// `packaging/dev shell`:
//   g++ -std=c++23 -fPIC tests/data/import/make_pdf_fixtures.cpp \
//       $(pkg-config --cflags --libs Qt6Gui) -o /tmp/make_pdf_fixtures
//   QT_QPA_PLATFORM=offscreen /tmp/make_pdf_fixtures tests/data/import
//   python3 tests/data/import/make_fixtures.py --pdf   (completes two-pages.pdf,
//                                                     writes locked.pdf; needs qpdf)
#include <QDir>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <functional>

static void write(const QString &path, const std::function<void(QPdfWriter &, QPainter &)> &draw)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setResolution(72);
    writer.setCreator(QStringLiteral("Groundwork test fixtures"));
    QPainter painter(&writer);
    draw(writer, painter);
}

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("."));
    // DejaVu Sans (in the build root) has these two non-BMP characters,
    // U+1D538 and U+1F600; without a glyph there would be nothing to extract.
    const QFont font(QStringLiteral("DejaVu Sans"), 12);
    write(out.filePath(QStringLiteral("two-pages.pdf")), [&](QPdfWriter &writer, QPainter &p) {
        p.setFont(font);
        p.drawText(40, 60, QStringLiteral("Interview with P03"));
        p.drawText(40, 90, QStringLiteral("Zoë met site 𝔸 twice 😀."));
        writer.newPage();
        p.drawText(40, 60, QStringLiteral("Second page."));
    });
    write(out.filePath(QStringLiteral("scanned.pdf")), [](QPdfWriter &writer, QPainter &p) {
        p.fillRect(QRect(40, 40, 200, 100), Qt::darkGray);
        writer.newPage();
        p.fillRect(QRect(40, 40, 100, 200), Qt::gray);
    });
    return 0;
}
