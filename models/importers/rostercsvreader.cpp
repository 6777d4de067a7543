#include "rostercsvreader.h"

#include "activityfields.h"
#include "csvreader.h"
#include "exportarchive.h"
#include "fieldtext.h"
#include "importsink.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <map>

namespace goodwill::importers {
namespace {

using fieldtext::fromUtf8;
using fieldtext::lowerAscii;

// Exactly YYYY-MM-DD and a real day: the database compares these dates as text.
bool isDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (const std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < '0' || text[i] > '9')
            return false;
    }
    return QDate::fromString(fromUtf8(text), Qt::ISODate).isValid();
}

struct Stint
{
    std::string from, to; // to empty: open
    std::int64_t line = 0;
};

bool overlap(const Stint &a, const Stint &b)
{
    const bool aEndsBefore = !a.to.empty() && a.to <= b.from;
    const bool bEndsBefore = !b.to.empty() && b.to <= a.from;
    return !aEndsBefore && !bEndsBefore;
}

} // namespace

Result<void> RosterCsvReader::read(const ExportArchive &archive, ImportSink &sink,
                                   const ImportOptions &, const ImportProgress &progress)
{
    const std::vector<int> files = ActivityFields::entriesToRead(archive, {QStringLiteral(".csv")});
    if (files.empty())
        return Error{QCoreApplication::translate("RosterCsvReader", "%1 holds no .csv file")
                         .arg(archive.displayName(-1))};
    if (files.size() > 1)
        return Error{
            QCoreApplication::translate("RosterCsvReader",
                                        "%1 holds several CSV files; give the roster as one file")
                .arg(archive.displayName(-1))};
    const int entry = files.front();
    const std::int64_t total = archive.entries()[std::size_t(entry)].size;

    auto opened = CsvReader::open(archive, entry);
    if (!opened)
        return opened.error();
    CsvReader &csv = **opened;
    int email = -1, department = -1;
    if (auto found = csv.requireColumns({{"email", &email}, {"department", &department}}); !found)
        return found;
    const int name = csv.column("name");
    const int title = csv.column("title");
    const int isLeader = csv.column("is_leader");
    const int validFrom = csv.column("valid_from");
    const int validTo = csv.column("valid_to");

    if (auto begun = sink.beginSource("roster", ActivityFields::sourceName(archive)); !begun)
        return begun.error();
    // Overlapping stints would count a person in two departments on one day.
    std::map<std::string, std::vector<Stint>> stints;
    auto rowsRead = csv.forEachRow([&](std::int64_t rows) -> Result<void> {
        ImportedStint stint;
        stint.email = lowerAscii(csv.value(email));
        stint.name = std::string(csv.value(name));
        stint.title = std::string(csv.value(title));
        stint.department = std::string(csv.value(department));
        if (stint.email.find('@') == std::string::npos)
            return csv.errorHere(
                QCoreApplication::translate("RosterCsvReader", "'%1' is not an e-mail address")
                    .arg(fromUtf8(stint.email)));
        if (stint.department.empty())
            return csv.errorHere(
                QCoreApplication::translate("RosterCsvReader", "the department is empty"));
        if (const std::string_view flag = csv.value(isLeader); !flag.empty()) {
            stint.isLeader = fieldtext::parseFlag(flag);
            if (!stint.isLeader)
                return csv.errorHere(QCoreApplication::translate(
                                         "RosterCsvReader",
                                         "is_leader '%1' is not one of true, false, yes, no, 1, 0")
                                         .arg(fromUtf8(flag)));
        }
        stint.validFrom = std::string(csv.value(validFrom));
        if (stint.validFrom.empty())
            stint.validFrom = "1970-01-01";
        stint.validTo = std::string(csv.value(validTo));
        for (const std::string *date : {&stint.validFrom, &stint.validTo}) {
            if (!date->empty() && !isDate(*date))
                return csv.errorHere(QCoreApplication::translate("RosterCsvReader",
                                                                 "'%1' is not a date (YYYY-MM-DD)")
                                         .arg(QString::fromStdString(*date)));
        }
        if (!stint.validTo.empty() && stint.validTo <= stint.validFrom)
            return csv.errorHere(QCoreApplication::translate(
                                     "RosterCsvReader", "valid_to %1 is not after valid_from %2")
                                     .arg(QString::fromStdString(stint.validTo),
                                          QString::fromStdString(stint.validFrom)));
        std::vector<Stint> &known = stints[stint.email];
        const Stint mine{stint.validFrom, stint.validTo, csv.line()};
        for (const Stint &other : known) {
            if (overlap(mine, other))
                return csv.errorHere(
                    QCoreApplication::translate("RosterCsvReader",
                                                "this stint of %1 overlaps the one on line %2")
                        .arg(QString::fromStdString(stint.email))
                        .arg(other.line));
        }
        known.push_back(mine);
        if (auto added = sink.addStint(stint); !added)
            return csv.errorHere(added.error().message);
        if (rows % 1024 == 0 && progress && !progress(csv.bytesRead(), total))
            return cancelled();
        return {};
    });
    if (!rowsRead)
        return rowsRead;
    if (progress && !progress(total, total))
        return cancelled();
    return {};
}

} // namespace goodwill::importers
