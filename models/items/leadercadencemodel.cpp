#include "leadercadencemodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

LeaderCadenceModel::LeaderCadenceModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderCadenceModel::setPeriods(std::int32_t leader,
                                    std::vector<analytics::LeaderPeriod> periods)
{
    beginResetModel();
    m_leader = leader;
    m_periods = std::move(periods);
    endResetModel();
}

void LeaderCadenceModel::clear()
{
    setPeriods(-1, {});
}

QString LeaderCadenceModel::periodText(const analytics::LeaderPeriod &period)
{
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(period.from, QLocale::ShortFormat),
                             locale.toString(period.to, QLocale::ShortFormat));
}

int LeaderCadenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int LeaderCadenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaderCadenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::LeaderPeriod &period = m_periods[size_t(index.row())];
    const int column = index.column();
    if (column == Period) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return period.to;
        case Qt::ToolTipRole:
            return periodText(period);
        default:
            return {};
        }
    }
    const int count = column == Posts     ? period.posts
                      : column == Replies ? period.replies
                                          : period.recognitions;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case ValueRole:
        return count;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return (column == Posts     ? tr("%1: %Ln post(s)", nullptr, count)
                : column == Replies ? tr("%1: %Ln reply(ies)", nullptr, count)
                                    : tr("%1: %Ln recognition(s)", nullptr, count))
            .arg(periodText(period));
    case FigureRole: {
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::LeaderFigure;
        figure.figure = column == Posts     ? QStringLiteral("posts")
                        : column == Replies ? QStringLiteral("replies")
                                            : QStringLiteral("recognitions");
        figure.leader = m_leader;
        figure.from = period.from;
        figure.to = period.to;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant LeaderCadenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Period:
            return tr("Period ending");
        case Posts:
            return tr("Posts");
        case Replies:
            return tr("Replies");
        case Recognitions:
            return tr("Recognitions");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Period:
            return tr("The last day of each week, month or quarter (the filter's granularity).");
        case Posts:
            return tr("The leader's posts in the period.");
        case Replies:
            return tr("The leader's replies in the period.");
        case Recognitions:
            return tr("The leader's recognitions in the period.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
