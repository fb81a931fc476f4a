#include "core/import/plain_text_importer.h"

#include "core/import/text_decoding.h"
#include "core/import/transcript.h"
#include "core/text/positions.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace gw {

QStringList PlainTextImporter::suffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"),
            QStringLiteral("markdown")};
}

Result<ImportedText> PlainTextImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto text = decodeText(bytes, fileName);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::plain_text_importer", "%1 has no text.").arg(fileName));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    // Turn positions count code points in the text as Project stores it, so the
    // turns are found in the normalised text, and that text is what we hand on.
    QString normalised = text::normalise(*text);
    if (markdown)
        return ImportedText{std::move(normalised), QStringLiteral("markdown"), {}, {}, true};
    QList<Turn> turns = transcript::findTurns(normalised);
    const QString format = turns.isEmpty() ? QStringLiteral("text") : QStringLiteral("transcript");
    return ImportedText{std::move(normalised), format, std::move(turns), {}, true};
}

} // namespace gw
