#include "modelsettingsform.h"

#include "dashboardsession.h"
#include "items/capitallabels.h"
#include "items/signalsettingsmodel.h"
#include "signalvaluedelegate.h"
#include "widgets/panel.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace goodwill::ui {
namespace {

const char *const pillarIds[] = {"authenticity", "pride", "attachment", "fun"};

QString pillarWeightPath(int pillar)
{
    return QStringLiteral("pillars.%1.weight").arg(QLatin1StringView(pillarIds[pillar]));
}

} // namespace

template <typename Spin>
Spin *ModelSettingsForm::makeEdit(const QString &path, const QString &name, const QString &tip)
{
    auto *edit = new Spin(this);
    const auto limits = analytics::ModelFile::limits(path, analytics::ModelFile::defaults());
    Q_ASSERT(limits);
    edit->setRange(limits->min, limits->max);
    edit->setAccessibleName(name);
    edit->setToolTip(tip);
    edit->setKeyboardTracking(false);
    connect(edit, &Spin::valueChanged, this, &ModelSettingsForm::updateButtons);
    return edit;
}

ModelSettingsForm::ModelSettingsForm(DashboardSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_fileLabel(new QLabel(this)),
      m_message(new QLabel(this)), m_signalModel(new items::SignalSettingsModel(this)),
      m_signalView(new QTableView(this)),
      m_formPanel(new Panel(tr("Thresholds and weights"), this)),
      m_signalPanel(new Panel(tr("Signals"), this)), m_apply(new QPushButton(tr("&Apply"), this)),
      m_revert(new QPushButton(tr("Re&vert"), this)),
      m_reset(new QPushButton(tr("Reset to &defaults"), this))
{
    m_k = makeEdit<QSpinBox>(
        QStringLiteral("privacy.k"), tr("Smallest department shown (k)"),
        tr("A department with fewer staff than this on a day shows no figure at all"));
    m_kText = makeEdit<QSpinBox>(
        QStringLiteral("privacy.k_text"), tr("Fewest writers for tone (k text)"),
        tr("Tone (T4) is hidden unless at least this many of a department's staff wrote in "
           "the window"));
    m_windowDays = makeEdit<QSpinBox>(
        QStringLiteral("window_days"), tr("Window (days)"),
        tr("Every signal is computed over this many days ending on the day shown"));
    m_windowDays->setSuffix(tr(" days"));
    m_replyHours = makeEdit<QDoubleSpinBox>(
        QStringLiteral("reply_window_hours"), tr("Reply window (hours)"),
        tr("A staff comment counts as answered when a leader replies in the thread within "
           "this many hours"));
    m_replyHours->setDecimals(1);
    m_replyHours->setSuffix(tr(" h"));

    auto *form = new QWidget(this);
    auto *fields = new QFormLayout(form);
    fields->addRow(tr("Smallest department shown (&k):"), m_k);
    fields->addRow(tr("Fewest writers for &tone:"), m_kText);
    fields->addRow(tr("&Window:"), m_windowDays);
    fields->addRow(tr("&Reply window:"), m_replyHours);
    for (int p = 0; p < 4; ++p) {
        const QString name = items::CapitalLabels::pillarName(QLatin1StringView(pillarIds[p]));
        auto *edit = makeEdit<QDoubleSpinBox>(
            pillarWeightPath(p), tr("Weight of %1").arg(name),
            tr("The weight of %1 in the ECI (the weights of the pillars with a value are "
               "renormalised)")
                .arg(name));
        edit->setDecimals(2);
        edit->setSingleStep(0.05);
        m_pillarWeights[size_t(p)] = edit;
        fields->addRow(tr("Weight of %1:").arg(name), edit);
    }
    m_formPanel->setSubtitle(tr("Privacy thresholds, the window of every signal, the reply "
                                "window and the weight of each pillar in the ECI"));
    m_formPanel->setChart(form);

    m_signalView->setModel(m_signalModel);
    m_signalView->setObjectName(QStringLiteral("signalSettingsView"));
    m_signalView->setAccessibleName(tr("Signal floors, targets and weights"));
    m_signalView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed |
                                  QAbstractItemView::AnyKeyPressed);
    m_signalView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_signalView->verticalHeader()->hide();
    m_signalView->verticalHeader()->setDefaultSectionSize(m_signalView->fontMetrics().height() + 8);
    m_signalView->setAlternatingRowColors(true);
    m_signalView->horizontalHeader()->setSectionResizeMode(items::SignalSettingsModel::Signal,
                                                           QHeaderView::Stretch);
    auto *delegate = new SignalValueDelegate(*m_signalModel, m_signalView);
    m_signalView->setItemDelegate(delegate);
    connect(delegate, &SignalValueDelegate::refused, this,
            [this](const QString &why) { setMessage(why, true); });
    connect(m_signalModel, &QAbstractItemModel::dataChanged, this,
            &ModelSettingsForm::updateButtons);
    m_signalPanel->setSubtitle(tr("A signal scores 0 at its floor and 100 at its target; its "
                                  "weight counts within its pillar. Changed values are bold. "
                                  "Double-click a value to edit it."));
    m_signalPanel->setTable(m_signalView);

    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->hide();
    m_apply->setToolTip(tr("Save the changed settings to your model file and work every "
                           "figure out again"));
    m_revert->setToolTip(tr("Drop the changes not applied yet"));
    m_reset->setToolTip(tr("Remove your model file: every setting goes back to the default "
                           "and the figures are worked out again"));
    connect(m_apply, &QPushButton::clicked, this, &ModelSettingsForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &ModelSettingsForm::revert);
    connect(m_reset, &QPushButton::clicked, this, &ModelSettingsForm::resetToDefaults);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fileLabel, 1);
    buttons->addWidget(m_reset);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *panels = new QHBoxLayout;
    panels->addWidget(m_formPanel, 2);
    panels->addWidget(m_signalPanel, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(panels, 1);
    layout->addLayout(buttons);
    revert();
}

void ModelSettingsForm::show(const analytics::ModelSettings &settings)
{
    m_showing = true;
    m_k->setValue(settings.k);
    m_kText->setValue(settings.kText);
    m_windowDays->setValue(settings.windowDays);
    m_replyHours->setValue(settings.replyWindowHours);
    for (size_t p = 0; p < m_pillarWeights.size() && p < settings.pillars.size(); ++p)
        m_pillarWeights[p]->setValue(settings.pillars[p].weight);
    m_signalModel->setSettings(settings);
    m_showing = false;
    updateButtons();
}

analytics::ModelSettings ModelSettingsForm::editedSettings() const
{
    analytics::ModelSettings settings = m_signalModel->settings();
    settings.k = m_k->value();
    settings.kText = m_kText->value();
    settings.windowDays = m_windowDays->value();
    settings.replyWindowHours = m_replyHours->value();
    for (size_t p = 0; p < m_pillarWeights.size() && p < settings.pillars.size(); ++p)
        settings.pillars[p].weight = m_pillarWeights[p]->value();
    return settings;
}

bool ModelSettingsForm::hasChanges() const
{
    return !(editedSettings() == m_saved);
}

void ModelSettingsForm::revert()
{
    const QString path = m_session.modelFilePath();
    const analytics::ModelLoad load = analytics::ModelFile::load(path);
    m_saved = load.settings;
    m_fileLabel->setText(QFileInfo::exists(path)
                             ? tr("Your settings: %1 (anything not in it keeps the default)")
                                   .arg(QDir::toNativeSeparators(path))
                             : tr("The default model is in use; Apply saves your changes to %1")
                                   .arg(QDir::toNativeSeparators(path)));
    QStringList problems;
    for (const Error &problem : load.problems)
        problems << problem.message;
    setMessage(problems.join(QLatin1Char('\n')), !problems.isEmpty());
    show(m_saved);
}

bool ModelSettingsForm::apply()
{
    const analytics::ModelSettings settings = editedSettings();
    double pillarWeights = 0;
    for (const analytics::PillarSettings &pillar : settings.pillars)
        pillarWeights += pillar.weight;
    if (pillarWeights <= 0) {
        setMessage(tr("At least one pillar needs a weight above 0, or there is no ECI."), true);
        return false;
    }
    const QString path = m_session.modelFilePath();
    if (auto saved = analytics::ModelFile::save(settings, path); !saved) {
        setMessage(saved.error().message, true);
        return false;
    }
    revert();
    setMessage(tr("Applied. Every figure is being worked out again with these settings."), false);
    m_session.reload();
    Q_EMIT applied();
    return true;
}

bool ModelSettingsForm::resetToDefaults()
{
    if (auto removed = analytics::ModelFile::reset(m_session.modelFilePath()); !removed) {
        setMessage(removed.error().message, true);
        return false;
    }
    revert();
    setMessage(tr("Back to the defaults. Every figure is being worked out again."), false);
    m_session.reload();
    Q_EMIT applied();
    return true;
}

QString ModelSettingsForm::message() const
{
    return m_message->text();
}

void ModelSettingsForm::updateButtons()
{
    if (m_showing)
        return;
    const bool changed = hasChanges();
    m_apply->setEnabled(changed);
    m_revert->setEnabled(changed);
    m_reset->setEnabled(QFileInfo::exists(m_session.modelFilePath()) ||
                        !(editedSettings() == analytics::ModelFile::defaults()));
}

void ModelSettingsForm::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
    m_message->setVisible(!text.isEmpty());
}

} // namespace goodwill::ui
