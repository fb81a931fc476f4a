// Fuzz target: a whole .qdpx archive (zip, entries, project XML, source texts)
// planned for import. The archive is read from a file, as the importer does.
// Any input must end in a plan or an error, never a crash, a hang or a read
// out of bounds; see tests/fuzz/README.md.
#include "core/refi/import_plan.h"

#include <QByteArray>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.qdpx"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    (void)gw::refi::planImport(path);
    return 0;
}
