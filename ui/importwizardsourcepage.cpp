#include "importwizardsourcepage.h"

#include "importers/exportarchive.h"
#include "state/appsettings.h"

#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QtConcurrent>
#include <QTimer>

namespace goodwill::ui {
namespace {

using importers::ImportFormat;

struct Detection
{
    QString path;
    QString error;
    ImportFormat format = ImportFormat::Auto;
};

// Opening a ZIP or listing a large folder takes a moment: this runs off the GUI thread.
Detection detectSource(const QString &path)
{
    Detection detection{path, {}, ImportFormat::Auto};
    if (!QFileInfo::exists(path)) {
        detection.error = ImportWizardSourcePage::tr("There is no file or folder at %1.")
                              .arg(QDir::toNativeSeparators(path));
        return detection;
    }
    auto archive = importers::ExportArchive::open(path);
    if (!archive)
        detection.error = archive.error().message;
    else
        detection.format = importers::detectFormat(**archive);
    return detection;
}

QString droppedPath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().isEmpty() || !mime->urls().first().isLocalFile())
        return {};
    return mime->urls().first().toLocalFile();
}

constexpr ImportFormat choosableFormats[] = {
    ImportFormat::Slack, ImportFormat::Engage, ImportFormat::Mattermost, ImportFormat::Teams,
    ImportFormat::Csv,   ImportFormat::Jsonl,  ImportFormat::Roster};

} // namespace

ImportWizardSourcePage::ImportWizardSourcePage(QWidget *parent)
    : QWizardPage(parent), m_path(new QLineEdit(this)), m_format(new QComboBox(this)),
      m_status(new QLabel(this)), m_intoOpen(new QRadioButton(this)),
      m_intoNew(new QRadioButton(tr("Into a ne&w database:"), this)),
      m_newPath(new QLineEdit(this)), m_chooseNew(new QPushButton(tr("C&hoose…"), this)),
      m_targetNote(new QLabel(this)), m_detectTimer(new QTimer(this))
{
    setTitle(tr("Choose the export"));
    setSubTitle(tr("Goodwill reads Slack, Viva Engage, Mattermost and Microsoft Teams exports, "
                   "its own activity CSV and JSONL files, and roster CSVs. Everything stays on "
                   "this computer."));

    m_path->setPlaceholderText(tr("A ZIP file, an unpacked folder, or a CSV or JSONL file"));
    m_path->setAccessibleName(tr("Export"));
    m_path->setClearButtonEnabled(true);
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setAccessibleDescription(tr("Choose an export file: a ZIP, CSV or JSONL file"));
    auto *chooseFolder = new QPushButton(tr("Choose Fol&der…"), this);
    chooseFolder->setAccessibleDescription(tr("Choose an unpacked export folder"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(chooseFile);
    pathRow->addWidget(chooseFolder);

    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("Detect automatically"), int(ImportFormat::Auto));
    for (ImportFormat format : choosableFormats)
        m_format->addItem(importers::formatTitle(format), int(format));
    m_format->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Format status"));
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 2);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *pathLabel = new QLabel(tr("&Export:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    auto *formatLabel = new QLabel(tr("Fo&rmat:"), this);
    formatLabel->setBuddy(m_format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    formatRow->addStretch();
    form->addRow(formatLabel, formatRow);
    form->addRow(QString(), m_status);

    m_intoOpen->setAccessibleName(tr("Into the open database"));
    m_intoNew->setAccessibleName(tr("Into a new database"));
    m_newPath->setAccessibleName(tr("New database file"));
    m_newPath->setPlaceholderText(tr("Where the new database is saved"));
    m_chooseNew->setAccessibleDescription(tr("Choose where the new database is saved"));
    m_targetNote->setWordWrap(true);
    m_targetNote->setForegroundRole(QPalette::PlaceholderText);
    m_targetNote->setAccessibleName(tr("Target note"));
    auto *target = new QGroupBox(tr("Import into"), this);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(m_intoNew);
    newRow->addWidget(m_newPath, 1);
    newRow->addWidget(m_chooseNew);
    auto *targetLayout = new QVBoxLayout(target);
    targetLayout->addWidget(m_intoOpen);
    targetLayout->addLayout(newRow);
    targetLayout->addWidget(m_targetNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(target);
    layout->addStretch();

    // Typing a path: look at it once the user pauses.
    m_detectTimer->setSingleShot(true);
    m_detectTimer->setInterval(350);
    connect(m_detectTimer, &QTimer::timeout, this, &ImportWizardSourcePage::detect);
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_detecting = true; // Next waits for the detection the pause will start
        Q_EMIT completeChanged();
        m_detectTimer->start();
    });
    connect(chooseFile, &QPushButton::clicked, this, &ImportWizardSourcePage::chooseFile);
    connect(chooseFolder, &QPushButton::clicked, this, &ImportWizardSourcePage::chooseFolder);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        showStatus();
        Q_EMIT completeChanged();
    });
    connect(m_intoOpen, &QRadioButton::toggled, this, &ImportWizardSourcePage::updateTarget);
    connect(m_intoNew, &QRadioButton::toggled, this, &ImportWizardSourcePage::updateTarget);
    connect(m_newPath, &QLineEdit::textEdited, this, [this] {
        m_newPathChosen = true;
        updateTarget();
    });
    connect(m_chooseNew, &QPushButton::clicked, this, &ImportWizardSourcePage::chooseNewDatabase);

    setOpenDatabase(QString(), ImportWizard::OpenDatabase::None);
    showStatus();
    setAcceptDrops(true);
}

void ImportWizardSourcePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportWizardSourcePage::dropEvent(QDropEvent *event)
{
    const QString path = droppedPath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setSource(path);
}

void ImportWizardSourcePage::setOpenDatabase(const QString &path, ImportWizard::OpenDatabase kind)
{
    m_openDatabase = path;
    m_openKind = path.isEmpty() ? ImportWizard::OpenDatabase::None : kind;
    const QString name = QFileInfo(path).fileName();
    switch (m_openKind) {
    case ImportWizard::OpenDatabase::None:
        m_intoOpen->setText(tr("Into the &open database (none is open)"));
        break;
    case ImportWizard::OpenDatabase::ReadOnly:
        m_intoOpen->setText(tr("Into the &open database (%1 is read-only)").arg(name));
        break;
    case ImportWizard::OpenDatabase::Importable:
    case ImportWizard::OpenDatabase::Demo:
        m_intoOpen->setText(tr("Into the &open database (%1)").arg(name));
        break;
    }
    const bool offered = m_openKind == ImportWizard::OpenDatabase::Importable ||
                         m_openKind == ImportWizard::OpenDatabase::Demo;
    m_intoOpen->setEnabled(offered);
    m_intoOpen->setToolTip(path);
    // Real activity mixed into the demo's invented one would mean nothing: a new database
    // is the default there.
    if (m_openKind == ImportWizard::OpenDatabase::Importable)
        m_intoOpen->setChecked(true);
    else
        m_intoNew->setChecked(true);
    updateTarget();
}

void ImportWizardSourcePage::setSource(const QString &path)
{
    m_detectTimer->stop();
    m_path->setText(QDir::toNativeSeparators(path));
    detect();
}

QString ImportWizardSourcePage::source() const
{
    QString text = m_path->text().trimmed();
    if (text.isEmpty())
        return {};
    if (text == QStringLiteral("~") || text.startsWith(QStringLiteral("~/")))
        text.replace(0, 1, QDir::homePath());
    return QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
}

ImportFormat ImportWizardSourcePage::format() const
{
    const auto chosen = ImportFormat(m_format->currentData().toInt());
    return chosen != ImportFormat::Auto ? chosen : m_detected;
}

QString ImportWizardSourcePage::statusText() const
{
    return m_status->text();
}

void ImportWizardSourcePage::setNewDatabase(const QString &path)
{
    m_newPathChosen = true;
    m_newPath->setText(QDir::toNativeSeparators(path));
    m_intoNew->setChecked(true);
    updateTarget();
}

void ImportWizardSourcePage::setIntoOpenDatabase()
{
    if (m_intoOpen->isEnabled())
        m_intoOpen->setChecked(true);
}

bool ImportWizardSourcePage::isNewDatabase() const
{
    return !m_intoOpen->isChecked();
}

QString ImportWizardSourcePage::target() const
{
    if (!isNewDatabase())
        return m_openDatabase;
    QString text = m_newPath->text().trimmed();
    if (text.isEmpty())
        return {};
    if (text.startsWith(QStringLiteral("~/")))
        text.replace(0, 1, QDir::homePath());
    QString path = QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".goodwill");
    return path;
}

bool ImportWizardSourcePage::isComplete() const
{
    const QString path = source();
    if (path.isEmpty() || m_detecting || m_detectedPath != path || !m_error.isEmpty() ||
        format() == ImportFormat::Auto)
        return false;
    return !target().isEmpty();
}

bool ImportWizardSourcePage::validatePage()
{
    if (!isNewDatabase())
        return true;
    const QFileInfo info(target());
    const QFileInfo folder(info.absolutePath());
    QString problem;
    if (info.isDir())
        problem = tr("%1 is a folder: name a file for the new database.")
                      .arg(QDir::toNativeSeparators(info.filePath()));
    else if (!folder.isDir())
        problem =
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.filePath()));
    else if (!folder.isWritable())
        problem = tr("The folder %1 cannot be written to: choose another place for the new "
                     "database.")
                      .arg(QDir::toNativeSeparators(folder.filePath()));
    if (problem.isEmpty())
        return true;
    m_targetNote->setText(problem);
    ImportWizard::styleAsError(m_targetNote);
    return false;
}

int ImportWizardSourcePage::nextId() const
{
    // A roster on its own has no options to choose.
    return format() == ImportFormat::Roster ? ImportWizard::PreviewPageId
                                            : ImportWizard::OptionsPageId;
}

QString ImportWizardSourcePage::startFolder() const
{
    if (!source().isEmpty())
        return QFileInfo(source()).absolutePath();
    auto *importWizard = qobject_cast<ImportWizard *>(wizard());
    const QString last =
        importWizard
            ? importWizard->settings().value(state::AppSettings::Key::ImportFolder).toString()
            : QString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
}

void ImportWizardSourcePage::rememberFolder(const QString &folder)
{
    if (auto *importWizard = qobject_cast<ImportWizard *>(wizard()))
        importWizard->settings().setValue(state::AppSettings::Key::ImportFolder, folder);
}

void ImportWizardSourcePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose an Export"), startFolder(),
        tr("Exports (*.zip *.json *.jsonl *.ndjson *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    setSource(path);
}

void ImportWizardSourcePage::chooseFolder()
{
    const QString path =
        QFileDialog::getExistingDirectory(this, tr("Choose an Unpacked Export"), startFolder());
    if (path.isEmpty())
        return;
    setSource(path);
}

void ImportWizardSourcePage::chooseNewDatabase()
{
    const QString start = target().isEmpty() ? defaultNewDatabase() : target();
    // An existing file is not replaced: the import adds to it, and the note says so.
    QString path = QFileDialog::getSaveFileName(this, tr("New Goodwill Database"), start,
                                                tr("Goodwill databases (*.goodwill)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".goodwill");
    setNewDatabase(path);
}

QString ImportWizardSourcePage::defaultNewDatabase() const
{
    const QFileInfo info(source());
    if (source().isEmpty())
        return {};
    // Next to the export, unless that is read-only media.
    QString folder = info.absolutePath();
    if (!QFileInfo(folder).isWritable())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString base = info.isDir() ? info.fileName() : info.completeBaseName();
    if (base.isEmpty())
        base = tr("Imported activity");
    QString candidate = QDir(folder).filePath(base + QStringLiteral(".goodwill"));
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QDir(folder).filePath(QStringLiteral("%1 (%2).goodwill").arg(base).arg(n));
    return candidate;
}

void ImportWizardSourcePage::detect()
{
    const quint64 generation = ++m_generation;
    const QString path = source();
    m_error.clear();
    m_detected = ImportFormat::Auto;
    m_detectedPath.clear();
    m_detecting = !path.isEmpty();
    updateTarget();
    showStatus();
    Q_EMIT completeChanged();
    if (path.isEmpty())
        return;
    auto *watcher = new QFutureWatcher<Detection>(this);
    connect(watcher, &QFutureWatcher<Detection>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user has moved on to another path
        const Detection detection = watcher->result();
        m_detecting = false;
        m_detectedPath = detection.path;
        m_error = detection.error;
        m_detected = detection.format;
        // The file dialogs start here next time, whichever way the export came.
        if (m_error.isEmpty())
            rememberFolder(QFileInfo(detection.path).absolutePath());
        updateTarget();
        showStatus();
        Q_EMIT completeChanged();
    });
    watcher->setFuture(QtConcurrent::run(detectSource, path));
}

void ImportWizardSourcePage::showStatus()
{
    m_status->setPalette(QPalette());
    m_status->setForegroundRole(QPalette::WindowText);
    const auto chosen = ImportFormat(m_format->currentData().toInt());
    if (source().isEmpty()) {
        m_status->setText(tr("Choose an export file or folder, or drop one here."));
        m_status->setForegroundRole(QPalette::PlaceholderText);
    } else if (m_detecting) {
        m_status->setText(tr("Looking at the export…"));
        m_status->setForegroundRole(QPalette::PlaceholderText);
    } else if (!m_error.isEmpty()) {
        m_status->setText(m_error);
        ImportWizard::styleAsError(m_status);
    } else if (chosen == ImportFormat::Auto && m_detected == ImportFormat::Auto) {
        m_status->setText(tr("Goodwill does not recognise this export: it is none of the formats "
                             "it reads, or it is incomplete. If you know the format, choose it "
                             "above."));
        ImportWizard::styleAsError(m_status);
    } else if (chosen == ImportFormat::Auto || chosen == m_detected) {
        m_status->setText(tr("Detected: %1").arg(importers::formatTitle(m_detected)));
    } else if (m_detected == ImportFormat::Auto) {
        m_status->setText(
            tr("Read as %1 (not recognised automatically).").arg(importers::formatTitle(chosen)));
    } else {
        m_status->setText(
            tr("Read as %1 (detected: %2).")
                .arg(importers::formatTitle(chosen), importers::formatTitle(m_detected)));
    }
}

void ImportWizardSourcePage::updateTarget()
{
    if (!m_newPathChosen)
        m_newPath->setText(QDir::toNativeSeparators(defaultNewDatabase()));
    const bool intoNew = isNewDatabase();
    m_newPath->setEnabled(intoNew);
    m_chooseNew->setEnabled(intoNew);
    m_targetNote->setPalette(QPalette());
    m_targetNote->setForegroundRole(QPalette::PlaceholderText);
    const QString path = target();
    if (!intoNew) {
        m_targetNote->setText(tr("Activity %1 already holds is recognised and not added twice.")
                                  .arg(QFileInfo(m_openDatabase).fileName()));
    } else if (path.isEmpty()) {
        m_targetNote->setText(QString());
    } else if (QFileInfo::exists(path)) {
        m_targetNote->setText(tr("%1 already exists: the export will be added to it.")
                                  .arg(QFileInfo(path).fileName()));
    } else {
        m_targetNote->setText(tr("Nothing is written before you have seen the preview."));
    }
    Q_EMIT completeChanged();
}

} // namespace goodwill::ui
