#pragma once

#include "store/storesummary.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace goodwill::items {
class MonthlyActivityModel;
}

namespace goodwill::ui {

class ActivityChartView;
class StatCard;

// What is in the open database: headline counts and activity per month. Also shows the
// states around it: working (with progress and cancel), nothing to show yet, an error.
class SummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit SummaryPage(QWidget *parent = nullptr);

    // `progress` in 0..1000, or -1 for "busy, no estimate".
    void showWorking(const QString &message, int progress, bool cancellable);
    void showSummary(const QString &path, bool readOnly, const store::StoreSummary &summary);
    void showError(const QString &message);

    StatCard *card(const QString &accessibleName) const;
    ActivityChartView *chartView() const { return m_chart; }
    items::MonthlyActivityModel *monthlyModel() const { return m_monthly; }
    QString currentStateName() const;

Q_SIGNALS:
    void cancelRequested();
    void openRequested();
    void openDemoRequested();

private:
    QWidget *makeWorkingPage();
    QWidget *makeContentPage();
    QWidget *makeMessagePage(QLabel *&label, bool withDemo);

    QStackedWidget *m_stack;
    QLabel *m_workingLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QList<StatCard *> m_cards;
    ActivityChartView *m_chart = nullptr;
    items::MonthlyActivityModel *m_monthly = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_workingPage = nullptr, *m_contentPage = nullptr, *m_emptyPage = nullptr,
            *m_errorPage = nullptr;
};

} // namespace goodwill::ui
