#include "recentrecognitionmodel.h"

#include "itemroles.h"
#include "localeformat.h"
#include "seriescolors.h"

#include <QFont>
#include <QLocale>

namespace goodwill::items {

RecentRecognitionModel::RecentRecognitionModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecentRecognitionModel::setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts)
{
    beginResetModel();
    m_facts = std::move(facts);
    m_previews.clear();
    endResetModel();
}

void RecentRecognitionModel::setPreviews(std::map<std::int32_t, QString> previews)
{
    m_previews = std::move(previews);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Preview), index(rowCount() - 1, Preview));
}

std::int32_t RecentRecognitionModel::activityAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_facts->recent[size_t(row)].activity : -1;
}

int RecentRecognitionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_facts ? 0 : int(m_facts->recent.size());
}

int RecentRecognitionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecentRecognitionModel::previewOf(std::int32_t activity) const
{
    const auto found = m_previews.find(activity);
    return found == m_previews.end() ? QString() : found->second;
}

QVariant RecentRecognitionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const analytics::RecentRecognition &item = m_facts->recent[size_t(index.row())];
    const QLocale locale;
    if (role == SuppressedRole)
        return false;
    switch (index.column()) {
    case Time:
        switch (role) {
        case Qt::DisplayRole:
            return LocaleFormat::mediumDateTime(item.at.toLocalTime());
        case SortRole:
            return item.at;
        case Qt::ToolTipRole:
            return locale.toString(item.at.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    case From:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return item.authorName;
        case Qt::ToolTipRole:
            return item.authorIsLeader ? tr("%1 (a leader)").arg(item.authorName) : item.authorName;
        case Qt::FontRole:
            if (item.authorIsLeader) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            return {};
        default:
            return {};
        }
    case To:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
        case Qt::ToolTipRole:
            return item.recipientNames.join(QStringLiteral(", "));
        default:
            return {};
        }
    case Department:
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return item.departmentNames.join(QStringLiteral(", "));
        case Qt::ToolTipRole:
            return item.departmentNames.isEmpty()
                       ? tr("The people recognised were in no department on the day")
                       : tr("The departments of the people recognised, on the day: %1")
                             .arg(item.departmentNames.join(QStringLiteral(", ")));
        case Qt::DecorationRole:
            return item.departments.empty() ? QVariant()
                                            : QVariant(seriesColor(item.departments.front()));
        case SeriesRole:
            return item.departments.empty() ? QVariant() : QVariant(int(item.departments.front()));
        default:
            return {};
        }
    case Preview: {
        const QString text = previewOf(item.activity);
        switch (role) {
        case Qt::DisplayRole:
        case SortRole: {
            QString line = text.simplified();
            if (line.size() > previewLength)
                line = line.left(previewLength - 1) + QChar(0x2026);
            return line;
        }
        case Qt::ToolTipRole:
            return text.isEmpty() ? QVariant() : QVariant(text.left(2000));
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

QVariant RecentRecognitionModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Time:
        return tip ? tr("When it was posted (local time)") : tr("Time");
    case From:
        return tip ? tr("Who recognised (leaders in bold)") : tr("From");
    case To:
        return tip ? tr("The people recognised") : tr("To");
    case Department:
        return tip ? tr("Their departments on the day") : tr("Department");
    case Preview:
        return tip ? tr("The start of the message") : tr("Message");
    default:
        return {};
    }
}

} // namespace goodwill::items
