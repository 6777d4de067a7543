#include "choicedelegate.h"

#include "items/datatables.h"

#include <QComboBox>

namespace goodwill::ui {

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &index) const
{
    const QStringList values = index.data(items::ChoiceValuesRole).toStringList();
    const QStringList labels = index.data(items::ChoiceLabelsRole).toStringList();
    if (values.isEmpty() || values.size() != labels.size())
        return nullptr;
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (qsizetype i = 0; i < values.size(); ++i)
        combo->addItem(labels[i], values[i]);
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<ChoiceDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int at = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace goodwill::ui
