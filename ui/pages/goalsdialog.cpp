#include "goalsdialog.h"

#include "state/appsettings.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

#include <tuple>

namespace goodwill::ui {

GoalsDialog::GoalsDialog(const analytics::GoalSettings &modelFile,
                         const analytics::GoalSettings &current, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Your Goals"));
    auto *form = new QFormLayout(this);
    const QLocale locale;
    auto *about = new QLabel(tr("How often a week you mean to post, reply and recognise someone. "
                                "The model file's goals are %1, %2 and %3.")
                                 .arg(locale.toString(modelFile.postsPerWeek, 'g', 4),
                                      locale.toString(modelFile.repliesPerWeek, 'g', 4),
                                      locale.toString(modelFile.recognitionsPerWeek, 'g', 4)),
                             this);
    about->setWordWrap(true);
    form->addRow(about);
    const std::tuple<const char *, QString, double> fields[] = {
        {"goals.posts_per_week", tr("&Posts a week:"), current.postsPerWeek},
        {"goals.replies_per_week", tr("&Replies a week:"), current.repliesPerWeek},
        {"goals.recognitions_per_week", tr("Re&cognitions a week:"), current.recognitionsPerWeek},
    };
    for (const auto &[path, label, value] : fields) {
        auto *edit = new QDoubleSpinBox(this);
        // The same range the model file accepts.
        const auto limits = analytics::ModelFile::limits(QString::fromLatin1(path),
                                                         analytics::ModelFile::defaults());
        edit->setRange(limits ? limits->min : 0, limits ? limits->max : 1000);
        edit->setDecimals(1);
        edit->setValue(value);
        edit->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        form->addRow(label, edit);
        m_edits.push_back(edit);
    }
    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    QPushButton *restore = buttons->button(QDialogButtonBox::RestoreDefaults);
    restore->setText(tr("Use the &Model File's"));
    restore->setToolTip(tr("Forget your own goals and use the model file's again"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(restore, &QPushButton::clicked, this, [this] {
        m_modelFile = true;
        accept();
    });
}

std::optional<analytics::GoalSettings> GoalsDialog::chosen() const
{
    if (m_modelFile)
        return std::nullopt;
    analytics::GoalSettings goals;
    goals.postsPerWeek = m_edits[0]->value();
    goals.repliesPerWeek = m_edits[1]->value();
    goals.recognitionsPerWeek = m_edits[2]->value();
    return goals;
}

std::optional<analytics::GoalSettings> GoalsDialog::stored(const state::AppSettings &settings)
{
    const QVariantList list = settings.value(state::AppSettings::Key::EngagementGoals).toList();
    if (list.size() != 3)
        return std::nullopt;
    analytics::GoalSettings goals;
    goals.postsPerWeek = list[0].toDouble();
    goals.repliesPerWeek = list[1].toDouble();
    goals.recognitionsPerWeek = list[2].toDouble();
    return goals;
}

void GoalsDialog::store(state::AppSettings &settings,
                        const std::optional<analytics::GoalSettings> &goals)
{
    settings.setValue(
        state::AppSettings::Key::EngagementGoals,
        goals ? QVariantList{goals->postsPerWeek, goals->repliesPerWeek, goals->recognitionsPerWeek}
              : QVariantList());
}

} // namespace goodwill::ui
