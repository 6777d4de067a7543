#include "demogenerator.h"

#include "democonversation.h"
#include "demoorganisation.h"
#include "demorandom.h"
#include "store/bulkfile.h"
#include "store/bulkwriter.h"
#include "store/sqliteconnection.h"
#include "store/storewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <string>

namespace goodwill::demo {
namespace {

std::string isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate).toStdString();
}

// Writes departments, people, their source ids, the roster and the channels.
Result<void> writeCast(const DemoOrganisation &org, store::StoreWriter &writer,
                       std::int64_t sourceId)
{
    for (const auto &department : org.departments) {
        if (auto done = writer.insert(store::DepartmentRecord{department.id, department.name, 0});
            !done)
            return done;
    }
    for (const auto &person : org.people) {
        store::PersonRecord record;
        record.id = person.id;
        record.displayName = person.name;
        record.email = person.role == store::PersonRole::Bot ? std::string_view() : person.email;
        record.title = person.title;
        record.role = person.role;
        record.managerId = person.managerId;
        if (auto done = writer.insert(record); !done)
            return done;
        const std::string userId = std::string("U").append(std::to_string(person.id));
        if (auto done = writer.insert(store::PersonSourceIdRecord{sourceId, userId, person.id});
            !done)
            return done;
    }
    // Roster stints: each event closes the person's open stint and opens the next.
    struct Open
    {
        int department = -1;
        std::string from;
        std::string title;
    };
    std::vector<Open> open(org.people.size());
    const QDate first = org.options.firstDay();
    auto close = [&](int person, const std::string &to) -> Result<void> {
        Open &stint = open[size_t(person)];
        if (stint.department < 0 || stint.from == to)
            return {};
        store::RosterRecord record;
        record.personId = org.people[size_t(person)].id;
        record.validFrom = stint.from;
        record.validTo = to;
        record.departmentId = org.departments[size_t(stint.department)].id;
        record.title = stint.title;
        record.isLeader = org.people[size_t(person)].leader >= 0;
        stint.department = -1;
        return writer.insert(record);
    };
    for (const RosterEvent &event : org.rosterEvents) {
        const std::string day =
            event.day == 0 && org.initialTenureDays[size_t(event.person)] > 0
                ? isoDate(first.addDays(-org.initialTenureDays[size_t(event.person)]))
                : isoDate(first.addDays(event.day));
        if (auto done = close(event.person, day); !done)
            return done;
        if (event.department >= 0)
            open[size_t(event.person)] = {event.department, day, event.title};
    }
    for (int person = 0; person < int(org.people.size()); ++person) {
        if (auto done = close(person, std::string()); !done)
            return done;
    }
    for (const auto &channel : org.channels) {
        const std::string key = std::string("C").append(std::to_string(channel.id));
        if (auto done = writer.insert(
                store::ChannelRecord{channel.id, sourceId, key, channel.name, channel.kind});
            !done)
            return done;
    }
    return {};
}

Result<DemoSummary> writeDemo(store::SqliteConnection &db, const DemoOptions &options,
                              const DemoGenerator::Progress &progress)
{
    DemoRandom random(options.seed);
    const DemoOrganisation org = DemoOrganisation::build(options, random);
    auto writer = store::StoreWriter::create(db);
    if (!writer)
        return writer.error();
    constexpr std::int64_t sourceId = 1;
    const std::string sourceName =
        std::string("Brightwater demo (seed ").append(std::to_string(options.seed)).append(")");
    if (auto done = writer->insert(store::SourceRecord{sourceId, "demo", sourceName}); !done)
        return done.error();
    if (auto done = writeCast(org, *writer, sourceId); !done)
        return done.error();

    store::BulkWriter bulk(*writer);
    DemoConversation conversation(org, random, bulk, sourceId);
    for (int day = 0; day < org.dayCount && bulk.healthy(); ++day) {
        conversation.simulateDay(day);
        if (progress && !progress(day * 900 / org.dayCount)) {
            bulk.finish();
            return Error{
                QCoreApplication::translate("DemoGenerator", "Demo generation was cancelled")};
        }
    }
    if (auto done = bulk.finish(); !done)
        return done.error();
    DemoSummary summary;
    summary.people = std::int64_t(org.people.size());
    summary.departments = std::int64_t(org.departments.size());
    summary.activities = conversation.activityCount();
    return summary;
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const QString &path, const DemoOptions &options,
                                            const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    if (options.people < 200 || options.people > 1'000'000)
        return Error{
            QCoreApplication::translate(
                "DemoGenerator", "The demo needs between 200 and 1,000,000 people (asked for %1)")
                .arg(options.people)};
    if (options.months < 1 || options.months > 120)
        return Error{QCoreApplication::translate(
                         "DemoGenerator", "The demo covers between 1 and 120 months (asked for %1)")
                         .arg(options.months)};
    if (QFileInfo::exists(path))
        return Error{
            QCoreApplication::translate(
                "DemoGenerator", "'%1' already exists; choose another file name or remove it first")
                .arg(path)};

    auto file = store::BulkFile::begin(path);
    if (!file)
        return file.error();
    auto result = writeDemo(file.value()->connection(), options, progress);
    if (!result)
        return result;
    if (auto done = file.value()->commit(); !done)
        return done.error();
    if (progress)
        progress(1000);
    result->seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace goodwill::demo
