#pragma once

// Department capital for the Departments page models (tst_capitaltrendmodel,
// tst_departmentsummarymodel, tst_capitalheatmapmodel, tst_signaltablemodel,
// tst_pillarmodel), in two forms:
//
// 1. CapitalFixture: the worked example of docs/model.md section 7 (the same rows as
//    tst_capitalengine): Sales S1-S4 and their leader Lena, Ops O1-O2; a 28-day window,
//    k = 3, k_text = 2, nothing thin. By hand (docs/model.md section 7), Sales on 28 March
//    2025: ECI 59.44; pillars authenticity 57.43, pride 67.86, attachment 46.48, fun 68.15.
//    On 28 February (window 1-28 February: only S1 and S4 posted, in #general): A3 0 of 4
//    blocks, P1 = P2 = P3 = 0, T1 2 of 4 = 0.5 (62.5), T4 mean tone 0 over two posts by two
//    authors (33.33), F1 = F2 = F3 = 0; A1, A2, T2, T3 have nothing to measure. Pillars:
//    authenticity 0, pride 0, attachment (62.5 + 33.33) / 2 = 47.92, fun 0; ECI = 0.25 ×
//    47.92 = 11.98. Ops (two staff) is always hidden (fewer than k); the organisation
//    leaves it out, so it is Sales alone (docs/model.md section 5).
//
// 2. handSnapshot(): a snapshot typed in by hand (no engine), for the cases the fixture
//    cannot show: months 31 Jan, 28 Feb, 31 Mar 2025; the organisation (30 staff) ECI 60,
//    58, 55; Sales (0, 12 staff) 70, 65, 50 with a year-over-year of -12 and two alerts;
//    Ops (1, 8 staff) 40, none (no pillar could be computed), 45; Legal (2) hidden at every
//    period end; IT (3, 6 staff) 50, 49, 47. Pillars: authenticity = ECI + 1, pride = ECI
//    - 1, attachment = ECI + 2, fun = ECI - 2; every band ECI ± 5.

#include "analytics/activitydataset.h"
#include "analytics/capitalengine.h"
#include "analytics/leaderstats.h"
#include "analytics/snapshot.h"
#include "store/database.h"
#include "testdatabase.h"

#include <array>
#include <memory>
#include <optional>

namespace goodwill::testing {

class CapitalFixture
{
public:
    static constexpr const char *sql = R"sql(
        INSERT INTO sources VALUES (1, 'csv', 'fixture');
        INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops');
        INSERT INTO people (id, display_name, title, role) VALUES
            (1, 'Lena', 'VP Sales', 'leader'), (2, 'S1', 'Rep', 'staff'), (3, 'S2', 'Rep', 'staff'),
            (4, 'S3', 'Rep', 'staff'), (5, 'S4', 'Rep', 'staff'), (6, 'O1', 'Planner', 'staff'),
            (7, 'O2', 'Planner', 'staff');
        INSERT INTO roster (person_id, valid_from, department_id) VALUES
            (1, '2025-01-01', 1), (2, '2025-01-01', 1), (3, '2025-01-01', 1), (4, '2025-01-01', 1),
            (5, '2025-01-01', 1), (6, '2025-01-01', 2), (7, '2025-01-01', 2);
        INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL),
            (2, 1, 'c2', 'random', 'social', NULL), (3, 1, 'c3', 'kudos', 'recognition', NULL);
        INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id, channel_id,
                                thread_root_id, parent_id, text, emoji) VALUES
          (1, 1, '1', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Plans', NULL),
          (2, 1, '2', 'reply', strftime('%s', '2025-03-03 10:00'), 2, 1, 1, 1, 'When?', NULL),
          (3, 1, '3', 'reply', strftime('%s', '2025-03-03 12:00'), 1, 1, 1, 2, 'Monday', NULL),
          (4, 1, '4', 'reply', strftime('%s', '2025-03-04 09:00'), 3, 1, 1, 1, 'ok', NULL),
          (5, 1, '5', 'reply', strftime('%s', '2025-03-10 09:00'), 1, 1, 1, 4, 'noted', NULL),
          (6, 1, '6', 'post', strftime('%s', '2025-03-05 13:00'), 4, 2, NULL, NULL, 'haha 🎉', NULL),
          (7, 1, '7', 'reaction', strftime('%s', '2025-03-05 14:00'), 2, 2, 6, 6, NULL, 'joy'),
          (8, 1, '8', 'post', strftime('%s', '2025-03-12 10:00'), 1, 3, NULL, NULL, 'For @S4', NULL),
          (9, 1, '9', 'reply', strftime('%s', '2025-03-06 10:00'), 6, 1, 1, 1, 'and Ops', NULL),
          (10, 1, '10', 'post', strftime('%s', '2025-02-10 10:00'), 2, 1, NULL, NULL, 'Feb', NULL),
          (11, 1, '11', 'post', strftime('%s', '2025-02-11 10:00'), 5, 1, NULL, NULL, 'Feb', NULL);
        INSERT INTO mentions VALUES (8, 5);
    )sql";

    static analytics::ModelSettings settings()
    {
        const analytics::ModelLoad load = analytics::ModelFile::fromJson(
            R"({"window_days": 28, "privacy": {"k": 3, "k_text": 2}, "thin_denominator": 1})",
            QStringLiteral("test"));
        if (!load.problems.isEmpty())
            qFatal("test settings rejected");
        return load.settings;
    }

    explicit CapitalFixture(const analytics::ModelSettings &settings = CapitalFixture::settings())
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

    std::shared_ptr<const analytics::Snapshot>
    snapshot(const analytics::DashboardFilter &filter) const
    {
        analytics::SnapshotSources sources;
        sources.dataset = m_data;
        sources.settings = m_settings;
        sources.leaders = std::make_shared<const analytics::LeaderFigures>(*m_data, *m_settings);
        sources.engine = std::make_shared<const analytics::CapitalEngine>(*m_data, *m_settings);
        return analytics::SnapshotBuilder::build(sources, filter);
    }

    // February and March 2025 (period ends 28 February and 28 March), month by month.
    static analytics::DashboardFilter twoMonths(std::vector<std::int32_t> departments = {})
    {
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 2, 1);
        filter.to = QDate(2025, 3, 28);
        filter.departments = std::move(departments);
        return filter;
    }

private:
    std::unique_ptr<store::Database> m_db;
    std::shared_ptr<const analytics::ModelSettings> m_settings;
    std::shared_ptr<const analytics::ActivityDataset> m_data;
};

inline analytics::CapitalPoint handPoint(QDate end, std::optional<double> eci, int headcount)
{
    analytics::CapitalPoint point;
    point.end = end;
    point.headcount = headcount;
    const QString ids[] = {QStringLiteral("authenticity"), QStringLiteral("pride"),
                           QStringLiteral("attachment"), QStringLiteral("fun")};
    const double offsets[] = {1, -1, 2, -2};
    for (int i = 0; i < 4; ++i) {
        analytics::PillarValue pillar;
        pillar.id = ids[i];
        if (eci) {
            pillar.score = *eci + offsets[i];
            pillar.low = *pillar.score - 5;
            pillar.high = *pillar.score + 5;
        } else {
            point.missing << ids[i];
        }
        point.pillars.push_back(pillar);
    }
    if (eci) {
        point.eci = eci;
        point.eciLow = *eci - 5;
        point.eciHigh = *eci + 5;
    }
    return point;
}

inline analytics::CapitalPoint hiddenPoint(QDate end)
{
    analytics::CapitalPoint point;
    point.end = end;
    point.suppressed = true;
    point.suppressedReason = QStringLiteral("fewer than 5 staff: hidden to protect their privacy");
    return point;
}

inline std::shared_ptr<const analytics::Snapshot> handSnapshot()
{
    auto snapshot = std::make_shared<analytics::Snapshot>();
    snapshot->sources.settings =
        std::make_shared<const analytics::ModelSettings>(analytics::ModelFile::defaults());
    snapshot->from = QDate(2025, 1, 1);
    snapshot->to = QDate(2025, 3, 31);
    snapshot->filter.from = snapshot->from;
    snapshot->filter.to = snapshot->to;
    const QDate ends[] = {QDate(2025, 1, 31), QDate(2025, 2, 28), QDate(2025, 3, 31)};
    const auto department = [&](const char *name, std::int32_t index, int headcount,
                                std::array<std::optional<double>, 3> eci) {
        analytics::DepartmentCapital capital;
        capital.name = QString::fromUtf8(name);
        capital.department = index;
        for (int i = 0; i < 3; ++i)
            capital.trend.push_back(handPoint(ends[i], eci[size_t(i)], headcount));
        return capital;
    };
    snapshot->capital.push_back(department("Organisation", -1, 30, {60.0, 58.0, 55.0}));
    analytics::DepartmentCapital sales = department("Sales", 0, 12, {70.0, 65.0, 50.0});
    sales.yearOverYear = -12;
    sales.alerts.push_back({analytics::CapitalAlert::Kind::EciFall, ends[2], QString(), 20});
    sales.alerts.push_back(
        {analytics::CapitalAlert::Kind::PillarFall, ends[2], QStringLiteral("pride"), 15});
    snapshot->capital.push_back(sales);
    snapshot->capital.push_back(department("Ops", 1, 8, {40.0, std::nullopt, 45.0}));
    analytics::DepartmentCapital legal;
    legal.name = QStringLiteral("Legal");
    legal.department = 2;
    for (const QDate &end : ends)
        legal.trend.push_back(hiddenPoint(end));
    snapshot->capital.push_back(legal);
    snapshot->capital.push_back(department("IT", 3, 6, {50.0, 49.0, 47.0}));
    return snapshot;
}

} // namespace goodwill::testing
