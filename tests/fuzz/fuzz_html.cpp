// Fuzz target: An HTML page, text only.
// Any input must end in a value or an error, never a crash, a hang or a read
// out of bounds; see tests/fuzz/README.md.
#include "core/import/html_importer.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)gw::HtmlImporter().read(bytes, QStringLiteral("fuzz.html"));
    return 0;
}
