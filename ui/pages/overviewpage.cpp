#include "overviewpage.h"

#include "charts/barchartview.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/alertsmodel.h"
#include "items/capitallabels.h"
#include "items/capitaltrendmodel.h"
#include "items/departmentsummarymodel.h"
#include "items/pillarmodel.h"
#include "items/townhallsummary.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"
#include "widgets/sparklinedelegate.h"
#include "widgets/statcard.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace goodwill::ui {
namespace {

const QColor rise(0x2e, 0x9d, 0x4f);
const QColor fall(0xd9, 0x48, 0x3b);

// "33%", "33 %" in German: the translated percent pattern around a locale number.
QString percent(double share)
{
    return items::TownHallSummary::formatShare(share);
}

QString count(double value)
{
    return QLocale().toString(qlonglong(std::llround(value)));
}

// "▲ 3.2 points vs …" in green, "▼ …" in red; `unit` formats the size of the change.
QString changeLine(std::optional<double> change, const QString &against,
                   const std::function<QString(double)> &unit)
{
    if (!change)
        return {};
    const double value = *change;
    if (std::abs(value) < 1e-9)
        return QCoreApplication::translate("OverviewPage", "no change %1").arg(against);
    const QColor color = value > 0 ? rise : fall;
    return QStringLiteral("<span style=\"color:%1\">%2 %3</span> %4")
        .arg(color.name(), value > 0 ? QStringLiteral("▲") : QStringLiteral("▼"),
             unit(std::abs(value)), against);
}

} // namespace

OverviewPage::OverviewPage(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_trendPanel(new Panel(tr("Emotional capital"), this)),
      m_pillarPanel(new Panel(tr("The four pillars"), this)),
      m_departmentPanel(new Panel(tr("Departments"), this)),
      m_alertPanel(new Panel(tr("Alerts"), this)), m_trend(new TrendChartView(this)),
      m_pillars(new BarChartView(Qt::Horizontal, this)),
      m_trendModel(new items::CapitalTrendModel(this)), m_pillarModel(new items::PillarModel(this)),
      m_departmentModel(new items::DepartmentSummaryModel(this)),
      m_alertModel(new items::AlertsModel(this))
{
    const std::pair<const char *, std::pair<QString, QString>> cardTexts[] = {
        {"eci",
         {tr("Emotional capital (ECI)"),
          tr("The organisation's emotional-capital index, 0–100, on the last day: the weighted "
             "mean of authenticity, pride, attachment and fun over the trailing window. "
             "Double-click to see how it was computed.")}},
        {"posts",
         {tr("Leader posts"), tr("Posts by all leaders in the period, against the period of "
                                 "equal length before it")}},
        {"replies",
         {tr("Leader replies"), tr("Replies by all leaders in the period, against the period "
                                   "of equal length before it")}},
        {"recognitions",
         {tr("Recognitions by leaders"),
          tr("Recognitions given by leaders in the period (one per message), against the "
             "period before")}},
        {"answered",
         {tr("Questions answered"),
          tr("Staff questions to leaders (on their threads or naming them) that the leader "
             "answered in the thread within the reply window, as a share of all such "
             "questions")}},
        {"recognised",
         {tr("Staff recognised"),
          tr("Share of staff recognised at least once in the trailing window ending on the "
             "last day (signal P1). Double-click to see how it was computed.")}},
    };
    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (const auto &[key, texts] : cardTexts) {
        auto *card = new StatCard(texts.first, texts.second, this);
        card->setProperty("explanation", texts.second); // the tooltip, before any note
        m_cards.emplace_back(QLatin1String(key), card);
        cards->addWidget(card);
    }
    card(QStringLiteral("eci"))->setActivatable(true);
    card(QStringLiteral("recognised"))->setActivatable(true);
    for (const char *key : {"posts", "replies", "recognitions", "answered"}) {
        StatCard *leaderCard = card(QLatin1String(key));
        leaderCard->setActivatable(true);
        connect(leaderCard, &StatCard::activated, this,
                [this] { Q_EMIT pageRequested(QStringLiteral("leaders")); });
    }
    connect(card(QStringLiteral("eci")), &StatCard::activated, this, [this] {
        if (const auto snapshot = m_session.snapshot(); snapshot && snapshot->to.isValid()) {
            analytics::FigureRef figure;
            figure.kind = analytics::FigureRef::Kind::Eci;
            figure.selection = snapshot->filter.departments;
            figure.to = snapshot->to;
            m_session.openFigure(figure);
        }
    });
    connect(card(QStringLiteral("recognised")), &StatCard::activated, this, [this] {
        if (const auto snapshot = m_session.snapshot(); snapshot && snapshot->to.isValid()) {
            analytics::FigureRef figure;
            figure.kind = analytics::FigureRef::Kind::Signal;
            figure.figure = QStringLiteral("P1");
            figure.selection = snapshot->filter.departments;
            figure.to = snapshot->to;
            m_session.openFigure(figure);
        }
    });

    m_trend->setModel(m_trendModel);
    m_trend->setValueRange(0, 100);
    m_trend->setValueTitle(tr("ECI (0–100)"));
    m_trendPanel->setSubtitle(tr("At each period end, over the trailing window; the shaded "
                                 "band is the 80% range"));
    m_trendPanel->setChart(m_trend);
    connect(m_trend, &TrendChartView::pointActivated, this, [this](int row, int column) {
        openFigureAt(m_session, m_trendModel->index(row, column));
    });

    m_pillars->setModel(m_pillarModel);
    m_pillars->setValueRange(0, 100);
    m_pillars->setValueTitle(tr("Score (0–100)"));
    m_pillarPanel->setSubtitle(tr("On the last day"));
    m_pillarPanel->setChart(m_pillars);
    connect(m_pillars, &BarChartView::barActivated, this, [this](int row, int column) {
        openFigureAt(m_session, m_pillarModel->index(row, column));
    });

    QTableView *departments = makeTable(m_departmentModel, items::DepartmentSummaryModel::Delta);
    departments->setItemDelegateForColumn(items::DepartmentSummaryModel::Trend,
                                          new SparklineDelegate(departments));
    departments->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    departments->horizontalHeader()->setSectionResizeMode(items::DepartmentSummaryModel::Trend,
                                                          QHeaderView::Fixed);
    departments->setColumnWidth(items::DepartmentSummaryModel::Trend, 110);
    departments->horizontalHeader()->setStretchLastSection(true);
    // The pillars are on the Departments page; here the ECI, its changes and its trend.
    for (int column :
         {items::DepartmentSummaryModel::Authenticity, items::DepartmentSummaryModel::Pride,
          items::DepartmentSummaryModel::Attachment, items::DepartmentSummaryModel::Fun})
        departments->hideColumn(column);
    m_departmentPanel->setSubtitle(tr("ECI on the last day, its change since the previous "
                                      "period end, and its trend; sorted by the change"));
    m_departmentPanel->setTable(departments);
    m_leftOutNote = new QLabel(m_departmentPanel);
    m_leftOutNote->setWordWrap(true);
    m_leftOutNote->setForegroundRole(QPalette::PlaceholderText);
    m_leftOutNote->setAccessibleName(tr("What the total leaves out"));
    m_leftOutNote->hide();
    if (auto *box = qobject_cast<QBoxLayout *>(m_departmentPanel->layout()))
        box->addWidget(m_leftOutNote);

    QTableView *alerts = makeTable(m_alertModel, items::AlertsModel::Date);
    alerts->sortByColumn(items::AlertsModel::Date, Qt::DescendingOrder);
    alerts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    alerts->horizontalHeader()->setSectionResizeMode(items::AlertsModel::What,
                                                     QHeaderView::Stretch);
    m_alertPanel->setSubtitle(tr("Falls in the ECI or a pillar, newest first"));
    m_alertPanel->setTable(alerts);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_trendPanel, 0, 0);
    grid->addWidget(m_pillarPanel, 0, 1);
    grid->addWidget(m_departmentPanel, 1, 0);
    grid->addWidget(m_alertPanel, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    m_trendPanel->setMinimumHeight(260);
    m_departmentPanel->setMinimumHeight(260);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(cards);
    layout->addLayout(grid, 1);
    setScrollingContent(this, content);

    connect(&m_session, &DashboardSession::snapshotChanged, this, &OverviewPage::showSnapshot);
    showSnapshot();
}

OverviewPage::~OverviewPage() = default;

QTableView *OverviewPage::makeTable(QAbstractItemModel *model, int sortColumn)
{
    QTableView *table = makeFigureTable(this, QString(), makeSortProxy(model, this));
    if (sortColumn >= 0)
        table->sortByColumn(sortColumn, Qt::AscendingOrder);
    openFiguresOnActivate(table, m_session);
    return table;
}

StatCard *OverviewPage::card(const QString &key) const
{
    for (const auto &[name, card] : m_cards) {
        if (name == key)
            return card;
    }
    return nullptr;
}

void OverviewPage::showSnapshot()
{
    const auto snapshot = m_session.snapshot();
    m_trendModel->setSnapshot(snapshot);
    m_pillarModel->setSnapshot(snapshot);
    m_departmentModel->setSnapshot(snapshot);
    m_alertModel->setSnapshot(snapshot);
    const QString leftOut =
        snapshot ? items::CapitalLabels::leftOutDescription(*snapshot) : QString();
    m_leftOutNote->setText(leftOut);
    m_leftOutNote->setVisible(!leftOut.isEmpty());
    // The organisation's cards (its ECI, its staff recognised) are totals too.
    for (const char *key : {"eci", "recognised"}) {
        StatCard *total = card(QLatin1String(key));
        const QString explanation = total->property("explanation").toString();
        total->setToolTip(leftOut.isEmpty() ? explanation
                                            : explanation + QLatin1Char('\n') + leftOut);
    }
    // Nothing to draw: no point of the organisation's trend has an ECI.
    const bool empty =
        !snapshot || snapshot->capital.empty() ||
        std::none_of(snapshot->capital.front().trend.begin(), snapshot->capital.front().trend.end(),
                     [](const analytics::CapitalPoint &point) { return point.eci.has_value(); });
    const QString nothing = tr("No activity in this period. Choose a longer period above, or "
                               "import more data (File > Import).");
    if (snapshot && !empty) {
        std::vector<std::int32_t> series{-1};
        // The chosen departments (up to five), else the two that fell most.
        if (!snapshot->filter.departments.empty() && snapshot->filter.departments.size() <= 5)
            series.insert(series.end(), snapshot->filter.departments.begin(),
                          snapshot->filter.departments.end());
        else
            series = items::CapitalTrendModel::defaultSeries(*snapshot);
        m_trendModel->setSeries(series);
        m_trendModel->setShowBands(true);
        for (std::int32_t department : series) {
            if (m_trendModel->lowColumn(department) >= 0)
                m_trend->setBand(m_trendModel->valueColumn(department),
                                 m_trendModel->lowColumn(department),
                                 m_trendModel->highColumn(department));
        }
    }
    m_trendPanel->setEmptyText(empty ? nothing : QString());
    m_pillarPanel->setEmptyText(empty ? nothing : QString());
    m_departmentPanel->setEmptyText(empty || m_departmentModel->rowCount() == 0
                                        ? tr("No departments yet: attach a roster when you "
                                             "import (File > Import), or open the demo.")
                                        : QString());
    m_alertPanel->setEmptyText(m_alertModel->rowCount() == 0
                                   ? tr("No falls in the ECI or a pillar in this period.")
                                   : QString());
    if (!snapshot) {
        showFigures({});
        return;
    }
    // The leaders' figures for the period before, for the changes: off the GUI thread.
    const quint64 generation = ++m_generation;
    auto *watcher = new QFutureWatcher<analytics::OverviewFigures>(this);
    connect(watcher, &QFutureWatcher<analytics::OverviewFigures>::finished, this,
            [this, watcher, generation] {
                watcher->deleteLater();
                if (generation == m_generation)
                    showFigures(watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([snapshot] {
        std::vector<analytics::LeaderStats> previous;
        if (snapshot->from.isValid() && snapshot->sources.leaders) {
            const auto [from, to] =
                analytics::OverviewFigures::previousPeriod(snapshot->from, snapshot->to);
            const auto &data = *snapshot->sources.dataset;
            if (data.firstDay().isValid() && from >= data.firstDay()) {
                previous = snapshot->sources.leaders->compute(from, to);
                if (snapshot->filter.leader)
                    std::erase_if(previous, [&](const analytics::LeaderStats &s) {
                        return s.person != *snapshot->filter.leader;
                    });
            }
        }
        return analytics::OverviewFigures::compute(*snapshot, previous);
    }));
}

void OverviewPage::showFigures(const analytics::OverviewFigures &figures)
{
    m_figures = figures;
    const QString dash = QStringLiteral("–");
    const QString against = tr("on the period before");
    const auto points = [](double value) { return items::CapitalLabels::formatScore(value); };
    const auto counted = [](double value) { return count(value); };
    const auto pointsOfShare = [](double value) {
        return QCoreApplication::translate("OverviewPage", "%1 pts")
            .arg(QLocale().toString(value * 100, 'f', 0));
    };

    StatCard *eci = card(QStringLiteral("eci"));
    eci->setValue(figures.eci.now ? items::CapitalLabels::formatScore(*figures.eci.now) : dash);
    QStringList eciDetail;
    if (const QString line =
            changeLine(figures.eci.change(), tr("since the last period end"), points);
        !line.isEmpty())
        eciDetail << line;
    if (figures.eciYearOverYear)
        eciDetail << changeLine(figures.eciYearOverYear, tr("over a year"), points);
    eci->setDetail(eciDetail.join(QStringLiteral("<br>")));

    const std::pair<const char *, const analytics::OverviewFigures::Pair *> counts[] = {
        {"posts", &figures.posts},
        {"replies", &figures.replies},
        {"recognitions", &figures.recognitions}};
    for (const auto &[key, pair] : counts) {
        StatCard *countCard = card(QLatin1String(key));
        countCard->setValue(pair->now ? count(*pair->now) : dash);
        countCard->setDetail(changeLine(pair->change(), against, counted));
    }
    StatCard *answered = card(QStringLiteral("answered"));
    answered->setValue(figures.answeredQuestionRate.now ? percent(*figures.answeredQuestionRate.now)
                                                        : dash);
    answered->setDetail(
        figures.answeredQuestionRate.now
            ? changeLine(figures.answeredQuestionRate.change(), against, pointsOfShare)
            : tr("no staff questions to leaders"));
    StatCard *recognised = card(QStringLiteral("recognised"));
    recognised->setValue(figures.recognisedShare.now ? percent(*figures.recognisedShare.now)
                                                     : dash);
    recognised->setDetail(changeLine(figures.recognisedShare.change(),
                                     tr("since the last period end"), pointsOfShare));
    Q_EMIT figuresShown();
}

} // namespace goodwill::ui
