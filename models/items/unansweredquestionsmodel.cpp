#include "unansweredquestionsmodel.h"

#include "itemroles.h"
#include "seriescolors.h"

#include <QLocale>

#include <cmath>
#include <unordered_map>

namespace goodwill::items {

UnansweredQuestionsModel::UnansweredQuestionsModel(QObject *parent) : QAbstractTableModel(parent) {}

std::vector<UnansweredQuestionsModel::Row>
UnansweredQuestionsModel::rows(const std::vector<analytics::UnansweredQuestion> &questions,
                               const analytics::ActivityDataset &data,
                               const std::vector<analytics::MessageLookup::Message> &messages)
{
    std::unordered_map<std::int32_t, const analytics::MessageLookup::Message *> byActivity;
    for (const auto &message : messages)
        byActivity.emplace(message.activity, &message);
    std::vector<Row> result;
    result.reserve(questions.size());
    for (const analytics::UnansweredQuestion &q : questions) {
        Row &row = result.emplace_back();
        row.question = q;
        if (q.department >= 0)
            row.department = data.departments()[size_t(q.department)];
        if (q.author >= 0)
            row.author = data.people()[size_t(q.author)].name;
        if (q.channel >= 0)
            row.channel = data.channels()[size_t(q.channel)].name;
        if (const auto found = byActivity.find(q.activity); found != byActivity.end())
            row.text = found->second->text;
    }
    return result;
}

void UnansweredQuestionsModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString UnansweredQuestionsModel::waitingText(double hours)
{
    const QLocale locale;
    if (hours < 1)
        return tr("%1 min").arg(locale.toString(qRound(hours * 60)));
    const auto whole = qint64(std::floor(hours));
    if (whole < 24)
        return tr("%1 h").arg(locale.toString(whole));
    return tr("%1 d %2 h").arg(locale.toString(whole / 24), locale.toString(whole % 24));
}

int UnansweredQuestionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UnansweredQuestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnansweredQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const QLocale locale;
    switch (Column(index.column())) {
    case Asked:
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(row.question.at.toLocalTime(), QLocale::ShortFormat);
        case SortRole:
        case ValueRole:
            return row.question.at;
        case Qt::ToolTipRole:
            return locale.toString(row.question.at.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    case Waiting:
        switch (role) {
        case Qt::DisplayRole:
            return waitingText(row.question.hoursWaiting);
        case SortRole:
        case ValueRole:
            return row.question.hoursWaiting;
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return tr("Waiting %1 h for the leader's reply in the thread, to the end of the data")
                .arg(locale.toString(row.question.hoursWaiting, 'f', 1));
        default:
            return {};
        }
    case Department:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.department.isEmpty() ? tr("(no department)") : row.department;
        case Qt::DecorationRole:
            return row.question.department >= 0 ? QVariant(seriesColor(row.question.department))
                                                : QVariant();
        case SeriesRole:
            return row.question.department;
        default:
            return {};
        }
    case Author:
        return role == Qt::DisplayRole || role == SortRole ? QVariant(row.author) : QVariant();
    case Channel:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.channel.isEmpty() ? QString() : QStringLiteral("#") + row.channel;
        return {};
    case Question:
        switch (role) {
        case Qt::DisplayRole: {
            QString text = row.text.simplified();
            if (text.size() > previewLength)
                text = text.left(previewLength - 1) + QChar(0x2026);
            return text;
        }
        case SortRole:
        case ValueRole:
        case Qt::ToolTipRole:
            return row.text;
        default:
            return {};
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnansweredQuestionsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Asked:
            return tr("Asked");
        case Waiting:
            return tr("Waiting");
        case Department:
            return tr("Department");
        case Author:
            return tr("Asked by");
        case Channel:
            return tr("Channel");
        case Question:
            return tr("Question");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Asked:
            return tr("When the staff question was posted (local time).");
        case Waiting:
            return tr("Time from the question to the end of the data, with no reply of the "
                      "leader in the thread.");
        case Department:
            return tr("The author's department on the day of the question.");
        case Author:
            return tr("The staff member who asked.");
        case Channel:
            return tr("The thread's channel.");
        case Question:
            return tr("The start of the question; the tooltip shows all of it.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
