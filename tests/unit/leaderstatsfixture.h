#pragma once

// The hand-built database of tst_leaderstats and tst_figureevidence (values worked out by
// hand in tst_leaderstats.cpp).
namespace goodwill::testing::leaderstatsfixture {

// Lena Berg leads Sales (her title says so, although the source stored 'staff'); Max's
// source said 'leader' but the user overrode him to staff. March 2025, four weeks.
inline constexpr const char *fixture = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops');
        INSERT INTO people (id, display_name, email, title, role, role_override) VALUES
            (1, 'Lena Berg', 'lena@example.com', 'VP Sales', 'staff', NULL),
            (2, 'Sam Ode', 'sam@example.com', 'Account Executive', 'staff', NULL),
            (3, 'Tia Ru', 'tia@example.com', 'Account Executive', 'staff', NULL),
            (4, 'Uma Pai', 'uma@example.com', 'Planner', 'staff', NULL),
            (5, 'Build Bot', NULL, NULL, 'bot', NULL),
            (6, 'Max Lee', 'max@example.com', 'Engineer', 'leader', 'staff'),
            (7, 'Noah Fern', 'noah@example.com', 'Director of Ops', 'staff', NULL);
        INSERT INTO roster (person_id, valid_from, valid_to, department_id) VALUES
            (1, '2025-01-01', NULL, 1), (2, '2025-01-01', NULL, 1), (3, '2025-01-01', NULL, 1),
            (4, '2025-01-01', NULL, 2), (6, '2025-01-01', NULL, 2);
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
                                    (2, 1, 'c2', 'kudos', 'recognition', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                channel_id, thread_root_id, parent_id, text, emoji) VALUES
          (1, 1, 'a1', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Plans for Q2', NULL),
          (2, 1, 'a2', 'reply', strftime('%s', '2025-03-03 10:00'), 2, 1, 1, 1, 'When do we start?', NULL),
          (3, 1, 'a3', 'reply', strftime('%s', '2025-03-03 12:00'), 1, 1, 1, 2, 'Next Monday', NULL),
          (4, 1, 'a4', 'reply', strftime('%s', '2025-03-03 11:00'), 3, 1, 1, 1, 'Sounds good', NULL),
          (5, 1, 'a5', 'reaction', strftime('%s', '2025-03-03 09:30'), 4, 1, 1, 1, NULL, 'thumbsup'),
          (6, 1, 'a6', 'reaction', strftime('%s', '2025-03-03 09:40'), 2, 1, 1, 1, NULL, 'heart'),
          (7, 1, 'a7', 'post', strftime('%s', '2025-03-10 09:00'), 3, 1, NULL, NULL,
              '@Lena Berg can we get more laptops?', NULL),
          (8, 1, 'a8', 'reply', strftime('%s', '2025-03-14 09:00'), 1, 1, 7, 7, 'Ordered', NULL),
          (9, 1, 'a9', 'post', strftime('%s', '2025-03-17 10:00'), 1, 2, NULL, NULL,
              'For the launch: @Sam Ode and @Uma Pai', NULL),
          (10, 1, 'a10', 'post', strftime('%s', '2025-03-20 15:00'), 4, 1, NULL, NULL,
              '@Lena Berg the new rota is up', NULL),
          (11, 1, 'a11', 'reply', strftime('%s', '2025-02-20 15:00'), 1, 1, 7, 7, 'Earlier', NULL),
          (12, 1, 'a12', 'post', strftime('%s', '2025-03-05 08:00'), 6, 1, NULL, NULL, 'hello', NULL),
          (13, 1, 'a13', 'reply', strftime('%s', '2025-03-03 09:05'), 5, 1, 1, 1, 'Build passed?', NULL),
          (14, 1, 'a14', 'reply', strftime('%s', '2025-03-03 09:01'), 1, 1, 1, 1, 'PS: slides attached', NULL),
          (15, 1, 'a15', 'post', strftime('%s', '2025-02-25 09:00'), 1, 1, NULL, NULL, 'February plans', NULL),
          (16, 1, 'a16', 'reply', strftime('%s', '2025-03-02 09:00'), 2, 1, 15, 15, 'Late to this', NULL);
        INSERT INTO mentions VALUES (7, 1), (9, 2), (9, 4), (10, 1);
    )sql";

} // namespace goodwill::testing::leaderstatsfixture
