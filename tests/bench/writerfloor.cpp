// The import's floor: the rows of an imported database written again by Goodwill's own
// writer (StoreWriter into a BulkFile, the import's pragmas and indexes), read into memory
// first, with nothing else to do: no files, no JSON, no keys, no second thread. An import
// cannot take less than this while SQLite writes its rows on one thread.
// Usage: goodwill_bench_writerfloor IMPORTED_DB OUT_DB. Prints seconds; asserts nothing.
#include "store/bulkfile.h"
#include "store/records.h"
#include "store/sqliteconnection.h"
#include "store/sqlitestatement.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace goodwill;
using namespace goodwill::store;

namespace {

struct Row
{
    std::int64_t values[7]; // id, source, at, author, channel, root, parent
    ActivityKind kind;
    std::string key, text, emoji;
};

ActivityKind kindOf(std::string_view name)
{
    for (const ActivityKind kind : {ActivityKind::Post, ActivityKind::Reply, ActivityKind::Reaction,
                                    ActivityKind::Recognition})
        if (toString(kind) == name)
            return kind;
    return ActivityKind::Post;
}

std::string textOf(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(statement, column)))
                : std::string();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s IMPORTED_DB OUT_DB\n", argv[0]);
        return 2;
    }
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(argv[1], &source, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s\n", argv[1]);
        return 1;
    }
    std::vector<Row> rows;
    std::vector<std::pair<std::int64_t, std::int64_t>> mentions;
    sqlite3_stmt *statement = nullptr;
    sqlite3_prepare_v2(source,
                       "SELECT id, source_id, at, author_id, coalesce(channel_id, 0), "
                       "coalesce(thread_root_id, 0), coalesce(parent_id, 0), kind, "
                       "source_activity_id, text, emoji FROM activities ORDER BY id",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        Row row;
        for (int c = 0; c < 7; ++c)
            row.values[c] = sqlite3_column_int64(statement, c);
        row.kind = kindOf(textOf(statement, 7));
        row.key = textOf(statement, 8);
        row.text = textOf(statement, 9);
        row.emoji = textOf(statement, 10);
        rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    sqlite3_prepare_v2(source, "SELECT activity_id, person_id FROM mentions", -1, &statement,
                       nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        mentions.emplace_back(sqlite3_column_int64(statement, 0),
                              sqlite3_column_int64(statement, 1));
    sqlite3_finalize(statement);
    sqlite3_close(source);

    std::vector<ActivityRecord> records(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        records[i] = ActivityRecord{row.values[0], row.values[1], row.key,       row.kind,
                                    row.values[2], row.values[3], row.values[4], row.values[5],
                                    row.values[6], row.text,      row.emoji};
    }

    QElapsedTimer timer;
    timer.start();
    auto file = BulkFile::begin(QString::fromLocal8Bit(argv[2]),
                                qEnvironmentVariableIsSet("FLOOR_AT_COMMIT")
                                    ? BulkFile::Indexes::AtCommit
                                    : BulkFile::Indexes::WhileWriting);
    if (!file) {
        std::fprintf(stderr, "%s\n", qPrintable(file.error().message));
        return 1;
    }
    auto writer = StoreWriter::create((*file)->connection());
    if (!writer) {
        std::fprintf(stderr, "%s\n", qPrintable(writer.error().message));
        return 1;
    }
    constexpr std::size_t batch = 8192; // as BulkWriter's
    for (std::size_t first = 0; first < records.size(); first += batch) {
        if (auto done = writer->insert(&records[first], std::min(batch, records.size() - first));
            !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
    }
    for (const auto &[activity, person] : mentions)
        if (auto done = writer->insertMention(activity, person); !done) {
            std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
            return 1;
        }
    const double inserted = timer.nsecsElapsed() / 1e9;
    if (auto done = (*file)->commit(); !done) {
        std::fprintf(stderr, "%s\n", qPrintable(done.error().message));
        return 1;
    }
    std::printf("%zu %zu %.2f %.2f\n", records.size(), mentions.size(), inserted,
                timer.nsecsElapsed() / 1e9);
    return 0;
}
