#include "core/import/plain_text_importer.h"

#include "core/import/text_decoding.h"

#include <QFileInfo>

namespace gw {

QStringList PlainTextImporter::suffixes() const
{
    return {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("md"), QStringLiteral("markdown")};
}

Result<ImportedText> PlainTextImporter::read(const QByteArray &bytes, const QString &fileName) const
{
    auto text = decodeText(bytes, fileName);
    if (!text)
        return std::unexpected(text.error());
    if (text->trimmed().isEmpty())
        return fail(ErrorKind::InvalidInput, QStringLiteral("%1 has no text.").arg(fileName));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const bool markdown = suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
    return ImportedText{*text, markdown ? QStringLiteral("markdown") : QStringLiteral("text"), {}};
}

} // namespace gw
