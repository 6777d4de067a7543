#include "importsink.h"

#include "csvreader.h"
#include "fieldtext.h"

#include "store/bulkwriter.h"
#include "store/sqliteconnection.h"
#include "store/storewriter.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <initializer_list>

namespace goodwill::importers {
namespace {

// A 64-bit hash stands for the key in memory; the database keeps the full key.
std::uint64_t keyHash(std::string_view key)
{
    return KeyIndex::hashOf(key);
}

constexpr std::int64_t earliest = 631152000; // 1990-01-01T00:00:00Z
constexpr std::int64_t latest = 4102444800;  // 2100-01-01T00:00:00Z
constexpr std::string_view beginningOfTime = "1970-01-01";
// KeyIndex::Entry::root of keys that are not messages one can answer: a message waiting
// for its parent, a reaction, a message left out (its reason in `channel`).
constexpr std::int64_t waitingRoot = -1;
constexpr std::int64_t reactionRoot = -2;
constexpr std::int64_t skippedRoot = -3;

static_assert(ImportSink::maxFieldSize == CsvReader::maxFieldSize);

// The index of the first value over ImportSink::maxFieldSize, or -1. No platform lets a
// message come near it (Slack caps a text at 40,000 characters, Mattermost at 65,535): a
// larger value is a damaged or hostile file, refused by name instead of written.
int firstTooLarge(std::initializer_list<std::string_view> values)
{
    int index = 0;
    for (const std::string_view value : values) {
        if (value.size() > ImportSink::maxFieldSize)
            return index;
        ++index;
    }
    return -1;
}

Error tooLarge(const QString &field, std::size_t size)
{
    return Error{QCoreApplication::translate(
                     "ImportSink", "the %1 is %2 MiB long; a value may hold at most %3 MiB")
                     .arg(field)
                     .arg((size + (std::size_t(1) << 20) - 1) >> 20)
                     .arg(ImportSink::maxFieldSize >> 20)};
}

} // namespace

bool ImportSink::timeInRange(std::int64_t seconds)
{
    return seconds >= earliest && seconds < latest;
}

ImportSink::ImportSink(store::SqliteConnection &connection,
                       const analytics::ModelSettings &settings, const QString &today)
    : m_connection(connection), m_channelKinds(settings), m_today(today)
{}

ImportSink::~ImportSink()
{
    if (m_bulk)
        m_bulk->finish();
}

Result<std::unique_ptr<ImportSink>> ImportSink::create(store::SqliteConnection &connection,
                                                       const analytics::ModelSettings &settings,
                                                       const QString &today, std::size_t keyBudget)
{
    std::unique_ptr<ImportSink> sink(new ImportSink(connection, settings, today));
    auto writer = store::StoreWriter::create(connection);
    if (!writer)
        return writer.error();
    sink->m_writer = std::make_unique<store::StoreWriter>(std::move(writer).value());
    // The database's directory (a new file's .part is there too); none for one in memory.
    if (const char *file = sqlite3_db_filename(connection.handle(), "main"); file && *file)
        sink->m_keyDirectory = std::filesystem::path(file).parent_path().string();
    sink->m_keyBudget = keyBudget;
    sink->m_keys.spillTo(sink->m_keyDirectory, keyBudget);
    if (auto loaded = sink->load(); !loaded)
        return loaded.error();
    return sink;
}

// Everything the sink must know of the database before writing: the next free ids,
// people by e-mail, departments, bots and the open roster stints.
Result<void> ImportSink::load()
{
    for (auto [sql, into] :
         {std::pair{"SELECT coalesce(max(id), 0) + 1 FROM people", &m_nextPerson},
          std::pair{"SELECT coalesce(max(id), 0) + 1 FROM channels", &m_nextChannel},
          std::pair{"SELECT coalesce(max(id), 0) + 1 FROM activities", &m_nextActivity},
          std::pair{"SELECT coalesce(max(id), 0) + 1 FROM departments", &m_nextDepartment},
          std::pair{"SELECT coalesce(max(id), 0) + 1 FROM sources", &m_sourceId}}) {
        auto value = m_connection.queryInt(sql);
        if (!value)
            return value.error();
        *into = *value;
    }
    m_nextSource = m_sourceId;
    m_sourceId = 0;
    m_firstNewActivity = m_nextActivity;
    const auto each = [this](const char *sql, const auto &row) -> Result<void> {
        auto statement = m_connection.prepare(sql);
        if (!statement)
            return statement.error();
        store::SqliteStatement::Step step;
        while ((step = statement->step()) == store::SqliteStatement::Step::Row)
            row(*statement);
        if (step == store::SqliteStatement::Step::Error)
            return m_connection.error(
                QCoreApplication::translate("ImportSink", "cannot read the database"));
        return {};
    };
    if (auto done = each("SELECT id, email, coalesce(role_override, role) FROM people",
                         [this](store::SqliteStatement &row) {
                             if (!row.isNull(1))
                                 m_peopleByEmail[fieldtext::lowerAscii(row.textView(1))] =
                                     row.int64(0);
                             if (row.textView(2) == "bot")
                                 m_botPeople.insert(row.int64(0));
                         });
        !done)
        return done;
    if (auto done = each("SELECT id, name FROM departments",
                         [this](store::SqliteStatement &row) {
                             m_departments[fieldtext::lowerAscii(row.textView(1))] = row.int64(0);
                         });
        !done)
        return done;
    return each("SELECT person_id, valid_from, valid_to, department_id FROM roster "
                "ORDER BY person_id, valid_from",
                [this](store::SqliteStatement &row) {
                    Stint &stint = m_stints[row.int64(0)];
                    stint.any = true;
                    if (row.isNull(2)) {
                        stint.openFrom = std::string(row.textView(1));
                        stint.department = row.int64(3);
                    }
                });
}

Result<void> ImportSink::beginSource(std::string_view kind, std::string_view name)
{
    if (m_sourceId != 0)
        return Error{QCoreApplication::translate(
            "ImportSink", "internal: a source began before the previous one finished")};
    m_report = ImportReport();
    m_userIds.clear();
    m_users.clear();
    m_lastPerson = 0;
    m_channels.clear();
    m_keys.clear();
    m_waiting.clear();
    m_firstNewActivity = m_nextActivity; // what is older counts as already imported

    auto found = m_connection.prepare("SELECT id FROM sources WHERE kind = ? AND name = ?");
    if (!found)
        return found.error();
    found->bind(1, kind);
    found->bind(2, name);
    if (found->step() == store::SqliteStatement::Step::Row) {
        m_sourceId = found->int64(0);
        if (auto loaded = loadSource(); !loaded)
            return loaded;
    } else {
        m_sourceId = m_nextSource++;
        if (auto done = m_writer->insert(store::SourceRecord{m_sourceId, kind, name}); !done)
            return done;
    }
    m_bulk = std::make_unique<store::BulkWriter>(*m_writer);
    return {};
}

// A source imported before: its people, channels and activity keys, so that a newer
// export of it adds only what is new.
Result<void> ImportSink::loadSource()
{
    auto users = m_connection.prepare(
        "SELECT s.source_user_id, p.id, p.display_name FROM person_source_ids s "
        "JOIN people p ON p.id = s.person_id WHERE s.source_id = ?");
    if (!users)
        return users.error();
    users->bind(1, m_sourceId);
    while (users->step() == store::SqliteStatement::Step::Row)
        if (m_userIds.find(users->textView(0)) < 0) { // the key is unique in the file
            m_userIds.add(users->textView(0));
            m_users.push_back({users->int64(1), std::string(users->textView(2))});
        }
    auto channels =
        m_connection.prepare("SELECT source_channel_id, id FROM channels WHERE source_id = ?");
    if (!channels)
        return channels.error();
    channels->bind(1, m_sourceId);
    while (channels->step() == store::SqliteStatement::Step::Row)
        m_channels[std::string(channels->textView(0))] = channels->int64(1);
    auto activities = m_connection.prepare(
        "SELECT source_activity_id, id, kind, coalesce(thread_root_id, id), channel_id "
        "FROM activities WHERE source_id = ?");
    if (!activities)
        return activities.error();
    activities->bind(1, m_sourceId);
    store::SqliteStatement::Step step;
    while ((step = activities->step()) == store::SqliteStatement::Step::Row) {
        if (auto room = m_keys.makeRoom(); !room)
            return room;
        KeyIndex::Entry &entry = m_keys.insert(keyHash(activities->textView(0)));
        entry = KeyIndex::Entry::make(entry.hash, activities->int64(1),
                                      activities->textView(2) == "reaction" ? reactionRoot
                                                                            : activities->int64(3),
                                      activities->int64(4));
    }
    if (step == store::SqliteStatement::Step::Error)
        return m_connection.error(
            QCoreApplication::translate("ImportSink", "cannot read the database"));
    return {};
}

Result<std::int64_t> ImportSink::departmentId(std::string_view name)
{
    const std::string key = fieldtext::lowerAscii(name);
    if (const auto it = m_departments.find(key); it != m_departments.end())
        return it->second;
    const std::int64_t id = m_nextDepartment++;
    m_departments.emplace(key, id);
    m_bulk->call([id, name = std::string(name)](store::StoreWriter &writer) {
        return writer.insert(store::DepartmentRecord{id, name, 0});
    });
    return id;
}

// The department an export gives a person, kept as their open roster stint: a person
// without stints is in it from the beginning; a move closes the open stint on `today`.
void ImportSink::keepDepartment(std::int64_t person, std::int64_t department,
                                const std::string &title)
{
    if (m_rosterReplaced.contains(person))
        return;
    Stint &stint = m_stints[person];
    if (!stint.openFrom.empty() && stint.department == department)
        return;
    const std::string today = m_today.toStdString();
    std::string from = stint.any ? today : std::string(beginningOfTime);
    if (!stint.openFrom.empty()) {
        // A stint that began today stays: two exports imported on one day that disagree
        // keep the first one's department (a roster settles it).
        if (stint.openFrom >= today)
            return;
        m_bulk->call([person, openFrom = stint.openFrom, today](store::StoreWriter &writer) {
            return writer.closeStint(person, openFrom, today);
        });
    }
    stint.any = true;
    stint.openFrom = from;
    stint.department = department;
    m_bulk->call([person, from, department, title](store::StoreWriter &writer) {
        store::RosterRecord record;
        record.personId = person;
        record.validFrom = from;
        record.departmentId = department;
        record.title = title;
        return writer.insert(record);
    });
}

Result<void> ImportSink::addPerson(const ImportedPerson &person)
{
    if (person.sourceUserId.empty())
        return Error{QCoreApplication::translate("ImportSink", "a person without an id")};
    if (const int large = firstTooLarge({person.sourceUserId, person.email, person.displayName,
                                         person.title, person.department});
        large >= 0) {
        const std::string *values[] = {&person.sourceUserId, &person.email, &person.displayName,
                                       &person.title, &person.department};
        const QString names[] = {QCoreApplication::translate("ImportSink", "person's id"),
                                 QCoreApplication::translate("ImportSink", "e-mail"),
                                 QCoreApplication::translate("ImportSink", "name"),
                                 QCoreApplication::translate("ImportSink", "title"),
                                 QCoreApplication::translate("ImportSink", "department")};
        return tooLarge(names[large], values[large]->size());
    }
    if (const SourceUser *known = userOf(person.sourceUserId)) {
        // Known from an earlier export of this source: only the department may move on.
        if (!person.department.empty()) {
            auto department = departmentId(person.department);
            if (!department)
                return department.error();
            keepDepartment(known->person, *department, person.title);
        }
        return {};
    }
    const std::string email = fieldtext::lowerAscii(person.email);
    std::int64_t id = 0;
    if (const auto it = email.empty() ? m_peopleByEmail.end() : m_peopleByEmail.find(email);
        it != m_peopleByEmail.end()) {
        id = it->second; // the same person in another source: merged by e-mail
    } else {
        id = m_nextPerson++;
        ++m_report.people;
        if (!email.empty())
            m_peopleByEmail.emplace(email, id);
        if (person.role == store::PersonRole::Bot)
            m_botPeople.insert(id);
        m_bulk->call([id, person](store::StoreWriter &writer) {
            store::PersonRecord record;
            record.id = id;
            record.displayName = person.displayName.empty() ? std::string_view(person.sourceUserId)
                                                            : std::string_view(person.displayName);
            record.email = person.email;
            record.title = person.title;
            record.role = person.role;
            return writer.insert(record);
        });
    }
    m_bulk->call(
        [source = m_sourceId, id, userId = person.sourceUserId](store::StoreWriter &writer) {
            return writer.insert(store::PersonSourceIdRecord{source, userId, id});
        });
    m_userIds.add(person.sourceUserId);
    m_users.push_back(
        SourceUser{id, person.displayName.empty() ? person.sourceUserId : person.displayName});
    if (!person.department.empty()) {
        auto department = departmentId(person.department);
        if (!department)
            return department.error();
        keepDepartment(id, *department, person.title);
    }
    return {};
}

Result<void> ImportSink::addChannel(const ImportedChannel &channel)
{
    if (channel.sourceChannelId.empty())
        return Error{QCoreApplication::translate("ImportSink", "a channel without an id")};
    if (const int large = firstTooLarge({channel.sourceChannelId, channel.name}); large >= 0)
        return tooLarge(large == 0 ? QCoreApplication::translate("ImportSink", "channel's id")
                                   : QCoreApplication::translate("ImportSink", "channel's name"),
                        large == 0 ? channel.sourceChannelId.size() : channel.name.size());
    channelOf(channel.sourceChannelId, channel.name); // an existing channel stays as it is
    return {};
}

std::int64_t ImportSink::channelOf(std::string_view sourceChannelId, std::string_view name)
{
    if (sourceChannelId.empty())
        return 0;
    if (const auto it = m_channels.find(sourceChannelId); it != m_channels.end())
        return it->second;
    const std::string key(sourceChannelId);
    const std::int64_t id = m_nextChannel++;
    ++m_report.channels;
    m_channels.emplace(key, id);
    const std::string channelName(name.empty() ? sourceChannelId : name);
    const store::ChannelKind kind = m_channelKinds.kindOf(fieldtext::fromUtf8(channelName));
    m_bulk->call([id, source = m_sourceId, key, channelName, kind](store::StoreWriter &writer) {
        return writer.insert(store::ChannelRecord{id, source, key, channelName, kind});
    });
    return id;
}

std::int64_t ImportSink::personOf(std::string_view sourceUserId) const
{
    // Readers ask knowsUser() and then add the message, which asks again: the second
    // lookup of the same user costs a compare (a user never changes person until clear()).
    if (m_lastPerson != 0 && sourceUserId == m_lastUser)
        return m_lastPerson;
    if (const SourceUser *user = userOf(sourceUserId)) {
        m_lastUser.assign(sourceUserId);
        m_lastPerson = user->person;
        return m_lastPerson;
    }
    return 0;
}

const ImportSink::SourceUser *ImportSink::userOf(std::string_view sourceUserId) const
{
    const std::int64_t number = m_userIds.find(sourceUserId);
    return number < 0 ? nullptr : &m_users[std::size_t(number)];
}

void ImportSink::prefetch(std::string_view key, std::string_view parent) const
{
    m_keys.prefetch(keyHash(key));
    if (!parent.empty())
        m_keys.prefetch(keyHash(parent));
}

bool ImportSink::knowsUser(std::string_view sourceUserId) const
{
    return personOf(sourceUserId) != 0;
}

std::string_view ImportSink::nameOf(std::string_view sourceUserId) const
{
    if (const SourceUser *user = userOf(sourceUserId))
        return user->name;
    return {};
}

void ImportSink::skip(SkipReason reason, std::int64_t count)
{
    m_report.skipped[size_t(reason)] += count;
}

void ImportSink::warn(const QString &warning)
{
    if (!m_report.warnings.contains(warning))
        m_report.warnings.append(warning);
}

Result<void> ImportSink::addMessage(const ImportedMessage &message)
{
    if (!timeInRange(message.at))
        return Error{
            QCoreApplication::translate("ImportSink", "the time %1 is out of range (1990 to 2100)")
                .arg(message.at)};
    if (message.key.empty())
        return Error{QCoreApplication::translate("ImportSink", "a message without an id")};
    if (const int large = firstTooLarge({message.text, message.key, message.author, message.channel,
                                         message.parent, message.root, message.emoji});
        large >= 0) {
        const std::string_view values[] = {message.text,    message.key,    message.author,
                                           message.channel, message.parent, message.root,
                                           message.emoji};
        const QString names[] = {QCoreApplication::translate("ImportSink", "text"),
                                 QCoreApplication::translate("ImportSink", "id"),
                                 QCoreApplication::translate("ImportSink", "author"),
                                 QCoreApplication::translate("ImportSink", "channel"),
                                 QCoreApplication::translate("ImportSink", "parent id"),
                                 QCoreApplication::translate("ImportSink", "thread id"),
                                 QCoreApplication::translate("ImportSink", "emoji")};
        return tooLarge(names[large], values[large].size());
    }
    m_report.first = std::min(m_report.first, message.at);
    m_report.last = std::max(m_report.last, message.at);

    if (auto room = m_keys.makeRoom(); !room)
        return room;
    const std::uint64_t hash = keyHash(message.key);
    if (const KeyIndex::Entry *known = m_keys.find(hash)) {
        if (known->root() == skippedRoot) { // the same record again: left out again
            skip(SkipReason(known->channel));
            return {};
        }
        if (known->root() == waitingRoot || known->id >= m_firstNewActivity)
            return Error{QCoreApplication::translate("ImportSink", "the id '%1' appears twice")
                             .arg(fieldtext::fromUtf8(message.key))};
        skip(SkipReason::AlreadyImported);
        return {};
    }
    const std::int64_t author = personOf(message.author);
    if (author == 0 || m_botPeople.contains(author)) {
        // Replies and reactions to it are left out for the same reason.
        const SkipReason reason = author == 0 ? SkipReason::UnknownUser : SkipReason::Bot;
        markSkipped(hash, reason);
        skip(reason);
        return {};
    }
    if (message.parent.empty())
        return write(message, hash, Known{}, author);
    const KeyIndex::Entry *parent = m_keys.find(keyHash(message.parent));
    if (parent && parent->root() == skippedRoot) {
        markSkipped(hash, SkipReason(parent->channel));
        skip(SkipReason(parent->channel));
        return {};
    }
    if (!parent || parent->root() < 0) {
        // Its parent may come later in the export (another file, a later page).
        Waiting waiting{std::string(message.key),
                        std::string(message.author),
                        std::string(message.channel),
                        std::string(message.parent),
                        std::string(message.root),
                        std::string(message.text),
                        std::string(message.emoji),
                        {},
                        {},
                        message.kind,
                        message.at};
        for (std::string_view mention : message.mentions)
            waiting.mentions.emplace_back(mention);
        for (std::string_view recipient : message.recipients)
            waiting.recipients.emplace_back(recipient);
        // Reserve the key now: a second copy in the export is still a duplicate.
        m_keys.insert(hash) = KeyIndex::Entry::make(hash, 0, waitingRoot, 0);
        m_waiting.push_back(std::move(waiting));
        return {};
    }
    return write(message, hash, Known{parent->id, parent->root(), parent->channel}, author);
}

void ImportSink::markSkipped(std::uint64_t hash, SkipReason reason)
{
    m_keys.insert(hash) = KeyIndex::Entry::make(hash, 0, skippedRoot, std::int64_t(reason));
}

// Writes one activity whose parent (for replies and reactions) is known.
Result<void> ImportSink::write(const ImportedMessage &message, std::uint64_t hash,
                               const Known &parent, std::int64_t author)
{
    const std::int64_t id = m_nextActivity++;
    std::int64_t root = 0;
    std::int64_t channel = parent.channel;
    if (parent.id != 0) {
        root = parent.root;
        // A root named apart from the parent (a reply to a reply) is looked up; the
        // parent's own root is already known.
        if (!message.root.empty() && message.root != message.parent) {
            if (const KeyIndex::Entry *known = m_keys.find(keyHash(message.root));
                known && known->root() > 0)
                root = known->root(); // the thread's post, even if the source names a reply
        }
    }
    if (!message.channel.empty())
        channel = channelOf(message.channel, {});

    store::ActivityRecord record;
    record.id = id;
    record.sourceId = m_sourceId;
    record.sourceActivityId = message.key;
    record.kind = message.kind;
    record.at = message.at;
    record.authorId = author;
    record.channelId = channel;
    record.threadRootId = root;
    record.parentId = parent.id;
    record.text = message.text;
    record.emoji = message.emoji;
    m_bulk->add(record);

    if (message.kind == store::ActivityKind::Reaction) {
        m_keys.insert(hash) = KeyIndex::Entry::make(hash, id, reactionRoot, channel);
        ++m_report.reactions;
        return {};
    }
    m_keys.insert(hash) = KeyIndex::Entry::make(hash, id, root == 0 ? id : root, channel);
    switch (message.kind) {
    case store::ActivityKind::Post:
        ++m_report.posts;
        break;
    case store::ActivityKind::Reply:
        ++m_report.replies;
        break;
    default:
        break;
    }
    std::vector<std::int64_t> named; // each person once
    for (std::string_view user : message.mentions) {
        const std::int64_t person = personOf(user);
        if (person != 0 && std::find(named.begin(), named.end(), person) == named.end()) {
            named.push_back(person);
            m_bulk->addMention(id, person);
        }
    }
    named.clear();
    for (std::string_view user : message.recipients) {
        const std::int64_t person = personOf(user);
        if (person != 0 && person != author &&
            std::find(named.begin(), named.end(), person) == named.end()) {
            named.push_back(person);
            m_bulk->addRecognitionRecipient(id, person);
        }
    }
    if (message.kind == store::ActivityKind::Recognition || !named.empty())
        ++m_report.recognitions;
    return {};
}

// Replies and reactions whose parent came after them, in as many passes as chains need;
// what is left has no parent in the export or the database.
Result<void> ImportSink::resolveWaiting()
{
    bool progress = true;
    while (progress && !m_waiting.empty()) {
        progress = false;
        std::vector<Waiting> still;
        for (Waiting &waiting : m_waiting) {
            if (auto room = m_keys.makeRoom(); !room)
                return room;
            const KeyIndex::Entry *parent = m_keys.find(keyHash(waiting.parent));
            if (parent && parent->root() == skippedRoot) {
                const auto reason = SkipReason(parent->channel);
                markSkipped(keyHash(waiting.key), reason);
                skip(reason);
                progress = true;
                continue;
            }
            if (!parent || parent->root() < 0) { // not there, still waiting, or a reaction
                still.push_back(std::move(waiting));
                continue;
            }
            ImportedMessage message;
            message.key = waiting.key;
            message.kind = waiting.kind;
            message.at = waiting.at;
            message.author = waiting.author;
            message.channel = waiting.channel;
            message.parent = waiting.parent;
            message.root = waiting.root;
            message.text = waiting.text;
            message.emoji = waiting.emoji;
            message.mentions.assign(waiting.mentions.begin(), waiting.mentions.end());
            message.recipients.assign(waiting.recipients.begin(), waiting.recipients.end());
            const Known known{parent->id, parent->root(), parent->channel};
            if (auto done = write(message, keyHash(message.key), known, personOf(waiting.author));
                !done)
                return done;
            progress = true;
        }
        m_waiting = std::move(still);
    }
    skip(SkipReason::MissingParent, std::int64_t(m_waiting.size()));
    m_waiting.clear();
    return m_keys.makeRoom(); // reports a failed read of the keys on disk
}

Result<void> ImportSink::addStint(const ImportedStint &stint)
{
    if (const int large = firstTooLarge({stint.email, stint.name, stint.title, stint.department});
        large >= 0) {
        const std::string *values[] = {&stint.email, &stint.name, &stint.title, &stint.department};
        const QString names[] = {QCoreApplication::translate("ImportSink", "e-mail"),
                                 QCoreApplication::translate("ImportSink", "name"),
                                 QCoreApplication::translate("ImportSink", "title"),
                                 QCoreApplication::translate("ImportSink", "department")};
        return tooLarge(names[large], values[large]->size());
    }
    const std::string email = fieldtext::lowerAscii(stint.email);
    if (email.empty())
        return Error{QCoreApplication::translate("ImportSink", "a roster row without an e-mail")};
    std::int64_t person = 0;
    if (const auto it = m_peopleByEmail.find(email); it != m_peopleByEmail.end()) {
        person = it->second;
    } else {
        person = m_nextPerson++;
        ++m_report.people;
        m_peopleByEmail.emplace(email, person);
        m_bulk->call([person, stint](store::StoreWriter &writer) {
            store::PersonRecord record;
            record.id = person;
            record.displayName =
                stint.name.empty() ? std::string_view(stint.email) : std::string_view(stint.name);
            record.email = stint.email;
            record.title = stint.title;
            return writer.insert(record);
        });
    }
    // The roster speaks for the whole history of the people it lists.
    if (m_rosterReplaced.insert(person).second) {
        m_bulk->call([person](store::StoreWriter &writer) { return writer.removeStints(person); });
        m_stints[person] = Stint{true, {}, 0};
    }
    auto department = departmentId(stint.department);
    if (!department)
        return department.error();
    Stint &known = m_stints[person];
    if (stint.validTo.empty()) {
        known.openFrom = stint.validFrom;
        known.department = *department;
    }
    ++m_report.stints;
    m_bulk->call([person, stint, department = *department](store::StoreWriter &writer) {
        store::RosterRecord record;
        record.personId = person;
        record.validFrom = stint.validFrom;
        record.validTo = stint.validTo;
        record.departmentId = department;
        record.title = stint.title;
        record.isLeader = stint.isLeader;
        return writer.insert(record);
    });
    return {};
}

Result<ImportReport> ImportSink::finishSource()
{
    if (m_sourceId == 0)
        return Error{QCoreApplication::translate("ImportSink", "internal: no source was begun")};
    if (auto done = resolveWaiting(); !done)
        return done.error();
    if (auto done = m_bulk->finish(); !done)
        return done.error();
    m_bulk.reset();
    ImportReport report = std::move(m_report);
    m_report = ImportReport();
    m_lastSourceId = m_sourceId;
    m_sourceId = 0;
    return report;
}

} // namespace goodwill::importers
