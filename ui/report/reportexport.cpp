#include "reportexport.h"

#include "analytics/snapshot.h"
#include "reportprovenance.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace goodwill::ui::report {

void writeReportAsync(QObject *context, std::shared_ptr<const analytics::Snapshot> snapshot,
                      const QString &databasePath, bool pseudonymise, const QString &path,
                      std::function<std::optional<ReportDocument>()> build,
                      std::function<void(const QString &error)> done)
{
    using Provenance = std::pair<std::optional<ReportProvenance>, QString>;
    auto *watcher = new QFutureWatcher<Provenance>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, path, build = std::move(build), done = std::move(done)] {
                         watcher->deleteLater();
                         const Provenance provenance = watcher->result();
                         if (!provenance.first) {
                             done(provenance.second);
                             return;
                         }
                         std::optional<ReportDocument> document = build();
                         if (!document) {
                             done(QCoreApplication::translate(
                                 "ReportExport", "There is nothing to put in the report."));
                             return;
                         }
                         document->setProvenance(*provenance.first);
                         const auto failed = document->writePdf(path);
                         done(failed.value_or(QString()));
                     });
    watcher->setFuture(QtConcurrent::run([snapshot = std::move(snapshot), databasePath,
                                          pseudonymise] {
        QString error;
        auto provenance = ReportProvenance::collect(databasePath, *snapshot, pseudonymise, &error);
        return Provenance{std::move(provenance), error};
    }));
}

} // namespace goodwill::ui::report
