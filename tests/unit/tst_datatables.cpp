#include "analytics/activitydataset.h"
#include "datafixture.h"
#include "importers/importreport.h"
#include "items/datatables.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QTest>

using namespace goodwill;
using namespace goodwill::items;
using store::ChannelKind;
using store::PersonRole;

// What the Data page lists, read from a small database (tests/unit/datafixture.h) and
// checked against the fixture by hand.
class TestDataTables : public QObject
{
    Q_OBJECT

private:
    DataTables m_tables;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), testing::dataFixture));
        const auto settings = analytics::ModelFile::defaults();
        auto data = analytics::ActivityDataset::load((*db)->connection(), settings);
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        auto tables = DataTables::load((*db)->connection(), *data, settings, QDate(2025, 3, 15));
        QVERIFY2(tables, tables ? "" : qPrintable(tables.error().message));
        m_tables = std::move(tables).value();
    }

    void sources()
    {
        const auto &s = m_tables.sources;
        QCOMPARE(s.size(), size_t(3));
        // By kind, then name.
        QCOMPARE(s[0].name, QStringLiteral("Demo org"));
        QCOMPARE(s[1].name, QStringLiteral("hr.csv"));
        QCOMPARE(s[2].name, QStringLiteral("Acme"));
        QCOMPARE(s[2].kind, QStringLiteral("slack"));
        QCOMPARE(s[2].channels, 4);
        QCOMPARE(s[2].people, 4); // U1, U2, U3, B5
        QCOMPARE(s[2].activities, 3);
        QCOMPARE(s[2].runs, 2);
        // The unfinished run's start is later than the finished one's end.
        QCOMPARE(s[2].lastImport, QDateTime(QDate(2025, 3, 10), QTime(9, 0), Qt::UTC));
        QCOMPARE(s[1].people, 1);
        QCOMPARE(s[1].activities, 0);
        QCOMPARE(s[1].lastImport, QDateTime(QDate(2025, 2, 1), QTime(8, 0, 30), Qt::UTC));
        QCOMPARE(s[0].activities, 1);
        QCOMPARE(s[0].runs, 0);
        QVERIFY(!s[0].lastImport.isValid());
    }

    void runs()
    {
        const auto &r = m_tables.runs;
        QCOMPARE(r.size(), size_t(3));
        QCOMPARE(r[0].id, 2); // newest first
        QCOMPARE(r[1].id, 1);
        QCOMPARE(r[2].id, 3);
        QVERIFY(!r[0].finishedAt.isValid());
        QCOMPARE(r[1].source, QStringLiteral("slack: Acme"));
        QCOMPARE(r[1].sourceId, 1);
        QCOMPARE(r[1].fileName, QStringLiteral("acme.zip"));
        QCOMPARE(r[1].people, 3);
        QCOMPARE(r[1].skipped, 2);
        QCOMPARE(r[1].startedAt, QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC));

        const QString text = r[1].reportText();
        QVERIFY2(text.contains(QStringLiteral("acme.zip (slack: Acme)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Added: 1 posts, 1 replies, 1 reactions, 0 "
                                              "recognitions")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("New people: 3, new channels: 4")));
        QVERIFY(text.contains(
            QStringLiteral("Activity from 2025-03-01T09:00:00Z to 2025-03-01T09:30:00Z")));
        QVERIFY(text.contains(QStringLiteral("Skipped: 2 bot")));
        QVERIFY(text.contains(QStringLiteral("Warning: channel C9 has no name")));
        QCOMPARE(r[0].reportText(), QStringLiteral("This run left no report."));
        QCOMPARE(r[2].reportText(), QStringLiteral("not json")); // shown as stored
    }

    void reportRoundTrip()
    {
        importers::ImportReport report;
        report.posts = 10;
        report.replies = 4;
        report.people = 2;
        report.stints = 7;
        report.first = 1'740'000'000;
        report.last = 1'740'086'400;
        report.skipped[size_t(importers::SkipReason::UnknownUser)] = 3;
        report.warnings << QStringLiteral("one");
        const auto back = importers::ImportReport::fromJson(report.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), report.toJson());
        QVERIFY(!importers::ImportReport::fromJson("[1, 2]"));
        QVERIFY(!importers::ImportReport::fromJson("nonsense"));
    }

    void people()
    {
        const auto &p = m_tables.people;
        QCOMPARE(p.size(), size_t(7));
        const auto expect = [&](size_t i, const char *name, const char *department,
                                std::optional<PersonRole> stored,
                                std::optional<PersonRole> override, PersonRole effective) {
            QCOMPARE(p[i].name, QString::fromUtf8(name));
            QCOMPARE(p[i].department, QString::fromUtf8(department));
            QCOMPARE(p[i].storedRole, stored);
            QCOMPARE(p[i].roleOverride, override);
            QCOMPARE(int(p[i].effectiveRole), int(effective));
        };
        expect(0, "Lena Berg", "Sales", PersonRole::Staff, std::nullopt, PersonRole::Leader);
        expect(1, "Sam Ode", "Sales", PersonRole::Staff, std::nullopt, PersonRole::Staff);
        expect(2, "Tia Ru", "Sales", PersonRole::Staff, PersonRole::Leader, PersonRole::Leader);
        expect(3, "Uma Pai", "Ops", PersonRole::Leader, PersonRole::Staff, PersonRole::Staff);
        expect(4, "Build Bot", "", PersonRole::Bot, std::nullopt, PersonRole::Bot);
        expect(5, "Max Lee", "Ops", PersonRole::Staff, std::nullopt, PersonRole::Leader);
        expect(6, "Gil Moss", "", PersonRole::Guest, std::nullopt, PersonRole::Guest);
        QCOMPARE(p[0].email, QStringLiteral("lena@example.com"));
        QCOMPARE(p[0].title, QStringLiteral("VP Sales"));
        QVERIFY(p[4].email.isEmpty());
    }

    void departments()
    {
        const auto &d = m_tables.departments;
        QCOMPARE(d.size(), size_t(3));
        QCOMPARE(d[0].name, QStringLiteral("Legal")); // by name
        QCOMPARE(d[0].headcount, 0);                  // Gil left
        QCOMPARE(d[0].leaders, 0);
        QCOMPARE(d[0].people, 1);
        QCOMPARE(d[1].name, QStringLiteral("Ops"));
        QCOMPARE(d[1].headcount, 1); // Uma; Sam moved out, Max leads
        QCOMPARE(d[1].leaders, 1);
        QCOMPARE(d[1].people, 3); // Sam, Uma, Max
        QCOMPARE(d[2].name, QStringLiteral("Sales"));
        QCOMPARE(d[2].headcount, 1); // Sam
        QCOMPARE(d[2].leaders, 2);   // Lena, Tia
        QCOMPARE(d[2].people, 3);
    }

    void channels()
    {
        const auto &c = m_tables.channels;
        QCOMPARE(c.size(), size_t(4));
        QCOMPARE(c[0].source, QStringLiteral("slack: Acme"));
        QCOMPARE(int(c[0].byName), int(ChannelKind::Work));
        QCOMPARE(int(c[1].storedKind), int(ChannelKind::Recognition));
        QCOMPARE(int(c[1].byName), int(ChannelKind::Recognition));
        QCOMPARE(c[2].name, QStringLiteral("eng-random"));
        QCOMPARE(int(c[2].storedKind), int(ChannelKind::Work));
        QCOMPARE(int(c[2].byName), int(ChannelKind::Social));
        QCOMPARE(c[2].kindOverride, std::optional(ChannelKind::Social));
        QCOMPARE(int(c[2].effectiveKind), int(ChannelKind::Social));
        QCOMPARE(int(c[3].storedKind), int(ChannelKind::Work)); // stored before the rules
        QCOMPARE(int(c[3].byName), int(ChannelKind::Qa));
        QCOMPARE(int(c[3].effectiveKind), int(ChannelKind::Work));
        QCOMPARE(c[3].kindOverride, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDataTables)
#include "tst_datatables.moc"
