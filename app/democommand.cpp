#include "democommand.h"

#include "commandline.h"
#include "demo/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace goodwill::app {
int runDemoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DemoCommand", "Writes the demo organisation Brightwater to a new database."));
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("DemoCommand", "The database file to create."),
        QCoreApplication::translate("DemoCommand", "file"));
    const QCommandLineOption people(
        QStringLiteral("people"),
        QCoreApplication::translate("DemoCommand", "Number of people (default 1200)."),
        QCoreApplication::translate("DemoCommand", "n"), QStringLiteral("1200"));
    const QCommandLineOption months(
        QStringLiteral("months"),
        QCoreApplication::translate("DemoCommand", "Months of activity (default 24)."),
        QCoreApplication::translate("DemoCommand", "m"), QStringLiteral("24"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QCoreApplication::translate("DemoCommand", "Random seed (default 42)."),
        QCoreApplication::translate("DemoCommand", "s"), QStringLiteral("42"));
    parser.addOptions({out, people, months, seed});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("goodwill demo")} + arguments)) {
        printError(parser.errorText());
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        return Success;
    }
    if (!parser.isSet(out) || !parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate(
            "DemoCommand", "demo needs --out FILE and takes no other arguments"));
        return UsageError;
    }
    demo::DemoOptions options;
    bool ok = true;
    const auto number = [&](const QCommandLineOption &option, auto &target) {
        bool valid = false;
        const qulonglong value = parser.value(option).toULongLong(&valid);
        if (!valid || value > qulonglong(std::numeric_limits<int>::max())) {
            printError(
                QCoreApplication::translate("DemoCommand", "--%1 needs a whole number, not '%2'")
                    .arg(option.names().first(), parser.value(option)));
            ok = false;
        }
        target = std::remove_reference_t<decltype(target)>(value);
    };
    number(people, options.people);
    number(months, options.months);
    bool seedValid = false;
    options.seed = parser.value(seed).toULongLong(&seedValid);
    if (!seedValid) {
        printError(
            QCoreApplication::translate("DemoCommand", "--seed needs a whole number, not '%1'")
                .arg(parser.value(seed)));
        ok = false;
    }
    if (!ok)
        return UsageError;

    auto result = demo::DemoGenerator::generate(parser.value(out), options);
    if (!result) {
        printError(result.error().message);
        return Failure;
    }
    // For people: numbers in the interface's locale (LanguageSetup set it at start-up).
    const QLocale locale;
    printOut(QCoreApplication::translate(
                 "DemoCommand",
                 "Wrote %1: %2 people in %3 departments, %4 activities in %5 s (%6 activities/s)\n")
                 .arg(parser.value(out), locale.toString(result->people),
                      locale.toString(result->departments), locale.toString(result->activities),
                      locale.toString(result->seconds, 'f', 2),
                      locale.toString(qlonglong(double(result->activities) /
                                                std::max(result->seconds, 1e-9)))));
    return Success;
}

} // namespace goodwill::app
