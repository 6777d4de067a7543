#include "blindspotmodel.h"

#include "itemroles.h"
#include "localeformat.h"
#include "seriescolors.h"

#include <QLocale>

#include <limits>

namespace goodwill::items {

namespace {
QString dateText(QDate date)
{
    return LocaleFormat::mediumDate(date);
}
} // namespace

BlindSpotModel::BlindSpotModel(QObject *parent) : QAbstractTableModel(parent) {}

void BlindSpotModel::setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts)
{
    beginResetModel();
    m_facts = std::move(facts);
    endResetModel();
}

int BlindSpotModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_facts ? 0 : int(m_facts->blindSpots.size());
}

int BlindSpotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BlindSpotModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::RecognitionBlindSpot &spot = m_facts->blindSpots[size_t(index.row())];
    const QLocale locale;
    if (role == SuppressedRole)
        return false;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Department ? QVariant()
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case Department:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return spot.name;
        case Qt::DecorationRole:
            return seriesColor(spot.department);
        case SeriesRole:
            return int(spot.department);
        case Qt::ToolTipRole:
            return tr("No leader recognised anyone in %1 from %2 to %3")
                .arg(spot.name, dateText(m_facts->from), dateText(m_facts->to));
        default:
            return {};
        }
    case Staff:
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(spot.headcount);
        case SortRole:
        case ValueRole:
            return double(spot.headcount);
        case Qt::ToolTipRole:
            return tr("Staff in %1 on %2").arg(spot.name, dateText(m_facts->to));
        default:
            return {};
        }
    case LastLeaderRecognition:
        switch (role) {
        case Qt::DisplayRole:
            return spot.lastLeaderRecognition ? dateText(*spot.lastLeaderRecognition) : tr("never");
        case SortRole:
            // Never sorts before any date: the longest-neglected first in ascending order.
            return spot.lastLeaderRecognition ? QVariant(*spot.lastLeaderRecognition)
                                              : QVariant(QDate(1, 1, 1));
        case Qt::ToolTipRole:
            return spot.lastLeaderRecognition
                       ? tr("The last day before the period on which a leader recognised "
                            "someone in %1")
                             .arg(spot.name)
                       : tr("No leader recognised anyone in %1 in all the data before the period")
                             .arg(spot.name);
        default:
            return {};
        }
    case DaysSince:
        switch (role) {
        case Qt::DisplayRole:
            return spot.daysSince ? locale.toString(*spot.daysSince) : tr("never");
        case SortRole:
        case ValueRole:
            return spot.daysSince ? QVariant(double(*spot.daysSince))
                                  : QVariant(std::numeric_limits<double>::max());
        case Qt::ToolTipRole:
            return spot.daysSince ? tr("Days from the last leader recognition to %1")
                                        .arg(dateText(m_facts->to))
                                  : tr("No leader recognition in the data");
        default:
            return {};
        }
    case FromColleagues:
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(spot.fromColleagues);
        case SortRole:
        case ValueRole:
            return double(spot.fromColleagues);
        case Qt::ToolTipRole:
            return tr("Recognitions people in %1 received from colleagues who are not leaders, "
                      "%2 to %3 (one per person recognised)")
                .arg(spot.name, dateText(m_facts->from), dateText(m_facts->to));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant BlindSpotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Department:
        return tip ? tr("A department no leader recognised in the period") : tr("Department");
    case Staff:
        return tip ? tr("Staff on the period's last day") : tr("Staff");
    case LastLeaderRecognition:
        return tip ? tr("When a leader last recognised someone in it") : tr("Last by a leader");
    case DaysSince:
        return tip ? tr("Days since then, to the period's last day") : tr("Days since");
    case FromColleagues:
        return tip ? tr("Recognitions from colleagues in the period") : tr("From colleagues");
    default:
        return {};
    }
}

} // namespace goodwill::items
