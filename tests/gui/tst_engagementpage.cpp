#include "../unit/engagementfixture.h"
#include "analytics/engagementnudges.h"
#include "charts/trendchartview.h"
#include "dashboardsession.h"
#include "items/bestpostsmodel.h"
#include "items/engagementquestionsmodel.h"
#include "items/leaderpercentilemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/localeformat.h"
#include "items/notrecogniseddepartmentsmodel.h"
#include "items/notrecognisedpeoplemodel.h"
#include "items/nudgesmodel.h"
#include "pages/engagementpage.h"
#include "report/engagementreport.h"
#include "state/appsettings.h"
#include "store/sqliteconnection.h"
#include "testdatabase.h"
#include "widgets/leaderpicker.h"
#include "widgets/panel.h"
#include "widgets/statcard.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace goodwill;

// My engagement on the demo organisation (docs/demo.md): Daniel Okafor, VP Engineering,
// answers almost no one until October 2025 and most staff from November 2025 (month 13);
// no leader ever recognises anyone in Field Operations.
class TestEngagementPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<ui::EngagementPage> m_page;
    std::int32_t m_daniel = -1;

    bool waitFor(QDate from, QDate to)
    {
        return QTest::qWaitFor(
            [&] {
                const auto &e = m_page->engagement();
                return e && e->leader == m_daniel && e->from == from && e->to == to &&
                       !m_page->isBusy();
            },
            60000);
    }
    void setPeriod(QDate from, QDate to)
    {
        analytics::DashboardFilter filter = m_session->filter();
        filter.from = from;
        filter.to = to;
        filter.granularity = analytics::Granularity::Month;
        m_session->setFilter(filter);
    }
    std::int64_t handledRows()
    {
        auto db =
            store::Database::open(m_session->databasePath(), store::Database::Access::ReadOnly);
        return db ? testing::queryInt((*db)->connection(), "SELECT count(*) FROM handled_questions")
                  : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        const QString demo = testing::sharedDemo();
        QVERIFY(!demo.isEmpty());
        m_settings = std::make_unique<state::AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_session = std::make_unique<ui::DashboardSession>(*m_settings);
        m_session->load(demo);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 60000);
        m_page = std::make_unique<ui::EngagementPage>(*m_session, *m_settings);
        m_page->resize(1400, 1600);
        m_page->show();
        m_daniel = m_session->snapshot()->sources.dataset->personIndexOfEmail(
            QStringLiteral("daniel.okafor@brightwater.example"));
        QVERIFY(m_daniel >= 0);
    }

    void choosingWhoYouAre()
    {
        // Nobody chosen yet: every panel says what to do.
        QVERIFY(!m_page->engagement());
        for (ui::Panel *panel : m_page->panels())
            QVERIFY2(panel->emptyText().contains(QStringLiteral("Choose who you are")),
                     qPrintable(panel->title()));
        ui::LeaderPicker *picker = m_page->leaderPicker();
        QVERIFY(picker->count() > 10);
        const int row = picker->findText(QStringLiteral("Daniel Okafor"), Qt::MatchStartsWith);
        QVERIFY(row >= 0);
        QVERIFY(picker->itemText(row).contains(QStringLiteral("VP Engineering")));
        picker->setCurrentIndex(row);
        Q_EMIT picker->activated(row);
        const auto snapshot = m_session->snapshot();
        QVERIFY(waitFor(snapshot->from, snapshot->to));
        QCOMPARE(m_settings->value(state::AppSettings::Key::EngagementLeader).toString(),
                 QStringLiteral("daniel.okafor@brightwater.example"));
        // A second page on the same settings remembers him.
        ui::EngagementPage again(*m_session, *m_settings);
        QTRY_VERIFY_WITH_TIMEOUT(again.engagement() && again.engagement()->leader == m_daniel,
                                 60000);
        QCOMPARE(again.leaderPicker()->leader(), m_daniel);
    }

    void vpRepliesMoreFromMonth13()
    {
        // His first year, then his second (the demo runs November 2024 - October 2026).
        setPeriod(QDate(2024, 11, 1), QDate(2025, 10, 31));
        QVERIFY(waitFor(QDate(2024, 11, 1), QDate(2025, 10, 31)));
        const analytics::LeaderEngagement first = *m_page->engagement();
        setPeriod(QDate(2025, 11, 1), QDate(2026, 10, 31));
        QVERIFY(waitFor(QDate(2025, 11, 1), QDate(2026, 10, 31)));
        const analytics::LeaderEngagement &second = *m_page->engagement();
        qInfo("Daniel Okafor: reply rate %.2f then %.2f; unanswered questions %zu then %zu",
              first.stats.replyRate.value_or(-1), second.stats.replyRate.value_or(-1),
              first.detail.unanswered.size(), second.detail.unanswered.size());
        QVERIFY(*second.stats.replyRate > *first.stats.replyRate + 0.4);
        // He answers about 4% of comments, then about 70% (docs/demo.md): at most 30% of
        // the questions stay open in the second year against at least 96% in the first.
        QVERIFY(second.detail.unanswered.size() * 3 < first.detail.unanswered.size());
        {
            QElapsedTimer timer;
            timer.start();
            const auto again = analytics::LeaderEngagement::load(*m_session->snapshot(), m_daniel,
                                                                 m_session->databasePath());
            QVERIFY(again);
            qInfo("LeaderEngagement::load on the demo (a year): %lld ms", timer.elapsed());
        }
        // His percentile for the reply rate climbs with it.
        const auto rate = [](const analytics::LeaderEngagement &e) {
            for (const auto &p : e.percentiles) {
                if (p.figure == u"replyRate")
                    return p.percentile.value_or(-1);
            }
            return -1.0;
        };
        QVERIFY(rate(second) > rate(first));

        // The page shows it: a point a month on the trend, every panel filled.
        QAbstractItemModelTester trendTester(
            m_page->trendModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m_page->trendModel()->rowCount(), 12);
        QCOMPARE(m_page->replyRateChart()->pointCount(1), 12);
        for (ui::Panel *panel : m_page->panels())
            QVERIFY2(!panel->isShowingEmpty(), qPrintable(panel->title()));
        QVERIFY(m_page->goalCard(1)->value().contains(QStringLiteral("/ 5")));
        QCOMPARE(m_page->goalCard(3)->value(), analytics::personaName(second.persona.persona));
        QVERIFY(!m_page->personaLabel()->text().isEmpty());

        // His own goals, remembered, instead of the model file's; then the model file's again.
        analytics::GoalSettings mine;
        mine.postsPerWeek = 1;
        mine.repliesPerWeek = 40;
        mine.recognitionsPerWeek = 1;
        // In a locale that groups digits (the C locale does not), so that the card's counts
        // show their grouping: his second year has over a thousand replies (docs/demo.md).
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_page->setGoals(mine);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->engagement()->ownGoals && !m_page->isBusy(), 60000);
        QLocale::setDefault(QLocale::c());
        QCOMPARE(m_page->engagement()->goals[1].goal, 40.0);
        QVERIFY(m_page->goalCard(1)->value().endsWith(QStringLiteral("/ 40")));
        {
            const analytics::GoalProgress &replies = m_page->engagement()->goals[1];
            QVERIFY(replies.count >= 1000 && !replies.met());
            const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
            // 40 a week over 365 days: ceil(40 × 365 / 7) = 2,086 replies.
            QCOMPARE(replies.target, 2086);
            QCOMPARE(m_page->goalCard(1)->detail(),
                     QStringLiteral("%1 in the period, %2 short of 2,086")
                         .arg(uk.toString(replies.count), uk.toString(2086 - replies.count)));
            QVERIFY2(m_page->goalCard(1)->detail().contains(QLatin1Char(',')),
                     qPrintable(m_page->goalCard(1)->detail()));
        }
        QCOMPARE(m_settings->value(state::AppSettings::Key::EngagementGoals).toList().size(), 3);
        m_page->setGoals(std::nullopt);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->engagement()->ownGoals && !m_page->isBusy(), 60000);
        QCOMPARE(m_page->engagement()->goals[1].goal, 5.0);
    }

    void fieldOperationsIsABlindSpot()
    {
        const analytics::LeaderEngagement &e = *m_page->engagement();
        const auto field = std::find_if(
            e.departmentsNotRecognised.begin(), e.departmentsNotRecognised.end(),
            [](const auto &d) { return d.name == QStringLiteral("Field Operations"); });
        QVERIFY(field != e.departmentsNotRecognised.end());
        QVERIFY(field->noLeader);
        QVERIFY(!field->lastRecognised);
        QAbstractItemModelTester tester(m_page->departmentsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto *model = m_page->departmentsModel();
        bool shown = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, 0).data().toString() == QStringLiteral("Field Operations"))
                shown = model->index(r, items::NotRecognisedDepartmentsModel::AnyLeader)
                            .data()
                            .toString()
                            .contains(QStringLiteral("blind spot"));
        }
        QVERIFY(shown);
        const auto &nudges = m_page->nudgesModel()->nudges();
        QVERIFY(std::any_of(nudges.begin(), nudges.end(), [](const analytics::Nudge &n) {
            return n.kind == analytics::Nudge::Kind::BlindSpot &&
                   n.text.contains(QStringLiteral("Field Operations"));
        }));
        QAbstractItemModelTester people(m_page->peopleModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester posts(m_page->postsModel(),
                                       QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_page->postsModel()->rowCount() > 0);
        QVERIFY(!m_page->postsModel()->rows().front().text.isEmpty());
    }

    void markHandledIsStoredAndUndoable()
    {
        QAbstractItemModelTester tester(m_page->questionsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int open = m_page->questionsModel()->rowCount();
        QVERIFY(open > 0);
        const std::int32_t question = m_page->questionsModel()->rows().front().question.activity;
        const auto nudgeCount = [this] {
            for (const auto &n : m_page->nudgesModel()->nudges()) {
                if (n.kind == analytics::Nudge::Kind::OpenQuestions)
                    return n.text;
            }
            return QString();
        };
        const QString before = nudgeCount();
        QCOMPARE(handledRows(), 0);

        QVERIFY(m_page->setHandled(0, true));
        QCOMPARE(m_page->questionsModel()->rowCount(), open - 1);
        QCOMPARE(m_page->questionsModel()->rowOfActivity(question), -1);
        QVERIFY(m_page->engagement()->isHandled(question));
        QCOMPARE(handledRows(), 1);
        QVERIFY(m_page->undoStack()->canUndo());
        QVERIFY(m_page->undoStack()->undoText().contains(QStringLiteral("handled")));
        if (!before.isEmpty())
            QVERIFY(nudgeCount() != before); // the oldest or the count changed

        // "Show handled" brings it back, with when it was marked.
        m_page->setShowHandled(true);
        QCOMPARE(m_page->questionsModel()->rowCount(), open);
        const int row = m_page->questionsModel()->rowOfActivity(question);
        QVERIFY(m_page->questionsModel()->handledAt(row).has_value());
        m_page->setShowHandled(false);

        // Undo removes the mark from the file and the question returns; redo marks it again.
        m_page->undoStack()->undo();
        QCOMPARE(handledRows(), 0);
        QCOMPARE(m_page->questionsModel()->rowCount(), open);
        QCOMPARE(nudgeCount(), before);
        m_page->undoStack()->redo();
        QCOMPARE(handledRows(), 1);
        QCOMPARE(m_page->questionsModel()->rowCount(), open - 1);

        // A new snapshot reads the mark back from the database.
        setPeriod(QDate(2025, 11, 1), QDate(2026, 10, 30));
        QVERIFY(waitFor(QDate(2025, 11, 1), QDate(2026, 10, 30)));
        QVERIFY(m_page->engagement()->isHandled(question));
        m_page->undoStack()->undo();
        QCOMPARE(handledRows(), 0);
        QVERIFY(!m_page->engagement()->isHandled(question));

        // As a user does it: select the oldest question, click "Mark handled".
        QTableView *view = m_page->questionsView();
        view->setCurrentIndex(view->model()->index(0, 0));
        QVERIFY(m_page->handledButton()->isEnabled());
        QTest::mouseClick(m_page->handledButton(), Qt::LeftButton);
        QCOMPARE(handledRows(), 1);
        QCOMPARE(m_page->questionsModel()->rowOfActivity(question), -1);
        m_page->undoStack()->undo();
        QCOMPARE(handledRows(), 0);

        // The Data page's stack can take the marks instead.
        QUndoStack shared;
        m_page->setUndoStack(&shared);
        QVERIFY(m_page->setHandled(0, true));
        QCOMPARE(shared.count(), 1);
        shared.undo();
        QCOMPARE(handledRows(), 0);
        m_page->setUndoStack(nullptr);
        setPeriod(QDate(2025, 11, 1), QDate(2026, 10, 31));
        QVERIFY(waitFor(QDate(2025, 11, 1), QDate(2026, 10, 31)));
    }

    void reportHoldsThePage()
    {
        const analytics::LeaderEngagement &e = *m_page->engagement();
        const auto document = m_page->report({});
        QVERIFY(document);
        const QString text = document->plainText();
        for (const char *heading :
             {"My engagement: Daniel Okafor", "Cadence against goals", "Persona: ", "Among leaders",
              "Reply rate and time to first reply", "Unanswered staff questions",
              "Not recognised in the last 90 days", "Best-received posts", "Nudges"})
            QVERIFY2(text.contains(QLatin1StringView(heading)), heading);
        QVERIFY(text.contains(QStringLiteral("Field Operations")));
        QVERIFY(text.contains(QStringLiteral("1 Nov 2025 to 31 Oct 2026")));
        QVERIFY(text.contains(
            analytics::EngagementNudges::personaMeaning(e.persona, e.settings->personas)));
        QVERIFY(text.contains(items::LeaderPercentileModel::valueText(QStringLiteral("replyRate"),
                                                                      *e.stats.replyRate)));
        for (const analytics::Nudge &n :
             analytics::EngagementNudges::of(e, items::LocaleFormat::mediumDateFormat()))
            QVERIFY2(text.contains(n.text), qPrintable(n.text));
        // The oldest open question is named by its author, unless pseudonymised.
        const auto open = e.openQuestions();
        QVERIFY(!open.empty());
        const QString author =
            m_session->snapshot()->sources.dataset->people()[size_t(open.front().author)].name;
        QVERIFY(text.contains(author));
        ui::report::ReportOptions pseudonymous;
        pseudonymous.pseudonymise = true;
        const QString hidden = m_page->report(pseudonymous)->plainText();
        QVERIFY(!hidden.contains(author));
        QVERIFY(hidden.contains(QStringLiteral("Staff member (")));
        QVERIFY(hidden.contains(QStringLiteral("Daniel Okafor"))); // leaders keep their names

        // The PDF, written with its provenance; its text is extractable.
        const QString pdf = m_dir.filePath(QStringLiteral("engagement.pdf"));
        QSignalSpy exported(m_page.get(), &ui::EngagementPage::pdfExported);
        m_page->exportPdf(pdf, false);
        QVERIFY(exported.wait(60000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QVERIFY(testing::fileBytes(pdf).startsWith("%PDF"));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess process;
            process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(process.waitForFinished(30000));
            const QString extracted = QString::fromUtf8(process.readAllStandardOutput());
            QVERIFY(extracted.contains(QStringLiteral("Cadence against goals")));
            QVERIFY(extracted.contains(QStringLiteral("Field Operations")));
        }
    }

    // A file Goodwill did not create is read, and a mark is refused with the reason.
    void markOnAForeignFileIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("foreign.goodwill"));
        {
            auto db = store::Database::create(path);
            QVERIFY(db);
            QVERIFY(testing::execute((*db)->connection(), testing::EngagementFixture::sql));
        }
        {
            auto connection =
                store::SqliteConnection::open(QFile::encodeName(path), SQLITE_OPEN_READWRITE, path);
            QVERIFY(connection);
            QVERIFY(connection->execute("PRAGMA journal_mode = DELETE"));
            QVERIFY(connection->execute("PRAGMA application_id = 0"));
        }
        state::AppSettings settings(m_dir.filePath(QStringLiteral("foreign.ini")));
        settings.setValue(state::AppSettings::Key::EngagementLeader,
                          QStringLiteral("lena@example.com"));
        ui::DashboardSession session(settings);
        session.load(path);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() != nullptr, 60000);
        QVERIFY(session.isReadOnly());
        analytics::DashboardFilter filter = session.filter();
        filter.from = QDate(2025, 3, 1);
        filter.to = QDate(2025, 3, 31);
        session.setFilter(filter);
        ui::EngagementPage page(session, settings);
        QTRY_VERIFY_WITH_TIMEOUT(
            page.engagement() && page.engagement()->to == filter.to && !page.isBusy(), 60000);
        QCOMPARE(page.questionsModel()->rowCount(), 3); // a8, a13, a14
        QVERIFY(!page.handledButton()->isEnabled());
        const QByteArray before = testing::fileBytes(path);
        QVERIFY(!page.setHandled(0, true));
        QVERIFY2(page.message()->text().contains(QStringLiteral("not created by Goodwill")),
                 qPrintable(page.message()->text()));
        QCOMPARE(page.undoStack()->count(), 0);
        QCOMPARE(page.questionsModel()->rowCount(), 3);
        QCOMPARE(testing::fileBytes(path), before);
    }
};

QTEST_MAIN(TestEngagementPage)
#include "tst_engagementpage.moc"
