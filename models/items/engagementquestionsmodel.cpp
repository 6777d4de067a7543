#include "engagementquestionsmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

EngagementQuestionsModel::EngagementQuestionsModel(QObject *parent)
    : UnansweredQuestionsModel(parent)
{}

void EngagementQuestionsModel::setQuestions(std::vector<Row> rows,
                                            std::map<std::int32_t, QDateTime> handled)
{
    m_handled = std::move(handled);
    setRows(std::move(rows));
}

std::optional<QDateTime> EngagementQuestionsModel::handledAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    const auto found = m_handled.find(rows()[size_t(row)].question.activity);
    if (found == m_handled.end())
        return std::nullopt;
    return found->second;
}

int EngagementQuestionsModel::rowOfActivity(std::int32_t activity) const
{
    for (size_t r = 0; r < rows().size(); ++r) {
        if (rows()[r].question.activity == activity)
            return int(r);
    }
    return -1;
}

int EngagementQuestionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : EngagementColumnCount;
}

QVariant EngagementQuestionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() != Handled)
        return UnansweredQuestionsModel::data(index, role);
    const auto at = handledAt(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return at ? locale.toString(at->toLocalTime(), QLocale::ShortFormat) : QString();
    case SortRole:
    case ValueRole:
        return at ? QVariant(*at) : QVariant();
    case Qt::ToolTipRole:
        return at ? tr("You marked this question handled on %1; it is left out of your open "
                       "questions and nudges. Undo or “Mark not handled” brings it back.")
                        .arg(locale.toString(at->toLocalTime(), QLocale::LongFormat))
                  : tr("Open: not marked handled.");
    default:
        return {};
    }
}

QVariant EngagementQuestionsModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const
{
    if (orientation != Qt::Horizontal || section != Handled)
        return UnansweredQuestionsModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return tr("Handled");
    if (role == Qt::ToolTipRole)
        return tr("When you marked the question handled (answered elsewhere, or nothing to "
                  "answer); empty while it is open.");
    return {};
}

} // namespace goodwill::items
