#pragma once

#include "analytics/figureref.h"

#include <QCoreApplication>
#include <QString>

namespace goodwill::analytics {
class ActivityDataset;
}

namespace goodwill::items {

// A figure a user can open, in words: the drill-down's title ("Reply rate of Lena Berg,
// 01/03/2025 – 28/03/2025"; "Leader reply rate (A1) of Sales, the 90 days to 28/03/2025").
class FigureTitle
{
    Q_DECLARE_TR_FUNCTIONS(FigureTitle)

public:
    // "Reply rate" for "replyRate" (a LeaderStats field); the name itself when unknown.
    static QString leaderFigureName(const QString &figure);
    // "Sales"; "Organisation" for -1 with no selection; "Selection (Sales, Ops)" else.
    static QString departmentName(const analytics::FigureRef &figure,
                                  const analytics::ActivityDataset &data);
    // The whole title; `windowDays` is the capital window (the model settings').
    static QString of(const analytics::FigureRef &figure, const analytics::ActivityDataset &data,
                      int windowDays);
};

} // namespace goodwill::items
