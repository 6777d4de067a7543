#pragma once

#include "analytics/figureref.h"
#include "analytics/snapshot.h"

#include <QObject>
#include <QString>

#include <memory>

namespace goodwill::state {
class AppSettings;
class DashboardState;
} // namespace goodwill::state

namespace goodwill::ui {

// The open database as the dashboard sees it: its facts and engines (read off the GUI
// thread), the shared filter, and the snapshot for that filter. Every page holds a
// reference to the one session and listens to its signals, which always arrive on the
// GUI thread (the Boost.Signals2 events of state::DashboardState are adapted with queued
// calls here).
class DashboardSession : public QObject
{
    Q_OBJECT

public:
    explicit DashboardSession(state::AppSettings &settings, QObject *parent = nullptr);
    ~DashboardSession() override;

    // Reads `path` into facts and engines off the GUI thread; loadProgress while it works,
    // then dataChanged (or loadFailed), then snapshotChanged once the figures are in.
    void load(const QString &path);
    // Reads the same database again (after an override or a model change), keeping the
    // filter; the pages keep showing the old figures until the new ones are in.
    void reload();
    void cancelLoad();

    QString databasePath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    bool hasData() const;
    // The unscoped facts and engines of the open database (empty before the first load).
    analytics::SnapshotSources sources() const;
    // The figures for the current filter (null until the first are in). Its `sources`
    // are the engines for the filter's channels and sources.
    std::shared_ptr<const analytics::Snapshot> snapshot() const;
    bool isBusy() const { return m_busy; }

    analytics::DashboardFilter filter() const;
    void setFilter(const analytics::DashboardFilter &filter);

    // The user's model file (thresholds, targets, weights ... laid over the defaults): the
    // Data page edits it, then calls reload().
    QString modelFilePath() const;
    state::AppSettings &settings() { return m_settings; }

    // A page asks for a figure to be opened (double-click, Enter): figureRequested.
    void openFigure(const analytics::FigureRef &figure);

Q_SIGNALS:
    void loadProgress(const QString &message);
    void loadFailed(const QString &message);
    void dataChanged();     // a new dataset: lists of departments, leaders, channels changed
    void filterChanged();   // the filter changed (the figures follow with snapshotChanged)
    void snapshotChanged(); // new figures for the filter
    void busyChanged(bool busy);
    void figureRequested(const analytics::FigureRef &figure);

private:
    void setBusy(bool busy);
    void deliver(std::shared_ptr<const analytics::Snapshot> snapshot);

    struct Private;
    state::AppSettings &m_settings;
    std::unique_ptr<Private> d;
    QString m_path;
    bool m_readOnly = false;
    bool m_busy = false;
};

} // namespace goodwill::ui
