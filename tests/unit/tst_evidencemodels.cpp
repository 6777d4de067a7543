#include "analytics/activitydataset.h"
#include "analytics/figureevidence.h"
#include "analytics/messagelookup.h"
#include "items/evidenceinputsmodel.h"
#include "items/evidencemessagesmodel.h"
#include "items/figuretitle.h"
#include "items/itemroles.h"
#include "items/tablecsv.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using items::EvidenceInputsModel;
using items::EvidenceMessagesModel;
using Unit = EvidenceInput::Unit;

class TestEvidenceModels : public QObject
{
    Q_OBJECT

private:
    static EvidenceInput input(const QString &name, Unit unit, std::optional<double> value,
                               const QString &signal = {})
    {
        EvidenceInput in;
        in.name = name;
        in.unit = unit;
        in.value = value;
        in.signal = signal;
        return in;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void inputs()
    {
        EvidenceInputsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        std::vector<EvidenceInput> inputs = {
            input(QStringLiteral("Comments"), Unit::Count, 1234),
            input(QStringLiteral("Rate"), Unit::Share, 0.4),
            input(QStringLiteral("Median"), Unit::Hours, 73),
            input(QStringLiteral("Score"), Unit::Score, 83.333),
            input(QStringLiteral("Floor"), Unit::SignalRaw, 168, QStringLiteral("A2")),
            input(QStringLiteral("Target"), Unit::SignalRaw, 0.6, QStringLiteral("A1")),
            input(QStringLiteral("Member-months"), Unit::Number, 3.7333),
            input(QStringLiteral("Nothing"), Unit::Share, std::nullopt),
        };
        EvidenceInput band = input(QStringLiteral("Band"), Unit::Band, 54.07);
        band.high = 100;
        inputs.push_back(band);
        EvidenceInput text;
        text.name = QStringLiteral("Thin");
        text.unit = Unit::Text;
        text.text = QStringLiteral("no");
        inputs.push_back(text);
        // A pillar's signal row and the ECI's pillar row are named by their id.
        EvidenceInput signal = input(QString(), Unit::Score, 66.667, QStringLiteral("A3"));
        signal.note = QStringLiteral("weight 1");
        inputs.push_back(signal);
        EvidenceInput pillar;
        pillar.unit = Unit::Score;
        pillar.pillar = QStringLiteral("fun");
        inputs.push_back(pillar);
        model.setInputs(inputs);
        QCOMPARE(model.rowCount(), int(inputs.size()));
        QCOMPARE(model.columnCount(), int(EvidenceInputsModel::ColumnCount));
        const auto shown = [&](int row, int column = EvidenceInputsModel::Value) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(shown(0), QStringLiteral("1,234"));
        QCOMPARE(shown(1), QStringLiteral("40.0%"));
        QCOMPARE(shown(2), QStringLiteral("73.0 h"));
        QCOMPARE(shown(3), QStringLiteral("83.3"));
        QCOMPARE(shown(4), QStringLiteral("168 h")); // A2's unit
        QCOMPARE(shown(5), QStringLiteral("60.0%")); // A1's unit
        QCOMPARE(shown(6), QStringLiteral("3.73"));
        QCOMPARE(shown(7), QStringLiteral("none"));
        QCOMPARE(shown(8), QStringLiteral("54.1–100.0"));
        QCOMPARE(shown(9), QStringLiteral("no"));
        QCOMPARE(shown(10, EvidenceInputsModel::Name), QStringLiteral("Leader presence (A3)"));
        QCOMPARE(shown(10, EvidenceInputsModel::Note), QStringLiteral("weight 1"));
        QCOMPARE(shown(11, EvidenceInputsModel::Name), QStringLiteral("Fun"));
        QCOMPARE(shown(11), QStringLiteral("none"));
        // The number behind the cell, for export; none for a band or text.
        QCOMPARE(model.index(1, EvidenceInputsModel::Value).data(items::ValueRole).toDouble(), 0.4);
        QVERIFY(!model.index(8, EvidenceInputsModel::Value).data(items::ValueRole).isValid());
        QVERIFY(!model.index(9, EvidenceInputsModel::Value).data(items::ValueRole).isValid());
        QCOMPARE(model.headerData(EvidenceInputsModel::Name, Qt::Horizontal).toString(),
                 QStringLiteral("Input"));
        model.setInputs({});
        QCOMPARE(model.rowCount(), 0);
    }

    void messages()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO sources VALUES (1, 'csv', 'fixture');
            INSERT INTO departments (id, name) VALUES (1, 'Sales');
            INSERT INTO people (id, display_name, email, title, role) VALUES
                (1, 'Lena Berg', 'lena@example.com', 'VP Sales', 'leader'),
                (2, 'Sam Ode', 'sam@example.com', 'Rep', 'staff');
            INSERT INTO channels VALUES (1, 1, 'c1', 'general', 'work', NULL);
            INSERT INTO activities (id, source_id, source_activity_id, kind, at, author_id,
                                    channel_id, thread_root_id, parent_id, text, emoji) VALUES
              (1, 1, 'a', 'post', strftime('%s', '2025-03-03 09:00'), 1, 1, NULL, NULL, 'Plans', NULL),
              (2, 1, 'b', 'reply', strftime('%s', '2025-03-03 10:00'), 2, 1, 1, 1,
                  'When, exactly?
Asking for "the team"', NULL),
              (3, 1, 'c', 'reaction', strftime('%s', '2025-03-03 10:30'), 2, 1, 1, 1, NULL, 'heart');
        )sql"));
        auto data = ActivityDataset::load((*db)->connection(), ModelFile::defaults());
        QVERIFY(data);
        std::vector<EvidenceItem> items = {
            {2, 0, QStringLiteral("Staff member (Sales)"), QString(), true, std::nullopt},
            {1, 0, QStringLiteral("Staff member (Sales)"), QStringLiteral("answered after 2.0 h"),
             false, 2.0},
        };
        for (EvidenceItem &item : items)
            item.at = data->activities()[size_t(item.activity)].at;
        auto messages = MessageLookup((*db)->connection()).read(*data, {2, 1});
        QVERIFY(messages);

        EvidenceMessagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMessages(items, *messages);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(EvidenceMessagesModel::ColumnCount));
        const auto shown = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        // The author is the evidence's (privacy applied), not the database's name.
        QCOMPARE(shown(0, EvidenceMessagesModel::Author), QStringLiteral("Staff member (Sales)"));
        QCOMPARE(shown(0, EvidenceMessagesModel::Text), QStringLiteral(":heart:"));
        QCOMPARE(shown(0, EvidenceMessagesModel::Kind), QStringLiteral("Reaction"));
        QCOMPARE(shown(0, EvidenceMessagesModel::Channel), QStringLiteral("#general"));
        QCOMPARE(shown(1, EvidenceMessagesModel::Text),
                 QStringLiteral("When, exactly? Asking for \"the team\""));
        QCOMPARE(model.index(1, EvidenceMessagesModel::Text).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("When, exactly?\nAsking for \"the team\""));
        QCOMPARE(shown(1, EvidenceMessagesModel::Counted), QStringLiteral("No"));
        QCOMPARE(shown(1, EvidenceMessagesModel::Detail), QStringLiteral("answered after 2.0 h"));
        QCOMPARE(model.index(1, EvidenceMessagesModel::Time).data(items::ValueRole).toString(),
                 QStringLiteral("2025-03-03T10:00:00Z"));
        QCOMPARE(model.index(1, EvidenceMessagesModel::Time).data(items::SortRole).toLongLong(),
                 qlonglong(items[1].at));
        QCOMPARE(model.message(1)->id, std::int64_t(2));

        // CSV: the header, then each row; the time in UTC, the text quoted with its break.
        const QString csv = QString::fromUtf8(items::TableCsv::toCsv(model));
        const QStringList lines = csv.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(), QStringLiteral("Time,Author,Channel,Kind,Message,Counted,Detail"));
        QVERIFY(csv.contains(QStringLiteral(
            "2025-03-03T10:00:00Z,Staff member (Sales),#general,Reply,\"When, exactly?\nAsking "
            "for \"\"the team\"\"\",No,answered after 2.0 h")));

        // Without the texts (the file could not be read) the rows stay, with what is known.
        model.setMessages(items, {});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.message(0));
        QCOMPARE(shown(0, EvidenceMessagesModel::Author), QStringLiteral("Staff member (Sales)"));
        QVERIFY(shown(0, EvidenceMessagesModel::Text).isEmpty());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void titles()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO departments (id, name) VALUES (1, 'Sales'), (2, 'Ops');
            INSERT INTO people (id, display_name, title, role) VALUES (1, 'Lena Berg', 'VP', 'leader');
        )sql"));
        auto data = ActivityDataset::load((*db)->connection(), ModelFile::defaults());
        QVERIFY(data);
        FigureRef ref;
        ref.kind = FigureRef::Kind::LeaderFigure;
        ref.figure = QStringLiteral("replyRate");
        ref.leader = 0;
        ref.from = QDate(2025, 3, 1);
        ref.to = QDate(2025, 3, 28);
        QCOMPARE(items::FigureTitle::of(ref, *data, 90),
                 QStringLiteral("Reply rate of Lena Berg, 01/03/2025 – 28/03/2025"));
        ref.kind = FigureRef::Kind::Signal;
        ref.figure = QStringLiteral("A1");
        ref.department = 1;
        QCOMPARE(items::FigureTitle::of(ref, *data, 90),
                 QStringLiteral("Leader reply rate (A1) of Ops, the 90 days to 28/03/2025"));
        ref.kind = FigureRef::Kind::Eci;
        ref.department = -1;
        QCOMPARE(items::FigureTitle::of(ref, *data, 90),
                 QStringLiteral("Emotional capital (ECI) of Organisation on 28/03/2025"));
        ref.selection = {0, 1};
        ref.kind = FigureRef::Kind::Pillar;
        ref.figure = QStringLiteral("fun");
        QCOMPARE(items::FigureTitle::of(ref, *data, 90),
                 QStringLiteral("Fun of Selection (Sales, Ops) on 28/03/2025"));
    }
};

QTEST_GUILESS_MAIN(TestEvidenceModels)
#include "tst_evidencemodels.moc"
