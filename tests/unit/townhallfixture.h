#pragma once

// A small organisation whose town-hall brief is worked out by hand in tst_townhallbrief and
// tst_townhallmodels (docs/model.md, "Town-hall brief"). The period is March 2025.
//
// Departments (indexes 0-3): Sales S1-S4 (Sam One, Sue Two, Sid Three, Sol Four), Ops
// O1-O4 (Oda One, Oli Two, Ora Three, Otto Four), Legal L1 (Gil One: one member of staff,
// hidden with k = 3), Field F1-F3 (Fay One, Fen Two, Fox Three). Leaders: Lena Berg (VP
// Sales, in Sales) and Mark Holt (Head of Ops, in Ops).
//
// The model is cut down so that the ECI can be worked out by hand: a 28-day window, two
// pillars of weight 0.5 with one signal each, floor 0 and target 1: pride = 100 x P1 (share
// of staff recognised in the window), attachment = 100 x T1 (share of staff who posted,
// replied or reacted); ECI = (pride + attachment) / 2.
//
// January: a27 Gil posts on 20 January, the first day of data (so the window ending 28
// February lies inside the data).
// February (the window ending 28 Feb, the day before the period): S1-S4, O1, F1-F3 post;
// Lena recognises S1 and S2 in #kudos (a9).
// March (every activity from the 4th, inside the window ending 31 March):
//   a10 Lena posts in #general; a11 O3 replies ("Great plan")
//   a12 S1 -> Lena, #ask-leadership: "when will the laptops arrive for Sales?"
//   a13 O1 -> Mark: "will Ops get laptops and docking stations too?"
//   a14 O2 -> Mark: "which laptop and docking station are we getting?"
//   a15 Mark recognises O1, O2 (#kudos)
//   a16 F1 -> Lena: "is the parking garage closing?"
//   a17 F2 -> Lena: "where do we park during the parking works?"
//   a18 O3 recognises O1 (#kudos)
//   a19 F3 -> Mark in #general: "can Field join the offsite?"; a20 Mark answers 2 h later
//   a21 S1 thanks F1 in #sales (a work channel: not public)
//   a22 F2 recognises O2; a23 O4 recognises O1; a24, a25 Mark recognises F3 (all #kudos)
// April: a26 Gil posts on 2 April at 09:00, the end of the data.

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/snapshot.h"
#include "store/database.h"
#include "testdatabase.h"

#include <memory>

namespace goodwill::testing {

class TownHallFixture
{
public:
    static constexpr const char *sql = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops'), (3, 'Legal'),
                                                  (4, 'Field');
        INSERT INTO people (id, display_name, title, role) VALUES
            (1, 'Lena Berg', 'VP Sales', 'staff'), (2, 'Mark Holt', 'Head of Ops', 'staff'),
            (3, 'Sam One', 'Rep', 'staff'), (4, 'Sue Two', 'Rep', 'staff'),
            (5, 'Sid Three', 'Rep', 'staff'), (6, 'Sol Four', 'Rep', 'staff'),
            (7, 'Oda One', 'Planner', 'staff'), (8, 'Oli Two', 'Planner', 'staff'),
            (9, 'Ora Three', 'Planner', 'staff'), (10, 'Otto Four', 'Planner', 'staff'),
            (11, 'Gil One', 'Counsel', 'staff'),
            (12, 'Fay One', 'Fitter', 'staff'), (13, 'Fen Two', 'Fitter', 'staff'),
            (14, 'Fox Three', 'Fitter', 'staff');
        INSERT INTO roster (person_id, valid_from, valid_to, department_id)
            SELECT id, '2025-01-01', NULL, CASE WHEN id IN (1, 3, 4, 5, 6) THEN 1
                                                WHEN id IN (2, 7, 8, 9, 10) THEN 2
                                                WHEN id = 11 THEN 3 ELSE 4 END
            FROM people;
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
            (2, 1, 'c2', 'kudos', 'recognition', NULL),
            (3, 1, 'c3', 'ask-leadership', 'qa', NULL),
            (4, 1, 'c4', 'sales', 'work', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                channel_id, thread_root_id, parent_id, text) VALUES
          (27, 1, 'a27', 'post', strftime('%s', '2025-01-20 09:00'), 11, 1, NULL, NULL, 'Hello'),
          (1, 1, 'a1', 'post', strftime('%s', '2025-02-03 09:00'), 3, 1, NULL, NULL, 'Morning all'),
          (2, 1, 'a2', 'post', strftime('%s', '2025-02-03 10:00'), 4, 1, NULL, NULL, 'Morning'),
          (3, 1, 'a3', 'post', strftime('%s', '2025-02-04 09:00'), 5, 1, NULL, NULL, 'Report sent'),
          (4, 1, 'a4', 'post', strftime('%s', '2025-02-04 10:00'), 6, 1, NULL, NULL, 'Report sent'),
          (5, 1, 'a5', 'post', strftime('%s', '2025-02-05 09:00'), 7, 1, NULL, NULL, 'Route planned'),
          (6, 1, 'a6', 'post', strftime('%s', '2025-02-05 10:00'), 12, 1, NULL, NULL, 'On site'),
          (7, 1, 'a7', 'post', strftime('%s', '2025-02-06 09:00'), 13, 1, NULL, NULL, 'On site'),
          (8, 1, 'a8', 'post', strftime('%s', '2025-02-06 10:00'), 14, 1, NULL, NULL, 'On site'),
          (9, 1, 'a9', 'post', strftime('%s', '2025-02-10 09:00'), 1, 2, NULL, NULL,
              'Thanks @Sam One and @Sue Two'),
          (10, 1, 'a10', 'post', strftime('%s', '2025-03-04 09:00'), 1, 1, NULL, NULL, 'Plans for Q2'),
          (11, 1, 'a11', 'reply', strftime('%s', '2025-03-04 11:00'), 9, 1, 10, 10, 'Great plan'),
          (12, 1, 'a12', 'post', strftime('%s', '2025-03-05 10:00'), 3, 3, NULL, NULL,
              '@Lena Berg when will the laptops arrive for Sales?'),
          (13, 1, 'a13', 'post', strftime('%s', '2025-03-06 10:00'), 7, 3, NULL, NULL,
              '@Mark Holt will Ops get laptops and docking stations too?'),
          (14, 1, 'a14', 'post', strftime('%s', '2025-03-07 10:00'), 8, 3, NULL, NULL,
              '@Mark Holt which laptop and docking station are we getting?'),
          (15, 1, 'a15', 'post', strftime('%s', '2025-03-10 09:00'), 2, 2, NULL, NULL,
              'Thanks @Oda One @Oli Two'),
          (16, 1, 'a16', 'post', strftime('%s', '2025-03-11 10:00'), 12, 3, NULL, NULL,
              '@Lena Berg is the parking garage closing?'),
          (17, 1, 'a17', 'post', strftime('%s', '2025-03-12 10:00'), 13, 3, NULL, NULL,
              '@Lena Berg where do we park during the parking works?'),
          (18, 1, 'a18', 'post', strftime('%s', '2025-03-12 11:00'), 9, 2, NULL, NULL,
              'Thank you @Oda One'),
          (19, 1, 'a19', 'post', strftime('%s', '2025-03-13 13:00'), 14, 1, NULL, NULL,
              '@Mark Holt can Field join the offsite?'),
          (20, 1, 'a20', 'reply', strftime('%s', '2025-03-13 15:00'), 2, 1, 19, 19, 'Yes'),
          (21, 1, 'a21', 'post', strftime('%s', '2025-03-14 09:00'), 3, 4, NULL, NULL,
              'Thanks @Fay One for the help'),
          (22, 1, 'a22', 'post', strftime('%s', '2025-03-18 09:00'), 13, 2, NULL, NULL,
              'Kudos @Oli Two'),
          (23, 1, 'a23', 'post', strftime('%s', '2025-03-20 09:00'), 10, 2, NULL, NULL,
              'Thanks @Oda One'),
          (24, 1, 'a24', 'post', strftime('%s', '2025-03-21 09:00'), 2, 2, NULL, NULL,
              'Thanks @Fox Three'),
          (25, 1, 'a25', 'post', strftime('%s', '2025-03-25 09:00'), 2, 2, NULL, NULL,
              'Thanks again @Fox Three'),
          (26, 1, 'a26', 'post', strftime('%s', '2025-04-02 09:00'), 11, 1, NULL, NULL, 'Lunch');
        INSERT INTO mentions VALUES (9, 3), (9, 4), (12, 1), (13, 2), (14, 2), (15, 7), (15, 8),
            (16, 1), (17, 1), (18, 7), (19, 2), (21, 12), (22, 8), (23, 7), (24, 14), (25, 14);
    )sql";

    // Indexes in id order, from 0.
    static constexpr std::int32_t lena = 0, mark = 1, sam = 2, oda = 6, oli = 7, fox = 13;
    static constexpr std::int32_t sales = 0, ops = 1, legal = 2, field = 3;

    // k = 3, k_text = 3, a 28-day window, nothing thin, and the two pillars described above.
    static analytics::ModelSettings settings()
    {
        analytics::ModelSettings settings = analytics::ModelFile::defaults();
        settings.k = 3;
        settings.kText = 3;
        settings.windowDays = 28;
        settings.thinDenominator = 1;
        const auto pillar = [](const char *id, const char *signal) {
            analytics::PillarSettings p;
            p.id = QString::fromLatin1(id);
            p.weight = 0.5;
            analytics::SignalSettings s;
            s.id = QString::fromLatin1(signal);
            s.floor = 0;
            s.target = 1;
            p.signals.push_back(s);
            return p;
        };
        settings.pillars = {pillar("pride", "P1"), pillar("attachment", "T1")};
        return settings;
    }

    TownHallFixture()
    {
        auto db = store::Database::create(QString());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        if (!execute(m_db->connection(), sql))
            qFatal("fixture SQL failed");
        m_settings = std::make_shared<const analytics::ModelSettings>(settings());
        reload();
    }

    // Reads the database again (after a test changed it).
    void reload()
    {
        auto data = analytics::ActivityDataset::load(m_db->connection(), *m_settings);
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        m_data = std::make_shared<const analytics::ActivityDataset>(std::move(data).value());
    }

    const analytics::ActivityDataset &data() const { return *m_data; }
    store::Database &database() const { return *m_db; }

    std::shared_ptr<const analytics::Snapshot>
    snapshot(const analytics::DashboardFilter &filter) const
    {
        analytics::SnapshotSources sources;
        sources.dataset = m_data;
        sources.settings = m_settings;
        sources.leaders =
            std::make_shared<const analytics::LeaderFigures>(*m_data, *m_settings, filter.scope);
        sources.engine =
            std::make_shared<const analytics::CapitalEngine>(*m_data, *m_settings, filter.scope);
        return analytics::SnapshotBuilder::build(sources, filter);
    }

    static analytics::DashboardFilter march(std::vector<std::int32_t> departments = {})
    {
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 3, 1);
        filter.to = QDate(2025, 3, 31);
        filter.departments = std::move(departments);
        return filter;
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<const analytics::ModelSettings> m_settings;
    std::shared_ptr<const analytics::ActivityDataset> m_data;
};

} // namespace goodwill::testing
