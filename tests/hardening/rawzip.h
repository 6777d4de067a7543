#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

// ZIP files written byte by byte, for archives no well-behaved tool writes: entries whose
// headers claim sizes their data does not have, many entries sharing one deflate stream.
namespace goodwill::test {

struct RawZipEntry
{
    QByteArray name;
    QByteArray data;              // as stored: raw deflate (method 8) or plain (method 0)
    int method = 8;               // 0 stored, 8 deflated
    std::uint32_t crc = 0;        // of the uncompressed data
    std::uint64_t size = 0;       // uncompressed size, as the headers claim it
    std::uint64_t packedSize = 0; // 0: data.size()
};

// Local headers, data, central directory and end record (ZIP64 fields where a size needs
// them); local and central headers agree. False when the file cannot be written.
bool writeRawZip(const QString &path, const std::vector<RawZipEntry> &entries);

// `bytes` zero bytes, deflated raw at the best compression, streamed (never held whole),
// with their CRC-32: an entry that inflates to `bytes`.
RawZipEntry deflatedZeros(const QByteArray &name, std::uint64_t bytes);

} // namespace goodwill::test
