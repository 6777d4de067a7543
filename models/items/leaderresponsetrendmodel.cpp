#include "leaderresponsetrendmodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "leadercadencemodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace goodwill::items {

LeaderResponseTrendModel::LeaderResponseTrendModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderResponseTrendModel::setPeriods(std::int32_t leader,
                                          std::vector<analytics::LeaderPeriod> periods,
                                          double replyWindowHours)
{
    beginResetModel();
    m_leader = leader;
    m_periods = std::move(periods);
    m_replyWindowHours = replyWindowHours;
    endResetModel();
}

void LeaderResponseTrendModel::clear()
{
    setPeriods(-1, {}, m_replyWindowHours);
}

bool LeaderResponseTrendModel::hasValues(int column) const
{
    return std::any_of(m_periods.begin(), m_periods.end(),
                       [&](const analytics::LeaderPeriod &p) { return value(p, column); });
}

int LeaderResponseTrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int LeaderResponseTrendModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> LeaderResponseTrendModel::value(const analytics::LeaderPeriod &period,
                                                      int column) const
{
    if (column == ReplyRate)
        return period.replyRate;
    if (column == MedianHours)
        return period.medianFirstReplyHours;
    return std::nullopt;
}

QString LeaderResponseTrendModel::toolTip(const analytics::LeaderPeriod &period, int column) const
{
    const QLocale locale;
    const QString days = LeaderCadenceModel::periodText(period);
    if (column == ReplyRate) {
        if (!period.replyRate)
            return tr("%1: no staff comments to the leader, nothing to rate.").arg(days);
        return tr("%1: reply rate %2% (%3 of %4 staff comments answered in the thread within "
                  "%5 h)")
            .arg(days, locale.toString(*period.replyRate * 100, 'f', 0),
                 locale.toString(period.answeredComments), locale.toString(period.staffComments),
                 locale.toString(m_replyWindowHours, 'g', 4));
    }
    if (!period.medianFirstReplyHours)
        return tr("%1: no staff comment answered, no time to measure.").arg(days);
    return tr("%1: median %2 h from a staff comment to the leader's first later reply in the "
              "thread (comments answered at all)")
        .arg(days, locale.toString(*period.medianFirstReplyHours, 'f', 1));
}

QVariant LeaderResponseTrendModel::data(const QModelIndex &index, int role) const
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
            return LeaderCadenceModel::periodText(period);
        default:
            return {};
        }
    }
    const std::optional<double> v = value(period, column);
    switch (role) {
    case Qt::DisplayRole:
        if (!v)
            return {};
        // Charts read these numbers: percent for the rate, hours to a tenth.
        return column == ReplyRate ? std::round(*v * 1000) / 10 : std::round(*v * 10) / 10;
    case SortRole:
        return v.value_or(-1.0);
    case ValueRole:
        return v ? QVariant(*v) : QVariant(QString());
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip(period, column);
    case FigureRole: {
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::LeaderFigure;
        figure.figure = column == ReplyRate ? QStringLiteral("replyRate")
                                            : QStringLiteral("medianFirstReplyHours");
        figure.leader = m_leader;
        figure.from = period.from;
        figure.to = period.to;
        return QVariant::fromValue(figure);
    }
    default:
        return {};
    }
}

QVariant LeaderResponseTrendModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Period:
            return tr("Period ending");
        case ReplyRate:
            return tr("Reply rate (%)");
        case MedianHours:
            return tr("Median first reply (h)");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Period:
            return tr("The last day of each week, month or quarter (the filter's granularity).");
        case ReplyRate:
            return tr("Share of the period's staff comments to the leader followed by the "
                      "leader's reply in the thread within %1 h.")
                .arg(QLocale().toString(m_replyWindowHours, 'g', 4));
        case MedianHours:
            return tr("Median hours from a staff comment to the leader's first later reply in "
                      "the thread, over the period's comments answered at all.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
