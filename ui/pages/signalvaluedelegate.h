#pragma once

#include <QStyledItemDelegate>

namespace goodwill::items {
class SignalSettingsModel;
}

namespace goodwill::ui {

// Edits a signal's floor, target or weight (items::SignalSettingsModel) in a spin box that
// only offers what the model file accepts; a value the model still refuses (a floor equal
// to its target) is reported with `refused`.
class SignalValueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SignalValueDelegate(items::SignalSettingsModel &model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

Q_SIGNALS:
    void refused(const QString &why) const;

private:
    items::SignalSettingsModel &m_model;
};

} // namespace goodwill::ui
