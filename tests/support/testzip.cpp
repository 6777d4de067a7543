#include "testzip.h"

#include <QDirIterator>
#include <QFile>

#include <zip.h>

#include <cstdlib>
#include <cstring>

namespace goodwill::test {

bool zipEntries(const QString &zipPath, const std::vector<std::pair<QString, QByteArray>> &entries)
{
    int error = 0;
    zip_t *archive =
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        return false;
    for (const auto &[name, bytes] : entries) {
        // libzip frees the copy when the archive is written.
        void *copy = std::malloc(size_t(bytes.size()) + 1);
        std::memcpy(copy, bytes.constData(), size_t(bytes.size()));
        zip_source_t *source = zip_source_buffer(archive, copy, zip_uint64_t(bytes.size()), 1);
        if (!source ||
            zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            zip_discard(archive);
            return false;
        }
    }
    return zip_close(archive) == 0;
}

bool zipFolder(const QString &folder, const QString &zipPath, const QString &prefix)
{
    std::vector<std::pair<QString, QByteArray>> entries;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        entries.emplace_back(prefix + QDir(folder).relativeFilePath(path), file.readAll());
    }
    return zipEntries(zipPath, entries);
}

} // namespace goodwill::test
