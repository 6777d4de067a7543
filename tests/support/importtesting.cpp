#include "importtesting.h"

#include "store/contenthash.h"
#include "store/database.h"
#include "testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

namespace goodwill::testing {

importers::ImportRequest importRequest(const QStringList &sources, const QString &target,
                                       importers::ImportFormat format, const QString &today)
{
    importers::ImportRequest request;
    request.sources = sources;
    request.format = format;
    request.target = target;
    request.today = today;
    return request;
}

Result<importers::ImportResult> runImport(const QString &source, const QString &target,
                                          importers::ImportFormat format, const QString &today)
{
    return importers::Importer::run(importRequest({source}, target, format, today));
}

QString importedInto(const QString &source, const QString &target, importers::ImportFormat format,
                     const QString &today)
{
    auto result = runImport(source, target, format, today);
    if (!result) {
        qWarning("%s", qPrintable(result.error().message));
        return {};
    }
    return target;
}

std::int64_t countIn(const QString &target, const std::string &sql)
{
    auto db = store::Database::open(target, store::Database::Access::ReadOnly);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message));
        return -1;
    }
    return queryInt(db.value()->connection(), sql);
}

QByteArray hashOf(const QString &target)
{
    auto db = store::Database::open(target, store::Database::Access::ReadOnly);
    if (!db)
        return {};
    auto hash = store::contentHash(db.value()->connection());
    return hash ? *hash : QByteArray();
}

void expectRefused(const importers::ImportRequest &request, const QStringList &expected)
{
    const QByteArray before = hashOf(request.target);
    QVERIFY(!before.isEmpty());
    auto result = importers::Importer::run(request);
    QVERIFY(!result);
    const QString &message = result.error().message;
    for (const QString &part : expected)
        QVERIFY2(message.contains(part),
                 qPrintable(message + QStringLiteral(" // expected: ") + part));
    QCOMPARE(hashOf(request.target), before);
}

void expectNothingAdded(const importers::ImportRequest &request, importers::ImportReport &report)
{
    const QByteArray before = hashOf(request.target);
    QVERIFY(!before.isEmpty());
    auto again = importers::Importer::run(request);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(!again->reports.empty());
    report = again->reports.front();
    QCOMPARE(report.people, 0);
    QCOMPARE(report.channels, 0);
    QCOMPARE(report.posts + report.replies + report.reactions + report.recognitions, 0);
    QCOMPARE(hashOf(request.target), before);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace goodwill::testing
