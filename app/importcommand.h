#pragma once

#include <QStringList>

namespace goodwill::app {

// goodwill import SOURCE... --into F [--roster R] [--format F] [--slack-department-field ID]
//                 [--report-json OUT]
int runImportCommand(const QStringList &arguments);

} // namespace goodwill::app
