#pragma once

#include <QColor>

namespace goodwill::items {

// One colour per department (by dataset index) on every page and chart, so that a
// department is recognisable at a glance; -1 is the organisation or selection as a whole.
// Chosen to stay distinguishable on light and dark backgrounds.
QColor seriesColor(int department);

} // namespace goodwill::items
