#include "exportarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <zip.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>

namespace goodwill::importers {
namespace {

QString zipErrorText(int code)
{
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return text;
}

// Absolute paths, drive letters and '..' would let an entry name a file outside the export.
bool isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return false;
    if (name.size() > 1 && name.at(1) == QLatin1Char(':'))
        return false;
    QString normal = name;
    normal.replace(QLatin1Char('\\'), QLatin1Char('/'));
    const QStringList parts = normal.split(QLatin1Char('/'));
    return std::none_of(parts.begin(), parts.end(),
                        [](const QString &part) { return part == QStringLiteral(".."); });
}

// A ZIP entry, or a whole ZIP, that inflates by more than this ratio and past this size
// is refused: real exports compress text about 5 to 20 times, deflate at most about 1,030
// times (a file of zeros). The whole-archive rule catches many entries each under the size.
constexpr std::int64_t bombRatio = 200;
constexpr std::int64_t bombMinimumSize = std::int64_t(64) << 20;

// Plain POSIX reads: an unpacked Slack export is tens of thousands of small files, and
// QFile's open (a stat, a buffer) cost a tenth of the reading.
class FileStream final : public ExportArchive::Stream
{
public:
    explicit FileStream(const QString &path) : m_path(path) {}
    ~FileStream() override
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool open()
    {
        m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC);
        m_errno = m_fd < 0 ? errno : 0;
        return m_fd >= 0;
    }
    QString errorString() const { return QString::fromLocal8Bit(std::strerror(m_errno)); }
    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        for (;;) {
            const ssize_t got = ::read(m_fd, buffer, size_t(size));
            if (got >= 0)
                return std::int64_t(got);
            if (errno != EINTR) {
                m_errno = errno;
                return Error{QCoreApplication::translate("ExportArchive", "'%1' cannot be read: %2")
                                 .arg(m_path, errorString())};
            }
        }
    }

private:
    QString m_path;
    int m_fd = -1;
    int m_errno = 0;
};

class ZipStream final : public ExportArchive::Stream
{
public:
    ZipStream(zip_file_t *file, QString name, std::int64_t size)
        : m_file(file), m_name(std::move(name)), m_left(size)
    {}
    ~ZipStream() override { zip_fclose(m_file); }
    Result<std::int64_t> read(char *buffer, std::int64_t size) override
    {
        // Never more than the entry declares: a forged size cannot inflate past it.
        const std::int64_t want = std::min(size, m_left);
        if (want <= 0)
            return std::int64_t(0);
        const zip_int64_t got = zip_fread(m_file, buffer, zip_uint64_t(want));
        if (got < 0)
            return Error{
                QCoreApplication::translate(
                    "ExportArchive", "%1 cannot be read (the ZIP file is damaged or truncated): %2")
                    .arg(m_name, QString::fromUtf8(zip_file_strerror(m_file)))};
        m_left -= got;
        return std::int64_t(got);
    }

private:
    zip_file_t *m_file;
    QString m_name;
    std::int64_t m_left;
};

} // namespace

Result<std::unique_ptr<ExportArchive>> ExportArchive::open(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error{QCoreApplication::translate("ExportArchive", "'%1' does not exist").arg(path)};
    std::unique_ptr<ExportArchive> archive(new ExportArchive);
    archive->m_path = info.absoluteFilePath(); // a folder's entries are relative to it
    if (info.isDir()) {
        archive->m_kind = Kind::Folder;
        if (auto listed = archive->listFolder(); !listed)
            return listed.error();
        if (archive->m_entries.empty())
            return Error{QCoreApplication::translate(
                             "ExportArchive", "'%1' is an empty folder: there is nothing to import")
                             .arg(path)};
        return archive;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("ExportArchive", "'%1' cannot be read: %2")
                         .arg(path, file.errorString())};
    const QByteArray magic = file.read(4);
    file.close();
    if (magic == QByteArrayLiteral("PK\x03\x04") || magic == QByteArrayLiteral("PK\x05\x06")) {
        archive->m_kind = Kind::Zip;
        if (auto listed = archive->listZip(); !listed)
            return listed.error();
        if (archive->m_entries.empty())
            return Error{
                QCoreApplication::translate("ExportArchive",
                                            "'%1' is an empty ZIP file: there is nothing to import")
                    .arg(path)};
        return archive;
    }
    if (info.size() == 0)
        return Error{QCoreApplication::translate("ExportArchive",
                                                 "'%1' is empty: there is nothing to import")
                         .arg(path)};
    archive->m_kind = Kind::File;
    archive->m_entries.push_back({info.fileName(), info.size(), 0});
    return archive;
}

ExportArchive::~ExportArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

Result<void> ExportArchive::listFolder()
{
    const QDir root(m_path);
    QDirIterator it(m_path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    // The iterator's paths start with its own: cut it off rather than ask relativeFilePath,
    // which cleans both paths apiece (a third of listing a 73,000-file Slack export).
    QString base = it.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name =
            file.startsWith(base) ? file.mid(base.size()) : root.relativeFilePath(file);
        m_entries.push_back({name, it.fileInfo().size(), 0});
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return {};
}

Result<void> ExportArchive::listZip()
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!m_zip)
        return Error{
            QCoreApplication::translate(
                "ExportArchive", "'%1' is not a readable ZIP file (truncated or damaged): %2")
                .arg(m_path, zipErrorText(code))};
    // The whole archive may inflate by the same ratio (many entries each under the size).
    const std::int64_t archiveSize = std::max<std::int64_t>(QFileInfo(m_path).size(), 1);
    const std::int64_t inflateLimit = std::max(bombMinimumSize, bombRatio * archiveSize);
    std::int64_t total = 0;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_zip, zip_uint64_t(i), 0, &stat) != 0)
            return Error{
                QCoreApplication::translate(
                    "ExportArchive", "'%1' is not a readable ZIP file: entry %2 cannot be read")
                    .arg(m_path)
                    .arg(i + 1)};
        const QString name = QString::fromUtf8(stat.name);
        if (!isSafeEntryName(name))
            return Error{QCoreApplication::translate(
                             "ExportArchive",
                             "'%1' holds an entry with an unsafe path ('%2'); nothing was "
                             "imported")
                             .arg(m_path, name)};
        if (name.endsWith(QLatin1Char('/')))
            continue;
        // Sizes are what the ZIP claims, unchecked until read: a packed size can be no
        // larger than the archive, and claims are compared before they are added up.
        const auto packed = std::int64_t(std::min<zip_uint64_t>(stat.comp_size, archiveSize));
        if (stat.size > zip_uint64_t(inflateLimit) ||
            (std::int64_t(stat.size) > bombMinimumSize &&
             std::int64_t(stat.size) > bombRatio * std::max<std::int64_t>(packed, 1)))
            return Error{QCoreApplication::translate(
                             "ExportArchive",
                             "'%1': entry '%2' would inflate %3 bytes from %4 (a ZIP bomb?); "
                             "nothing was imported")
                             .arg(m_path, name)
                             .arg(stat.size)
                             .arg(packed)};
        const auto size = std::int64_t(stat.size);
        total += size;
        if (total > inflateLimit)
            return Error{QCoreApplication::translate(
                             "ExportArchive",
                             "'%1' would inflate to more than %2 bytes from %3 (a ZIP bomb?); "
                             "nothing was imported")
                             .arg(m_path)
                             .arg(inflateLimit)
                             .arg(archiveSize)};
        m_entries.push_back({name, size, i});
    }
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.name < b.name; });
    return {};
}

int ExportArchive::find(const QString &name) const
{
    for (size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].name == name)
            return int(i);
    }
    return -1;
}

int ExportArchive::findEnding(const QString &suffix) const
{
    int best = -1;
    for (size_t i = 0; i < m_entries.size(); ++i) {
        const QString &name = m_entries[i].name;
        const bool matches = name.compare(suffix, Qt::CaseInsensitive) == 0 ||
                             (name.endsWith(suffix, Qt::CaseInsensitive) &&
                              name.at(name.size() - suffix.size() - 1) == QLatin1Char('/'));
        if (matches && (best < 0 || name.size() < m_entries[size_t(best)].name.size()))
            best = int(i);
    }
    return best;
}

std::int64_t ExportArchive::totalSize() const
{
    std::int64_t total = 0;
    for (const Entry &entry : m_entries)
        total += entry.size;
    return total;
}

QString ExportArchive::displayName(int entry) const
{
    const QString file = QFileInfo(m_path).fileName();
    if (m_kind == Kind::File || entry < 0)
        return file;
    return file + QStringLiteral(": ") + m_entries[size_t(entry)].name;
}

Result<void> ExportArchive::read(int entry, std::string &into, std::size_t padding,
                                 std::int64_t limit) const
{
    const Entry &item = m_entries[size_t(entry)];
    if (item.size > limit)
        return Error{QCoreApplication::translate("ExportArchive",
                                                 "%1 is too large to read (%2 bytes; at most %3)")
                         .arg(displayName(entry))
                         .arg(item.size)
                         .arg(limit)};
    auto stream = this->stream(entry);
    if (!stream)
        return stream.error();
    into.resize(size_t(item.size) + padding);
    std::int64_t done = 0;
    while (done < item.size) {
        auto got = stream.value()->read(into.data() + done, item.size - done);
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        done += *got;
    }
    if (done != item.size)
        return Error{QCoreApplication::translate("ExportArchive",
                                                 "%1 ended after %2 of %3 bytes (truncated?)")
                         .arg(displayName(entry))
                         .arg(done)
                         .arg(item.size)};
    std::fill(into.begin() + std::ptrdiff_t(item.size), into.end(), '\0');
    return {};
}

Result<std::unique_ptr<ExportArchive::Stream>> ExportArchive::stream(int entry) const
{
    const Entry &item = m_entries[size_t(entry)];
    if (m_kind == Kind::Zip) {
        zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(item.index), 0);
        if (!file)
            return Error{QCoreApplication::translate(
                             "ExportArchive",
                             "%1 cannot be opened (the ZIP file is damaged or truncated): %2")
                             .arg(displayName(entry), QString::fromUtf8(zip_strerror(m_zip)))};
        return std::unique_ptr<Stream>(new ZipStream(file, displayName(entry), item.size));
    }
    const QString path = m_kind == Kind::File ? m_path : QDir(m_path).filePath(item.name);
    auto file = std::make_unique<FileStream>(path);
    if (!file->open())
        return Error{QCoreApplication::translate("ExportArchive", "'%1' cannot be read: %2")
                         .arg(path, file->errorString())};
    return std::unique_ptr<Stream>(std::move(file));
}

} // namespace goodwill::importers
