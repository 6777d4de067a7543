#include "importwizardreportview.h"

#include "items/localeformat.h"
#include "widgets/statcard.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace goodwill::ui {
namespace {

using importers::SkipReason;

QString reasonText(SkipReason reason)
{
    switch (reason) {
    case SkipReason::AlreadyImported:
        return ImportWizardReportView::tr("Already in the database");
    case SkipReason::UnknownUser:
        return ImportWizardReportView::tr("By people the export does not list");
    case SkipReason::MissingParent:
        return ImportWizardReportView::tr("Replies and reactions to messages not in the export");
    case SkipReason::SystemMessage:
        return ImportWizardReportView::tr("System messages (joins, topic changes, pins)");
    case SkipReason::Bot:
        return ImportWizardReportView::tr("From bots");
    case SkipReason::Deleted:
        return ImportWizardReportView::tr("Deleted");
    case SkipReason::Empty:
        return ImportWizardReportView::tr("Empty");
    case SkipReason::Count:
        break;
    }
    return {};
}

// How many warnings are listed; Copy Report has them all.
constexpr int shownWarnings = 5;

QLabel *detailLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportWizardReportView::ImportWizardReportView(QWidget *parent)
    : QWidget(parent), m_details(new QFormLayout), m_range(detailLabel(this)),
      m_roster(detailLabel(this)), m_skipped(detailLabel(this)), m_warnings(detailLabel(this))
{
    const std::pair<QString, QString> cardTexts[] = {
        {tr("Posts"), tr("New conversations started in a channel")},
        {tr("Replies"), tr("Answers in threads")},
        {tr("Reactions"), tr("Emoji reactions, one per person and emoji")},
        {tr("Recognitions"), tr("Messages that name people as recognised (praise, kudos)")},
        {tr("New people"), tr("People not in the database before, bots included")},
        {tr("New channels"), tr("Channels, communities and conversations not in the database "
                                "before")},
    };
    auto *cards = new QGridLayout;
    cards->setSpacing(8);
    for (const auto &[caption, explanation] : cardTexts) {
        auto *card = new StatCard(caption, explanation, this);
        cards->addWidget(card, int(m_cards.size()) / 3, int(m_cards.size()) % 3);
        m_cards << card;
    }

    m_range->setAccessibleName(tr("Activity span"));
    m_roster->setAccessibleName(tr("Roster"));
    m_skipped->setAccessibleName(tr("Left out"));
    m_warnings->setAccessibleName(tr("Warnings"));
    // Labels grow to the full width, so wrapped warnings take the height they need.
    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->addRow(tr("Activity:"), m_range);
    m_details->addRow(tr("Roster:"), m_roster);
    m_details->addRow(tr("Left out:"), m_skipped);
    m_details->addRow(tr("Warnings:"), m_warnings);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(cards);
    layout->addLayout(m_details);
    setReport(importers::ImportReport());
}

void ImportWizardReportView::setReport(const importers::ImportReport &report)
{
    const QLocale locale;
    const std::int64_t values[] = {report.posts,        report.replies, report.reactions,
                                   report.recognitions, report.people,  report.channels};
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setValue(locale.toString(qlonglong(values[i])));

    if (report.hasActivities()) {
        // The locale's long date without the weekday (times are UTC, as the export's).
        const QString format = items::LocaleFormat::longDateFormat(locale);
        m_range->setText(
            tr("%1 to %2 (UTC)")
                .arg(locale.toString(QDateTime::fromSecsSinceEpoch(report.first, Qt::UTC).date(),
                                     format),
                     locale.toString(QDateTime::fromSecsSinceEpoch(report.last, Qt::UTC).date(),
                                     format)));
    } else {
        m_range->setText(tr("None: the export holds no activity."));
    }

    m_roster->setText(
        tr("%1 periods in departments").arg(locale.toString(qlonglong(report.stints))));
    m_details->setRowVisible(m_roster, report.stints > 0);

    QStringList skipped;
    for (std::size_t i = 0; i < report.skipped.size(); ++i) {
        if (report.skipped[i] > 0)
            skipped << tr("%1: %2").arg(reasonText(SkipReason(i)),
                                        locale.toString(qlonglong(report.skipped[i])));
    }
    m_skipped->setText(skipped.isEmpty() ? tr("Nothing") : skipped.join(QLatin1Char('\n')));

    m_warningTexts = report.warnings;
    QStringList lines = report.warnings.mid(0, shownWarnings);
    if (report.warnings.size() > shownWarnings)
        lines << tr("… and %1 more: Copy Report has them all.")
                     .arg(locale.toString(qlonglong(report.warnings.size() - shownWarnings)));
    m_warnings->setText(lines.join(QLatin1Char('\n')));
    m_details->setRowVisible(m_warnings, !report.warnings.isEmpty());
}

QString ImportWizardReportView::figure(const QString &caption) const
{
    for (StatCard *card : m_cards) {
        if (card->accessibleName() == caption)
            return card->value();
    }
    return {};
}

QString ImportWizardReportView::rangeText() const
{
    return m_range->text();
}

QString ImportWizardReportView::rosterText() const
{
    return m_roster->isVisibleTo(this) ? m_roster->text() : QString();
}

QString ImportWizardReportView::skippedText() const
{
    return m_skipped->text();
}

QStringList ImportWizardReportView::warnings() const
{
    return m_warningTexts;
}

} // namespace goodwill::ui
