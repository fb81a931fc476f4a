#pragma once
// Test support: writes a zip with entries stored as given, names and all, so
// tests can build archives no well-behaved zip library would (entries named
// "../x" or "/etc/x", a header that lies about its size). Stored, no
// compression; CRC-32 computed here.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>
#include <utility>

namespace gw::test {

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char ch : data) {
        crc ^= quint8(ch);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct RawEntry
{
    QByteArray name;
    QByteArray data;
    qint64 declaredSize = -1; // what the headers claim; -1: the real size
};

inline QByteArray rawZip(const QList<RawEntry> &entries)
{
    const auto u16 = [](QByteArray &b, quint16 v) { char c[2]; qToLittleEndian(v, c); b.append(c, 2); };
    const auto u32 = [](QByteArray &b, quint32 v) { char c[4]; qToLittleEndian(v, c); b.append(c, 4); };
    QByteArray out, dir;
    for (const RawEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 size = quint32(e.declaredSize < 0 ? e.data.size() : e.declaredSize);
        const quint32 crc = crc32(e.data);
        u32(out, 0x04034b50); u16(out, 20); u16(out, 0); u16(out, 0); u16(out, 0); u16(out, 0);
        u32(out, crc); u32(out, size); u32(out, size);
        u16(out, quint16(e.name.size())); u16(out, 0);
        out.append(e.name);
        out.append(e.data);
        u32(dir, 0x02014b50); u16(dir, 20); u16(dir, 20); u16(dir, 0); u16(dir, 0); u16(dir, 0); u16(dir, 0);
        u32(dir, crc); u32(dir, size); u32(dir, size);
        u16(dir, quint16(e.name.size())); u16(dir, 0); u16(dir, 0); u16(dir, 0); u16(dir, 0); u32(dir, 0);
        u32(dir, offset);
        dir.append(e.name);
    }
    const quint32 dirOffset = quint32(out.size());
    out.append(dir);
    u32(out, 0x06054b50); u16(out, 0); u16(out, 0);
    u16(out, quint16(entries.size())); u16(out, quint16(entries.size()));
    u32(out, quint32(dir.size())); u32(out, dirOffset); u16(out, 0);
    return out;
}

} // namespace gw::test
