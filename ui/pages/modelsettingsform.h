#pragma once

#include "analytics/modelsettings.h"

#include <QWidget>

#include <array>

class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace goodwill::items {
class SignalSettingsModel;
}

namespace goodwill::ui {

class DashboardSession;
class Panel;

// The model settings of the Data page: privacy thresholds, the window, the reply window,
// the pillar weights and each signal's floor, target and weight. The editors accept only
// what the model file accepts (ModelFile::limits). Apply writes the keys that differ from
// the defaults into the user's model file (DashboardSession::modelFilePath) and reloads
// the session, so every figure is worked out again; Reset to defaults removes the file.
class ModelSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit ModelSettingsForm(DashboardSession &session, QWidget *parent = nullptr);

    // The settings as edited (the file's keys outside the form kept as they were read).
    analytics::ModelSettings editedSettings() const;
    // Reads the user's file again into the form, dropping unapplied edits.
    void revert();
    // Writes the edited settings and reloads; false (with the reason shown) when it cannot.
    bool apply();
    bool resetToDefaults();
    bool hasChanges() const;

    QSpinBox *kEdit() const { return m_k; }
    QSpinBox *kTextEdit() const { return m_kText; }
    QSpinBox *windowDaysEdit() const { return m_windowDays; }
    QDoubleSpinBox *replyWindowEdit() const { return m_replyHours; }
    QDoubleSpinBox *pillarWeightEdit(int pillar) const { return m_pillarWeights[size_t(pillar)]; }
    items::SignalSettingsModel *signalModel() const { return m_signalModel; }
    QTableView *signalView() const { return m_signalView; }
    Panel *signalPanel() const { return m_signalPanel; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }
    QString message() const;

Q_SIGNALS:
    void applied(); // the file was written (or removed) and the session reloads

private:
    void show(const analytics::ModelSettings &settings);
    void updateButtons();
    void setMessage(const QString &text, bool problem);
    template <typename Spin>
    Spin *makeEdit(const QString &path, const QString &name, const QString &tip);

    DashboardSession &m_session;
    analytics::ModelSettings m_saved; // what the user's file gives now
    QLabel *m_fileLabel;
    QLabel *m_message;
    QSpinBox *m_k;
    QSpinBox *m_kText;
    QSpinBox *m_windowDays;
    QDoubleSpinBox *m_replyHours;
    std::array<QDoubleSpinBox *, 4> m_pillarWeights{};
    items::SignalSettingsModel *m_signalModel;
    QTableView *m_signalView;
    Panel *m_formPanel;
    Panel *m_signalPanel;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_reset;
    bool m_showing = false;
};

} // namespace goodwill::ui
