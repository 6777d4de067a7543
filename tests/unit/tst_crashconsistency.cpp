// Crash consistency (issue 8): an import killed at any moment, or stopped by a full disk,
// leaves a database that opens, passes SQLite's integrity check and holds either the state
// before the import or the complete import, never a mixture.
#include "fulldiskvfs.h"
#include "generatedexport.h"
#include "importtesting.h"
#include "store/contenthash.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <functional>
#include <sys/types.h>

using namespace goodwill;
using goodwill::testing::hashOf;

namespace {

// The state a database is in after a kill: which of the two it matches, or why neither.
enum class State
{
    Old,
    New,
    Missing,
    Broken
};

const char *name(State state)
{
    switch (state) {
    case State::Old:
        return "old";
    case State::New:
        return "new";
    case State::Missing:
        return "missing";
    case State::Broken:
        return "broken";
    }
    return "?";
}

// Opens `path` as the app would next time (read-write: a hot WAL is recovered), runs the
// integrity check and returns its content hash; empty with `problem` set when it fails.
QByteArray checkedHash(const QString &path, QString &problem)
{
    auto db = store::Database::open(path, store::Database::Access::ReadWrite);
    if (!db) {
        problem = db.error().message;
        return {};
    }
    auto integrity = (*db)->connection().prepare("PRAGMA integrity_check");
    if (!integrity || integrity->step() != store::SqliteStatement::Step::Row ||
        integrity->text(0) != QStringLiteral("ok")) {
        problem = QStringLiteral("integrity_check: ") +
                  (integrity ? integrity->text(0) : integrity.error().message);
        return {};
    }
    auto hash = store::contentHash((*db)->connection());
    if (!hash) {
        problem = hash.error().message;
        return {};
    }
    return *hash;
}

bool copyDatabase(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal", "-shm", ".part"})
        QFile::remove(to + QLatin1StringView(suffix));
    return QFile::copy(from, to);
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_old;    // a database holding an earlier import (a.csv)
    QString m_export; // the import that is killed (b.csv)
    QByteArray m_oldHash, m_newHash, m_freshHash;
    qint64 m_importMs = 0; // one uninterrupted `goodwill import` of m_export
    // The killed import's threads (six activities each): about half a second's import.
    static constexpr int threads = 3000;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // `goodwill import m_export --into target`, started; the caller waits or kills it.
    static void startImport(QProcess &process, const QString &source, const QString &target)
    {
        process.setProgram(QStringLiteral(GOODWILL_BINARY));
        process.setArguments({QStringLiteral("import"), source, QStringLiteral("--into"), target});
        process.setStandardOutputFile(QProcess::nullDevice());
        process.setStandardErrorFile(QProcess::nullDevice());
        process.start();
    }

    static bool runImport(const QString &source, const QString &target)
    {
        QProcess process;
        startImport(process, source, target);
        return process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit &&
               process.exitCode() == 0;
    }

    State stateOf(const QString &target, const QByteArray &complete, QString &problem) const
    {
        if (!QFile::exists(target))
            return State::Missing;
        const QByteArray hash = checkedHash(target, problem);
        if (hash == m_oldHash)
            return State::Old;
        if (hash == complete)
            return State::New;
        if (problem.isEmpty())
            problem = QStringLiteral("the content is neither the old nor the new state");
        return State::Broken;
    }

    // Kills `goodwill import` into `target` (made afresh by `prepare`) after random delays
    // up to a little past a whole import, `kills` times; every outcome must be `allowed`.
    void killRepeatedly(int kills, std::uint32_t seed, const std::function<bool()> &prepare,
                        const QString &target, const QByteArray &complete,
                        std::initializer_list<State> allowed, QMap<State, int> &seen)
    {
        QRandomGenerator random(seed);
        const int span = int(m_importMs * 11 / 10) + 1;
        for (int i = 0; i < kills; ++i) {
            QVERIFY(prepare());
            const int delay = random.bounded(span);
            QProcess process;
            startImport(process, m_export, target);
            QVERIFY(process.waitForStarted());
            QThread::msleep(ulong(delay));
            ::kill(pid_t(process.processId()), SIGKILL);
            QVERIFY(process.waitForFinished(60000));
            const bool finished = process.exitStatus() == QProcess::NormalExit;
            QString problem;
            const State state = stateOf(target, complete, problem);
            qInfo("kill %d after %d ms (%s): %s", i + 1, delay,
                  finished ? "the import had finished" : "killed", name(state));
            QVERIFY2(std::find(allowed.begin(), allowed.end(), state) != allowed.end(),
                     qPrintable(QStringLiteral("kill %1 after %2 ms: %3 %4")
                                    .arg(i + 1)
                                    .arg(delay)
                                    .arg(QString::fromLatin1(name(state)), problem)));
            ++seen[state];
        }
    }

    static std::uint32_t seed()
    {
        bool ok = false;
        const std::uint32_t fixed = qEnvironmentVariable("GOODWILL_CRASH_SEED").toUInt(&ok);
        return ok ? fixed : QRandomGenerator::global()->generate();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString earlier = path(QStringLiteral("a.csv"));
        m_export = path(QStringLiteral("b.csv"));
        QVERIFY(test::writeActivityCsv(earlier, 300, QStringLiteral("a"), 1));
        // Big enough that a kill lands inside the import's transaction: tens of megabytes
        // of database pages, written well past SQLite's page cache.
        QVERIFY(test::writeActivityCsv(m_export, threads, QStringLiteral("b"), 2));
        m_old = path(QStringLiteral("old.goodwill"));
        QVERIFY(runImport(earlier, m_old));
        QString problem;
        m_oldHash = checkedHash(m_old, problem);
        QVERIFY2(!m_oldHash.isEmpty(), qPrintable(problem));

        // The complete import, timed: the kills spread over this span.
        const QString complete = path(QStringLiteral("complete.goodwill"));
        QVERIFY(copyDatabase(m_old, complete));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(runImport(m_export, complete));
        m_importMs = timer.elapsed();
        m_newHash = checkedHash(complete, problem);
        QVERIFY2(!m_newHash.isEmpty(), qPrintable(problem));
        QVERIFY(m_newHash != m_oldHash);
        QCOMPARE(testing::countIn(complete, "SELECT count(*) FROM activities"),
                 (300 + threads) * test::activitiesPerThread);

        const QString fresh = path(QStringLiteral("fresh.goodwill"));
        QVERIFY(runImport(m_export, fresh));
        m_freshHash = checkedHash(fresh, problem);
        QVERIFY2(!m_freshHash.isEmpty(), qPrintable(problem));
        qInfo("one import of %d activities takes %lld ms", threads * test::activitiesPerThread,
              m_importMs);
    }

    // The test: 50 kills of an import into a database holding an earlier import.
    void killedImportLeavesOldOrNewState()
    {
        const std::uint32_t chosen = seed();
        qInfo("seed %u (GOODWILL_CRASH_SEED=%u repeats this run)", chosen, chosen);
        const QString target = path(QStringLiteral("killed.goodwill"));
        QMap<State, int> seen;
        killRepeatedly(
            50, chosen, [&] { return copyDatabase(m_old, target); }, target, m_newHash,
            {State::Old, State::New}, seen);
        qInfo("50 kills: %d left the old state, %d the complete import", seen[State::Old],
              seen[State::New]);
        // The delays reach past the import: some kills must have landed inside it.
        QVERIFY(seen[State::Old] > 0);

        // A killed import is simply run again.
        QVERIFY(copyDatabase(m_old, target));
        QProcess process;
        startImport(process, m_export, target);
        QVERIFY(process.waitForStarted());
        QThread::msleep(ulong(m_importMs / 2));
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(60000));
        QVERIFY(runImport(m_export, target));
        QString problem;
        QCOMPARE(checkedHash(target, problem), m_newHash);
    }

    // Into a new file the import writes "<file>.part" and renames it at the end: a kill
    // leaves no file or the complete one, and the next import is not hindered.
    void killedImportIntoNewFileLeavesNothingOrAll()
    {
        const std::uint32_t chosen = seed();
        qInfo("seed %u", chosen);
        const QString target = path(QStringLiteral("new.goodwill"));
        QMap<State, int> seen;
        killRepeatedly(
            5, chosen,
            [&] {
                for (const char *suffix : {"", "-wal", "-shm"})
                    QFile::remove(target + QLatin1StringView(suffix));
                return true;
            },
            target, m_freshHash, {State::Missing, State::New}, seen);
        QFile::remove(target);
        QVERIFY(runImport(m_export, target));
        QString problem;
        QCOMPARE(checkedHash(target, problem), m_freshHash);
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }

    // A full disk, at several points of the import: a clear error naming the database, and
    // the old state intact. (SQLite's own I/O is failed, as the unix VFS does on ENOSPC.)
    void fullDiskLeavesOldState()
    {
        test::FullDiskVfs disk;
        QVERIFY(disk.installed());
        const QString target = path(QStringLiteral("full.goodwill"));
        const auto request =
            testing::importRequest({m_export}, target, importers::ImportFormat::Auto, QString());
        // What a complete import writes: its transaction's frames into the WAL (the commit
        // is the last of them), then the checkpoint copying them into the file.
        QVERIFY(copyDatabase(m_old, target));
        disk.setBudget(-1);
        auto complete = importers::Importer::run(request);
        QVERIFY2(complete, complete ? "" : qPrintable(complete.error().message));
        const std::int64_t total = disk.written(), wal = disk.writtenToWal();
        QVERIFY(wal > (1 << 20) && total > wal);
        QString problem;
        QCOMPARE(checkedHash(target, problem), m_newHash);
        qInfo("a complete import writes %lld bytes, %lld of them to the WAL", qint64(total),
              qint64(wal));

        // The disk fills before the commit's frame is written: refused, the old state.
        for (const double share : {0.0, 0.05, 0.5, 0.999}) {
            const auto budget = std::int64_t(double(wal) * share);
            QVERIFY(copyDatabase(m_old, target));
            disk.setBudget(budget);
            auto result = importers::Importer::run(request);
            QVERIFY(disk.refused());
            disk.setBudget(-1);
            QVERIFY2(!result, qPrintable(QStringLiteral("accepted with %1 bytes").arg(budget)));
            const QString &message = result.error().message;
            qInfo("disk full after %lld bytes: %s", qint64(budget), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("the disk is full")), qPrintable(message));
            QVERIFY2(message.contains(target), qPrintable(message));
            QVERIFY(!message.contains(QLatin1Char('\n')));
            QVERIFY2(checkedHash(target, problem) == m_oldHash, qPrintable(problem));
        }
        // The disk fills while the checkpoint copies the committed frames into the file:
        // the import is complete, and the next open finishes the copy from the WAL.
        for (const double share : {0.5}) {
            const auto budget = wal + std::int64_t(double(total - wal) * share);
            QVERIFY(copyDatabase(m_old, target));
            disk.setBudget(budget);
            auto result = importers::Importer::run(request);
            QVERIFY(disk.refused());
            disk.setBudget(-1);
            QVERIFY2(result, result ? "" : qPrintable(result.error().message));
            QCOMPARE(checkedHash(target, problem), m_newHash);
        }

        // Into a new file: nothing is left behind.
        const QString fresh = path(QStringLiteral("full-new.goodwill"));
        const auto freshRequest =
            testing::importRequest({m_export}, fresh, importers::ImportFormat::Auto, QString());
        disk.setBudget(-1);
        QVERIFY(importers::Importer::run(freshRequest));
        const std::int64_t freshTotal = disk.written();
        for (const double share : {0.0, 0.5}) {
            QFile::remove(fresh);
            disk.setBudget(std::int64_t(double(freshTotal) * share));
            auto result = importers::Importer::run(freshRequest);
            disk.setBudget(-1);
            QVERIFY(!result);
            QVERIFY2(result.error().message.contains(QStringLiteral("the disk is full")),
                     qPrintable(result.error().message));
            QVERIFY2(result.error().message.contains(fresh), qPrintable(result.error().message));
            QVERIFY(!QFile::exists(fresh));
            QVERIFY(!QFile::exists(fresh + QStringLiteral(".part")));
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
