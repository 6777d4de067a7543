#include "analytics/snapshot.h"
#include "dashboardsession.h"
#include "drilldowndialog.h"
#include "items/evidenceinputsmodel.h"
#include "items/evidencemessagesmodel.h"
#include "items/itemroles.h"
#include "state/appsettings.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace goodwill;
using analytics::FigureRef;
using items::EvidenceMessagesModel;

class TestDrillDownDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<state::AppSettings> m_settings;
    std::unique_ptr<ui::DashboardSession> m_session;
    std::unique_ptr<store::Database> m_db;

    std::shared_ptr<const analytics::Snapshot> snapshot() const { return m_session->snapshot(); }

    std::int32_t department(const QString &name) const
    {
        const auto &names = snapshot()->sources.dataset->departments();
        return std::int32_t(std::find(names.begin(), names.end(), name) - names.begin());
    }

    const analytics::LeaderStats *leader(const QString &name) const
    {
        for (const analytics::LeaderStats &s : snapshot()->leaders) {
            if (s.name == name)
                return &s;
        }
        return nullptr;
    }

    static bool waitReady(ui::DrillDownDialog *dialog)
    {
        return QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 60000);
    }

    QString textInFile(std::int64_t id)
    {
        auto rows = m_db->connection().prepare("SELECT coalesce(text, '') FROM activities "
                                               "WHERE id = ?");
        rows->bind(1, id);
        return rows->step() == store::SqliteStatement::Step::Row ? rows->text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = testing::sharedDemo();
        QVERIFY(!m_demo.isEmpty());
        m_settings = std::make_unique<state::AppSettings>(m_dir.filePath(QStringLiteral("s.ini")));
        m_session = std::make_unique<ui::DashboardSession>(*m_settings);
        m_session->load(m_demo);
        QTRY_VERIFY_WITH_TIMEOUT(m_session->snapshot() != nullptr, 120000);
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2026, 10, 31);
        m_session->setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(snapshot() && snapshot()->filter == filter, 60000);
        auto db = store::Database::open(m_demo, store::Database::Access::ReadOnly);
        QVERIFY(db);
        m_db = std::move(db).value();
    }

    void leaderReplyRateShowsTheStaffComments()
    {
        // Daniel Okafor (docs/demo.md) answers most staff posts in his departments from
        // November 2025: his reply rate lists the staff comments to him, answered or not.
        const analytics::LeaderStats *daniel = leader(QStringLiteral("Daniel Okafor"));
        QVERIFY(daniel);
        QVERIFY(daniel->staffComments > 0);
        FigureRef ref;
        ref.kind = FigureRef::Kind::LeaderFigure;
        ref.figure = QStringLiteral("replyRate");
        ref.leader = daniel->person;
        ref.from = snapshot()->from;
        ref.to = snapshot()->to;
        QWidget parent;
        ui::DrillDownDialog *dialog = ui::DrillDownDialog::open(*m_session, ref, &parent);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        QVERIFY(dialog->isBusy()); // worked out off the GUI thread
        QVERIFY(waitReady(dialog));
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("Daniel Okafor")));
        QAbstractItemModelTester inputsTester(dialog->inputsModel());
        QAbstractItemModelTester messagesTester(dialog->messagesModel());

        const auto &evidence = *dialog->evidence();
        QCOMPARE(*evidence.raw, *daniel->replyRate);
        const EvidenceMessagesModel *model = dialog->messagesModel();
        const int expected = std::min(daniel->staffComments, analytics::FigureEvidence::defaultCap);
        QCOMPARE(model->rowCount(), expected);
        QCOMPARE(dialog->messagesView()->model()->rowCount(), expected);
        int counted = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto *message = model->message(row);
            QVERIFY(message);
            // Staff comments: by staff, to him, and the text is the file's.
            QVERIFY(snapshot()->sources.dataset->isStaff(message->author));
            QCOMPARE(model->index(row, EvidenceMessagesModel::Author).data().toString(),
                     message->authorName);
            QCOMPARE(message->text, textInFile(message->id));
            QVERIFY(!message->text.isEmpty());
            counted += model->item(row).counted;
        }
        if (daniel->staffComments <= analytics::FigureEvidence::defaultCap)
            QCOMPARE(counted, daniel->answeredComments);
        // The inputs say how many comments and how many answered.
        const auto *inputs = dialog->inputsModel();
        bool found = false;
        for (int row = 0; row < inputs->rowCount(); ++row) {
            if (inputs->index(row, 0).data().toString() == QStringLiteral("Answered comments")) {
                found = true;
                QCOMPARE(inputs->index(row, 1).data(items::ValueRole).toInt(),
                         daniel->answeredComments);
            }
        }
        QVERIFY(found);

        // Export: CSV with a header and one line a message (the demo's texts are one line).
        const QString path = m_dir.filePath(QStringLiteral("messages.csv"));
        QCOMPARE(dialog->exportMessages(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.first().startsWith("Time,Author,Channel,Kind,Message,Counted,Detail"));
        QCOMPARE(lines.size() - 2, expected); // the last line ends with CRLF

        // Asking again for the same figure raises the same dialog.
        QCOMPARE(ui::DrillDownDialog::open(*m_session, ref, &parent), dialog);
    }

    void departmentSignalHidesStaffNames()
    {
        FigureRef ref;
        ref.kind = FigureRef::Kind::Signal;
        ref.figure = QStringLiteral("A1");
        ref.department = department(QStringLiteral("Customer Support"));
        ref.to = snapshot()->to;
        ui::DrillDownDialog dialog(*m_session, ref);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(dialog.evidence() && !dialog.evidence()->suppressed);
        const EvidenceMessagesModel *model = dialog.messagesModel();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->rowCount(), int(dialog.evidence()->items.size()));
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString author =
                model->index(row, EvidenceMessagesModel::Author).data().toString();
            QVERIFY2(author.startsWith(QStringLiteral("Staff member (")), qPrintable(author));
            QCOMPARE(model->message(row)->text, textInFile(model->message(row)->id));
        }
        QCOMPARE(*dialog.evidence()->raw, *dialog.evidence()->value);
    }

    void toneExplainsTheSelectedMessage()
    {
        FigureRef ref;
        ref.kind = FigureRef::Kind::Signal;
        ref.figure = QStringLiteral("T4");
        ref.department = department(QStringLiteral("Engineering"));
        ref.to = snapshot()->to;
        ui::DrillDownDialog dialog(*m_session, ref);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(dialog.evidence() && dialog.evidence()->tone);
        QVERIFY(dialog.messagesModel()->rowCount() > 0);
        QTableView *view = dialog.messagesView();
        view->setCurrentIndex(view->model()->index(1, 0));
        QVERIFY(dialog.toneExplanation().startsWith(QStringLiteral("Tone ")));
    }

    void toneOfAGermanMessageUsesTheDatasetsLexicon()
    {
        // A copy of the demo with one German staff reply in Engineering, the newest of the
        // period, and a model file that adds a German lexicon in which only "toll" scores
        // (3). The dataset scores the reply 3 / sqrt(3² + 15) = +0.61; the drill-down must
        // explain that score, not the English lexicon's 0 for the same words.
        const QString path = m_dir.filePath(QStringLiteral("german.goodwill"));
        QVERIFY(QFile::copy(m_demo, path));
        const QString text = QStringLiteral("Das ist toll, die neue Lösung hilft dem Team.");
        {
            auto db = store::Database::open(path, store::Database::Access::ReadWrite);
            QVERIFY(db);
            auto insert = (*db)->connection().prepare(
                "INSERT INTO activities (source_id, source_activity_id, kind, at, author_id, "
                "channel_id, thread_root_id, parent_id, text) "
                "SELECT a.source_id, 'german-tone', a.kind, a.at + 1, a.author_id, a.channel_id, "
                "a.thread_root_id, a.parent_id, ? FROM activities a "
                "JOIN people p ON p.id = a.author_id JOIN roster r ON r.person_id = p.id "
                "JOIN departments d ON d.id = r.department_id "
                "WHERE d.name = 'Engineering' AND coalesce(p.role_override, p.role) = 'staff' "
                "AND a.kind = 'reply' AND a.text IS NOT NULL "
                "AND r.valid_from <= date(a.at, 'unixepoch') "
                "AND (r.valid_to IS NULL OR r.valid_to > date(a.at, 'unixepoch')) "
                "AND a.at < strftime('%s', '2026-11-01') ORDER BY a.at DESC LIMIT 1");
            QVERIFY(insert);
            insert->bind(1, text);
            QVERIFY(insert->step() == store::SqliteStatement::Step::Done);
            QCOMPARE(testing::queryInt((*db)->connection(), "SELECT count(*) FROM activities "
                                                            "WHERE source_activity_id = "
                                                            "'german-tone'"),
                     1);
        }
        QFile lexicon(m_dir.filePath(QStringLiteral("de.tsv")));
        QVERIFY(lexicon.open(QIODevice::WriteOnly));
        lexicon.write("toll\t3\n");
        lexicon.close();
        QFile model(m_dir.filePath(QStringLiteral("model.json")));
        QVERIFY(model.open(QIODevice::WriteOnly));
        model.write(
            R"({"sentiment": {"lexicons": {"en": "builtin:en-workplace", "de": "de.tsv"}}})");
        model.close();

        state::AppSettings settings(m_dir.filePath(QStringLiteral("german.ini")));
        settings.setValue(state::AppSettings::Key::ModelFile, model.fileName());
        ui::DashboardSession session(settings);
        session.load(path);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() != nullptr, 120000);
        analytics::DashboardFilter filter;
        filter.from = QDate(2025, 11, 1);
        filter.to = QDate(2026, 10, 31);
        session.setFilter(filter);
        QTRY_VERIFY_WITH_TIMEOUT(session.snapshot() && session.snapshot()->filter == filter, 60000);
        const auto german = session.snapshot();

        FigureRef ref;
        ref.kind = FigureRef::Kind::Signal;
        ref.figure = QStringLiteral("T4");
        const auto &names = german->sources.dataset->departments();
        ref.department = std::int32_t(
            std::find(names.begin(), names.end(), QStringLiteral("Engineering")) - names.begin());
        ref.to = german->to;
        ui::DrillDownDialog dialog(session, ref);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.evidence() && dialog.evidence()->tone);
        const EvidenceMessagesModel *messages = dialog.messagesModel();
        int row = -1;
        for (int r = 0; r < messages->rowCount() && row < 0; ++r) {
            if (messages->message(r) && messages->message(r)->text == text)
                row = r;
        }
        QVERIFY2(row >= 0, "the German reply is among the messages");
        const double held =
            german->sources.dataset->activities()[size_t(messages->item(row).activity)].tone();
        QVERIFY(std::abs(held - 3 / std::sqrt(24.0)) < 1e-4);
        QTableView *view = dialog.messagesView();
        auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model());
        QVERIFY(proxy);
        view->setCurrentIndex(proxy->mapFromSource(messages->index(row, 0)));
        QVERIFY2(dialog.toneExplanation().startsWith(QStringLiteral("Tone +0.61 ")),
                 qPrintable(dialog.toneExplanation()));
        QVERIFY2(dialog.toneExplanation().contains(QStringLiteral("“toll” +3.00")),
                 qPrintable(dialog.toneExplanation()));
    }

    void suppressedDepartmentShowsOnlyTheReason()
    {
        // Customer Success starts on 1 January 2026: on 30 November 2025 it has no staff.
        FigureRef ref;
        ref.kind = FigureRef::Kind::Eci;
        ref.department = department(QStringLiteral("Customer Success"));
        ref.to = QDate(2025, 11, 30);
        ui::DrillDownDialog dialog(*m_session, ref);
        dialog.show();
        QVERIFY(waitReady(&dialog));
        QVERIFY(dialog.evidence() && dialog.evidence()->suppressed);
        QCOMPARE(dialog.inputsModel()->rowCount(), 0);
        QCOMPARE(dialog.messagesModel()->rowCount(), 0);
        QVERIFY(!dialog.inputsView()->isVisibleTo(&dialog));
        QVERIFY(!dialog.messagesView()->isVisibleTo(&dialog));
    }
};

QTEST_MAIN(TestDrillDownDialog)
#include "tst_drilldowndialog.moc"
