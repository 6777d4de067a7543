#include "figuresexport.h"

#include <QJsonArray>

namespace goodwill::analytics {
namespace {

QJsonValue number(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QByteArray csvField(const QString &text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QByteArray csvNumber(const std::optional<double> &value)
{
    return value ? QByteArray::number(*value, 'f', 4) : QByteArray();
}

QJsonObject departmentJson(const DepartmentCapital &capital)
{
    const CapitalPoint &latest = capital.latest();
    QJsonObject department;
    department[QStringLiteral("name")] = capital.name;
    department[QStringLiteral("headcount")] =
        latest.headcount ? QJsonValue(*latest.headcount) : QJsonValue(QJsonValue::Null);
    department[QStringLiteral("suppressed")] = latest.suppressed;
    if (latest.suppressed)
        department[QStringLiteral("suppressed_reason")] = latest.suppressedReason;
    department[QStringLiteral("eci")] = number(latest.eci);
    department[QStringLiteral("eci_low")] = number(latest.eciLow);
    department[QStringLiteral("eci_high")] = number(latest.eciHigh);
    department[QStringLiteral("year_over_year")] = number(capital.yearOverYear);
    QJsonObject pillars;
    for (const PillarValue &pillar : latest.pillars)
        pillars[pillar.id] = number(pillar.score);
    department[QStringLiteral("pillars")] = pillars;
    QJsonObject signals;
    for (const SignalValue &signal : latest.signals) {
        QJsonObject s;
        s[QStringLiteral("raw")] = number(signal.raw);
        s[QStringLiteral("score")] = number(signal.score);
        s[QStringLiteral("low")] = number(signal.low);
        s[QStringLiteral("high")] = number(signal.high);
        s[QStringLiteral("denominator")] =
            signal.suppressed ? QJsonValue(QJsonValue::Null) : QJsonValue(signal.denominator);
        s[QStringLiteral("thin")] = signal.thin;
        s[QStringLiteral("suppressed")] = signal.suppressed;
        signals[signal.id] = s;
    }
    department[QStringLiteral("signals")] = signals;
    department[QStringLiteral("missing")] = QJsonArray::fromStringList(latest.missing);
    QJsonArray trend;
    for (const CapitalPoint &point : capital.trend) {
        QJsonObject p;
        p[QStringLiteral("end")] = point.end.toString(Qt::ISODate);
        p[QStringLiteral("eci")] = number(point.eci);
        p[QStringLiteral("suppressed")] = point.suppressed;
        trend.append(p);
    }
    department[QStringLiteral("trend")] = trend;
    QJsonArray alerts;
    for (const CapitalAlert &alert : capital.alerts) {
        QJsonObject a;
        a[QStringLiteral("kind")] = alert.kind == CapitalAlert::Kind::EciFall
                                        ? QStringLiteral("eci_fall")
                                        : QStringLiteral("pillar_fall");
        a[QStringLiteral("at")] = alert.at.toString(Qt::ISODate);
        if (!alert.pillar.isEmpty())
            a[QStringLiteral("pillar")] = alert.pillar;
        a[QStringLiteral("points")] = alert.points;
        alerts.append(a);
    }
    department[QStringLiteral("alerts")] = alerts;
    return department;
}

} // namespace

QJsonObject FiguresExport::period(QDate from, QDate to, const QString &granularity)
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("granularity"), granularity}};
}

QJsonObject FiguresExport::departmentsJson(const std::vector<DepartmentCapital> &capital)
{
    QJsonObject root;
    QJsonArray departments;
    for (const DepartmentCapital &entry : capital) {
        if (entry.trend.empty())
            continue;
        if (entry.department < 0)
            root[QStringLiteral("organisation")] = departmentJson(entry);
        else
            departments.append(departmentJson(entry));
    }
    root[QStringLiteral("departments")] = departments;
    return root;
}

QJsonObject FiguresExport::leadersJson(const std::vector<LeaderStats> &leaders)
{
    QJsonArray array;
    for (const LeaderStats &s : leaders) {
        QJsonObject l;
        l[QStringLiteral("name")] = s.name;
        l[QStringLiteral("email")] = s.email;
        l[QStringLiteral("department")] = s.department;
        l[QStringLiteral("posts")] = s.posts;
        l[QStringLiteral("replies")] = s.replies;
        l[QStringLiteral("replies_to_staff")] = s.repliesToStaff;
        l[QStringLiteral("recognitions")] = s.recognitions;
        l[QStringLiteral("people_recognised")] = s.peopleRecognised;
        l[QStringLiteral("departments_recognised")] = s.departmentsRecognised;
        l[QStringLiteral("staff_comments")] = s.staffComments;
        l[QStringLiteral("staff_questions")] = s.staffQuestions;
        l[QStringLiteral("reply_rate")] = number(s.replyRate);
        l[QStringLiteral("answered_question_rate")] = number(s.answeredQuestionRate);
        l[QStringLiteral("median_first_reply_hours")] = number(s.medianFirstReplyHours);
        l[QStringLiteral("reach")] = s.reach;
        l[QStringLiteral("conversation_ratio")] = number(s.conversationRatio);
        l[QStringLiteral("active_weeks")] = s.activeWeeks;
        l[QStringLiteral("persona")] = personaKey(s.persona);
        array.append(l);
    }
    return {{QStringLiteral("leaders"), array}};
}

QByteArray FiguresExport::departmentsCsv(const std::vector<DepartmentCapital> &capital)
{
    QByteArray csv = "name,headcount,suppressed,eci,eci_low,eci_high";
    if (capital.empty() || capital.front().trend.empty())
        return csv + '\n';
    const CapitalPoint &shape = capital.front().latest();
    for (const PillarValue &pillar : shape.pillars)
        csv += ',' + pillar.id.toUtf8();
    for (const SignalValue &signal : shape.signals)
        csv += ',' + signal.id.toUtf8() + "_raw," + signal.id.toUtf8() + "_score";
    csv += '\n';
    for (const DepartmentCapital &entry : capital) {
        const CapitalPoint &p = entry.latest();
        csv += csvField(entry.name) + ',' +
               (p.headcount ? QByteArray::number(*p.headcount) : QByteArray()) + ',' +
               (p.suppressed ? "true" : "false") + ',' + csvNumber(p.eci) + ',' +
               csvNumber(p.eciLow) + ',' + csvNumber(p.eciHigh);
        for (const PillarValue &pillar : p.pillars)
            csv += ',' + csvNumber(pillar.score);
        for (const SignalValue &signal : p.signals)
            csv += ',' + csvNumber(signal.raw) + ',' + csvNumber(signal.score);
        csv += '\n';
    }
    return csv;
}

QByteArray FiguresExport::leadersCsv(const std::vector<LeaderStats> &leaders)
{
    QByteArray csv = "name,email,department,posts,replies,replies_to_staff,recognitions,"
                     "people_recognised,departments_recognised,staff_comments,reply_rate,"
                     "answered_question_rate,median_first_reply_hours,reach,conversation_ratio,"
                     "active_weeks,persona\n";
    for (const LeaderStats &s : leaders) {
        csv += csvField(s.name) + ',' + csvField(s.email) + ',' + csvField(s.department) + ',' +
               QByteArray::number(s.posts) + ',' + QByteArray::number(s.replies) + ',' +
               QByteArray::number(s.repliesToStaff) + ',' + QByteArray::number(s.recognitions) +
               ',' + QByteArray::number(s.peopleRecognised) + ',' +
               QByteArray::number(s.departmentsRecognised) + ',' +
               QByteArray::number(s.staffComments) + ',' + csvNumber(s.replyRate) + ',' +
               csvNumber(s.answeredQuestionRate) + ',' + csvNumber(s.medianFirstReplyHours) + ',' +
               QByteArray::number(s.reach) + ',' + csvNumber(s.conversationRatio) + ',' +
               QByteArray::number(s.activeWeeks, 'f', 4) + ',' + personaKey(s.persona).toUtf8() +
               '\n';
    }
    return csv;
}

} // namespace goodwill::analytics
