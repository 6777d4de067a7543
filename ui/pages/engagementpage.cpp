#include "engagementpage.h"

#include "analytics/engagementnudges.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "goalsdialog.h"
#include "items/bestpostsmodel.h"
#include "items/columnsubsetmodel.h"
#include "items/engagementquestionsmodel.h"
#include "items/leaderpercentilemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/localeformat.h"
#include "items/notrecogniseddepartmentsmodel.h"
#include "items/notrecognisedpeoplemodel.h"
#include "items/nudgesmodel.h"
#include "overridecommand.h"
#include "report/engagementreport.h"
#include "report/reportexport.h"
#include "state/appsettings.h"
#include "store/handledquestions.h"
#include "widgets/figuretable.h"
#include "widgets/leaderpicker.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"
#include "widgets/statcard.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace goodwill::ui {
namespace {

QString dateText(QDate date)
{
    return items::LocaleFormat::mediumDate(date);
}

// What the user is remembered by: the e-mail address (stable across imports), else the name.
QString identity(const analytics::ActivityDataset::Person &person)
{
    return person.email.isEmpty() ? person.name : person.email;
}

const char *const goalFigures[] = {"posts", "replies", "recognitions"};

} // namespace

struct EngagementPage::Outcome
{
    quint64 generation = 0;
    std::shared_ptr<const analytics::Snapshot> snapshot;
    QString path;
    std::optional<analytics::LeaderEngagement> engagement;
    std::vector<items::UnansweredQuestionsModel::Row> questions;
    QString error;
};

EngagementPage::EngagementPage(DashboardSession &session, state::AppSettings &settings,
                               QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_picker(new LeaderPicker(this)),
      m_summary(new QLabel(this)), m_busy(new QProgressBar(this)), m_title(new QLabel(this)),
      m_message(new QLabel(this)), m_export(new QToolButton(this)), m_persona(new QLabel(this)),
      m_personaPanel(new Panel(tr("Persona"), this)),
      m_percentilePanel(new Panel(tr("Among leaders"), this)),
      m_replyRatePanel(new Panel(tr("Reply rate"), this)),
      m_replyTimePanel(new Panel(tr("Time to first reply"), this)),
      m_nudgesPanel(new Panel(tr("Nudges"), this)),
      m_questionsPanel(new Panel(tr("Unanswered staff questions"), this)),
      m_departmentsPanel(new Panel(tr("Departments not recognised"), this)),
      m_peoplePanel(new Panel(tr("People not recognised"), this)),
      m_postsPanel(new Panel(tr("Best-received posts"), this)),
      m_percentileModel(new items::LeaderPercentileModel(this)),
      m_trendModel(new items::LeaderResponseTrendModel(this)),
      m_replyRateSubset(new items::ColumnSubsetModel(this)),
      m_replyTimeSubset(new items::ColumnSubsetModel(this)),
      m_questionsModel(new items::EngagementQuestionsModel(this)),
      m_departmentsModel(new items::NotRecognisedDepartmentsModel(this)),
      m_peopleModel(new items::NotRecognisedPeopleModel(this)),
      m_postsModel(new items::BestPostsModel(this)), m_nudgesModel(new items::NudgesModel(this)),
      m_replyRateChart(new TrendChartView(this)), m_replyTimeChart(new TrendChartView(this)),
      m_handledButton(new QPushButton(tr("Mark &handled"), this)),
      m_showHandled(new QCheckBox(tr("&Show handled"), this)),
      m_undoButton(new QPushButton(tr("&Undo"), this)),
      m_goalsButton(new QPushButton(tr("&Goals…"), this)), m_ownUndo(new QUndoStack(this)),
      m_undo(m_ownUndo)
{
    setAccessibleName(tr("My engagement"));
    auto *who = new QLabel(tr("&I am:"), this);
    who->setBuddy(m_picker);
    m_picker->setAccessibleName(tr("Who you are"));
    m_picker->setToolTip(tr("Choose yourself among the leaders: type part of your name, title "
                            "or department. Goodwill remembers the choice."));
    connect(m_picker, &LeaderPicker::leaderChosen, this, &EngagementPage::selectLeader);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Period and filter"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 6);
    m_busy->setAccessibleName(tr("Working out your figures"));
    m_busy->hide();
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Whose engagement"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Last action"));
    m_message->hide();
    m_goalsButton->setToolTip(tr("Your goals a week for posts, replies and recognitions "
                                 "(the model file's unless you set your own)"));
    connect(m_goalsButton, &QPushButton::clicked, this, &EngagementPage::editGoals);
    m_export->setText(tr("Export PDF…"));
    m_export->setAccessibleName(tr("Export this page as a PDF report"));
    m_export->setPopupMode(QToolButton::MenuButtonPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("Export PDF…"), this, [this] { chooseExport(false); });
    exportMenu->addAction(tr("Export PDF with Staff Names Pseudonymised…"), this,
                          [this] { chooseExport(true); });
    m_export->setMenu(exportMenu);
    connect(m_export, &QToolButton::clicked, this, [this] { chooseExport(false); });

    // Cadence against the goals, and the persona.
    const std::pair<QString, QString> cardTexts[] = {
        {tr("Posts a week"), tr("Your posts in the period divided by its weeks (days / 7), "
                                "against your goal. Double-click for the posts.")},
        {tr("Replies a week"), tr("Your replies in the period divided by its weeks, against your "
                                  "goal. Double-click for the replies.")},
        {tr("Recognitions a week"),
         tr("Your recognitions in the period divided by its weeks, against your goal. "
            "Double-click for the recognitions.")},
        {tr("Persona"), tr("How you engage, from your posts, replies and the responses your "
                           "posts draw (docs/model.md section 3). Double-click for the inputs.")},
    };
    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    for (size_t c = 0; c < std::size(cardTexts); ++c) {
        auto *card = new StatCard(cardTexts[c].first, cardTexts[c].second, this);
        card->setActivatable(true);
        connect(card, &StatCard::activated, this, [this, c] {
            if (!m_engagement)
                return;
            analytics::FigureRef figure;
            figure.kind = analytics::FigureRef::Kind::LeaderFigure;
            figure.figure = QString::fromLatin1(c < 3 ? goalFigures[c] : "persona");
            figure.leader = m_engagement->leader;
            figure.from = m_engagement->from;
            figure.to = m_engagement->to;
            m_session.openFigure(figure);
        });
        m_goalCards.push_back(card);
        cards->addWidget(card);
    }
    m_persona->setWordWrap(true);
    m_persona->setTextFormat(Qt::PlainText);
    m_persona->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_persona->setMargin(6);
    m_persona->setAccessibleName(tr("Your persona and what would move it"));
    m_personaPanel->setChart(m_persona);

    // In the model's order (the figures of section 3), not sortable: a ranking is not the point.
    m_percentileView = makeFigureTable(
        this, tr("Your percentile among leaders"), m_percentileModel,
        {.selection = QAbstractItemView::SelectItems, .alternatingRows = false, .sortable = false});
    m_percentileView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_percentileView->horizontalHeader()->setStretchLastSection(true);
    m_percentilePanel->setMinimumHeight(300);
    openFiguresOnActivate(m_percentileView, m_session);
    m_percentilePanel->setTable(m_percentileView);

    m_replyRateSubset->setSourceModel(m_trendModel);
    m_replyRateSubset->setColumns(
        {items::LeaderResponseTrendModel::Period, items::LeaderResponseTrendModel::ReplyRate});
    m_replyRateChart->setModel(m_replyRateSubset);
    m_replyRateChart->setValueRange(0, 100);
    m_replyRateChart->setValueTitle(tr("Answered (%)"));
    m_replyRateChart->setAccessibleName(tr("Your reply rate per period"));
    m_replyRatePanel->setChart(m_replyRateChart);
    m_replyTimeSubset->setSourceModel(m_trendModel);
    m_replyTimeSubset->setColumns(
        {items::LeaderResponseTrendModel::Period, items::LeaderResponseTrendModel::MedianHours});
    m_replyTimeChart->setModel(m_replyTimeSubset);
    m_replyTimeChart->setValueTitle(tr("Median hours to first reply"));
    m_replyTimeChart->setAccessibleName(tr("Your median time to first reply per period"));
    m_replyTimePanel->setChart(m_replyTimeChart);
    // Tall enough for a value-axis title of about 20 characters (as on the Leaders page).
    for (TrendChartView *chart : {m_replyRateChart, m_replyTimeChart}) {
        chart->setMinimumHeight(280);
        connect(chart, &TrendChartView::pointActivated, this, [this, chart](int row, int column) {
            openFigureAt(m_session, chart->model()->index(row, column));
        });
    }

    m_nudgesView = makeFigureTable(this, tr("Nudges from your figures"), m_nudgesModel,
                                   {.wordWrap = true, .sortable = false});
    m_nudgesView->horizontalHeader()->setStretchLastSection(true);
    m_nudgesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    openFiguresOnActivate(m_nudgesView, m_session);
    m_nudgesPanel->setTable(m_nudgesView);

    m_questionsView = makeFigureTable(this, tr("Your unanswered staff questions"),
                                      makeSortProxy(m_questionsModel, this, Qt::CaseInsensitive));
    m_questionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questionsView->sortByColumn(items::UnansweredQuestionsModel::Asked, Qt::AscendingOrder);
    m_questionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_questionsView->horizontalHeader()->setSectionResizeMode(
        items::UnansweredQuestionsModel::Question, QHeaderView::Stretch);
    m_questionsPanel->setTable(m_questionsView);
    m_questionsPanel->setMinimumHeight(240);
    connect(m_questionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EngagementPage::updateHandledButton);
    m_handledButton->setToolTip(tr("Take the selected question off your list (you answered it "
                                   "elsewhere, or there is nothing to answer). Stored in the "
                                   "database; Undo brings it back."));
    connect(m_handledButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_questionsView->currentIndex();
        if (!current.isValid())
            return;
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(m_questionsView->model());
        const int row = proxy->mapToSource(current).row();
        setHandled(row, !m_questionsModel->handledAt(row).has_value());
    });
    m_showHandled->setToolTip(tr("Also list the questions you marked handled"));
    connect(m_showHandled, &QCheckBox::toggled, this, &EngagementPage::setShowHandled);
    m_undoButton->setToolTip(tr("Undo the last mark"));
    connect(m_undoButton, &QPushButton::clicked, this, [this] { m_undo->undo(); });
    watchUndo();

    m_departmentsView =
        makeFigureTable(this, tr("Departments you did not recognise anyone in"),
                        makeSortProxy(m_departmentsModel, this), FigureTableOptions::cells());
    m_departmentsView->sortByColumn(items::NotRecognisedDepartmentsModel::AnyLeader,
                                    Qt::AscendingOrder); // blind spots first
    m_departmentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    openFiguresOnActivate(m_departmentsView, m_session);
    m_departmentsPanel->setTable(m_departmentsView);
    m_peopleView = makeFigureTable(this, tr("People you did not recognise"),
                                   makeSortProxy(m_peopleModel, this, Qt::CaseInsensitive));
    m_peopleView->sortByColumn(items::NotRecognisedPeopleModel::Department, Qt::AscendingOrder);
    m_peopleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peoplePanel->setTable(m_peopleView);
    m_postsView = makeFigureTable(this, tr("Your best-received posts"), m_postsModel,
                                  {.sortable = false}); // most responses first
    m_postsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_postsView->horizontalHeader()->setStretchLastSection(true);
    m_postsPanel->setTable(m_postsView);

    auto *top = new QHBoxLayout;
    top->addWidget(who);
    top->addWidget(m_picker, 2);
    top->addWidget(m_summary, 3);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    top->addWidget(m_goalsButton);
    top->addWidget(m_export);
    auto *questionTools = new QHBoxLayout;
    questionTools->addWidget(m_handledButton);
    questionTools->addWidget(m_undoButton);
    questionTools->addWidget(m_showHandled);
    questionTools->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(m_personaPanel, 0, 0);
    grid->addWidget(m_percentilePanel, 0, 1);
    grid->addWidget(m_replyRatePanel, 1, 0);
    grid->addWidget(m_replyTimePanel, 1, 1);
    grid->addWidget(m_nudgesPanel, 2, 0, 1, 2);
    grid->addLayout(questionTools, 3, 0, 1, 2);
    grid->addWidget(m_questionsPanel, 4, 0, 1, 2);
    grid->addWidget(m_departmentsPanel, 5, 0);
    grid->addWidget(m_peoplePanel, 5, 1);
    grid->addWidget(m_postsPanel, 6, 0, 1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_title);
    layout->addLayout(cards);
    layout->addLayout(grid, 1);
    setScrollingContent(this, content);

    connect(&m_session, &DashboardSession::snapshotChanged, this, &EngagementPage::refresh);
    refresh();
}

EngagementPage::~EngagementPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

QList<Panel *> EngagementPage::panels() const
{
    return {m_personaPanel,   m_percentilePanel,  m_replyRatePanel, m_replyTimePanel, m_nudgesPanel,
            m_questionsPanel, m_departmentsPanel, m_peoplePanel,    m_postsPanel};
}

void EngagementPage::setUndoStack(QUndoStack *stack)
{
    m_undo = stack ? stack : m_ownUndo;
    watchUndo();
}

void EngagementPage::watchUndo()
{
    disconnect(m_undoWatch);
    m_undoButton->setEnabled(m_undo->canUndo());
    m_undoWatch =
        connect(m_undo, &QUndoStack::canUndoChanged, m_undoButton, &QPushButton::setEnabled);
}

void EngagementPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void EngagementPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

std::optional<analytics::GoalSettings> EngagementPage::goals() const
{
    return GoalsDialog::stored(m_settings);
}

void EngagementPage::setGoals(std::optional<analytics::GoalSettings> goals)
{
    GoalsDialog::store(m_settings, goals);
    request();
}

void EngagementPage::editGoals()
{
    const auto snapshot = m_session.snapshot();
    const analytics::GoalSettings modelFile = snapshot && snapshot->sources.settings
                                                  ? snapshot->sources.settings->goals
                                                  : analytics::ModelFile::defaults().goals;
    GoalsDialog dialog(modelFile, goals().value_or(modelFile), this);
    if (dialog.exec() == QDialog::Accepted)
        setGoals(dialog.chosen());
}

void EngagementPage::fillPicker()
{
    const auto snapshot = m_session.snapshot();
    m_picker->setLeaders(snapshot ? snapshot->sources.dataset.get() : nullptr,
                         snapshot ? snapshot->to : QDate(), m_leader);
}

bool EngagementPage::selectLeader(std::int32_t person)
{
    const auto snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.dataset || person < 0 ||
        person >= std::int32_t(snapshot->sources.dataset->people().size()) ||
        !snapshot->sources.dataset->isLeader(person))
        return false;
    m_settings.setValue(state::AppSettings::Key::EngagementLeader,
                        identity(snapshot->sources.dataset->people()[size_t(person)]));
    m_leader = person;
    m_picker->setLeader(person);
    request();
    return true;
}

void EngagementPage::refresh()
{
    const auto snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.isComplete()) {
        m_leader = -1;
        fillPicker();
        m_summary->clear();
        clearFigures(tr("No data yet: import an export (File > Import…) or open the demo "
                        "organisation (File > Open the Demo Organisation)."));
        return;
    }
    const analytics::ActivityDataset &data = *snapshot->sources.dataset;
    // Who the user said they are, found again by e-mail (or name) in this dataset.
    const QString remembered =
        m_settings.value(state::AppSettings::Key::EngagementLeader).toString();
    m_leader = -1;
    for (std::int32_t p = 0; !remembered.isEmpty() && p < std::int32_t(data.people().size()); ++p) {
        // The e-mail as remembered, or (as `goodwill shots --leader` gives it) the name.
        const analytics::ActivityDataset::Person &person = data.people()[size_t(p)];
        if (data.isLeader(p) && (identity(person).compare(remembered, Qt::CaseInsensitive) == 0 ||
                                 person.name.compare(remembered, Qt::CaseInsensitive) == 0))
            m_leader = p;
    }
    fillPicker();
    m_summary->setText(tr("%1 to %2, in the dashboard filter's departments, channels and "
                          "sources.")
                           .arg(dateText(snapshot->from), dateText(snapshot->to)));
    if (m_picker->count() == 0) {
        clearFigures(tr("No leaders in this data. Leaders are found by their title (VP, Director, "
                        "Head of …) or the roster; the Data page sets anyone's role."));
        return;
    }
    request();
}

void EngagementPage::request()
{
    const auto snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.isComplete() || m_leader < 0) {
        if (snapshot && m_picker->count() > 0)
            clearFigures(tr("Choose who you are above: type part of your name or e-mail. "
                            "Goodwill remembers the choice."));
        return;
    }
    if (m_cancel)
        m_cancel->store(true);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    const quint64 generation = ++m_generation;
    const QString path = m_session.databasePath();
    const std::int32_t leader = m_leader;
    const auto ownGoals = goals();
    ++m_running;
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        setBusy(m_running > 0);
        Outcome outcome = watcher->result();
        if (outcome.generation == m_generation)
            showEngagement(std::move(outcome));
    });
    watcher->setFuture(QtConcurrent::run([generation, snapshot, path, leader, cancel, ownGoals] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.snapshot = snapshot;
        outcome.path = path;
        auto loaded =
            analytics::LeaderEngagement::load(*snapshot, leader, path, cancel.get(), ownGoals);
        if (!loaded) {
            outcome.error = loaded.error().message;
            return outcome;
        }
        outcome.questions = items::UnansweredQuestionsModel::rows(
            loaded->detail.unanswered, *snapshot->sources.dataset, loaded->messages);
        outcome.engagement = std::move(*loaded);
        return outcome;
    }));
}

void EngagementPage::clearFigures(const QString &text)
{
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation; // figures still on their way are stale
    m_engagement.reset();
    m_shownSnapshot.reset();
    m_questionRows.clear();
    m_title->clear();
    m_persona->clear();
    for (StatCard *card : m_goalCards) {
        card->setValue(QStringLiteral("—"));
        card->setDetail(QString());
    }
    m_percentileModel->clear();
    m_trendModel->clear();
    m_questionsModel->clear();
    m_departmentsModel->clear();
    m_peopleModel->clear();
    m_postsModel->clear();
    m_nudgesModel->clear();
    for (Panel *panel : panels())
        panel->setEmptyText(text);
    m_export->setEnabled(false);
    updateHandledButton();
}

void EngagementPage::showEngagement(Outcome outcome)
{
    if (!outcome.engagement) {
        clearFigures(outcome.error);
        Q_EMIT engagementShown();
        return;
    }
    if (outcome.path != m_shownPath) {
        m_ownUndo->clear(); // the marks belonged to another file
        m_shownPath = outcome.path;
    }
    m_shownSnapshot = outcome.snapshot;
    m_engagement = std::move(outcome.engagement);
    m_questionRows = std::move(outcome.questions);
    const analytics::LeaderEngagement &e = *m_engagement;
    const analytics::ModelSettings &settings = *e.settings;
    const analytics::ActivityDataset &data = *m_shownSnapshot->sources.dataset;
    const QLocale locale;
    const QString name = data.people()[size_t(e.leader)].name;
    const QString period = tr("%1 to %2").arg(dateText(e.from), dateText(e.to));
    QStringList about{name};
    if (!data.people()[size_t(e.leader)].title.isEmpty())
        about << data.people()[size_t(e.leader)].title;
    if (!e.stats.department.isEmpty())
        about << e.stats.department;
    m_title->setText(tr("%1 — %2").arg(about.join(QStringLiteral(" · ")), period));
    for (Panel *panel : panels())
        panel->setEmptyText(QString());
    m_export->setEnabled(true);

    // Cards: the rate a week against the goal.
    for (size_t g = 0; g < e.goals.size() && g < 3; ++g) {
        const analytics::GoalProgress &goal = e.goals[g];
        StatCard *card = m_goalCards[g];
        card->setValue(tr("%1 / %2").arg(locale.toString(goal.perWeek, 'f', 1),
                                         locale.toString(goal.goal, 'g', 4)));
        // Counts with the locale's digit grouping ("1,747", "1.747").
        const QString count = locale.toString(goal.count);
        card->setDetail(goal.met() ? tr("%1 in the period: goal met").arg(count)
                                   : tr("%1 in the period, %2 short of %3")
                                         .arg(count, locale.toString(goal.shortfall()),
                                              locale.toString(goal.target)));
        card->setToolTip(
            tr("%1 in %2 days (%3 weeks) = %4 a week; your goal is %5 a week (%6), "
               "%7 over the period.")
                .arg(count, locale.toString(e.days), locale.toString(e.days / 7.0, 'f', 2),
                     locale.toString(goal.perWeek, 'f', 2), locale.toString(goal.goal, 'g', 4),
                     e.ownGoals ? tr("set on this page") : tr("the model file's"),
                     locale.toString(goal.target)));
    }
    StatCard *personaCard = m_goalCards[3];
    personaCard->setValue(analytics::personaName(e.persona.persona));
    personaCard->setDetail(e.persona.ratio
                               ? tr("%1% of your messages are replies")
                                     .arg(locale.toString(*e.persona.ratio * 100, 'f', 0))
                               : tr("no posts or replies"));
    m_persona->setText(analytics::EngagementNudges::personaMeaning(e.persona, settings.personas) +
                       QStringLiteral("\n\n") +
                       analytics::EngagementNudges::personaMove(e.persona, settings.personas));
    m_personaPanel->setSubtitle(
        tr("What your persona means and the nearest threshold, %1.").arg(period));

    m_percentileModel->setPercentiles(e.leader, e.from, e.to, e.percentiles);
    m_percentilePanel->setSubtitle(
        tr("Your place among the %1 leaders of %2, 0 to 100 (50 is the middle). Only your own "
           "place is shown. Hover a number for how it was worked out.")
            .arg(e.percentiles.empty() ? 0 : e.percentiles.front().compared)
            .arg(period));

    m_trendModel->setPeriods(e.leader, e.detail.periods, settings.replyWindowHours);
    m_replyRatePanel->setSubtitle(tr("Share of staff comments to you answered in the thread "
                                     "within %1 h, per period. Double-click a point for the "
                                     "messages.")
                                      .arg(locale.toString(settings.replyWindowHours, 'g', 4)));
    m_replyRatePanel->setEmptyText(
        m_trendModel->hasValues(items::LeaderResponseTrendModel::ReplyRate)
            ? QString()
            : tr("No staff comments to you in this period: nothing to rate."));
    m_replyTimePanel->setSubtitle(tr("Median hours from a staff comment to your first later "
                                     "reply in the thread, per period."));
    m_replyTimePanel->setEmptyText(
        m_trendModel->hasValues(items::LeaderResponseTrendModel::MedianHours)
            ? QString()
            : tr("You answered no staff comment in this period."));

    const int windowDays = settings.engagement.notRecognisedDays;
    m_departmentsModel->setDepartments(e.departmentsNotRecognised, e.to, windowDays);
    m_departmentsPanel->setSubtitle(
        tr("Departments with at least %1 staff in which you recognised no one from %2 to %3 "
           "(the last %4 days). “No leader” marks a blind spot.")
            .arg(settings.k)
            .arg(dateText(e.windowFrom), dateText(e.to))
            .arg(windowDays));
    m_departmentsPanel->setEmptyText(
        e.departmentsNotRecognised.empty()
            ? tr("You recognised someone in every department with at least %1 staff in the "
                 "last %2 days.")
                  .arg(settings.k)
                  .arg(windowDays)
            : QString());
    m_peopleModel->setPeople(e.peopleNotRecognised, e.windowFrom, e.to);
    m_peoplePanel->setSubtitle(tr("Staff who wrote to you or responded to your posts in the last "
                                  "%1 days and had no recognition from you in them.")
                                   .arg(windowDays));
    m_peoplePanel->setEmptyText(
        e.peopleNotRecognised.empty()
            ? tr("Everyone who wrote to you or responded to your posts in the last %1 days has "
                 "had a recognition from you, or nobody did.")
                  .arg(windowDays)
            : QString());
    m_postsModel->setRows(items::BestPostsModel::rows(e.bestPosts, data, e.messages),
                          settings.kText);
    m_postsPanel->setSubtitle(tr("Your posts of %1 with the most staff responses in their "
                                 "threads; the tone of the replies shows when at least %2 "
                                 "people wrote them.")
                                  .arg(period)
                                  .arg(settings.kText));
    m_postsPanel->setEmptyText(e.bestPosts.empty()
                                   ? tr("None of your posts in this period drew a staff response.")
                                   : QString());
    showQuestions();
    showNudges();
    Q_EMIT engagementShown();
}

void EngagementPage::showQuestions()
{
    if (!m_engagement)
        return;
    const analytics::LeaderEngagement &e = *m_engagement;
    std::vector<items::UnansweredQuestionsModel::Row> rows;
    for (const auto &row : m_questionRows) {
        if (m_showHandled->isChecked() || !e.isHandled(row.question.activity))
            rows.push_back(row);
    }
    m_questionsModel->setQuestions(std::move(rows), e.handled);
    const size_t handled = e.detail.unanswered.size() - e.openQuestions().size();
    m_questionsPanel->setSubtitle(
        tr("Staff questions to you (in your threads or naming you) asked %1 to %2 with no reply "
           "of yours in the thread since, oldest first: %3 open, %4 marked handled. Waiting is "
           "counted to the end of the data (%5).")
            .arg(dateText(e.from), dateText(e.to))
            .arg(e.detail.unanswered.size() - handled)
            .arg(handled)
            .arg(QLocale().toString(e.detail.dataEnd.toLocalTime(), QLocale::ShortFormat)));
    m_questionsPanel->setEmptyText(
        m_questionsModel->rowCount() > 0 ? QString()
        : handled > 0
            ? tr("None open: the rest are marked handled. Tick “Show handled” to see them.")
            : tr("None: you have answered every staff question asked in this period."));
    for (int column = 0; column < items::EngagementQuestionsModel::EngagementColumnCount;
         ++column) {
        if (column != items::UnansweredQuestionsModel::Question)
            m_questionsView->resizeColumnToContents(column);
    }
    updateHandledButton();
}

void EngagementPage::showNudges()
{
    if (!m_engagement)
        return;
    m_nudgesModel->setNudges(
        analytics::EngagementNudges::of(*m_engagement, items::LocaleFormat::mediumDateFormat()));
    m_nudgesPanel->setSubtitle(tr("Suggestions worked out from the figures on this page; hover "
                                  "one for its rule, double-click it for the figure behind it."));
    m_nudgesPanel->setEmptyText(m_nudgesModel->rowCount() == 0
                                    ? tr("Nothing to nudge you about in this period: your "
                                         "goals are met and nobody is waiting on you.")
                                    : QString());
}

void EngagementPage::setShowHandled(bool show)
{
    if (m_showHandled->isChecked() != show)
        m_showHandled->setChecked(show); // toggled() calls back
    else
        showQuestions();
}

void EngagementPage::updateHandledButton()
{
    const QModelIndex current = m_questionsView->currentIndex();
    const bool selected = m_engagement && current.isValid();
    const int row = selected ? static_cast<const QSortFilterProxyModel *>(m_questionsView->model())
                                   ->mapToSource(current)
                                   .row()
                             : -1;
    const bool handled = row >= 0 && m_questionsModel->handledAt(row).has_value();
    m_handledButton->setText(handled ? tr("Mark not &handled") : tr("Mark &handled"));
    m_handledButton->setEnabled(selected && !m_session.isReadOnly());
    if (m_session.isReadOnly())
        m_handledButton->setToolTip(tr("This database is read-only: questions cannot be marked "
                                       "handled in it."));
}

bool EngagementPage::setHandled(int row, bool handled)
{
    if (!m_engagement || !m_shownSnapshot || row < 0 || row >= m_questionsModel->rowCount())
        return false;
    const items::UnansweredQuestionsModel::Row &question = m_questionsModel->rows()[size_t(row)];
    const std::int32_t activity = question.question.activity;
    const bool wasHandled = m_engagement->isHandled(activity);
    if (wasHandled == handled)
        return true;
    const analytics::ActivityDataset &data = *m_shownSnapshot->sources.dataset;
    const std::int64_t activityId = data.activityId(activity);
    const std::int64_t personId = data.people()[size_t(m_engagement->leader)].id;
    const QString before =
        wasHandled ? store::HandledQuestions::storedTime(m_engagement->handled.at(activity))
                   : QString();
    const QString after =
        handled ? store::HandledQuestions::storedTime(QDateTime::currentDateTimeUtc()) : QString();
    const QString text = handled ? tr("Mark the question of %1 handled").arg(question.author)
                                 : tr("Mark the question of %1 not handled").arg(question.author);
    const QString path = m_shownPath;
    const QPointer<EngagementPage> page(this);
    m_lastWriteOk = false; // the command's first redo writes (a refused one is dropped)
    m_undo->push(new OverrideCommand(
        text, before, after, [page, path, activityId, personId](const QString &value) {
            if (page)
                return page->m_lastWriteOk = page->writeHandled(path, activityId, personId, value);
            // The page is gone but the stack it shared is not: the mark still goes in.
            return value.isEmpty()
                       ? store::HandledQuestions::unmark(path, activityId, personId).ok()
                       : store::HandledQuestions::mark(path, activityId, personId,
                                                       QDateTime::fromString(value, Qt::ISODate))
                             .ok();
        }));
    return m_lastWriteOk;
}

bool EngagementPage::writeHandled(const QString &path, std::int64_t activityId,
                                  std::int64_t personId, const QString &value)
{
    if (path != m_session.databasePath()) {
        setMessage(tr("This mark belongs to a database that is no longer open."), true);
        return false;
    }
    const QDateTime at = QDateTime::fromString(value, Qt::ISODate);
    const auto written = value.isEmpty()
                             ? store::HandledQuestions::unmark(path, activityId, personId)
                             : store::HandledQuestions::mark(path, activityId, personId, at);
    if (!written) {
        setMessage(written.error().message, true);
        return false;
    }
    setMessage(value.isEmpty() ? tr("The question is open again.")
                               : tr("Marked handled: the question leaves your list and your "
                                    "nudges. Undo brings it back."),
               false);
    if (m_engagement && m_shownSnapshot && m_shownPath == path) {
        const analytics::ActivityDataset &data = *m_shownSnapshot->sources.dataset;
        if (data.people()[size_t(m_engagement->leader)].id == personId) {
            if (const std::int32_t a = data.indexOfActivityId(activityId); a >= 0) {
                if (value.isEmpty())
                    m_engagement->handled.erase(a);
                else
                    m_engagement->handled[a] = at;
            }
            showQuestions();
            showNudges();
            Q_EMIT engagementShown();
        }
    }
    return true;
}

std::optional<report::ReportDocument>
EngagementPage::report(const report::ReportOptions &options) const
{
    if (!m_engagement || !m_shownSnapshot)
        return std::nullopt;
    return report::EngagementReport::build(*m_shownSnapshot, *m_engagement, options);
}

void EngagementPage::chooseExport(bool pseudonymise)
{
    if (!m_engagement)
        return;
    const QString name = m_shownSnapshot->sources.dataset->people()[size_t(m_engagement->leader)]
                             .name.simplified()
                             .replace(QLatin1Char(' '), QLatin1Char('-'))
                             .toLower();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export My Engagement as PDF"),
        QStringLiteral("engagement-%1-%2.pdf").arg(name, m_engagement->to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, pseudonymise);
}

void EngagementPage::exportPdf(const QString &path, bool pseudonymise)
{
    const auto finished = [this, path](const QString &error) {
        --m_running;
        setBusy(m_running > 0);
        setMessage(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error,
                   !error.isEmpty());
        Q_EMIT pdfExported(path, error);
    };
    ++m_running;
    setBusy(true);
    if (!m_engagement || !m_shownSnapshot) {
        finished(tr("Nothing to export yet: choose who you are first."));
        return;
    }
    const quint64 generation = m_generation;
    report::writeReportAsync(
        this, m_shownSnapshot, m_shownPath, pseudonymise, path,
        [this, generation, pseudonymise]() -> std::optional<report::ReportDocument> {
            if (generation != m_generation)
                return std::nullopt; // the figures changed meanwhile
            report::ReportOptions options;
            options.pseudonymise = pseudonymise;
            return report(options);
        },
        finished);
}

} // namespace goodwill::ui
