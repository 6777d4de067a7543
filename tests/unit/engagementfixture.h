#pragma once

// A small organisation whose "My engagement" figures are worked out by hand in
// tst_leaderengagement, tst_engagementmodels and tst_handledquestions (docs/model.md,
// "My engagement"). k = 3, k_text = 2, goals 0.6 posts, 5 replies and 2 recognitions a week;
// everything else as shipped (the window of "not recognised" is 90 days).
//
// Departments (staff on 31 March 2025): Sales S1-S3, Ops O1-O3, Field F1-F3, Legal L1 (one:
// under k). Leaders (by title): Lena (VP Sales, Sales), Noah (Director of Ops, Ops), Vic
// (Chief Marketing Officer, no department), Ida (Head of Field, Field).
//
// Lena, March 2025 (the usual period: 31 days, 31/7 weeks):
//   a1  3 Mar 09:00 post "Plans for Q2"          a2 S1 reply 10:00 "When do we start?"
//   a3  3 Mar 12:00 her reply to a2               a4 S2 reply 4 Mar "Great plan"
//   a5  O1 reacts 4 Mar; a6 S3 reacts 5 Mar
//   a7 17 Mar post "Q2 targets"                   a8 F1 reply 17 Mar "Is this final?"
//   a9  F2 reacts 18 Mar; a15 O2 reply 19 Mar "Thanks for that"
//   a10 20 Mar #kudos "Thanks @S1 for the demo"   (her recognition of S1)
//   a11 10 Dec 2024 #kudos "Thanks @O2"; a12 10 Feb 2025 #kudos "Kudos @S2"
//   a13 O3 25 Mar "@Lena is the budget ready?"; a14 L1 26 Mar "@Lena is the contract signed?"
// Noah: a20 5 Mar post, a23 O2 "Why?", a24 his reply an hour later, a21 6 Mar #kudos @O1.
// Vic: posts a25, a27, a28 (10, 12, 14 Mar); a26 S3 replies "ok". Ida: a30 7 Mar post, a31
// F3 "Sounds good", a32-a35 four replies of hers. The data ends with a40, 5 April 12:00.

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/sentimentlexicon.h"
#include "analytics/snapshot.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace goodwill::testing {

class EngagementFixture
{
public:
    static constexpr const char *sql = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops'), (3, 'Field'),
                                                  (4, 'Legal');
        INSERT INTO people (id, display_name, email, title, role) VALUES
            (1, 'Lena', 'lena@example.com', 'VP Sales', 'staff'),
            (2, 'Noah', 'noah@example.com', 'Director of Ops', 'staff'),
            (3, 'Vic', 'vic@example.com', 'Chief Marketing Officer', 'staff'),
            (4, 'Ida', 'ida@example.com', 'Head of Field', 'staff'),
            (10, 'S1', NULL, 'Rep', 'staff'), (11, 'S2', NULL, 'Rep', 'staff'),
            (12, 'S3', NULL, 'Rep', 'staff'), (20, 'O1', NULL, 'Planner', 'staff'),
            (21, 'O2', NULL, 'Planner', 'staff'), (22, 'O3', NULL, 'Planner', 'staff'),
            (30, 'F1', NULL, 'Fitter', 'staff'), (31, 'F2', NULL, 'Fitter', 'staff'),
            (32, 'F3', NULL, 'Fitter', 'staff'), (40, 'L1', NULL, 'Counsel', 'staff');
        INSERT INTO roster (person_id, valid_from, valid_to, department_id)
            SELECT id, '2024-01-01', NULL,
                   CASE WHEN id IN (1, 10, 11, 12) THEN 1 WHEN id IN (2, 20, 21, 22) THEN 2
                        WHEN id IN (4, 30, 31, 32) THEN 3 ELSE 4 END
            FROM people WHERE id <> 3;
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
                                    (2, 1, 'c2', 'kudos', 'recognition', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                channel_id, thread_root_id, parent_id, text) VALUES
          (1, 1, 'a1', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Plans for Q2'),
          (2, 1, 'a2', 'reply', strftime('%s', '2025-03-03 10:00'), 10, 1, 1, 1, 'When do we start?'),
          (3, 1, 'a3', 'reply', strftime('%s', '2025-03-03 12:00'), 1, 1, 1, 2, 'Next Monday'),
          (4, 1, 'a4', 'reply', strftime('%s', '2025-03-04 09:00'), 11, 1, 1, 1, 'Great plan'),
          (5, 1, 'a5', 'reaction', strftime('%s', '2025-03-04 10:00'), 20, 1, 1, 1, NULL),
          (6, 1, 'a6', 'reaction', strftime('%s', '2025-03-05 10:00'), 12, 1, 1, 1, NULL),
          (7, 1, 'a7', 'post', strftime('%s', '2025-03-17 09:00'), 1, 1, NULL, NULL, 'Q2 targets'),
          (8, 1, 'a8', 'reply', strftime('%s', '2025-03-17 10:00'), 30, 1, 7, 7, 'Is this final?'),
          (9, 1, 'a9', 'reaction', strftime('%s', '2025-03-18 09:00'), 31, 1, 7, 7, NULL),
          (10, 1, 'a10', 'post', strftime('%s', '2025-03-20 10:00'), 1, 2, NULL, NULL,
              'Thanks @S1 for the demo'),
          (11, 1, 'a11', 'post', strftime('%s', '2024-12-10 10:00'), 1, 2, NULL, NULL, 'Thanks @O2'),
          (12, 1, 'a12', 'post', strftime('%s', '2025-02-10 10:00'), 1, 2, NULL, NULL, 'Kudos @S2'),
          (13, 1, 'a13', 'post', strftime('%s', '2025-03-25 09:00'), 22, 1, NULL, NULL,
              '@Lena is the budget ready?'),
          (14, 1, 'a14', 'post', strftime('%s', '2025-03-26 09:00'), 40, 1, NULL, NULL,
              '@Lena is the contract signed?'),
          (15, 1, 'a15', 'reply', strftime('%s', '2025-03-19 09:00'), 21, 1, 7, 7,
              'Thanks for that'),
          (20, 1, 'a20', 'post', strftime('%s', '2025-03-05 09:00'), 2, 1, NULL, NULL, 'Ops news'),
          (21, 1, 'a21', 'post', strftime('%s', '2025-03-06 09:00'), 2, 2, NULL, NULL, 'Thanks @O1'),
          (23, 1, 'a23', 'reply', strftime('%s', '2025-03-05 10:00'), 21, 1, 20, 20, 'Why?'),
          (24, 1, 'a24', 'reply', strftime('%s', '2025-03-05 11:00'), 2, 1, 20, 23, 'Because'),
          (25, 1, 'a25', 'post', strftime('%s', '2025-03-10 09:00'), 3, 1, NULL, NULL, 'Announcement'),
          (26, 1, 'a26', 'reply', strftime('%s', '2025-03-10 12:00'), 12, 1, 25, 25, 'ok'),
          (27, 1, 'a27', 'post', strftime('%s', '2025-03-12 09:00'), 3, 1, NULL, NULL, 'Announcement two'),
          (28, 1, 'a28', 'post', strftime('%s', '2025-03-14 09:00'), 3, 1, NULL, NULL,
              'Announcement three'),
          (30, 1, 'a30', 'post', strftime('%s', '2025-03-07 09:00'), 4, 1, NULL, NULL, 'Field plan'),
          (31, 1, 'a31', 'reply', strftime('%s', '2025-03-07 09:30'), 32, 1, 30, 30, 'Sounds good'),
          (32, 1, 'a32', 'reply', strftime('%s', '2025-03-07 10:00'), 4, 1, 30, 31, 'Noted'),
          (33, 1, 'a33', 'reply', strftime('%s', '2025-03-07 10:10'), 4, 1, 30, 31, 'Noted'),
          (34, 1, 'a34', 'reply', strftime('%s', '2025-03-07 10:20'), 4, 1, 30, 31, 'Noted'),
          (35, 1, 'a35', 'reply', strftime('%s', '2025-03-07 10:30'), 4, 1, 30, 31, 'Noted'),
          (40, 1, 'a40', 'post', strftime('%s', '2025-04-05 12:00'), 11, 1, NULL, NULL,
              'Lunch at noon');
        INSERT INTO mentions VALUES (10, 10), (11, 21), (12, 11), (13, 1), (14, 1), (21, 20);
    )sql";

    static analytics::ModelSettings settings()
    {
        analytics::ModelSettings settings = analytics::ModelFile::defaults();
        settings.k = 3;
        settings.kText = 2;
        settings.thinDenominator = 1;
        settings.goals.postsPerWeek = 0.6;
        return settings;
    }

    // Person and activity indexes: people and activities in id order, from 0.
    static constexpr std::int32_t lena = 0, noah = 1, vic = 2, ida = 3;
    static constexpr std::int32_t s1 = 4, s2 = 5, s3 = 6, o1 = 7, o2 = 8, o3 = 9, f1 = 10, f2 = 11,
                                  f3 = 12, l1 = 13;
    static constexpr std::int32_t sales = 0, ops = 1, field = 2, legal = 3;

    // In memory, or in a file of its own (for the marks and the texts) when `onDisk`.
    explicit EngagementFixture(bool onDisk = false, const analytics::ModelSettings &settings =
                                                        EngagementFixture::settings())
    {
        if (onDisk)
            m_path = m_dir.filePath(QStringLiteral("engagement.goodwill"));
        auto db = store::Database::create(m_path);
        if (!db)
            qFatal("%s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        if (!execute(m_db->connection(), sql))
            qFatal("fixture SQL failed");
        m_settings = std::make_shared<const analytics::ModelSettings>(settings);
        reload();
    }

    // Reads the dataset again (with tone), as a new load of the database would.
    void reload()
    {
        auto lexicon = analytics::SentimentLexicon::englishWorkplace();
        if (!lexicon)
            qFatal("%s", qPrintable(lexicon.error().message));
        const analytics::SentimentAnalyzer tone(std::move(lexicon).value());
        auto data = analytics::ActivityDataset::load(m_db->connection(), *m_settings, &tone);
        if (!data)
            qFatal("%s", qPrintable(data.error().message));
        m_data = std::make_shared<const analytics::ActivityDataset>(std::move(data).value());
    }

    const analytics::ActivityDataset &data() const { return *m_data; }
    store::Database &database() const { return *m_db; }
    const QString &path() const { return m_path; }
    // Closes the fixture's own connection (a file then has no other writer).
    void close() { m_db.reset(); }

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

    static analytics::DashboardFilter
    period(QDate from, QDate to, analytics::Granularity granularity = analytics::Granularity::Month)
    {
        analytics::DashboardFilter filter;
        filter.from = from;
        filter.to = to;
        filter.granularity = granularity;
        return filter;
    }
    static analytics::DashboardFilter march()
    {
        return period(QDate(2025, 3, 1), QDate(2025, 3, 31));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<const analytics::ModelSettings> m_settings;
    std::shared_ptr<const analytics::ActivityDataset> m_data;
};

} // namespace goodwill::testing
