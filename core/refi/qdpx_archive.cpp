#include "core/refi/qdpx_archive.h"

#include "core/import/zip_part.h"

#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace gw::refi {

namespace {

constexpr quint32 kEndOfDirectory = 0x06054b50;
constexpr quint32 kDirectoryEntry = 0x02014b50;
constexpr qint64 kMaxDirectoryBytes = 64 * 1024 * 1024;

quint16 u16(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint16>(b.constData() + at); }
quint32 u32(const QByteArray &b, qsizetype at) { return qFromLittleEndian<quint32>(b.constData() + at); }

QString megabytes(qint64 bytes) { return QString::number(bytes / (1024 * 1024)); }

// Leading byte-order marks and white space before the XML declaration.
QByteArray withoutBom(QByteArray head)
{
    while (head.startsWith("\xEF\xBB\xBF"))
        head.remove(0, 3);
    return head.trimmed();
}

bool looksLikeXml(const QByteArray &head)
{
    return withoutBom(head).startsWith('<');
}

// A web page (a download page saved by the browser instead of the file):
// "<!DOCTYPE html", "<html", possibly after an XML declaration or a comment.
bool looksLikeHtml(const QByteArray &head)
{
    const QByteArray h = withoutBom(head).left(512).toLower();
    return h.startsWith("<!doctype html") || h.startsWith("<html") || h.contains("<html");
}

void collectEntries(const KArchiveDirectory *dir, const QString &prefix, QHash<QString, QString> &into)
{
    for (const QString &name : dir->entries()) {
        const KArchiveEntry *entry = dir->entry(name);
        const QString path = prefix.isEmpty() ? name : prefix + u'/' + name;
        if (entry->isDirectory())
            collectEntries(static_cast<const KArchiveDirectory *>(entry), path, into);
        else
            into.insert(path.toLower(), path);
    }
}

} // namespace

bool isUnsafeEntryName(const QString &name)
{
    if (name.startsWith(u'/') || name.startsWith(u'\\'))
        return true;
    if (name.size() >= 2 && name[1] == u':' && name[0].isLetter())
        return true;
    const QStringList parts = QString(name).replace(u'\\', u'/').split(u'/');
    return parts.contains(QStringLiteral(".."));
}

Result<QStringList> zipEntryNames(QIODevice &device)
{
    const auto notZip = [] { return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::qdpx_archive", "not a zip archive")); };
    const qint64 size = device.size();
    if (size < 22)
        return notZip();
    const qint64 tailStart = std::max<qint64>(0, size - (22 + 65535));
    if (!device.seek(tailStart))
        return notZip();
    const QByteArray tail = device.read(size - tailStart);
    qsizetype at = -1;
    for (qsizetype i = tail.size() - 22; i >= 0; --i)
        if (u32(tail, i) == kEndOfDirectory) {
            at = i;
            break;
        }
    if (at < 0)
        return notZip();
    const quint16 count = u16(tail, at + 10);
    const quint32 dirSize = u32(tail, at + 12);
    const quint32 dirOffset = u32(tail, at + 16);
    if (dirSize > kMaxDirectoryBytes || qint64(dirOffset) + dirSize > size || !device.seek(dirOffset))
        return notZip();
    const QByteArray dir = device.read(dirSize);
    QStringList names;
    qsizetype p = 0;
    for (int i = 0; i < count && p + 46 <= dir.size(); ++i) {
        if (u32(dir, p) != kDirectoryEntry)
            break;
        const quint16 nameLength = u16(dir, p + 28), extra = u16(dir, p + 30), comment = u16(dir, p + 32);
        if (p + 46 + nameLength > dir.size())
            break;
        names.append(QString::fromUtf8(dir.mid(p + 46, nameLength)));
        p += 46 + nameLength + extra + comment;
    }
    device.seek(0);
    return names;
}

QdpxArchive::~QdpxArchive() = default;

void QdpxArchive::warnOnce(const QString &key, const QString &message)
{
    if (m_warned.contains(key))
        return;
    m_warned.append(key);
    m_warnings.append(message);
}

Result<std::unique_ptr<QdpxArchive>> QdpxArchive::open(const QString &path, ReadLimits limits)
{
    std::unique_ptr<QdpxArchive> a(new QdpxArchive);
    a->m_limits = limits;
    a->m_path = path;
    a->m_fileName = QFileInfo(path).fileName();
    const QString &name = a->m_fileName;
    a->m_device = std::make_unique<QFile>(path);
    if (!QFileInfo(path).isFile())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::qdpx_archive", "%1 does not exist.").arg(path));
    if (!a->m_device->open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, QCoreApplication::translate("gw::qdpx_archive", "Cannot read %1: %2").arg(path, a->m_device->errorString()));
    const QByteArray head = a->m_device->peek(512);
    if (!head.startsWith("PK\x03\x04") && !head.startsWith("PK\x05\x06")) {
        if (looksLikeHtml(head))
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::qdpx_archive", "%1 is a web page (HTML), not a REFI-QDA file: it may be the page a browser "
                                       "saved instead of the file it links to. Download the file itself again.")
                            .arg(name));
        if (!looksLikeXml(head)) {
            const bool packaged = name.endsWith(QStringLiteral(".qdpx"), Qt::CaseInsensitive);
            return fail(ErrorKind::InvalidInput,
                        packaged ? QCoreApplication::translate("gw::qdpx_archive", "%1 is not a REFI-QDA project: a .qdpx file is a zip archive, "
                                                  "and this file is not one (it may be damaged or truncated).")
                                       .arg(name)
                                 : QCoreApplication::translate("gw::qdpx_archive", "%1 is not a REFI-QDA file: it is neither a .qdpx archive "
                                                  "nor .qde/.qdc XML.")
                                       .arg(name));
        }
        if (a->m_device->size() > limits.maxEntryBytes)
            return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::qdpx_archive", "%1 is larger than %2 MB, more than Groundwork reads.")
                                                     .arg(name, megabytes(limits.maxEntryBytes)));
        a->m_xml = a->m_device->readAll();
        if (name.endsWith(QStringLiteral(".qdpx"), Qt::CaseInsensitive))
            a->m_warnings.append(QStringLiteral("%1 is bare XML, not a zip archive; read as a .qde file.").arg(name));
        return a;
    }

    auto names = zipEntryNames(*a->m_device);
    if (!names)
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::qdpx_archive", "%1 is damaged: its zip directory cannot be read.").arg(name));
    for (const QString &entry : *names)
        if (isUnsafeEntryName(entry))
            return fail(ErrorKind::InvalidInput,
                        QCoreApplication::translate("gw::qdpx_archive", "%1 was refused: it holds an entry with an unsafe path (\"%2\") that points "
                                       "outside the archive. A REFI-QDA project never needs one.")
                            .arg(name, entry));
    a->m_zip = std::make_unique<KZip>(a->m_device.get());
    if (!a->m_zip->open(QIODevice::ReadOnly))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::qdpx_archive", "%1 is damaged: it is not a readable zip archive.").arg(name));
    collectEntries(a->m_zip->directory(), QString(), a->m_entries);

    // The project XML: project.qde by the spec, any top-level .qde in practice.
    QString qde;
    QStringList topLevel;
    for (const QString &stored : std::as_const(a->m_entries))
        if (!stored.contains(u'/') && stored.endsWith(QStringLiteral(".qde"), Qt::CaseInsensitive))
            topLevel.append(stored);
    topLevel.sort();
    if (topLevel.contains(QStringLiteral("project.qde")))
        qde = QStringLiteral("project.qde");
    else if (!topLevel.isEmpty()) {
        qde = topLevel.front();
        a->m_warnings.append(
            QStringLiteral("The project file inside %1 is named %2, not project.qde.").arg(name, qde));
    } else
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("gw::qdpx_archive", "%1 is not a REFI-QDA project: the archive holds no project.qde.").arg(name));
    if (topLevel.size() > 1)
        a->m_warnings.append(QStringLiteral("%1 holds %2 .qde files; %3 was read.")
                                 .arg(name)
                                 .arg(topLevel.size())
                                 .arg(qde));
    auto xml = a->readEntry(qde, limits.maxEntryBytes);
    if (!xml)
        return std::unexpected(xml.error());
    a->m_xml = *xml;
    return a;
}

Result<QByteArray> QdpxArchive::readEntry(const QString &entry, qint64 limit)
{
    const KArchiveEntry *e = m_zip->directory()->entry(entry);
    if (!e || !e->isFile())
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::qdpx_archive", "%1 has no %2.").arg(m_fileName, entry));
    const qint64 left = m_limits.maxTotalBytes - m_totalRead;
    auto data = readArchiveFile(*static_cast<const KArchiveFile *>(e), std::min(limit, left), m_fileName, entry);
    if (data)
        m_totalRead += data->size();
    return data;
}

Result<QByteArray> QdpxArchive::entry(const QString &path)
{
    if (!m_zip || !m_entries.contains(path.toLower()))
        return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::qdpx_archive", "%1 has no %2.").arg(m_fileName, path));
    return readEntry(m_entries.value(path.toLower()), m_limits.maxEntryBytes);
}

Result<QByteArray> QdpxArchive::file(const QString &path)
{
    QString p = path.trimmed();
    if (p.startsWith(QStringLiteral("internal://"), Qt::CaseInsensitive))
        p = p.mid(11);
    else if (p.contains(QStringLiteral("://")))
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::qdpx_archive", "\"%1\" points outside the archive; Groundwork reads only files inside it.").arg(path));
    else
        warnOnce(QStringLiteral("bare"), QCoreApplication::translate("gw::qdpx_archive", "Source paths without \"internal://\" (e.g. \"%1\") were read "
                                                        "from the archive's sources folder.")
                                             .arg(path));
    if (!m_zip)
        return fail(ErrorKind::NotFound,
                    QCoreApplication::translate("gw::qdpx_archive", "%1 is a bare XML file without its source files (\"%2\" is not there).")
                        .arg(m_fileName, path));
    while (p.startsWith(u'/'))
        p.remove(0, 1);
    if (isUnsafeEntryName(p))
        return fail(ErrorKind::InvalidInput, QCoreApplication::translate("gw::qdpx_archive", "\"%1\" points outside the archive.").arg(path));
    for (const QString &folder : {QStringLiteral("sources/"), QString()}) {
        const auto it = m_entries.constFind((folder + p).toLower());
        if (it == m_entries.constEnd())
            continue;
        if (!it->startsWith(QStringLiteral("sources/")) && it->startsWith(QStringLiteral("Sources/"), Qt::CaseInsensitive))
            warnOnce(QStringLiteral("folder"),
                     QCoreApplication::translate("gw::qdpx_archive", "Source files are in \"%1/\" rather than \"sources/\".").arg(it->section(u'/', 0, 0)));
        return readEntry(*it, std::min(m_limits.maxEntryBytes, m_limits.maxSourceBytes));
    }
    return fail(ErrorKind::NotFound, QCoreApplication::translate("gw::qdpx_archive", "%1 has no file \"%2\".").arg(m_fileName, path));
}

} // namespace gw::refi
