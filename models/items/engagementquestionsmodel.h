#pragma once

#include "unansweredquestionsmodel.h"

#include <QDateTime>

#include <map>
#include <optional>

namespace goodwill::items {

// A leader's own unanswered staff questions on the My engagement page: the columns of
// UnansweredQuestionsModel and one more, when the leader marked the question handled
// (store::HandledQuestions). The page chooses the rows (handled ones only when asked for).
class EngagementQuestionsModel : public UnansweredQuestionsModel
{
    Q_OBJECT

public:
    static constexpr int Handled = ColumnCount;
    static constexpr int EngagementColumnCount = ColumnCount + 1;

    explicit EngagementQuestionsModel(QObject *parent = nullptr);

    // `handled` maps question activity indexes to when they were marked.
    void setQuestions(std::vector<Row> rows, std::map<std::int32_t, QDateTime> handled);
    // When the question of `row` was marked handled; empty when it is not.
    std::optional<QDateTime> handledAt(int row) const;
    // The row of a question (activity index); -1 when not shown.
    int rowOfActivity(std::int32_t activity) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::map<std::int32_t, QDateTime> m_handled;
};

} // namespace goodwill::items
