#pragma once

#include <QFrame>

class QAbstractItemView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace goodwill::ui {

// A titled box on a page that holds one chart or table. Its "⋯" button exports what it
// holds: a chart (any widget) as PNG or SVG, a table as CSV, and copies either. When there
// is nothing to show, an empty-state line says why and what to do instead of a blank box.
class Panel : public QFrame
{
    Q_OBJECT

public:
    explicit Panel(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    // A short line under the title (units, what is counted); also the title's tooltip.
    void setSubtitle(const QString &subtitle);

    // The content. A chart widget is exported with exportWidget (PNG/SVG); a table view's
    // model with TableCsv (CSV). Either can be set, not both.
    void setChart(QWidget *chart);
    void setTable(QAbstractItemView *table);
    QWidget *content() const { return m_content; }

    // Shows `text` in place of the content until setEmptyText({}) is called.
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool isShowingEmpty() const;

    // Writes the content to `path` (.png, .svg or .csv by its suffix); empty on success,
    // else the error naming the file. Used by the menu and by tests.
    QString exportTo(const QString &path) const;
    void copyToClipboard() const;

private:
    void chooseExport(const QString &filter, const QString &suffix);

    QLabel *m_title;
    QLabel *m_subtitle;
    QToolButton *m_menuButton;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QWidget *m_content = nullptr;
    QAbstractItemView *m_table = nullptr;
};

} // namespace goodwill::ui
