#pragma once

#include <QString>
#include <QStringList>

namespace goodwill::app {

// Exit codes of every verb (docs/cli.md).
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

// One clear line on stderr, prefixed with the program name.
void printError(const QString &message);
void printOut(const QString &text);
QString helpText();

} // namespace goodwill::app
