#pragma once

#include <QFrame>

class QLabel;

namespace goodwill::ui {

// One headline figure: a large value over a short caption; the tooltip says what the
// figure counts.
class StatCard : public QFrame
{
    Q_OBJECT

public:
    StatCard(const QString &caption, const QString &explanation, QWidget *parent = nullptr);

    void setValue(const QString &value);
    QString value() const;

private:
    QLabel *m_value;
    QLabel *m_caption;
};

} // namespace goodwill::ui
