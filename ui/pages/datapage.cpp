#include "datapage.h"

#include "choicedelegate.h"
#include "dashboardsession.h"
#include "items/channelsmodel.h"
#include "items/datatables.h"
#include "items/departmentslistmodel.h"
#include "items/importrunsmodel.h"
#include "items/peoplemodel.h"
#include "items/sourcesmodel.h"
#include "modelsettingsform.h"
#include "overridecommand.h"
#include "store/database.h"
#include "store/overrideedit.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QUndoStack>
#include <QVBoxLayout>

namespace goodwill::ui {
namespace {

QSortFilterProxyModel *makeProxy(QAbstractItemModel *source, QObject *parent)
{
    QSortFilterProxyModel *proxy = makeSortProxy(source, parent, Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

QLineEdit *makeSearch(const QString &placeholder, const QString &name, QWidget *parent)
{
    auto *search = new QLineEdit(parent);
    search->setPlaceholderText(placeholder);
    search->setAccessibleName(name);
    search->setClearButtonEnabled(true);
    return search;
}

QWidget *column(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    for (QWidget *widget : widgets)
        layout->addWidget(widget, qobject_cast<Panel *>(widget) ? 1 : 0);
    return page;
}

} // namespace

struct DataPage::Outcome
{
    quint64 generation = 0;
    QString path;
    QString error;
    std::shared_ptr<items::DataTables> tables;
};

DataPage::DataPage(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_busy(new QProgressBar(this)), m_message(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_undo(new QUndoStack(this)), m_sourcesModel(new items::SourcesModel(this)),
      m_runsModel(new items::ImportRunsModel(this)), m_peopleModel(new items::PeopleModel(this)),
      m_departmentsModel(new items::DepartmentsListModel(this)),
      m_channelsModel(new items::ChannelsModel(this)),
      m_sourcesProxy(makeProxy(m_sourcesModel, this)), m_runsProxy(makeProxy(m_runsModel, this)),
      m_peopleProxy(makeProxy(m_peopleModel, this)),
      m_departmentsProxy(makeProxy(m_departmentsModel, this)),
      m_channelsProxy(makeProxy(m_channelsModel, this)),
      m_peopleSearch(makeSearch(tr("Search people by name, e-mail, title, department or role…"),
                                tr("Search people"), this)),
      m_channelSearch(
          makeSearch(tr("Search channels by name, source or kind…"), tr("Search channels"), this)),
      m_report(new QPlainTextEdit(this)), m_sourcesPanel(new Panel(tr("Sources"), this)),
      m_runsPanel(new Panel(tr("Import runs"), this)),
      m_reportPanel(new Panel(tr("Import report"), this)),
      m_peoplePanel(new Panel(tr("People"), this)),
      m_departmentsPanel(new Panel(tr("Departments"), this)),
      m_channelsPanel(new Panel(tr("Channels"), this)),
      m_settingsForm(new ModelSettingsForm(session, this))
{
    m_summary->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedSize(120, 6);
    m_busy->setAccessibleName(tr("Reading the database"));
    m_busy->hide();
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_undo->setUndoLimit(100);

    // Sources, their runs, and the selected run's report.
    m_runsProxy->setFilterRole(items::ImportRunsModel::SourceIdRole);
    m_runsProxy->setFilterKeyColumn(0);
    m_sourcesView = makeTable(QStringLiteral("sourcesView"), tr("Sources"), m_sourcesProxy);
    m_sourcesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourcesPanel->setSubtitle(tr("Where the data came from; select one to list its imports"));
    m_sourcesPanel->setTable(m_sourcesView);
    m_runsView = makeTable(QStringLiteral("runsView"), tr("Import runs"), m_runsProxy);
    m_runsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runsView->sortByColumn(items::ImportRunsModel::Started, Qt::DescendingOrder);
    m_runsPanel->setSubtitle(tr("What each import added and skipped; select one for its report"));
    m_runsPanel->setTable(m_runsView);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setPlaceholderText(tr("Select an import run to see its report."));
    m_reportPanel->setChart(m_report);
    connect(m_sourcesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::showRunsOfSelectedSource);
    connect(m_runsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::showSelectedReport);
    auto *sourcesSplit = new QSplitter(Qt::Vertical, this);
    sourcesSplit->addWidget(m_sourcesPanel);
    sourcesSplit->addWidget(m_runsPanel);
    sourcesSplit->setStretchFactor(0, 1);
    sourcesSplit->setStretchFactor(1, 2);
    auto *sourcesPage = new QSplitter(Qt::Horizontal, this);
    sourcesPage->addWidget(sourcesSplit);
    sourcesPage->addWidget(m_reportPanel);
    sourcesPage->setStretchFactor(0, 3);
    sourcesPage->setStretchFactor(1, 2);

    // People, with the role override edited in place.
    m_peopleView = makeTable(QStringLiteral("peopleView"), tr("People"), m_peopleProxy);
    m_peopleView->sortByColumn(items::PeopleModel::Name, Qt::AscendingOrder);
    m_peopleView->setItemDelegateForColumn(items::PeopleModel::Override,
                                           new ChoiceDelegate(m_peopleView));
    m_peopleView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::SelectedClicked);
    m_peoplePanel->setSubtitle(
        tr("Everyone in the database. Only leaders get individual figures; the override "
           "(double-click it) sets the role a person counts under, whatever the sources say"));
    m_peoplePanel->setTable(m_peopleView);
    connect(m_peopleSearch, &QLineEdit::textChanged, m_peopleProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_peopleModel, &items::PeopleModel::roleOverrideRequested, this,
            &DataPage::requestRoleOverride);

    // Departments: double-click one to list its people.
    m_departmentsView =
        makeTable(QStringLiteral("departmentsView"), tr("Departments"), m_departmentsProxy);
    m_departmentsView->sortByColumn(items::DepartmentsListModel::Name, Qt::AscendingOrder);
    m_departmentsPanel->setSubtitle(
        tr("Headcounts today from the roster; double-click a department to list its people"));
    m_departmentsPanel->setTable(m_departmentsView);
    connect(m_departmentsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) {
                const QString name =
                    index.siblingAtColumn(items::DepartmentsListModel::Name).data().toString();
                m_peopleSearch->setText(name);
                m_tabs->setCurrentIndex(PeopleTab);
                m_peopleView->setFocus();
            });

    // Channels, with the kind override edited in place.
    m_channelsView = makeTable(QStringLiteral("channelsView"), tr("Channels"), m_channelsProxy);
    m_channelsView->sortByColumn(items::ChannelsModel::Name, Qt::AscendingOrder);
    m_channelsView->setItemDelegateForColumn(items::ChannelsModel::Override,
                                             new ChoiceDelegate(m_channelsView));
    m_channelsView->setEditTriggers(m_peopleView->editTriggers());
    m_channelsPanel->setSubtitle(
        tr("What each channel is for decides what counts as social, recognition or a "
           "question; the override (double-click it) wins over the name rules"));
    m_channelsPanel->setTable(m_channelsView);
    connect(m_channelSearch, &QLineEdit::textChanged, m_channelsProxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_channelsModel, &items::ChannelsModel::kindOverrideRequested, this,
            &DataPage::requestChannelKindOverride);

    m_tabs->addTab(sourcesPage, tr("&Sources"));
    m_tabs->addTab(column(this, {m_peopleSearch, m_peoplePanel}), tr("&People"));
    m_tabs->addTab(column(this, {m_departmentsPanel}), tr("&Departments"));
    m_tabs->addTab(column(this, {m_channelSearch, m_channelsPanel}), tr("&Channels"));
    m_tabs->addTab(m_settingsForm, tr("&Model settings"));
    m_tabs->setAccessibleName(tr("Data"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_busy, 0, Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    connect(&m_session, &DashboardSession::dataChanged, this, &DataPage::refresh);
    refresh();
}

DataPage::~DataPage()
{
    ++m_generation; // results still on their way are dropped
}

QTableView *DataPage::makeTable(const QString &name, const QString &accessibleName,
                                QSortFilterProxyModel *proxy)
{
    QTableView *view = makeFigureTable(this, accessibleName, proxy, {.highlightHeader = true});
    view->setObjectName(name);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    // Columns as wide as their contents and header (refresh() sizes them), never stretched:
    // a stretched last column took only the width left and cut its header when the others
    // filled the table (the Spanish "Última importación"); the table scrolls instead.
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}

bool DataPage::isBusy() const
{
    return m_running > 0;
}

QString DataPage::message() const
{
    return m_message->text();
}

void DataPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void DataPage::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

QString DataPage::readOnlyReason() const
{
    return tr("This database is open read-only, so overrides cannot be changed here. Goodwill "
              "never writes to a file it did not create (set people.role and channels.kind in "
              "the file itself) or to a file it cannot write.");
}

void DataPage::updateEditable()
{
    const bool editable = !m_session.isReadOnly();
    m_peopleModel->setEditable(editable, readOnlyReason());
    m_channelsModel->setEditable(editable, readOnlyReason());
}

void DataPage::refresh()
{
    const analytics::SnapshotSources sources = m_session.sources();
    const QString path = m_session.databasePath();
    if (!sources.dataset || !sources.settings || path.isEmpty()) {
        showEmpty(tr("No database is open. Import your data (File > Import…) or open the demo "
                     "database to see its sources, people, departments and channels here."));
        return;
    }
    const quint64 generation = ++m_generation;
    ++m_running;
    setBusy(true);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        --m_running;
        setBusy(m_running > 0);
        const Outcome outcome = watcher->result();
        if (outcome.generation != m_generation)
            return; // a newer dataset is being read
        if (!outcome.tables) {
            showEmpty(outcome.error);
            return;
        }
        if (outcome.path != m_shownPath) {
            m_undo->clear(); // the edits belonged to another file
            m_shownPath = outcome.path;
        }
        showTables(*outcome.tables);
    });
    watcher->setFuture(QtConcurrent::run(
        [generation, path, dataset = sources.dataset, settings = sources.settings] {
            Outcome outcome;
            outcome.generation = generation;
            outcome.path = path;
            auto database = store::Database::open(path, store::Database::Access::ReadOnly);
            if (!database) {
                outcome.error = database.error().message;
                return outcome;
            }
            auto tables = items::DataTables::load((*database)->connection(), *dataset, *settings,
                                                  QDate::currentDate());
            if (!tables) {
                outcome.error = tables.error().message;
                return outcome;
            }
            outcome.tables = std::make_shared<items::DataTables>(std::move(tables).value());
            return outcome;
        }));
}

void DataPage::showEmpty(const QString &text)
{
    m_sourcesModel->setSources({});
    m_runsModel->setRuns({});
    m_peopleModel->setPeople({});
    m_departmentsModel->setDepartments({});
    m_channelsModel->setChannels({});
    m_report->clear();
    for (Panel *panel : {m_sourcesPanel, m_runsPanel, m_reportPanel, m_peoplePanel,
                         m_departmentsPanel, m_channelsPanel})
        panel->setEmptyText(text);
    m_summary->setText(tr("Data"));
}

void DataPage::showTables(items::DataTables &tables)
{
    const QLocale locale;
    m_summary->setText(tr("People: %1 · Departments: %2 · Channels: %3 · Sources: %4%5")
                           .arg(locale.toString(qlonglong(tables.people.size())),
                                locale.toString(qlonglong(tables.departments.size())),
                                locale.toString(qlonglong(tables.channels.size())),
                                locale.toString(qlonglong(tables.sources.size())),
                                m_session.isReadOnly()
                                    ? tr(" · read-only: overrides cannot be changed")
                                    : QString()));
    m_summary->setToolTip(m_session.isReadOnly() ? readOnlyReason() : QString());
    const auto emptyOr = [](Panel *panel, bool empty, const QString &text) {
        panel->setEmptyText(empty ? text : QString());
    };
    emptyOr(m_sourcesPanel, tables.sources.empty(),
            tr("No sources yet. Import an export (File > Import…) to add one."));
    emptyOr(m_runsPanel, tables.runs.empty(),
            tr("No import runs are recorded (the demo and warehouse loads write none). "
               "Import an export (File > Import…) to see what it added here."));
    emptyOr(m_reportPanel, tables.runs.empty(),
            tr("Reports appear here for the imports Goodwill made."));
    emptyOr(m_peoplePanel, tables.people.empty(),
            tr("No people yet. Import a roster or an export (File > Import…)."));
    emptyOr(m_departmentsPanel, tables.departments.empty(),
            tr("No departments: import a roster (File > Import…) to place people in them."));
    emptyOr(m_channelsPanel, tables.channels.empty(),
            tr("No channels yet. Import an export (File > Import…)."));

    m_sourcesModel->setSources(std::move(tables.sources));
    m_runsModel->setRuns(std::move(tables.runs));
    m_peopleModel->setPeople(std::move(tables.people));
    m_departmentsModel->setDepartments(std::move(tables.departments));
    m_channelsModel->setChannels(std::move(tables.channels));
    updateEditable();
    for (QTableView *view :
         {m_sourcesView, m_runsView, m_peopleView, m_departmentsView, m_channelsView})
        view->resizeColumnsToContents();
    showRunsOfSelectedSource();
    Q_EMIT tablesShown();
}

void DataPage::showRunsOfSelectedSource()
{
    const QModelIndexList rows = m_sourcesView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_runsProxy->setFilterRegularExpression(QString());
        m_runsPanel->setTitle(tr("Import runs"));
    } else {
        const items::SourceRow &source =
            m_sourcesModel->source(m_sourcesProxy->mapToSource(rows.first()).row());
        m_runsProxy->setFilterRegularExpression(
            QRegularExpression(QRegularExpression::anchoredPattern(QString::number(source.id))));
        m_runsPanel->setTitle(tr("Import runs of %1").arg(source.name));
    }
    if (m_runsProxy->rowCount() > 0)
        m_runsView->selectRow(0);
    showSelectedReport();
}

void DataPage::showSelectedReport()
{
    const QModelIndexList rows = m_runsView->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_report->clear();
        return;
    }
    const items::ImportRunRow &run = m_runsModel->run(m_runsProxy->mapToSource(rows.first()).row());
    m_report->setPlainText(run.reportText());
    m_reportPanel->setTitle(tr("Import report: %1").arg(run.fileName));
}

bool DataPage::canOverride(bool settable)
{
    if (m_session.isReadOnly()) {
        setMessage(readOnlyReason(), true);
        return false;
    }
    if (!settable) {
        setMessage(tr("That override cannot be set."), true);
        return false;
    }
    return true;
}

bool DataPage::pushOverride(const QString &text, const QString &before, const QString &after,
                            std::function<bool(const QString &path, const QString &value)> write)
{
    const QString path = m_session.databasePath();
    m_lastWriteOk = false; // the command's first redo writes (a refused one is dropped)
    m_undo->push(new OverrideCommand(text, before, after,
                                     [this, path, write = std::move(write)](const QString &v) {
                                         return m_lastWriteOk = write(path, v);
                                     }));
    return m_lastWriteOk;
}

bool DataPage::canWrite(const QString &path)
{
    if (path != m_session.databasePath()) {
        setMessage(tr("This edit belongs to a database that is no longer open."), true);
        return false;
    }
    if (m_session.isReadOnly()) {
        setMessage(readOnlyReason(), true);
        return false;
    }
    return true;
}

bool DataPage::requestRoleOverride(qint64 personId, const QString &role)
{
    const int row = m_peopleModel->rowOfPerson(personId);
    const auto requested = store::personRoleFromString(role.toStdString());
    if (!canOverride(row >= 0 && (role.isEmpty() || requested)))
        return false;
    const items::PersonRow &person = m_peopleModel->person(row);
    const QString before = person.roleOverride
                               ? QString::fromLatin1(store::toString(*person.roleOverride))
                               : QString();
    if (before == role)
        return true;
    const QString text = requested
                             ? tr("Count %1 as %2").arg(person.name, items::roleLabel(*requested))
                             : tr("Remove the role override of %1").arg(person.name);
    return pushOverride(text, before, role,
                        [this, personId](const QString &path, const QString &v) {
                            return writeRoleOverride(path, personId, v);
                        });
}

bool DataPage::requestChannelKindOverride(qint64 channelId, const QString &kind)
{
    const int row = m_channelsModel->rowOfChannel(channelId);
    const auto requested = store::channelKindFromString(kind.toStdString());
    if (!canOverride(row >= 0 && (kind.isEmpty() || requested)))
        return false;
    const items::ChannelRow &channel = m_channelsModel->channel(row);
    const QString before = channel.kindOverride
                               ? QString::fromLatin1(store::toString(*channel.kindOverride))
                               : QString();
    if (before == kind)
        return true;
    const QString text = requested
                             ? tr("Count #%1 as %2").arg(channel.name, items::kindLabel(*requested))
                             : tr("Remove the kind override of #%1").arg(channel.name);
    return pushOverride(text, before, kind,
                        [this, channelId](const QString &path, const QString &v) {
                            return writeChannelKindOverride(path, channelId, v);
                        });
}

bool DataPage::writeRoleOverride(const QString &path, qint64 personId, const QString &role)
{
    if (!canWrite(path))
        return false;
    const auto value = store::personRoleFromString(role.toStdString());
    ++m_generation; // tables being read now are stale; the reload reads them again
    if (auto written = store::OverrideEdit::setRoleOverride(path, personId, value); !written) {
        setMessage(written.error().message, true);
        return false;
    }
    m_peopleModel->setRoleOverride(personId, value);
    const int row = m_peopleModel->rowOfPerson(personId);
    const QString name = row >= 0 ? m_peopleModel->person(row).name : QString::number(personId);
    setMessage(value ? tr("The role of %1 is now %2; every figure is being worked out again.")
                           .arg(name, items::roleLabel(*value))
                     : tr("%1 counts under their own role again; every figure is being worked "
                          "out again.")
                           .arg(name),
               false);
    m_session.reload();
    return true;
}

bool DataPage::writeChannelKindOverride(const QString &path, qint64 channelId, const QString &kind)
{
    if (!canWrite(path))
        return false;
    const auto value = store::channelKindFromString(kind.toStdString());
    ++m_generation;
    if (auto written = store::OverrideEdit::setChannelKindOverride(path, channelId, value);
        !written) {
        setMessage(written.error().message, true);
        return false;
    }
    m_channelsModel->setKindOverride(channelId, value);
    const int row = m_channelsModel->rowOfChannel(channelId);
    if (row >= 0) {
        const items::ChannelRow &channel = m_channelsModel->channel(row);
        setMessage(tr("#%1 now counts as %2; every figure is being worked out again.")
                       .arg(channel.name, items::kindLabel(channel.effectiveKind)),
                   false);
    }
    m_session.reload();
    return true;
}

} // namespace goodwill::ui
