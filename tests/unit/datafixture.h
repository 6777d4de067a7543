#pragma once

// A small organisation for the Data page's tables (tst_datatables, tst_datamodels), read on
// 15 March 2025. Effective roles: Lena leads by her title, Tia by the user's override, Max by
// the roster's flag; Uma's source said leader but the user overrode her to staff; Sam moved
// from Ops to Sales on 1 February; Gil, a guest, left Legal at the end of 2024.
namespace goodwill::testing {

inline constexpr const char *dataFixture = R"sql(
    INSERT INTO sources VALUES (1, 'slack', 'Acme'), (2, 'roster', 'hr.csv'), (3, 'demo', 'Demo org');
    INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops'), (3, 'Legal');
    INSERT INTO people (id, display_name, email, title, role, role_override) VALUES
        (1, 'Lena Berg', 'lena@example.com', 'VP Sales', 'staff', NULL),
        (2, 'Sam Ode', 'sam@example.com', 'Account Executive', 'staff', NULL),
        (3, 'Tia Ru', 'tia@example.com', 'Account Executive', 'staff', 'leader'),
        (4, 'Uma Pai', 'uma@example.com', 'Planner', 'leader', 'staff'),
        (5, 'Build Bot', NULL, NULL, 'bot', NULL),
        (6, 'Max Lee', 'max@example.com', 'Engineer', 'staff', NULL),
        (7, 'Gil Moss', 'gil@example.com', 'Contractor', 'guest', NULL);
    INSERT INTO roster (person_id, valid_from, valid_to, department_id, title, is_leader) VALUES
        (1, '2024-01-01', NULL, 1, 'VP Sales', NULL),
        (2, '2024-01-01', '2025-02-01', 2, 'Analyst', NULL),
        (2, '2025-02-01', NULL, 1, 'Account Executive', NULL),
        (3, '2024-01-01', NULL, 1, 'Account Executive', NULL),
        (4, '2024-01-01', NULL, 2, 'Planner', NULL),
        (6, '2024-06-01', NULL, 2, 'Engineer', 1),
        (7, '2024-01-01', '2025-01-01', 3, 'Contractor', NULL);
    INSERT INTO person_source_ids VALUES (1, 'U1', 1), (1, 'U2', 2), (1, 'U3', 3), (2, 'E4', 4),
                                         (1, 'B5', 5);
    INSERT INTO channels VALUES (1, 1, 'C1', 'general', 'work', NULL),
                                (2, 1, 'C2', 'kudos', 'recognition', NULL),
                                (3, 1, 'C3', 'eng-random', 'work', 'social'),
                                (4, 1, 'C4', 'town-hall', 'work', NULL);
    INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id, channel_id,
                            thread_root_id, parent_id, text, emoji) VALUES
        (1, 1, 'm1', 'post', strftime('%s', '2025-03-01 09:00'), 2, 1, NULL, NULL, 'Hello', NULL),
        (2, 1, 'm2', 'reply', strftime('%s', '2025-03-01 09:10'), 1, 1, 1, 1, 'Hi', NULL),
        (3, 1, 'm3', 'reaction', strftime('%s', '2025-03-01 09:30'), 3, 1, 1, 2, NULL, 'wave'),
        (4, 3, 'd1', 'post', strftime('%s', '2025-03-02 10:00'), 4, NULL, NULL, NULL, 'Plan', NULL);
    INSERT INTO import_runs (id, source_id, source_kind, file_name, content_hash, started_at,
                             finished_at, posts, replies, reactions, recognitions, people,
                             channels, skipped, report) VALUES
        (1, 1, 'slack', 'acme.zip', 'ab12', '2025-03-01T10:00:00Z', '2025-03-01T10:05:00Z',
         1, 1, 1, 0, 3, 4, 2,
         '{"posts": 1, "replies": 1, "reactions": 1, "recognitions": 0, "people": 3, "channels": 4, "first": "2025-03-01T09:00:00Z", "last": "2025-03-01T09:30:00Z", "skipped": {"bot": 2}, "warnings": ["channel C9 has no name"]}'),
        (2, 1, 'slack', 'acme-march.zip', NULL, '2025-03-10T09:00:00Z', NULL,
         0, 0, 0, 0, 0, 0, 0, NULL),
        (3, 2, 'roster', 'hr.csv', NULL, '2025-02-01T08:00:00Z', '2025-02-01T08:00:30Z',
         0, 0, 0, 0, 1, 0, 0, 'not json');
)sql";

} // namespace goodwill::testing
