#pragma once

#include "activitydataset.h"
#include "activityscope.h"
#include "departmentcapital.h"
#include "modelsettings.h"

#include <QDate>

#include <atomic>
#include <vector>

namespace goodwill::analytics {

enum class Granularity
{
    Week,
    Month,
    Quarter
};

struct CapitalQuery
{
    QDate from;
    QDate to;
    Granularity granularity = Granularity::Month;
    std::vector<std::int32_t> departments; // empty: all
    bool includeOrganisation = true;       // the selection as a whole, as a first entry
};

// Department emotional capital (MODEL.md section 4; docs/model.md is the reference).
// Built once over a dataset: daily sums per department and per person the days with each
// kind of activity, so that any window is a few subtractions and binary searches. The
// privacy rules are applied here, before anything leaves: no caller can get a figure
// from fewer than k staff (k_text authors for tone), nor work one out by subtraction.
class CapitalEngine
{
public:
    // Only activities in `scope` count.
    CapitalEngine(const ActivityDataset &data, const ModelSettings &settings,
                  const ActivityScope &scope = {});
    ~CapitalEngine();
    CapitalEngine(const CapitalEngine &) = delete;
    CapitalEngine &operator=(const CapitalEngine &) = delete;

    // Entries: the organisation (when asked) then each department, in dataset order.
    // Returns empty when `cancel` becomes true.
    std::vector<DepartmentCapital> compute(const CapitalQuery &query,
                                           const std::atomic<bool> *cancel = nullptr) const;

    // The last day of each period that meets [from, to]; the last is `to` itself when the
    // final period is not over.
    static std::vector<QDate> periodEnds(QDate from, QDate to, Granularity granularity);

private:
    struct Facts;
    struct Raw;
    // For each of `days` (ascending): the raw measures of the selected departments, then of
    // the selection as a whole (last).
    std::vector<std::vector<Raw>> measure(const std::vector<std::int32_t> &days,
                                          const std::vector<bool> &selected) const;
    CapitalPoint score(const Raw &raw, QDate end) const;

    const ActivityDataset &m_data;
    const ModelSettings &m_settings;
    std::unique_ptr<Facts> m_facts;
};

} // namespace goodwill::analytics
