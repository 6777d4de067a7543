#pragma once

#include "analytics/snapshot.h"

#include <QAbstractTableModel>
#include <QDate>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace goodwill::items {

// Department capital over time, for TrendChartView: one row per period end of a snapshot's
// trend; column 0 the period end (a QDate); then for each chosen series (the organisation
// or selection, -1, and department indexes) a column with the measure (the ECI or one
// pillar's score), followed, when bands are shown, by the 80% band's low and high columns
// (declare them with TrendChartView::setBand(valueColumn, lowColumn, highColumn)).
// A suppressed or missing point is an invalid QVariant: the line breaks there.
class CapitalTrendModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The measure for the ECI; any other is a pillar id (authenticity, pride ...).
    static inline const QString Eci = QStringLiteral("eci");

    explicit CapitalTrendModel(QObject *parent = nullptr);
    ~CapitalTrendModel() override;

    void setSnapshot(std::shared_ptr<const analytics::Snapshot> snapshot);
    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_snapshot; }
    // The series wanted, in order; those the snapshot lacks get no column.
    void setSeries(std::vector<std::int32_t> series);
    const std::vector<std::int32_t> &series() const { return m_series; }
    void setShowBands(bool show);
    bool showBands() const { return m_bands; }
    void setMeasure(const QString &measure);
    QString measure() const { return m_measure; }

    // Columns of a series (-1 when it is not shown or has no band column).
    int valueColumn(std::int32_t department) const;
    int lowColumn(std::int32_t department) const;
    int highColumn(std::int32_t department) const;
    int seriesCount() const;
    QDate dateAt(int row) const;

    // The organisation (or selection) and the `fallers` departments whose measure fell
    // most from the first to the last period end where both are known (only those that
    // fell), the largest fall first.
    static std::vector<std::int32_t> defaultSeries(const analytics::Snapshot &snapshot,
                                                   int fallers = 2, const QString &measure = Eci);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class Part
    {
        Value,
        Low,
        High
    };
    struct Column
    {
        size_t capital; // index in the snapshot's capital
        Part part;
    };
    struct Measured
    {
        std::optional<double> value;
        std::optional<double> low;
        std::optional<double> high;
    };

    void rebuild();
    int columnOf(std::int32_t department, Part part) const;
    QString measureName() const;
    static Measured measured(const analytics::CapitalPoint &point, const QString &measure);

    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::vector<std::int32_t> m_series{-1};
    bool m_bands = false;
    QString m_measure = Eci;
    std::vector<Column> m_columns; // from column 1
};

} // namespace goodwill::items
