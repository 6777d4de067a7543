#include "fuzzworkspace.h"

#include "analytics/modelsettings.h"
#include "importers/importformat.h"
#include "importers/importreport.h"
#include "importers/importsink.h"
#include "store/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace goodwill::fuzz {
namespace {

constexpr std::string_view header = "--- ";
constexpr int maxDepth = 4;
constexpr std::size_t maxNameLength = 120;

[[noreturn]] void fail(const char *what, const QString &detail = {})
{
    std::fprintf(stderr, "fuzz harness: %s %s\n", what, qPrintable(detail));
    std::abort();
}

bool isNameCharacter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '_' || c == '-';
}

bool isSafeName(std::string_view name)
{
    if (name.empty() || name.size() > maxNameLength)
        return false;
    int depth = 0;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find('/', start);
        if (end == std::string_view::npos)
            end = name.size();
        const std::string_view part = name.substr(start, end - start);
        if (part.empty() || part == "." || part == ".." || ++depth > maxDepth ||
            !std::all_of(part.begin(), part.end(), isNameCharacter))
            return false;
        start = end + 1;
    }
    return true;
}

// A private folder for the inputs, in memory where the system offers one.
const QString &workFolder()
{
    static const std::unique_ptr<QTemporaryDir> folder = [] {
        const QFileInfo shm(QStringLiteral("/dev/shm"));
        auto dir =
            shm.isDir() && shm.isWritable()
                ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/goodwill-fuzz-XXXXXX"))
                : std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            fail("cannot create a temporary folder:", dir->errorString());
        return dir;
    }();
    static const QString path = folder->path();
    return path;
}

// The empty Goodwill database every input is imported into.
store::Database &database()
{
    static const std::unique_ptr<store::Database> database = [] {
        auto created = store::Database::create(QString());
        if (!created)
            fail("cannot create the database:", created.error().message);
        return std::move(created).value();
    }();
    return *database;
}

const analytics::ModelSettings &settings()
{
    static const analytics::ModelSettings defaults = analytics::ModelFile::defaults();
    return defaults;
}

bool writeFile(const QString &path, std::string_view bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes.data(), qint64(bytes.size())) == qint64(bytes.size());
}

// The input written to the work folder; the path to open.
QString writeInput(std::string_view input, const QString &singleName)
{
    const QString root = workFolder();
    const QString folder = root + QStringLiteral("/export");
    const QString single = root + QLatin1Char('/') + singleName;
    QDir(folder).removeRecursively();
    QFile::remove(single);
    const std::vector<BundleFile> files = splitBundle(input);
    if (files.empty() && !input.starts_with(header)) {
        if (!writeFile(single, input))
            fail("cannot write", single);
        return single;
    }
    QDir().mkpath(folder);
    for (const BundleFile &file : files) {
        // A name clashing with a folder of another file is dropped too.
        writeFile(folder + QLatin1Char('/') + QString::fromStdString(file.name), file.bytes);
    }
    return folder;
}

} // namespace

std::vector<BundleFile> splitBundle(std::string_view input)
{
    std::vector<BundleFile> files;
    if (!input.starts_with(header))
        return files;
    std::size_t at = 0;
    while (at < input.size()) {
        const std::size_t lineEnd = std::min(input.find('\n', at), input.size());
        std::string_view name = input.substr(at + header.size(), lineEnd - at - header.size());
        while (!name.empty() && (name.back() == '\r' || name.back() == ' '))
            name.remove_suffix(1);
        const std::size_t bodyStart = std::min(lineEnd + 1, input.size());
        const std::size_t next = input.find("\n--- ", lineEnd);
        const std::size_t bodyEnd = next == std::string_view::npos ? input.size() : next;
        if (isSafeName(name))
            files.push_back({std::string(name),
                             input.substr(bodyStart, std::max(bodyEnd, bodyStart) - bodyStart)});
        if (next == std::string_view::npos)
            break;
        at = next + 1;
    }
    return files;
}

std::string makeBundle(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        names.append(QDir(folder).relativeFilePath(it.next()));
    names.sort();
    std::string bundle;
    for (const QString &name : names) {
        QFile file(folder + QLatin1Char('/') + name);
        if (!file.open(QIODevice::ReadOnly))
            fail("cannot read", file.fileName());
        if (!bundle.empty())
            bundle.append(1, '\n'); // the line break before a header belongs to it
        bundle.append(header).append(name.toStdString()).append(1, '\n');
        bundle.append(file.readAll().toStdString());
    }
    return bundle;
}

QString importInput(std::string_view input, const QString &singleName,
                    importers::ExportReader &reader, const importers::ImportOptions &options)
{
    const QString path = writeInput(input, singleName);
    auto archive = importers::ExportArchive::open(path);
    if (!archive)
        return archive.error().message;
    // Every import of an export of unknown format starts by sniffing it.
    importers::detectFormat(**archive);

    store::SqliteConnection &connection = database().connection();
    if (auto began = connection.execute("BEGIN"); !began)
        fail("BEGIN failed:", began.error().message);
    QString message;
    {
        auto sink =
            importers::ImportSink::create(connection, settings(), QStringLiteral("2024-06-01"));
        if (!sink)
            fail("cannot create the import sink:", sink.error().message);
        const importers::ImportProgress progress = [](std::int64_t done, std::int64_t total) {
            if (done < 0 || total < 0)
                fail("negative progress");
            return true;
        };
        if (auto done = reader.read(**archive, **sink, options, progress); !done) {
            message = done.error().message;
        } else if (auto report = sink.value()->finishSource(); !report) {
            message = report.error().message;
        } else {
            report->toJson();
            report->toText();
        }
    }
    if (auto rolledBack = connection.execute("ROLLBACK"); !rolledBack)
        fail("ROLLBACK failed:", rolledBack.error().message);
    return message;
}

MemoryStream::MemoryStream(std::string_view bytes, std::size_t chunk)
    : m_bytes(bytes), m_chunk(std::max<std::size_t>(chunk, 1))
{}

Result<std::int64_t> MemoryStream::read(char *buffer, std::int64_t size)
{
    const std::size_t count =
        std::min({m_bytes.size(), m_chunk, std::size_t(std::max<std::int64_t>(size, 0))});
    if (count > 0)
        std::memcpy(buffer, m_bytes.data(), count);
    m_bytes.remove_prefix(count);
    return std::int64_t(count);
}

} // namespace goodwill::fuzz
