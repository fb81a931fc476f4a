// Web pages: only their visible text, with nothing fetched, the charset
// honoured, and blocks, lists, tables and character references handled.
#include "core/import/html_importer.h"
#include "tests/support/temp_project.h"

#include <QStringEncoder>
#include <gtest/gtest.h>

using namespace gw;

namespace {

Result<ImportedText> readHtml(const QByteArray &bytes,
                              const QString &name = QStringLiteral("page.html"))
{
    return HtmlImporter().read(bytes, name);
}

TEST(HtmlImport, VisibleTextWithBlocksListsAndTables)
{
    const QByteArray page = R"(<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Not text</title>
<style>p { color: red }</style><script>var s = "<p>not text</p>";</script>
<link rel="stylesheet" href="http://example.com/x.css"></head>
<body>
<h1>Interview   with
  P04</h1>
<!-- a comment <p>not text</p> -->
<p>We pair with <b>site</b>&nbsp;B &amp; C.<br>New line, 🙂 and &#x1F642; and &#134071; 𠮷.</p>
<ul><li>first point</li><li>second <i>point</i></ul>
<table><tr><th>Case</th><th>Site</th></tr><tr><td>P04</td><td><p>D</p></td></table>
<img src="https://example.com/tracker.png" alt="not text">
<blockquote>A quote &ldquo;here&rdquo; &mdash; &eacute;t&eacute;, AT&T, 1 < 2, &unknown;</blockquote>
<pre>
  line one
    line two</pre>
<div>Last<div>nested</div></div>
</body></html>)";
    const auto html = readHtml(page);
    ASSERT_TRUE(html) << html.error().message;
    EXPECT_EQ(html->format, QStringLiteral("html"));
    EXPECT_EQ(html->text,
              QStringLiteral("Interview with P04\n\n"
                             "We pair with site B & C.\nNew line, 🙂 and 🙂 and 𠮷 𠮷.\n\n"
                             "- first point\n"
                             "- second point\n\n"
                             "Case | Site\n"
                             "P04 | D\n\n"
                             "A quote “here” — été, AT&T, 1 < 2, &unknown;\n\n"
                             "  line one\n"
                             "    line two\n\n"
                             "Last\n\n"
                             "nested"));
}

TEST(HtmlImport, MetaCharsetIsHonoured)
{
    const QByteArray latin1 =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">"
        "</head><body><p>caf\xe9 cr\xe8me</p></body></html>";
    const auto html = readHtml(latin1);
    ASSERT_TRUE(html) << html.error().message;
    EXPECT_EQ(html->text, QStringLiteral("café crème"));
}

TEST(HtmlImport, ByteOrderMarkWins)
{
    QStringEncoder encoder(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    const QByteArray bytes = encoder.encode(QStringLiteral("<p>Zoë 🙂</p><p>𠮷</p>"));
    const auto html = readHtml(bytes);
    ASSERT_TRUE(html) << html.error().message;
    EXPECT_EQ(html->text, QStringLiteral("Zoë 🙂\n\n𠮷"));
}

TEST(HtmlImport, NumericReferencesAreSafe)
{
    // Out of range, surrogates and NUL become U+FFFD; 128-159 mean Windows-1252.
    const auto html = readHtml("<p>&#0;&#xD800;&#x110000;&#99999999999999999999;&#146;&#x97;</p>");
    ASSERT_TRUE(html);
    EXPECT_EQ(html->text, QString(QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD\u2019\u2014")));
}

TEST(HtmlImport, UnclosedTagsAndStrayBracketsDoNotLoseText)
{
    const auto html = readHtml("<p>one<p>two <b>bold <i>both</p><p title='a > b'>three</p>"
                               "<script src='x.js'/><p>x <");
    ASSERT_TRUE(html);
    EXPECT_EQ(html->text, QStringLiteral("one\n\ntwo bold both\n\nthree\n\nx <"));
}

TEST(HtmlImport, PagesWithoutTextAndBinaryFilesAreRefused)
{
    const auto empty =
        readHtml("<html><head><title>T</title><script>x()</script></head><body> </body></html>",
                 QStringLiteral("empty.html"));
    ASSERT_FALSE(empty);
    EXPECT_EQ(empty.error().message, QStringLiteral("empty.html has no text."));
    const auto binary =
        readHtml(QByteArray("<p>\0\0\0\x01\x02</p>", 12), QStringLiteral("binary.htm"));
    ASSERT_FALSE(binary);
    EXPECT_TRUE(binary.error().message.startsWith(QStringLiteral("binary.htm")))
        << binary.error().message;
    EXPECT_TRUE(binary.error().message.contains(QStringLiteral("binary data")))
        << binary.error().message;
    const auto unknown =
        readHtml("<meta charset=\"x-no-such-charset\"><p>text</p>", QStringLiteral("odd.html"));
    ASSERT_FALSE(unknown);
    EXPECT_TRUE(
        unknown.error().message.contains(QStringLiteral("odd.html declares a character set")));
}

} // namespace
