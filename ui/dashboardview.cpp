#include "dashboardview.h"

#include "dashboardsession.h"
#include "state/appsettings.h"
#include "widgets/filterbar.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace goodwill::ui {

DashboardView::DashboardView(DashboardSession &session, state::AppSettings &settings,
                             QWidget *parent)
    : QWidget(parent), m_session(session), m_settings(settings),
      m_filterBar(new FilterBar(session, settings, this)), m_sidebar(new QListWidget(this)),
      m_pages(new QStackedWidget(this)),
      m_rememberedPage(settings.value(state::AppSettings::Key::Page).toString())
{
    auto *busy = new QProgressBar(this);
    busy->setRange(0, 0); // busy, no estimate
    busy->setTextVisible(false);
    busy->setFixedHeight(3);
    busy->setAccessibleName(tr("Computing the figures"));
    busy->setVisible(session.isBusy());
    m_busy = busy;
    connect(&session, &DashboardSession::busyChanged, busy, &QWidget::setVisible);

    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(168);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_sidebar->setFont(font);
    m_sidebar->setBackgroundRole(QPalette::AlternateBase);
    m_sidebar->setAutoFillBackground(true);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_keys.size())
            return;
        m_pages->setCurrentIndex(row);
        m_settings.setValue(state::AppSettings::Key::Page, m_keys[row]);
        Q_EMIT pageChanged(m_keys[row]);
    });

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_sidebar);
    body->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(busy);
    layout->addLayout(body, 1);
}

void DashboardView::addPage(const QString &key, const QString &title, QWidget *page)
{
    m_keys << key;
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(title, m_sidebar);
    item->setSizeHint(QSize(0, 34));
    const int number = int(m_keys.size());
    // The shortcut as the platform writes it ("Ctrl+1", "Strg+1").
    item->setToolTip(
        number <= 9
            ? tr("%1 (%2)").arg(title, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number))
                                           .toString(QKeySequence::NativeText))
            : title);
    if (key == m_rememberedPage || m_sidebar->currentRow() < 0)
        showPage(key);
}

void DashboardView::showPage(const QString &key)
{
    const int row = int(m_keys.indexOf(key));
    if (row >= 0)
        m_sidebar->setCurrentRow(row);
}

QString DashboardView::currentPageKey() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys[row] : QString();
}

QWidget *DashboardView::page(const QString &key) const
{
    const int row = int(m_keys.indexOf(key));
    return row >= 0 ? m_pages->widget(row) : nullptr;
}

} // namespace goodwill::ui
