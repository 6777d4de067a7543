#pragma once

#include <QImage>
#include <QString>

class QWidget;

namespace goodwill::ui {

// A widget (a chart, a heatmap) as an image: PNG at twice the screen resolution, or SVG
// (vectors, through QSvgGenerator). Empty on success, else an error naming the file.
QString exportWidget(QWidget *widget, const QString &path);

// The widget painted into an image `scale` times its size (device pixel ratio `scale`),
// on its palette's window colour.
QImage renderWidget(QWidget *widget, qreal scale);

} // namespace goodwill::ui
