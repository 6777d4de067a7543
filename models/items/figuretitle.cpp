#include "figuretitle.h"

#include "analytics/activitydataset.h"
#include "capitallabels.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace goodwill::items {

QString FigureTitle::leaderFigureName(const QString &figure)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("posts"), QT_TR_NOOP("Posts")},
        {QStringLiteral("replies"), QT_TR_NOOP("Replies")},
        {QStringLiteral("repliesToStaff"), QT_TR_NOOP("Replies to staff")},
        {QStringLiteral("recognitions"), QT_TR_NOOP("Recognitions")},
        {QStringLiteral("peopleRecognised"), QT_TR_NOOP("People recognised")},
        {QStringLiteral("departmentsRecognised"), QT_TR_NOOP("Departments recognised")},
        {QStringLiteral("staffComments"), QT_TR_NOOP("Staff comments")},
        {QStringLiteral("answeredComments"), QT_TR_NOOP("Answered comments")},
        {QStringLiteral("staffQuestions"), QT_TR_NOOP("Staff questions")},
        {QStringLiteral("answeredQuestions"), QT_TR_NOOP("Answered questions")},
        {QStringLiteral("reach"), QT_TR_NOOP("Reach")},
        {QStringLiteral("responsesReceived"), QT_TR_NOOP("Responses received")},
        {QStringLiteral("replyRate"), QT_TR_NOOP("Reply rate")},
        {QStringLiteral("answeredQuestionRate"), QT_TR_NOOP("Answered-question rate")},
        {QStringLiteral("medianFirstReplyHours"), QT_TR_NOOP("Median time to first reply")},
        {QStringLiteral("conversationRatio"), QT_TR_NOOP("Conversation ratio")},
        {QStringLiteral("activeWeeks"), QT_TR_NOOP("Active weeks")},
        {QStringLiteral("persona"), QT_TR_NOOP("Persona")},
    };
    const auto it = names.find(figure);
    return it == names.end() ? figure : tr(*it);
}

QString FigureTitle::departmentName(const analytics::FigureRef &figure,
                                    const analytics::ActivityDataset &data)
{
    const auto &departments = data.departments();
    if (figure.department >= 0 && size_t(figure.department) < departments.size())
        return departments[size_t(figure.department)];
    if (figure.selection.empty())
        return tr("Organisation");
    QStringList names;
    for (std::int32_t d : figure.selection) {
        if (d >= 0 && size_t(d) < departments.size())
            names << departments[size_t(d)];
    }
    return tr("Selection (%1)").arg(names.join(QStringLiteral(", ")));
}

QString FigureTitle::of(const analytics::FigureRef &figure, const analytics::ActivityDataset &data,
                        int windowDays)
{
    using Kind = analytics::FigureRef::Kind;
    const QLocale locale;
    const QString to = locale.toString(figure.to, QLocale::ShortFormat);
    const QString department = departmentName(figure, data);
    switch (figure.kind) {
    case Kind::LeaderFigure: {
        const QString leader = figure.leader >= 0 && size_t(figure.leader) < data.people().size()
                                   ? data.people()[size_t(figure.leader)].name
                                   : QString();
        return tr("%1 of %2, %3 – %4")
            .arg(leaderFigureName(figure.figure), leader,
                 locale.toString(figure.from, QLocale::ShortFormat), to);
    }
    case Kind::Signal:
        return tr("%1 (%2) of %3, the %4 days to %5")
            .arg(CapitalLabels::signalName(figure.figure), figure.figure, department)
            .arg(windowDays)
            .arg(to);
    case Kind::Pillar:
        return tr("%1 of %2 on %3").arg(CapitalLabels::pillarName(figure.figure), department, to);
    case Kind::Eci:
        return tr("Emotional capital (ECI) of %1 on %2").arg(department, to);
    case Kind::Headcount:
        return tr("Staff of %1 on %2").arg(department, to);
    case Kind::None:
        break;
    }
    return {};
}

} // namespace goodwill::items
