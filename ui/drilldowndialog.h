#pragma once

#include "analytics/figureevidence.h"
#include "analytics/figureref.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace goodwill::analytics {
class SentimentAnalyzer;
struct Snapshot;
} // namespace goodwill::analytics

namespace goodwill::items {
class EvidenceInputsModel;
class EvidenceMessagesModel;
} // namespace goodwill::items

namespace goodwill::ui {

class DashboardSession;
class Panel;

// "How was this computed?": one figure's formula in words, its inputs, and the messages
// behind it with author, channel, time and what each counted for (for tone, the sentiment
// explanation of the selected message), the privacy rules applied (docs/model.md,
// "Drill-down"). Worked out off the GUI thread from the session's snapshot, the texts read
// from the database on a read-only connection. Non-modal; several can be open at once.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    DrillDownDialog(DashboardSession &session, const analytics::FigureRef &figure,
                    QWidget *parent = nullptr);
    ~DrillDownDialog() override;

    // Shows the dialog for `figure` (raising the one already open for it under `parent`),
    // deleted when closed. Null when the session has no figures yet.
    static DrillDownDialog *open(DashboardSession &session, const analytics::FigureRef &figure,
                                 QWidget *parent);

    const analytics::FigureRef &figure() const { return m_figure; }
    bool isBusy() const { return m_busy; }
    // The evidence shown (empty while busy, or when it could not be worked out).
    const std::optional<analytics::FigureEvidence> &evidence() const { return m_evidence; }
    // What went wrong, when the figure could not be opened or its texts not read.
    QString errorText() const { return m_error; }

    items::EvidenceInputsModel *inputsModel() const { return m_inputs; }
    items::EvidenceMessagesModel *messagesModel() const { return m_messages; }
    QTableView *messagesView() const { return m_messagesView; }
    QTableView *inputsView() const { return m_inputsView; }
    // The sentiment explanation of the selected message (tone only).
    QString toneExplanation() const;

    // The messages as CSV (the table's order); empty on success, else the error.
    QString exportMessages(const QString &path) const;
    void copyMessages() const;

Q_SIGNALS:
    // The evidence (or the error) is in.
    void ready();

private:
    void start(std::shared_ptr<const analytics::Snapshot> snapshot);
    void setBusy(bool busy);
    void showSelectedTone();
    void chooseExport();

    struct Outcome;
    void deliver(const Outcome &outcome);

    DashboardSession &m_session;
    analytics::FigureRef m_figure;
    std::shared_ptr<const analytics::Snapshot> m_snapshot;
    std::optional<analytics::FigureEvidence> m_evidence;
    std::shared_ptr<const analytics::SentimentAnalyzer> m_tone;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
    QString m_error;

    QLabel *m_title;
    QLabel *m_formula;
    QLabel *m_status;
    QProgressBar *m_progress;
    Panel *m_inputsPanel;
    Panel *m_messagesPanel;
    QTableView *m_inputsView;
    QTableView *m_messagesView;
    QTextBrowser *m_explanation;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    items::EvidenceInputsModel *m_inputs;
    items::EvidenceMessagesModel *m_messages;
    QSortFilterProxyModel *m_messagesProxy;
};

} // namespace goodwill::ui
