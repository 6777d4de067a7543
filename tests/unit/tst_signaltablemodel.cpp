#include "analytics/figureref.h"
#include "capitalfixture.h"
#include "items/itemroles.h"
#include "items/signaltablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>

using namespace goodwill;
using namespace goodwill::analytics;
using items::SignalTableModel;

// SignalTableModel on the worked example of docs/model.md section 7 (capitalfixture.h):
// Sales on 28 March 2025, every value there worked out by hand.
class TestSignalTableModel : public QObject
{
    Q_OBJECT

private:
    static int rowOf(const SignalTableModel &model, const char *id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.signalAt(row) == QLatin1StringView(id))
                return row;
        }
        return -1;
    }
    static QString text(const SignalTableModel &model, const char *id, int column,
                        int role = Qt::DisplayRole)
    {
        return model.data(model.index(rowOf(model, id), column), role).toString();
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void passesTheModelTester()
    {
        const testing::CapitalFixture fixture;
        SignalTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setDepartment(0);
        model.setPeriodEnd(QDate(2025, 2, 28));
        model.setDepartment(5); // not in the snapshot: nothing
        QCOMPARE(model.rowCount(), 0);
        model.setDepartment(-1);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(items::SortRole);
        for (int column = 0; column < SignalTableModel::ColumnCount; ++column)
            proxy.sort(column);
        model.setSnapshot(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void salesOn28MarchByHand()
    {
        const testing::CapitalFixture fixture;
        SignalTableModel model;
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setDepartment(0);
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.periodEnd(), QDate(2025, 3, 28)); // the last, by default
        QVERIFY(model.description().startsWith(QStringLiteral("Sales on ")));
        QCOMPARE(model.signalAt(0), QStringLiteral("A1"));
        QCOMPARE(model.signalAt(12), QStringLiteral("F3"));
        // A1: one of two comments answered within 72 h; scored against 0 .. 0.6.
        QCOMPARE(text(model, "A1", SignalTableModel::Signal),
                 QStringLiteral("A1 Leader reply rate"));
        QCOMPARE(text(model, "A1", SignalTableModel::Raw), QStringLiteral("50.0%"));
        QCOMPARE(text(model, "A1", SignalTableModel::Score), QStringLiteral("83.3"));
        QCOMPARE(text(model, "A1", SignalTableModel::Floor), QStringLiteral("0.0%"));
        QCOMPARE(text(model, "A1", SignalTableModel::Target), QStringLiteral("60.0%"));
        QCOMPARE(text(model, "A1", SignalTableModel::Denominator), QStringLiteral("2"));
        QCOMPARE(text(model, "A1", SignalTableModel::Thin), QString());
        QCOMPARE(text(model, "A1", SignalTableModel::Pillar), QStringLiteral("Authenticity"));
        QCOMPARE(model.data(model.index(0, SignalTableModel::Raw), items::ValueRole).toDouble(),
                 0.5);
        // A2: the median of 2 h and 144 h, on a log scale from 168 h to 4 h; no band.
        QCOMPARE(text(model, "A2", SignalTableModel::Raw), QStringLiteral("73 h"));
        QCOMPARE(text(model, "A2", SignalTableModel::Score), QStringLiteral("22.3"));
        QCOMPARE(text(model, "A2", SignalTableModel::Floor), QStringLiteral("168 h"));
        QCOMPARE(text(model, "A2", SignalTableModel::Target), QStringLiteral("4.0 h"));
        QCOMPARE(text(model, "A2", SignalTableModel::Band), QStringLiteral("—"));
        QVERIFY(text(model, "A2", SignalTableModel::Score, Qt::ToolTipRole)
                    .contains(QStringLiteral("ln")));
        // P3: one recognition over 4 × 28/30 member-months.
        QCOMPARE(text(model, "P3", SignalTableModel::Raw), QStringLiteral("0.27"));
        QCOMPARE(text(model, "P3", SignalTableModel::Denominator), QStringLiteral("3.7"));
        QCOMPARE(text(model, "P3", SignalTableModel::Score), QStringLiteral("53.6"));
        // T1: 3 of 4, its Wilson band at 80% 54.07 .. 100.
        QCOMPARE(text(model, "T1", SignalTableModel::Raw), QStringLiteral("75.0%"));
        QCOMPARE(text(model, "T1", SignalTableModel::Score), QStringLiteral("93.8"));
        QCOMPARE(text(model, "T1", SignalTableModel::Band), QStringLiteral("54.1–100.0"));
        QCOMPARE(text(model, "T1", SignalTableModel::Pillar), QStringLiteral("Attachment"));
        // T4: neutral tone, scored from -0.2 to 0.4.
        QCOMPARE(text(model, "T4", SignalTableModel::Raw), QStringLiteral("0.00"));
        QCOMPARE(text(model, "T4", SignalTableModel::Floor), QStringLiteral("−0.20"));
        QCOMPARE(text(model, "T4", SignalTableModel::Target), QStringLiteral("+0.40"));
        QCOMPARE(text(model, "T4", SignalTableModel::Score), QStringLiteral("33.3"));
        // F2: one reaction over 3 active members × 28/30.
        QCOMPARE(text(model, "F2", SignalTableModel::Raw), QStringLiteral("0.36"));
        QCOMPARE(text(model, "F2", SignalTableModel::Denominator), QStringLiteral("2.8"));
        QCOMPARE(text(model, "F3", SignalTableModel::Raw), QStringLiteral("33.3%"));
        QCOMPARE(text(model, "F3", SignalTableModel::Pillar), QStringLiteral("Fun"));
        // What a row opens.
        const auto figure =
            model.data(model.index(rowOf(model, "T3"), SignalTableModel::Raw), items::FigureRole)
                .value<FigureRef>();
        QCOMPARE(figure.kind, FigureRef::Kind::Signal);
        QCOMPARE(figure.figure, QStringLiteral("T3"));
        QCOMPARE(figure.department, 0);
        QCOMPARE(figure.to, QDate(2025, 3, 28));
        QCOMPARE(figure.selection, (std::vector<std::int32_t>{0}));
        // The selection (Sales alone) reads the same.
        model.setDepartment(-1);
        QCOMPARE(text(model, "A1", SignalTableModel::Raw), QStringLiteral("50.0%"));
        QVERIFY(model.description().startsWith(QStringLiteral("Selection on ")));
    }

    void february()
    {
        const testing::CapitalFixture fixture;
        SignalTableModel model;
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setDepartment(0);
        model.setPeriodEnd(QDate(2025, 2, 28));
        QCOMPARE(model.periodEnd(), QDate(2025, 2, 28));
        // No comment to a leader in February: nothing to measure, and a denominator of 0 is
        // thin.
        QCOMPARE(text(model, "A1", SignalTableModel::Raw), QStringLiteral("—"));
        QVERIFY(text(model, "A1", SignalTableModel::Raw, Qt::ToolTipRole)
                    .contains(QStringLiteral("nothing to measure")));
        QCOMPARE(text(model, "A1", SignalTableModel::Denominator), QStringLiteral("0"));
        QCOMPARE(text(model, "A1", SignalTableModel::Thin), QStringLiteral("thin"));
        QCOMPARE(text(model, "T1", SignalTableModel::Raw), QStringLiteral("50.0%"));
        QCOMPARE(text(model, "T1", SignalTableModel::Score), QStringLiteral("62.5"));
        QCOMPARE(text(model, "A3", SignalTableModel::Raw), QStringLiteral("0.0%"));
        QCOMPARE(text(model, "A3", SignalTableModel::Denominator), QStringLiteral("4"));
        // A date the snapshot lacks falls back to the last.
        model.setPeriodEnd(QDate(2025, 3, 1));
        QCOMPARE(model.periodEnd(), QDate(2025, 3, 28));
    }

    void hiddenCellsSayWhy()
    {
        // Tone needs four authors here; only S1, S2, S3 wrote.
        ModelSettings settings = testing::CapitalFixture::settings();
        settings.kText = 4;
        const testing::CapitalFixture fixture(settings);
        SignalTableModel model;
        model.setSnapshot(fixture.snapshot(testing::CapitalFixture::twoMonths({0})));
        model.setDepartment(0);
        const int t4 = rowOf(model, "T4");
        QCOMPARE(text(model, "T4", SignalTableModel::Raw), QStringLiteral("hidden"));
        QVERIFY(model.data(model.index(t4, SignalTableModel::Raw), items::SuppressedRole).toBool());
        QVERIFY(!model.data(model.index(t4, SignalTableModel::Raw), items::ValueRole).isValid());
        QVERIFY(text(model, "T4", SignalTableModel::Score, Qt::ToolTipRole)
                    .contains(QStringLiteral("at least 4")));
        QVERIFY(
            !model.data(model.index(t4, SignalTableModel::Signal), items::FigureRole).isValid());
        // The floor and target are settings, not figures: still shown.
        QCOMPARE(text(model, "T4", SignalTableModel::Floor), QStringLiteral("−0.20"));
        QVERIFY(
            !model.data(model.index(t4, SignalTableModel::Floor), items::SuppressedRole).toBool());
        // A department under k: every figure hidden, with the engine's reason.
        const testing::CapitalFixture everyone;
        model.setSnapshot(everyone.snapshot(testing::CapitalFixture::twoMonths()));
        model.setDepartment(1); // Ops: two staff
        QCOMPARE(model.rowCount(), 13);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.data(model.index(row, SignalTableModel::Raw)).toString(),
                     QStringLiteral("hidden"));
            QVERIFY(model.data(model.index(row, SignalTableModel::Score), Qt::ToolTipRole)
                        .toString()
                        .contains(QStringLiteral("fewer than 3 staff")));
        }
    }
};

QTEST_GUILESS_MAIN(TestSignalTableModel)
#include "tst_signaltablemodel.moc"
