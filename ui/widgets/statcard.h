#pragma once

#include <QFrame>

class QLabel;

namespace goodwill::ui {

// One headline figure: a large value over a short caption and an optional detail line
// (the change); the tooltip says what the figure counts.
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(const QString &caption, const QString &explanation, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;
    // A line under the caption: the change against the previous period, or why there is
    // no value. Hidden when empty.
    void setDetail(const QString &detail);
    QString detail() const;
    // Cards that can be opened (the drill-down) take the focus and say so.
    void setActivatable(bool activatable);

Q_SIGNALS:
    void activated(); // double-click, or Enter / Space with the focus

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QLabel *m_value;
    QLabel *m_caption;
    QLabel *m_detail;
    bool m_activatable = false;
};

} // namespace goodwill::ui
