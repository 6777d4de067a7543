#include "checklistbutton.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace goodwill::ui {

CheckListButton::CheckListButton(const QString &allText, const QString &someText, QWidget *parent)
    : QToolButton(parent), m_allText(allText), m_someText(someText),
      m_popup(new QWidget(this, Qt::Popup)), m_search(new QLineEdit(m_popup)),
      m_list(new QListWidget(m_popup))
{
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the list"));
    m_list->setAccessibleName(allText);
    m_list->setUniformItemSizes(true);
    auto *all = new QPushButton(tr("All"), m_popup);
    all->setToolTip(tr("Clear the choice: everything counts"));
    auto *done = new QPushButton(tr("Done"), m_popup);
    done->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addStretch();
    buttons->addWidget(done);
    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    m_popup->resize(300, 360);
    m_popup->installEventFilter(this);

    connect(this, &QToolButton::clicked, this, &CheckListButton::showPopup);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            item->setHidden(!item->text().contains(text, Qt::CaseInsensitive));
        }
    });
    connect(all, &QPushButton::clicked, this, [this] {
        for (int row = 0; row < m_list->count(); ++row)
            m_list->item(row)->setCheckState(Qt::Unchecked);
    });
    connect(done, &QPushButton::clicked, m_popup, &QWidget::hide);
    // Closing the popup (Done, Escape, a click outside) applies the choice.
    connect(m_list, &QListWidget::itemActivated, this, [](QListWidgetItem *item) {
        item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
    });
    updateText();
}

void CheckListButton::setItems(const QStringList &items)
{
    m_items = items;
    QStringList kept;
    for (const QString &name : m_chosen) {
        if (items.contains(name))
            kept << name;
    }
    m_chosen = kept;
    updateText();
}

void CheckListButton::setChosen(const QStringList &chosen)
{
    QStringList kept;
    for (const QString &name : chosen) {
        if (m_items.contains(name) && !kept.contains(name))
            kept << name;
    }
    m_chosen = kept;
    updateText();
}

QList<int> CheckListButton::chosenRows() const
{
    QList<int> rows;
    for (const QString &name : m_chosen)
        rows << int(m_items.indexOf(name));
    std::sort(rows.begin(), rows.end());
    return rows;
}

void CheckListButton::showPopup()
{
    m_list->clear();
    for (const QString &name : m_items) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_chosen.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_search->clear();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        at.setX(std::min(at.x(), available.right() - m_popup->width()));
        at.setY(std::min(at.y(), available.bottom() - m_popup->height()));
    }
    m_popup->move(at);
    m_popup->show();
    m_search->setFocus();
}

bool CheckListButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_popup && event->type() == QEvent::Hide)
        takeFromList();
    return QToolButton::eventFilter(watched, event);
}

void CheckListButton::takeFromList()
{
    QStringList chosen;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            chosen << m_list->item(row)->text();
    }
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    updateText();
    Q_EMIT selectionChanged();
}

void CheckListButton::updateText()
{
    if (m_chosen.isEmpty())
        setText(m_allText + QStringLiteral(" ▾"));
    else if (m_chosen.size() == 1)
        setText(m_chosen.front() + QStringLiteral(" ▾"));
    else
        setText(m_someText.arg(m_chosen.size()) + QStringLiteral(" ▾"));
    setToolTip(m_chosen.isEmpty() ? m_allText : m_chosen.join(QStringLiteral("\n")));
    setAccessibleDescription(toolTip());
}

} // namespace goodwill::ui
