#include "filterbar.h"

#include "checklistbutton.h"
#include "dashboardsession.h"
#include "state/appsettings.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace goodwill::ui {
namespace {

using Key = state::AppSettings::Key;

const char *const periodKeys[] = {"90d", "12m", "ytd", "all", "custom"};
const char *const granularityKeys[] = {"week", "month", "quarter"};

template <size_t N> int indexOfKey(const char *const (&keys)[N], const QString &key, int fallback)
{
    for (size_t i = 0; i < N; ++i) {
        if (key == QLatin1String(keys[i]))
            return int(i);
    }
    return fallback;
}

} // namespace

FilterBar::FilterBar(DashboardSession &session, state::AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_period(new QComboBox(this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)), m_granularity(new QComboBox(this)),
      m_departments(new CheckListButton(tr("All departments"), tr("%1 departments"), this)),
      m_channels(new CheckListButton(tr("All channels"), tr("%1 channels"), this)),
      m_sources(new CheckListButton(tr("All sources"), tr("%1 sources"), this)),
      m_range(new QLabel(this))
{
    m_period->addItems({tr("Last 90 days"), tr("Last 12 months"), tr("Year to date"),
                        tr("All time"), tr("Custom…")});
    m_period->setAccessibleName(tr("Period"));
    m_period->setToolTip(tr("The days every figure covers, counted back from the last day "
                            "of data"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_granularity->addItems({tr("Weekly"), tr("Monthly"), tr("Quarterly")});
    m_granularity->setAccessibleName(tr("Granularity"));
    m_granularity->setToolTip(tr("The spacing of trend points: the capital is measured at "
                                 "the end of each week, month or quarter"));
    m_departments->setAccessibleName(tr("Departments"));
    m_channels->setAccessibleName(tr("Channels"));
    m_sources->setAccessibleName(tr("Sources"));
    m_range->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(m_to);
    layout->addWidget(m_granularity);
    layout->addWidget(m_departments);
    layout->addWidget(m_channels);
    layout->addWidget(m_sources);
    layout->addStretch();
    layout->addWidget(m_range);

    restore();
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int index) {
        const bool custom = index == int(Period::Custom);
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        if (custom && !m_customChosen) {
            // A first custom range starts from what was shown.
            const auto snapshot = m_session.snapshot();
            if (snapshot && snapshot->from.isValid()) {
                m_applying = true;
                m_from->setDate(snapshot->from);
                m_to->setDate(snapshot->to);
                m_applying = false;
            }
        }
        apply();
    });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_applying)
                m_customChosen = true;
            apply();
        });
    }
    connect(m_granularity, &QComboBox::currentIndexChanged, this, [this] { apply(); });
    for (CheckListButton *button : {m_departments, m_channels, m_sources})
        connect(button, &CheckListButton::selectionChanged, this, [this] { apply(); });
    connect(&m_session, &DashboardSession::dataChanged, this, &FilterBar::fillFromData);
    connect(&m_session, &DashboardSession::snapshotChanged, this, [this] {
        const auto snapshot = m_session.snapshot();
        if (!snapshot || !snapshot->from.isValid()) {
            m_range->clear();
            return;
        }
        const QLocale locale;
        m_range->setText(tr("%1 – %2").arg(locale.toString(snapshot->from, QLocale::ShortFormat),
                                           locale.toString(snapshot->to, QLocale::ShortFormat)));
    });
}

QString FilterBar::channelLabel(const analytics::ActivityDataset &data, int channel)
{
    const auto &entry = data.channels()[size_t(channel)];
    const QString source = entry.source >= 0 ? data.sources()[size_t(entry.source)] : QString();
    return source.isEmpty() ? entry.name : tr("%1 (%2)").arg(entry.name, source);
}

void FilterBar::fillFromData()
{
    const auto sources = m_session.sources();
    if (!sources.dataset)
        return;
    const analytics::ActivityDataset &data = *sources.dataset;
    QStringList departments(data.departments().begin(), data.departments().end());
    QStringList channels;
    for (int i = 0; i < int(data.channels().size()); ++i)
        channels << channelLabel(data, i);
    QStringList sourceNames(data.sources().begin(), data.sources().end());
    // What was chosen before (or remembered) stays chosen where it still exists.
    const QStringList chosenDepartments =
        m_departments->items().isEmpty() ? m_settings.value(Key::FilterDepartments).toStringList()
                                         : m_departments->chosen();
    const QStringList chosenChannels = m_channels->items().isEmpty()
                                           ? m_settings.value(Key::FilterChannels).toStringList()
                                           : m_channels->chosen();
    const QStringList chosenSources = m_sources->items().isEmpty()
                                          ? m_settings.value(Key::FilterSources).toStringList()
                                          : m_sources->chosen();
    m_departments->setItems(departments);
    m_departments->setChosen(chosenDepartments);
    m_channels->setItems(channels);
    m_channels->setChosen(chosenChannels);
    m_sources->setItems(sourceNames);
    m_sources->setChosen(chosenSources);
    m_channels->setVisible(!channels.isEmpty());
    m_sources->setVisible(sourceNames.size() > 1);
    if (data.firstDay().isValid()) {
        for (QDateEdit *edit : {m_from, m_to})
            edit->setDateRange(data.firstDay(), data.lastDay());
    }
    apply();
}

analytics::DashboardFilter FilterBar::filterFor(const analytics::ActivityDataset &data) const
{
    analytics::DashboardFilter filter;
    const QDate last = data.lastDay();
    switch (period()) {
    case Period::Last90Days:
        filter.from = last.addDays(-89);
        filter.to = last;
        break;
    case Period::Last12Months:
        filter.from = last.addMonths(-12).addDays(1);
        filter.to = last;
        break;
    case Period::YearToDate:
        filter.from = QDate(last.year(), 1, 1);
        filter.to = last;
        break;
    case Period::All:
        break;
    case Period::Custom:
        filter.from = std::min(m_from->date(), m_to->date());
        filter.to = std::max(m_from->date(), m_to->date());
        break;
    }
    if (!last.isValid()) {
        filter.from = {};
        filter.to = {};
    } else if (filter.from.isValid() && filter.from < data.firstDay()) {
        filter.from = data.firstDay();
    }
    filter.granularity = analytics::Granularity(m_granularity->currentIndex());
    for (int row : m_departments->chosenRows())
        filter.departments.push_back(row);
    for (int row : m_channels->chosenRows())
        filter.scope.channels.push_back(row);
    for (int row : m_sources->chosenRows())
        filter.scope.sources.push_back(row);
    return filter;
}

void FilterBar::apply()
{
    if (m_applying)
        return;
    m_settings.setValue(Key::FilterPeriod, QLatin1String(periodKeys[m_period->currentIndex()]));
    m_settings.setValue(Key::FilterGranularity,
                        QLatin1String(granularityKeys[m_granularity->currentIndex()]));
    if (period() == Period::Custom) {
        m_settings.setValue(Key::FilterFrom, m_from->date());
        m_settings.setValue(Key::FilterTo, m_to->date());
    }
    if (!m_departments->items().isEmpty()) {
        m_settings.setValue(Key::FilterDepartments, m_departments->chosen());
        m_settings.setValue(Key::FilterChannels, m_channels->chosen());
        m_settings.setValue(Key::FilterSources, m_sources->chosen());
    }
    const auto sources = m_session.sources();
    if (sources.dataset)
        m_session.setFilter(filterFor(*sources.dataset));
}

void FilterBar::restore()
{
    m_applying = true;
    m_period->setCurrentIndex(
        indexOfKey(periodKeys, m_settings.value(Key::FilterPeriod).toString(), 1));
    m_granularity->setCurrentIndex(
        indexOfKey(granularityKeys, m_settings.value(Key::FilterGranularity).toString(), 1));
    const QDate from = m_settings.value(Key::FilterFrom).toDate();
    const QDate to = m_settings.value(Key::FilterTo).toDate();
    if (from.isValid() && to.isValid()) {
        m_from->setDate(from);
        m_to->setDate(to);
        m_customChosen = true;
    }
    const bool custom = period() == Period::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_applying = false;
}

void FilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(int(period));
}

FilterBar::Period FilterBar::period() const
{
    return Period(m_period->currentIndex());
}

void FilterBar::setCustomRange(QDate from, QDate to)
{
    m_applying = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_applying = false;
    m_customChosen = true;
    if (period() == Period::Custom)
        apply();
    else
        setPeriod(Period::Custom);
}

void FilterBar::setGranularity(analytics::Granularity granularity)
{
    m_granularity->setCurrentIndex(int(granularity));
}

void FilterBar::setDepartments(const QStringList &names)
{
    m_departments->setChosen(names);
    apply();
}

void FilterBar::setChannels(const QStringList &names)
{
    m_channels->setChosen(names);
    apply();
}

void FilterBar::setSources(const QStringList &names)
{
    m_sources->setChosen(names);
    apply();
}

void FilterBar::focusFilters()
{
    m_period->setFocus(Qt::ShortcutFocusReason);
}

} // namespace goodwill::ui
