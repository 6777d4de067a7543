#pragma once

#include "exportreader.h"
#include "importedrecords.h"
#include "keyindex.h"
#include "store/result.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace goodwill::importers {

class ExportArchive;
class ImportSink;

// Goodwill's activity interchange format (docs/formats.md), whatever the file syntax: the
// CSV and JSONL readers hand each record over as field values, and every rule about what
// a record means lives here so both formats behave the same.
//
// Readers make two passes: learn() checks every record and gathers the people and
// channels (a person's name or department may be on any of their rows), then
// addPeopleAndChannels() and add() for every record write them through the sink.
// Errors name no file or line: the reader puts them in front.
class ActivityFields
{
public:
    // Pass one's id check keeps the ids' hashes in memory up to `keyBudget`, then in
    // `keyDirectory` (as the sink's: ImportSink::keyDirectory, keyBudget).
    ActivityFields(const std::string &keyDirectory, std::size_t keyBudget);

    enum Field
    {
        Id,
        Time,
        Kind,
        Author,
        AuthorName,
        AuthorTitle,
        AuthorDepartment,
        Channel,
        ThreadId,
        ParentId,
        Text,
        Emoji,
        Mentions,
        Recipients,
        FieldCount
    };
    // The column (CSV) or key (JSONL) name of a field: "id", "author_name", ...
    static std::string_view name(Field field);
    static bool isRequired(Field field); // id, time, kind, author
    static bool isList(Field field);     // mentions, recipients

    struct Record
    {
        std::array<std::string_view, FieldCount> values{}; // lists left empty here
        std::vector<std::string_view> mentions;
        std::vector<std::string_view> recipients;
    };

    Result<void> learn(const Record &record);
    Result<void> addPeopleAndChannels(ImportSink &sink) const;
    Result<void> add(const Record &record, ImportSink &sink);
    // A reader's whole run over `files`: pass(false) learns every record, then the source
    // `kind` begins and the people and channels are added, then pass(true) adds the
    // activities; last, progress reports `total` (twoPassTotal()) done.
    using Pass = std::function<Result<void>(bool adding)>;
    Result<void> readTwice(const ExportArchive &archive, ImportSink &sink, std::string_view kind,
                           const Pass &pass, const ImportProgress &progress, std::int64_t total);
    // The bytes both passes read together: progress's total.
    static std::int64_t twoPassTotal(const ExportArchive &archive, const std::vector<int> &files);

    // "2026-01-05T14:03:11Z", "2026-01-05T15:03:11.250+01:00", "2026-01-05 14:03:11 UTC"
    // or integer epoch seconds, as seconds since 1970 UTC; nullopt when it is none of them.
    // A time without a zone is refused: it would be read in an unknown time zone.
    static std::optional<std::int64_t> parseTime(std::string_view text);
    // The entries a reader reads: a single file whatever its name, else every entry whose
    // name ends in one of `suffixes` (".csv"), in name order.
    static std::vector<int> entriesToRead(const ExportArchive &archive,
                                          const QStringList &suffixes);
    // The source name: the file (or folder, or ZIP) name without its extension.
    static std::string sourceName(const ExportArchive &archive);
    // A person reference as the format writes it: an e-mail (contains '@', lower-cased)
    // or an id as given.
    static std::string personKey(std::string_view author);

private:
    struct Checked
    {
        store::ActivityKind kind = store::ActivityKind::Post;
        std::int64_t at = 0;
    };
    struct Person
    {
        ImportedPerson person;
        std::int64_t nameAt = 0, titleAt = 0, departmentAt = 0; // time of the row it came from
        bool hasName = false, hasTitle = false, hasDepartment = false;
    };

    Result<Checked> check(const Record &record) const;
    Person &personFor(const std::string &key);

    std::vector<Person> m_people; // in the order first met, so ids come out the same
    std::unordered_map<std::string, std::size_t> m_personIndex;
    std::vector<std::string> m_channels;
    std::unordered_set<std::string> m_channelSet;
    // Ids are unique in the file: checked by their hashes, as the sink keeps keys (24 bytes
    // an id, not a string apiece: a 2 GB file's 12 million ids took a gigabyte), past a
    // budget on disk, and freed once pass one is done.
    KeyIndex m_ids;
    // Buffers for the views of the message being added.
    std::string m_author;
    std::vector<std::string> m_mentions, m_recipients;
};

} // namespace goodwill::importers
