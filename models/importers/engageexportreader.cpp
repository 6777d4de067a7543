#include "engageexportreader.h"

#include "activityfields.h"
#include "csvreader.h"
#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace goodwill::importers {
namespace {

using fieldtext::fromUtf8;
using fieldtext::lowerAscii;

// Posts outside any community: Engage's network-wide feed.
constexpr std::string_view allCompanyId = "all-company";
constexpr std::string_view allCompanyName = "All Company";
// Private conversations have no community either; they are kept apart from All Company
// so that private messages never read as network-wide posts.
constexpr std::string_view privateId = "private-conversations";
constexpr std::string_view privateName = "Private conversations";

// One network's files: the root's, or those of one folder per network id.
struct NetworkFiles
{
    QString folder; // "" or "1234567/"
    int users = -1, groups = -1, messages = -1;
};

QString folderOf(const QString &name)
{
    return name.left(name.lastIndexOf(QLatin1Char('/')) + 1);
}

QString fileNameOf(const QString &name)
{
    return name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
}

int entryIn(const ExportArchive &archive, const QString &folder, const QString &file)
{
    for (std::size_t i = 0; i < archive.entries().size(); ++i) {
        const QString &name = archive.entries()[i].name;
        if (folderOf(name) == folder && fileNameOf(name).compare(file, Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

std::vector<NetworkFiles> findNetworks(const ExportArchive &archive)
{
    std::vector<NetworkFiles> networks;
    for (std::size_t i = 0; i < archive.entries().size(); ++i) {
        const QString &name = archive.entries()[i].name;
        if (fileNameOf(name).compare(QStringLiteral("Messages.csv"), Qt::CaseInsensitive) != 0)
            continue;
        NetworkFiles network;
        network.folder = folderOf(name);
        network.messages = int(i);
        network.users = entryIn(archive, network.folder, QStringLiteral("Users.csv"));
        network.groups = entryIn(archive, network.folder, QStringLiteral("Groups.csv"));
        networks.push_back(network);
    }
    return networks;
}

// Numeric ids compare by length first, so "99" comes before "100".
bool lowerId(const std::string &a, const std::string &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

// The source's name: the network id Networks.csv gives (the lowest, when an export with
// external networks lists several: a later export of the same networks names the same
// source), else the export's file name.
Result<std::string> sourceName(const ExportArchive &archive)
{
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < archive.entries().size(); ++i) {
        if (fileNameOf(archive.entries()[i].name)
                .compare(QStringLiteral("Networks.csv"), Qt::CaseInsensitive) != 0)
            continue;
        auto csv = CsvReader::open(archive, int(i));
        if (!csv)
            return csv.error();
        const int id = csv.value()->column("id");
        for (;;) {
            auto more = csv.value()->next();
            if (!more)
                return more.error();
            if (!*more)
                break;
            if (const std::string_view value = csv.value()->value(id); !value.empty())
                ids.emplace_back(value);
        }
    }
    if (ids.empty())
        return ActivityFields::sourceName(archive);
    return *std::min_element(ids.begin(), ids.end(), lowerId);
}

// Engage writes mentions as "[[user:123]]": the text gets "@Name" (the name as Users.csv
// gives it) and the id goes to the mentions.
void rewriteMentions(std::string_view body, const ImportSink &sink, std::string &text,
                     std::vector<std::string> &ids)
{
    static constexpr std::string_view open = "[[user:";
    text.clear();
    ids.clear();
    while (!body.empty()) {
        const std::size_t start = body.find(open);
        if (start == std::string_view::npos)
            break;
        const std::size_t close = body.find("]]", start + open.size());
        if (close == std::string_view::npos)
            break;
        const std::string_view id = body.substr(start + open.size(), close - start - open.size());
        text.append(body.substr(0, start));
        const std::string_view name = sink.nameOf(id);
        text.append("@").append(name.empty() ? id : name);
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.emplace_back(id);
        body.remove_prefix(close + 2);
    }
    text.append(body);
}

// "user:1489760410,user:15385" or "1489760410; 15385" -> the ids.
void splitIds(std::string_view text, std::vector<std::string> &ids)
{
    ids.clear();
    std::string id;
    const auto flush = [&] {
        if (id.starts_with("user:"))
            id.erase(0, 5);
        if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
        id.clear();
    };
    for (const char c : text) {
        if (c == ',' || c == ';' || c == ' ' || c == '[' || c == ']' || c == '"')
            flush();
        else
            id.push_back(c);
    }
    flush();
}

// Progress over the files of the export, in bytes.
class Ticker
{
public:
    Ticker(const ImportProgress &progress, std::int64_t total)
        : m_progress(progress), m_total(total)
    {}
    bool tick(const CsvReader &csv, std::int64_t rows)
    {
        return rows % 1024 != 0 || !m_progress || m_progress(m_done + csv.bytesRead(), m_total);
    }
    void finished(std::int64_t bytes) { m_done += bytes; }

private:
    const ImportProgress &m_progress;
    std::int64_t m_total;
    std::int64_t m_done = 0;
};

// Opens `entry` for read(), which reads its rows; then the ticker passes the file.
Result<void> readEntry(const ExportArchive &archive, int entry, Ticker &ticker,
                       const std::function<Result<void>(CsvReader &csv)> &read)
{
    auto opened = CsvReader::open(archive, entry);
    if (!opened)
        return opened.error();
    if (auto done = read(**opened); !done)
        return done;
    ticker.finished(archive.entries()[std::size_t(entry)].size);
    return {};
}

Result<void> readUsers(const ExportArchive &archive, int entry, ImportSink &sink, Ticker &ticker)
{
    return readEntry(archive, entry, ticker, [&](CsvReader &csv) -> Result<void> {
        auto id = csv.requireColumn("id");
        if (!id)
            return id.error();
        const int name = csv.column("name");
        const int email = csv.column("email");
        const int title = csv.column("job_title");
        const int department = csv.column("department");
        // Deleted and suspended people stay: their messages are still theirs.
        return csv.forEachRow([&](std::int64_t rows) -> Result<void> {
            ImportedPerson person;
            person.sourceUserId = std::string(csv.value(*id));
            if (person.sourceUserId.empty())
                return csv.errorHere(
                    QCoreApplication::translate("EngageExportReader", "the id is empty"));
            person.email = lowerAscii(csv.value(email));
            person.displayName = std::string(csv.value(name));
            if (person.displayName.empty())
                person.displayName = person.email;
            person.title = std::string(csv.value(title));
            person.department = std::string(csv.value(department));
            if (auto added = sink.addPerson(person); !added)
                return csv.errorHere(added.error().message);
            if (!ticker.tick(csv, rows))
                return ExportReader::cancelled();
            return {};
        });
    });
}

Result<void> readGroups(const ExportArchive &archive, int entry, ImportSink &sink,
                        std::unordered_set<std::string> &channels, Ticker &ticker)
{
    return readEntry(archive, entry, ticker, [&](CsvReader &csv) -> Result<void> {
        auto id = csv.requireColumn("id");
        if (!id)
            return id.error();
        const int name = csv.column("name");
        return csv.forEachRow([&](std::int64_t rows) -> Result<void> {
            ImportedChannel channel{std::string(csv.value(*id)), std::string(csv.value(name))};
            if (channel.sourceChannelId.empty())
                return csv.errorHere(
                    QCoreApplication::translate("EngageExportReader", "the id is empty"));
            if (auto added = sink.addChannel(channel); !added)
                return csv.errorHere(added.error().message);
            channels.insert(channel.sourceChannelId);
            if (!ticker.tick(csv, rows))
                return ExportReader::cancelled();
            return {};
        });
    });
}

struct MessageColumns
{
    int id = -1, sender = -1, createdAt = -1;
    int threadId = -1, repliedToId = -1, groupId = -1, groupName = -1, body = -1;
    int deletedAt = -1, messageType = -1, privateConversation = -1, praisedUsers = -1;
};

Result<MessageColumns> messageColumns(const CsvReader &csv)
{
    MessageColumns columns;
    if (auto found = csv.requireColumns({{"id", &columns.id},
                                         {"sender_id", &columns.sender},
                                         {"created_at", &columns.createdAt}});
        !found)
        return found.error();
    columns.threadId = csv.column("thread_id");
    columns.repliedToId = csv.column("replied_to_id");
    columns.groupId = csv.column("group_id");
    columns.groupName = csv.column("group_name");
    columns.body = csv.column("body");
    columns.deletedAt = csv.column("deleted_at");
    columns.messageType = csv.column("message_type");
    columns.privateConversation = csv.column("in_private_conversation");
    // The praised people as the platform's API names them, if an export carries them.
    columns.praisedUsers = csv.column("praised_user_ids");
    return columns;
}

// A post's channel: its community, else All Company or the private conversations. A
// channel Groups.csv did not list is added when a message first names it.
Result<std::string_view> postChannel(const CsvReader &csv, const MessageColumns &c,
                                     ImportSink &sink, std::unordered_set<std::string> &channels)
{
    const std::string_view group = csv.value(c.groupId);
    const bool isPrivate =
        group.empty() && fieldtext::parseFlag(csv.value(c.privateConversation)).value_or(false);
    const std::string_view id = !group.empty() ? group : isPrivate ? privateId : allCompanyId;
    if (channels.insert(std::string(id)).second) {
        const std::string_view groupName = csv.value(c.groupName);
        const std::string_view name = !group.empty() ? (groupName.empty() ? group : groupName)
                                                     : (isPrivate ? privateName : allCompanyName);
        if (auto added = sink.addChannel({std::string(id), std::string(name)}); !added)
            return csv.errorHere(added.error().message);
    }
    return id;
}

Result<void> readMessages(const ExportArchive &archive, int entry, ImportSink &sink,
                          std::unordered_set<std::string> &channels, std::int64_t &unknownSenders,
                          Ticker &ticker)
{
    return readEntry(archive, entry, ticker, [&](CsvReader &csv) -> Result<void> {
        auto columns = messageColumns(csv);
        if (!columns)
            return columns.error();
        const MessageColumns &c = *columns;
        std::string text;
        std::vector<std::string> mentioned, praised;
        return csv.forEachRow([&](std::int64_t rows) -> Result<void> {
            if (!ticker.tick(csv, rows))
                return ExportReader::cancelled();
            if (!csv.value(c.deletedAt).empty()) {
                sink.skip(SkipReason::Deleted);
                return {};
            }
            const std::string_view id = csv.value(c.id);
            if (id.empty())
                return csv.errorHere(
                    QCoreApplication::translate("EngageExportReader", "the id is empty"));
            const std::string_view created = csv.value(c.createdAt);
            const auto at = ActivityFields::parseTime(created);
            if (!at)
                return csv.errorHere(QCoreApplication::translate("EngageExportReader",
                                                                 "created_at '%1' is not a time")
                                         .arg(fromUtf8(created)));
            if (!ImportSink::timeInRange(*at))
                return csv.errorHere(
                    QCoreApplication::translate("EngageExportReader",
                                                "created_at '%1' is outside 1990-2100")
                        .arg(fromUtf8(created)));

            ImportedMessage message;
            message.key = id;
            message.at = *at;
            message.author = csv.value(c.sender);
            const std::string_view thread = csv.value(c.threadId);
            const std::string_view repliedTo = csv.value(c.repliedToId);
            if (thread == id || repliedTo.empty()) {
                message.kind = store::ActivityKind::Post;
            } else {
                message.kind = store::ActivityKind::Reply;
                message.parent = repliedTo;
                message.root = thread;
            }
            // Replies are in their thread's channel: the sink takes it from the parent.
            if (message.kind == store::ActivityKind::Post) {
                auto channel = postChannel(csv, c, sink, channels);
                if (!channel)
                    return channel.error();
                message.channel = *channel;
            }
            rewriteMentions(csv.value(c.body), sink, text, mentioned);
            message.text = text;
            for (const std::string &user : mentioned)
                message.mentions.push_back(user);
            // A praise is a post or reply that recognises: the praised (or, when the export
            // does not list them, the mentioned) people are its recipients, marked by the source.
            if (lowerAscii(csv.value(c.messageType)) == "praise") {
                splitIds(csv.value(c.praisedUsers), praised);
                for (const std::string &user : praised.empty() ? mentioned : praised)
                    message.recipients.push_back(user);
            }
            if (!sink.knowsUser(message.author))
                ++unknownSenders;
            if (auto added = sink.addMessage(message); !added)
                return csv.errorHere(added.error().message);
            return {};
        });
    });
}

} // namespace

Result<void> EngageExportReader::read(const ExportArchive &archive, ImportSink &sink,
                                      const ImportOptions &, const ImportProgress &progress)
{
    const std::vector<NetworkFiles> networks = findNetworks(archive);
    if (networks.empty())
        return Error{QCoreApplication::translate(
                         "EngageExportReader",
                         "%1 holds no Messages.csv: it is not a Viva Engage network export")
                         .arg(archive.displayName(-1))};
    std::int64_t total = 0;
    for (const NetworkFiles &network : networks) {
        if (network.users < 0)
            return Error{QCoreApplication::translate(
                             "EngageExportReader",
                             "%1 has no Users.csv beside %2: export the network's users too")
                             .arg(archive.displayName(-1),
                                  archive.entries()[std::size_t(network.messages)].name)};
        for (const int entry : {network.users, network.groups, network.messages}) {
            if (entry >= 0)
                total += archive.entries()[std::size_t(entry)].size;
        }
    }
    auto name = sourceName(archive);
    if (!name)
        return name.error();
    if (auto begun = sink.beginSource("engage", *name); !begun)
        return begun.error();

    // Message ids and user ids are unique across the networks of an export, so every
    // network's files go to one source: people first, then communities, then messages.
    Ticker ticker(progress, total);
    for (const NetworkFiles &network : networks) {
        if (auto done = readUsers(archive, network.users, sink, ticker); !done)
            return done;
    }
    std::unordered_set<std::string> channels;
    for (const NetworkFiles &network : networks) {
        if (network.groups < 0)
            continue;
        if (auto done = readGroups(archive, network.groups, sink, channels, ticker); !done)
            return done;
    }
    std::int64_t unknownSenders = 0;
    for (const NetworkFiles &network : networks) {
        if (auto done =
                readMessages(archive, network.messages, sink, channels, unknownSenders, ticker);
            !done)
            return done;
    }
    // (The count is worked out first: lupdate 6.4 hangs on a template call inside the
    // arguments of translate().)
    const int unknownCount = int(std::min<std::int64_t>(unknownSenders, INT32_MAX));
    if (unknownSenders > 0)
        sink.warn(QCoreApplication::translate(
            "EngageExportReader",
            "%n message(s) come from people missing from Users.csv: an export limited to a "
            "date range lists only the people who joined or left in that range; export all "
            "users",
            nullptr, unknownCount));
    if (progress && !progress(total, total))
        return cancelled();
    return {};
}

} // namespace goodwill::importers
