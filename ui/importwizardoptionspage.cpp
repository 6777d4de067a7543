#include "importwizardoptionspage.h"

#include "importwizard.h"
#include "importwizardsourcepage.h"
#include "state/appsettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace goodwill::ui {

ImportWizardOptionsPage::ImportWizardOptionsPage(QWidget *parent)
    : QWizardPage(parent), m_slack(new QGroupBox(tr("Slack departments"), this)),
      m_field(new QLineEdit(this)), m_fieldHint(new QLabel(this)), m_roster(new QLineEdit(this)),
      m_rosterNote(new QLabel(this))
{
    setTitle(tr("Departments"));
    setSubTitle(tr("Optional: tell Goodwill where each person's department comes from. Goodwill "
                   "compares departments, so an import without them shows people but no "
                   "departments."));

    m_field->setPlaceholderText(tr("e.g. Xf0123ABC"));
    m_field->setAccessibleName(tr("Department field id"));
    m_field->setClearButtonEnabled(true);
    m_fieldHint->setWordWrap(true);
    m_fieldHint->setAccessibleName(tr("Department field hint"));
    connect(m_field, &QLineEdit::textChanged, this, &ImportWizardOptionsPage::showFieldHint);
    showFieldHint();
    auto *fieldLabel = new QLabel(tr("Department &field id:"), m_slack);
    fieldLabel->setBuddy(m_field);
    auto *slackForm = new QFormLayout(m_slack);
    slackForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    slackForm->addRow(fieldLabel, m_field);
    slackForm->addRow(m_fieldHint);

    auto *rosterBox = new QGroupBox(tr("Roster"), this);
    m_roster->setPlaceholderText(tr("No roster (optional)"));
    m_roster->setAccessibleName(tr("Roster CSV"));
    m_roster->setClearButtonEnabled(true);
    auto *chooseRoster = new QPushButton(tr("Choose &Roster…"), rosterBox);
    chooseRoster->setAccessibleDescription(tr("Choose a roster CSV file"));
    connect(chooseRoster, &QPushButton::clicked, this, &ImportWizardOptionsPage::chooseRoster);
    auto *rosterLabel = new QLabel(tr("Roster &CSV:"), rosterBox);
    rosterLabel->setBuddy(m_roster);
    auto *rosterRow = new QHBoxLayout;
    rosterRow->addWidget(m_roster, 1);
    rosterRow->addWidget(chooseRoster);
    m_rosterNote->setWordWrap(true);
    m_rosterNote->setForegroundRole(QPalette::PlaceholderText);
    m_rosterNote->setAccessibleName(tr("Roster note"));
    auto *rosterForm = new QFormLayout(rosterBox);
    rosterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    rosterForm->addRow(rosterLabel, rosterRow);
    rosterForm->addRow(m_rosterNote);
    connect(m_roster, &QLineEdit::textChanged, this, &ImportWizardOptionsPage::showRosterNote);
    showRosterNote();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_slack);
    layout->addWidget(rosterBox);
    layout->addStretch();
}

QString ImportWizardOptionsPage::departmentField() const
{
    return m_field->text().trimmed();
}

void ImportWizardOptionsPage::setDepartmentField(const QString &id)
{
    m_field->setText(id);
}

QString ImportWizardOptionsPage::roster() const
{
    const QString text = m_roster->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
}

void ImportWizardOptionsPage::setRoster(const QString &path)
{
    m_roster->setText(QDir::toNativeSeparators(path));
}

void ImportWizardOptionsPage::initializePage()
{
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    const bool slack =
        importWizard && importWizard->sourcePage()->format() == importers::ImportFormat::Slack;
    m_slack->setVisible(slack);
    (slack ? m_field : m_roster)->setFocus();
}

bool ImportWizardOptionsPage::validatePage()
{
    const QString path = roster();
    if (!path.isEmpty() && !QFileInfo(path).isFile()) {
        m_rosterNote->setText(
            tr("There is no roster file at %1.").arg(QDir::toNativeSeparators(path)));
        ImportWizard::styleAsError(m_rosterNote);
        m_roster->setFocus();
        return false;
    }
    static const QRegularExpression spaces(QStringLiteral("\\s"));
    if (m_slack->isVisibleTo(this) && departmentField().contains(spaces)) {
        m_fieldHint->setText(tr("A field id has no spaces, e.g. Xf0123ABC."));
        ImportWizard::styleAsError(m_fieldHint);
        m_field->setFocus();
        return false;
    }
    return true;
}

void ImportWizardOptionsPage::showFieldHint()
{
    m_fieldHint->setPalette(QPalette());
    m_fieldHint->setForegroundRole(QPalette::PlaceholderText);
    m_fieldHint->setText(
        tr("Slack exports carry no department. If your workspace keeps it in a custom profile "
           "field, enter that field's id: it is the key under profile → fields in the export's "
           "users.json. Without it or a roster, there are no departments."));
}

void ImportWizardOptionsPage::showRosterNote()
{
    m_rosterNote->setPalette(QPalette());
    m_rosterNote->setForegroundRole(QPalette::PlaceholderText);
    m_rosterNote->setText(
        tr("A CSV with the columns email, name, title, department, is_leader, valid_from and "
           "valid_to. It is applied after the export and has the last word on departments and "
           "leaders."));
}

void ImportWizardOptionsPage::chooseRoster()
{
    QString start = roster();
    if (start.isEmpty()) {
        auto *importWizard = qobject_cast<ImportWizard *>(wizard());
        start = importWizard ? QFileInfo(importWizard->source()).absolutePath() : QString();
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a Roster"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setRoster(path);
}

} // namespace goodwill::ui
