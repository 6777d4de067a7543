#include "recognitionpage.h"

#include "analytics/messagelookup.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/blindspotmodel.h"
#include "items/localeformat.h"
#include "items/recentrecognitionmodel.h"
#include "items/recognisedsharemodel.h"
#include "items/recognitionmatrixmodel.h"
#include "store/database.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace goodwill::ui {

using analytics::RecognitionFacts;

namespace {

constexpr int shareLines = 6; // departments drawn besides the selection, at most

QString dateText(QDate date)
{
    return items::LocaleFormat::mediumDate(date);
}

} // namespace

struct RecognitionPage::Outcome
{
    quint64 generation = 0;
    std::shared_ptr<const RecognitionFacts> facts;
    std::map<std::int32_t, QString> previews;
    int k = 0; // the minimum group size the facts were computed with
};

RecognitionPage::RecognitionPage(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_matrixPanel(new Panel(tr("Recognition by leader"), this)),
      m_sharePanel(new Panel(tr("Recognised share by department"), this)),
      m_blindSpotPanel(new Panel(tr("Blind spots"), this)),
      m_recentPanel(new Panel(tr("Recent recognitions"), this)),
      m_matrixModel(new items::RecognitionMatrixModel(this)),
      m_blindSpotModel(new items::BlindSpotModel(this)),
      m_recentModel(new items::RecentRecognitionModel(this)),
      m_shareModel(new items::RecognisedShareModel(this)),
      m_matrixProxy(makeSortProxy(m_matrixModel, this, Qt::CaseInsensitive)),
      m_shareChart(new TrendChartView(this))
{
    setAccessibleName(tr("Recognition"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Recognition summary"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 6);
    m_busy->setAccessibleName(tr("Working out the recognitions"));
    m_busy->hide();

    m_matrixView = makeFigureTable(this, tr("Recognitions by leader and department"), m_matrixProxy,
                                   FigureTableOptions::cells());
    m_matrixView->sortByColumn(items::RecognitionMatrixModel::Total, Qt::DescendingOrder);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixPanel->setTable(m_matrixView);
    m_matrixPanel->setMinimumHeight(280);

    m_blindSpotView =
        makeFigureTable(this, tr("Departments no leader recognised"),
                        makeSortProxy(m_blindSpotModel, this), FigureTableOptions::cells());
    m_blindSpotView->sortByColumn(items::BlindSpotModel::DaysSince, Qt::DescendingOrder);
    m_blindSpotView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_blindSpotPanel->setTable(m_blindSpotView);

    m_recentView = makeFigureTable(this, tr("Recent recognitions"),
                                   makeSortProxy(m_recentModel, this, Qt::CaseInsensitive),
                                   FigureTableOptions::cells());
    m_recentView->sortByColumn(items::RecentRecognitionModel::Time, Qt::DescendingOrder);
    m_recentView->setWordWrap(false);
    m_recentView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_recentView->horizontalHeader()->setStretchLastSection(true);
    m_recentPanel->setTable(m_recentView);
    m_recentPanel->setMinimumHeight(240);

    m_shareChart->setModel(m_shareModel);
    m_shareChart->setValueRange(0, 100);
    m_shareChart->setValueTitle(tr("Staff recognised (%)"));
    m_shareChart->setAccessibleName(tr("Recognised share by department over time"));
    m_shareChart->setMinimumHeight(260);
    m_sharePanel->setChart(m_shareChart);

    openFiguresOnActivate(m_matrixView, m_session);
    connect(m_shareChart, &TrendChartView::pointActivated, this, [this](int row, int column) {
        openFigureAt(m_session, m_shareModel->index(row, column));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_sharePanel, 3);
    middle->addWidget(m_blindSpotPanel, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_matrixPanel, 3);
    layout->addLayout(middle, 2);
    layout->addWidget(m_recentPanel, 2);
    setScrollingContent(this, content);

    connect(&m_session, &DashboardSession::snapshotChanged, this, &RecognitionPage::refresh);
    refresh();
}

RecognitionPage::~RecognitionPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool RecognitionPage::isBusy() const
{
    return m_running > 0;
}

void RecognitionPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void RecognitionPage::refresh()
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const analytics::Snapshot> snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.dataset || !snapshot->sources.settings) {
        showEmpty(tr("No data yet: import an export (File > Import…) or open the demo "
                     "organisation (File > Open the Demo Organisation)."));
        return;
    }
    const std::vector<std::int32_t> lines =
        items::RecognisedShareModel::defaultDepartments(*snapshot, shareLines);
    m_shareModel->setSnapshot(snapshot, lines);
    const int departments =
        int(std::count_if(snapshot->capital.begin(), snapshot->capital.end(),
                          [](const analytics::DepartmentCapital &c) { return c.department >= 0; }));
    const int days = snapshot->sources.settings->windowDays;
    m_sharePanel->setSubtitle(
        departments > shareLines
            ? tr("Share of staff recognised at least once in the %1 days to each period end "
                 "(P1), %: the whole selection and the %2 departments lowest on %3. Choose "
                 "departments in the filter bar to see others.")
                  .arg(days)
                  .arg(int(lines.size()) - 1)
                  .arg(dateText(snapshot->to))
            : tr("Share of staff recognised at least once in the %1 days to each period end "
                 "(P1), %. Gaps: hidden to protect privacy, or too few staff. Double-click a "
                 "point to see how it is counted.")
                  .arg(days));
    m_sharePanel->setEmptyText(m_shareModel->rowCount() == 0 || m_shareModel->columnCount() < 2
                                   ? tr("No department figures for this period: widen the "
                                        "date range in the filter bar.")
                                   : QString());

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const QString path = m_session.databasePath();
    ++m_running;
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        setBusy(m_running > 0);
        const Outcome outcome = watcher->result();
        if (outcome.generation == m_generation && outcome.facts)
            showOutcome(outcome);
    });
    watcher->setFuture(QtConcurrent::run([generation, snapshot, cancel, path] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.k = snapshot->sources.settings->k;
        outcome.facts = RecognitionFacts::compute(*snapshot, RecognitionFacts::defaultRecentLimit,
                                                  cancel.get());
        if (!outcome.facts || outcome.facts->recent.empty() || path.isEmpty() || cancel->load())
            return outcome;
        // The text of the recent recognitions, on a read-only connection of our own.
        auto database = store::Database::open(path, store::Database::Access::ReadOnly);
        if (!database)
            return outcome;
        std::vector<std::int32_t> activities;
        for (const analytics::RecentRecognition &recent : outcome.facts->recent)
            activities.push_back(recent.activity);
        const analytics::MessageLookup lookup((*database)->connection());
        if (auto messages = lookup.read(*snapshot->sources.dataset, activities)) {
            for (const analytics::MessageLookup::Message &message : *messages)
                outcome.previews[message.activity] = message.text;
        }
        return outcome;
    }));
}

void RecognitionPage::showEmpty(const QString &text)
{
    m_facts.reset();
    m_matrixModel->setFacts({});
    m_blindSpotModel->setFacts({});
    m_recentModel->setFacts({});
    m_shareModel->setSnapshot({}, {});
    m_summary->setText(text);
    for (Panel *panel : {m_matrixPanel, m_sharePanel, m_blindSpotPanel, m_recentPanel})
        panel->setEmptyText(text);
}

void RecognitionPage::showOutcome(const Outcome &outcome)
{
    const RecognitionFacts &facts = *outcome.facts;
    if (!facts.from.isValid() || !facts.to.isValid() || facts.to < facts.from) {
        showEmpty(tr("No activity in this period: widen the date range in the filter bar."));
        Q_EMIT factsShown();
        return;
    }
    m_facts = outcome.facts;
    m_matrixModel->setFacts(outcome.facts);
    m_blindSpotModel->setFacts(outcome.facts);
    m_recentModel->setFacts(outcome.facts);
    m_recentModel->setPreviews(outcome.previews);

    const QString period = tr("%1 to %2").arg(dateText(facts.from), dateText(facts.to));
    const QLocale locale;
    QString summary = tr("%1: %2 recognitions, %3 of them by leaders.")
                          .arg(period, locale.toString(facts.recognitions),
                               locale.toString(facts.leaderRecognitions));
    if (!facts.blindSpots.empty()) {
        QStringList names;
        for (const analytics::RecognitionBlindSpot &spot : facts.blindSpots)
            names << spot.name;
        summary += QLatin1Char(' ') +
                   tr("No leader recognised anyone in %1.").arg(locale.createSeparatedList(names));
    }
    m_summary->setText(summary);

    m_matrixPanel->setSubtitle(
        tr("Recognitions each leader gave to people of each department, %1: one per person "
           "recognised, by the department they were in on the day. Hatched columns are hidden "
           "to protect privacy. Double-click a leader's total to see how it is counted.")
            .arg(period));
    m_blindSpotPanel->setSubtitle(
        tr("Departments with at least %1 staff that no leader recognised, %2")
            .arg(outcome.k)
            .arg(period));
    m_recentPanel->setSubtitle(tr("The latest recognitions, %1, newest first (at most %2)")
                                   .arg(period)
                                   .arg(facts.recentLimit));

    QString noColumns;
    if (facts.leaders.empty())
        noColumns = tr("No leaders in this data. Leaders are found by their title (VP, "
                       "Director, Head of …) or the roster; the Data page sets anyone's role.");
    else if (!facts.hasDepartments)
        noColumns = tr("No departments in this data: import a roster CSV (File > Import…) to "
                       "see whom the leaders recognise.");
    else if (facts.departments.empty())
        noColumns = tr("None of the chosen departments has staff in this period: choose others "
                       "in the filter bar.");
    m_matrixPanel->setEmptyText(noColumns);
    if (noColumns.isEmpty())
        m_matrixView->resizeColumnsToContents();
    m_blindSpotPanel->setEmptyText(
        !facts.hasDepartments || facts.departments.empty() ? noColumns
        : facts.blindSpots.empty()
            ? tr("None: a leader recognised someone in every department shown, %1.").arg(period)
            : QString());
    m_recentPanel->setEmptyText(facts.recent.empty()
                                    ? tr("No recognitions in this period: widen the date range "
                                         "or choose other channels in the filter bar.")
                                    : QString());
    if (!facts.recent.empty()) {
        for (int column = 0; column < items::RecentRecognitionModel::Preview; ++column)
            m_recentView->resizeColumnToContents(column);
    }
    Q_EMIT factsShown();
}

} // namespace goodwill::ui
