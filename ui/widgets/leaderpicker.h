#pragma once

#include <QComboBox>
#include <QDate>

#include <cstdint>

namespace goodwill::analytics {
class ActivityDataset;
}

namespace goodwill::ui {

// A searchable list of a dataset's leaders ("Name — Title, Department", by name): an editable
// combo box whose completer matches any part of the text, whatever the case; the e-mail address
// is each entry's tooltip. leaderChosen when the user picks one.
class LeaderPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit LeaderPicker(QWidget *parent = nullptr);

    // The leaders of `data` (none when null) with their department on `day`; `current` (a
    // person index, -1 for none) stays chosen. Emits nothing.
    void setLeaders(const analytics::ActivityDataset *data, QDate day, std::int32_t current);
    // Shows `person` as chosen (-1: none). Emits nothing.
    void setLeader(std::int32_t person);
    // The person index chosen; -1 when none.
    std::int32_t leader() const;

Q_SIGNALS:
    void leaderChosen(std::int32_t person);
};

} // namespace goodwill::ui
