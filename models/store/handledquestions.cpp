#include "handledquestions.h"

#include "overrideedit.h"
#include "sqliteconnection.h"
#include "storewriter.h"

#include <QCoreApplication>

namespace goodwill::store {
namespace {

Result<void> edit(const QString &path, const std::function<Result<void>(StoreWriter &)> &write)
{
    return OverrideEdit::write(
        path, write,
        QCoreApplication::translate(
            "HandledQuestions",
            "'%1' was not created by Goodwill, so it is only ever read: questions cannot be "
            "marked handled in it."),
        QCoreApplication::translate(
            "HandledQuestions",
            "'%1' is read-only (the file cannot be written), so questions cannot be marked "
            "handled in it."));
}

} // namespace

QString HandledQuestions::storedTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

Result<std::vector<HandledMark>> HandledQuestions::read(SqliteConnection &connection,
                                                        std::int64_t personId)
{
    std::vector<HandledMark> marks;
    if (!connection.tableExists("handled_questions"))
        return marks;
    auto rows = connection.prepare("SELECT activity_id, person_id, handled_at FROM "
                                   "handled_questions WHERE person_id = ? ORDER BY activity_id");
    if (!rows)
        return rows.error();
    rows->bind(1, personId);
    for (auto step = rows->step(); step != SqliteStatement::Step::Done; step = rows->step()) {
        if (step == SqliteStatement::Step::Error)
            return connection.error(QCoreApplication::translate(
                "HandledQuestions", "cannot read the questions marked handled"));
        HandledMark &mark = marks.emplace_back();
        mark.activityId = rows->int64(0);
        mark.personId = rows->int64(1);
        mark.handledAt = QDateTime::fromString(rows->text(2), Qt::ISODate).toUTC();
    }
    return marks;
}

Result<void> HandledQuestions::mark(const QString &path, std::int64_t activityId,
                                    std::int64_t personId, const QDateTime &at)
{
    const QByteArray time = storedTime(at).toUtf8();
    return edit(path, [&](StoreWriter &writer) {
        return writer.markQuestionHandled(activityId, personId,
                                          std::string_view(time.constData(), size_t(time.size())));
    });
}

Result<void> HandledQuestions::unmark(const QString &path, std::int64_t activityId,
                                      std::int64_t personId)
{
    return edit(path, [&](StoreWriter &writer) {
        return writer.unmarkQuestionHandled(activityId, personId);
    });
}

} // namespace goodwill::store
