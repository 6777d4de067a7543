#pragma once

#include <QStyledItemDelegate>

namespace goodwill::ui {

// Edits a cell that offers a fixed set of values (items::ChoiceValuesRole, with
// items::ChoiceLabelsRole for what the user reads) in a combo box; a choice is written as
// soon as it is made.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace goodwill::ui
