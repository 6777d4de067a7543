#include "panel.h"

#include "items/tablecsv.h"
#include "widgetexport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace goodwill::ui {

Panel::Panel(const QString &title, QWidget *parent)
    : QFrame(parent), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_menuButton(new QToolButton(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("panel"));
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setAccessibleName(tr("Export"));
    m_menuButton->setToolTip(tr("Export or copy"));
    m_menuButton->setEnabled(false);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(12);
    m_stack->addWidget(m_empty);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_menuButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_stack, 1);
    setTitle(title);
}

void Panel::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString Panel::title() const
{
    return m_title->text();
}

void Panel::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_title->setToolTip(subtitle);
}

void Panel::setChart(QWidget *chart)
{
    m_content = chart;
    m_table = nullptr;
    m_stack->addWidget(chart);
    m_stack->setCurrentWidget(chart);
    if (chart->accessibleName().isEmpty())
        chart->setAccessibleName(title());
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("Export as &PNG…"), this,
                    [this] { chooseExport(tr("PNG images (*.png)"), QStringLiteral("png")); });
    menu->addAction(tr("Export as &SVG…"), this,
                    [this] { chooseExport(tr("SVG drawings (*.svg)"), QStringLiteral("svg")); });
    menu->addAction(tr("&Copy Image"), this, &Panel::copyToClipboard);
    m_menuButton->setMenu(menu);
    m_menuButton->setEnabled(true);
}

void Panel::setTable(QAbstractItemView *table)
{
    m_content = table;
    m_table = table;
    m_stack->addWidget(table);
    m_stack->setCurrentWidget(table);
    if (table->accessibleName().isEmpty())
        table->setAccessibleName(title());
    auto *menu = new QMenu(m_menuButton);
    menu->addAction(tr("Export as CS&V…"), this,
                    [this] { chooseExport(tr("CSV files (*.csv)"), QStringLiteral("csv")); });
    menu->addAction(tr("&Copy Table"), this, &Panel::copyToClipboard);
    m_menuButton->setMenu(menu);
    m_menuButton->setEnabled(true);
}

void Panel::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    const bool empty = !text.isEmpty() || !m_content;
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_content);
    m_menuButton->setEnabled(!empty);
}

QString Panel::emptyText() const
{
    return m_empty->text();
}

bool Panel::isShowingEmpty() const
{
    return m_stack->currentWidget() == m_empty;
}

QString Panel::exportTo(const QString &path) const
{
    if (!m_content)
        return tr("Nothing to export from %1").arg(title());
    if (m_table) {
        if (!m_table->model())
            return tr("Nothing to export from %1").arg(title());
        return items::TableCsv::write(*m_table->model(), path);
    }
    return exportWidget(m_content, path);
}

void Panel::copyToClipboard() const
{
    if (!m_content)
        return;
    if (m_table) {
        if (m_table->model())
            QApplication::clipboard()->setText(items::TableCsv::toTsv(*m_table->model()));
        return;
    }
    QApplication::clipboard()->setPixmap(m_content->grab());
}

void Panel::chooseExport(const QString &filter, const QString &suffix)
{
    QString name = title();
    name.replace(QRegularExpression(QStringLiteral("[^\\w -]+")), QStringLiteral(" "));
    const QString start = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                              .filePath(name.simplified() + QLatin1Char('.') + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(title()), start, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QString error = exportTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export"), error);
}

} // namespace goodwill::ui
