#include "summarypage.h"

#include "charts/activitychartview.h"
#include "items/monthlyactivitymodel.h"
#include "widgets/statcard.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace goodwill::ui {

SummaryPage::SummaryPage(QWidget *parent)
    : QWidget(parent), m_stack(new QStackedWidget(this)),
      m_monthly(new items::MonthlyActivityModel(this))
{
    m_workingPage = makeWorkingPage();
    m_contentPage = makeContentPage();
    m_emptyPage = makeMessagePage(m_emptyLabel, true);
    m_errorPage = makeMessagePage(m_errorLabel, true);
    for (QWidget *page : {m_workingPage, m_contentPage, m_emptyPage, m_errorPage})
        m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *SummaryPage::makeWorkingPage()
{
    auto *page = new QWidget(this);
    m_workingLabel = new QLabel(page);
    m_workingLabel->setAlignment(Qt::AlignCenter);
    m_workingLabel->setWordWrap(true);
    m_progress = new QProgressBar(page);
    m_progress->setMaximumWidth(420);
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Progress"));
    m_cancel = new QPushButton(tr("Cancel"), page);
    connect(m_cancel, &QPushButton::clicked, this, &SummaryPage::cancelRequested);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_workingLabel);
    layout->addWidget(m_progress, 0, Qt::AlignHCenter);
    layout->addWidget(m_cancel, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QWidget *SummaryPage::makeContentPage()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(page);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *cards = new QHBoxLayout;
    cards->setSpacing(10);
    const std::pair<QString, QString> cardTexts[] = {
        {tr("People"), tr("Staff, leaders and guests in the database (bots are not counted)")},
        {tr("Leaders"),
         tr("People whose role is leader: from the roster, their title, or your override")},
        {tr("Departments"), tr("Departments named by the roster or the imported sources")},
        {tr("Channels"), tr("Channels, communities and groups across all sources")},
        {tr("Activities"), tr("Posts, replies, reactions and recognitions across all sources")},
    };
    for (const auto &[caption, explanation] : cardTexts) {
        auto *card = new StatCard(caption, explanation, page);
        m_cards << card;
        cards->addWidget(card);
    }

    m_chart = new ActivityChartView(page);
    m_chart->setModel(m_monthly);
    m_chart->setMinimumHeight(280);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(cards);
    layout->addWidget(m_chart, 1);
    return page;
}

QWidget *SummaryPage::makeMessagePage(QLabel *&label, bool withDemo)
{
    auto *page = new QWidget(this);
    label = new QLabel(page);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *open = new QPushButton(tr("Open a database…"), page);
    connect(open, &QPushButton::clicked, this, &SummaryPage::openRequested);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    if (withDemo) {
        auto *demo = new QPushButton(tr("Open the demo organisation"), page);
        connect(demo, &QPushButton::clicked, this, &SummaryPage::openDemoRequested);
        buttons->addWidget(demo);
    }
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(label);
    layout->addLayout(buttons);
    layout->addStretch();
    return page;
}

void SummaryPage::showWorking(const QString &message, int progress, bool cancellable)
{
    m_workingLabel->setText(message);
    m_progress->setRange(0, progress < 0 ? 0 : 1000);
    if (progress >= 0)
        m_progress->setValue(progress);
    m_cancel->setVisible(cancellable);
    m_stack->setCurrentWidget(m_workingPage);
}

void SummaryPage::showSummary(const QString &path, bool readOnly,
                              const store::StoreSummary &summary)
{
    if (summary.activities == 0) {
        m_emptyLabel->setText(
            tr("%1 holds no activity yet.\nImport an export from your platform into it, or open "
               "the demo organisation to look around.")
                .arg(QFileInfo(path).fileName()));
        m_stack->setCurrentWidget(m_emptyPage);
        return;
    }
    const QLocale locale;
    m_title->setText(QFileInfo(path).completeBaseName());
    const QString monthFormat = QStringLiteral("MMMM yyyy");
    QString subtitle = tr("%1 to %2 · sources: %3")
                           .arg(locale.toString(summary.firstDay, monthFormat),
                                locale.toString(summary.lastDay, monthFormat),
                                locale.toString(qlonglong(summary.sources)));
    if (readOnly)
        subtitle += tr(" · read-only");
    m_subtitle->setText(subtitle);
    m_subtitle->setToolTip(path);
    const std::int64_t values[] = {summary.people, summary.leaders, summary.departments,
                                   summary.channels, summary.activities};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setValue(locale.toString(qlonglong(values[i])));
    m_monthly->setMonths(summary.months);
    m_stack->setCurrentWidget(m_contentPage);
}

void SummaryPage::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_stack->setCurrentWidget(m_errorPage);
}

StatCard *SummaryPage::card(const QString &accessibleName) const
{
    for (StatCard *card : m_cards) {
        if (card->accessibleName() == accessibleName)
            return card;
    }
    return nullptr;
}

QString SummaryPage::currentStateName() const
{
    QWidget *current = m_stack->currentWidget();
    return current == m_workingPage   ? QStringLiteral("working")
           : current == m_contentPage ? QStringLiteral("content")
           : current == m_emptyPage   ? QStringLiteral("empty")
                                      : QStringLiteral("error");
}

} // namespace goodwill::ui
