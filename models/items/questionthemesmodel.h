#pragma once

#include "analytics/townhallbrief.h"

#include <QAbstractItemModel>

#include <memory>

namespace goodwill::items {

// The themes of the staff questions still waiting for a leader's answer (the town-hall
// brief, docs/model.md): one top-level row per theme with its term, questions, distinct
// askers and related terms; under each, its sample questions (the text, when it was asked
// and how long it has waited; no names). Only themes with at least k_text askers exist.
class QuestionThemesModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Theme,
        Questions,
        Askers,
        Related,
        ColumnCount
    };

    explicit QuestionThemesModel(QObject *parent = nullptr);

    void setBrief(std::shared_ptr<const analytics::TownHallBrief> brief);
    const analytics::TownHallBrief *brief() const { return m_brief.get(); }
    // "“When will …?” — asked 5 Mar 2025, waiting 27 d 23 h".
    static QString sampleText(const analytics::ThemeSample &sample);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant themeData(const analytics::TownHallTheme &theme, int column, int role) const;

    std::shared_ptr<const analytics::TownHallBrief> m_brief;
};

} // namespace goodwill::items
