#pragma once

#include <QString>

class QWidget;

namespace goodwill::ui {

// A widget (a chart, a heatmap) as an image: PNG at twice the screen resolution, or SVG
// (vectors, through QSvgGenerator). Empty on success, else an error naming the file.
QString exportWidget(QWidget *widget, const QString &path);

} // namespace goodwill::ui
