#pragma once

#include <QWidget>

#include <optional>
#include <utility>

class QAbstractItemModel;
class QChart;
class QChartView;

namespace goodwill::ui {

// What Goodwill's model-bound charts share: the model they follow (any change rebuilds the
// chart), a value range and axis title, a title, and colours that follow the palette.
class ModelChartView : public QWidget
{
    Q_OBJECT

public:
    void setModel(QAbstractItemModel *model);
    QAbstractItemModel *model() const { return m_model; }
    // A fixed value range (0..100 for scores); by default the range follows the data.
    void setValueRange(double min, double max);
    void setValueTitle(const QString &title); // the value axis title, with its unit
    void setTitle(const QString &title);      // drawn above the plot (exports carry it)
    QChart *chart() const;

protected:
    ModelChartView(int minimumHeight, QWidget *parent);
    // Builds the chart from the model again.
    virtual void rebuild() = 0;
    void applyPalette();
    void changeEvent(QEvent *event) override;
    std::optional<std::pair<double, double>> valueRange() const { return m_range; }
    QString valueTitle() const { return m_valueTitle; }

    QAbstractItemModel *m_model = nullptr;
    QChartView *m_view;

private:
    std::optional<std::pair<double, double>> m_range;
    QString m_valueTitle;
};

} // namespace goodwill::ui
