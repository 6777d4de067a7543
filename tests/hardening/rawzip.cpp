#include "rawzip.h"

#include <QFile>

#include <zlib.h>

namespace goodwill::test {
namespace {

void put16(QByteArray &out, std::uint32_t value)
{
    out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
}

void put32(QByteArray &out, std::uint32_t value)
{
    put16(out, value & 0xffff);
    put16(out, value >> 16);
}

void put64(QByteArray &out, std::uint64_t value)
{
    put32(out, std::uint32_t(value & 0xffffffffu));
    put32(out, std::uint32_t(value >> 32));
}

constexpr std::uint64_t zip32Limit = 0xffffffffu;

} // namespace

bool writeRawZip(const QString &path, const std::vector<RawZipEntry> &entries)
{
    QByteArray central;
    std::uint64_t offset = 0;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const RawZipEntry &entry : entries) {
        const std::uint64_t packed =
            entry.packedSize ? entry.packedSize : std::uint64_t(entry.data.size());
        const bool zip64 = entry.size >= zip32Limit || packed >= zip32Limit;
        QByteArray extra;
        if (zip64) {
            put16(extra, 0x0001);
            put16(extra, 16);
            put64(extra, entry.size);
            put64(extra, packed);
        }
        const auto header = [&](QByteArray &out, bool local) {
            put32(out, local ? 0x04034b50 : 0x02014b50);
            if (!local)
                put16(out, zip64 ? 45 : 20); // version made by
            put16(out, zip64 ? 45 : 20);     // version needed
            put16(out, 0);                   // flags
            put16(out, std::uint32_t(entry.method));
            put16(out, 0);    // time
            put16(out, 0x21); // date: 1980-01-01
            put32(out, entry.crc);
            put32(out, std::uint32_t(zip64 ? zip32Limit : packed));
            put32(out, std::uint32_t(zip64 ? zip32Limit : entry.size));
            put16(out, std::uint32_t(entry.name.size()));
            put16(out, std::uint32_t(extra.size()));
            if (!local) {
                put16(out, 0); // comment
                put16(out, 0); // disk
                put16(out, 0); // internal attributes
                put32(out, 0); // external attributes
                put32(out, std::uint32_t(offset));
            }
            out.append(entry.name).append(extra);
        };
        QByteArray local;
        header(local, true);
        header(central, false);
        if (file.write(local) != local.size() || file.write(entry.data) != entry.data.size())
            return false;
        offset += std::uint64_t(local.size() + entry.data.size());
    }
    QByteArray end;
    put32(end, 0x06054b50);
    put16(end, 0);
    put16(end, 0);
    put16(end, std::uint32_t(entries.size()));
    put16(end, std::uint32_t(entries.size()));
    put32(end, std::uint32_t(central.size()));
    put32(end, std::uint32_t(offset));
    put16(end, 0);
    return file.write(central) == central.size() && file.write(end) == end.size() && file.flush();
}

RawZipEntry deflatedZeros(const QByteArray &name, std::uint64_t bytes)
{
    RawZipEntry entry;
    entry.name = name;
    entry.method = 8;
    entry.size = bytes;
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    const QByteArray zeros(1 << 20, '\0');
    QByteArray out(1 << 16, Qt::Uninitialized);
    uLong crc = crc32(0, nullptr, 0);
    std::uint64_t left = bytes;
    do {
        const auto chunk = uInt(std::min<std::uint64_t>(left, std::uint64_t(zeros.size())));
        left -= chunk;
        crc = crc32(crc, reinterpret_cast<const Bytef *>(zeros.constData()), chunk);
        stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(zeros.constData()));
        stream.avail_in = chunk;
        const int flush = left == 0 ? Z_FINISH : Z_NO_FLUSH;
        do {
            stream.next_out = reinterpret_cast<Bytef *>(out.data());
            stream.avail_out = uInt(out.size());
            deflate(&stream, flush);
            entry.data.append(out.constData(), out.size() - qsizetype(stream.avail_out));
        } while (stream.avail_out == 0);
    } while (left > 0);
    deflateEnd(&stream);
    entry.crc = std::uint32_t(crc);
    return entry;
}

} // namespace goodwill::test
