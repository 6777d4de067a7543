#pragma once

#include "analytics/leaderstats.h"

#include <QAbstractTableModel>
#include <QDate>

#include <optional>
#include <vector>

namespace goodwill::items {

// Every leader's figures (analytics::LeaderStats) over one period: one row per leader, one
// column per figure. Numbers are formatted for display; items::SortRole and items::ValueRole
// carry the raw number (an empty rate sorts below every rate and exports as an empty cell);
// items::FigureRole opens the figure (FigureRef::LeaderFigure, the field's name, the leader
// and the period); tooltips say what each column counts (docs/model.md section 3) over which
// days. SearchRole on every column is the leader's name, e-mail and department, for a
// QSortFilterProxyModel's filterRole.
class LeaderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Email,
        Department,
        Persona,
        Posts,
        Replies,
        RepliesToStaff,
        Recognitions,
        PeopleRecognised,
        DepartmentsRecognised,
        StaffComments,
        AnsweredComments,
        ReplyRate,
        StaffQuestions,
        AnsweredQuestions,
        AnsweredQuestionRate,
        MedianFirstReplyHours,
        Reach,
        ResponsesReceived,
        ConversationRatio,
        ActiveWeeks,
        ColumnCount
    };
    static constexpr int SearchRole = Qt::UserRole + 64;

    explicit LeaderTableModel(QObject *parent = nullptr);

    // The figures of [from, to]; the reply window (hours) is only quoted in tooltips.
    void setStats(std::vector<analytics::LeaderStats> stats, QDate from, QDate to,
                  double replyWindowHours = 72);
    const std::vector<analytics::LeaderStats> &stats() const { return m_stats; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // The leader (person index) of a row; -1 outside the table.
    std::int32_t leaderAt(int row) const;
    // The row of a leader (person index); -1 when not in the table.
    int rowOf(std::int32_t leader) const;

    // The LeaderStats field name of a figure column (as analytics::FigureRef names it);
    // empty for the name, e-mail and department.
    static QString figureName(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    static std::optional<double> number(const analytics::LeaderStats &stats, int column);
    QString display(const analytics::LeaderStats &stats, int column) const;
    QString explanation(int column) const;
    QString toolTip(const analytics::LeaderStats &stats, int column) const;

    std::vector<analytics::LeaderStats> m_stats;
    QDate m_from;
    QDate m_to;
    double m_replyWindowHours = 72;
};

} // namespace goodwill::items
