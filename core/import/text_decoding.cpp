#include "core/import/text_decoding.h"

#include <QStringDecoder>

namespace gw {

Result<QString> decodeText(const QByteArray &bytes, const QString &fileName)
{
    auto encoding = QStringConverter::encodingForData(bytes);
    const bool hasBom = encoding.has_value();
    if (!hasBom) {
        // Text files do not contain NUL bytes (UTF-16 without a BOM is not supported yet).
        if (bytes.first(std::min<qsizetype>(bytes.size(), 8192)).contains('\0'))
            return fail(ErrorKind::InvalidInput,
                        QStringLiteral("%1 is not a text file (it contains binary data).").arg(fileName));
        encoding = QStringConverter::Utf8;
    }
    QStringDecoder decoder(*encoding, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return fail(ErrorKind::InvalidInput,
                    QStringLiteral("%1 is not valid %2 text; save it as UTF-8 and import it again.")
                        .arg(fileName, QString::fromLatin1(QStringConverter::nameForEncoding(*encoding))));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace gw
