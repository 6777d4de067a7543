#include "widgetexport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWidget>

namespace goodwill::ui {
namespace {

QString cannotWrite(const QString &path, const QString &reason)
{
    return QCoreApplication::translate("WidgetExport", "Cannot write %1: %2").arg(path, reason);
}

} // namespace

QString exportWidget(QWidget *widget, const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = widget->size();
    if (suffix == QStringLiteral("svg")) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return cannotWrite(path, file.errorString());
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(widget->accessibleName());
        generator.setDescription(QCoreApplication::translate("WidgetExport", "Made with Goodwill"));
        {
            QPainter painter(&generator);
            widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        }
        if (!file.commit())
            return cannotWrite(path, file.errorString());
        return {};
    }
    if (suffix != QStringLiteral("png"))
        return QCoreApplication::translate("WidgetExport",
                                           "Cannot write %1: only .png and .svg are supported")
            .arg(path);
    const QImage image = renderWidget(widget, 2); // sharp on high-DPI screens and in slides
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (!image.save(&file, "PNG"))
        return cannotWrite(path,
                           QCoreApplication::translate("WidgetExport", "PNG encoding failed"));
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return {};
}

QImage renderWidget(QWidget *widget, qreal scale)
{
    QImage image(widget->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

} // namespace goodwill::ui
