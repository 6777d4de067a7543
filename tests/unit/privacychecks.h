#pragma once

#include "analytics/snapshot.h"
#include "privacyoracle.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <tuple>
#include <vector>

class QAbstractItemModel;
class QModelIndex;

namespace goodwill::analytics {
struct LeaderEngagement;
struct RecognitionFacts;
struct TownHallBrief;
} // namespace goodwill::analytics

namespace goodwill::testing {

// The group a figure is about: a department (-1: the snapshot's selection as a whole) on a
// day; `text` when the figure is derived from text (tone), which needs k_text authors.
struct FigureGroup
{
    std::int32_t department = -1;
    std::int32_t day = 0;
    bool text = false;
};

// The privacy properties of docs/testing.md checked on one snapshot at a time against
// PrivacyOracle's independent counts: (1) nothing shown about a group of fewer than k staff
// (k_text distinct authors for tone), in the engine's output, the item models, their CSV,
// the drill-down and the reports' tables; (2) no hidden group worked out from a total and
// its visible parts. Violations are collected, not thrown, so one run lists them all.
class PrivacyChecks
{
public:
    explicit PrivacyChecks(const PrivacyOracle &oracle) : m_oracle(oracle) {}

    // Starts on a snapshot (with complete sources); `label` names the filter in messages.
    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot, const QString &label);

    // Property 1 on every point of the snapshot's capital, and the headcounts equal the
    // roster's.
    void engineCapital();
    // Property 2 at every period end: a shown total is exactly the sum of the departments
    // shown (its headcount the oracle's staff of those departments), so the total minus
    // them leaves nothing (no staff, no events); its tone leaves nothing of fewer than
    // k_text authors.
    void engineSubtraction();
    // Property 3, across selections: `larger` and `smaller` are the capital of two selections
    // S2 ⊂ S1 under the same filter (scope `scope`). At every period end at which both totals
    // are shown, total(S1) − total(S2) is exactly the shown departments of S1∖S2: their
    // staff, and their staff's posts and replies in the window (F3's denominator), by the
    // oracle. A department of both is hidden in both or in neither.
    void selectionDifference(const std::vector<analytics::DepartmentCapital> &larger,
                             const std::vector<analytics::DepartmentCapital> &smaller,
                             const analytics::ActivityScope &scope, int k, int window,
                             const QString &label);
    // The Departments and Overview pages' models (heatmap, summary, trend, signals, pillars,
    // recognised share), cell by cell and as CSV.
    void departmentModels(std::mt19937 &random);
    // Drill-downs (FigureEvidence) of `samples` random capital figures, shown or hidden.
    void evidence(std::mt19937 &random, int samples);
    void recognition(const std::shared_ptr<const analytics::RecognitionFacts> &facts);
    void townHall(const std::shared_ptr<const analytics::TownHallBrief> &brief);
    void engagement(const analytics::LeaderEngagement &engagement);

    // A table as a report printed it: rows whose first cell names a department with fewer
    // than k staff on any of `days` must hold no number; in the column headed `toneHeader`
    // (when not empty), row i must hold no number unless best post `tonePosts[i]` had
    // replies from at least k_text distinct staff.
    void reportTable(const QStringList &header, const QList<QStringList> &rows,
                     const std::vector<std::int32_t> &days, const QString &toneHeader = {},
                     const std::vector<std::int32_t> &tonePosts = {});

    static bool hasDigit(const QString &text);
    // RFC 4180 as items::TableCsv writes it.
    static QList<QStringList> parseCsv(const QByteArray &bytes);

    int staffOf(const FigureGroup &group) const;
    int authorsOf(const FigureGroup &group) const;

    struct Tally
    {
        int points = 0;           // capital points checked in the engine's output
        int cells = 0;            // item-model cells that belong to a group
        int csvCells = 0;         // the same in the CSV exports
        int evidence = 0;         // drill-downs computed
        int totals = 0;           // period ends at which a shown total was taken apart
        int totalsWithHidden = 0; // ... while some of its departments were hidden
        int hidden = 0;           // hidden points met (under k)
        int reportRows = 0;
        int recognitionsLeftOut = 0; // naming only hidden departments, left out of totals
        int other = 0;           // recognition columns, teams, movers, themes, posts, departments
        int pairs = 0;           // period ends at which two selections' totals were compared
        int pairsWithHidden = 0; // ... while a department of S1∖S2 was hidden
    };
    const Tally &tally() const { return m_tally; }
    const QStringList &violations() const { return m_violations; }
    int violationCount() const { return m_count; }

private:
    using Owner = std::function<std::optional<FigureGroup>(int row, int column)>;
    void violation(const QString &what);
    // A cell that shows a number must belong to a group of at least k (and k_text).
    void checkCells(const QAbstractItemModel &model, const Owner &owner, const QString &name);
    void checkCsv(const QAbstractItemModel &model, const Owner &owner, const QString &name);
    void checkModel(const QAbstractItemModel &model, const Owner &owner, const QString &name)
    {
        checkCells(model, owner, name);
        checkCsv(model, owner, name);
    }
    bool tooSmall(const FigureGroup &group, QString *why) const;
    std::vector<std::int32_t> selection() const;
    QString departmentName(std::int32_t department) const;

    const PrivacyOracle &m_oracle;
    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    QString m_label;
    int m_k = 5;
    int m_kText = 10;
    int m_window = 90;
    Tally m_tally;
    QStringList m_violations; // the first few, with the filter
    int m_count = 0;
    // Distinct authors per (scope, selection or department, day): windows are shared.
    mutable std::map<std::tuple<size_t, std::vector<std::int32_t>, std::int32_t>, int> m_authors;
    mutable std::vector<analytics::ActivityScope> m_scopes;
};

} // namespace goodwill::testing
