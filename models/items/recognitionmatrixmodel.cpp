#include "recognitionmatrixmodel.h"

#include "analytics/figureref.h"
#include "itemroles.h"
#include "localeformat.h"
#include "seriescolors.h"

#include <QBrush>
#include <QLocale>

namespace goodwill::items {

using analytics::RecognitionLeaderRow;

RecognitionMatrixModel::RecognitionMatrixModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecognitionMatrixModel::setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts)
{
    beginResetModel();
    m_facts = std::move(facts);
    m_max = 0;
    if (m_facts) {
        for (const RecognitionLeaderRow &row : m_facts->leaders) {
            for (const std::optional<int> &count : row.byDepartment)
                m_max = std::max(m_max, count.value_or(0));
        }
    }
    endResetModel();
}

std::int32_t RecognitionMatrixModel::departmentOfColumn(int column) const
{
    if (!m_facts || column < FirstDepartment ||
        size_t(column - FirstDepartment) >= m_facts->departments.size())
        return -1;
    return m_facts->departments[size_t(column - FirstDepartment)].department;
}

int RecognitionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_facts ? 0 : int(m_facts->leaders.size());
}

int RecognitionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_facts ? 0 : FirstDepartment + int(m_facts->departments.size());
}

QString RecognitionMatrixModel::period() const
{
    return tr("%1 to %2")
        .arg(LocaleFormat::mediumDate(m_facts->from), LocaleFormat::mediumDate(m_facts->to));
}

QVariant RecognitionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RecognitionLeaderRow &row = m_facts->leaders[size_t(index.row())];
    if (index.column() >= FirstDepartment)
        return departmentCell(row, size_t(index.column() - FirstDepartment), role);
    if (index.column() == Leader) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.name;
        case Qt::ToolTipRole:
            return row.department.isEmpty()
                       ? row.name
                       : tr("%1, %2 (on %3)")
                             .arg(row.name, row.department, LocaleFormat::mediumDate(m_facts->to));
        case SuppressedRole:
            return false;
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(row.recognitions);
    case SortRole:
    case ValueRole:
        return double(row.recognitions);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SuppressedRole:
        return false;
    case FigureRole: {
        analytics::FigureRef figure;
        figure.kind = analytics::FigureRef::Kind::LeaderFigure;
        figure.figure = QStringLiteral("recognitions");
        figure.leader = row.person;
        figure.from = m_facts->from;
        figure.to = m_facts->to;
        return QVariant::fromValue(figure);
    }
    case Qt::ToolTipRole:
        return tr("Recognitions by %1, %2: %3 (each counted once, however many people it "
                  "names, in every department). Double-click to see how it is counted.")
            .arg(row.name, period(), QLocale().toString(row.recognitions));
    default:
        return {};
    }
}

QVariant RecognitionMatrixModel::departmentCell(const RecognitionLeaderRow &row, size_t column,
                                                int role) const
{
    const analytics::RecognitionDepartment &department = m_facts->departments[column];
    const std::optional<int> count = row.byDepartment[column];
    switch (role) {
    case Qt::DisplayRole:
        return count ? QLocale().toString(*count) : QString();
    case SortRole:
    case ValueRole:
        return count ? QVariant(double(*count)) : QVariant();
    case SuppressedRole:
        return !count;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // Zeros recede (a grey that reads on light and dark palettes alike).
        return count && *count == 0 ? QVariant(QColor(0x80, 0x80, 0x80)) : QVariant();
    case Qt::BackgroundRole: {
        QColor colour = seriesColor(-1);
        if (!count) {
            colour.setAlphaF(0.35f);
            return QBrush(colour, Qt::BDiagPattern);
        }
        if (*count == 0 || m_max == 0)
            return {};
        colour.setAlphaF(float(0.12 + 0.5 * double(*count) / m_max));
        return QBrush(colour);
    }
    case Qt::ToolTipRole:
        if (!count)
            return tr("%1: %2").arg(department.name, department.suppressedReason);
        return tr("Recognitions by %1 of people in %2, %3: %4 (one per person recognised, "
                  "by the department they were in on the day)")
            .arg(row.name, department.name, period(), QLocale().toString(*count));
    default:
        return {};
    }
}

QVariant RecognitionMatrixModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == Leader) {
        if (role == Qt::DisplayRole)
            return tr("Leader");
        if (role == Qt::ToolTipRole)
            return tr("Every leader, including those who recognised no one");
        return {};
    }
    if (section == Total) {
        if (role == Qt::DisplayRole)
            return tr("All recognitions");
        if (role == Qt::ToolTipRole)
            return tr("The leader's recognitions %1, each counted once").arg(period());
        return {};
    }
    const analytics::RecognitionDepartment &department =
        m_facts->departments[size_t(section - FirstDepartment)];
    switch (role) {
    case Qt::DisplayRole:
        return department.name;
    case SeriesRole:
        return int(department.department);
    case SuppressedRole:
        return department.suppressed;
    case Qt::ToolTipRole:
        if (department.suppressed)
            return tr("%1: %2").arg(department.name, department.suppressedReason);
        return tr("%1: %2 staff on %3; recognitions received %4: %5, from leaders: %6")
            .arg(department.name, QLocale().toString(*department.headcount),
                 LocaleFormat::mediumDate(m_facts->to), period(),
                 QLocale().toString(*department.received),
                 QLocale().toString(*department.fromLeaders));
    default:
        return {};
    }
}

} // namespace goodwill::items
