#include "mattermostexportreader.h"

#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace goodwill::importers {
namespace {

namespace od = simdjson::ondemand;
using fieldtext::fromUtf8;
using json::forEachField;
using json::forEachItem;
using json::fullyRead;
using json::readBool;
using json::readInt;
using json::readString;
using simdjson::error_code;
using simdjson::SUCCESS;

constexpr std::int64_t k_chunkSize = std::int64_t(1) << 20;
// A line holds one post with all its replies: even a thread of thousands of replies is a
// few megabytes. The limit only stops a file that is not line-oriented at all.
constexpr std::size_t k_maxLineSize = std::size_t(256) << 20;

bool isUsernameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
}

// --- One line, as read: views into the parser's buffers, valid until the next line ---

struct Message
{
    std::string_view user, type, text;
    std::optional<std::int64_t> createAt;
    std::int64_t deleteAt = 0;
};

struct Reaction
{
    std::string_view user, emoji;
    std::optional<std::int64_t> createAt;
    int owner = -1; // -1: the post; else the index of the reply
};

struct Line
{
    std::string_view type;
    bool hasPayload = false;
    std::string_view name, displayName, team, channel;                      // team, channel, post
    std::string_view email, firstName, lastName, nickname, position, roles; // user, bot
    bool isBot = false;
    Message post;
    std::vector<std::string_view> members; // direct_channel, direct_post
    std::vector<Message> replies;
    std::vector<Reaction> reactions;

    void clear()
    {
        type = name = displayName = team = channel = {};
        email = firstName = lastName = nickname = position = roles = {};
        hasPayload = isBot = false;
        post = {};
        members.clear();
        replies.clear();
        reactions.clear();
    }
};

class MattermostRun
{
public:
    MattermostRun(const ExportArchive &archive, ImportSink &sink, const ImportProgress &progress)
        : m_archive(archive), m_sink(sink), m_progress(progress)
    {}

    Result<void> read();

private:
    Result<void> readLine(std::string &line);
    Error error(const QString &what) const
    {
        return ExportReader::inRecord(
            m_file,
            QCoreApplication::translate("MattermostExportReader", "line %1").arg(m_lineNumber),
            what);
    }

    error_code parseLine(od::document &document);
    error_code parseMessage(od::value &value, Message &message, int owner, bool post);
    error_code parseReaction(od::value &value, int owner);

    Result<void> handleLine();
    Result<void> begin(std::string_view name);
    Result<void> addPerson(bool bot);
    Result<void> addChannel(const std::string &key, std::string_view name);
    Result<void> addDirectChannel(std::string &key);
    Result<void> addPost(bool direct);
    Result<void> addMessage(const Message &message, store::ActivityKind kind,
                            const std::string &key, std::string_view channel,
                            std::string_view parent, std::string_view root);
    Result<void> addReactions(int owner, const std::string &messageKey, std::string_view channel,
                              std::string_view root);
    Result<std::int64_t> secondsOf(const std::optional<std::int64_t> &createAt) const;
    void rewriteMentions(std::string_view message);

    const ExportArchive &m_archive;
    ImportSink &m_sink;
    const ImportProgress &m_progress;
    QString m_file;
    std::int64_t m_lineNumber = 0;
    bool m_sawVersion = false;
    bool m_begun = false;

    simdjson::ondemand::parser m_parser;
    Line m_line;
    std::unordered_set<std::string> m_channels;
    std::string m_text, m_key;
    std::vector<std::string> m_mentionIds;
};

Result<void> MattermostRun::read()
{
    int entry = m_archive.findEnding(QStringLiteral("import.jsonl"));
    if (entry < 0 && m_archive.kind() == ExportArchive::Kind::File && !m_archive.entries().empty())
        entry = 0;
    if (entry < 0) {
        for (std::size_t i = 0; i < m_archive.entries().size(); ++i) {
            if (m_archive.entries()[i].name.endsWith(QLatin1StringView(".jsonl"),
                                                     Qt::CaseInsensitive)) {
                entry = int(i);
                break;
            }
        }
    }
    if (entry < 0)
        return Error{QCoreApplication::translate("MattermostExportReader",
                                                 "%1: no import.jsonl in this Mattermost export")
                         .arg(m_archive.path())};
    m_file = m_archive.displayName(entry);
    const std::int64_t total = m_archive.entries()[std::size_t(entry)].size;

    auto stream = m_archive.stream(entry);
    if (!stream)
        return stream.error();
    // Lines are cut out of fixed chunks into one reused buffer; simdjson reads a few bytes
    // past the end of a document, so the buffer carries SIMDJSON_PADDING spare bytes.
    std::string chunk(std::size_t(k_chunkSize), '\0');
    std::string line;
    std::int64_t done = 0;
    for (;;) {
        auto got = (*stream)->read(chunk.data(), k_chunkSize);
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        done += *got;
        const char *data = chunk.data();
        const std::size_t size = std::size_t(*got);
        std::size_t pos = 0;
        while (pos < size) {
            const void *newline = std::memchr(data + pos, '\n', size - pos);
            const std::size_t end =
                newline ? std::size_t(static_cast<const char *>(newline) - data) : size;
            if (line.size() + (end - pos) > k_maxLineSize) {
                ++m_lineNumber;
                return error(QCoreApplication::translate("MattermostExportReader",
                                                         "the line is longer than %1 MB")
                                 .arg(k_maxLineSize >> 20));
            }
            line.append(data + pos, end - pos);
            if (!newline)
                break;
            if (auto handled = readLine(line); !handled)
                return handled;
            pos = end + 1;
        }
        if (m_progress && !m_progress(done, total))
            return ExportReader::cancelled();
    }
    if (!line.empty()) {
        if (auto handled = readLine(line); !handled)
            return handled;
    }
    if (!m_sawVersion) {
        m_lineNumber = 1;
        return error(QCoreApplication::translate(
            "MattermostExportReader",
            "the file is empty; a Mattermost export starts with a version line"));
    }
    return {};
}

Result<void> MattermostRun::readLine(std::string &line)
{
    ++m_lineNumber;
    std::size_t length = line.size();
    if (length > 0 && line[length - 1] == '\r')
        --length;
    std::size_t start = 0;
    if (m_lineNumber == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0)
        start = 3;
    std::size_t last = start;
    while (last < length && (line[last] == ' ' || line[last] == '\t'))
        ++last;
    if (last == length) {
        line.clear();
        return {};
    }
    line.resize(length);
    line.append(simdjson::SIMDJSON_PADDING, '\0');
    m_line.clear();
    od::document document;
    error_code parsed = m_parser
                            .iterate(simdjson::padded_string_view(
                                line.data() + start, length - start, line.size() - start))
                            .get(document);
    if (!parsed)
        parsed = parseLine(document);
    if (!parsed && !fullyRead(document))
        parsed = simdjson::TRAILING_CONTENT;
    line.clear();
    if (!m_sawVersion && (parsed || m_line.type != "version"))
        return error(QCoreApplication::translate(
            "MattermostExportReader", "not a Mattermost bulk export: the first line must be "
                                      "{\"type\":\"version\", ...}"));
    if (parsed)
        return error(QCoreApplication::translate("MattermostExportReader", "invalid JSON (%1)")
                         .arg(QString::fromUtf8(simdjson::error_message(parsed))));
    m_sawVersion = true;
    return handleLine();
}

error_code MattermostRun::parseLine(od::document &document)
{
    od::object object;
    if (auto error = document.get_object().get(object))
        return error;
    return forEachField(object, [this](std::string_view key, od::value &value) -> error_code {
        Line &line = m_line;
        if (key == "type")
            return readString(value, line.type);
        if (key == "team" || key == "channel" || key == "user" || key == "bot" ||
            key == "direct_channel") {
            line.hasPayload = true;
            return forEachField(value, [&line, key](std::string_view field, od::value &v) {
                if (field == "name" || field == "username")
                    return readString(v, line.name);
                if (field == "display_name")
                    return readString(v, line.displayName);
                if (field == "team")
                    return readString(v, line.team);
                if (field == "email")
                    return readString(v, line.email);
                if (field == "first_name")
                    return readString(v, line.firstName);
                if (field == "last_name")
                    return readString(v, line.lastName);
                if (field == "nickname")
                    return readString(v, line.nickname);
                if (field == "position")
                    return readString(v, line.position);
                if (field == "roles")
                    return readString(v, line.roles);
                if (field == "is_bot")
                    return readBool(v, line.isBot);
                if (key == "direct_channel" && field == "members") {
                    return forEachItem(v, [&line](od::value &member) {
                        std::string_view name;
                        auto error = readString(member, name);
                        line.members.push_back(name);
                        return error;
                    });
                }
                // Newer servers: participants[{username, ...}] in place of members[].
                if (key == "direct_channel" && field == "participants") {
                    return forEachItem(v, [&line](od::value &member) {
                        return forEachField(member, [&line](std::string_view f, od::value &u) {
                            if (f != "username")
                                return SUCCESS;
                            std::string_view name;
                            auto error = readString(u, name);
                            line.members.push_back(name);
                            return error;
                        });
                    });
                }
                return SUCCESS;
            });
        }
        if (key == "post" || key == "direct_post") {
            line.hasPayload = true;
            return parseMessage(value, line.post, -1, true);
        }
        return SUCCESS;
    });
}

error_code MattermostRun::parseMessage(od::value &value, Message &message, int owner, bool post)
{
    return forEachField(value, [&](std::string_view field, od::value &v) -> error_code {
        if (field == "user")
            return readString(v, message.user);
        if (field == "type")
            return readString(v, message.type);
        if (field == "message")
            return readString(v, message.text);
        if (field == "create_at")
            return readInt(v, message.createAt);
        if (field == "delete_at") {
            std::optional<std::int64_t> deleteAt;
            auto error = readInt(v, deleteAt);
            message.deleteAt = deleteAt.value_or(0);
            return error;
        }
        if (field == "reactions")
            return forEachItem(v, [&](od::value &r) { return parseReaction(r, owner); });
        if (!post)
            return SUCCESS;
        if (field == "team")
            return readString(v, m_line.team);
        if (field == "channel")
            return readString(v, m_line.channel);
        if (field == "channel_members") {
            return forEachItem(v, [this](od::value &member) {
                std::string_view name;
                auto error = readString(member, name);
                m_line.members.push_back(name);
                return error;
            });
        }
        if (field == "replies") {
            return forEachItem(v, [this](od::value &r) {
                m_line.replies.emplace_back();
                const int index = int(m_line.replies.size()) - 1;
                // Parsed into a local: a later reply may reallocate the vector.
                Message reply;
                auto error = parseMessage(r, reply, index, false);
                m_line.replies[std::size_t(index)] = reply;
                return error;
            });
        }
        return SUCCESS;
    });
}

error_code MattermostRun::parseReaction(od::value &value, int owner)
{
    Reaction reaction;
    reaction.owner = owner;
    auto error = forEachField(value, [&reaction](std::string_view field, od::value &v) {
        if (field == "user")
            return readString(v, reaction.user);
        if (field == "emoji_name")
            return readString(v, reaction.emoji);
        if (field == "create_at")
            return readInt(v, reaction.createAt);
        return SUCCESS;
    });
    m_line.reactions.push_back(reaction);
    return error;
}

Result<void> MattermostRun::handleLine()
{
    const std::string_view type = m_line.type;
    const bool known = type == "team" || type == "channel" || type == "user" || type == "bot" ||
                       type == "post" || type == "direct_channel" || type == "direct_post";
    // scheme, emoji, role and whatever newer servers add say nothing about engagement.
    if (!known)
        return {};
    if (!m_line.hasPayload)
        return error(
            QCoreApplication::translate("MattermostExportReader", "the line has no \"%1\" object")
                .arg(fromUtf8(type)));
    if (type == "team")
        return m_begun ? Result<void>{} : begin(m_line.name);
    if (!m_begun) {
        // A post before any team line: the export is named after its file.
        const QFileInfo info(m_archive.path());
        const QString name = m_archive.kind() == ExportArchive::Kind::Folder
                                 ? info.fileName()
                                 : info.completeBaseName();
        const QByteArray utf8 = name.toUtf8();
        if (auto begun = begin(std::string_view(utf8.constData(), std::size_t(utf8.size())));
            !begun)
            return begun;
    }
    if (type == "user" || type == "bot")
        return addPerson(type == "bot");
    if (type == "channel") {
        if (m_line.team.empty() || m_line.name.empty())
            return error(QCoreApplication::translate("MattermostExportReader",
                                                     "the channel has no team or name"));
        m_key.assign(m_line.team).append("/").append(m_line.name);
        return addChannel(m_key, m_line.displayName.empty() ? m_line.name : m_line.displayName);
    }
    if (type == "direct_channel") {
        if (m_line.members.empty())
            return error(QCoreApplication::translate("MattermostExportReader",
                                                     "the direct channel has no members"));
        return addDirectChannel(m_key);
    }
    return addPost(type == "direct_post");
}

Result<void> MattermostRun::begin(std::string_view name)
{
    m_begun = true;
    if (auto begun = m_sink.beginSource("mattermost", name); !begun)
        return error(begun.error().message);
    return {};
}

Result<void> MattermostRun::addPerson(bool bot)
{
    if (m_line.name.empty())
        return error(
            QCoreApplication::translate("MattermostExportReader", "the user has no username"));
    ImportedPerson person;
    person.sourceUserId = m_line.name;
    person.email = m_line.email;
    person.title = m_line.position;
    if (bot) {
        person.displayName = m_line.displayName;
    } else if (!m_line.firstName.empty() || !m_line.lastName.empty()) {
        person.displayName = m_line.firstName;
        if (!m_line.firstName.empty() && !m_line.lastName.empty())
            person.displayName += ' ';
        person.displayName += m_line.lastName;
    } else {
        person.displayName = m_line.nickname;
    }
    if (person.displayName.empty())
        person.displayName = m_line.name;
    if (bot || m_line.isBot)
        person.role = store::PersonRole::Bot;
    else if (m_line.roles.find("system_guest") != std::string_view::npos)
        person.role = store::PersonRole::Guest;
    if (auto added = m_sink.addPerson(person); !added)
        return error(added.error().message);
    return {};
}

Result<void> MattermostRun::addChannel(const std::string &key, std::string_view name)
{
    if (!m_channels.insert(key).second)
        return {};
    ImportedChannel channel;
    channel.sourceChannelId = key;
    channel.name = name;
    if (auto added = m_sink.addChannel(channel); !added)
        return error(added.error().message);
    return {};
}

// "dm/alice,bob" whatever order the export lists the members in; named after them.
Result<void> MattermostRun::addDirectChannel(std::string &key)
{
    auto &members = m_line.members;
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    key = "dm/";
    std::string name;
    for (std::size_t i = 0; i < members.size(); ++i) {
        if (i > 0) {
            key += ',';
            name += ", ";
        }
        key += members[i];
        const std::string_view display = m_sink.nameOf(members[i]);
        name += display.empty() ? members[i] : display;
    }
    return addChannel(key, name);
}

Result<std::int64_t> MattermostRun::secondsOf(const std::optional<std::int64_t> &createAt) const
{
    if (!createAt)
        return error(QCoreApplication::translate("MattermostExportReader", "create_at is missing"));
    const std::int64_t seconds = *createAt / 1000;
    if (*createAt < 0 || !ImportSink::timeInRange(seconds))
        return error(
            QCoreApplication::translate("MattermostExportReader", "create_at %1 is out of range")
                .arg(*createAt));
    return seconds;
}

std::optional<SkipReason> skipReasonOf(const Message &message)
{
    if (message.type.starts_with("system_"))
        return SkipReason::SystemMessage;
    if (message.deleteAt > 0)
        return SkipReason::Deleted;
    return std::nullopt;
}

Result<void> MattermostRun::addPost(bool direct)
{
    std::string channel;
    if (direct) {
        if (m_line.members.empty())
            return error(QCoreApplication::translate("MattermostExportReader",
                                                     "the direct post has no channel_members"));
        if (auto added = addDirectChannel(channel); !added)
            return added;
    } else {
        if (m_line.team.empty() || m_line.channel.empty())
            return error(QCoreApplication::translate("MattermostExportReader",
                                                     "the post has no team or channel"));
        channel.assign(m_line.team).append("/").append(m_line.channel);
        if (auto added = addChannel(channel, m_line.channel); !added)
            return added;
    }
    const Message &post = m_line.post;
    // What a skipped post carries goes with it, counted under the same reason.
    if (const auto reason = skipReasonOf(post)) {
        m_sink.skip(*reason, std::int64_t(1 + m_line.replies.size() + m_line.reactions.size()));
        return {};
    }
    const std::string postKey =
        channel + '/' + std::string(post.user) + '/' + std::to_string(post.createAt.value_or(0));
    if (auto added = addMessage(post, store::ActivityKind::Post, postKey, channel, {}, {}); !added)
        return added;
    if (auto added = addReactions(-1, postKey, channel, postKey); !added)
        return added;
    for (std::size_t i = 0; i < m_line.replies.size(); ++i) {
        const Message &reply = m_line.replies[i];
        if (const auto reason = skipReasonOf(reply)) {
            const auto reactions =
                std::count_if(m_line.reactions.begin(), m_line.reactions.end(),
                              [i](const Reaction &r) { return r.owner == int(i); });
            m_sink.skip(*reason, 1 + reactions);
            continue;
        }
        const std::string replyKey = postKey + "/reply/" + std::string(reply.user) + '/' +
                                     std::to_string(reply.createAt.value_or(0));
        if (auto added =
                addMessage(reply, store::ActivityKind::Reply, replyKey, channel, postKey, postKey);
            !added)
            return added;
        if (auto added = addReactions(int(i), replyKey, channel, postKey); !added)
            return added;
    }
    return {};
}

Result<void> MattermostRun::addMessage(const Message &message, store::ActivityKind kind,
                                       const std::string &key, std::string_view channel,
                                       std::string_view parent, std::string_view root)
{
    auto at = secondsOf(message.createAt);
    if (!at)
        return at.error();
    rewriteMentions(message.text);
    ImportedMessage imported;
    imported.key = key;
    imported.kind = kind;
    imported.at = *at;
    imported.author = message.user;
    imported.channel = channel;
    imported.parent = parent;
    imported.root = root;
    imported.text = m_text;
    imported.mentions.assign(m_mentionIds.begin(), m_mentionIds.end());
    if (auto added = m_sink.addMessage(imported); !added)
        return error(added.error().message);
    return {};
}

Result<void> MattermostRun::addReactions(int owner, const std::string &messageKey,
                                         std::string_view channel, std::string_view root)
{
    for (const Reaction &reaction : m_line.reactions) {
        if (reaction.owner != owner)
            continue;
        auto at = secondsOf(reaction.createAt);
        if (!at)
            return at.error();
        const std::string key = messageKey + "/reaction/" + std::string(reaction.user) + '/' +
                                std::string(reaction.emoji);
        ImportedMessage imported;
        imported.key = key;
        imported.kind = store::ActivityKind::Reaction;
        imported.at = *at;
        imported.author = reaction.user;
        imported.channel = channel;
        imported.parent = messageKey;
        imported.root = root;
        imported.emoji = reaction.emoji;
        if (auto added = m_sink.addMessage(imported); !added)
            return error(added.error().message);
    }
    return {};
}

// "@alice" -> "@Alice Archer" for usernames of this export, as every reader writes
// mentions; Mattermost usernames are lower case and a trailing '.', '-' or '_' ends a
// sentence rather than the name ("thanks @alice."), as Mattermost itself reads them.
void MattermostRun::rewriteMentions(std::string_view message)
{
    m_text.clear();
    m_mentionIds.clear();
    std::string name;
    std::size_t pos = 0;
    while (pos < message.size()) {
        const std::size_t at = message.find('@', pos);
        if (at == std::string_view::npos) {
            m_text.append(message.substr(pos));
            break;
        }
        m_text.append(message.substr(pos, at - pos + 1));
        pos = at + 1;
        if (at > 0 && isUsernameChar(message[at - 1]))
            continue; // an e-mail address
        std::size_t end = pos;
        while (end < message.size() && isUsernameChar(message[end]))
            ++end;
        std::string_view candidate = message.substr(pos, end - pos);
        while (!candidate.empty()) {
            name.assign(candidate);
            std::transform(name.begin(), name.end(), name.begin(),
                           [](char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; });
            if (m_sink.knowsUser(name))
                break;
            const char last = candidate.back();
            candidate = last == '.' || last == '-' || last == '_'
                            ? candidate.substr(0, candidate.size() - 1)
                            : std::string_view{};
        }
        if (candidate.empty())
            continue;
        const std::string_view display = m_sink.nameOf(name);
        m_text.append(display.empty() ? std::string_view(name) : display);
        if (std::find(m_mentionIds.begin(), m_mentionIds.end(), name) == m_mentionIds.end())
            m_mentionIds.push_back(name);
        pos += candidate.size();
    }
}

} // namespace

Result<void> MattermostExportReader::read(const ExportArchive &archive, ImportSink &sink,
                                          const ImportOptions &, const ImportProgress &progress)
{
    return MattermostRun(archive, sink, progress).read();
}

} // namespace goodwill::importers
