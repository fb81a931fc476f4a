// Word (.docx) and OpenDocument (.odt) files: their text laid out the same way,
// and every damaged or hostile package refused by name and reason, never
// allocated whole (zip bombs) and never half-read.
#include "core/import/docx_importer.h"
#include "core/import/import_job.h"
#include "core/import/odt_importer.h"
#include "core/model/project.h"
#include "tests/support/temp_project.h"
#include "tests/unit/refi/raw_zip.h"

#include <QDir>
#include <gtest/gtest.h>

using namespace gw;
using S = ImportOutcome::Status;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(GW_TEST_DATA "/import/") + QLatin1String(name);
}

Result<ImportedText> readDocx(const char *name)
{
    return DocxImporter().read(test::readFile(fixture(name)), QString::fromLatin1(name));
}

Result<ImportedText> readOdt(const char *name)
{
    return OdtImporter().read(test::readFile(fixture(name)), QString::fromLatin1(name));
}

// The message of a refusal, or a failure when the file was not refused.
QString refusal(const Result<ImportedText> &result)
{
    if (result) {
        ADD_FAILURE() << "not refused; text: " << result->text;
        return {};
    }
    return result.error().message;
}

TEST(DocxImport, ParagraphsHeadingsListsAndTablesBecomeLines)
{
    const auto docx = readDocx("interview.docx");
    ASSERT_TRUE(docx) << docx.error().message;
    EXPECT_EQ(docx->format, QStringLiteral("docx"));
    EXPECT_EQ(docx->text, QStringLiteral("Interview with P01\n\n"
                                         "We pair with site B.\tThen\na new line.\n\n"
                                         "- first point\n"
                                         "- second point 🙂\n\n"
                                         "Case | Site\n"
                                         "P01 | B 𠮷 second paragraph\n\n"
                                         "See the box.\n\n"
                                         "Box text\n\n"
                                         "Non-BMP: 🙂 and 𠮷."));
}

TEST(DocxImport, DeletedAndMovedAwayTextIsLeftOut)
{
    const auto docx = readDocx("interview.docx");
    ASSERT_TRUE(docx);
    EXPECT_FALSE(docx->text.contains(QStringLiteral("deleted")));
    EXPECT_FALSE(docx->text.contains(QStringLiteral("moved away")));
}

TEST(OdtImport, ParagraphsHeadingsListsAndTablesBecomeLines)
{
    const auto odt = readOdt("interview.odt");
    ASSERT_TRUE(odt) << odt.error().message;
    EXPECT_EQ(odt->format, QStringLiteral("odt"));
    // White space collapses as ODF says; text:s, text:tab and text:line-break
    // are what the author typed. Comments, tracked deletions and the footnote
    // mark are not text; the note follows its paragraph.
    EXPECT_EQ(odt->text, QStringLiteral("Interview with P02\n\n"
                                        "We pair with site B.  Two spaces.\tThen\na new line.\n\n"
                                        "- first point\n"
                                        "- second point 🙂\n\n"
                                        "Case | Site\n"
                                        "P02 | C 𠮷\n\n"
                                        "Footnote here.\n\n"
                                        "The note.\n\n"
                                        "Non-BMP: 🙂 and 𠮷."));
}

TEST(OfficeImport, ZipBombsAreRefusedWithoutUnpacking)
{
    // 200 MB of zeros declared in the headers: refused before reading.
    const QString declared = refusal(readDocx("bomb.docx"));
    EXPECT_TRUE(declared.contains(QStringLiteral("bomb.docx"))) << declared;
    EXPECT_TRUE(declared.contains(QStringLiteral("expands to more than 64 MB"))) << declared;
    // 80 MB of zeros whose headers claim 1000 bytes: refused while inflating,
    // as soon as it passes what it claimed.
    const QString lying = refusal(readDocx("lying-bomb.docx"));
    EXPECT_TRUE(lying.contains(QStringLiteral("lying-bomb.docx"))) << lying;
    EXPECT_TRUE(lying.contains(QStringLiteral("more than the 1000 bytes its header declares"))) << lying;
}

TEST(OfficeImport, DamagedPackagesAreRefusedByNameAndReason)
{
    struct Case
    {
        const char *file;
        const char *reason;
    };
    const Case cases[] = {
        {"truncated.docx", "is damaged or not a Word document (it is not a readable zip archive)"},
        {"corrupt.docx", "is damaged: word/document.xml cannot be unpacked"},
        {"no-document.docx", "is damaged or not a Word document (it has no word/document.xml)"},
        {"malformed.docx", "is damaged: its word/document.xml is not well-formed XML"},
        {"entities.docx", "its word/document.xml declares XML entities"},
        {"truncated.odt",
         "is damaged or not an OpenDocument text (it is not a readable zip archive)"},
        {"no-content.odt", "is damaged or not an OpenDocument text (it has no content.xml)"},
        {"not-a-zip.odt",
         "is damaged or not an OpenDocument text (it is not a readable zip archive)"},
    };
    for (const Case &c : cases) {
        const QString name = QString::fromLatin1(c.file);
        const QString message = name.endsWith(QLatin1String(".docx")) ? refusal(readDocx(c.file))
                                                                      : refusal(readOdt(c.file));
        EXPECT_TRUE(message.startsWith(name)) << message;
        EXPECT_TRUE(message.contains(QString::fromLatin1(c.reason))) << message;
    }
}

class DocumentFolderImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        project = std::move(Project::create(dir.path(QStringLiteral("p.groundwork"))).value());
        QDir(dir.root()).mkpath(QStringLiteral("in"));
    }

    QString in(const char *name) const
    {
        return dir.path(QStringLiteral("in/") + QLatin1String(name));
    }
    void copy(const char *name) { ASSERT_TRUE(QFile::copy(fixture(name), in(name))) << name; }

    test::TempDir dir;
    std::unique_ptr<Project> project;
};

TEST_F(DocumentFolderImport, GoodDocumentsAreImportedAndBadOnesReportedByName)
{
    for (const char *name : {"interview.docx", "interview.odt", "two-pages.pdf", "bomb.docx",
                             "truncated.odt", "locked.pdf", "scanned.pdf", "damaged.pdf"})
        copy(name);
    test::writeFile(in("page.html"),
                    "<html><head><title>T</title></head><body><p>A web page.</p></body></html>");
    test::writeFile(in("scripts-only.htm"), "<script>alert(1)</script>");

    const ImportReport report = importFiles(*project, {in("")}, {});
    ASSERT_EQ(report.outcomes.size(), 10u);
    EXPECT_EQ(report.count(S::Imported), 4);
    EXPECT_EQ(report.count(S::Failed), 6);
    for (const ImportOutcome &o : report.outcomes) {
        if (o.status == S::Failed) {
            EXPECT_TRUE(o.reason.contains(QFileInfo(o.path).fileName())) << o.reason;
        }
    }
    EXPECT_EQ(project->counts()->sources(), 4);
    const auto docx = project->sourceByName(QStringLiteral("interview"));
    ASSERT_TRUE(docx);
    EXPECT_TRUE(project->sourceByName(QStringLiteral("interview (2)")));
    EXPECT_EQ(project->sourceByName(QStringLiteral("page"))->originalFormat,
              QStringLiteral("html"));
    const auto pdf = project->sourceByName(QStringLiteral("two-pages"));
    ASSERT_TRUE(pdf);
    EXPECT_EQ(pdf->originalFormat, QStringLiteral("pdf"));
    EXPECT_TRUE(project->sourceText(pdf->id)->contains(QStringLiteral("𝔸 twice 😀")));
}

// A small file of deeply nested XML used to cost hundreds of MB while read:
// past any depth a word processor writes, it is refused instead.
TEST(OfficeImport, XmlNestedPastAnyRealDocumentIsRefused)
{
    constexpr int kLevels = 200000;
    QByteArray body = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    body += "<w:p><w:r><w:t>real words</w:t></w:r></w:p>";
    for (int i = 0; i < kLevels; ++i)
        body += "<w:p>";
    for (int i = 0; i < kLevels; ++i)
        body += "</w:p>";
    body += "</w:body></w:document>";
    const QByteArray docx = test::rawZip({{"word/document.xml", body}});
    const QString deep = refusal(DocxImporter().read(docx, QStringLiteral("nested.docx")));
    EXPECT_TRUE(deep.contains(QStringLiteral("nested.docx"))) << deep;
    EXPECT_TRUE(deep.contains(QStringLiteral("nests more than 512"))) << deep;

    QByteArray content = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                         "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
    for (int i = 0; i < kLevels; ++i)
        content += "<text:span>";
    for (int i = 0; i < kLevels; ++i)
        content += "</text:span>";
    content += "<text:p>words</text:p></office:text></office:body></office:document-content>";
    const QByteArray odt = test::rawZip({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                         {"content.xml", content}});
    const QString odtDeep = refusal(OdtImporter().read(odt, QStringLiteral("nested.odt")));
    EXPECT_TRUE(odtDeep.contains(QStringLiteral("nests more than 512"))) << odtDeep;
}

} // namespace
