#include "../unit/leaderstatsfixture.h"
#include "analytics/activitydataset.h"
#include "analytics/modelsettings.h"
#include "analytics/snapshot.h"
#include "items/itemroles.h"
#include "report/reportdocument.h"
#include "report/reportprovenance.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace goodwill;
using ui::report::ReportDocument;
using ui::report::ReportProvenance;

// ReportDocument writes a PDF whose text is extractable, with page numbers and a last page
// stating the filters, the sources and a hash of the data; ReportProvenance reads them.
class TestReportDocument : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    static QString pdfText(const QString &pdf, int page = 0)
    {
        QStringList arguments;
        if (page > 0)
            arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                      << QString::number(page);
        arguments << QStringLiteral("-layout") << pdf << QStringLiteral("-");
        QProcess process;
        process.start(QStringLiteral("pdftotext"), arguments);
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    static int pageCount(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdfinfo"), {pdf});
        process.waitForFinished(30000);
        const QString info = QString::fromUtf8(process.readAllStandardOutput());
        for (const QString &line : info.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral("Pages:")))
                return line.mid(6).trimmed().toInt();
        }
        return -1;
    }

    // The snapshot of the fixture for March 2025, limited to Ops.
    analytics::Snapshot snapshotOf(store::Database &database)
    {
        analytics::Snapshot snapshot;
        auto settings =
            std::make_shared<analytics::ModelSettings>(analytics::ModelFile::defaults());
        auto data = analytics::ActivityDataset::load(database.connection(), *settings);
        if (!data)
            return snapshot;
        snapshot.sources.dataset =
            std::make_shared<const analytics::ActivityDataset>(std::move(*data));
        snapshot.sources.settings = settings;
        snapshot.from = QDate(2025, 3, 1);
        snapshot.to = QDate(2025, 3, 31);
        snapshot.filter.from = snapshot.from;
        snapshot.filter.to = snapshot.to;
        const auto &departments = snapshot.sources.dataset->departments();
        for (size_t i = 0; i < departments.size(); ++i) {
            if (departments[i] == QStringLiteral("Ops"))
                snapshot.filter.departments.push_back(std::int32_t(i));
        }
        return snapshot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QFAIL("pdftotext (poppler-utils) is needed: ./dev test installs it");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("fixture.goodwill"));
        auto db = store::Database::create(m_db);
        QVERIFY(db);
        QVERIFY(testing::execute((*db)->connection(), testing::leaderstatsfixture::fixture));
        QVERIFY(testing::execute((*db)->connection(), R"sql(
            INSERT INTO import_runs (id, source_id, source_kind, file_name, started_at, finished_at)
            VALUES (1, 1, 'csv', 'a.csv', '2025-04-01T10:00:00Z', '2025-04-01T10:01:00Z'),
                   (2, 1, 'csv', 'b.csv', '2025-05-02T08:30:00Z', NULL);
        )sql"));
    }

    void provenanceNamesFiltersSourcesAndHash()
    {
        auto db = store::Database::open(m_db, store::Database::Access::ReadOnly);
        QVERIFY(db);
        const analytics::Snapshot snapshot = snapshotOf(**db);
        QVERIFY(snapshot.sources.dataset);
        db->reset();

        QString error;
        const auto provenance = ReportProvenance::collect(m_db, snapshot, true, &error);
        QVERIFY2(provenance, qPrintable(error));
        QCOMPARE(provenance->databasePath, m_db);
        QVERIFY(provenance->pseudonymised);
        QVERIFY(provenance->filters.contains(QStringLiteral("Departments: Ops")));
        QVERIFY(provenance->filters.contains(QStringLiteral("Channels: all")));
        QCOMPARE(provenance->sources.size(), 1);
        QCOMPARE(provenance->sources[0].name, QStringLiteral("fixture"));
        QCOMPARE(provenance->sources[0].platform, QStringLiteral("csv"));
        QCOMPARE(provenance->sources[0].importRuns, 2);
        // The later run never finished: its start is the latest import time.
        QCOMPARE(provenance->sources[0].lastImport,
                 QDateTime(QDate(2025, 5, 2), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(provenance->dataSha256.size(), 64);

        // The hash follows the data, not the import log.
        {
            auto writable = store::Database::open(m_db, store::Database::Access::ReadWrite);
            QVERIFY(writable);
            QVERIFY(testing::execute((*writable)->connection(),
                                     "INSERT INTO import_runs (source_id, source_kind, file_name,"
                                     " started_at) VALUES (1, 'csv', 'c.csv', "
                                     "'2025-06-01T00:00:00Z')"));
        }
        const auto afterRun = ReportProvenance::collect(m_db, snapshot, true, &error);
        QVERIFY(afterRun);
        QCOMPARE(afterRun->dataSha256, provenance->dataSha256);
        QCOMPARE(afterRun->sources[0].importRuns, 3);
        {
            auto writable = store::Database::open(m_db, store::Database::Access::ReadWrite);
            QVERIFY(writable);
            QVERIFY(testing::execute((*writable)->connection(),
                                     "UPDATE activities SET text = 'Ordered!' WHERE id = 8"));
        }
        const auto afterEdit = ReportProvenance::collect(m_db, snapshot, true, &error);
        QVERIFY(afterEdit);
        QVERIFY(afterEdit->dataSha256 != provenance->dataSha256);

        QVERIFY(!ReportProvenance::collect(m_dir.filePath(QStringLiteral("missing.goodwill")),
                                           snapshot, false, &error));
        QVERIFY(error.contains(QStringLiteral("missing.goodwill")));
    }

    void pdfHoldsTheBlocksPageNumbersAndProvenance()
    {
        auto db = store::Database::open(m_db, store::Database::Access::ReadOnly);
        QVERIFY(db);
        const analytics::Snapshot snapshot = snapshotOf(**db);
        db->reset();
        QString error;
        const auto provenance = ReportProvenance::collect(m_db, snapshot, false, &error);
        QVERIFY2(provenance, qPrintable(error));

        QStandardItemModel model(3, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Department"), QStringLiteral("ECI")});
        const QStringList names = {QStringLiteral("Sales"), QStringLiteral("Ops"),
                                   QStringLiteral("Legal")};
        for (int row = 0; row < 3; ++row) {
            model.setItem(row, 0, new QStandardItem(names[row]));
            auto *value = new QStandardItem(QString::number(70 + row));
            value->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
            model.setItem(row, 1, value);
        }
        model.item(1, 1)->setData(true, items::SuppressedRole);

        ReportDocument document(QStringLiteral("Quarterly brief"), QStringLiteral("March 2025"));
        document.addHeading(QStringLiteral("Departments"));
        document.addParagraph(QStringLiteral("Sales & Ops <moved> this month."));
        document.addBullets({QStringLiteral("First point"), QStringLiteral("Second point")});
        document.addTable(model, QStringLiteral("ECI by department"), 2);
        QImage chart(600, 300, QImage::Format_RGB32);
        chart.fill(Qt::darkCyan);
        document.addImage(chart, QStringLiteral("A chart"));
        document.setProvenance(*provenance);

        // The text as the document holds it: escaped markup comes back as written.
        const QString text = document.plainText();
        QVERIFY(text.contains(QStringLiteral("Sales & Ops <moved> this month.")));
        QVERIFY(text.contains(QStringLiteral("1 more rows are not shown")));
        QVERIFY(!text.contains(QStringLiteral("Legal"))); // the third row is cut
        QVERIFY(!text.contains(QStringLiteral("71")));    // Ops' ECI is suppressed

        const QString pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const auto failure = document.writePdf(pdf);
        QVERIFY2(!failure, qPrintable(failure.value_or(QString())));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        // The provenance starts a page of its own: two pages, numbered at their feet.
        QCOMPARE(pageCount(pdf), 2);
        const QString first = pdfText(pdf, 1);
        QVERIFY2(first.contains(QStringLiteral("Quarterly brief")), qPrintable(first));
        QVERIFY(first.contains(QStringLiteral("Sales & Ops <moved> this month.")));
        QVERIFY(first.contains(QStringLiteral("Second point")));
        QVERIFY(first.contains(QStringLiteral("ECI by department")));
        QVERIFY(first.contains(QStringLiteral("—")));
        QVERIFY(first.contains(QStringLiteral("70")));
        QVERIFY(!first.contains(QStringLiteral("About this report")));
        QCOMPARE(first.trimmed().split(QLatin1Char('\n')).last().trimmed(), QStringLiteral("1"));
        const QString last = pdfText(pdf, 2);
        QVERIFY(last.contains(QStringLiteral("About this report")));
        QVERIFY(last.contains(QStringLiteral("Departments: Ops")));
        QVERIFY(last.contains(QStringLiteral("fixture")));
        QVERIFY(last.contains(provenance->dataSha256));
        QCOMPARE(last.trimmed().split(QLatin1Char('\n')).last().trimmed(), QStringLiteral("2"));
    }

    void unwritablePathNamesTheFileAndLeavesNothing()
    {
        ReportDocument document(QStringLiteral("Nothing"));
        const QString path = m_dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
        const auto failure = document.writePdf(path);
        QVERIFY(failure);
        QVERIFY(failure->contains(path));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportDocument)
#include "tst_reportdocument.moc"
