#pragma once

#include <QStringList>
#include <QToolButton>

class QListWidget;
class QLineEdit;

namespace goodwill::ui {

// A button that opens a searchable list of checkable items ("All departments", "3 of 12
// departments"). Nothing checked means all. Emits selectionChanged when the popup closes
// with a different choice, so a dozen clicks start one computation, not a dozen.
class CheckListButton : public QToolButton
{
    Q_OBJECT

public:
    // `allText` is shown when nothing is chosen; `someText` is a pattern with %1 for the
    // number chosen ("%1 departments").
    CheckListButton(const QString &allText, const QString &someText, QWidget *parent = nullptr);

    void setItems(const QStringList &items); // keeps the chosen ones that are still there
    QStringList items() const { return m_items; }
    void setChosen(const QStringList &chosen);
    QStringList chosen() const { return m_chosen; }
    // Row numbers of the chosen items in items().
    QList<int> chosenRows() const;

    void showPopup();
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void selectionChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateText();
    void takeFromList();

    QString m_allText;
    QString m_someText;
    QStringList m_items;
    QStringList m_chosen;
    QWidget *m_popup;
    QLineEdit *m_search;
    QListWidget *m_list;
};

} // namespace goodwill::ui
