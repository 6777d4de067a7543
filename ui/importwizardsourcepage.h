#pragma once

#include "importers/importformat.h"
#include "importwizard.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTimer;

namespace goodwill::ui {

// Step 1: which export (a file or a folder, or what was dropped), its format (detected in
// the background, or chosen), and which database it goes into.
class ImportWizardSourcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportWizardSourcePage(QWidget *parent = nullptr);

    void setOpenDatabase(const QString &path, ImportWizard::OpenDatabase kind);
    void setSource(const QString &path);
    QString source() const;
    // The format to import as: the user's choice, else the detected one; Auto when neither.
    importers::ImportFormat format() const;
    importers::ImportFormat detectedFormat() const { return m_detected; }
    bool isDetecting() const { return m_detecting; }
    // What the page says about the source: the detected format or why it cannot be read.
    QString statusText() const;

    // Into a new database at `path` (what the save dialog sets).
    void setNewDatabase(const QString &path);
    void setIntoOpenDatabase();
    bool isNewDatabase() const;
    QString target() const;

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void chooseFolder();
    void chooseNewDatabase();
    void detect();
    void showStatus();
    void updateTarget();
    QString defaultNewDatabase() const;
    QString startFolder() const;
    void rememberFolder(const QString &folder);

    QLineEdit *m_path;
    QComboBox *m_format;
    QLabel *m_status;
    QRadioButton *m_intoOpen;
    QRadioButton *m_intoNew;
    QLineEdit *m_newPath;
    QPushButton *m_chooseNew;
    QLabel *m_targetNote;
    QTimer *m_detectTimer;

    QString m_openDatabase;
    ImportWizard::OpenDatabase m_openKind = ImportWizard::OpenDatabase::None;
    bool m_newPathChosen = false; // the user picked it: a new source does not replace it
    quint64 m_generation = 0;     // newer detections make older results stale
    bool m_detecting = false;
    QString m_detectedPath;
    QString m_error;
    importers::ImportFormat m_detected = importers::ImportFormat::Auto;
};

} // namespace goodwill::ui
