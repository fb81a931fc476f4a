#include "core/import/pdf_importer.h"

#include "core/text/positions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>
#include <mutex>
#include <poppler-qt6.h>
#include <spdlog/spdlog.h>

namespace gw {

namespace {

// Poppler reports every oddity of a damaged file on stderr; route it to the
// debug log instead, where a bug report can still find it.
void quietPoppler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                spdlog::debug("poppler: {}", message.toStdString());
            },
            QVariant());
    });
}

} // namespace

QStringList PdfImporter::suffixes() const
{
    return {QStringLiteral("pdf")};
}

Result<ImportedText> PdfImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    quietPoppler();
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::pdf_importer", "%1 is damaged or not a PDF (poppler cannot open it).").arg(fileName));
    if (document->isLocked())
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::pdf_importer",
                "%1 is password-protected; save a copy without the password and import that.")
                .arg(fileName));
    const int pageCount = document->numPages();
    if (pageCount <= 0)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::pdf_importer", "%1 is damaged: it has no pages.").arg(fileName));

    QString text;
    QJsonArray starts;
    bool anyText = false;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            return fail(
                ErrorKind::InvalidInput,
                QCoreApplication::translate("gw::pdf_importer", "%1 is damaged: page %2 cannot be read.").arg(fileName).arg(i + 1));
        // Normalised here, as Project::addSource will, so the page offsets
        // count the code points of the text that is finally stored.
        const QString pageText = text::normalise(page->text(QRectF())).trimmed();
        anyText = anyText || !pageText.isEmpty();
        if (i > 0)
            text += QStringLiteral("\n\n");
        starts.append(qint64(text::codePointLength(text)));
        text += pageText;
    }
    if (!anyText)
        return fail(
            ErrorKind::InvalidInput,
            QCoreApplication::translate("gw::pdf_importer", "%1 has no text layer (a scanned document?); run OCR on it first.")
                .arg(fileName));
    const QJsonObject metadata{{QStringLiteral("pages"), starts}};
    return ImportedText{text,
                        QStringLiteral("pdf"),
                        {},
                        QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact))};
}

} // namespace gw
