#include "signalvaluedelegate.h"

#include "items/signalsettingsmodel.h"

#include <QDoubleSpinBox>

namespace goodwill::ui {

SignalValueDelegate::SignalValueDelegate(items::SignalSettingsModel &model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{}

QWidget *SignalValueDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    const auto limits = m_model.limits(index);
    if (!limits)
        return nullptr;
    auto *spin = new QDoubleSpinBox(parent);
    spin->setDecimals(limits->integer ? 0 : 3);
    spin->setRange(limits->min, limits->max);
    spin->setAccessibleName(
        m_model.headerData(index.column(), Qt::Horizontal).toString() + QLatin1Char(' ') +
        m_model.data(m_model.index(index.row(), items::SignalSettingsModel::Signal)).toString());
    return spin;
}

void SignalValueDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QDoubleSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toDouble());
}

void SignalValueDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                       const QModelIndex &index) const
{
    auto *spin = static_cast<QDoubleSpinBox *>(editor);
    spin->interpretText();
    const double value = spin->value();
    const QString why = m_model.refusal(index, value);
    if (!why.isEmpty()) {
        Q_EMIT refused(why);
        return;
    }
    model->setData(index, value, Qt::EditRole);
}

} // namespace goodwill::ui
