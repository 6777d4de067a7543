#include "leaderpercentilemodel.h"

#include "analytics/figureref.h"
#include "figuretitle.h"
#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

LeaderPercentileModel::LeaderPercentileModel(QObject *parent) : QAbstractTableModel(parent) {}

void LeaderPercentileModel::setPercentiles(std::int32_t leader, QDate from, QDate to,
                                           std::vector<analytics::LeaderPercentile> percentiles)
{
    beginResetModel();
    m_leader = leader;
    m_from = from;
    m_to = to;
    m_rows = std::move(percentiles);
    endResetModel();
}

void LeaderPercentileModel::clear()
{
    setPercentiles(-1, {}, {}, {});
}

int LeaderPercentileModel::rowOf(const QString &figure) const
{
    for (size_t r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].figure == figure)
            return int(r);
    }
    return -1;
}

QString LeaderPercentileModel::valueText(const QString &figure, double value)
{
    const QLocale locale;
    if (figure == u"replyRate" || figure == u"answeredQuestionRate" || figure == u"activeWeeks")
        return tr("%1%").arg(locale.toString(value * 100, 'f', 0));
    if (figure == u"medianFirstReplyHours")
        return tr("%1 h").arg(locale.toString(value, 'f', 1));
    return locale.toString(qRound64(value));
}

int LeaderPercentileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeaderPercentileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeaderPercentileModel::toolTip(const analytics::LeaderPercentile &row, int column) const
{
    const QString name = FigureTitle::leaderFigureName(row.figure);
    const QLocale locale;
    const QString days = tr("%1 to %2")
                             .arg(locale.toString(m_from, QLocale::ShortFormat),
                                  locale.toString(m_to, QLocale::ShortFormat));
    switch (Column(column)) {
    case Figure:
        return row.lowerIsBetter ? tr("%1, %2: lower is better.").arg(name, days)
                                 : tr("%1, %2: higher is better.").arg(name, days);
    case Value:
        if (!row.value)
            return tr("Nothing to measure for you in %1: no percentile.").arg(days);
        return tr("%1, yours, %2. Double-click to see how it was computed.").arg(name, days);
    case Percentile:
        if (!row.value)
            return tr("You have no value for this figure in the period.");
        if (!row.percentile)
            return tr("Fewer than two leaders have a value: there is no one to compare with.");
        return (row.lowerIsBetter
                    ? tr("%3: of %1 leaders with a value, %2 have a higher one than you and %4 "
                         "the same (you included): 100 × (%2 + %4 / 2) / %1 = %5.")
                    : tr("%3: of %1 leaders with a value, %2 have a lower one than you and %4 "
                         "the same (you included): 100 × (%2 + %4 / 2) / %1 = %5."))
            .arg(row.compared)
            .arg(row.worse)
            .arg(name)
            .arg(row.equal)
            .arg(locale.toString(*row.percentile, 'f', 1));
    case Compared:
        return tr("Leaders with a value for this figure in the period, you included. Only your "
                  "own place is shown, never a ranking of names.");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderPercentileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::LeaderPercentile &row = m_rows[size_t(index.row())];
    const int column = index.column();
    if (role == Qt::ToolTipRole)
        return toolTip(row, column);
    if (role == Qt::TextAlignmentRole && column != Figure)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (Column(column)) {
    case Figure:
        if (role == Qt::DisplayRole || role == SortRole)
            return FigureTitle::leaderFigureName(row.figure);
        return {};
    case Value:
        switch (role) {
        case Qt::DisplayRole:
            return row.value ? valueText(row.figure, *row.value) : QStringLiteral("—");
        case SortRole:
        case ValueRole:
            return row.value ? QVariant(*row.value) : QVariant();
        case FigureRole: {
            analytics::FigureRef ref;
            ref.kind = analytics::FigureRef::Kind::LeaderFigure;
            ref.figure = row.figure;
            ref.leader = m_leader;
            ref.from = m_from;
            ref.to = m_to;
            return QVariant::fromValue(ref);
        }
        default:
            return {};
        }
    case Percentile:
        switch (role) {
        case Qt::DisplayRole:
            return row.percentile ? QLocale().toString(*row.percentile, 'f', 0)
                                  : QStringLiteral("—");
        case SortRole:
        case ValueRole:
            return row.percentile ? QVariant(*row.percentile) : QVariant();
        default:
            return {};
        }
    case Compared:
        if (role == Qt::DisplayRole)
            return QLocale().toString(row.compared);
        if (role == SortRole || role == ValueRole)
            return row.compared;
        return {};
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeaderPercentileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Figure:
            return tr("Figure");
        case Value:
            return tr("You");
        case Percentile:
            return tr("Percentile");
        case Compared:
            return tr("Leaders compared");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Figure:
            return tr("A leader figure of the period (docs/model.md section 3).");
        case Value:
            return tr("Your value over the period.");
        case Percentile:
            return tr("Your place among leaders, 0 to 100: the share of leaders you do better "
                      "than, counting ties as half. 50 is the middle.");
        case Compared:
            return tr("How many leaders have a value for the figure, you included.");
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
