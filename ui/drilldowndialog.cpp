#include "drilldowndialog.h"

#include "analytics/messagelookup.h"
#include "analytics/sentimentanalyzer.h"
#include "analytics/snapshot.h"
#include "dashboardsession.h"
#include "items/evidenceinputsmodel.h"
#include "items/evidencemessagesmodel.h"
#include "items/figuretitle.h"
#include "items/tablecsv.h"
#include "store/database.h"
#include "widgets/figuretable.h"
#include "widgets/panel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QtConcurrent>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace goodwill::ui {
namespace {

// A column other than the message's is cut at this width (its tooltip has all of it).
constexpr int maxColumnWidth = 200;

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model,
                      bool sortable)
{
    QTableView *view =
        makeFigureTable(parent, name, model, {.alternatingRows = false, .sortable = sortable});
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

} // namespace

struct DrillDownDialog::Outcome
{
    quint64 generation = 0;
    std::optional<analytics::FigureEvidence> evidence;
    QString error;
    std::vector<analytics::MessageLookup::Message> messages;
    std::shared_ptr<const analytics::SentimentAnalyzer> tone;
};

DrillDownDialog::DrillDownDialog(DashboardSession &session, const analytics::FigureRef &figure,
                                 QWidget *parent)
    : QDialog(parent), m_session(session), m_figure(figure)
{
    setModal(false);
    setSizeGripEnabled(true);
    resize(1100, 720);

    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Figure"));

    m_formula = new QLabel(this);
    m_formula->setWordWrap(true);
    m_formula->setTextFormat(Qt::RichText);
    m_formula->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formula->setAccessibleName(tr("How it is computed"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(4);
    m_progress->setAccessibleName(tr("Working out the figure"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Status"));

    m_inputs = new items::EvidenceInputsModel(this);
    m_inputsView = makeTable(this, tr("Inputs"), m_inputs, false);
    m_inputsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_inputsView->horizontalHeader()->setStretchLastSection(true);
    m_inputsPanel = new Panel(tr("Inputs"), this);
    m_inputsPanel->setSubtitle(tr("What the figure was computed from"));
    m_inputsPanel->setTable(m_inputsView);

    m_messages = new items::EvidenceMessagesModel(this);
    m_messagesProxy = makeSortProxy(m_messages, this);
    m_messagesView = makeTable(this, tr("Messages"), m_messagesProxy, true);
    m_messagesView->sortByColumn(items::EvidenceMessagesModel::Time, Qt::DescendingOrder);
    auto *header = m_messagesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(items::EvidenceMessagesModel::Text, QHeaderView::Stretch);
    m_messagesPanel = new Panel(tr("Messages"), this);
    m_messagesPanel->setTable(m_messagesView);

    m_explanation = new QTextBrowser(this);
    m_explanation->setAccessibleName(tr("Tone of the selected message"));
    m_explanation->setMaximumHeight(140);
    m_explanation->hide();

    auto *messagesBox = new QWidget(this);
    auto *messagesLayout = new QVBoxLayout(messagesBox);
    messagesLayout->setContentsMargins(0, 0, 0, 0);
    messagesLayout->addWidget(m_messagesPanel, 1);
    messagesLayout->addWidget(m_explanation);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_inputsPanel);
    splitter->addWidget(messagesBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("Export messages…"), QDialogButtonBox::ActionRole);
    m_exportButton->setToolTip(tr("Save the messages as a CSV file"));
    m_copyButton = buttons->addButton(tr("Copy messages"), QDialogButtonBox::ActionRole);
    m_copyButton->setToolTip(tr("Copy the messages as tab-separated text"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &DrillDownDialog::chooseExport);
    connect(m_copyButton, &QPushButton::clicked, this, &DrillDownDialog::copyMessages);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_formula);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DrillDownDialog::showSelectedTone);
    // New data (a reload): the figure is worked out again from it.
    connect(&m_session, &DashboardSession::snapshotChanged, this, [this] {
        const auto snapshot = m_session.snapshot();
        if (snapshot && m_snapshot && snapshot->sources.dataset != m_snapshot->sources.dataset)
            start(snapshot);
    });
    start(m_session.snapshot());
}

DrillDownDialog::~DrillDownDialog()
{
    if (m_cancel)
        m_cancel->store(true);
}

DrillDownDialog *DrillDownDialog::open(DashboardSession &session,
                                       const analytics::FigureRef &figure, QWidget *parent)
{
    if (!figure.isValid() || !session.snapshot())
        return nullptr;
    if (parent) {
        for (auto *open : parent->findChildren<DrillDownDialog *>(Qt::FindDirectChildrenOnly)) {
            if (open->figure() == figure) {
                open->show();
                open->raise();
                open->activateWindow();
                return open;
            }
        }
    }
    auto *dialog = new DrillDownDialog(session, figure, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void DrillDownDialog::start(std::shared_ptr<const analytics::Snapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    if (m_cancel)
        m_cancel->store(true);
    const quint64 generation = ++m_generation;
    m_evidence.reset();
    m_error.clear();
    m_inputs->setInputs({});
    m_messages->clear();
    if (!m_snapshot || !m_snapshot->sources.isComplete()) {
        m_title->setText(tr("Nothing to show yet"));
        m_status->setText(tr("The figures are still being worked out: open this again when "
                             "they are shown."));
        setBusy(false);
        return;
    }
    const QString title = items::FigureTitle::of(m_figure, *m_snapshot->sources.dataset,
                                                 m_snapshot->sources.settings->windowDays);
    m_title->setText(title);
    setWindowTitle(tr("How it was computed: %1").arg(title));
    m_formula->clear();
    m_status->setText(tr("Working out the figure and reading its messages…"));
    setBusy(true);

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        if (outcome.generation == m_generation)
            deliver(outcome);
    });
    watcher->setFuture(
        QtConcurrent::run([snapshot = m_snapshot, figure = m_figure,
                           path = m_session.databasePath(), cancel = m_cancel, generation] {
            Outcome outcome;
            outcome.generation = generation;
            auto evidence = analytics::FigureEvidence::compute(*snapshot, figure, cancel.get());
            if (!evidence) {
                outcome.error = evidence.error().message;
                return outcome;
            }
            outcome.evidence = std::move(evidence).value();
            if (outcome.evidence->items.empty() || cancel->load())
                return outcome;
            // The texts, on a connection of this thread's own.
            auto database = store::Database::open(path, store::Database::Access::ReadOnly);
            if (!database) {
                outcome.error = database.error().message;
                return outcome;
            }
            std::vector<std::int32_t> activities;
            for (const analytics::EvidenceItem &item : outcome.evidence->items)
                activities.push_back(item.activity);
            auto messages = analytics::MessageLookup((*database)->connection())
                                .read(*snapshot->sources.dataset, activities);
            if (messages)
                outcome.messages = std::move(messages).value();
            else
                outcome.error = messages.error().message;
            // The analyser the dataset's tone was scored with (the model file's lexicons), so
            // that the explanation adds up to the score the figure used.
            if (outcome.evidence->tone)
                outcome.tone = snapshot->sources.tone;
            return outcome;
        }));
}

void DrillDownDialog::deliver(const Outcome &outcome)
{
    setBusy(false);
    m_error = outcome.error;
    m_evidence = outcome.evidence;
    m_tone = outcome.tone;
    if (!m_evidence) {
        m_status->setText(tr("This figure cannot be opened: %1").arg(m_error));
        m_formula->hide();
        m_inputsPanel->hide();
        m_messagesPanel->hide();
        Q_EMIT ready();
        return;
    }
    const analytics::FigureEvidence &evidence = *m_evidence;
    if (evidence.suppressed) {
        m_formula->clear();
        m_status->setText(tr("Hidden by the privacy rules: %1").arg(evidence.suppressedReason));
        m_inputsPanel->hide();
        m_messagesPanel->hide();
        m_explanation->hide();
        m_formula->hide();
        m_exportButton->hide();
        m_copyButton->hide();
        resize(width(), sizeHint().height());
        Q_EMIT ready();
        return;
    }
    QString formula = tr("<b>How it is computed:</b> %1").arg(evidence.formula.toHtmlEscaped());
    if (!evidence.valueText.isEmpty())
        formula += QStringLiteral("<br>") +
                   tr("<b>Result:</b> %1").arg(evidence.valueText.toHtmlEscaped());
    m_formula->setText(formula);
    m_formula->show();
    m_exportButton->show();
    m_copyButton->show();
    m_inputsPanel->show();
    m_inputs->setInputs(evidence.inputs);

    const bool listsMessages = m_figure.kind == analytics::FigureRef::Kind::LeaderFigure ||
                               m_figure.kind == analytics::FigureRef::Kind::Signal;
    m_messagesPanel->setVisible(listsMessages);
    QStringList notes;
    if (!evidence.capDescription().isEmpty())
        notes << evidence.capDescription();
    if (!evidence.privacyNote.isEmpty())
        notes << evidence.privacyNote;
    if (!m_error.isEmpty())
        notes << tr("The message texts could not be read: %1").arg(m_error);
    m_status->setText(notes.join(QLatin1Char(' ')));
    m_messagesPanel->setSubtitle(evidence.itemsDescription);
    m_messages->setMessages(evidence.items, outcome.messages);
    // Every column as wide as it needs, up to a limit, the rest for the message.
    m_messagesView->resizeColumnsToContents();
    auto *header = m_messagesView->horizontalHeader();
    for (int column = 0; column < items::EvidenceMessagesModel::ColumnCount; ++column) {
        if (column != items::EvidenceMessagesModel::Text)
            header->resizeSection(column, std::min(header->sectionSize(column), maxColumnWidth));
    }
    header->setSectionResizeMode(items::EvidenceMessagesModel::Text, QHeaderView::Stretch);
    if (evidence.messagesHidden)
        m_messagesPanel->setEmptyText(evidence.privacyNote);
    else if (evidence.items.empty())
        m_messagesPanel->setEmptyText(tr("No messages behind this figure in the period."));
    else
        m_messagesPanel->setEmptyText({});
    m_exportButton->setEnabled(!evidence.items.empty());
    m_copyButton->setEnabled(!evidence.items.empty());
    m_explanation->setVisible(evidence.tone && !evidence.items.empty() && m_tone);
    m_explanation->setPlainText(tr("Select a message to see what gave it its tone."));
    if (m_explanation->isVisible() && m_messagesProxy->rowCount() > 0)
        m_messagesView->setCurrentIndex(m_messagesProxy->index(0, 0));
    Q_EMIT ready();
}

void DrillDownDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_exportButton->setEnabled(!busy && m_messages->rowCount() > 0);
    m_copyButton->setEnabled(!busy && m_messages->rowCount() > 0);
    if (busy) {
        m_inputsPanel->show();
        m_messagesPanel->show();
        m_explanation->hide();
    }
}

QString DrillDownDialog::toneExplanation() const
{
    return m_explanation->isVisible() ? m_explanation->toPlainText() : QString();
}

void DrillDownDialog::showSelectedTone()
{
    if (!m_tone || !m_evidence || !m_evidence->tone)
        return;
    const QModelIndex current = m_messagesProxy->mapToSource(m_messagesView->currentIndex());
    const auto *message = current.isValid() ? m_messages->message(current.row()) : nullptr;
    if (!message) {
        m_explanation->setPlainText(tr("Select a message to see what gave it its tone."));
        return;
    }
    const QByteArray utf8 = message->text.toUtf8();
    const analytics::SentimentResult result =
        m_tone->analyse(std::string_view(utf8.constData(), size_t(utf8.size())));
    const QLocale locale;
    const auto signedNumber = [&](double value) -> QString {
        return (value > 0 ? QStringLiteral("+") : QString()) + locale.toString(value, 'f', 2);
    };
    QString html = QStringLiteral("<p>") +
                   tr("Tone <b>%1</b> (the sum %2, squashed into −1..1).")
                       .arg(signedNumber(result.compound), signedNumber(result.raw)) +
                   QStringLiteral("</p>");
    if (!result.hasSentiment()) {
        html += QStringLiteral("<p>") + tr("No word, emoji or phrase of the lexicon: tone 0.") +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const analytics::SentimentContribution &c : result.contributions)
            html +=
                QStringLiteral("<li>") +
                tr("“%1” %2 (%3)")
                    .arg(c.token.toHtmlEscaped(), signedNumber(c.score), c.rule.toHtmlEscaped()) +
                QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    }
    m_explanation->setHtml(html);
}

QString DrillDownDialog::exportMessages(const QString &path) const
{
    return items::TableCsv::write(*m_messagesProxy, path);
}

void DrillDownDialog::copyMessages() const
{
    QApplication::clipboard()->setText(items::TableCsv::toTsv(*m_messagesProxy));
}

void DrillDownDialog::chooseExport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export messages"),
                                                      QDir::home().filePath(tr("messages.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportMessages(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export messages"), error);
}

} // namespace goodwill::ui
