#include "leadertablemodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace goodwill::items {
namespace {

enum class Format
{
    Text,
    Count,
    Share,
    Hours,
    Ratio
};

struct ColumnInfo
{
    const char *field; // LeaderStats field (FigureRef::figure); empty for text columns
    const char *header;
    Format format;
};

constexpr std::array<ColumnInfo, LeaderTableModel::ColumnCount> columns{{
    {"", QT_TRANSLATE_NOOP("LeaderTableModel", "Leader"), Format::Text},
    {"", QT_TRANSLATE_NOOP("LeaderTableModel", "E-mail"), Format::Text},
    {"", QT_TRANSLATE_NOOP("LeaderTableModel", "Department"), Format::Text},
    {"persona", QT_TRANSLATE_NOOP("LeaderTableModel", "Persona"), Format::Text},
    {"posts", QT_TRANSLATE_NOOP("LeaderTableModel", "Posts"), Format::Count},
    {"replies", QT_TRANSLATE_NOOP("LeaderTableModel", "Replies"), Format::Count},
    {"repliesToStaff", QT_TRANSLATE_NOOP("LeaderTableModel", "Replies to staff"), Format::Count},
    {"recognitions", QT_TRANSLATE_NOOP("LeaderTableModel", "Recognitions"), Format::Count},
    {"peopleRecognised", QT_TRANSLATE_NOOP("LeaderTableModel", "People recognised"), Format::Count},
    {"departmentsRecognised", QT_TRANSLATE_NOOP("LeaderTableModel", "Departments recognised"),
     Format::Count},
    {"staffComments", QT_TRANSLATE_NOOP("LeaderTableModel", "Staff comments"), Format::Count},
    {"answeredComments", QT_TRANSLATE_NOOP("LeaderTableModel", "Answered comments"), Format::Count},
    {"replyRate", QT_TRANSLATE_NOOP("LeaderTableModel", "Reply rate"), Format::Share},
    {"staffQuestions", QT_TRANSLATE_NOOP("LeaderTableModel", "Staff questions"), Format::Count},
    {"answeredQuestions", QT_TRANSLATE_NOOP("LeaderTableModel", "Answered questions"),
     Format::Count},
    {"answeredQuestionRate", QT_TRANSLATE_NOOP("LeaderTableModel", "Answered-question rate"),
     Format::Share},
    {"medianFirstReplyHours", QT_TRANSLATE_NOOP("LeaderTableModel", "Median first reply"),
     Format::Hours},
    {"reach", QT_TRANSLATE_NOOP("LeaderTableModel", "Reach"), Format::Count},
    {"responsesReceived", QT_TRANSLATE_NOOP("LeaderTableModel", "Staff responses"), Format::Count},
    {"conversationRatio", QT_TRANSLATE_NOOP("LeaderTableModel", "Conversation ratio"),
     Format::Ratio},
    {"activeWeeks", QT_TRANSLATE_NOOP("LeaderTableModel", "Active weeks"), Format::Share},
}};

} // namespace

LeaderTableModel::LeaderTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderTableModel::setStats(std::vector<analytics::LeaderStats> stats, QDate from, QDate to,
                                double replyWindowHours)
{
    beginResetModel();
    m_stats = std::move(stats);
    m_from = from;
    m_to = to;
    m_replyWindowHours = replyWindowHours;
    endResetModel();
}

std::int32_t LeaderTableModel::leaderAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_stats[size_t(row)].person : -1;
}

int LeaderTableModel::rowOf(std::int32_t leader) const
{
    for (size_t row = 0; row < m_stats.size(); ++row) {
        if (m_stats[row].person == leader)
            return int(row);
    }
    return -1;
}

QString LeaderTableModel::figureName(int column)
{
    if (column < 0 || column >= ColumnCount)
        return {};
    return QString::fromLatin1(columns[size_t(column)].field);
}

int LeaderTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_stats.size());
}

int LeaderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> LeaderTableModel::number(const analytics::LeaderStats &s, int column)
{
    switch (Column(column)) {
    case Persona:
        return double(s.persona);
    case Posts:
        return s.posts;
    case Replies:
        return s.replies;
    case RepliesToStaff:
        return s.repliesToStaff;
    case Recognitions:
        return s.recognitions;
    case PeopleRecognised:
        return s.peopleRecognised;
    case DepartmentsRecognised:
        return s.departmentsRecognised;
    case StaffComments:
        return s.staffComments;
    case AnsweredComments:
        return s.answeredComments;
    case ReplyRate:
        return s.replyRate;
    case StaffQuestions:
        return s.staffQuestions;
    case AnsweredQuestions:
        return s.answeredQuestions;
    case AnsweredQuestionRate:
        return s.answeredQuestionRate;
    case MedianFirstReplyHours:
        return s.medianFirstReplyHours;
    case Reach:
        return s.reach;
    case ResponsesReceived:
        return s.responsesReceived;
    case ConversationRatio:
        return s.conversationRatio;
    case ActiveWeeks:
        return s.activeWeeks;
    case Name:
    case Email:
    case Department:
    case ColumnCount:
        break;
    }
    return std::nullopt;
}

QString LeaderTableModel::display(const analytics::LeaderStats &s, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Name:
        return s.name;
    case Email:
        return s.email;
    case Department:
        return s.department;
    case Persona:
        return analytics::personaName(s.persona);
    default:
        break;
    }
    const std::optional<double> value = number(s, column);
    if (!value)
        return QStringLiteral("–");
    switch (columns[size_t(column)].format) {
    case Format::Count:
        return locale.toString(qRound(*value));
    case Format::Share:
        return tr("%1%").arg(locale.toString(*value * 100, 'f', 0));
    case Format::Hours:
        return tr("%1 h").arg(locale.toString(*value, 'f', 1));
    case Format::Ratio:
        return locale.toString(*value, 'f', 2);
    case Format::Text:
        break;
    }
    return {};
}

QString LeaderTableModel::explanation(int column) const
{
    const QString window = QLocale().toString(m_replyWindowHours, 'g', 4);
    switch (Column(column)) {
    case Name:
        return tr("The leader (an effective role of leader: override, roster or title).");
    case Email:
        return tr("The leader's e-mail address.");
    case Department:
        return tr("The leader's department on the period's last day.");
    case Persona:
        return tr("Observer: fewer than 2 posts and replies per 4 weeks; else Broadcaster: "
                  "conversation ratio under 0.25; else Responder: over 0.75; else Catalyst: "
                  "staff responses per post at least twice the leaders' median, ratio at most "
                  "0.5; else Engager.");
    case Posts:
        return tr("The leader's posts.");
    case Replies:
        return tr("The leader's replies.");
    case RepliesToStaff:
        return tr("The leader's replies to a message by a staff member.");
    case Recognitions:
        return tr("The leader's recognitions: thanks or praise naming someone (a recognition "
                  "message, a recognition channel, or a recognition phrase next to a mention).");
    case PeopleRecognised:
        return tr("Distinct people the leader recognised.");
    case DepartmentsRecognised:
        return tr("Distinct departments of the people recognised, on the day.");
    case StaffComments:
        return tr("Staff replies in threads the leader started, plus staff posts and replies "
                  "that mention the leader; each message once.");
    case AnsweredComments:
        return tr("Staff comments followed by a reply of the leader in the same thread within "
                  "%1 h.")
            .arg(window);
    case ReplyRate:
        return tr("Answered comments / staff comments: the share followed by the leader's reply "
                  "in the thread within %1 h.")
            .arg(window);
    case StaffQuestions:
        return tr("Staff comments that are questions (a question mark, or a post in a Q&A "
                  "channel).");
    case AnsweredQuestions:
        return tr("Staff questions followed by the leader's reply in the thread within %1 h.")
            .arg(window);
    case AnsweredQuestionRate:
        return tr("Answered questions / staff questions.");
    case MedianFirstReplyHours:
        return tr("Median hours from a staff comment to the leader's first later reply in the "
                  "thread, over the comments answered at all.");
    case Reach:
        return tr("Distinct staff who replied or reacted to the leader's posts.");
    case ResponsesReceived:
        return tr("Staff replies and reactions on the leader's posts.");
    case ConversationRatio:
        return tr("Replies / (posts + replies).");
    case ActiveWeeks:
        return tr("Share of the seven-day blocks from the period's first day with a post, reply "
                  "or recognition of the leader.");
    case ColumnCount:
        break;
    }
    return {};
}

QString LeaderTableModel::toolTip(const analytics::LeaderStats &s, int column) const
{
    const QLocale locale;
    const QString days = tr("%1 to %2")
                             .arg(locale.toString(m_from, QLocale::ShortFormat),
                                  locale.toString(m_to, QLocale::ShortFormat));
    QString text =
        tr("%1, %2 (%3): %4")
            .arg(s.name, headerData(column, Qt::Horizontal).toString(), days, display(s, column));
    if (column >= Persona && !number(s, column)) {
        if (column == MedianFirstReplyHours)
            text += QLatin1Char('\n') + tr("No staff comment was answered: no time to measure.");
        else if (column == ConversationRatio)
            text += QLatin1Char('\n') + tr("No posts or replies: no ratio.");
        else
            text += QLatin1Char('\n') + tr("Nothing to rate in the period.");
    }
    return text + QLatin1Char('\n') + explanation(column);
}

QVariant LeaderTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::LeaderStats &s = m_stats[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(s, column);
    case Qt::ToolTipRole:
        return toolTip(s, column);
    case Qt::TextAlignmentRole:
        return column <= Persona ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SearchRole:
        return QStringList{s.name, s.email, s.department}.join(QLatin1Char(' '));
    case SortRole:
        if (column <= Department || column == Persona)
            return display(s, column);
        // An empty rate sorts below every rate (all figures are at least 0).
        return number(s, column).value_or(-1.0);
    case ValueRole:
        if (column <= Department)
            return {};
        if (column == Persona)
            return analytics::personaKey(s.persona);
        // An empty rate exports as an empty cell rather than the dash on screen.
        if (const auto value = number(s, column))
            return *value;
        return QString();
    case FigureRole: {
        if (column <= Department)
            return {};
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::LeaderFigure;
        figure.figure = figureName(column);
        figure.leader = s.person;
        figure.from = m_from;
        figure.to = m_to;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant LeaderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        // The context the QT_TRANSLATE_NOOP table above files the headers under.
        return QCoreApplication::translate("LeaderTableModel", columns[size_t(section)].header);
    case Qt::ToolTipRole:
        return explanation(section);
    default:
        return {};
    }
}

} // namespace goodwill::items
