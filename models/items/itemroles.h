#pragma once

#include <Qt>

namespace goodwill::items {

// Roles every item model in this folder uses the same way, so that views, delegates,
// charts and exports can rely on them.
enum ItemRole
{
    // The value to sort by (numbers as double, dates as QDate); a proxy's sortRole.
    SortRole = Qt::UserRole + 1,
    // An analytics::FigureRef (QVariant::fromValue): what the drill-down opens for the cell.
    FigureRole,
    // A QVariantList of doubles (an invalid QVariant for a gap): a sparkline's points.
    SparklineRole,
    // bool: the value is hidden by the privacy rules; Qt::ToolTipRole then says why.
    SuppressedRole,
    // The raw number behind a formatted cell (double), for CSV export and charts.
    ValueRole,
    // A department or series index (int) for consistent colours (items::seriesColor).
    SeriesRole,
};

} // namespace goodwill::items
