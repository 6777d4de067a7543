#include "slackexportreader.h"

#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"
#include "jsonfields.h"
#include "slackmarkup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <simdjson.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goodwill::importers {
namespace {

namespace od = simdjson::ondemand;
using fieldtext::fromUtf8;
using json::isArray;
using json::isObject;
using simdjson::error_code;

// Subtypes that are someone writing something; every other subtype is an event Slack
// logged (joins, topic changes, pins, tombstones of deleted threads ...).
bool isContentSubtype(std::string_view subtype)
{
    return subtype.empty() || subtype == "file_share" || subtype == "me_message" ||
           subtype == "file_comment" || subtype == "thread_broadcast";
}

// Calls handler(key, value) for every field of `object`, the key as written (compared
// without unescaping: Slack's keys are plain ASCII); stops at the first error.
template <typename Handler> error_code forEachRawField(od::object &object, Handler &&handler)
{
    for (auto result : object) {
        od::field field;
        if (auto error = std::move(result).get(field))
            return error;
        if (auto error = handler(field.key(), field.value()))
            return error;
    }
    return simdjson::SUCCESS;
}

// The same for a value known to be an object (isObject()).
template <typename Handler> error_code forEachRawField(od::value &value, Handler &&handler)
{
    od::object object;
    if (auto error = value.get_object().get(object))
        return error;
    return forEachRawField(object, handler);
}

// A string field, or empty for null and other types: exports write null for unset fields.
error_code readString(od::value &value, std::string_view &out)
{
    out = {};
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    if (type != od::json_type::string)
        return simdjson::SUCCESS;
    return value.get_string().get(out);
}

error_code readBool(od::value &value, bool &out)
{
    out = false;
    od::json_type type;
    if (auto error = value.type().get(type))
        return error;
    if (type != od::json_type::boolean)
        return simdjson::SUCCESS;
    return value.get_bool().get(out);
}

// Slack's ts is "<seconds>.<microseconds>" as text; the seconds are the message's time.
bool secondsOfTs(std::string_view ts, std::int64_t &seconds)
{
    const std::size_t dot = ts.find('.');
    const std::string_view whole = ts.substr(0, dot);
    const std::string_view fraction =
        dot == std::string_view::npos ? std::string_view() : ts.substr(dot + 1);
    if (whole.empty() || whole.size() > 15)
        return false;
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (!std::all_of(whole.begin(), whole.end(), isDigit) ||
        !std::all_of(fraction.begin(), fraction.end(), isDigit))
        return false;
    seconds = 0;
    for (char c : whole)
        seconds = seconds * 10 + (c - '0');
    return true;
}

// "general/2026-01-05.json" below the export's root: the folder, or empty when the entry
// is not a day file.
QString dayFileFolder(const QString &name, const QString &root)
{
    if (!name.startsWith(root))
        return {};
    const QStringView rest = QStringView(name).mid(root.size());
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0 || rest.size() - slash - 1 != 15)
        return {};
    const QStringView file = rest.mid(slash + 1);
    for (qsizetype i = 0; i < 10; ++i) {
        const bool dash = i == 4 || i == 7;
        if (dash ? file[i] != QLatin1Char('-') : !file[i].isDigit())
            return {};
    }
    if (file.mid(10) != QLatin1StringView(".json"))
        return {};
    return rest.left(slash).toString();
}

struct Reaction
{
    std::string_view name;
    std::size_t firstUser = 0, userCount = 0;
};

// The fields of one message this reader uses, as views valid until the next day file.
struct SlackMessage
{
    std::string_view ts, threadTs, subtype, user, text, commentUser, commentText;
    bool hasTs = false, hasBot = false;
    std::vector<Reaction> reactions;
    std::vector<std::string_view> reactionUsers;

    void clear()
    {
        ts = threadTs = subtype = user = text = commentUser = commentText = {};
        hasTs = hasBot = false;
        reactions.clear();
        reactionUsers.clear();
    }
};

// Slack lists a user once per emoji; a generated or merged export may not, and the key
// (message, user, emoji) must stay unique: a repeat is not another reaction.
bool listedBefore(const SlackMessage &message, std::size_t reaction, std::size_t user)
{
    const Reaction &current = message.reactions[reaction];
    const std::string_view id = message.reactionUsers[current.firstUser + user];
    const auto inRange = [&](const Reaction &other, std::size_t count) {
        const auto begin = message.reactionUsers.begin() + std::ptrdiff_t(other.firstUser);
        return std::find(begin, begin + std::ptrdiff_t(count), id) != begin + std::ptrdiff_t(count);
    };
    if (inRange(current, user))
        return true;
    for (std::size_t r = 0; r < reaction; ++r) {
        if (message.reactions[r].name == current.name &&
            inRange(message.reactions[r], message.reactions[r].userCount))
            return true;
    }
    return false;
}

class SlackRun
{
public:
    SlackRun(const ExportArchive &archive, ImportSink &sink, const ImportOptions &options,
             const ImportProgress &progress)
        : m_archive(archive), m_sink(sink), m_progress(progress),
          m_departmentField(options.slackDepartmentField.toStdString()),
          m_markup([&sink](std::string_view id) { return sink.nameOf(id); })
    {}

    Result<void> run();

private:
    struct DayFile
    {
        int entry;
        std::string channel;
    };

    Result<void> load(int entry);
    // Loads the entry, a JSON array, and starts reading it into `document` and `list`.
    Result<void> loadList(int entry, od::document &document, od::array &list);
    // `document` null: the file could not be opened as JSON at all.
    Error jsonError(int entry, od::document *document, error_code error,
                    const QString &record = {}) const;
    Result<void> fileDone(int entry);
    Result<void> readPeople(int entry);
    Result<void> readConversations(int entry, bool folderIsId);
    Result<void> readDay(const DayFile &day);
    error_code parseMessage(od::object &object, SlackMessage &message);
    Result<void> addMessage(const DayFile &day, std::int64_t index);
    bool isBot(std::string_view user) const
    {
        return std::binary_search(m_bots.begin(), m_bots.end(), user);
    }

    const ExportArchive &m_archive;
    ImportSink &m_sink;
    const ImportProgress &m_progress;
    std::string m_departmentField;
    SlackMarkup m_markup;

    od::parser m_parser;
    std::string m_buffer; // the file being read, followed by simdjson's padding
    // totalSize() adds up every entry: asked once, not after each of many thousand files.
    const std::int64_t m_total = m_archive.totalSize();
    std::int64_t m_done = 0;
    QString m_root; // "" or "export/": the folder users.json sits in
    std::vector<std::string> m_bots;
    QHash<QString, std::string> m_channelOfFolder;

    // Reused for every message so that the hot path allocates nothing once warm.
    SlackMessage m_message;
    ImportedMessage m_activity, m_reaction;
    std::string m_key, m_parent, m_reactionKey, m_text;
};

Result<void> SlackRun::load(int entry)
{
    return m_archive.read(entry, m_buffer, simdjson::SIMDJSON_PADDING);
}

Result<void> SlackRun::loadList(int entry, od::document &document, od::array &list)
{
    if (auto loaded = load(entry); !loaded)
        return loaded;
    if (auto error = m_parser
                         .iterate(m_buffer.data(), m_buffer.size() - simdjson::SIMDJSON_PADDING,
                                  m_buffer.size())
                         .get(document))
        return jsonError(entry, nullptr, error);
    if (auto error = document.get_array().get(list))
        return jsonError(entry, &document, error);
    return {};
}

Error SlackRun::jsonError(int entry, od::document *document, error_code error,
                          const QString &record) const
{
    const QString what = QString::fromUtf8(simdjson::error_message(error));
    if (!document)
        return ExportReader::inRecord(
            m_archive.displayName(entry), record,
            QCoreApplication::translate("SlackExportReader", "invalid JSON: %1").arg(what));
    // Past the end when the file stops inside an array or object.
    std::size_t offset = m_buffer.size() - simdjson::SIMDJSON_PADDING;
    const char *at = nullptr;
    if (!document->current_location().get(at))
        offset = std::size_t(at - m_buffer.data());
    return ExportReader::inRecord(
        m_archive.displayName(entry), record,
        QCoreApplication::translate("SlackExportReader", "invalid JSON at byte %1: %2")
            .arg(offset)
            .arg(what));
}

Result<void> SlackRun::fileDone(int entry)
{
    m_done += m_archive.entries()[std::size_t(entry)].size;
    if (m_progress && !m_progress(m_done, m_total))
        return ExportReader::cancelled();
    return {};
}

Result<void> SlackRun::run()
{
    int users = m_archive.findEnding(QStringLiteral("users.json"));
    if (users < 0)
        users = m_archive.findEnding(QStringLiteral("org_users.json"));
    const int channels = m_archive.findEnding(QStringLiteral("channels.json"));
    if (users < 0 || channels < 0)
        return ExportReader::inRecord(
            m_archive.displayName(-1), {},
            QCoreApplication::translate("SlackExportReader",
                                        "%1 is missing: this is not a Slack workspace export")
                .arg(users < 0 ? QStringLiteral("users.json") : QStringLiteral("channels.json")));
    const QString &usersName = m_archive.entries()[std::size_t(users)].name;
    m_root = usersName.left(usersName.lastIndexOf(QLatin1Char('/')) + 1);

    if (auto done = readPeople(users); !done)
        return done;
    if (auto done = readConversations(channels, false); !done)
        return done;
    // Private channels and group DMs have folders named like channels; DMs have no name
    // and their folders carry the id.
    for (const auto &[file, folderIsId] : {std::pair{QStringLiteral("groups.json"), false},
                                           std::pair{QStringLiteral("mpims.json"), false},
                                           std::pair{QStringLiteral("dms.json"), true}}) {
        const int entry = m_archive.find(m_root + file);
        if (entry < 0)
            continue;
        if (auto done = readConversations(entry, folderIsId); !done)
            return done;
    }

    std::vector<DayFile> days;
    const auto &entries = m_archive.entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const QString folder = dayFileFolder(entries[i].name, m_root);
        if (folder.isEmpty())
            continue;
        auto found = m_channelOfFolder.constFind(folder);
        if (found == m_channelOfFolder.constEnd()) {
            const std::string id = folder.toStdString();
            if (auto added = m_sink.addChannel({id, id}); !added)
                return ExportReader::inRecord(m_archive.displayName(int(i)), {},
                                              added.error().message);
            m_sink.warn(QCoreApplication::translate(
                            "SlackExportReader",
                            "The folder '%1' is not listed in channels.json: its messages were "
                            "imported as the channel '%1'")
                            .arg(folder));
            found = m_channelOfFolder.insert(folder, id);
        }
        days.push_back({int(i), *found});
    }
    for (const DayFile &day : days) {
        if (auto done = readDay(day); !done)
            return done;
    }
    if (m_progress && !m_progress(m_total, m_total))
        return ExportReader::cancelled();
    return {};
}

Result<void> SlackRun::readPeople(int entry)
{
    od::document document;
    od::array list;
    if (auto loaded = loadList(entry, document, list); !loaded)
        return loaded;

    std::vector<ImportedPerson> people;
    std::string team;
    bool anyDepartment = false;
    std::int64_t index = 0;
    for (auto element : list) {
        ++index;
        const auto record = [index] {
            return QCoreApplication::translate("SlackExportReader", "user %1").arg(index);
        };
        od::object object;
        if (auto error = element.get_object().get(object))
            return jsonError(entry, &document, error, record());
        ImportedPerson person;
        std::string_view id, teamId, name, realName, profileRealName, displayName, email, title,
            department;
        bool bot = false, app = false, restricted = false, ultraRestricted = false;
        const auto readProfile = [&](od::raw_json_string key, od::value &value) -> error_code {
            if (key == "real_name")
                return readString(value, profileRealName);
            if (key == "display_name")
                return readString(value, displayName);
            if (key == "email")
                return readString(value, email);
            if (key == "title")
                return readString(value, title);
            if (key == "fields" && !m_departmentField.empty() && isObject(value)) {
                // {"Xf0123ABC": {"value": "Sales", "alt": ""}}; [] or null when empty.
                od::value departmentValue;
                if (!value[m_departmentField].get(departmentValue) && isObject(departmentValue)) {
                    od::value text;
                    if (!departmentValue["value"].get(text))
                        return readString(text, department);
                }
            }
            return simdjson::SUCCESS;
        };
        const error_code error =
            forEachRawField(object, [&](od::raw_json_string key, od::value &value) -> error_code {
                if (key == "id")
                    return readString(value, id);
                if (key == "team_id")
                    return readString(value, teamId);
                if (key == "name")
                    return readString(value, name);
                if (key == "real_name")
                    return readString(value, realName);
                if (key == "is_bot")
                    return readBool(value, bot);
                if (key == "is_app_user")
                    return readBool(value, app);
                if (key == "is_restricted")
                    return readBool(value, restricted);
                if (key == "is_ultra_restricted")
                    return readBool(value, ultraRestricted);
                if (key == "profile" && isObject(value))
                    return forEachRawField(value, readProfile);
                return simdjson::SUCCESS;
            });
        if (error)
            return jsonError(entry, &document, error, record());
        if (id.empty())
            return ExportReader::inRecord(
                m_archive.displayName(entry), record(),
                QCoreApplication::translate("SlackExportReader", "the user has no id"));
        if (team.empty())
            team = teamId;
        person.sourceUserId = id;
        person.email = email;
        for (std::string_view candidate : {profileRealName, realName, displayName, name, id}) {
            if (!candidate.empty()) {
                person.displayName = candidate;
                break;
            }
        }
        person.title = title;
        person.department = department;
        anyDepartment = anyDepartment || !department.empty();
        // Slackbot is listed as an ordinary user (is_bot false) under this fixed id.
        if (bot || app || id == "USLACKBOT")
            person.role = store::PersonRole::Bot;
        else if (restricted || ultraRestricted)
            person.role = store::PersonRole::Guest;
        if (person.role == store::PersonRole::Bot)
            m_bots.push_back(person.sourceUserId);
        people.push_back(std::move(person));
    }
    std::sort(m_bots.begin(), m_bots.end());

    if (team.empty()) {
        const QFileInfo file(QDir::cleanPath(m_archive.path()));
        team = (m_archive.kind() == ExportArchive::Kind::Folder ? file.fileName()
                                                                : file.completeBaseName())
                   .toStdString();
    }
    if (auto begun = m_sink.beginSource("slack", team); !begun)
        return ExportReader::inRecord(m_archive.displayName(-1), {}, begun.error().message);
    for (std::size_t i = 0; i < people.size(); ++i) {
        if (auto added = m_sink.addPerson(people[i]); !added)
            return ExportReader::inRecord(
                m_archive.displayName(entry),
                QCoreApplication::translate("SlackExportReader", "user %1").arg(i + 1),
                added.error().message);
    }
    if (!anyDepartment)
        m_sink.warn(QCoreApplication::translate(
            "SlackExportReader",
            "No departments found: attach a roster or choose the profile field "
            "that holds the department"));
    return fileDone(entry);
}

Result<void> SlackRun::readConversations(int entry, bool folderIsId)
{
    od::document document;
    od::array list;
    if (auto loaded = loadList(entry, document, list); !loaded)
        return loaded;
    std::int64_t index = 0;
    for (auto element : list) {
        ++index;
        const QString record =
            QCoreApplication::translate("SlackExportReader", "conversation %1").arg(index);
        od::object object;
        if (auto error = element.get_object().get(object))
            return jsonError(entry, &document, error, record);
        std::string_view id, name;
        // `created` is a string in old exports and a number in new ones: it is not read.
        const error_code error =
            forEachRawField(object, [&](od::raw_json_string key, od::value &value) -> error_code {
                if (key == "id")
                    return readString(value, id);
                if (key == "name")
                    return readString(value, name);
                return simdjson::SUCCESS;
            });
        if (error)
            return jsonError(entry, &document, error, record);
        if (id.empty())
            return ExportReader::inRecord(
                m_archive.displayName(entry), record,
                QCoreApplication::translate("SlackExportReader", "the conversation has no id"));
        ImportedChannel channel{std::string(id), std::string(name.empty() ? id : name)};
        if (auto added = m_sink.addChannel(channel); !added)
            return ExportReader::inRecord(m_archive.displayName(entry), record,
                                          added.error().message);
        // A folder may also be named by the id (DMs always are); the name wins a clash.
        const QString idFolder = fromUtf8(id);
        if (!folderIsId && !name.empty())
            m_channelOfFolder.insert(fromUtf8(name), channel.sourceChannelId);
        if (!m_channelOfFolder.contains(idFolder))
            m_channelOfFolder.insert(idFolder, channel.sourceChannelId);
    }
    return fileDone(entry);
}

Result<void> SlackRun::readDay(const DayFile &day)
{
    od::document document;
    od::array list;
    if (auto loaded = loadList(day.entry, document, list); !loaded)
        return loaded;
    std::int64_t index = 0;
    for (auto element : list) {
        ++index;
        od::object object;
        error_code error = element.get_object().get(object);
        if (!error)
            error = parseMessage(object, m_message);
        if (error)
            return jsonError(
                day.entry, &document, error,
                QCoreApplication::translate("SlackExportReader", "message %1").arg(index));
        if (auto added = addMessage(day, index); !added)
            return added;
    }
    return fileDone(day.entry);
}

error_code SlackRun::parseMessage(od::object &object, SlackMessage &message)
{
    message.clear();
    for (auto result : object) {
        od::field field;
        if (auto error = std::move(result).get(field))
            return error;
        const od::raw_json_string key = field.key();
        od::value &value = field.value();
        error_code error = simdjson::SUCCESS;
        if (key == "ts") {
            // Kept as written: it is the message's key. Another type than a string is kept
            // as its JSON text, for addMessage to refuse by name.
            message.hasTs = true;
            od::json_type type;
            if ((error = value.type().get(type)))
                return error;
            if (type == od::json_type::string) {
                error = value.get_string().get(message.ts);
            } else {
                message.ts = value.raw_json_token();
                while (!message.ts.empty() &&
                       (message.ts.back() == ' ' || message.ts.back() == '\n' ||
                        message.ts.back() == '\r' || message.ts.back() == '\t'))
                    message.ts.remove_suffix(1);
            }
        } else if (key == "thread_ts") {
            error = readString(value, message.threadTs);
        } else if (key == "subtype") {
            error = readString(value, message.subtype);
        } else if (key == "user") {
            error = readString(value, message.user);
        } else if (key == "text") {
            error = readString(value, message.text);
        } else if (key == "bot_id") {
            bool isNull = false;
            if ((error = value.is_null().get(isNull)))
                return error;
            message.hasBot = !isNull;
        } else if (key == "comment" && isObject(value)) {
            // file_comment (old exports) names its author and text here.
            error = forEachRawField(
                value, [&](od::raw_json_string commentKey, od::value &commentValue) -> error_code {
                    if (commentKey == "user")
                        return readString(commentValue, message.commentUser);
                    if (commentKey == "comment")
                        return readString(commentValue, message.commentText);
                    return simdjson::SUCCESS;
                });
        } else if (key == "reactions" && isArray(value)) {
            for (auto reactionResult : value.get_array()) {
                od::object reactionObject;
                if ((error = reactionResult.get_object().get(reactionObject)))
                    return error;
                Reaction reaction;
                reaction.firstUser = message.reactionUsers.size();
                // `count` may exceed users[] (Slack lists only some): only named users count.
                error = forEachRawField(
                    reactionObject,
                    [&](od::raw_json_string itemKey, od::value &item) -> error_code {
                        if (itemKey == "name")
                            return readString(item, reaction.name);
                        if (itemKey == "users" && isArray(item)) {
                            for (auto user : item.get_array()) {
                                std::string_view id;
                                if (auto userError = user.get_string().get(id))
                                    return userError;
                                message.reactionUsers.push_back(id);
                            }
                        }
                        return simdjson::SUCCESS;
                    });
                if (error)
                    return error;
                reaction.userCount = message.reactionUsers.size() - reaction.firstUser;
                if (!reaction.name.empty())
                    message.reactions.push_back(reaction);
            }
        }
        if (error)
            return error;
    }
    return simdjson::SUCCESS;
}

Result<void> SlackRun::addMessage(const DayFile &day, std::int64_t index)
{
    const SlackMessage &message = m_message;
    const auto where = [&] {
        return message.hasTs
                   ? QCoreApplication::translate("SlackExportReader", "message %1 (ts %2)")
                         .arg(index)
                         .arg(fromUtf8(message.ts))
                   : QCoreApplication::translate("SlackExportReader", "message %1").arg(index);
    };
    std::int64_t at = 0;
    if (!message.hasTs)
        return ExportReader::inRecord(
            m_archive.displayName(day.entry), where(),
            QCoreApplication::translate("SlackExportReader", "the message has no ts"));
    if (!secondsOfTs(message.ts, at))
        return ExportReader::inRecord(
            m_archive.displayName(day.entry), where(),
            QCoreApplication::translate("SlackExportReader", "ts is not a number"));
    if (!ImportSink::timeInRange(at))
        return ExportReader::inRecord(
            m_archive.displayName(day.entry), where(),
            QCoreApplication::translate("SlackExportReader",
                                        "ts is not a time between 1990 and 2100"));

    const std::string_view author = message.user.empty() ? message.commentUser : message.user;
    std::int64_t reactionCount = 0;
    for (const Reaction &reaction : message.reactions)
        reactionCount += std::int64_t(reaction.userCount);
    // A message left out takes its reactions with it, counted under the same reason: they
    // would have nothing to point at.
    std::optional<SkipReason> skipped;
    if (!isContentSubtype(message.subtype) && message.subtype != "bot_message")
        skipped = SkipReason::SystemMessage;
    else if (message.subtype == "bot_message" || message.hasBot)
        skipped = SkipReason::Bot;
    else if (author.empty() || !m_sink.knowsUser(author))
        skipped = SkipReason::UnknownUser;
    else if (isBot(author))
        skipped = SkipReason::Bot;
    if (skipped) {
        m_sink.skip(*skipped, 1 + reactionCount);
        return {};
    }

    m_key.assign(day.channel).append(1, '/').append(message.ts);
    const bool reply = !message.threadTs.empty() && message.threadTs != message.ts;
    if (reply)
        m_parent.assign(day.channel).append(1, '/').append(message.threadTs);
    m_sink.prefetch(m_key, reply ? std::string_view(m_parent) : std::string_view());
    m_activity.mentions.clear();
    // A file_comment's own text is "<@U2> commented on <@U1>'s file ...: <comment>".
    m_markup.toPlainText(message.commentText.empty() ? message.text : message.commentText, m_text,
                         m_activity.mentions);
    m_activity.key = m_key;
    m_activity.kind = reply ? store::ActivityKind::Reply : store::ActivityKind::Post;
    m_activity.at = at;
    m_activity.author = author;
    m_activity.channel = day.channel;
    m_activity.parent = reply ? std::string_view(m_parent) : std::string_view();
    m_activity.root = m_activity.parent;
    m_activity.text = m_text;
    if (auto added = m_sink.addMessage(m_activity); !added)
        return ExportReader::inRecord(m_archive.displayName(day.entry), where(),
                                      added.error().message);

    // Exports carry no reaction time: a reaction is dated with its message.
    m_reaction.kind = store::ActivityKind::Reaction;
    m_reaction.at = at;
    m_reaction.channel = day.channel;
    m_reaction.parent = m_key;
    m_reaction.root = reply ? std::string_view(m_parent) : std::string_view(m_key);
    for (std::size_t r = 0; r < message.reactions.size(); ++r) {
        const Reaction &reaction = message.reactions[r];
        for (std::size_t i = 0; i < reaction.userCount; ++i) {
            const std::string_view user = message.reactionUsers[reaction.firstUser + i];
            if (listedBefore(message, r, i))
                continue;
            if (!m_sink.knowsUser(user)) {
                m_sink.skip(SkipReason::UnknownUser);
                continue;
            }
            if (isBot(user)) {
                m_sink.skip(SkipReason::Bot);
                continue;
            }
            m_reactionKey.assign(m_key).append(1, '/').append(user).append(1, '/').append(
                reaction.name);
            m_reaction.key = m_reactionKey;
            m_reaction.author = user;
            m_reaction.emoji = reaction.name;
            if (auto added = m_sink.addMessage(m_reaction); !added)
                return ExportReader::inRecord(
                    m_archive.displayName(day.entry),
                    QCoreApplication::translate("SlackExportReader",
                                                "message %1 (ts %2), reaction %3 by %4")
                        .arg(index)
                        .arg(fromUtf8(message.ts), fromUtf8(reaction.name), fromUtf8(user)),
                    added.error().message);
        }
    }
    return {};
}

} // namespace

Result<void> SlackExportReader::read(const ExportArchive &archive, ImportSink &sink,
                                     const ImportOptions &options, const ImportProgress &progress)
{
    SlackRun run(archive, sink, options, progress);
    return run.run();
}

} // namespace goodwill::importers
