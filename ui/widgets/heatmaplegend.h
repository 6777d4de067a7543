#pragma once

#include <QWidget>

namespace goodwill::ui {

// The key to a heatmap's colours: the scale from 0 to 100 (HeatmapDelegate::colorFor) with
// its ends and middle labelled, and a hatched swatch for cells hidden by the privacy rules.
class HeatmapLegend : public QWidget
{
    Q_OBJECT

public:
    explicit HeatmapLegend(QWidget *parent = nullptr);

    // What the numbers are ("ECI"), drawn before the scale.
    void setTitle(const QString &title);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
};

} // namespace goodwill::ui
