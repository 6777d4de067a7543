#include "analytics/recognitionfacts.h"
#include "recognitionfixture.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;

// RecognitionFacts over the hand-made organisation of recognitionfixture.h; every number
// below is worked out from the table at the top of that file.
class TestRecognitionFacts : public QObject
{
    Q_OBJECT

private:
    static const RecognitionDepartment *column(const RecognitionFacts &facts, const QString &name)
    {
        for (const RecognitionDepartment &d : facts.departments) {
            if (d.name == name)
                return &d;
        }
        return nullptr;
    }
    static int columnIndex(const RecognitionFacts &facts, const QString &name)
    {
        for (size_t c = 0; c < facts.departments.size(); ++c) {
            if (facts.departments[c].name == name)
                return int(c);
        }
        return -1;
    }
    static const RecognitionLeaderRow *row(const RecognitionFacts &facts, const QString &name)
    {
        for (const RecognitionLeaderRow &r : facts.leaders) {
            if (r.name == name)
                return &r;
        }
        return nullptr;
    }

private Q_SLOTS:
    void matrixByHand()
    {
        const testing::RecognitionFixture fixture;
        const auto snapshot = fixture.snapshot(testing::RecognitionFixture::march());
        QVERIFY(snapshot);
        const auto facts = RecognitionFacts::compute(*snapshot, 3);
        QVERIFY(facts);
        QCOMPARE(facts->from, QDate(2025, 3, 1));
        QCOMPARE(facts->to, QDate(2025, 3, 31));
        QVERIFY(facts->hasDepartments);

        // Columns in dataset order; Legal (one member of staff, k = 3) hidden.
        QCOMPARE(facts->departments.size(), size_t(4));
        QCOMPARE(facts->departments[0].name, QStringLiteral("Sales"));
        QCOMPARE(facts->departments[3].name, QStringLiteral("Field"));
        const RecognitionDepartment *legal = column(*facts, QStringLiteral("Legal"));
        QVERIFY(legal->suppressed);
        QVERIFY(legal->suppressedReason.contains(QStringLiteral("fewer than 3 staff")));
        QVERIFY(!legal->headcount && !legal->received && !legal->fromLeaders);

        // Staff on 31 March: S4 moved to Ops on the 15th.
        const RecognitionDepartment *sales = column(*facts, QStringLiteral("Sales"));
        const RecognitionDepartment *ops = column(*facts, QStringLiteral("Ops"));
        const RecognitionDepartment *field = column(*facts, QStringLiteral("Field"));
        QCOMPARE(*sales->headcount, 3);
        QCOMPARE(*ops->headcount, 4);
        QCOMPARE(*field->headcount, 3);
        // Received, one per recipient: Sales S1 + S4 (1), S2 (4), Lena (5); Ops O1 (2), S4
        // (3), O2 (9); Field F1 + F2 from S1 (6); recognition 7 is in January, 8 in April.
        QCOMPARE(*sales->received, 4);
        QCOMPARE(*sales->fromLeaders, 4);
        QCOMPARE(*ops->received, 3);
        QCOMPARE(*ops->fromLeaders, 3);
        QCOMPARE(*field->received, 2);
        QCOMPARE(*field->fromLeaders, 0);
        QCOMPARE(facts->recognitions, 7);       // 1-6 and 9
        QCOMPARE(facts->leaderRecognitions, 6); // all but 6

        // Every leader, zeros included, in the snapshot's order.
        QCOMPARE(facts->leaders.size(), size_t(3));
        const RecognitionLeaderRow *lena = row(*facts, QStringLiteral("Lena"));
        const RecognitionLeaderRow *noah = row(*facts, QStringLiteral("Noah"));
        const RecognitionLeaderRow *vic = row(*facts, QStringLiteral("Vic"));
        QVERIFY(lena && noah && vic);
        const int s = columnIndex(*facts, QStringLiteral("Sales"));
        const int o = columnIndex(*facts, QStringLiteral("Ops"));
        const int l = columnIndex(*facts, QStringLiteral("Legal"));
        const int f = columnIndex(*facts, QStringLiteral("Field"));
        QCOMPARE(lena->recognitions, 3); // 1, 2, 3
        QCOMPARE(*lena->byDepartment[size_t(s)], 2);
        QCOMPARE(*lena->byDepartment[size_t(o)], 2); // O1; S4 after her move
        QVERIFY(!lena->byDepartment[size_t(l)]);
        QCOMPARE(*lena->byDepartment[size_t(f)], 0);
        QCOMPARE(lena->department, QStringLiteral("Sales"));
        QCOMPARE(noah->recognitions, 3);             // 4, 5, 9
        QCOMPARE(*noah->byDepartment[size_t(s)], 2); // S2 and Lena
        QCOMPARE(*noah->byDepartment[size_t(o)], 1);
        QVERIFY(!noah->byDepartment[size_t(l)]); // L1: hidden, not 1
        QCOMPARE(vic->recognitions, 0);
        for (size_t c = 0; c < vic->byDepartment.size(); ++c)
            QCOMPARE(vic->byDepartment[c].value_or(0), 0);

        // Field: no leader in March; Noah on 5 January, 85 days before 31 March.
        QCOMPARE(facts->blindSpots.size(), size_t(1));
        const RecognitionBlindSpot &spot = facts->blindSpots.front();
        QCOMPARE(spot.name, QStringLiteral("Field"));
        QCOMPARE(spot.headcount, 3);
        QCOMPARE(*spot.lastLeaderRecognition, QDate(2025, 1, 5));
        QCOMPARE(*spot.daysSince, 85);
        QCOMPARE(spot.fromColleagues, 2);

        // The three newest: 9 (25 Mar), 3 (20 Mar), 6 (18 Mar).
        QCOMPARE(facts->recent.size(), size_t(3));
        QCOMPARE(facts->recent[0].activity, 8);
        QCOMPARE(facts->recent[1].activity, 2);
        QCOMPARE(facts->recent[2].activity, 5);
        const RecentRecognition &colleague = facts->recent[2];
        QCOMPARE(colleague.authorName, QStringLiteral("S1"));
        QVERIFY(!colleague.authorIsLeader);
        QCOMPARE(colleague.recipientNames,
                 QStringList({QStringLiteral("F1"), QStringLiteral("F2")}));
        QCOMPARE(colleague.departmentNames, QStringList({QStringLiteral("Field")}));
        QCOMPARE(colleague.at, QDateTime(QDate(2025, 3, 18), QTime(9, 0), Qt::UTC));
        QCOMPARE(facts->recent[1].departmentNames,
                 QStringList({QStringLiteral("Ops")})); // S4 on 20 March
        QVERIFY(facts->recent[0].authorIsLeader);

        // Noah's 4 names S2 (Sales) and L1 (Legal): both departments listed.
        const auto all = RecognitionFacts::compute(*snapshot, 100);
        QCOMPARE(all->recent.size(), size_t(7));
        QCOMPARE(all->recent[4].activity, 3);
        QCOMPARE(all->recent[4].departmentNames,
                 QStringList({QStringLiteral("Sales"), QStringLiteral("Legal")}));
    }

    void neverRecognised()
    {
        // 1-4 January: nobody recognised anyone yet, so every department that shows is a
        // blind spot that no leader ever recognised. Over 1 January to 31 March there is none
        // (Noah recognised F3 in Field on 5 January).
        const testing::RecognitionFixture fixture;
        DashboardFilter filter;
        filter.from = QDate(2025, 1, 1);
        filter.to = QDate(2025, 1, 4);
        const auto facts = RecognitionFacts::compute(*fixture.snapshot(filter));
        QCOMPARE(facts->recognitions, 0);
        QCOMPARE(facts->blindSpots.size(), size_t(3)); // Sales, Ops, Field; Legal is hidden
        for (const RecognitionBlindSpot &spot : facts->blindSpots) {
            QVERIFY(!spot.lastLeaderRecognition);
            QVERIFY(!spot.daysSince);
        }
        filter.to = QDate(2025, 3, 31);
        const auto quarter = RecognitionFacts::compute(*fixture.snapshot(filter));
        QVERIFY(quarter->blindSpots.empty());
    }

    void dateRange()
    {
        // 1-15 March: Lena 1 (Sales 2) and 2 (Ops 1); Noah 4 (Sales 1, Legal) and 5 (Sales 1).
        // On the 15th S4 is in Ops already (valid_from is inclusive).
        const testing::RecognitionFixture fixture;
        DashboardFilter filter = testing::RecognitionFixture::march();
        filter.to = QDate(2025, 3, 15);
        const auto facts = RecognitionFacts::compute(*fixture.snapshot(filter));
        const RecognitionLeaderRow *lena = row(*facts, QStringLiteral("Lena"));
        const RecognitionLeaderRow *noah = row(*facts, QStringLiteral("Noah"));
        const int s = columnIndex(*facts, QStringLiteral("Sales"));
        const int o = columnIndex(*facts, QStringLiteral("Ops"));
        QCOMPARE(lena->recognitions, 2);
        QCOMPARE(*lena->byDepartment[size_t(s)], 2);
        QCOMPARE(*lena->byDepartment[size_t(o)], 1);
        QCOMPARE(*noah->byDepartment[size_t(s)], 2);
        QCOMPARE(*noah->byDepartment[size_t(o)], 0);
        QCOMPARE(*column(*facts, QStringLiteral("Ops"))->headcount, 4);
        QCOMPARE(facts->recognitions, 4);
        QCOMPARE(facts->blindSpots.size(), size_t(1));
        QCOMPARE(facts->blindSpots.front().fromColleagues, 0);
        QCOMPARE(*facts->blindSpots.front().daysSince, 69); // 5 January to 15 March
    }

    void departmentFilter()
    {
        // Ops and Field only: their columns, the recognitions naming someone in them (2, 3, 6,
        // 9), the blind spot Field. Leaders' totals stay their own figure.
        const testing::RecognitionFixture fixture;
        DashboardFilter filter = testing::RecognitionFixture::march();
        filter.departments = {1, 3};
        const auto facts = RecognitionFacts::compute(*fixture.snapshot(filter));
        QCOMPARE(facts->departments.size(), size_t(2));
        QCOMPARE(facts->departments[0].name, QStringLiteral("Ops"));
        QCOMPARE(facts->departments[1].name, QStringLiteral("Field"));
        QCOMPARE(facts->recognitions, 4);
        QCOMPARE(facts->leaderRecognitions, 3);
        QCOMPARE(facts->recent.size(), size_t(4));
        QCOMPARE(facts->blindSpots.size(), size_t(1));
        const RecognitionLeaderRow *lena = row(*facts, QStringLiteral("Lena"));
        QCOMPARE(lena->recognitions, 3);
        QCOMPARE(lena->byDepartment.size(), size_t(2));
        QCOMPARE(*lena->byDepartment[0], 2);
    }

    void scopeAndLeader()
    {
        // Only the first source: Noah's 9 in #shoutouts does not count.
        const testing::RecognitionFixture fixture;
        DashboardFilter filter = testing::RecognitionFixture::march();
        filter.scope.sources = {0};
        const auto facts = RecognitionFacts::compute(*fixture.snapshot(filter));
        const RecognitionLeaderRow *noah = row(*facts, QStringLiteral("Noah"));
        QCOMPARE(noah->recognitions, 2);
        QCOMPARE(*noah->byDepartment[size_t(columnIndex(*facts, QStringLiteral("Ops")))], 0);
        QCOMPARE(*column(*facts, QStringLiteral("Ops"))->received, 2);
        QCOMPARE(facts->recognitions, 6);

        // One leader: that row only, and that leader's recognitions in the recent list;
        // blind spots stay about every leader.
        DashboardFilter one = testing::RecognitionFixture::march();
        one.leader = 0; // Lena
        const auto lenaOnly = RecognitionFacts::compute(*fixture.snapshot(one));
        QCOMPARE(lenaOnly->leaders.size(), size_t(1));
        QCOMPARE(lenaOnly->recent.size(), size_t(3));
        for (const RecentRecognition &r : lenaOnly->recent)
            QCOMPARE(r.authorName, QStringLiteral("Lena"));
        QCOMPARE(lenaOnly->blindSpots.size(), size_t(1));
    }

    void followsTheEnginesPrivacy()
    {
        // Legal (one staff) is hidden and no other department is hidden with it (the
        // totals leave Legal out instead, docs/model.md section 5): Sales (S1-S3 on 31
        // March) and Field (F1-F3) are shown with their counts.
        const testing::RecognitionFixture fixture;
        const auto facts =
            RecognitionFacts::compute(*fixture.snapshot(testing::RecognitionFixture::march()));
        const RecognitionDepartment *legal = column(*facts, QStringLiteral("Legal"));
        QVERIFY(legal->suppressed);
        QVERIFY(!legal->received);
        QVERIFY(!column(*facts, QStringLiteral("Sales"))->suppressed);
        QVERIFY(!column(*facts, QStringLiteral("Field"))->suppressed);
        QCOMPARE(*column(*facts, QStringLiteral("Sales"))->headcount, 3);

        // With the shipped k = 5 every department is too small: nothing but reasons.
        const testing::RecognitionFixture shipped(ModelFile::defaults());
        const auto hidden =
            RecognitionFacts::compute(*shipped.snapshot(testing::RecognitionFixture::march()));
        for (const RecognitionDepartment &d : hidden->departments)
            QVERIFY(d.suppressed && !d.received);
        QVERIFY(hidden->blindSpots.empty());
    }

    void cancelled()
    {
        const testing::RecognitionFixture fixture;
        const std::atomic<bool> cancel{true};
        QVERIFY(!RecognitionFacts::compute(*fixture.snapshot(testing::RecognitionFixture::march()),
                                           10, &cancel));
    }

    void emptySnapshot()
    {
        const Snapshot snapshot;
        const auto facts = RecognitionFacts::compute(snapshot);
        QVERIFY(facts);
        QVERIFY(facts->departments.empty() && facts->leaders.empty() && facts->recent.empty());
    }
};

QTEST_GUILESS_MAIN(TestRecognitionFacts)
#include "tst_recognitionfacts.moc"
