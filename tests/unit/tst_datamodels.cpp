#include "analytics/activitydataset.h"
#include "datafixture.h"
#include "items/channelsmodel.h"
#include "items/departmentslistmodel.h"
#include "items/importrunsmodel.h"
#include "items/itemroles.h"
#include "items/peoplemodel.h"
#include "items/signalsettingsmodel.h"
#include "items/sourcesmodel.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace goodwill;
using namespace goodwill::items;
using store::ChannelKind;
using store::PersonRole;

// The Data page's item models over the fixture's tables, each under QAbstractItemModelTester.
class TestDataModels : public QObject
{
    Q_OBJECT

private:
    DataTables m_tables;

    static QVariant cell(const QAbstractItemModel &model, int row, int column,
                         int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        auto db = store::Database::create(QString());
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), testing::dataFixture));
        const auto settings = analytics::ModelFile::defaults();
        auto data = analytics::ActivityDataset::load((*db)->connection(), settings);
        QVERIFY(data);
        auto tables = DataTables::load((*db)->connection(), *data, settings, QDate(2025, 3, 15));
        QVERIFY(tables);
        m_tables = std::move(tables).value();
    }

    void sources()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(m_tables.sources);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, SourcesModel::Name).toString(), QStringLiteral("Acme"));
        QCOMPARE(cell(model, 2, SourcesModel::Activities).toString(), QStringLiteral("3"));
        QCOMPARE(cell(model, 2, SourcesModel::Channels, ValueRole).toDouble(), 4.0);
        QCOMPARE(cell(model, 0, SourcesModel::LastImport).toString(), QStringLiteral("never"));
        QVERIFY(!cell(model, 1, SourcesModel::People, Qt::ToolTipRole).toString().isEmpty());
        model.setSources({});
        QCOMPARE(model.rowCount(), 0);
    }

    void runsFilterBySource()
    {
        ImportRunsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRuns(m_tables.runs);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, ImportRunsModel::Finished).toString(),
                 QStringLiteral("did not finish"));
        QCOMPARE(cell(model, 1, ImportRunsModel::Skipped, ValueRole).toDouble(), 2.0);
        QCOMPARE(cell(model, 1, ImportRunsModel::Started, ValueRole).toString(),
                 QStringLiteral("2025-03-01T10:00:00Z"));
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ImportRunsModel::SourceIdRole);
        proxy.setFilterRegularExpression(QRegularExpression(QStringLiteral("^1$")));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterRegularExpression(QRegularExpression(QStringLiteral("^2$")));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.data(proxy.index(0, ImportRunsModel::File)).toString(),
                 QStringLiteral("hr.csv"));
    }

    void peopleOverrideIsRequestedThenRecorded()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople(m_tables.people);
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(cell(model, 2, PeopleModel::Override).toString(), QStringLiteral("Leader"));
        QCOMPARE(cell(model, 2, PeopleModel::Override, Qt::EditRole).toString(),
                 QStringLiteral("leader"));
        QCOMPARE(cell(model, 3, PeopleModel::StoredRole).toString(), QStringLiteral("Leader"));
        QCOMPARE(cell(model, 3, PeopleModel::EffectiveRole).toString(), QStringLiteral("Staff"));
        QCOMPARE(cell(model, 1, PeopleModel::Department).toString(), QStringLiteral("Sales"));
        QCOMPARE(cell(model, 1, PeopleModel::Override, ChoiceValuesRole).toStringList(),
                 (QStringList{QString(), QStringLiteral("leader"), QStringLiteral("staff"),
                              QStringLiteral("guest")}));
        QCOMPARE(cell(model, 1, PeopleModel::Override, ChoiceLabelsRole).toStringList().size(), 4);
        QVERIFY(model.flags(model.index(1, PeopleModel::Override)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(1, PeopleModel::Name)) & Qt::ItemIsEditable));

        // Sam (id 2) to leader: asked for, not yet recorded.
        QSignalSpy requested(&model, &PeopleModel::roleOverrideRequested);
        QVERIFY(model.setData(model.index(1, PeopleModel::Override), QStringLiteral("leader")));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toLongLong(), 2);
        QCOMPARE(requested[0][1].toString(), QStringLiteral("leader"));
        QCOMPARE(cell(model, 1, PeopleModel::Override).toString(), QString());
        // Not a choice, or no change: refused without a request.
        QVERIFY(!model.setData(model.index(1, PeopleModel::Override), QStringLiteral("bot")));
        QVERIFY(!model.setData(model.index(1, PeopleModel::Override), QString()));
        QVERIFY(!model.setData(model.index(1, PeopleModel::Name), QStringLiteral("X")));
        QCOMPARE(requested.size(), 1);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRoleOverride(2, PersonRole::Leader);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 1, PeopleModel::Override).toString(), QStringLiteral("Leader"));
        QCOMPARE(cell(model, 1, PeopleModel::EffectiveRole).toString(), QStringLiteral("Leader"));
        QCOMPARE(model.rowOfPerson(6), 5);
        QCOMPARE(model.rowOfPerson(60), -1);

        // Read-only: nothing editable, greyed out, and the tooltip says why.
        model.setEditable(false, QStringLiteral("read-only because"));
        const QModelIndex override = model.index(1, PeopleModel::Override);
        QVERIFY(!(model.flags(override) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(override) & Qt::ItemIsEnabled));
        QCOMPARE(model.data(override, Qt::ToolTipRole).toString(),
                 QStringLiteral("read-only because"));
        QVERIFY(!model.setData(override, QStringLiteral("guest")));
        QCOMPARE(requested.size(), 1);
    }

    void peopleSearchAndSort()
    {
        PeopleModel model;
        model.setPeople(m_tables.people);
        QSortFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(QStringLiteral("ops"));
        QCOMPARE(proxy.rowCount(), 2); // Uma and Max are in Ops today
        proxy.setFilterFixedString(QString());
        proxy.sort(PeopleModel::Name);
        QCOMPARE(proxy.data(proxy.index(0, PeopleModel::Name)).toString(),
                 QStringLiteral("Build Bot"));
    }

    void departments()
    {
        DepartmentsListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDepartments(m_tables.departments);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 2, DepartmentsListModel::Name).toString(), QStringLiteral("Sales"));
        QCOMPARE(cell(model, 2, DepartmentsListModel::Leaders).toString(), QStringLiteral("2"));
        QCOMPARE(cell(model, 1, DepartmentsListModel::People, SortRole).toDouble(), 3.0);
        QCOMPARE(cell(model, 0, DepartmentsListModel::Headcount, ValueRole).toDouble(), 0.0);
    }

    void channelsOverride()
    {
        ChannelsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChannels(m_tables.channels);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(cell(model, 3, ChannelsModel::NameRules).toString(), QStringLiteral("Q&A"));
        QCOMPARE(cell(model, 3, ChannelsModel::EffectiveKind).toString(), QStringLiteral("Work"));
        QCOMPARE(cell(model, 2, ChannelsModel::Override).toString(), QStringLiteral("Social"));
        QCOMPARE(cell(model, 3, ChannelsModel::Override, ChoiceValuesRole).toStringList().size(),
                 6);

        QSignalSpy requested(&model, &ChannelsModel::kindOverrideRequested);
        QVERIFY(model.setData(model.index(3, ChannelsModel::Override), QStringLiteral("qa")));
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested[0][0].toLongLong(), 4);
        QCOMPARE(requested[0][1].toString(), QStringLiteral("qa"));
        QVERIFY(!model.setData(model.index(3, ChannelsModel::Override), QStringLiteral("chat")));
        model.setKindOverride(4, ChannelKind::Qa);
        QCOMPARE(cell(model, 3, ChannelsModel::EffectiveKind).toString(), QStringLiteral("Q&A"));
        // Clearing an override: the stored kind counts again.
        model.setKindOverride(3, std::nullopt);
        QCOMPARE(cell(model, 2, ChannelsModel::Override).toString(), QString());
        QCOMPARE(cell(model, 2, ChannelsModel::EffectiveKind).toString(), QStringLiteral("Work"));

        model.setEditable(false, QStringLiteral("why"));
        QVERIFY(!(model.flags(model.index(0, ChannelsModel::Override)) & Qt::ItemIsEditable));
        QCOMPARE(cell(model, 0, ChannelsModel::Override, Qt::ToolTipRole).toString(),
                 QStringLiteral("why"));
        QVERIFY(!model.setData(model.index(0, ChannelsModel::Override), QStringLiteral("social")));
    }

    void signalSettingsRefuseWhatTheModelFileWould()
    {
        SignalSettingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSettings(analytics::ModelFile::defaults());
        QCOMPARE(model.rowCount(), 13);
        const auto rowOf = [&](const QString &id) {
            for (int row = 0; row < model.rowCount(); ++row) {
                if (cell(model, row, SignalSettingsModel::Signal).toString().startsWith(id))
                    return row;
            }
            return -1;
        };
        const int a2 = rowOf(QStringLiteral("A2"));
        const int p1 = rowOf(QStringLiteral("P1"));
        const int f2 = rowOf(QStringLiteral("F2"));
        QCOMPARE(a2, 1); // pillar order: authenticity first
        QCOMPARE(cell(model, a2, SignalSettingsModel::Pillar).toString(),
                 QStringLiteral("Authenticity"));
        QCOMPARE(cell(model, a2, SignalSettingsModel::Scale).toString(),
                 QStringLiteral("logarithmic"));
        QCOMPARE(cell(model, a2, SignalSettingsModel::Floor, Qt::EditRole).toDouble(), 168.0);
        QCOMPARE(cell(model, f2, SignalSettingsModel::Target).toString(), QStringLiteral("8"));

        QVERIFY(model.setData(model.index(f2, SignalSettingsModel::Target), 12.0));
        QCOMPARE(model.settings().signal(QStringLiteral("F2"))->target, 12.0);
        QVERIFY(cell(model, f2, SignalSettingsModel::Target, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!cell(model, f2, SignalSettingsModel::Floor, Qt::FontRole).isValid());
        QVERIFY(cell(model, f2, SignalSettingsModel::Target, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("the default is 8")));

        // A floor equal to the target; a log-scale floor of 0; weights out of 0..1000.
        const QModelIndex p1Target = model.index(p1, SignalSettingsModel::Target);
        QVERIFY(!model.setData(p1Target, 0.0));
        QVERIFY(!model.refusal(p1Target, 0.0).isEmpty());
        QVERIFY(!model.setData(model.index(a2, SignalSettingsModel::Floor), 0.0));
        QVERIFY(model.setData(model.index(a2, SignalSettingsModel::Floor), 100.0));
        QVERIFY(!model.setData(model.index(p1, SignalSettingsModel::Weight), -1.0));
        QVERIFY(!model.setData(model.index(p1, SignalSettingsModel::Weight), 1001.0));
        QVERIFY(!model.setData(model.index(p1, SignalSettingsModel::Weight), QStringLiteral("x")));
        QVERIFY(!model.setData(model.index(p1, SignalSettingsModel::Signal), 1.0));
        QCOMPARE(model.settings().signal(QStringLiteral("P1"))->target, 0.5);
        QCOMPARE(model.settings().signal(QStringLiteral("A2"))->floor, 100.0);
        const auto limits = model.limits(model.index(a2, SignalSettingsModel::Target));
        QVERIFY(limits);
        QCOMPARE(limits->min, 0.001);
        QVERIFY(!model.limits(model.index(a2, SignalSettingsModel::Scale)));
    }
};

QTEST_MAIN(TestDataModels)
#include "tst_datamodels.moc"
