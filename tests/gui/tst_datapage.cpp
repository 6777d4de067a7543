#include "dashboardsession.h"
#include "items/channelsmodel.h"
#include "items/departmentslistmodel.h"
#include "items/importrunsmodel.h"
#include "items/peoplemodel.h"
#include "items/signalsettingsmodel.h"
#include "items/sourcesmodel.h"
#include "pages/datapage.h"
#include "pages/modelsettingsform.h"
#include "pages/overridecommand.h"
#include "state/appsettings.h"
#include "store/database.h"
#include "store/sqliteconnection.h"
#include "testdatabase.h"
#include "widgets/panel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace goodwill;
using items::PeopleModel;

// The Data page on a copy of the demo database (the shared one is never changed): role and
// channel-kind overrides written, counted after the reload and undone; model settings
// applied and reset; a read-only database refusing edits.
class TestDataPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    QString m_modelFile;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<ui::DataPage> m_page;

    // Waits for the reload an edit started: new figures, and the page's tables read again.
    bool waitForReload(QSignalSpy &snapshots, QSignalSpy &tables)
    {
        return QTest::qWaitFor(
            [&] {
                return snapshots.size() > 0 && tables.size() > 0 && !m_session->isBusy() &&
                       !m_page->isBusy();
            },
            60000);
    }

    bool isLeaderInSnapshot(const QString &email) const
    {
        for (const auto &leader : m_session->snapshot()->leaders) {
            if (leader.email == email)
                return true;
        }
        return false;
    }

    QString text(const char *sql)
    {
        auto db = store::Database::open(m_database, store::Database::Access::ReadOnly);
        if (!db)
            return QStringLiteral("<error>");
        auto statement = (*db)->connection().prepare(sql);
        if (!statement || statement->step() != store::SqliteStatement::Step::Row)
            return QStringLiteral("<error>");
        return statement->isNull(0) ? QStringLiteral("<null>") : statement->text(0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString demo = testing::sharedDemo();
        QVERIFY(!demo.isEmpty());
        m_database = m_dir.filePath(QStringLiteral("demo-copy.goodwill"));
        QVERIFY(QFile::copy(demo, m_database));
        QFile::setPermissions(m_database, QFile::ReadOwner | QFile::WriteOwner);
        m_modelFile = m_dir.filePath(QStringLiteral("config/model.json"));
        m_settings = std::make_unique<state::AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_settings->setValue(state::AppSettings::Key::ModelFile, m_modelFile);
        m_session = std::make_unique<ui::DashboardSession>(*m_settings);
        m_session->load(m_database);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 60000);
        QCOMPARE(m_session->modelFilePath(), m_modelFile);
        m_page = std::make_unique<ui::DataPage>(*m_session);
        m_page->resize(1400, 1000);
        m_page->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->peopleModel()->rowCount() > 0 && !m_page->isBusy(), 60000);
    }

    void listsTheDemo()
    {
        QAbstractItemModelTester sources(m_page->sourcesModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester runs(m_page->runsModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester people(m_page->peopleProxy(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester departments(
            m_page->departmentsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester channels(m_page->channelsProxy(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto dataset = m_session->sources().dataset;
        QCOMPARE(m_page->peopleModel()->rowCount(), int(dataset->people().size()));
        QCOMPARE(m_page->channelsModel()->rowCount(), int(dataset->channels().size()));
        QCOMPARE(m_page->departmentsModel()->rowCount(), int(dataset->departments().size()));
        QCOMPARE(m_page->sourcesModel()->rowCount(), int(dataset->sources().size()));
        QVERIFY(!m_page->sourcesPanel()->isShowingEmpty());
        QVERIFY(m_page->peopleModel()->isEditable());

        // Search narrows the people; a department's double-click lists its people.
        const int everyone = m_page->peopleProxy()->rowCount();
        m_page->peopleSearch()->setText(m_page->peopleModel()->person(0).email);
        QCOMPARE(m_page->peopleProxy()->rowCount(), 1);
        m_page->peopleSearch()->clear();
        QCOMPARE(m_page->peopleProxy()->rowCount(), everyone);
        const QModelIndex department = m_page->departmentsProxy()->index(0, 0);
        Q_EMIT m_page->departmentsView()->activated(department);
        QCOMPARE(m_page->tabs()->currentIndex(), int(ui::DataPage::PeopleTab));
        QCOMPARE(m_page->peopleSearch()->text(), department.data().toString());
        QVERIFY(m_page->peopleProxy()->rowCount() > 0);
        QVERIFY(m_page->peopleProxy()->rowCount() < everyone);
        m_page->peopleSearch()->clear();
    }

    void headersAreNeverCut()
    {
        // A page filled while too narrow for every column (as the Spanish "Última
        // importación" was): each column keeps at least its header's width; the table
        // scrolls instead.
        // Filled while hidden (another page of the window is shown), then shown.
        ui::DataPage page(*m_session);
        page.resize(700, 700);
        QTRY_VERIFY_WITH_TIMEOUT(page.peopleModel()->rowCount() > 0 && !page.isBusy(), 60000);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const std::pair<ui::DataPage::Tab, QTableView *> views[] = {
            {ui::DataPage::SourcesTab, page.sourcesView()},
            {ui::DataPage::SourcesTab, page.runsView()},
            {ui::DataPage::PeopleTab, page.peopleView()},
            {ui::DataPage::DepartmentsTab, page.departmentsView()},
            {ui::DataPage::ChannelsTab, page.channelsView()}};
        for (const auto &[tab, view] : views) {
            page.tabs()->setCurrentIndex(tab);
            QTest::qWait(0);
            const QHeaderView *header = view->horizontalHeader();
            for (int column = 0; column < header->count(); ++column) {
                const QString what = QStringLiteral("%1, column %2: %3 < %4")
                                         .arg(view->objectName())
                                         .arg(column)
                                         .arg(header->sectionSize(column))
                                         .arg(header->sectionSizeHint(column));
                QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                         qPrintable(what));
            }
        }
    }

    void commandWritesAndIsDroppedWhenItCannot()
    {
        QUndoStack stack;
        int attempts = 0;
        stack.push(new ui::OverrideCommand(QStringLiteral("refused"), QString(),
                                           QStringLiteral("leader"), [&](const QString &) {
                                               ++attempts;
                                               return false;
                                           }));
        QCOMPARE(attempts, 1);
        QCOMPARE(stack.count(), 0); // nothing to undo for an edit that never happened
        QString written;
        stack.push(new ui::OverrideCommand(QStringLiteral("made leader"), QStringLiteral("staff"),
                                           QStringLiteral("leader"), [&](const QString &value) {
                                               written = value;
                                               return true;
                                           }));
        QCOMPARE(written, QStringLiteral("leader"));
        QCOMPARE(stack.undoText(), QStringLiteral("made leader"));
        stack.undo();
        QCOMPARE(written, QStringLiteral("staff"));
        stack.redo();
        QCOMPARE(written, QStringLiteral("leader"));
    }

    void roleOverrideCountsAndUndoes()
    {
        // A staff member of a department, not overridden.
        const PeopleModel &people = *m_page->peopleModel();
        int row = -1;
        for (int r = 0; r < people.rowCount() && row < 0; ++r) {
            const auto &p = people.person(r);
            if (p.effectiveRole == store::PersonRole::Staff && !p.roleOverride &&
                !p.department.isEmpty() && !p.email.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = people.person(row).id;
        const QString email = people.person(row).email;
        QVERIFY(!isLeaderInSnapshot(email));

        QSignalSpy snapshots(m_session.get(), &ui::DashboardSession::snapshotChanged);
        QSignalSpy tables(m_page.get(), &ui::DataPage::tablesShown);
        // As the combo box does it: setData on the Override cell, through the proxy.
        const QModelIndex cell =
            m_page->peopleProxy()->mapFromSource(people.index(row, PeopleModel::Override));
        QVERIFY(m_page->peopleProxy()->setData(cell, QStringLiteral("leader")));
        QCOMPARE(m_page->undoStack()->count(), 1);
        QCOMPARE(people.person(people.rowOfPerson(id)).roleOverride,
                 std::optional(store::PersonRole::Leader));
        QVERIFY2(m_page->message().contains(people.person(people.rowOfPerson(id)).name),
                 qPrintable(m_page->message()));
        QVERIFY(waitForReload(snapshots, tables));
        QVERIFY(isLeaderInSnapshot(email));
        QCOMPARE(text(qPrintable(
                     QStringLiteral("SELECT role_override FROM people WHERE id = %1").arg(id))),
                 QStringLiteral("leader"));
        // The tables read again show what every figure counts.
        QCOMPARE(int(people.person(people.rowOfPerson(id)).effectiveRole),
                 int(store::PersonRole::Leader));

        snapshots.clear();
        tables.clear();
        m_page->undoStack()->undo();
        QVERIFY(waitForReload(snapshots, tables));
        QVERIFY(!isLeaderInSnapshot(email));
        QCOMPARE(text(qPrintable(
                     QStringLiteral("SELECT role_override FROM people WHERE id = %1").arg(id))),
                 QStringLiteral("<null>"));
        QCOMPARE(int(people.person(people.rowOfPerson(id)).effectiveRole),
                 int(store::PersonRole::Staff));

        snapshots.clear();
        tables.clear();
        m_page->undoStack()->redo();
        QVERIFY(waitForReload(snapshots, tables));
        QVERIFY(isLeaderInSnapshot(email));
        snapshots.clear();
        tables.clear();
        m_page->undoStack()->undo();
        QVERIFY(waitForReload(snapshots, tables));
        QVERIFY(!isLeaderInSnapshot(email));
    }

    void channelKindOverride()
    {
        const items::ChannelsModel &channels = *m_page->channelsModel();
        int row = -1;
        for (int r = 0; r < channels.rowCount() && row < 0; ++r) {
            if (channels.channel(r).effectiveKind == store::ChannelKind::Work &&
                !channels.channel(r).kindOverride)
                row = r;
        }
        QVERIFY(row >= 0);
        const qint64 id = channels.channel(row).id;
        QSignalSpy snapshots(m_session.get(), &ui::DashboardSession::snapshotChanged);
        QSignalSpy tables(m_page.get(), &ui::DataPage::tablesShown);
        // As a user does it: double-click the Override cell, choose Social in the combo box.
        m_page->tabs()->setCurrentIndex(ui::DataPage::ChannelsTab);
        QTableView *view = m_page->channelsView();
        const QModelIndex cell = m_page->channelsProxy()->mapFromSource(
            channels.index(row, items::ChannelsModel::Override));
        view->scrollTo(cell);
        view->setCurrentIndex(cell);
        view->edit(cell);
        auto *combo = view->viewport()->findChild<QComboBox *>();
        QVERIFY(combo);
        const int social = combo->findData(QStringLiteral("social"));
        QVERIFY(social > 0);
        QCOMPARE(combo->itemText(social), QStringLiteral("Social"));
        combo->setCurrentIndex(social);
        Q_EMIT combo->activated(social);
        QCOMPARE(m_page->undoStack()->count(), 1);
        QVERIFY2(m_page->message().contains(channels.channel(row).name),
                 qPrintable(m_page->message()));
        QVERIFY(waitForReload(snapshots, tables));
        const auto dataset = m_session->sources().dataset;
        const auto found = std::find_if(dataset->channels().begin(), dataset->channels().end(),
                                        [&](const auto &c) { return c.id == id; });
        QVERIFY(found != dataset->channels().end());
        QCOMPARE(int(found->kind), int(store::ChannelKind::Social));
        QCOMPARE(text(qPrintable(
                     QStringLiteral("SELECT kind_override FROM channels WHERE id = %1").arg(id))),
                 QStringLiteral("social"));
        QCOMPARE(int(channels.channel(channels.rowOfChannel(id)).effectiveKind),
                 int(store::ChannelKind::Social));
        QVERIFY(m_page->undoStack()->canUndo());
        QCOMPARE(m_page->undoStack()->undoText(),
                 QStringLiteral("Count #%1 as Social").arg(channels.channel(row).name));

        snapshots.clear();
        tables.clear();
        m_page->undoStack()->undo();
        QVERIFY(waitForReload(snapshots, tables));
        QCOMPARE(text(qPrintable(
                     QStringLiteral("SELECT kind_override FROM channels WHERE id = %1").arg(id))),
                 QStringLiteral("<null>"));
    }

    void modelSettingsApplyAndReset()
    {
        ui::ModelSettingsForm &form = *m_page->settingsForm();
        QAbstractItemModelTester signalTester(
            form.signalModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(form.kEdit()->value(), 5);
        QVERIFY(!form.applyButton()->isEnabled());
        // The editor refuses what the model file would: k below 2, a window over 730 days.
        QCOMPARE(form.kEdit()->minimum(), 2);
        QCOMPARE(form.windowDaysEdit()->maximum(), 730);

        QSignalSpy snapshots(m_session.get(), &ui::DashboardSession::snapshotChanged);
        QSignalSpy tables(m_page.get(), &ui::DataPage::tablesShown);
        form.kEdit()->setValue(7);
        QVERIFY(form.applyButton()->isEnabled());
        QVERIFY(form.apply());
        QVERIFY(waitForReload(snapshots, tables));
        QCOMPARE(m_session->snapshot()->sources.settings->k, 7);
        QFile file(m_modelFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object(),
                 QJsonDocument::fromJson(R"({"privacy": {"k": 7}})").object());
        file.close();
        QVERIFY(!form.applyButton()->isEnabled());
        QVERIFY(form.resetButton()->isEnabled());

        snapshots.clear();
        tables.clear();
        QVERIFY(form.resetToDefaults());
        QVERIFY(waitForReload(snapshots, tables));
        QVERIFY(!QFile::exists(m_modelFile));
        QCOMPARE(m_session->snapshot()->sources.settings->k, 5);
        QCOMPARE(form.kEdit()->value(), 5);
        QVERIFY(!form.resetButton()->isEnabled());

        // A floor equal to its target is refused in the signal table.
        items::SignalSettingsModel &signals = *form.signalModel();
        QVERIFY(!signals.setData(signals.index(3, items::SignalSettingsModel::Target), 0.0));
        // All pillars weighted 0: no ECI, refused at Apply.
        for (int p = 0; p < 4; ++p)
            form.pillarWeightEdit(p)->setValue(0);
        QVERIFY(!form.apply());
        QVERIFY(form.message().contains(QStringLiteral("pillar")));
        QVERIFY(!QFile::exists(m_modelFile));
        form.revert();
        QVERIFY(!form.hasChanges());
    }

    // A database Goodwill did not create opens read-only: overrides disabled, edits refused.
    void readOnlyDatabaseRefusesEdits()
    {
        const QString foreign = m_dir.filePath(QStringLiteral("foreign.goodwill"));
        QVERIFY(QFile::copy(m_database, foreign));
        QFile::setPermissions(foreign, QFile::ReadOwner | QFile::WriteOwner);
        {
            auto connection = store::SqliteConnection::open(QFile::encodeName(foreign),
                                                            SQLITE_OPEN_READWRITE, foreign);
            QVERIFY(connection);
            QVERIFY(connection->execute("PRAGMA journal_mode = DELETE"));
            QVERIFY(connection->execute("PRAGMA application_id = 0"));
        }
        QSignalSpy tables(m_page.get(), &ui::DataPage::tablesShown);
        m_session->load(foreign);
        QVERIFY(QTest::qWaitFor(
            [&] { return tables.size() > 0 && !m_session->isBusy() && !m_page->isBusy(); }, 60000));
        QVERIFY(m_session->isReadOnly());
        QCOMPARE(m_page->undoStack()->count(), 0); // the edits belonged to the other file
        const QByteArray before = testing::fileBytes(foreign);

        const PeopleModel &people = *m_page->peopleModel();
        const QModelIndex cell = people.index(0, PeopleModel::Override);
        QVERIFY(!people.isEditable());
        QVERIFY(!(people.flags(cell) & Qt::ItemIsEditable));
        QVERIFY(
            people.data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("read-only")));
        QVERIFY(!m_page->channelsModel()->isEditable());
        QVERIFY(!m_page->requestRoleOverride(people.person(0).id, QStringLiteral("leader")));
        QVERIFY(m_page->message().contains(QStringLiteral("read-only")));
        QVERIFY(!m_page->requestChannelKindOverride(m_page->channelsModel()->channel(0).id,
                                                    QStringLiteral("qa")));
        QCOMPARE(m_page->undoStack()->count(), 0);
        QCOMPARE(testing::fileBytes(foreign), before);
    }
};

QTEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
