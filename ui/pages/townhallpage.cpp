#include "townhallpage.h"

#include "analytics/snapshot.h"
#include "charts/barchartview.h"
#include "charts/chartstyle.h"
#include "dashboardsession.h"
#include "items/capitalmoversmodel.h"
#include "items/columnsubsetmodel.h"
#include "items/leaderresponsivenessmodel.h"
#include "items/questionthemesmodel.h"
#include "items/shoutoutpeoplemodel.h"
#include "items/shoutoutteamsmodel.h"
#include "items/townhallsummary.h"
#include "report/reportexport.h"
#include "report/townhallreport.h"
#include "state/appsettings.h"
#include "store/database.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"
#include "widgets/scrollingcontent.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace goodwill::ui {

using analytics::TownHallBrief;
using items::TownHallSummary;

struct TownHallPage::Outcome
{
    quint64 generation = 0;
    std::shared_ptr<const TownHallBrief> brief;
    std::shared_ptr<const analytics::Snapshot> snapshot;
    QString path;
};

TownHallPage::TownHallPage(DashboardSession &session, state::AppSettings &settings, QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings), m_heading(new QLabel(this)),
      m_summary(new QLabel(this)), m_message(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_export(new QPushButton(tr("Export PDF…"), this)),
      m_pseudonymise(new QCheckBox(tr("Pseudonymise staff"), this)),
      m_summaryPanel(new Panel(tr("Summary"), this)),
      m_moversPanel(new Panel(tr("Risers and fallers"), this)),
      m_chartPanel(new Panel(tr("Change in emotional capital"), this)),
      m_themesPanel(new Panel(tr("Open staff questions by theme"), this)),
      m_peoplePanel(new Panel(tr("Shout-out candidates: people"), this)),
      m_teamsPanel(new Panel(tr("Shout-out candidates: teams"), this)),
      m_leadersPanel(new Panel(tr("Leaders' responsiveness"), this)),
      m_moversModel(new items::CapitalMoversModel(this)),
      m_chartValues(new items::CapitalMoversModel(this)),
      m_chartModel(new items::ColumnSubsetModel(this)),
      m_themesModel(new items::QuestionThemesModel(this)),
      m_peopleModel(new items::ShoutOutPeopleModel(this)),
      m_teamsModel(new items::ShoutOutTeamsModel(this)),
      m_leadersModel(new items::LeaderResponsivenessModel(this)), m_themesView(new QTreeView(this)),
      m_moversChart(new BarChartView(Qt::Horizontal, this))
{
    setAccessibleName(tr("Town-hall brief"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_heading->setAccessibleName(tr("Town-hall brief: audience and period"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 6);
    m_busy->setAccessibleName(tr("Working out the town-hall brief"));
    m_busy->hide();
    m_export->setToolTip(tr("Write the brief as a PDF report, with the filters, the sources and "
                            "a checksum of the data on its last page"));
    m_export->setAccessibleName(tr("Export the town-hall brief as PDF"));
    m_export->setEnabled(false);
    m_pseudonymise->setToolTip(
        tr("In the PDF, name staff as \u201cStaff member (Department)\u201d; "
           "leaders keep their names"));
    m_pseudonymise->setChecked(
        m_settings.value(state::AppSettings::Key::TownHallPseudonymise).toBool());
    connect(m_pseudonymise, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setValue(state::AppSettings::Key::TownHallPseudonymise, on);
    });
    connect(m_export, &QPushButton::clicked, this, &TownHallPage::chooseExport);

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Summary of the town-hall brief"));
    m_summary->setMargin(4);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summaryPanel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_summaryPanel->setSubtitle(tr("Every sentence is made from figures in the tables below"));
    m_summaryPanel->setChart(m_summary);

    // In the brief's order: the whole audience, the fallers, then the risers.
    FigureTableOptions inOrder;
    inOrder.sortable = false;
    m_moversView = makeFigureTable(
        this, tr("Departments whose emotional capital rose or fell most"), m_moversModel, inOrder);
    m_moversView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moversView->horizontalHeader()->setSectionResizeMode(items::CapitalMoversModel::Department,
                                                           QHeaderView::Stretch);
    m_moversPanel->setTable(m_moversView);
    m_moversPanel->setMinimumHeight(200);
    openFiguresOnActivate(m_moversView, m_session);

    m_chartValues->setDisplayValues(true);
    m_chartModel->setSourceModel(m_chartValues);
    m_chartModel->setColumns(
        {items::CapitalMoversModel::Department, items::CapitalMoversModel::Change});
    m_moversChart->setModel(m_chartModel);
    m_moversChart->setValueTitle(tr("Change in ECI (points)"));
    m_moversChart->setAccessibleName(tr("Change in emotional capital by department"));
    m_moversChart->setMinimumHeight(200);
    m_chartPanel->setChart(m_moversChart);
    connect(m_moversChart, &BarChartView::barActivated, this, [this](int row, int) {
        openFigureAt(m_session, m_moversModel->index(row, items::CapitalMoversModel::After));
    });

    m_themesView->setModel(m_themesModel);
    m_themesView->setAccessibleName(tr("Themes of the staff questions still open"));
    m_themesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_themesView->setAlternatingRowColors(true);
    m_themesView->setUniformRowHeights(true);
    m_themesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_themesView->header()->setStretchLastSection(true);
    m_themesPanel->setTable(m_themesView);
    m_themesPanel->setMinimumHeight(200);

    m_peopleView = makeFigureTable(this, tr("People recognised by several colleagues"),
                                   makeSortProxy(m_peopleModel, this, Qt::CaseInsensitive));
    m_peopleView->sortByColumn(items::ShoutOutPeopleModel::Person, Qt::AscendingOrder);
    m_peopleView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_peopleView->horizontalHeader()->setSectionResizeMode(items::ShoutOutPeopleModel::Person,
                                                           QHeaderView::Stretch);
    m_peoplePanel->setTable(m_peopleView);
    m_peoplePanel->setMinimumHeight(200);

    m_teamsView = makeFigureTable(this, tr("Teams recognised in public channels"),
                                  makeSortProxy(m_teamsModel, this, Qt::CaseInsensitive));
    m_teamsView->sortByColumn(items::ShoutOutTeamsModel::PerMember, Qt::DescendingOrder);
    m_teamsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teamsView->horizontalHeader()->setStretchLastSection(true);
    m_teamsPanel->setTable(m_teamsView);
    openFiguresOnActivate(m_teamsView, m_session);

    m_leadersView = makeFigureTable(this, tr("Leaders' responsiveness"),
                                    makeSortProxy(m_leadersModel, this, Qt::CaseInsensitive));
    m_leadersView->sortByColumn(items::LeaderResponsivenessModel::Unanswered, Qt::DescendingOrder);
    m_leadersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leadersView->horizontalHeader()->setSectionResizeMode(
        items::LeaderResponsivenessModel::Leader, QHeaderView::Stretch);
    m_leadersPanel->setTable(m_leadersView);
    m_leadersPanel->setMinimumHeight(220);
    openFiguresOnActivate(m_leadersView, m_session);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    top->addWidget(m_pseudonymise);
    top->addWidget(m_export);
    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    grid->addWidget(m_summaryPanel, 0, 0, 1, 2);
    grid->addWidget(m_moversPanel, 1, 0);
    grid->addWidget(m_chartPanel, 1, 1);
    grid->addWidget(m_themesPanel, 2, 0, 1, 2);
    grid->addWidget(m_peoplePanel, 3, 0);
    grid->addWidget(m_teamsPanel, 3, 1);
    grid->addWidget(m_leadersPanel, 4, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(10);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addLayout(grid, 1);
    setScrollingContent(this, content);

    connect(&m_session, &DashboardSession::snapshotChanged, this, &TownHallPage::refresh);
    refresh();
}

TownHallPage::~TownHallPage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void TownHallPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void TownHallPage::refresh()
{
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const analytics::Snapshot> snapshot = m_session.snapshot();
    if (!snapshot || !snapshot->sources.isComplete()) {
        showEmpty(tr("No data yet: import an export (File > Import…) or open the demo "
                     "organisation (File > Open the Demo Organisation)."));
        return;
    }
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
        if (outcome.generation == m_generation && outcome.brief)
            showBrief(outcome.brief, outcome.snapshot, outcome.path);
    });
    watcher->setFuture(QtConcurrent::run([generation, snapshot, cancel, path] {
        Outcome outcome;
        outcome.generation = generation;
        outcome.snapshot = snapshot;
        outcome.path = path;
        // The questions' text, on a read-only connection of our own.
        std::unique_ptr<store::Database> database;
        if (!path.isEmpty()) {
            if (auto opened = store::Database::open(path, store::Database::Access::ReadOnly))
                database = std::move(opened).value();
        }
        outcome.brief = TownHallBrief::compute(
            *snapshot, database ? &database->connection() : nullptr, cancel.get());
        return outcome;
    }));
}

void TownHallPage::showEmpty(const QString &text)
{
    m_brief.reset();
    m_shownSnapshot.reset();
    for (items::TownHallTableModel *model : std::initializer_list<items::TownHallTableModel *>{
             m_moversModel, m_chartValues, m_peopleModel, m_teamsModel, m_leadersModel})
        model->setBrief({});
    m_themesModel->setBrief({});
    m_heading->setText(tr("Town-hall brief"));
    m_summary->clear();
    m_export->setEnabled(false);
    for (Panel *panel : {m_summaryPanel, m_moversPanel, m_chartPanel, m_themesPanel, m_peoplePanel,
                         m_teamsPanel, m_leadersPanel})
        panel->setEmptyText(text);
}

void TownHallPage::showBrief(std::shared_ptr<const TownHallBrief> brief,
                             std::shared_ptr<const analytics::Snapshot> snapshot,
                             const QString &path)
{
    if (!brief->from.isValid() || !brief->to.isValid() || brief->to < brief->from) {
        showEmpty(tr("No activity in this period: widen the date range in the filter bar."));
        Q_EMIT briefShown();
        return;
    }
    m_brief = brief;
    m_shownSnapshot = std::move(snapshot);
    m_shownPath = path;
    for (items::TownHallTableModel *model : std::initializer_list<items::TownHallTableModel *>{
             m_moversModel, m_chartValues, m_peopleModel, m_teamsModel, m_leadersModel})
        model->setBrief(brief);
    m_themesModel->setBrief(brief);
    m_themesView->expandAll();
    for (int row = 0; row < m_themesModel->rowCount(); ++row) {
        const QModelIndex theme = m_themesModel->index(row, 0);
        for (int sample = 0; sample < m_themesModel->rowCount(theme); ++sample)
            m_themesView->setFirstColumnSpanned(sample, theme, true);
    }
    double largest = 0;
    for (int row = 0; row < m_moversModel->rowCount(); ++row)
        largest = std::max(largest, std::abs(m_moversModel->moveAt(row)->change()));
    const double bound = chartstyle::niceCeiling(largest * 1.05);
    m_moversChart->setValueRange(-bound, bound);

    m_heading->setText(tr("Town-hall brief: %1").arg(report::TownHallReport::subtitle(*brief)));
    m_summary->setText(TownHallSummary::paragraph(TownHallSummary::sentences(*brief)));
    m_summaryPanel->setEmptyText({});
    m_export->setEnabled(true);
    describePanels(*brief);
    Q_EMIT briefShown();
}

void TownHallPage::describePanels(const TownHallBrief &brief)
{
    const QLocale locale;
    const analytics::CapitalMovers &movers = brief.movers;
    const QString hiddenText = TownHallSummary::hiddenText(brief);
    const QString hidden = hiddenText.isEmpty() ? QString() : QLatin1Char(' ') + hiddenText;
    const QString noMovers =
        tr("The data does not reach a whole window of %1 days before this period: choose a "
           "later start in the filter bar to compare the emotional capital.")
            .arg(brief.windowDays);
    m_moversPanel->setSubtitle(
        movers.before.isValid()
            ? tr("ECI over the %1 days to %2 against the %1 days to %3; the pillar that moved "
                 "most the same way. Double-click a figure to see how it was computed.%4")
                  .arg(brief.windowDays)
                  .arg(TownHallSummary::dateText(movers.after),
                       TownHallSummary::dateText(movers.before), hidden)
            : QString());
    m_moversPanel->setEmptyText(m_moversModel->rowCount() == 0 ? noMovers : QString());
    m_chartPanel->setSubtitle(tr("ECI after minus before, in points"));
    m_chartPanel->setEmptyText(m_moversModel->rowCount() == 0 ? noMovers : QString());

    m_themesPanel->setSubtitle(
        tr("%1 staff questions to leaders from %2 people are still waiting for an answer. A "
           "theme is a word shared by questions from at least %3 different people (privacy); "
           "expand a theme for the oldest examples.")
            .arg(locale.toString(brief.openQuestions), locale.toString(brief.openQuestionAuthors))
            .arg(brief.kText));
    QString noThemes;
    if (brief.openQuestions == 0)
        noThemes = tr("No staff question to a leader is waiting for an answer in this period.");
    else if (!brief.textsRead)
        noThemes = tr("The questions' text could not be read from the database.");
    else if (brief.themes.empty())
        noThemes = tr("No word is shared by open questions from %1 or more different people, "
                      "so no theme is shown (privacy). The Leaders page lists each leader's "
                      "questions.")
                       .arg(brief.kText);
    m_themesPanel->setEmptyText(noThemes);

    const QString publicOnly =
        tr("Recognitions in public channels (announcement, recognition, social, Q&A)");
    m_peoplePanel->setSubtitle(tr("%1 by at least %2 different people, listed by name")
                                   .arg(publicOnly)
                                   .arg(analytics::ShoutOutCandidates::minimumRecognisers));
    m_peoplePanel->setEmptyText(
        m_peopleModel->rowCount() == 0
            ? tr("Nobody was recognised by at least %1 different people in public channels in "
                 "this period.")
                  .arg(analytics::ShoutOutCandidates::minimumRecognisers)
            : QString());
    m_teamsPanel->setSubtitle(tr("%1, per member of staff").arg(publicOnly));
    m_teamsPanel->setEmptyText(m_teamsModel->rowCount() == 0
                                   ? tr("No team was recognised in a public channel in this "
                                        "period, or those recognised are too small to show.")
                                   : QString());
    m_leadersPanel->setSubtitle(
        tr("Reply rate (within %1 hours) and median time to the first reply over the period, "
           "from all staff; questions from the audience still unanswered. Double-click a "
           "figure to see how it was computed.")
            .arg(locale.toString(brief.replyWindowHours, 'g', 4)));
    m_leadersPanel->setEmptyText(
        m_leadersModel->rowCount() == 0
            ? tr("No staff comments to leaders in this period: widen the date range or choose "
                 "other departments.")
            : QString());
}

void TownHallPage::chooseExport()
{
    if (!m_brief)
        return;
    QString name = m_brief->audienceNames.isEmpty()
                       ? QStringLiteral("organisation")
                       : m_brief->audienceNames.join(QLatin1Char('-')).toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the Town-Hall Brief as PDF"),
        QStringLiteral("town-hall-%1-%2.pdf").arg(name, m_brief->to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path, m_pseudonymise->isChecked());
}

void TownHallPage::exportPdf(const QString &path, bool pseudonymise)
{
    const auto finished = [this, path](const QString &error) {
        --m_running;
        setBusy(m_running > 0);
        m_message->setText(error.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                                           : error);
        m_message->show();
        Q_EMIT pdfExported(path, error);
    };
    ++m_running;
    setBusy(true);
    if (!m_brief || !m_shownSnapshot) {
        finished(tr("Nothing to export yet: the brief is still being worked out."));
        return;
    }
    const quint64 generation = m_generation;
    const std::shared_ptr<const TownHallBrief> brief = m_brief;
    report::writeReportAsync(
        this, m_shownSnapshot, m_shownPath, pseudonymise, path,
        [this, generation, brief, pseudonymise]() -> std::optional<report::ReportDocument> {
            if (generation != m_generation)
                return std::nullopt; // the figures changed meanwhile
            report::ReportOptions options;
            options.pseudonymise = pseudonymise;
            return report::TownHallReport::build(brief, options);
        },
        finished);
}

} // namespace goodwill::ui
