#pragma once

#include "analytics/modelsettings.h"

#include <QDialog>

#include <optional>
#include <vector>

class QDoubleSpinBox;

namespace goodwill::state {
class AppSettings;
}

namespace goodwill::ui {

// The user's own goals a week on the My engagement page: posts, replies and recognitions, or
// the model file's ("Use the Model File's").
class GoalsDialog : public QDialog
{
    Q_OBJECT

public:
    // `modelFile` are the goals of the model file in use; `current` the ones shown now.
    GoalsDialog(const analytics::GoalSettings &modelFile, const analytics::GoalSettings &current,
                QWidget *parent = nullptr);

    // After exec(): the goals chosen; empty when the user asked for the model file's.
    std::optional<analytics::GoalSettings> chosen() const;

    // The user's goals as remembered (AppSettings::Key::EngagementGoals: posts, replies,
    // recognitions a week); empty: the model file's.
    static std::optional<analytics::GoalSettings> stored(const state::AppSettings &settings);
    static void store(state::AppSettings &settings,
                      const std::optional<analytics::GoalSettings> &goals);

private:
    std::vector<QDoubleSpinBox *> m_edits;
    bool m_modelFile = false;
};

} // namespace goodwill::ui
