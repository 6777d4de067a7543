#pragma once

#include "importers/importreport.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace goodwill::ui {

class StatCard;

// An import report as the wizard shows it: what is added as headline figures, the span
// of the activity, what was left out and why, and the warnings.
class ImportWizardReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportWizardReportView(QWidget *parent = nullptr);

    void setReport(const importers::ImportReport &report);

    // The figure shown under `caption` ("Posts", "New people", ...), as displayed.
    QString figure(const QString &caption) const;
    QString rangeText() const;
    QString rosterText() const; // empty when the import has no roster
    QString skippedText() const;
    QStringList warnings() const;

private:
    QList<StatCard *> m_cards;
    QFormLayout *m_details;
    QLabel *m_range;
    QLabel *m_roster;
    QLabel *m_skipped;
    QLabel *m_warnings;
    QStringList m_warningTexts;
};

} // namespace goodwill::ui
