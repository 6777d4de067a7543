#include "leaderpicker.h"

#include "analytics/activitydataset.h"

#include <QCompleter>
#include <QLineEdit>
#include <QSignalBlocker>

#include <algorithm>

namespace goodwill::ui {

LeaderPicker::LeaderPicker(QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(32);
    lineEdit()->setPlaceholderText(tr("Type part of your name"));
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (const QVariant person = itemData(index); person.isValid())
            Q_EMIT leaderChosen(person.toInt());
    });
}

void LeaderPicker::setLeaders(const analytics::ActivityDataset *data, QDate day,
                              std::int32_t current)
{
    const QSignalBlocker blocker(this);
    clear();
    if (data) {
        std::vector<std::int32_t> leaders;
        for (std::int32_t p = 0; p < std::int32_t(data->people().size()); ++p) {
            if (data->isLeader(p))
                leaders.push_back(p);
        }
        std::sort(leaders.begin(), leaders.end(), [&](std::int32_t a, std::int32_t b) {
            return QString::localeAwareCompare(data->people()[size_t(a)].name,
                                               data->people()[size_t(b)].name) < 0;
        });
        const std::int32_t lastDay = analytics::ActivityDataset::dayOf(day);
        for (std::int32_t p : leaders) {
            const auto &person = data->people()[size_t(p)];
            QStringList parts{person.title};
            if (const std::int32_t d = data->departmentOn(p, lastDay); d >= 0)
                parts << data->departments()[size_t(d)];
            parts.removeAll(QString());
            addItem(parts.isEmpty()
                        ? person.name
                        : tr("%1 — %2").arg(person.name, parts.join(QStringLiteral(", "))),
                    p);
            setItemData(count() - 1, person.email, Qt::ToolTipRole);
        }
    }
    setCurrentIndex(findData(current));
}

void LeaderPicker::setLeader(std::int32_t person)
{
    const QSignalBlocker blocker(this);
    setCurrentIndex(findData(person));
}

std::int32_t LeaderPicker::leader() const
{
    const QVariant person = currentData();
    return person.isValid() ? person.toInt() : -1;
}

} // namespace goodwill::ui
