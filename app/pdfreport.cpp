#include "pdfreport.h"

#include "commandline.h"
#include "report/engagementreport.h"
#include "report/reportprovenance.h"
#include "report/townhallreport.h"

#include <QCoreApplication>

namespace goodwill::app {
int writePdfReport(const analytics::SnapshotSources &sources, const PdfReportRequest &request)
{
    analytics::DashboardFilter filter = request.filter;
    std::int32_t leader = -1;
    if (request.kind == u"leader") {
        leader = sources.dataset->personIndexOfEmail(request.leaderEmail);
        if (leader < 0 || !sources.dataset->isLeader(leader)) {
            printError(QCoreApplication::translate(
                           "ReportCommand", "'%1' has no leader with the e-mail address '%2'")
                           .arg(request.databasePath, request.leaderEmail));
            return UsageError;
        }
    }
    const auto snapshot = analytics::SnapshotBuilder::build(sources, filter);
    if (!snapshot) {
        printError(QCoreApplication::translate("ReportCommand",
                                               "the figures of '%1' could not be worked out")
                       .arg(request.databasePath));
        return Failure;
    }
    const ui::report::ReportOptions options{request.pseudonymise};
    QString error;
    const std::optional<ui::report::ReportDocument> document =
        leader >= 0
            ? ui::report::EngagementReport::build(*snapshot, leader, request.databasePath, options,
                                                  &error)
            : ui::report::TownHallReport::build(*snapshot, request.databasePath, options, &error);
    if (!document) {
        printError(error);
        return Failure;
    }
    const auto provenance = ui::report::ReportProvenance::collect(request.databasePath, *snapshot,
                                                                  request.pseudonymise, &error);
    if (!provenance) {
        printError(error);
        return Failure;
    }
    ui::report::ReportDocument report = *document;
    report.setProvenance(*provenance);
    if (const auto failure = report.writePdf(request.out)) {
        printError(*failure);
        return Failure;
    }
    return Success;
}

} // namespace goodwill::app
