#include "modelchartview.h"

#include "chartstyle.h"

#include <QAbstractItemModel>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QVBoxLayout>

namespace goodwill::ui {

ModelChartView::ModelChartView(int minimumHeight, QWidget *parent)
    : QWidget(parent), m_view(new QChartView(this))
{
    m_view->setChart(chartstyle::newChart());
    m_view->setRenderHint(QPainter::Antialiasing);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(minimumHeight);
}

QChart *ModelChartView::chart() const
{
    return m_view->chart();
}

void ModelChartView::setModel(QAbstractItemModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model)
        chartstyle::followModel(m_model, this, [this] { rebuild(); });
    rebuild();
}

void ModelChartView::setValueRange(double min, double max)
{
    m_range = std::make_pair(min, max);
    rebuild();
}

void ModelChartView::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    rebuild();
}

void ModelChartView::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

void ModelChartView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ModelChartView::applyPalette()
{
    chartstyle::applyPalette(m_view, palette());
}

} // namespace goodwill::ui
