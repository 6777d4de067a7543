#include "statcard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace goodwill::ui {

StatCard::StatCard(const QString &caption, const QString &explanation, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("–"), this)),
      m_caption(new QLabel(caption, this))
{
    setFrameShape(QFrame::StyledPanel);
    setToolTip(explanation);
    setAccessibleName(caption);
    setAccessibleDescription(explanation);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.9);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_value);
    layout->addWidget(m_caption);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

QString StatCard::value() const
{
    return m_value->text();
}

} // namespace goodwill::ui
