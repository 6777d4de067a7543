#pragma once

class QWidget;

namespace goodwill::ui {

// Makes `content` the whole of `page`, in a frameless scroll area that resizes it to the
// page's width: the dashboard pages scroll vertically when the window is small.
void setScrollingContent(QWidget *page, QWidget *content);

} // namespace goodwill::ui
