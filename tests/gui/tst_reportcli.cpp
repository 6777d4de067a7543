#include "store/database.h"
#include "store/sqlitestatement.h"
#include "testdatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace goodwill;

// `goodwill report --kind leader|townhall` on the demo organisation (docs/demo.md): the PDFs
// are written, their text is extractable and holds the stories the figures must tell.
class TestReportCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    struct Run
    {
        int code = -1;
        QString err;
    };

    static Run run(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GOODWILL_BINARY), arguments);
        process.waitForFinished(300000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardError())};
    }

    static QString pdfText(const QString &pdf)
    {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        process.waitForFinished(60000);
        // Table cells wrap ("Customer\nSupport"): compare words, not lines.
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

    QStringList query(const char *sql)
    {
        QStringList values;
        auto db = store::Database::open(m_demo, store::Database::Access::ReadOnly);
        if (!db)
            return values;
        auto statement = (*db)->connection().prepare(sql);
        if (!statement)
            return values;
        while (statement->step() == store::SqliteStatement::Step::Row)
            values << statement->text(0);
        return values;
    }

    // The text between `from` and the next of `headings` after it.
    static QString section(const QString &text, const QString &from, const QString &to)
    {
        const qsizetype start = text.indexOf(from);
        const qsizetype end = text.indexOf(to, start + 1);
        return start < 0 ? QString() : text.mid(start, end < 0 ? -1 : end - start);
    }

    static QString hashOf(const QString &text)
    {
        const auto match = QRegularExpression(QStringLiteral("\\b[0-9a-f]{64}\\b")).match(text);
        return match.hasMatch() ? match.captured() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = testing::sharedDemo();
        QVERIFY(!m_demo.isEmpty());
    }

    void leaderReport()
    {
        const QStringList emails =
            query("SELECT email FROM people WHERE display_name = 'Daniel Okafor'");
        QCOMPARE(emails.size(), 1);
        const QString pdf = m_dir.filePath(QStringLiteral("daniel.pdf"));
        const QStringList arguments = {QStringLiteral("report"),
                                       QStringLiteral("--db"),
                                       m_demo,
                                       QStringLiteral("--kind"),
                                       QStringLiteral("leader"),
                                       QStringLiteral("--leader"),
                                       emails[0],
                                       QStringLiteral("--from"),
                                       QStringLiteral("2025-11-01"),
                                       QStringLiteral("--out"),
                                       pdf};
        const Run result = run(arguments);
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("My engagement: Daniel Okafor")), qPrintable(text));
        for (const char *heading :
             {"Cadence against goals", "Among leaders", "Reply rate and time to first reply",
              "Unanswered staff questions", "Best-received posts", "Nudges", "About this report"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // No leader ever recognises Field Operations: it is among the departments he has not
        // recognised.
        QVERIFY(section(text, QStringLiteral("Not recognised in the last"),
                        QStringLiteral("Best-received posts"))
                    .contains(QStringLiteral("Field Operations")));
        QVERIFY(text.contains(QStringLiteral("Period: 1 Nov 2025")));

        // The same data gives the same hash; the report says which data it came from.
        const QString hash = hashOf(text);
        QCOMPARE(hash.size(), 64);
        const QString again = m_dir.filePath(QStringLiteral("again.pdf"));
        QStringList second = arguments;
        second.last() = again;
        second << QStringLiteral("--pseudonymise");
        const Run pseudonymised = run(second);
        QVERIFY2(pseudonymised.code == 0, qPrintable(pseudonymised.err));
        const QString hidden = pdfText(again);
        QCOMPARE(hashOf(hidden), hash);
        QVERIFY(hidden.contains(QStringLiteral("Staff names: pseudonymised")));

        // Pseudonymised: no staff member's name is printed, where the plain report names some.
        const QStringList staff =
            query("SELECT display_name FROM people WHERE coalesce(role_override, role) = 'staff'");
        QVERIFY(staff.size() > 1000);
        int namedPlain = 0, namedHidden = 0;
        for (const QString &name : staff) {
            namedPlain += text.contains(name) ? 1 : 0;
            namedHidden += hidden.contains(name) ? 1 : 0;
        }
        QVERIFY(namedPlain > 0);
        QCOMPARE(namedHidden, 0);
        QVERIFY(hidden.contains(QStringLiteral("Staff member (")));
    }

    void townHallReport()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("townhall.pdf"));
        const Run result = run(
            {QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"),
             QStringLiteral("townhall"), QStringLiteral("--from"), QStringLiteral("2025-10-01"),
             QStringLiteral("--to"), QStringLiteral("2026-03-31"), QStringLiteral("--out"), pdf});
        QVERIFY2(result.code == 0, qPrintable(result.err));
        const QString text = pdfText(pdf);
        for (const char *heading :
             {"Summary", "Risers and fallers", "Open staff questions", "Shout-out candidates",
              "Leaders' responsiveness", "About this report"})
            QVERIFY2(text.contains(QLatin1String(heading)), heading);
        // The reorganised department is among the fallers.
        QVERIFY(section(text, QStringLiteral("Risers and fallers"),
                        QStringLiteral("Open staff questions"))
                    .contains(QStringLiteral("Customer Support")));
        QVERIFY(text.contains(QStringLiteral("Period: 1 Oct 2025 – 31 Mar 2026")));
    }

    void badRequestsSayWhatIsWrong()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        Run result =
            run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"),
                 QStringLiteral("leader"), QStringLiteral("--out"), pdf});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("--leader")));
        result =
            run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"),
                 QStringLiteral("leader"), QStringLiteral("--leader"),
                 QStringLiteral("nobody@example.com"), QStringLiteral("--out"), pdf});
        QCOMPARE(result.code, 2);
        QVERIFY(result.err.contains(QStringLiteral("nobody@example.com")));
        QVERIFY(!QFile::exists(pdf));
        const QString unwritable = m_dir.filePath(QStringLiteral("no/such/dir/x.pdf"));
        result =
            run({QStringLiteral("report"), QStringLiteral("--db"), m_demo, QStringLiteral("--kind"),
                 QStringLiteral("townhall"), QStringLiteral("--out"), unwritable});
        QCOMPARE(result.code, 1);
        QVERIFY(result.err.contains(unwritable));
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
