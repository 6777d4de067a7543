#pragma once

#include "analytics/snapshot.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

class CheckListButton;
class DashboardSession;

// The one filter bar all pages share: period (last 90 days, last 12 months, year to date,
// everything, or custom dates), granularity, departments, channels and sources. Presets are
// counted back from the last day of data, not from today: an export is often weeks old.
// The choice is remembered (by names, which survive a re-import) and restored on start.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    enum class Period
    {
        Last90Days,
        Last12Months,
        YearToDate,
        All,
        Custom
    };

    FilterBar(DashboardSession &session, state::AppSettings &settings, QWidget *parent = nullptr);

    // The filter the controls describe, resolved against `data` (dates, indexes).
    analytics::DashboardFilter filterFor(const analytics::ActivityDataset &data) const;
    void setPeriod(Period period);
    Period period() const;
    void setCustomRange(QDate from, QDate to); // also switches to Custom
    void setGranularity(analytics::Granularity granularity);
    void setDepartments(const QStringList &names);
    void setChannels(const QStringList &names);
    void setSources(const QStringList &names);

    // Puts the keyboard focus on the first control (View > Filters, Ctrl+L).
    void focusFilters();
    CheckListButton *departmentButton() const { return m_departments; }
    CheckListButton *channelButton() const { return m_channels; }
    CheckListButton *sourceButton() const { return m_sources; }
    QLabel *rangeLabel() const { return m_range; }

private:
    void fillFromData();
    void apply();   // pushes the controls' filter to the session and remembers it
    void restore(); // from the settings
    static QString channelLabel(const analytics::ActivityDataset &data, int channel);

    DashboardSession &m_session;
    state::AppSettings &m_settings;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_granularity;
    CheckListButton *m_departments;
    CheckListButton *m_channels;
    CheckListButton *m_sources;
    QLabel *m_range;
    bool m_applying = false;
    bool m_customChosen = false; // the custom dates were set (else they start from the view)
};

} // namespace goodwill::ui
