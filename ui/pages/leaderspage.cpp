#include "leaderspage.h"

#include "analytics/messagelookup.h"
#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/columnsubsetmodel.h"
#include "items/departmentreachmodel.h"
#include "items/leadercadencemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/leadertablemodel.h"
#include "items/localeformat.h"
#include "items/unansweredquestionsmodel.h"
#include "store/database.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"

#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>

namespace goodwill::ui {

namespace {

QString dateText(QDate date)
{
    return items::LocaleFormat::mediumDate(date);
}

QString periodWord(analytics::Granularity granularity)
{
    switch (granularity) {
    case analytics::Granularity::Week:
        return LeadersPage::tr("week");
    case analytics::Granularity::Month:
        return LeadersPage::tr("month");
    case analytics::Granularity::Quarter:
        return LeadersPage::tr("quarter");
    }
    return {};
}

} // namespace

struct LeadersPage::Outcome
{
    quint64 generation = 0;
    std::optional<analytics::LeaderDetail> detail;
    std::vector<items::UnansweredQuestionsModel::Row> unanswered;
    analytics::Granularity granularity = analytics::Granularity::Month;
    int k = 5;
    double replyWindowHours = 72;
};

LeadersPage::LeadersPage(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_search(new QLineEdit(this)),
      m_summary(new QLabel(this)), m_busy(new QProgressBar(this)), m_detailTitle(new QLabel(this)),
      m_tablePanel(new Panel(tr("Leaders"), this)), m_cadencePanel(new Panel(tr("Cadence"), this)),
      m_replyRatePanel(new Panel(tr("Reply rate"), this)),
      m_replyTimePanel(new Panel(tr("Time to first reply"), this)),
      m_reachPanel(new Panel(tr("Reach by department"), this)),
      m_departmentsPanel(new Panel(tr("Departments recognised and not"), this)),
      m_unansweredPanel(new Panel(tr("Unanswered staff questions"), this)),
      m_tableModel(new items::LeaderTableModel(this)),
      m_cadenceModel(new items::LeaderCadenceModel(this)),
      m_responseModel(new items::LeaderResponseTrendModel(this)),
      m_reachModel(new items::DepartmentReachModel(this)),
      m_unansweredModel(new items::UnansweredQuestionsModel(this)),
      m_proxy(makeSortProxy(m_tableModel, this, Qt::CaseInsensitive)),
      m_replyRateSubset(new items::ColumnSubsetModel(this)),
      m_replyTimeSubset(new items::ColumnSubsetModel(this)),
      m_reachSubset(new items::ColumnSubsetModel(this)), m_cadenceChart(new TrendChartView(this)),
      m_replyRateChart(new TrendChartView(this)), m_replyTimeChart(new TrendChartView(this)),
      m_reachChart(new BarChartView(Qt::Horizontal, this))
{
    setAccessibleName(tr("Leaders"));
    m_search->setPlaceholderText(tr("Search leaders by name, e-mail or department"));
    m_search->setAccessibleName(tr("Search leaders"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Leaders summary"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 6);
    m_busy->setAccessibleName(tr("Working out the leader's detail"));
    m_busy->hide();
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setAccessibleName(tr("Selected leader"));

    // The table of every leader: searchable on name, e-mail and department; sortable.
    m_proxy->setFilterRole(items::LeaderTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(items::LeaderTableModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = makeFigureTable(this, tr("Leaders and their figures"), m_proxy,
                              FigureTableOptions::cells());
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->sortByColumn(items::LeaderTableModel::StaffComments, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnHidden(items::LeaderTableModel::Email, true);
    m_tablePanel->setTable(m_table);
    m_tablePanel->setMinimumHeight(260);
    connect(m_search, &QLineEdit::textChanged, this, &LeadersPage::searchChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });
    openFiguresOnActivate(m_table, m_session);

    // The detail of the selected leader.
    m_cadenceChart->setModel(m_cadenceModel);
    m_cadenceChart->setValueTitle(tr("Messages per period"));
    m_cadenceChart->setAccessibleName(tr("Posts, replies and recognitions per period"));
    m_cadencePanel->setChart(m_cadenceChart);

    m_replyRateSubset->setSourceModel(m_responseModel);
    m_replyRateSubset->setColumns(
        {items::LeaderResponseTrendModel::Period, items::LeaderResponseTrendModel::ReplyRate});
    m_replyRateChart->setModel(m_replyRateSubset);
    m_replyRateChart->setValueRange(0, 100);
    m_replyRateChart->setValueTitle(tr("Answered (%)"));
    m_replyRateChart->setAccessibleName(tr("Reply rate per period"));
    m_replyRatePanel->setChart(m_replyRateChart);

    m_replyTimeSubset->setSourceModel(m_responseModel);
    m_replyTimeSubset->setColumns(
        {items::LeaderResponseTrendModel::Period, items::LeaderResponseTrendModel::MedianHours});
    m_replyTimeChart->setModel(m_replyTimeSubset);
    m_replyTimeChart->setValueTitle(tr("Median hours to first reply"));
    m_replyTimeChart->setAccessibleName(tr("Median time to first reply per period"));
    m_replyTimePanel->setChart(m_replyTimeChart);

    m_reachSubset->setSourceModel(m_reachModel);
    m_reachSubset->setColumns(
        {items::DepartmentReachModel::Department, items::DepartmentReachModel::Reach});
    m_reachSubset->setDropSuppressedRows(true);
    m_reachChart->setModel(m_reachSubset);
    m_reachChart->setValueRange(0, 100);
    m_reachChart->setValueTitle(tr("Staff reached (%)"));
    m_reachChart->setAccessibleName(tr("Share of each department's staff reached"));
    m_reachPanel->setChart(m_reachChart);

    m_departmentsView = makeFigureTable(this, tr("Departments the leader recognised and did not"),
                                        makeSortProxy(m_reachModel, this, Qt::CaseInsensitive),
                                        FigureTableOptions::cells());
    m_departmentsView->sortByColumn(items::DepartmentReachModel::Status, Qt::AscendingOrder);
    m_departmentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_departmentsPanel->setTable(m_departmentsView);

    m_unansweredView = makeFigureTable(this, tr("Staff questions the leader has not answered"),
                                       makeSortProxy(m_unansweredModel, this, Qt::CaseInsensitive),
                                       FigureTableOptions::cells());
    m_unansweredView->sortByColumn(items::UnansweredQuestionsModel::Asked, Qt::AscendingOrder);
    m_unansweredView->setWordWrap(false);
    m_unansweredView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_unansweredView->horizontalHeader()->setStretchLastSection(true);
    m_unansweredPanel->setTable(m_unansweredView);
    m_unansweredPanel->setMinimumHeight(220);

    // Tall enough for a value-axis title of about 20 characters (translations are kept
    // within that), which the chart would otherwise elide.
    for (TrendChartView *chart : {m_cadenceChart, m_replyRateChart, m_replyTimeChart}) {
        chart->setMinimumHeight(280);
        connect(chart, &TrendChartView::pointActivated, this, [this, chart](int row, int column) {
            openFigureAt(m_session, chart->model()->index(row, column));
        });
    }
    m_reachChart->setMinimumHeight(240);

    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_summary, 2);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    auto *grid = new QGridLayout;
    grid->addWidget(m_cadencePanel, 0, 0, 1, 2);
    grid->addWidget(m_replyRatePanel, 1, 0);
    grid->addWidget(m_replyTimePanel, 1, 1);
    grid->addWidget(m_reachPanel, 2, 0);
    grid->addWidget(m_departmentsPanel, 2, 1);
    grid->addWidget(m_unansweredPanel, 3, 0, 1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_tablePanel, 3);
    layout->addWidget(m_detailTitle);
    layout->addLayout(grid, 5);
    setScrollingContent(this, content);

    connect(&m_session, &DashboardSession::snapshotChanged, this, &LeadersPage::refresh);
    refresh();
}

LeadersPage::~LeadersPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void LeadersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LeadersPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

QString LeadersPage::leaderName() const
{
    const int row = m_tableModel->rowOf(m_leader);
    return row >= 0 ? m_tableModel->stats()[size_t(row)].name : QString();
}

bool LeadersPage::selectLeader(std::int32_t person)
{
    const int row = m_tableModel->rowOf(person);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_tableModel->index(row, 0));
    if (!index.isValid()) {
        m_search->clear(); // the search hides them
        index = m_proxy->mapFromSource(m_tableModel->index(row, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void LeadersPage::refresh()
{
    const auto snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.isComplete()) {
        m_tableModel->setStats({}, {}, {});
        m_summary->clear();
        const QString text = tr("No data yet: import an export (File > Import…) or open the "
                                "demo organisation (File > Open the Demo Organisation).");
        m_tablePanel->setEmptyText(text);
        m_leader = -1;
        clearDetail(text);
        return;
    }
    const analytics::ActivityDataset &data = *snapshot->sources.dataset;
    // A reset of the table must not pass for a new selection.
    m_restoring = true;
    m_tableModel->setStats(snapshot->leaders, snapshot->from, snapshot->to,
                           snapshot->sources.settings->replyWindowHours);
    m_restoring = false;
    const QString period = tr("%1 to %2").arg(dateText(snapshot->from), dateText(snapshot->to));
    m_summary->setText(tr("%n leader(s), %1", nullptr, int(snapshot->leaders.size())).arg(period));
    m_tablePanel->setSubtitle(
        tr("Every leader's figures, %1. Hover a number for what it counts; double-click it or "
           "press Enter to see how it was computed. Select a leader for their detail below.")
            .arg(period));
    if (snapshot->leaders.empty()) {
        const QString text =
            tr("No leaders in this data. Leaders are found by their title (VP, Director, Head "
               "of …) or the roster; the Data page sets anyone's role.");
        m_tablePanel->setEmptyText(text);
        m_leader = -1;
        clearDetail(text);
        return;
    }
    searchChanged(m_search->text());

    // The same leader again (found by their database id: a new dataset renumbers people),
    // else the first in the table's order.
    m_leader = -1;
    for (std::int32_t p = 0; m_leaderId && p < std::int32_t(data.people().size()); ++p) {
        if (data.people()[size_t(p)].id == m_leaderId && m_tableModel->rowOf(p) >= 0)
            m_leader = p;
    }
    if (m_leader < 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        const int row = first.isValid() ? m_proxy->mapToSource(first).row() : 0;
        m_leader = m_tableModel->leaderAt(row);
    }
    m_leaderId = data.people()[size_t(m_leader)].id;
    const QModelIndex index =
        m_proxy->mapFromSource(m_tableModel->index(m_tableModel->rowOf(m_leader), 0));
    if (index.isValid()) {
        m_restoring = true;
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
        m_restoring = false;
    }
    m_table->resizeColumnsToContents();
    requestDetail();
}

void LeadersPage::searchChanged(const QString &text)
{
    m_proxy->setFilterFixedString(text.trimmed());
    if (m_tableModel->rowCount() == 0)
        return;
    m_tablePanel->setEmptyText(
        m_proxy->rowCount() == 0
            ? tr("No leader matches “%1”: search for part of a name, an e-mail address or a "
                 "department, or clear the search.")
                  .arg(text.trimmed())
            : QString());
}

void LeadersPage::currentChanged(const QModelIndex &current)
{
    if (m_restoring || !current.isValid())
        return; // keep showing the last leader
    const std::int32_t person = m_tableModel->leaderAt(m_proxy->mapToSource(current).row());
    if (person < 0 || person == m_leader)
        return;
    m_leader = person;
    if (const auto snapshot = m_session.snapshot(); snapshot && snapshot->sources.dataset)
        m_leaderId = snapshot->sources.dataset->people()[size_t(person)].id;
    requestDetail();
}

void LeadersPage::requestDetail()
{
    const auto snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.isComplete() || m_leader < 0) {
        clearDetail(tr("Select a leader in the table to see their cadence, replies, reach and "
                       "unanswered questions."));
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    const analytics::ActivityDataset &data = *snapshot->sources.dataset;
    const analytics::ActivityDataset::Person &person = data.people()[size_t(m_leader)];
    QStringList about{person.name};
    if (!person.title.isEmpty())
        about << person.title;
    const int row = m_tableModel->rowOf(m_leader);
    if (row >= 0 && !m_tableModel->stats()[size_t(row)].department.isEmpty())
        about << m_tableModel->stats()[size_t(row)].department;
    m_detailTitle->setText(tr("%1 — %2 to %3")
                               .arg(about.join(QStringLiteral(" · ")), dateText(snapshot->from),
                                    dateText(snapshot->to)));

    analytics::LeaderDetailQuery query;
    query.leader = m_leader;
    query.from = snapshot->from;
    query.to = snapshot->to;
    query.granularity = snapshot->filter.granularity;
    query.departments = snapshot->filter.departments;
    query.scope = snapshot->filter.scope;
    const QString path = m_session.databasePath();
    ++m_running;
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        setBusy(m_running > 0);
        Outcome outcome = watcher->result();
        if (outcome.generation == m_generation)
            showDetail(std::move(outcome));
    });
    watcher->setFuture(QtConcurrent::run([generation, snapshot, query, cancel, path] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.granularity = query.granularity;
        outcome.k = snapshot->sources.settings->k;
        outcome.replyWindowHours = snapshot->sources.settings->replyWindowHours;
        const analytics::ActivityDataset &data = *snapshot->sources.dataset;
        outcome.detail =
            analytics::LeaderDetail::compute(data, *snapshot->sources.leaders, query, cancel.get());
        if (!outcome.detail || cancel->load())
            return outcome;
        // The questions' text is not in the dataset: read it on a connection of our own.
        std::vector<analytics::MessageLookup::Message> messages;
        if (!outcome.detail->unanswered.empty() && !path.isEmpty()) {
            if (auto database = store::Database::open(path, store::Database::Access::ReadOnly)) {
                std::vector<std::int32_t> activities;
                for (const analytics::UnansweredQuestion &q : outcome.detail->unanswered)
                    activities.push_back(q.activity);
                const analytics::MessageLookup lookup((*database)->connection());
                if (auto read = lookup.read(data, activities))
                    messages = std::move(*read);
            }
        }
        outcome.unanswered =
            items::UnansweredQuestionsModel::rows(outcome.detail->unanswered, data, messages);
        return outcome;
    }));
}

void LeadersPage::clearDetail(const QString &text)
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // a detail still on its way is stale
    m_detail.reset();
    m_detailTitle->clear();
    m_cadenceModel->clear();
    m_responseModel->clear();
    m_reachModel->clear();
    m_unansweredModel->clear();
    for (Panel *panel : {m_cadencePanel, m_replyRatePanel, m_replyTimePanel, m_reachPanel,
                         m_departmentsPanel, m_unansweredPanel})
        panel->setEmptyText(text);
}

void LeadersPage::showDetail(Outcome outcome)
{
    if (!outcome.detail) {
        clearDetail(tr("This leader has no figures in this period: choose another leader or "
                       "widen the date range in the filter bar."));
        Q_EMIT detailShown();
        return;
    }
    const analytics::LeaderDetail &detail = *outcome.detail;
    const QString name = leaderName();
    const QString period = tr("%1 to %2").arg(dateText(detail.from), dateText(detail.to));
    const QString per = periodWord(outcome.granularity);
    m_cadenceModel->setPeriods(detail.leader, detail.periods);
    m_responseModel->setPeriods(detail.leader, detail.periods, outcome.replyWindowHours);
    m_reachModel->setDepartments(detail.departments, detail.from, detail.to, outcome.k);
    m_unansweredModel->setRows(std::move(outcome.unanswered));

    m_cadencePanel->setSubtitle(
        tr("%1's posts, replies and recognitions per %2, %3. Double-click a point to see the "
           "messages.")
            .arg(name, per, period));
    const bool quiet = std::all_of(
        detail.periods.begin(), detail.periods.end(),
        [](const analytics::LeaderPeriod &p) { return p.posts + p.replies + p.recognitions == 0; });
    m_cadencePanel->setEmptyText(
        quiet ? tr("%1 posted, replied and recognised no one in this period.").arg(name)
              : QString());
    m_replyRatePanel->setSubtitle(
        tr("Share of staff comments to %1 (replies in their threads, messages naming them) "
           "answered in the thread within %2 h, per %3, %4")
            .arg(name, QLocale().toString(outcome.replyWindowHours, 'g', 4), per, period));
    m_replyRatePanel->setEmptyText(
        m_responseModel->hasValues(items::LeaderResponseTrendModel::ReplyRate)
            ? QString()
            : tr("No staff comments to %1 in this period: nothing to rate.").arg(name));
    m_replyTimePanel->setSubtitle(
        tr("Median hours from a staff comment to %1's first later reply in the thread, over "
           "the comments answered at all, per %2, %3")
            .arg(name, per, period));
    m_replyTimePanel->setEmptyText(
        m_responseModel->hasValues(items::LeaderResponseTrendModel::MedianHours)
            ? QString()
            : tr("%1 answered no staff comment in this period.").arg(name));

    const QString noDepartments =
        detail.departments.empty()
            ? tr("No departments in this data: import a roster CSV (File > Import…) to see "
                 "whom %1 reaches and recognises.")
                  .arg(name)
            : QString();
    m_reachPanel->setSubtitle(
        tr("Of each department's staff on %1, the share who replied or reacted to %2's posts, "
           "%3. Departments under %4 staff are left out.")
            .arg(dateText(detail.to), name, period)
            .arg(outcome.k));
    m_reachPanel->setEmptyText(
        !noDepartments.isEmpty() ? noDepartments
        : m_reachSubset->rowCount() == 0
            ? tr("Every department has fewer than %1 staff: none can be shown.").arg(outcome.k)
            : QString());
    m_reachChart->setMinimumHeight(std::clamp(m_reachSubset->rowCount() * 22 + 90, 240, 640));
    const auto notRecognised = detail.notRecognised();
    QString recognisedSubtitle =
        tr("%1's recognitions by department, %2. Not recognised: departments with at least %3 "
           "staff in which %1 recognised no one.")
            .arg(name, period)
            .arg(outcome.k);
    if (!notRecognised.empty() && notRecognised.size() <= 6) {
        QStringList names;
        for (const analytics::LeaderDepartment &d : notRecognised)
            names << d.name;
        recognisedSubtitle +=
            QLatin1Char(' ') + tr("Here: %1.").arg(QLocale().createSeparatedList(names));
    }
    m_departmentsPanel->setSubtitle(recognisedSubtitle);
    m_departmentsPanel->setEmptyText(noDepartments);

    m_unansweredPanel->setSubtitle(
        tr("Staff questions to %1 (in their threads or naming them) asked %2 with no reply of "
           "%1 in the thread since, oldest first; waiting is counted to the end of the data (%3).")
            .arg(name, period,
                 QLocale().toString(detail.dataEnd.toLocalTime(), QLocale::ShortFormat)));
    m_unansweredPanel->setEmptyText(
        detail.unanswered.empty()
            ? tr("None: %1 has answered every staff question asked in this period.").arg(name)
            : QString());
    if (!detail.unanswered.empty()) {
        for (int column = 0; column < items::UnansweredQuestionsModel::Question; ++column)
            m_unansweredView->resizeColumnToContents(column);
    }
    m_detail = std::move(outcome.detail);
    Q_EMIT detailShown();
}

} // namespace goodwill::ui
