#pragma once
// Reading a REFI-QDA file from untrusted bytes: a .qdpx (a zip holding one
// .qde and its source files) or a bare .qde/.qdc XML file. Zip entries whose
// names climb out of the archive ("..", absolute paths) make the whole file
// refused; every entry is read against a size cap, counted again while
// inflating in case its header lies. Producers disagree on the layout
// (Sources/ or sources/, "internal://" or bare paths, the .qde's name), so the
// archive finds things leniently and lists each deviation as a warning.

#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

class KZip;
class QFile;
class QIODevice;

namespace gw::refi {

// What a .qdpx may unpack to. The project XML of a study of 600 interviews
// is tens of MB; a source's text is held to the import limit of any other file.
struct ReadLimits
{
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
    qint64 maxSourceBytes = qint64(64) * 1024 * 1024; // kMaxImportBytes
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;
};

class QdpxArchive
{
public:
    ~QdpxArchive();
    QdpxArchive(const QdpxArchive &) = delete;
    QdpxArchive &operator=(const QdpxArchive &) = delete;

    // Opens PATH (a .qdpx, .qde or .qdc) and reads its XML.
    [[nodiscard]] static Result<std::unique_ptr<QdpxArchive>> open(const QString &path,
                                                                   ReadLimits limits = {});

    [[nodiscard]] const QByteArray &xml() const { return m_xml; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] bool isZip() const { return m_zip != nullptr; }
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }

    // The bytes of the file a source or note points to with PATH
    // ("internal://x.txt", "x.txt", "relative://..."). Error when it is
    // missing, outside the archive or too large.
    [[nodiscard]] Result<QByteArray> file(const QString &path);
    // The entry stored exactly at PATH in the archive (e.g. Groundwork's
    // extension), or an error when there is none.
    [[nodiscard]] Result<QByteArray> entry(const QString &path);

private:
    QdpxArchive() = default;
    [[nodiscard]] Result<QByteArray> readEntry(const QString &entry, qint64 limit);
    void warnOnce(const QString &key, const QString &message);

    ReadLimits m_limits;
    QString m_path;
    QString m_fileName;
    QByteArray m_xml;
    QStringList m_warnings;
    QStringList m_warned;
    std::unique_ptr<QFile> m_device;
    std::unique_ptr<KZip> m_zip;
    QHash<QString, QString> m_entries; // lower-case path -> path as stored
    qint64 m_totalRead = 0;
};

// Names of the entries in the central directory of the zip on DEVICE, as
// stored (not cleaned up by a zip library), or an error when it is no zip.
// Used to find entries that try to escape the archive.
[[nodiscard]] Result<QStringList> zipEntryNames(QIODevice &device);

// True when NAME is absolute or climbs with "..": no archive of ours needs one.
[[nodiscard]] bool isUnsafeEntryName(const QString &name);

} // namespace gw::refi
