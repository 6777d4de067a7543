#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

namespace goodwill::ui {

// Help > About Goodwill: the version, the licence and the libraries Goodwill is built on,
// each with the version in use (the running one where the library can say, else the one
// built against) and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Credit
    {
        QString name;
        QString version;
        QString licence;
        QString purpose; // what Goodwill uses it for, in the user's words
        QUrl url;
    };

    explicit AboutDialog(QWidget *parent = nullptr);

    static QList<Credit> credits();
    // The rich text the dialog shows for the libraries (one row each).
    static QString creditsHtml();
};

} // namespace goodwill::ui
