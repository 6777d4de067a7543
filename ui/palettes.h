#pragma once

#include <QPalette>

namespace goodwill::ui {

// Goodwill's light and dark palettes for the Fusion style, used where the platform
// gives none (screenshots, minimal desktops).
QPalette lightPalette();
QPalette darkPalette();

} // namespace goodwill::ui
