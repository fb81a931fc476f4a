// Fuzz target: REFI-QDA project or codebook XML (.qde, .qdc).
// Any input must end in a value or an error, never a crash, a hang or a read
// out of bounds; see tests/fuzz/README.md.
#include "core/refi/qde_reader.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)gw::refi::readQde(bytes, QStringLiteral("fuzz.qde"));
    return 0;
}
