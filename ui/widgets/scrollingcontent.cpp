#include "scrollingcontent.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace goodwill::ui {

void setScrollingContent(QWidget *page, QWidget *content)
{
    auto *scroll = new QScrollArea(page);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace goodwill::ui
