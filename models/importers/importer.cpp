#include "importer.h"

#include "analytics/modelsettings.h"
#include "exportarchive.h"
#include "importsink.h"
#include "store/bulkfile.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>

namespace goodwill::importers {
namespace {

struct Source
{
    QString path;
    ImportFormat format = ImportFormat::Auto;
    std::unique_ptr<ExportArchive> archive;
    std::unique_ptr<ExportReader> reader;
};

Result<Source> openSource(const QString &path, ImportFormat requested)
{
    auto archive = ExportArchive::open(path);
    if (!archive)
        return archive.error();
    Source source{path, requested, std::move(archive).value(), nullptr};
    if (source.format == ImportFormat::Auto)
        source.format = detectFormat(*source.archive);
    if (source.format == ImportFormat::Auto)
        return Error{
            QCoreApplication::translate(
                "Importer",
                "'%1': the format was not recognised (Slack, Viva Engage, Mattermost, "
                "Teams, Goodwill CSV or JSONL, roster CSV); choose the format (--format on the "
                "command line)")
                .arg(path)};
    return source;
}

// Which export a run came from: SHA-256 over its file names and sizes, so importing the
// same export twice shows the same fingerprint without reading every byte twice.
QByteArray fingerprint(const ExportArchive &archive)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const ExportArchive::Entry &entry : archive.entries()) {
        hash.addData(entry.name.toUtf8());
        hash.addData(QByteArray::number(qint64(entry.size)).prepend('\0').append('\0'));
    }
    return hash.result().toHex();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// The store an import writes to: a new file written privately, an existing one inside a
// transaction, or (for a preview of a new file) a private file that is thrown away.
class Target
{
public:
    static Result<Target> open(const QString &path, bool preview)
    {
        Target target;
        if (!QFileInfo::exists(path)) {
            // A preview of a new file is written to a private file in a temporary folder
            // and thrown away: memory stays bounded however large the export.
            if (preview)
                target.m_scratch = std::make_unique<QTemporaryDir>();
            const QString file =
                preview ? target.m_scratch->filePath(QStringLiteral("preview")) : path;
            if (preview && !target.m_scratch->isValid())
                return Error{QCoreApplication::translate("Importer",
                                                         "no temporary folder for the preview: %1")
                                 .arg(target.m_scratch->errorString())};
            auto bulk = store::BulkFile::begin(file, store::BulkFile::Indexes::WhileWriting);
            if (!bulk)
                return bulk.error();
            target.m_file = std::move(bulk).value();
            return target;
        }
        auto database = store::Database::open(path, store::Database::Access::ReadWrite);
        if (!database)
            return database.error();
        if (database.value()->isReadOnly() || !database.value()->isGoodwillFile())
            return Error{QCoreApplication::translate(
                             "Importer",
                             "'%1' was not created by Goodwill and is only read, never changed; "
                             "import into a new file instead")
                             .arg(path)};
        target.m_database = std::move(database).value();
        // As for a new file (store::BulkFile): the writer's values cannot fail the CHECKs,
        // and checking them costs a temporary table per row.
        if (auto off =
                target.m_database->connection().execute("PRAGMA ignore_check_constraints = ON");
            !off)
            return off.error();
        // The import is one transaction: with SQLite's default 2 MB page cache its changed
        // pages spill into the WAL again and again (a 70,000-activity import wrote 450 MB
        // for an 11 MB file). 64 MiB keeps most of them in memory until the commit.
        if (auto cache = target.m_database->connection().execute("PRAGMA cache_size = -65536");
            !cache)
            return cache.error();
        if (auto temp = target.m_database->connection().execute("PRAGMA temp_store = MEMORY");
            !temp)
            return temp.error();
        if (auto began = target.m_database->connection().execute("BEGIN IMMEDIATE"); !began)
            return began.error();
        return target;
    }

    store::SqliteConnection &connection()
    {
        return m_file ? m_file->connection() : m_database->connection();
    }
    Result<void> commit()
    {
        if (m_file)
            return m_file->commit();
        return m_database->connection().execute("COMMIT");
    }
    ~Target()
    {
        if (m_database && m_database->connection().isOpen())
            m_database->connection().execute("ROLLBACK");
    }
    Target() = default;
    Target(Target &&) = default;
    Target &operator=(Target &&) = default;

private:
    std::unique_ptr<QTemporaryDir> m_scratch; // declared first: removed after the file
    std::unique_ptr<store::BulkFile> m_file;
    std::unique_ptr<store::Database> m_database;
};

Result<ImportResult> execute(const ImportRequest &request, const Importer::Progress &progress,
                             bool preview)
{
    if (request.sources.isEmpty() && request.roster.isEmpty())
        return Error{QCoreApplication::translate("Importer",
                                                 "nothing to import: name an export or a roster")};
    if (request.target.isEmpty())
        return Error{
            QCoreApplication::translate("Importer", "no target database: name one with --into")};

    std::vector<Source> sources;
    for (const QString &path : request.sources) {
        auto source = openSource(path, request.format);
        if (!source)
            return source.error();
        sources.push_back(std::move(source).value());
    }
    if (!request.roster.isEmpty()) {
        auto roster = openSource(request.roster, ImportFormat::Roster);
        if (!roster)
            return roster.error();
        sources.push_back(std::move(roster).value());
    }
    std::int64_t totalBytes = 0;
    for (Source &source : sources) {
        source.reader = makeReader(source.format);
        if (!source.reader)
            return Error{QCoreApplication::translate("Importer", "'%1': %2 cannot be imported yet")
                             .arg(source.path, formatTitle(source.format))};
        totalBytes += std::max<std::int64_t>(source.archive->totalSize(), 1);
    }

    auto target = Target::open(request.target, preview);
    if (!target)
        return target.error();
    const QString today = request.today.isEmpty()
                              ? QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)
                              : request.today;
    auto sink = ImportSink::create(target->connection(), analytics::ModelFile::defaults(), today);
    if (!sink)
        return sink.error();

    auto writer = store::StoreWriter::create(target->connection()); // for the run log
    if (!writer)
        return writer.error();
    ImportResult result;
    std::int64_t doneBefore = 0;
    for (const Source &source : sources) {
        const QString started = nowIso();
        const std::int64_t size = std::max<std::int64_t>(source.archive->totalSize(), 1);
        const ImportProgress readerProgress = [&](std::int64_t done, std::int64_t) {
            if (!progress)
                return true;
            return progress(int((doneBefore + std::min(done, size)) * 900 / totalBytes));
        };
        if (auto done =
                source.reader->read(*source.archive, **sink, request.options, readerProgress);
            !done)
            return done.error();
        auto report = sink.value()->finishSource();
        if (!report)
            return report.error();
        report->source = source.path;
        report->format = formatName(source.format);
        doneBefore += size;

        const QByteArray json = report->toJson();
        const QByteArray hash = fingerprint(*source.archive);
        const std::string kind = report->format.toStdString();
        const std::string file = QFileInfo(source.path).fileName().toStdString();
        const std::string startedAt = started.toStdString(), finishedAt = nowIso().toStdString();
        store::ImportRunRecord run;
        run.sourceId = sink.value()->lastSourceId();
        run.sourceKind = kind;
        run.fileName = file;
        run.contentHash = std::string_view(hash.constData(), size_t(hash.size()));
        run.startedAt = startedAt;
        run.finishedAt = finishedAt;
        run.posts = report->posts;
        run.replies = report->replies;
        run.reactions = report->reactions;
        run.recognitions = report->recognitions;
        run.people = report->people;
        run.channels = report->channels;
        run.skipped = report->skippedTotal();
        run.report = std::string_view(json.constData(), size_t(json.size()));
        if (auto done = writer->insert(run); !done)
            return done.error();
        result.total.add(*report);
        result.reports.push_back(std::move(report).value());
    }
    if (progress && !progress(900))
        return ExportReader::cancelled();
    sink.value().reset();
    if (!preview) {
        if (auto done = target->commit(); !done)
            return done.error();
    }
    if (progress)
        progress(1000);
    return result;
}

} // namespace

Result<ImportResult> Importer::run(const ImportRequest &request, const Progress &progress)
{
    return execute(request, progress, false);
}

Result<ImportResult> Importer::preview(const ImportRequest &request, const Progress &progress)
{
    return execute(request, progress, true);
}

} // namespace goodwill::importers
