#pragma once

#include "analytics/activitydataset.h"
#include "analytics/activityscope.h"

#include <cstdint>
#include <map>
#include <vector>

namespace goodwill::store {
class SqliteConnection;
}

namespace goodwill::testing {

// The independent side of tst_privacyproperties: how many people are behind a group, worked
// out straight from the database's roster (read with SQL) and the dataset's raw activities,
// without the engines, item models or ActivityDataset::departmentOn. Whatever the engines
// show about a group is checked against these counts.
class PrivacyOracle
{
public:
    // Reads the roster of `connection`, the database `data` was loaded from. Effective roles
    // (staff or not) are the dataset's: they are an input of every figure, not a figure.
    PrivacyOracle(store::SqliteConnection &connection, const analytics::ActivityDataset &data);

    bool isValid() const { return m_valid; }

    // The department (dataset index) of `person` on `day` from the roster; -1 when none.
    std::int32_t departmentOn(std::int32_t person, std::int32_t day) const;
    // Staff in each department on `day` (indexed by department).
    const std::vector<int> &staffOn(std::int32_t day) const;
    // Staff in the union of `departments` (empty: every department) on `day`.
    int staff(const std::vector<std::int32_t> &departments, std::int32_t day) const;

    // Staff posts and replies in `scope` on days [first, last], each attributed to the
    // department its author was in on its day: how many, and by how many distinct people.
    struct Writing
    {
        int messages = 0;
        int authors = 0;
    };
    // For the union of `departments` (empty: every department).
    Writing writing(const analytics::ActivityScope &scope,
                    const std::vector<std::int32_t> &departments, std::int32_t first,
                    std::int32_t last) const;

    // The staff of `department` on `day` who wrote a post or reply in `scope` in the window
    // of `windowDays` ending then, in whatever department they were in when they wrote.
    int writersAmong(const analytics::ActivityScope &scope, std::int32_t department,
                     std::int32_t day, int windowDays = 90) const;

    // Distinct authors of some activities (dataset indexes).
    int distinctAuthors(const std::vector<std::int32_t> &activities) const;
    // Distinct staff who replied in the thread of `post` (in the dataset, to its end).
    int staffRepliers(std::int32_t post) const;
    // Does `activity` count in `scope`? (A thread's messages are in its post's channel.)
    bool inScope(const analytics::ActivityScope &scope, std::int32_t activity) const;

private:
    struct Stint
    {
        std::int32_t from = 0; // days since the epoch, inclusive
        std::int32_t to = 0;   // exclusive
        std::int32_t department = -1;
    };
    struct Message
    {
        std::int32_t day = 0;
        std::int32_t author = -1;
        std::int32_t department = -1;
    };
    const std::vector<Message> &messages(const analytics::ActivityScope &scope) const;

    const analytics::ActivityDataset &m_data;
    bool m_valid = false;
    std::vector<std::vector<Stint>> m_stints; // per person index
    mutable std::map<std::int32_t, std::vector<int>> m_staffByDay;
    // Per scope asked so far: its staff messages, by day.
    mutable std::vector<std::pair<analytics::ActivityScope, std::vector<Message>>> m_messages;
    mutable std::vector<std::vector<std::int32_t>> m_replies; // per thread root, built once
};

} // namespace goodwill::testing
