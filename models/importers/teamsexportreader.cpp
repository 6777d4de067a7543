#include "teamsexportreader.h"

#include "exportarchive.h"
#include "fieldtext.h"
#include "htmltext.h"
#include "importsink.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace goodwill::importers {
namespace {

namespace od = simdjson::ondemand;
using fieldtext::daysFromCivil;
using fieldtext::fromUtf8;
using json::forEachField;
using json::forEachItem;
using json::fullyRead;
using json::readString;
using simdjson::error_code;
using simdjson::SUCCESS;

// --- Time: Graph writes "2024-03-01T11:00:00.123Z"; export tools may write an offset ---

bool readDigits(std::string_view text, std::size_t pos, std::size_t count, int &out)
{
    if (pos + count > text.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

// Seconds since the epoch (fractions dropped); no zone means UTC, as Graph always writes Z.
std::optional<std::int64_t> parseIsoTime(std::string_view text)
{
    int year, month, day, hour, minute, second;
    if (!readDigits(text, 0, 4, year) || !readDigits(text, 5, 2, month) ||
        !readDigits(text, 8, 2, day) || !readDigits(text, 11, 2, hour) ||
        !readDigits(text, 14, 2, minute) || !readDigits(text, 17, 2, second) || text[4] != '-' ||
        text[7] != '-' || (text[10] != 'T' && text[10] != 't' && text[10] != ' ') ||
        text[13] != ':' || text[16] != ':')
        return std::nullopt;
    static constexpr int monthDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1] || hour > 23 ||
        minute > 59 || second > 60)
        return std::nullopt;
    std::size_t pos = 19;
    if (pos < text.size() && text[pos] == '.') {
        const std::size_t start = ++pos;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
            ++pos;
        if (pos == start)
            return std::nullopt;
    }
    std::int64_t offset = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        const int sign = text[pos] == '-' ? -1 : 1;
        int hours, minutes;
        const std::size_t minutesAt = pos + (pos + 3 < text.size() && text[pos + 3] == ':' ? 4 : 3);
        if (!readDigits(text, pos + 1, 2, hours) || !readDigits(text, minutesAt, 2, minutes) ||
            hours > 23 || minutes > 59)
            return std::nullopt;
        offset = sign * (hours * 3600 + minutes * 60);
        pos = minutesAt + 2;
    }
    if (pos != text.size())
        return std::nullopt;
    return daysFromCivil(year, unsigned(month), unsigned(day)) * 86400 + hour * 3600 + minute * 60 +
           second - offset;
}

Result<std::int64_t> timeOf(std::string_view text)
{
    if (text.empty())
        return Error{QCoreApplication::translate("TeamsExportReader", "missing")};
    const auto at = parseIsoTime(text);
    if (!at)
        return Error{
            QCoreApplication::translate("TeamsExportReader", "\"%1\" is not an ISO 8601 time")
                .arg(fromUtf8(text))};
    if (!ImportSink::timeInRange(*at))
        return Error{QCoreApplication::translate("TeamsExportReader",
                                                 "\"%1\" is out of range (1990 to 2100)")
                         .arg(fromUtf8(text))};
    return *at;
}

// --- One chatMessage, as read: views into the file's buffer ---

struct Identity
{
    std::string_view id, name, email;
    bool guest = false;
};

struct Reaction
{
    std::string_view type, created;
    Identity user;
};

struct Message
{
    std::string_view id, replyToId, messageType, created, chatId, teamId, channelId, channelName,
        bodyType, body;
    bool hasMessageType = false, deleted = false, fromApplication = false;
    Identity from;
    std::vector<Identity> mentions;
    std::vector<Reaction> reactions;
    std::vector<Message> replies; // Graph's $expand=replies

    std::string_view conversation() const { return channelId.empty() ? chatId : channelId; }
};

// The "user" of an identitySet. There is no e-mail in chatMessage; some tools add the
// user principal name or an "email" (preferred: a UPN is a login, not always an address).
error_code parseUser(od::value &value, Identity &identity)
{
    return forEachField(value, [&identity](std::string_view field, od::value &v) {
        if (field == "id")
            return readString(v, identity.id);
        if (field == "displayName")
            return readString(v, identity.name);
        if (field == "email" || (field == "userPrincipalName" && identity.email.empty())) {
            std::string_view email;
            auto error = readString(v, email);
            // A guest's UPN ("ana_partner.example#EXT#@contoso.onmicrosoft.com") is no
            // address anyone uses: it would only keep the guest from matching a roster.
            if (field == "userPrincipalName" && email.find("#EXT#") != std::string_view::npos) {
                identity.guest = true;
                email = {};
            }
            if (!email.empty())
                identity.email = email;
            return error;
        }
        return SUCCESS;
    });
}

error_code parseIdentitySet(od::value &value, Identity &user, bool *application)
{
    return forEachField(value, [&](std::string_view field, od::value &v) -> error_code {
        if (field == "user")
            return parseUser(v, user);
        if (field == "application" && application) {
            bool isNull = false;
            auto error = v.is_null().get(isNull);
            *application = !isNull;
            return error;
        }
        return SUCCESS;
    });
}

error_code parseMessage(od::value &value, Message &message)
{
    return forEachField(value, [&message](std::string_view field, od::value &v) -> error_code {
        if (field == "id")
            return readString(v, message.id);
        if (field == "replyToId")
            return readString(v, message.replyToId);
        if (field == "messageType") {
            message.hasMessageType = true;
            return readString(v, message.messageType);
        }
        if (field == "createdDateTime")
            return readString(v, message.created);
        if (field == "deletedDateTime") {
            std::string_view deleted;
            auto error = readString(v, deleted);
            message.deleted = !deleted.empty();
            return error;
        }
        if (field == "chatId")
            return readString(v, message.chatId);
        if (field == "channelIdentity") {
            return forEachField(v, [&message](std::string_view f, od::value &c) {
                if (f == "teamId")
                    return readString(c, message.teamId);
                if (f == "channelId")
                    return readString(c, message.channelId);
                if (f == "channelDisplayName")
                    return readString(c, message.channelName);
                return SUCCESS;
            });
        }
        if (field == "from")
            return parseIdentitySet(v, message.from, &message.fromApplication);
        if (field == "body") {
            return forEachField(v, [&message](std::string_view f, od::value &b) {
                if (f == "contentType")
                    return readString(b, message.bodyType);
                if (f == "content")
                    return readString(b, message.body);
                return SUCCESS;
            });
        }
        if (field == "mentions") {
            return forEachItem(v, [&message](od::value &m) {
                Identity mentioned;
                std::string_view text;
                auto error = forEachField(m, [&](std::string_view f, od::value &x) -> error_code {
                    if (f == "mentionText")
                        return readString(x, text);
                    if (f == "mentioned")
                        return parseIdentitySet(x, mentioned, nullptr);
                    return SUCCESS;
                });
                // Channel, team and tag mentions have no user: they name nobody.
                if (!mentioned.id.empty()) {
                    if (mentioned.name.empty())
                        mentioned.name = text;
                    message.mentions.push_back(mentioned);
                }
                return error;
            });
        }
        if (field == "reactions") {
            return forEachItem(v, [&message](od::value &r) {
                Reaction reaction;
                auto error = forEachField(r, [&reaction](std::string_view f, od::value &x) {
                    if (f == "reactionType")
                        return readString(x, reaction.type);
                    if (f == "createdDateTime")
                        return readString(x, reaction.created);
                    if (f == "user")
                        return parseIdentitySet(x, reaction.user, nullptr);
                    return SUCCESS;
                });
                message.reactions.push_back(reaction);
                return error;
            });
        }
        if (field == "replies") {
            return forEachItem(v, [&message](od::value &r) {
                Message reply;
                auto error = parseMessage(r, reply);
                message.replies.push_back(std::move(reply));
                return error;
            });
        }
        return SUCCESS;
    });
}

struct Person
{
    std::string name, email;
    bool named = false; // by a sender's displayName, which wins over a mention's text
    bool guest = false;
};

struct Conversation
{
    std::string id, name;
    bool named = false;     // from channelDisplayName or a file holding only this one
    bool fromTeams = false; // channelDisplayName: wins over a file name
};

class TeamsRun
{
public:
    TeamsRun(const ExportArchive &archive, ImportSink &sink, const ImportProgress &progress)
        : m_archive(archive), m_sink(sink), m_progress(progress)
    {
        m_seen.spillTo(sink.keyDirectory(), sink.keyBudget());
    }

    Result<void> read();

private:
    enum class Pass
    {
        Scan,
        Write
    };
    Result<void> readFile(int entry, Pass pass);
    Result<void> begin();
    void scan(const Message &message);
    void notePerson(const Identity &identity, bool sender);
    Result<void> write(const Message &message);
    Result<void> addReactions(const Message &message, const std::string &key,
                              const std::string &root, std::string_view channel);
    std::string_view conversationOf(const Message &message) const
    {
        return message.conversation().empty() ? std::string_view(m_fileBase)
                                              : message.conversation();
    }
    Error inMessage(const Message &message, const QString &what) const
    {
        return ExportReader::inRecord(m_file,
                                      QCoreApplication::translate("TeamsExportReader", "message %1")
                                          .arg(fromUtf8(message.id)),
                                      what);
    }

    const ExportArchive &m_archive;
    ImportSink &m_sink;
    const ImportProgress &m_progress;
    std::vector<int> m_files;
    std::int64_t m_done = 0, m_total = 0;

    simdjson::ondemand::parser m_parser;
    std::string m_buffer;
    int m_bufferedEntry = -1;
    QString m_file;
    std::string m_fileBase; // "general" for general.json: the channel a file may stand for

    // Scan pass
    std::string m_teamId, m_chatId;
    std::vector<std::string> m_personOrder;
    std::unordered_map<std::string, Person> m_people;
    std::vector<Conversation> m_conversations;
    std::unordered_map<std::string, std::size_t> m_conversationIndex;
    std::unordered_set<std::string> m_fileConversations;

    // Write pass
    KeyIndex m_seen; // the keys of the messages met, by hash (bounded: KeyIndex::makeRoom)
    std::int64_t m_notMessages = 0;
    std::string m_text;
};

Result<void> TeamsRun::read()
{
    for (std::size_t i = 0; i < m_archive.entries().size(); ++i) {
        const auto &entry = m_archive.entries()[i];
        if (entry.name.endsWith(QLatin1StringView(".json"), Qt::CaseInsensitive)) {
            m_files.push_back(int(i));
            m_total += 2 * entry.size; // read twice: scan, then write
        }
    }
    if (m_files.empty())
        return Error{
            QCoreApplication::translate("TeamsExportReader", "%1: no .json files of Teams messages")
                .arg(m_archive.path())};
    for (const int entry : m_files) {
        if (auto scanned = readFile(entry, Pass::Scan); !scanned)
            return scanned;
    }
    if (auto begun = begin(); !begun)
        return begun;
    for (const int entry : m_files) {
        if (auto written = readFile(entry, Pass::Write); !written)
            return written;
    }
    return {};
}

// Files may be large, but export tools write Graph's pages (50 messages each) or one
// conversation per file, so reading one file whole (under the archive's size limit) is
// bounded; simdjson then parses it in place.
Result<void> TeamsRun::readFile(int entry, Pass pass)
{
    m_file = m_archive.displayName(entry);
    const ExportArchive::Entry &info = m_archive.entries()[std::size_t(entry)];
    m_fileBase = QFileInfo(info.name).completeBaseName().toStdString();
    if (m_bufferedEntry != entry) {
        m_bufferedEntry = -1;
        if (auto got = m_archive.read(entry, m_buffer, simdjson::SIMDJSON_PADDING); !got)
            return got;
        m_bufferedEntry = entry;
    }
    const std::size_t length = m_buffer.size() - simdjson::SIMDJSON_PADDING;
    const std::size_t start = m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0 && length >= 3 ? 3 : 0;

    auto jsonError = [this](error_code error, std::int64_t element) {
        const QString what = QCoreApplication::translate("TeamsExportReader", "invalid JSON (%1)")
                                 .arg(QString::fromUtf8(simdjson::error_message(error)));
        return element > 0 ? ExportReader::inRecord(
                                 m_file,
                                 QCoreApplication::translate("TeamsExportReader", "message #%1")
                                     .arg(element),
                                 what)
                           : Error{m_file + QStringLiteral(": ") + what};
    };
    od::document document;
    error_code error = m_parser
                           .iterate(simdjson::padded_string_view(
                               m_buffer.data() + start, length - start, m_buffer.size() - start))
                           .get(document);
    od::json_type type = od::json_type::null;
    if (!error)
        error = document.type().get(type);
    if (error)
        return jsonError(error, 0);

    od::array messages;
    od::object page;
    if (type == od::json_type::array) {
        error = document.get_array().get(messages);
    } else if (type == od::json_type::object) {
        error = document.get_object().get(page);
        if (!error)
            error = page.find_field_unordered("value").get_array().get(messages);
        if (error == simdjson::NO_SUCH_FIELD) {
            if (pass == Pass::Write)
                m_sink.warn(QCoreApplication::translate(
                                "TeamsExportReader", "%1 holds no Teams messages and was left out")
                                .arg(m_file));
            m_done += info.size;
            return {};
        }
    } else {
        return Error{QCoreApplication::translate(
                         "TeamsExportReader",
                         "%1: not Teams messages (a JSON array or a page with \"value\")")
                         .arg(m_file)};
    }
    if (error)
        return jsonError(error, 0);

    m_fileConversations.clear();
    m_notMessages = 0;
    std::int64_t element = 0;
    for (auto item : messages) {
        ++element;
        od::value value;
        Message message;
        error = item.get(value);
        if (!error)
            error = parseMessage(value, message);
        if (error)
            return jsonError(error, element);
        if (pass == Pass::Scan) {
            scan(message);
        } else if (auto written = write(message); !written) {
            return written;
        }
    }
    if (type == od::json_type::array && !fullyRead(document))
        return jsonError(simdjson::TRAILING_CONTENT, 0);

    if (pass == Pass::Scan && m_fileConversations.size() == 1) {
        Conversation &only = m_conversations[m_conversationIndex[*m_fileConversations.begin()]];
        if (!only.named) {
            only.name = m_fileBase;
            only.named = true;
        }
    }
    if (pass == Pass::Write && m_notMessages > 0) {
        m_sink.warn(QCoreApplication::translate(
                        "TeamsExportReader",
                        "%1: %n record(s) without messageType are not Teams messages and were "
                        "left out",
                        nullptr, int(m_notMessages))
                        .arg(m_file));
    }
    m_done += info.size;
    if (m_progress && !m_progress(m_done, m_total))
        return ExportReader::cancelled();
    return {};
}

void TeamsRun::notePerson(const Identity &identity, bool sender)
{
    if (identity.id.empty())
        return;
    auto [it, added] = m_people.try_emplace(std::string(identity.id));
    Person &person = it->second;
    if (added)
        m_personOrder.push_back(it->first);
    if (!identity.name.empty() && (person.name.empty() || (sender && !person.named))) {
        person.name = identity.name;
        person.named = sender;
    }
    if (person.email.empty())
        person.email = identity.email;
    person.guest = person.guest || identity.guest;
}

void TeamsRun::scan(const Message &message)
{
    if (m_teamId.empty() && !message.channelId.empty())
        m_teamId = message.teamId;
    if (m_chatId.empty())
        m_chatId = message.chatId;
    notePerson(message.from, true);
    for (const Identity &mentioned : message.mentions)
        notePerson(mentioned, false);
    // Reactions name their user only by id as a rule; one with a name is a person too.
    for (const Reaction &reaction : message.reactions) {
        if (!reaction.user.name.empty())
            notePerson(reaction.user, false);
    }
    if (message.hasMessageType) {
        const std::string id(conversationOf(message));
        auto [it, added] = m_conversationIndex.try_emplace(id, m_conversations.size());
        if (added)
            m_conversations.push_back(Conversation{id, id});
        Conversation &conversation = m_conversations[it->second];
        if (!message.channelName.empty() && !conversation.fromTeams) {
            conversation.name = message.channelName;
            conversation.named = conversation.fromTeams = true;
        }
        m_fileConversations.insert(id);
    }
    for (const Message &reply : message.replies)
        scan(reply);
}

Result<void> TeamsRun::begin()
{
    std::string name = !m_teamId.empty() ? m_teamId : m_chatId;
    if (name.empty()) {
        const QFileInfo info(m_archive.path());
        name = (m_archive.kind() == ExportArchive::Kind::Folder ? info.fileName()
                                                                : info.completeBaseName())
                   .toStdString();
    }
    if (auto begun = m_sink.beginSource("teams", name); !begun)
        return Error{m_archive.path() + QStringLiteral(": ") + begun.error().message};
    for (const std::string &id : m_personOrder) {
        const Person &known = m_people[id];
        ImportedPerson person;
        person.sourceUserId = id;
        person.displayName = known.name.empty() ? id : known.name;
        person.email = known.email;
        if (known.guest)
            person.role = store::PersonRole::Guest;
        if (auto added = m_sink.addPerson(person); !added)
            return Error{m_archive.path() + QStringLiteral(": ") + added.error().message};
    }
    for (const Conversation &conversation : m_conversations) {
        ImportedChannel channel;
        channel.sourceChannelId = conversation.id;
        channel.name = conversation.name;
        if (auto added = m_sink.addChannel(channel); !added)
            return Error{m_archive.path() + QStringLiteral(": ") + added.error().message};
    }
    m_sink.warn(QCoreApplication::translate(
        "TeamsExportReader", "Teams exports carry no titles or departments: attach a roster."));
    return {};
}

Result<void> TeamsRun::write(const Message &message)
{
    if (!message.hasMessageType) {
        ++m_notMessages;
        return {};
    }
    if (message.id.empty())
        return Error{m_file + QStringLiteral(": ") +
                     QCoreApplication::translate("TeamsExportReader", "a message has no id")};
    // Message ids are creation times in milliseconds, unique within one channel or chat
    // only, so the key carries the conversation.
    const std::string_view channel = conversationOf(message);
    const std::string key = std::string(channel) + '/' + std::string(message.id);
    // Tools that save both pages and $expand=replies repeat messages: the same message
    // twice is one message.
    if (auto room = m_seen.makeRoom(); !room)
        return room;
    if (const std::uint64_t hash = KeyIndex::hashOf(key); !m_seen.find(hash)) {
        m_seen.insert(hash);
        std::optional<SkipReason> reason;
        if (message.messageType != "message")
            reason = SkipReason::SystemMessage;
        else if (message.deleted)
            reason = SkipReason::Deleted;
        else if (message.from.id.empty())
            reason = message.fromApplication ? SkipReason::Bot : SkipReason::UnknownUser;
        if (reason) {
            // Its reactions go with it, counted under the same reason.
            m_sink.skip(*reason, 1 + std::int64_t(message.reactions.size()));
        } else {
            const auto at = timeOf(message.created);
            if (!at)
                return inMessage(
                    message, QCoreApplication::translate("TeamsExportReader", "createdDateTime: %1")
                                 .arg(at.error().message));
            const std::string parent =
                message.replyToId.empty()
                    ? std::string()
                    : std::string(channel) + '/' + std::string(message.replyToId);
            const std::string_view bodyType = message.bodyType;
            if (bodyType.size() == 4 &&
                QLatin1StringView(bodyType.data(), 4)
                        .compare(QLatin1StringView("html"), Qt::CaseInsensitive) == 0)
                m_text = HtmlText::toPlain(message.body);
            else
                m_text.assign(message.body);
            ImportedMessage imported;
            imported.key = key;
            imported.kind = parent.empty() ? store::ActivityKind::Post : store::ActivityKind::Reply;
            imported.at = *at;
            imported.author = message.from.id;
            imported.channel = channel;
            imported.parent = parent;
            imported.root = parent;
            imported.text = m_text;
            for (const Identity &mentioned : message.mentions) {
                if (std::find(imported.mentions.begin(), imported.mentions.end(), mentioned.id) ==
                    imported.mentions.end())
                    imported.mentions.push_back(mentioned.id);
            }
            if (auto added = m_sink.addMessage(imported); !added)
                return inMessage(message, added.error().message);
            if (auto added = addReactions(message, key, parent.empty() ? key : parent, channel);
                !added)
                return added;
        }
    }
    for (const Message &reply : message.replies) {
        if (auto written = write(reply); !written)
            return written;
    }
    return {};
}

Result<void> TeamsRun::addReactions(const Message &message, const std::string &key,
                                    const std::string &root, std::string_view channel)
{
    for (const Reaction &reaction : message.reactions) {
        if (reaction.user.id.empty()) {
            m_sink.skip(SkipReason::UnknownUser);
            continue;
        }
        const auto at = timeOf(reaction.created);
        if (!at)
            return inMessage(message, QCoreApplication::translate(
                                          "TeamsExportReader", "a reaction's createdDateTime: %1")
                                          .arg(at.error().message));
        const std::string reactionKey =
            key + "/reaction/" + std::string(reaction.user.id) + '/' + std::string(reaction.type);
        ImportedMessage imported;
        imported.key = reactionKey;
        imported.kind = store::ActivityKind::Reaction;
        imported.at = *at;
        imported.author = reaction.user.id;
        imported.channel = channel;
        imported.parent = key;
        imported.root = root;
        imported.emoji = reaction.type;
        if (auto added = m_sink.addMessage(imported); !added)
            return inMessage(message, added.error().message);
    }
    return {};
}

} // namespace

Result<void> TeamsExportReader::read(const ExportArchive &archive, ImportSink &sink,
                                     const ImportOptions &, const ImportProgress &progress)
{
    return TeamsRun(archive, sink, progress).read();
}

} // namespace goodwill::importers
