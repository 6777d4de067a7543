#pragma once

// A small organisation whose recognitions are worked out by hand in tst_recognitionfacts
// and tst_recognitionmodels (docs/model.md, "Recognition page").
//
// Departments: Sales, Ops, Legal, Field. Staff on 31 March 2025: Sales S1-S3 (S4 moved to
// Ops on 15 March), Ops O1-O3 and S4, Legal L1 (one: hidden with k = 3), Field F1-F3.
// Leaders: Lena (VP Sales, in Sales), Noah (Director of Ops, in Ops), Vic (Chief Marketing
// Officer, no department, never recognises anyone). Recognitions (#kudos unless said):
//   1  3 Mar  Lena -> S1, S4 (both in Sales that day)
//   2 10 Mar  Lena -> O1
//   3 20 Mar  Lena -> S4 (in Ops by then)
//   4 12 Mar  Noah -> S2, L1
//   5 14 Mar  Noah -> Lena (a leader, in Sales)
//   6 18 Mar  S1   -> F1, F2 (a colleague, not a leader)
//   7  5 Jan  Noah -> F3 (before March: the last leader recognition of Field)
//   8  2 Apr  Lena -> F1 (after March)
//   9 25 Mar  Noah -> O2, in #shoutouts of a second source
//  10 26 Mar  Lena posts in #general (no recognition)

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/snapshot.h"
#include "store/database.h"
#include "testdatabase.h"

#include <memory>

namespace goodwill::testing {

class RecognitionFixture
{
public:
    static constexpr const char *sql = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'one'), (2, 'csv', 'two');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops'), (3, 'Legal'),
                                                  (4, 'Field');
        INSERT INTO people (id, display_name, title, role) VALUES
            (1, 'Lena', 'VP Sales', 'staff'), (2, 'Noah', 'Director of Ops', 'staff'),
            (3, 'Vic', 'Chief Marketing Officer', 'staff'),
            (10, 'S1', 'Rep', 'staff'), (11, 'S2', 'Rep', 'staff'), (12, 'S3', 'Rep', 'staff'),
            (13, 'S4', 'Rep', 'staff'), (20, 'O1', 'Planner', 'staff'),
            (21, 'O2', 'Planner', 'staff'), (22, 'O3', 'Planner', 'staff'),
            (30, 'L1', 'Counsel', 'staff'), (40, 'F1', 'Fitter', 'staff'),
            (41, 'F2', 'Fitter', 'staff'), (42, 'F3', 'Fitter', 'staff');
        INSERT INTO roster (person_id, valid_from, valid_to, department_id) VALUES
            (1, '2025-01-01', NULL, 1), (2, '2025-01-01', NULL, 2),
            (10, '2025-01-01', NULL, 1), (11, '2025-01-01', NULL, 1), (12, '2025-01-01', NULL, 1),
            (13, '2025-01-01', '2025-03-15', 1), (13, '2025-03-15', NULL, 2),
            (20, '2025-01-01', NULL, 2), (21, '2025-01-01', NULL, 2), (22, '2025-01-01', NULL, 2),
            (30, '2025-01-01', NULL, 3),
            (40, '2025-01-01', NULL, 4), (41, '2025-01-01', NULL, 4), (42, '2025-01-01', NULL, 4);
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
            (2, 1, 'c2', 'kudos', 'recognition', NULL),
            (3, 2, 'c3', 'shoutouts', 'recognition', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                channel_id, thread_root_id, parent_id, text, emoji) VALUES
          (1, 1, '1', 'post', strftime('%s', '2025-03-03 09:00'), 1, 2, NULL, NULL, 'For @S1 @S4', NULL),
          (2, 1, '2', 'post', strftime('%s', '2025-03-10 09:00'), 1, 2, NULL, NULL, 'For @O1', NULL),
          (3, 1, '3', 'post', strftime('%s', '2025-03-20 09:00'), 1, 2, NULL, NULL, 'For @S4', NULL),
          (4, 1, '4', 'post', strftime('%s', '2025-03-12 09:00'), 2, 2, NULL, NULL, 'For @S2 @L1', NULL),
          (5, 1, '5', 'post', strftime('%s', '2025-03-14 09:00'), 2, 2, NULL, NULL, 'For @Lena', NULL),
          (6, 1, '6', 'post', strftime('%s', '2025-03-18 09:00'), 10, 2, NULL, NULL, 'For @F1 @F2', NULL),
          (7, 1, '7', 'post', strftime('%s', '2025-01-05 09:00'), 2, 2, NULL, NULL, 'For @F3', NULL),
          (8, 1, '8', 'post', strftime('%s', '2025-04-02 09:00'), 1, 2, NULL, NULL, 'For @F1', NULL),
          (9, 2, '9', 'post', strftime('%s', '2025-03-25 09:00'), 2, 3, NULL, NULL, 'For @O2', NULL),
          (10, 1, '10', 'post', strftime('%s', '2025-03-26 09:00'), 1, 1, NULL, NULL, 'Plans', NULL);
        INSERT INTO mentions VALUES (1, 10), (1, 13), (2, 20), (3, 13), (4, 11), (4, 30), (5, 1),
            (6, 40), (6, 41), (7, 42), (8, 40), (9, 21);
    )sql";

    // k = 3, nothing thin: everything else as shipped.
    static analytics::ModelSettings settings()
    {
        analytics::ModelSettings settings = analytics::ModelFile::defaults();
        settings.k = 3;
        settings.thinDenominator = 1;
        return settings;
    }

    explicit RecognitionFixture(
        const analytics::ModelSettings &settings = RecognitionFixture::settings())
    {
        auto db = store::Database::create(QString());
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        if (!execute(m_db->connection(), sql))
            qFatal("fixture SQL failed");
        m_settings = std::make_shared<const analytics::ModelSettings>(settings);
        auto data = analytics::ActivityDataset::load(m_db->connection(), *m_settings);
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        m_data = std::make_shared<const analytics::ActivityDataset>(std::move(data).value());
    }

    const analytics::ActivityDataset &data() const { return *m_data; }
    store::Database &database() const { return *m_db; }

    // The snapshot for `filter`, from engines built for its scope.
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

    static analytics::DashboardFilter march()
    {
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 3, 1);
        filter.to = QDate(2025, 3, 31);
        return filter;
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<const analytics::ModelSettings> m_settings;
    std::shared_ptr<const analytics::ActivityDataset> m_data;
};

} // namespace goodwill::testing
