// PDFs: the text layer page by page with page starts in the metadata, and
// locked, scanned and damaged files refused with a reason the user can act on.
#include "core/import/pdf_importer.h"
#include "core/text/positions.h"
#include "tests/support/temp_project.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace gw;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(GW_TEST_DATA "/import/") + QLatin1String(name);
}

Result<ImportedText> readPdf(const char *name)
{
    return PdfImporter().read(test::readFile(fixture(name)), QString::fromLatin1(name));
}

TEST(PdfImport, TextOfEveryPageWithPageStartsInCodePoints)
{
    const auto pdf = readPdf("two-pages.pdf");
    ASSERT_TRUE(pdf) << pdf.error().message;
    EXPECT_EQ(pdf->format, QStringLiteral("pdf"));
    const QString first = QStringLiteral("Interview with P03\nZoë met site 𝔸 twice 😀.");
    EXPECT_EQ(pdf->text, first + QStringLiteral("\n\nSecond page."));
    // U+1D538 and U+1F600 are two UTF-16 units each but one code point.
    const QJsonArray pages = QJsonDocument::fromJson(pdf->metadata.toUtf8())
                                 .object()
                                 .value(QStringLiteral("pages"))
                                 .toArray();
    ASSERT_EQ(pages.size(), 2);
    EXPECT_EQ(pages[0].toInteger(), 0);
    EXPECT_EQ(pages[1].toInteger(), text::codePointLength(first) + 2);
    EXPECT_EQ(pages[1].toInteger(), first.size() - 2 + 2);
    EXPECT_EQ(text::codePointMid(pdf->text, pages[1].toInteger(), pages[1].toInteger() + 6),
              QStringLiteral("Second"));
}

TEST(PdfImport, PasswordProtectedIsRefused)
{
    const auto pdf = readPdf("locked.pdf");
    ASSERT_FALSE(pdf);
    EXPECT_EQ(
        pdf.error().message,
        QStringLiteral(
            "locked.pdf is password-protected; save a copy without the password and import that."));
}

TEST(PdfImport, ScannedPagesWithoutTextAreRefusedNotImportedEmpty)
{
    const auto pdf = readPdf("scanned.pdf");
    ASSERT_FALSE(pdf);
    EXPECT_EQ(pdf.error().message,
              QStringLiteral(
                  "scanned.pdf has no text layer (a scanned document?); run OCR on it first."));
}

TEST(PdfImport, DamagedAndNonPdfFilesAreRefused)
{
    const auto damaged = readPdf("damaged.pdf");
    ASSERT_FALSE(damaged);
    EXPECT_EQ(damaged.error().message,
              QStringLiteral("damaged.pdf is damaged or not a PDF (poppler cannot open it)."));
    const auto text = PdfImporter().read("just words\n", QStringLiteral("notes.pdf"));
    ASSERT_FALSE(text);
    EXPECT_TRUE(
        text.error().message.startsWith(QStringLiteral("notes.pdf is damaged or not a PDF")));
    const auto empty = PdfImporter().read({}, QStringLiteral("empty.pdf"));
    ASSERT_FALSE(empty);
    EXPECT_TRUE(
        empty.error().message.startsWith(QStringLiteral("empty.pdf is damaged or not a PDF")));
}

TEST(PdfImport, TruncatedPdfIsRefusedOrReadWhole)
{
    // poppler repairs what it can; whatever it returns must be a clean result
    // or a refusal naming the file, never a crash.
    const QByteArray bytes = test::readFile(fixture("two-pages.pdf"));
    for (const qsizetype size : {bytes.size() / 4, bytes.size() / 2, bytes.size() - 40}) {
        const auto pdf = PdfImporter().read(bytes.first(size), QStringLiteral("cut.pdf"));
        if (!pdf) {
            EXPECT_TRUE(pdf.error().message.startsWith(QStringLiteral("cut.pdf")))
                << pdf.error().message;
        }
    }
}

} // namespace
