#include "analytics/activitydataset.h"
#include "analytics/figureref.h"
#include "analytics/leaderdetail.h"
#include "analytics/messagelookup.h"
#include "items/columnsubsetmodel.h"
#include "items/departmentreachmodel.h"
#include "items/itemroles.h"
#include "items/leadercadencemodel.h"
#include "items/leaderresponsetrendmodel.h"
#include "items/leadertablemodel.h"
#include "items/tablecsv.h"
#include "items/unansweredquestionsmodel.h"
#include "leaderfixture.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace goodwill;
using namespace goodwill::analytics;
using namespace goodwill::items;
using namespace goodwill::testing::leaderfixture;

// The models over the hand-built database of tst_leaderdetail (1 March - 15 April 2025).
class TestLeaderModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<store::Database> m_db;
    std::optional<ActivityDataset> m_data;
    std::unique_ptr<LeaderFigures> m_figures;
    ModelSettings m_settings = ModelFile::defaults();
    const QDate m_from{2025, 3, 1};
    const QDate m_to{2025, 4, 15};

    LeaderDetail detail(Granularity granularity = Granularity::Month) const
    {
        LeaderDetailQuery query;
        query.leader = lena;
        query.from = m_from;
        query.to = m_to;
        query.granularity = granularity;
        return *LeaderDetail::compute(*m_data, *m_figures, query);
    }

    static FigureRef figureAt(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data(FigureRole).value<FigureRef>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = store::Database::create(QString());
        QVERIFY(db);
        m_db = std::move(*db);
        QVERIFY(testing::execute(m_db->connection(), fixture));
        auto data = ActivityDataset::load(m_db->connection(), m_settings);
        QVERIFY(data);
        m_data.emplace(std::move(*data));
        m_figures = std::make_unique<LeaderFigures>(*m_data, m_settings);
    }

    void leaderTable()
    {
        LeaderTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStats(m_figures->compute(m_from, m_to), m_from, m_to);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(LeaderTableModel::ColumnCount));
        QCOMPARE(model.rowOf(mark), 1);
        QCOMPARE(model.leaderAt(0), lena);
        const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
            return model.index(row, column).data(role);
        };
        QCOMPARE(cell(0, LeaderTableModel::Name).toString(), QStringLiteral("Lena Berg"));
        QCOMPARE(cell(0, LeaderTableModel::Department).toString(), QStringLiteral("Sales"));
        QCOMPARE(cell(0, LeaderTableModel::Posts).toString(), QStringLiteral("4")); // a1 a7 a8 a12
        // 7 staff comments (4 in March, 3 in April), 2 answered within 72 h (a2, a15).
        QCOMPARE(cell(0, LeaderTableModel::StaffComments, ValueRole).toDouble(), 7.0);
        QCOMPARE(cell(0, LeaderTableModel::ReplyRate).toString(), QStringLiteral("29%"));
        QCOMPARE(cell(0, LeaderTableModel::ReplyRate, ValueRole).toDouble(), 2.0 / 7.0);
        QCOMPARE(cell(0, LeaderTableModel::ReplyRate, SortRole).toDouble(), 2.0 / 7.0);
        // Of 2 h (a2), 96 h (a5) and 4 h (a15).
        QCOMPARE(cell(0, LeaderTableModel::MedianFirstReplyHours).toString(),
                 QStringLiteral("4.0 h"));
        QCOMPARE(cell(0, LeaderTableModel::Persona, ValueRole).toString(),
                 personaKey(m_figures->compute(lena, m_from, m_to)->persona));
        QVERIFY(cell(0, LeaderTableModel::ReplyRate, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("within 72 h")));
        QVERIFY(!model.headerData(LeaderTableModel::Reach, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
        // Mark answered none of his one staff comment (a9): a rate of 0 but no reply time, which
        // is a dash on screen, an empty CSV cell, and last when sorted.
        QCOMPARE(cell(1, LeaderTableModel::ReplyRate).toString(), QStringLiteral("0%"));
        QCOMPARE(cell(1, LeaderTableModel::MedianFirstReplyHours).toString(), QStringLiteral("–"));
        QCOMPARE(cell(1, LeaderTableModel::MedianFirstReplyHours, SortRole).toDouble(), -1.0);
        const QString csv = QString::fromUtf8(TableCsv::toCsv(model));
        const QStringList markRow = csv.split(QStringLiteral("\r\n"))[2].split(QLatin1Char(','));
        QCOMPARE(markRow[LeaderTableModel::Name], QStringLiteral("Mark Holt"));
        QCOMPARE(markRow[LeaderTableModel::ReplyRate], QStringLiteral("0"));
        QCOMPARE(markRow[LeaderTableModel::MedianFirstReplyHours], QString());

        const FigureRef figure = figureAt(model, 0, LeaderTableModel::ReplyRate);
        QCOMPARE(int(figure.kind), int(FigureRef::Kind::LeaderFigure));
        QCOMPARE(figure.figure, QStringLiteral("replyRate"));
        QCOMPARE(figure.leader, lena);
        QCOMPARE(figure.from, m_from);
        QCOMPARE(figure.to, m_to);
        QVERIFY(!figureAt(model, 0, LeaderTableModel::Name).isValid());
        for (int column = LeaderTableModel::Persona; column < LeaderTableModel::ColumnCount;
             ++column)
            QVERIFY(!LeaderTableModel::figureName(column).isEmpty());

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(LeaderTableModel::SearchRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setSortRole(SortRole);
        proxy.setFilterFixedString(QStringLiteral("ops"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Mark Holt"));
        proxy.setFilterFixedString(QStringLiteral("LENA@"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterFixedString(QString());
        proxy.sort(LeaderTableModel::MedianFirstReplyHours, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Lena Berg"));
        proxy.sort(LeaderTableModel::MedianFirstReplyHours, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Mark Holt"));
    }

    void cadence()
    {
        LeaderCadenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeriods(lena, detail().periods);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toDate(), QDate(2025, 3, 31));
        QCOMPARE(model.index(1, 0).data().toDate(), QDate(2025, 4, 15));
        QCOMPARE(model.index(0, LeaderCadenceModel::Posts).data().toInt(), 3);
        QCOMPARE(model.index(0, LeaderCadenceModel::Replies).data().toInt(), 2);
        QCOMPARE(model.index(0, LeaderCadenceModel::Recognitions).data().toInt(), 2);
        QCOMPARE(model.index(1, LeaderCadenceModel::Posts).data().toInt(), 1);
        const FigureRef figure = figureAt(model, 1, LeaderCadenceModel::Recognitions);
        QCOMPARE(figure.figure, QStringLiteral("recognitions"));
        QCOMPARE(figure.leader, lena);
        QCOMPARE(figure.from, QDate(2025, 4, 1));
        QCOMPARE(figure.to, QDate(2025, 4, 15));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void responseTrend()
    {
        LeaderResponseTrendModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeriods(lena, detail().periods);
        using M = LeaderResponseTrendModel;
        QCOMPARE(model.index(0, M::ReplyRate).data().toDouble(), 25.0); // 1 of 4
        QCOMPARE(model.index(1, M::ReplyRate).data().toDouble(), 33.3); // 1 of 3
        QCOMPARE(model.index(1, M::ReplyRate).data(ValueRole).toDouble(), 1.0 / 3.0);
        QCOMPARE(model.index(0, M::MedianHours).data().toDouble(), 49.0);
        QCOMPARE(model.index(1, M::MedianHours).data().toDouble(), 4.0);
        QVERIFY(model.index(0, M::ReplyRate)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("1 of 4")));
        QCOMPARE(figureAt(model, 0, M::MedianHours).figure,
                 QStringLiteral("medianFirstReplyHours"));
        // By week: the first weekend has no staff comment, a gap rather than a zero.
        model.setPeriods(lena, detail(Granularity::Week).periods);
        QCOMPARE(model.rowCount(), 8);
        QVERIFY(!model.index(0, M::ReplyRate).data().isValid());
        QVERIFY(model.hasValues(M::ReplyRate));
        model.clear();
        QVERIFY(!model.hasValues(M::MedianHours));
    }

    void departmentReach()
    {
        DepartmentReachModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDepartments(detail().departments, m_from, m_to, m_settings.k);
        using M = DepartmentReachModel;
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(sales, M::Department).data().toString(), QStringLiteral("Sales"));
        QCOMPARE(model.index(sales, M::Reach).data().toDouble(), 60.0);
        QCOMPARE(model.index(sales, M::Reach).data(ValueRole).toDouble(), 0.6);
        QCOMPARE(model.index(sales, M::Staff).data().toInt(), 5);
        QCOMPARE(model.index(sales, M::Recognitions).data().toInt(), 2);
        QCOMPARE(model.index(sales, M::PeopleRecognised).data().toInt(), 2);
        QCOMPARE(model.index(sales, M::Status).data().toString(), QStringLiteral("Recognised"));
        QCOMPARE(model.index(ops, M::Reach).data().toDouble(), 20.0);
        QCOMPARE(model.index(finance, M::Status).data().toString(),
                 QStringLiteral("Not recognised"));
        QCOMPARE(model.index(finance, M::Department).data(SeriesRole), QVariant(finance));
        // Legal has one staff member: no size, no reach, and a tooltip saying why.
        for (int column : {int(M::Reach), int(M::Staff)}) {
            const QModelIndex hidden = model.index(legal, column);
            QVERIFY(hidden.data(SuppressedRole).toBool());
            QVERIFY(!hidden.data().isValid());
            QVERIFY(
                hidden.data(Qt::ToolTipRole).toString().contains(QStringLiteral("fewer than 5")));
        }
        QCOMPARE(model.index(legal, M::Status).data().toString(),
                 QStringLiteral("Fewer than 5 staff"));
        QVERIFY(!model.index(sales, M::Reach).data(SuppressedRole).toBool());

        // Sorted by status, the blind spot comes first.
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(SortRole);
        sorted.sort(M::Status);
        QCOMPARE(sorted.index(0, M::Department).data().toString(), QStringLiteral("Finance"));

        // The reach chart's model: name and reach, without the hidden department.
        ColumnSubsetModel chart;
        QAbstractItemModelTester chartTester(
            &chart, QAbstractItemModelTester::FailureReportingMode::QtTest);
        chart.setSourceModel(&model);
        chart.setColumns({M::Department, M::Reach});
        chart.setDropSuppressedRows(true);
        QCOMPARE(chart.columnCount(), 2);
        QCOMPARE(chart.rowCount(), 3);
        QCOMPARE(chart.headerData(1, Qt::Horizontal).toString(), QStringLiteral("Reach (%)"));
        QCOMPARE(chart.index(2, 0).data().toString(), QStringLiteral("Finance"));
        chart.setDropSuppressedRows(false);
        QCOMPARE(chart.rowCount(), 4);
        model.clear();
        QCOMPARE(chart.rowCount(), 0);
    }

    void unansweredQuestions()
    {
        const LeaderDetail lenaDetail = detail();
        std::vector<std::int32_t> indexes;
        for (const UnansweredQuestion &q : lenaDetail.unanswered)
            indexes.push_back(q.activity);
        const auto messages = MessageLookup(m_db->connection()).read(*m_data, indexes);
        QVERIFY(messages);
        UnansweredQuestionsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(UnansweredQuestionsModel::rows(lenaDetail.unanswered, *m_data, *messages));
        using M = UnansweredQuestionsModel;
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, M::Author).data().toString(), QStringLiteral("Sue Two"));
        QCOMPARE(model.index(0, M::Department).data().toString(), QStringLiteral("Sales"));
        QCOMPARE(model.index(0, M::Channel).data().toString(), QStringLiteral("#general"));
        QCOMPARE(model.index(0, M::Question).data().toString(), QStringLiteral("Can I join?"));
        QCOMPARE(model.index(0, M::Waiting).data().toString(), QStringLiteral("47 d 3 h"));
        QCOMPARE(model.index(0, M::Waiting).data(SortRole).toDouble(), 47 * 24 + 3.0);
        QCOMPARE(model.index(0, M::Asked).data(SortRole).toDateTime(),
                 QDateTime(QDate(2025, 3, 4), QTime(9, 0), Qt::UTC));
        QCOMPARE(model.index(1, M::Author).data().toString(), QStringLiteral("Gil One"));
        QCOMPARE(model.index(1, M::Question).data().toString(),
                 QStringLiteral("@Lena Berg is the contract ready?"));
        QCOMPARE(model.index(2, M::Department).data().toString(), QStringLiteral("Ops"));
        QCOMPARE(model.index(2, M::Question).data().toString(), QStringLiteral("Is this final?"));
        QCOMPARE(UnansweredQuestionsModel::waitingText(0.5), QStringLiteral("30 min"));
        QCOMPARE(UnansweredQuestionsModel::waitingText(5.5), QStringLiteral("5 h"));
        // Without the messages the rows still stand, with no text.
        model.setRows(UnansweredQuestionsModel::rows(lenaDetail.unanswered, *m_data, {}));
        QCOMPARE(model.index(0, M::Question).data().toString(), QString());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLeaderModels)
#include "tst_leadermodels.moc"
