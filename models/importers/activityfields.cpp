#include "activityfields.h"

#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <charconv>

namespace goodwill::importers {
namespace {

using fieldtext::daysFromCivil;
using fieldtext::fromUtf8;
using fieldtext::lowerAscii;

constexpr std::array<std::string_view, ActivityFields::FieldCount> fieldNames = {
    "id",
    "time",
    "kind",
    "author",
    "author_name",
    "author_title",
    "author_department",
    "channel",
    "thread_id",
    "parent_id",
    "text",
    "emoji",
    "mentions",
    "recipients"};

unsigned daysInMonth(std::int64_t y, unsigned m)
{
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

// Reads exactly `count` digits at `pos`.
bool digits(std::string_view text, std::size_t &pos, std::size_t count, int &value)
{
    if (pos + count > text.size())
        return false;
    value = 0;
    for (std::size_t i = 0; i < count; ++i) {
        const char c = text[pos + i];
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    pos += count;
    return true;
}

bool expect(std::string_view text, std::size_t &pos, char c)
{
    if (pos >= text.size() || text[pos] != c)
        return false;
    ++pos;
    return true;
}

std::optional<store::ActivityKind> kindFromName(std::string_view name)
{
    const std::string lower = lowerAscii(name);
    if (lower == "post")
        return store::ActivityKind::Post;
    if (lower == "reply")
        return store::ActivityKind::Reply;
    if (lower == "reaction")
        return store::ActivityKind::Reaction;
    if (lower == "recognition")
        return store::ActivityKind::Recognition;
    return std::nullopt;
}

bool startsThread(store::ActivityKind kind)
{
    return kind == store::ActivityKind::Post || kind == store::ActivityKind::Recognition;
}

} // namespace

std::string_view ActivityFields::name(Field field)
{
    return fieldNames[std::size_t(field)];
}

bool ActivityFields::isRequired(Field field)
{
    return field == Id || field == Time || field == Kind || field == Author;
}

bool ActivityFields::isList(Field field)
{
    return field == Mentions || field == Recipients;
}

std::optional<std::int64_t> ActivityFields::parseTime(std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        std::int64_t seconds = 0;
        if (text.size() > 15 ||
            std::from_chars(text.data(), text.data() + text.size(), seconds).ec != std::errc())
            return std::nullopt;
        return seconds;
    }
    std::size_t pos = 0;
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, pos, 4, year) || !expect(text, pos, '-') || !digits(text, pos, 2, month) ||
        !expect(text, pos, '-') || !digits(text, pos, 2, day))
        return std::nullopt;
    if (pos >= text.size() || (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' '))
        return std::nullopt;
    ++pos;
    if (!digits(text, pos, 2, hour) || !expect(text, pos, ':') || !digits(text, pos, 2, minute))
        return std::nullopt;
    if (pos < text.size() && text[pos] == ':') {
        ++pos;
        if (!digits(text, pos, 2, second))
            return std::nullopt;
        // Fractions of a second are dropped: activities are counted in seconds.
        if (pos < text.size() && (text[pos] == '.' || text[pos] == ',')) {
            ++pos;
            const std::size_t start = pos;
            while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9')
                ++pos;
            if (pos == start)
                return std::nullopt;
        }
    }
    if (month < 1 || month > 12 || day < 1 || unsigned(day) > daysInMonth(year, unsigned(month)) ||
        hour > 23 || minute > 59 || second > 60)
        return std::nullopt;
    second = std::min(second, 59); // a leap second counts as the second before it
    if (pos < text.size() && text[pos] == ' ')
        ++pos; // Viva Engage writes "2026-01-05 14:03:11 UTC"
    const std::string_view zone = text.substr(pos);
    std::int64_t offset = 0;
    if (zone == "Z" || zone == "z" || zone == "UTC") {
        offset = 0;
    } else if (!zone.empty() && (zone[0] == '+' || zone[0] == '-')) {
        std::size_t z = 1;
        int hours = 0, minutes = 0;
        if (!digits(zone, z, 2, hours))
            return std::nullopt;
        if (z < zone.size() && zone[z] == ':')
            ++z;
        if (z < zone.size() && !digits(zone, z, 2, minutes))
            return std::nullopt;
        if (z != zone.size() || hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (zone[0] == '-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    const std::int64_t days = daysFromCivil(year, unsigned(month), unsigned(day));
    return days * 86400 + hour * 3600 + minute * 60 + second - offset;
}

std::vector<int> ActivityFields::entriesToRead(const ExportArchive &archive,
                                               const QStringList &suffixes)
{
    std::vector<int> entries;
    if (archive.kind() == ExportArchive::Kind::File)
        return {0};
    for (std::size_t i = 0; i < archive.entries().size(); ++i) {
        const QString &name = archive.entries()[i].name;
        // Hidden files, such as the "._x.csv" resource forks macOS puts into ZIPs, are
        // not the user's data.
        if (name.startsWith(QLatin1Char('.')) || name.contains(QStringLiteral("/.")) ||
            name.startsWith(QStringLiteral("__MACOSX/")))
            continue;
        if (std::any_of(suffixes.begin(), suffixes.end(), [&](const QString &suffix) {
                return name.endsWith(suffix, Qt::CaseInsensitive);
            }))
            entries.push_back(int(i));
    }
    return entries;
}

std::string ActivityFields::sourceName(const ExportArchive &archive)
{
    return QFileInfo(QDir::cleanPath(archive.path())).completeBaseName().toStdString();
}

std::string ActivityFields::personKey(std::string_view author)
{
    if (author.find('@') != std::string_view::npos)
        return lowerAscii(author);
    return std::string(author);
}

Result<ActivityFields::Checked> ActivityFields::check(const Record &record) const
{
    const auto &v = record.values;
    for (const Field field : {Id, Time, Kind, Author}) {
        if (v[field].empty())
            return Error{QCoreApplication::translate("ActivityFields", "'%1' is empty")
                             .arg(fromUtf8(name(field)))};
    }
    Checked checked;
    const auto kind = kindFromName(v[Kind]);
    if (!kind)
        return Error{
            QCoreApplication::translate("ActivityFields",
                                        "'%1' is not a kind (post, reply, reaction or recognition)")
                .arg(fromUtf8(v[Kind]))};
    checked.kind = *kind;
    const auto at = parseTime(v[Time]);
    if (!at)
        return Error{QCoreApplication::translate(
                         "ActivityFields", "'%1' is not a time (ISO 8601 with Z or an offset, e.g. "
                                           "2026-01-05T14:03:11Z, or integer seconds since 1970)")
                         .arg(fromUtf8(v[Time]))};
    if (!ImportSink::timeInRange(*at))
        return Error{
            QCoreApplication::translate("ActivityFields", "the time '%1' is outside 1990-2100")
                .arg(fromUtf8(v[Time]))};
    checked.at = *at;
    const QString kindName = fromUtf8(lowerAscii(v[Kind]));
    if (startsThread(checked.kind)) {
        if (!v[ParentId].empty())
            return Error{
                QCoreApplication::translate("ActivityFields",
                                            "a %1 starts a thread, so its parent_id must be empty")
                    .arg(kindName)};
        if (!v[ThreadId].empty() && v[ThreadId] != v[Id])
            return Error{
                QCoreApplication::translate(
                    "ActivityFields", "a %1 starts a thread: its thread_id is empty or its own id")
                    .arg(kindName)};
        if (v[Channel].empty())
            return Error{QCoreApplication::translate("ActivityFields", "a %1 needs a channel")
                             .arg(kindName)};
    } else if (v[ParentId].empty()) {
        return Error{
            QCoreApplication::translate("ActivityFields", "a %1 needs a parent_id").arg(kindName)};
    }
    if (checked.kind == store::ActivityKind::Reaction && v[Emoji].empty())
        return Error{QCoreApplication::translate("ActivityFields", "a reaction needs an emoji")};
    if (checked.kind == store::ActivityKind::Recognition) {
        if (record.recipients.empty())
            return Error{QCoreApplication::translate("ActivityFields",
                                                     "a recognition needs at least one recipient")};
        // Nobody recognises themselves (MODEL.md section 2): add() leaves the author out.
        const std::string author = personKey(v[Author]);
        if (std::all_of(record.recipients.begin(), record.recipients.end(),
                        [&](std::string_view r) { return personKey(r) == author; }))
            return Error{QCoreApplication::translate(
                "ActivityFields", "a recognition needs a recipient other than its author")};
    }
    return checked;
}

ActivityFields::Person &ActivityFields::personFor(const std::string &key)
{
    const auto found = m_personIndex.find(key);
    if (found != m_personIndex.end())
        return m_people[found->second];
    m_personIndex.emplace(key, m_people.size());
    Person &person = m_people.emplace_back();
    person.person.sourceUserId = key;
    if (key.find('@') != std::string::npos)
        person.person.email = key;
    return person;
}

ActivityFields::ActivityFields(const std::string &keyDirectory, std::size_t keyBudget)
{
    m_ids.spillTo(keyDirectory, keyBudget);
}

Result<void> ActivityFields::learn(const Record &record)
{
    auto checked = check(record);
    if (!checked)
        return checked.error();
    const auto &v = record.values;
    if (auto room = m_ids.makeRoom(); !room)
        return room;
    const std::uint64_t idHash = KeyIndex::hashOf(v[Id]);
    if (m_ids.find(idHash))
        return Error{
            QCoreApplication::translate("ActivityFields", "the id '%1' is used twice in this file")
                .arg(fromUtf8(v[Id]))};
    m_ids.insert(idHash);
    const std::int64_t at = checked->at;
    Person &author = personFor(personKey(v[Author]));
    // A person's name, title and department may be on any of their rows; the latest
    // row that gives one wins, as the latest is their current one.
    const auto keep = [at](std::string &into, std::string_view value, bool &has,
                           std::int64_t &when) {
        if (value.empty() || (has && when > at))
            return;
        into = std::string(value);
        has = true;
        when = at;
    };
    keep(author.person.displayName, v[AuthorName], author.hasName, author.nameAt);
    keep(author.person.title, v[AuthorTitle], author.hasTitle, author.titleAt);
    keep(author.person.department, v[AuthorDepartment], author.hasDepartment, author.departmentAt);
    for (const auto *list : {&record.mentions, &record.recipients}) {
        for (const std::string_view other : *list)
            personFor(personKey(other));
    }
    if (startsThread(checked->kind) && m_channelSet.insert(std::string(v[Channel])).second)
        m_channels.emplace_back(v[Channel]);
    return {};
}

std::int64_t ActivityFields::twoPassTotal(const ExportArchive &archive,
                                          const std::vector<int> &files)
{
    std::int64_t total = 0;
    for (const int entry : files)
        total += 2 * archive.entries()[std::size_t(entry)].size;
    return total;
}

Result<void> ActivityFields::readTwice(const ExportArchive &archive, ImportSink &sink,
                                       std::string_view kind, const Pass &pass,
                                       const ImportProgress &progress, std::int64_t total)
{
    if (auto learned = pass(false); !learned)
        return learned.error();
    m_ids.clear(); // the sink keeps its own
    if (auto begun = sink.beginSource(kind, sourceName(archive)); !begun)
        return begun.error();
    if (auto added = addPeopleAndChannels(sink); !added)
        return added.error();
    if (auto added = pass(true); !added)
        return added.error();
    if (progress && !progress(total, total))
        return ExportReader::cancelled();
    return {};
}

Result<void> ActivityFields::addPeopleAndChannels(ImportSink &sink) const
{
    for (const Person &known : m_people) {
        ImportedPerson person = known.person;
        if (person.displayName.empty())
            person.displayName = person.sourceUserId; // the format's documented default
        if (auto added = sink.addPerson(person); !added)
            return added.error();
    }
    for (const std::string &channel : m_channels) {
        if (auto added = sink.addChannel({channel, channel}); !added)
            return added.error();
    }
    return {};
}

Result<void> ActivityFields::add(const Record &record, ImportSink &sink)
{
    auto checked = check(record);
    if (!checked)
        return checked.error();
    const auto &v = record.values;
    m_author = personKey(v[Author]);
    const auto keys = [](const std::vector<std::string_view> &from,
                         std::vector<std::string> &into) {
        into.clear();
        for (const std::string_view item : from) {
            std::string key = personKey(item);
            if (std::find(into.begin(), into.end(), key) == into.end())
                into.push_back(std::move(key));
        }
    };
    keys(record.mentions, m_mentions);
    keys(record.recipients, m_recipients);
    m_recipients.erase(std::remove(m_recipients.begin(), m_recipients.end(), m_author),
                       m_recipients.end());

    ImportedMessage message;
    message.key = v[Id];
    message.kind = checked->kind;
    message.at = checked->at;
    message.author = m_author;
    if (startsThread(checked->kind)) {
        message.channel = v[Channel];
    } else {
        // Replies and reactions belong to their thread's channel, whatever the row says.
        message.parent = v[ParentId];
        message.root = v[ThreadId];
    }
    if (checked->kind == store::ActivityKind::Reaction) {
        // ":thumbsup:" and "thumbsup" are the same emoji; the database keeps the bare name.
        std::string_view emoji = v[Emoji];
        if (emoji.size() > 2 && emoji.front() == ':' && emoji.back() == ':')
            emoji = emoji.substr(1, emoji.size() - 2);
        message.emoji = emoji;
    } else {
        message.text = v[Text];
        for (const std::string &mention : m_mentions)
            message.mentions.push_back(mention);
    }
    for (const std::string &recipient : m_recipients)
        message.recipients.push_back(recipient);
    return sink.addMessage(message);
}

} // namespace goodwill::importers
