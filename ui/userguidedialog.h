#pragma once

#include <QDialog>

class QTextBrowser;

namespace goodwill::ui {

// Help > User Guide: docs/user-guide.md, compiled into Goodwill, shown in a window of its
// own. Compiled in rather than opened from share/doc so that it always matches the
// version running, from a build tree as from a package, with no Markdown viewer needed.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace goodwill::ui
