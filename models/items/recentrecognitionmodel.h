#pragma once

#include "analytics/recognitionfacts.h"

#include <QAbstractTableModel>

#include <map>
#include <memory>

namespace goodwill::items {

// The latest recognitions of the period, newest first: when, who recognised whom, their
// departments and the start of the message. The text is not in the facts: the page reads
// it from the database (analytics::MessageLookup) and hands it over with setPreviews.
class RecentRecognitionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        From,
        To,
        Department,
        Preview,
        ColumnCount
    };
    static constexpr int previewLength = 140; // characters shown in the Preview column

    explicit RecentRecognitionModel(QObject *parent = nullptr);

    void setFacts(std::shared_ptr<const analytics::RecognitionFacts> facts);
    // Message text by activity (dataset index); activities not in the map show no preview.
    void setPreviews(std::map<std::int32_t, QString> previews);
    // The activity (dataset index) of a row, -1 when out of range.
    std::int32_t activityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString previewOf(std::int32_t activity) const;

    std::shared_ptr<const analytics::RecognitionFacts> m_facts;
    std::map<std::int32_t, QString> m_previews;
};

} // namespace goodwill::items
