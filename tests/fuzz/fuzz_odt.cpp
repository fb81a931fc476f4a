// Fuzz target: An OpenDocument text: the zip and its content.xml.
// Any input must end in a value or an error, never a crash, a hang or a read
// out of bounds; see tests/fuzz/README.md.
#include "core/import/odt_importer.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)gw::OdtImporter().read(bytes, QStringLiteral("fuzz.odt"));
    return 0;
}
