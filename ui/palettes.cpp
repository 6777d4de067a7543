#include "palettes.h"

namespace goodwill::ui {

QPalette lightPalette()
{
    QPalette palette(QColor(0xf4, 0xf5, 0xf7));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xee, 0xf0, 0xf3));
    palette.setColor(QPalette::Text, QColor(0x1d, 0x21, 0x27));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x21, 0x27));
    palette.setColor(QPalette::PlaceholderText, QColor(0x5f, 0x67, 0x73));
    palette.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xb2));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x23, 0x26, 0x2b), base(0x1a, 0x1c, 0x20), text(0xe6, 0xe8, 0xeb);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x33));
    palette.setColor(QPalette::ToolTipBase, QColor(0x30, 0x33, 0x3a));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xab));
    palette.setColor(QPalette::Button, QColor(0x2e, 0x32, 0x38));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Light, QColor(0x3a, 0x3e, 0x45));
    palette.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    palette.setColor(QPalette::Mid, QColor(0x2b, 0x2e, 0x34));
    palette.setColor(QPalette::Dark, QColor(0x15, 0x17, 0x1a));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xd4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xf0));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6b, 0x70, 0x78));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6b, 0x70, 0x78));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6b, 0x70, 0x78));
    return palette;
}

} // namespace goodwill::ui
