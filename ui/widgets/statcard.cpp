#include "statcard.h"

#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace goodwill::ui {

StatCard::StatCard(const QString &caption, const QString &explanation, QWidget *parent)
    : QFrame(parent), m_value(new QLabel(QStringLiteral("–"), this)),
      m_caption(new QLabel(caption, this)), m_detail(new QLabel(this))
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
    layout->addWidget(m_detail);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_caption->setWordWrap(true);
    m_detail->hide();
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

void StatCard::setDetail(const QString &detail)
{
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString StatCard::detail() const
{
    return m_detail->text();
}

void StatCard::setActivatable(bool activatable)
{
    m_activatable = activatable;
    setFocusPolicy(activatable ? Qt::StrongFocus : Qt::NoFocus);
    setCursor(activatable ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void StatCard::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_activatable)
        Q_EMIT activated();
    QFrame::mouseDoubleClickEvent(event);
}

void StatCard::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (m_activatable && (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)) {
        Q_EMIT activated();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace goodwill::ui
