#pragma once

#include "departmentcapital.h"
#include "leaderstats.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>

#include <vector>

namespace goodwill::analytics {

// Figures as files: the JSON and CSV that `goodwill report` writes and the dashboard
// exports. Only what the engine released is written, so the privacy rules hold here too
// (a suppressed department has nulls, never numbers).
class FiguresExport
{
public:
    static QJsonObject period(QDate from, QDate to, const QString &granularity);
    static QJsonObject departmentsJson(const std::vector<DepartmentCapital> &capital);
    static QJsonObject leadersJson(const std::vector<LeaderStats> &leaders);
    static QByteArray departmentsCsv(const std::vector<DepartmentCapital> &capital);
    static QByteArray leadersCsv(const std::vector<LeaderStats> &leaders);
};

} // namespace goodwill::analytics
