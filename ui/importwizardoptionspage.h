#pragma once

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace goodwill::ui {

// Step 2: what the export itself cannot tell — for Slack, the profile field that holds
// the department; for any format, a roster CSV applied after it.
class ImportWizardOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardOptionsPage(QWidget *parent = nullptr);

    QString departmentField() const;
    void setDepartmentField(const QString &id);
    QString roster() const;
    void setRoster(const QString &path);
    QLineEdit *departmentFieldEdit() const { return m_field; }

    void initializePage() override;
    bool validatePage() override;

private:
    void chooseRoster();
    void showFieldHint();
    void showRosterNote();

    QGroupBox *m_slack;
    QLineEdit *m_field;
    QLabel *m_fieldHint;
    QLineEdit *m_roster;
    QLabel *m_rosterNote;
};

} // namespace goodwill::ui
