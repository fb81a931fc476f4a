// Fuzz target: Text in any encoding, and the speaker turns found in it.
// Any input must end in a value or an error, never a crash, a hang or a read
// out of bounds; see tests/fuzz/README.md.
#include "core/import/plain_text_importer.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)gw::PlainTextImporter().read(bytes, QStringLiteral("fuzz.txt"));
    return 0;
}
