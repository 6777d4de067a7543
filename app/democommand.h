#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill demo --out FILE [--people N] [--months M] [--seed S]
int runDemoCommand(const QStringList &arguments);

} // namespace goodwill::app
