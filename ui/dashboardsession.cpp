#include "dashboardsession.h"

#include "state/appsettings.h"
#include "state/dashboardstate.h"
#include "state/sourcesloader.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QPointer>
#include <QStandardPaths>
#include <QtConcurrent>

#include <boost/signals2/connection.hpp>

namespace goodwill::ui {

struct DashboardSession::Private
{
    state::DashboardState state;
    analytics::SnapshotSources sources;
    std::shared_ptr<const analytics::Snapshot> snapshot;
    boost::signals2::scoped_connection snapshotConnection;
    quint64 generation = 0; // increases with every load; older loads are stale
    std::shared_ptr<std::atomic<bool>> cancel;
};

DashboardSession::DashboardSession(state::AppSettings &settings, QObject *parent)
    : QObject(parent), m_settings(settings), d(std::make_unique<Private>())
{
    qRegisterMetaType<analytics::FigureRef>();
    QPointer<DashboardSession> self(this);
    d->snapshotConnection =
        d->state.snapshotReady.connect([self](std::shared_ptr<const analytics::Snapshot> snapshot) {
            // On the worker thread: hop to the GUI thread; the session may be gone by then.
            QMetaObject::invokeMethod(
                self.data(),
                [self, snapshot] {
                    if (self)
                        self->deliver(snapshot);
                },
                Qt::QueuedConnection);
        });
}

DashboardSession::~DashboardSession()
{
    ++d->generation;
    if (d->cancel)
        d->cancel->store(true);
    d->snapshotConnection.disconnect();
}

void DashboardSession::load(const QString &path)
{
    const quint64 generation = ++d->generation;
    if (d->cancel)
        d->cancel->store(true);
    d->cancel = std::make_shared<std::atomic<bool>>(false);
    setBusy(true);
    auto cancel = d->cancel;
    QPointer<DashboardSession> self(this);
    const auto progress = [self, generation](const QString &message) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, message] {
                if (self && generation == self->d->generation)
                    Q_EMIT self->loadProgress(message);
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<state::SourcesLoader::Outcome>(this);
    connect(watcher, &QFutureWatcher<state::SourcesLoader::Outcome>::finished, this,
            [this, watcher, generation, path] {
                watcher->deleteLater();
                if (generation != d->generation)
                    return; // a newer load superseded this one
                const state::SourcesLoader::Outcome outcome = watcher->result();
                if (d->cancel && d->cancel->load()) {
                    setBusy(false);
                    return;
                }
                if (!outcome.error.isEmpty()) {
                    setBusy(false);
                    Q_EMIT loadFailed(outcome.error);
                    return;
                }
                for (const QString &warning : outcome.warnings)
                    Q_EMIT loadProgress(warning);
                m_path = path;
                m_readOnly = outcome.readOnly;
                d->sources = outcome.sources;
                Q_EMIT dataChanged();
                d->state.setData(d->sources);
            });
    watcher->setFuture(QtConcurrent::run([path, modelFile = modelFilePath(), progress, cancel] {
        return state::SourcesLoader::load(path, store::Database::Access::ReadWrite, modelFile,
                                          progress, cancel.get());
    }));
}

void DashboardSession::reload()
{
    if (!m_path.isEmpty())
        load(m_path);
}

void DashboardSession::cancelLoad()
{
    if (d->cancel)
        d->cancel->store(true);
}

bool DashboardSession::hasData() const
{
    return d->sources.isComplete();
}

analytics::SnapshotSources DashboardSession::sources() const
{
    return d->sources;
}

std::shared_ptr<const analytics::Snapshot> DashboardSession::snapshot() const
{
    return d->snapshot;
}

analytics::DashboardFilter DashboardSession::filter() const
{
    return d->state.filter();
}

void DashboardSession::setFilter(const analytics::DashboardFilter &filter)
{
    if (filter == d->state.filter())
        return;
    if (hasData())
        setBusy(true);
    d->state.setFilter(filter);
    Q_EMIT filterChanged();
}

QString DashboardSession::modelFilePath() const
{
    const QString chosen = m_settings.value(state::AppSettings::Key::ModelFile).toString();
    if (!chosen.isEmpty())
        return chosen;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation))
        .filePath(QStringLiteral("model.json"));
}

void DashboardSession::openFigure(const analytics::FigureRef &figure)
{
    if (figure.isValid())
        Q_EMIT figureRequested(figure);
}

void DashboardSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void DashboardSession::deliver(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    // Only the snapshot that is still current (a newer filter or load makes it stale).
    if (snapshot != d->state.snapshot() || snapshot->sources.dataset != d->sources.dataset)
        return;
    d->snapshot = std::move(snapshot);
    setBusy(false);
    Q_EMIT snapshotChanged();
}

} // namespace goodwill::ui
