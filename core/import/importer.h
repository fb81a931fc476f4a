#pragma once
// One interface for every import format: an importer takes a file's bytes and
// name and returns its text (and transcript turns, where the format has them),
// or an Error that names the file and the reason. Adding a format is one new
// file and one line in importers().

#include "core/error.h"
#include "core/model/types.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace gw {

struct ImportedText
{
    QString text;   // decoded; Project::addSource normalises it
    QString format; // e.g. "text", "markdown"
    QList<Turn> turns;
    QString metadata; // JSON object text, see NewSource::metadata
    bool normalised = false; // see NewSource::normalised
};

class Importer
{
public:
    virtual ~Importer() = default;
    // Lower-case file suffixes this importer reads, without the dot.
    [[nodiscard]] virtual QStringList suffixes() const = 0;
    [[nodiscard]] virtual Result<ImportedText> read(const QByteArray &bytes, const QString &fileName) const = 0;
};

// Every registered importer.
[[nodiscard]] const std::vector<std::unique_ptr<Importer>> &importers();
// The importer for FILENAME's suffix, or nullptr.
[[nodiscard]] const Importer *importerFor(const QString &fileName);

// Largest file an import reads, in bytes.
inline constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

} // namespace gw
