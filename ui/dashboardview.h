#pragma once

#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

class DashboardSession;
class FilterBar;

// The dashboard: the shared filter bar over a sidebar of pages (Overview, Leaders,
// Departments, Recognition, Data; the window's View menu switches them with Ctrl+1 …).
// The page shown last is remembered. A thin busy line under the filter bar shows while figures are
// computed.
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    DashboardView(DashboardSession &session, state::AppSettings &settings,
                  QWidget *parent = nullptr);

    // Adds a page under `key` (remembered in the settings; stable, not translated).
    void addPage(const QString &key, const QString &title, QWidget *page);
    void showPage(const QString &key);
    QString currentPageKey() const;
    QWidget *page(const QString &key) const;
    QStringList pageKeys() const { return m_keys; }
    FilterBar *filterBar() const { return m_filterBar; }
    QListWidget *sidebar() const { return m_sidebar; }

Q_SIGNALS:
    void pageChanged(const QString &key);

private:
    DashboardSession &m_session;
    state::AppSettings &m_settings;
    FilterBar *m_filterBar;
    QWidget *m_busy;
    QListWidget *m_sidebar;
    QStackedWidget *m_pages;
    QStringList m_keys;
    QString m_rememberedPage; // read once: showing the first page added overwrites it
};

} // namespace goodwill::ui
