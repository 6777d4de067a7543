#include "aboutdialog.h"

#include "applicationidentity.h"
#include "store/sqliteconnection.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <boost/version.hpp>
#include <csv.h>
#include <simdjson.h>
#include <zip.h>

#define GOODWILL_STRINGIFY_(x) #x
#define GOODWILL_STRINGIFY(x) GOODWILL_STRINGIFY_(x)

namespace goodwill::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Goodwill"));
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("icon"));
    icon->setPixmap(applicationIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);

    auto *title =
        new QLabel(tr("<h2>Goodwill %1</h2>").arg(QStringLiteral(GOODWILL_VERSION)), this);
    title->setObjectName(QStringLiteral("title"));
    auto *about = new QLabel(
        tr("How leaders engage with their people on internal social media, and what it does to "
           "the goodwill of each department. Everything stays on this computer."),
        this);
    about->setWordWrap(true);
    auto *licence = new QLabel(
        tr("Goodwill is free software: you can redistribute it and change it under the terms of "
           "the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
           "License, version 3 or later</a>. It comes with absolutely no warranty."),
        this);
    licence->setObjectName(QStringLiteral("licence"));
    licence->setWordWrap(true);
    licence->setOpenExternalLinks(true);
    auto *builtWith = new QLabel(tr("<b>Built with</b>"), this);
    auto *credits = new QLabel(creditsHtml(), this);
    credits->setObjectName(QStringLiteral("credits"));
    credits->setOpenExternalLinks(true);
    credits->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(about);
    text->addWidget(licence);
    text->addSpacing(8);
    text->addWidget(builtWith);
    text->addWidget(credits);
    auto *columns = new QHBoxLayout;
    columns->addWidget(icon);
    columns->addSpacing(12);
    columns->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QList<AboutDialog::Credit> AboutDialog::credits()
{
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    const QString csv = QStringLiteral("%1.%2.%3").arg(CSV_MAJOR).arg(CSV_MINOR).arg(CSV_RELEASE);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         QStringLiteral("LGPL-3.0 / GPL; Qt Charts: GPL-3.0"),
         tr("the window, charts and translations"), QUrl(QStringLiteral("https://www.qt.io"))},
        {QStringLiteral("SQLite"), store::SqliteConnection::libraryVersion(), tr("public domain"),
         tr("the activity database"), QUrl(QStringLiteral("https://sqlite.org"))},
        {QStringLiteral("simdjson"), QStringLiteral(GOODWILL_STRINGIFY(SIMDJSON_VERSION)),
         QStringLiteral("Apache-2.0"), tr("reading large JSON exports"),
         QUrl(QStringLiteral("https://simdjson.org"))},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()),
         QStringLiteral("BSD-3-Clause"), tr("reading ZIP exports"),
         QUrl(QStringLiteral("https://libzip.org"))},
        {QStringLiteral("libcsv"), csv, QStringLiteral("LGPL-2.1-or-later"),
         tr("reading CSV files"), QUrl(QStringLiteral("https://github.com/rgamble/libcsv"))},
        {QStringLiteral("Boost"), boost, QStringLiteral("BSL-1.0"),
         tr("passing changes between the parts of the dashboard"),
         QUrl(QStringLiteral("https://www.boost.org"))},
    };
}

QString AboutDialog::creditsHtml()
{
    QString rows;
    for (const Credit &credit : credits()) {
        rows += QStringLiteral("<tr><td><a href=\"%1\">%2</a> %3</td>"
                               "<td style=\"padding-left:12px\">%4</td>"
                               "<td style=\"padding-left:12px\">%5</td></tr>")
                    .arg(credit.url.toString(), credit.name.toHtmlEscaped(),
                         credit.version.toHtmlEscaped(), credit.purpose.toHtmlEscaped(),
                         credit.licence.toHtmlEscaped());
    }
    return QStringLiteral("<table>") + rows + QStringLiteral("</table>");
}

} // namespace goodwill::ui
