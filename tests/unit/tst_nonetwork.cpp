// No network (issue 8): import, analytics and reports, the demo and the GUI start-up open
// no network socket. The real goodwill binary runs under an LD_PRELOAD library
// (tests/hardening/netshim.cpp) that logs every socket of a family other than AF_UNIX,
// every connect/bind/sendto to a network address and every host name look-up; the log must
// stay empty. A self-check shows the library catches a deliberate connection.
#include "generatedexport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestNoNetwork : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo; // a small demo database, made under the shim too

    QString path(const QString &name) const { return m_dir.filePath(name); }

    struct Run
    {
        int exitCode = -1;
        QString output;
        QStringList network; // what the shim logged
        bool shimLoaded = false;
    };

    // Runs `program arguments` under the shim, offscreen, with its own settings folders.
    Run run(const QString &program, const QStringList &arguments, bool shim = true)
    {
        const QString log = path(QStringLiteral("net.log"));
        const QString loaded = path(QStringLiteral("loaded.log"));
        QFile::remove(log);
        QFile::remove(loaded);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        if (shim)
            environment.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(GOODWILL_NETSHIM));
        environment.insert(QStringLiteral("GOODWILL_NETLOG"), log);
        environment.insert(QStringLiteral("GOODWILL_NETSHIM_LOADED"), loaded);
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("home/config")));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("home/data")));
        environment.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("home/cache")));
        // Under AddressSanitizer the shim is loaded before its runtime, which is harmless.
        const QString asan = environment.value(QStringLiteral("ASAN_OPTIONS"));
        environment.insert(QStringLiteral("ASAN_OPTIONS"),
                           (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                               QStringLiteral("verify_asan_link_order=0"));
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        Run result;
        if (!process.waitForFinished(300000)) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = QString::fromUtf8(process.readAll());
        result.shimLoaded = QFileInfo(loaded).size() > 0;
        QFile file(log);
        if (file.open(QIODevice::ReadOnly))
            result.network =
                QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        return result;
    }

    Run goodwill(const QStringList &arguments)
    {
        return run(QStringLiteral(GOODWILL_BINARY), arguments);
    }

    static void expectOffline(const Run &result)
    {
        QVERIFY2(result.exitCode == 0, qPrintable(result.output.left(2000)));
        QVERIFY(result.shimLoaded);
        QVERIFY2(result.network.isEmpty(), qPrintable(result.network.join(QLatin1Char('\n'))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(GOODWILL_NETSHIM)));
        m_demo = path(QStringLiteral("demo.goodwill"));
        const Run demo = goodwill({QStringLiteral("demo"), QStringLiteral("--out"), m_demo,
                                   QStringLiteral("--people"), QStringLiteral("200"),
                                   QStringLiteral("--months"), QStringLiteral("6")});
        expectOffline(demo);
    }

    // The shim sees a deliberate TCP connection and a host name look-up, and lets a local
    // (AF_UNIX) socket pass: an empty log below means something.
    void shimCatchesADeliberateConnection()
    {
        const Run inet = run(QStringLiteral(GOODWILL_NETPROBE), {QStringLiteral("inet")});
        QCOMPARE(inet.exitCode, 0);
        QVERIFY2(inet.network.size() >= 2, qPrintable(inet.network.join(QLatin1Char('\n'))));
        QVERIFY(inet.network.at(0).startsWith(QStringLiteral("socket family=2 ")));
        QVERIFY(inet.network.at(1).startsWith(QStringLiteral("connect family=2 ")));
        const Run lookup = run(QStringLiteral(GOODWILL_NETPROBE), {QStringLiteral("lookup")});
        QVERIFY(!lookup.network.isEmpty());
        QVERIFY(lookup.network.at(0).startsWith(QStringLiteral("getaddrinfo ")));
        const Run local = run(QStringLiteral(GOODWILL_NETPROBE), {QStringLiteral("unix")});
        QCOMPARE(local.exitCode, 0);
        QCOMPARE(local.network, QStringList());
        // Without the shim nothing is logged: the log comes from the shim alone.
        const Run bare = run(QStringLiteral(GOODWILL_NETPROBE), {QStringLiteral("inet")}, false);
        QVERIFY(!bare.shimLoaded);
        QCOMPARE(bare.network, QStringList());
    }

    void importOpensNoSocket()
    {
        const QString csv = path(QStringLiteral("activities.csv"));
        QVERIFY(goodwill::test::writeActivityCsv(csv, 200, QStringLiteral("n")));
        const QString target = path(QStringLiteral("imported.goodwill"));
        expectOffline(goodwill({QStringLiteral("import"), csv, QStringLiteral("--into"), target,
                                QStringLiteral("--report-json"), path(QStringLiteral("r.json"))}));
        QVERIFY(QFileInfo::exists(target));
        // Into an existing database as well.
        const QString more = path(QStringLiteral("more.csv"));
        QVERIFY(goodwill::test::writeActivityCsv(more, 50, QStringLiteral("m")));
        expectOffline(goodwill({QStringLiteral("import"), more, QStringLiteral("--into"), target}));
    }

    void analyticsAndReportsOpenNoSocket()
    {
        expectOffline(goodwill({QStringLiteral("check"), m_demo}));
        const QString departments = path(QStringLiteral("departments.json"));
        expectOffline(goodwill({QStringLiteral("report"), QStringLiteral("--db"), m_demo,
                                QStringLiteral("--kind"), QStringLiteral("departments"),
                                QStringLiteral("--out"), departments}));
        QVERIFY(QFileInfo(departments).size() > 0);
        const QString leaders = path(QStringLiteral("leaders.csv"));
        expectOffline(goodwill({QStringLiteral("report"), QStringLiteral("--db"), m_demo,
                                QStringLiteral("--kind"), QStringLiteral("leaders"),
                                QStringLiteral("--format"), QStringLiteral("csv"),
                                QStringLiteral("--out"), leaders}));
        QVERIFY(QFileInfo(leaders).size() > 0);
        // The PDF reports: the town-hall brief and a leader's own (a story character's,
        // docs/demo.md, whatever the demo's size).
        const QString townhall = path(QStringLiteral("townhall.pdf"));
        expectOffline(goodwill({QStringLiteral("report"), QStringLiteral("--db"), m_demo,
                                QStringLiteral("--kind"), QStringLiteral("townhall"),
                                QStringLiteral("--out"), townhall}));
        QVERIFY(QFileInfo(townhall).size() > 0);
        const QString leader = path(QStringLiteral("leader.pdf"));
        expectOffline(goodwill({QStringLiteral("report"), QStringLiteral("--db"), m_demo,
                                QStringLiteral("--kind"), QStringLiteral("leader"),
                                QStringLiteral("--leader"),
                                QStringLiteral("daniel.okafor@brightwater.example"),
                                QStringLiteral("--out"), leader}));
        QVERIFY(QFileInfo(leader).size() > 0);
    }

    // The window on a database, every page shot, and the import wizard run on an export:
    // `goodwill shots` starts the same MainWindow the app does, offscreen, and quits.
    void guiStartUpOpensNoSocket()
    {
        const QString csv = path(QStringLiteral("wizard.csv"));
        QVERIFY(goodwill::test::writeActivityCsv(csv, 30, QStringLiteral("w")));
        const QString shots = path(QStringLiteral("shots"));
        const Run result =
            goodwill({QStringLiteral("shots"), QStringLiteral("--db"), m_demo,
                      QStringLiteral("--out"), shots, QStringLiteral("--export"), csv});
        expectOffline(result);
        QVERIFY(!QDir(shots).entryList({QStringLiteral("*.png")}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestNoNetwork)
#include "tst_nonetwork.moc"
