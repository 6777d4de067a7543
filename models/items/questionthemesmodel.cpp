#include "questionthemesmodel.h"

#include "itemroles.h"
#include "townhallsummary.h"
#include "unansweredquestionsmodel.h"

#include <QLocale>

namespace goodwill::items {

// A theme's row has internal id 0; a sample's, its theme's row + 1.

QuestionThemesModel::QuestionThemesModel(QObject *parent) : QAbstractItemModel(parent) {}

void QuestionThemesModel::setBrief(std::shared_ptr<const analytics::TownHallBrief> brief)
{
    beginResetModel();
    m_brief = std::move(brief);
    endResetModel();
}

QString QuestionThemesModel::sampleText(const analytics::ThemeSample &sample)
{
    QString text = sample.text.simplified();
    if (text.size() > UnansweredQuestionsModel::previewLength)
        text = text.left(UnansweredQuestionsModel::previewLength - 1) + QStringLiteral("…");
    return tr("\u201c%1\u201d — asked %2, waiting %3")
        .arg(text, TownHallSummary::dateText(sample.at.date()),
             UnansweredQuestionsModel::waitingText(sample.hoursWaiting));
}

QModelIndex QuestionThemesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex QuestionThemesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int QuestionThemesModel::rowCount(const QModelIndex &parent) const
{
    if (!m_brief)
        return 0;
    if (!parent.isValid())
        return int(m_brief->themes.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_brief->themes[size_t(parent.row())].samples.size());
}

int QuestionThemesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant QuestionThemesModel::themeData(const analytics::TownHallTheme &theme, int column,
                                        int role) const
{
    const auto count = [role](int value) -> QVariant {
        switch (role) {
        case Qt::DisplayRole:
            return TownHallSummary::formatCount(value);
        case ValueRole:
        case SortRole:
            return value;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    };
    switch (Column(column)) {
    case Theme:
        if (role == Qt::DisplayRole || role == SortRole)
            return theme.term;
        if (role == Qt::ToolTipRole)
            return tr("%1 open staff questions share the word \u201c%2\u201d, from %3 different "
                      "people. Expand the row for examples.")
                .arg(TownHallSummary::formatCount(theme.questions), theme.term,
                     TownHallSummary::formatCount(theme.authors));
        return {};
    case Questions:
        return count(theme.questions);
    case Askers:
        return count(theme.authors);
    case Related:
        return role == Qt::DisplayRole || role == SortRole
                   ? theme.relatedTerms.join(QStringLiteral(", "))
                   : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant QuestionThemesModel::data(const QModelIndex &index, int role) const
{
    if (!m_brief || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return themeData(m_brief->themes[size_t(index.row())], index.column(), role);
    const analytics::TownHallTheme &theme = m_brief->themes[size_t(index.internalId() - 1)];
    const analytics::ThemeSample &sample = theme.samples[size_t(index.row())];
    if (index.column() != Theme)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return sampleText(sample);
    case Qt::ToolTipRole:
        return sample.text;
    case SortRole:
        return sample.at;
    default:
        return {};
    }
}

QVariant QuestionThemesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    const int kText = m_brief ? m_brief->kText : 0;
    switch (Column(section)) {
    case Theme:
        if (role == Qt::ToolTipRole)
            return tr("A word shared by open staff questions from at least %1 different people "
                      "(stop words left out); expand for examples")
                .arg(kText);
        return role == Qt::DisplayRole ? tr("Theme") : QVariant();
    case Questions:
        if (role == Qt::ToolTipRole)
            return tr("Open staff questions in the theme");
        return role == Qt::DisplayRole ? tr("Questions") : QVariant();
    case Askers:
        if (role == Qt::ToolTipRole)
            return tr("Distinct people who asked them");
        return role == Qt::DisplayRole ? tr("Askers") : QVariant();
    case Related:
        if (role == Qt::ToolTipRole)
            return tr("Other words in at least two of the theme's questions");
        return role == Qt::DisplayRole ? tr("Also mentioned") : QVariant();
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace goodwill::items
