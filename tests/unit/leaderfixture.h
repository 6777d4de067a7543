#pragma once

#include <cstdint>

// The hand-built database of tst_leaderdetail and tst_leadermodels (values worked out by
// hand in tst_leaderdetail.cpp).
namespace goodwill::testing::leaderfixture {

// Lena Berg (VP Sales) and Mark Holt (Head of Ops) lead; Sales, Ops and Finance have five
// staff each, Legal one. The period is 1 March to 15 April 2025; the data ends on 20 April
// at 12:00 UTC (a18). Activity ids are not in time order (a10 is on 2 April).
inline constexpr const char *fixture = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops'), (3, 'Legal'),
                                                  (4, 'Finance');
        INSERT INTO people (id, display_name, email, title, role) VALUES
            (1, 'Lena Berg', 'lena@example.com', 'VP Sales', 'staff'),
            (2, 'Mark Holt', 'mark@example.com', 'Head of Ops', 'staff'),
            (3, 'Sam One', NULL, 'Rep', 'staff'), (4, 'Sue Two', NULL, 'Rep', 'staff'),
            (5, 'Sid Three', NULL, 'Rep', 'staff'), (6, 'Sol Four', NULL, 'Rep', 'staff'),
            (7, 'Sky Five', NULL, 'Rep', 'staff'),
            (8, 'Oda One', NULL, 'Planner', 'staff'), (9, 'Oli Two', NULL, 'Planner', 'staff'),
            (10, 'Ora Three', NULL, 'Planner', 'staff'), (11, 'Otto Four', NULL, 'Planner', 'staff'),
            (12, 'Ove Five', NULL, 'Planner', 'staff'),
            (13, 'Gil One', NULL, 'Counsel', 'staff'),
            (14, 'Fay One', NULL, 'Analyst', 'staff'), (15, 'Fen Two', NULL, 'Analyst', 'staff'),
            (16, 'Fox Three', NULL, 'Analyst', 'staff'), (17, 'Fyn Four', NULL, 'Analyst', 'staff'),
            (18, 'Flo Five', NULL, 'Analyst', 'staff'),
            (19, 'Build Bot', NULL, NULL, 'bot');
        INSERT INTO roster (person_id, valid_from, valid_to, department_id)
            SELECT id, '2025-01-01', NULL, CASE WHEN id IN (1, 3, 4, 5, 6, 7) THEN 1
                                                WHEN id IN (2, 8, 9, 10, 11, 12) THEN 2
                                                WHEN id = 13 THEN 3 ELSE 4 END
            FROM people WHERE id <= 18;
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
                                    (2, 1, 'c2', 'kudos', 'recognition', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                channel_id, thread_root_id, parent_id, text) VALUES
          (1, 1, 'a1', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Plans for Q2'),
          (2, 1, 'a2', 'reply', strftime('%s', '2025-03-03 10:00'), 3, 1, 1, 1, 'When do we start?'),
          (3, 1, 'a3', 'reply', strftime('%s', '2025-03-03 12:00'), 1, 1, 1, 2, 'Next Monday'),
          (4, 1, 'a4', 'reply', strftime('%s', '2025-03-04 09:00'), 4, 1, 1, 1, 'Can I join?'),
          (5, 1, 'a5', 'post', strftime('%s', '2025-03-10 09:00'), 5, 1, NULL, NULL,
              '@Lena Berg can we get more laptops?'),
          (6, 1, 'a6', 'reply', strftime('%s', '2025-03-14 09:00'), 1, 1, 5, 5, 'Ordered'),
          (7, 1, 'a7', 'post', strftime('%s', '2025-03-17 10:00'), 1, 2, NULL, NULL,
              'For the launch: @Sam One and @Oda One'),
          (8, 1, 'a8', 'post', strftime('%s', '2025-03-20 10:00'), 1, 2, NULL, NULL,
              'The pitch, @Sue Two'),
          (9, 1, 'a9', 'post', strftime('%s', '2025-03-25 09:00'), 9, 1, NULL, NULL,
              '@Mark Holt why the change?'),
          (12, 1, 'a12', 'post', strftime('%s', '2025-04-02 09:00'), 1, 1, NULL, NULL, 'Q2 targets'),
          (10, 1, 'a10', 'reply', strftime('%s', '2025-04-02 10:00'), 10, 1, 12, 12, 'Is this final?'),
          (11, 1, 'a11', 'post', strftime('%s', '2025-03-26 09:00'), 13, 1, NULL, NULL,
              '@Lena Berg is the contract ready?'),
          (13, 1, 'a13', 'reply', strftime('%s', '2025-04-02 11:00'), 6, 1, 12, 12, 'Great'),
          (14, 1, 'a14', 'reply', strftime('%s', '2025-04-02 12:00'), 2, 1, 12, 12, 'Any numbers?'),
          (15, 1, 'a15', 'post', strftime('%s', '2025-04-07 09:00'), 7, 1, NULL, NULL,
              '@Lena Berg when is the offsite?'),
          (16, 1, 'a16', 'reply', strftime('%s', '2025-04-07 13:00'), 1, 1, 15, 15, 'In June'),
          (17, 1, 'a17', 'post', strftime('%s', '2025-02-20 09:00'), 3, 1, NULL, NULL,
              '@Lena Berg did you see this?'),
          (18, 1, 'a18', 'post', strftime('%s', '2025-04-20 12:00'), 11, 1, NULL, NULL, 'Lunch'),
          (19, 1, 'a19', 'post', strftime('%s', '2025-03-12 09:00'), 19, 1, NULL, NULL,
              '@Lena Berg build failed?'),
          (20, 1, 'a20', 'reply', strftime('%s', '2025-04-16 09:00'), 4, 1, 12, 12, 'Still waiting?');
        INSERT INTO mentions VALUES (5, 1), (7, 3), (7, 8), (8, 4), (9, 2), (11, 1), (15, 1),
                                    (17, 1), (19, 1);
    )sql";

// Indexes: people, departments and activities in id order, from 0.
inline constexpr std::int32_t lena = 0, mark = 1;
inline constexpr std::int32_t sales = 0, ops = 1, legal = 2, finance = 3;

} // namespace goodwill::testing::leaderfixture
