#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace goodwill::app {

void printError(const QString &message)
{
    std::fprintf(stderr, "goodwill: %s\n", message.toLocal8Bit().constData());
}

void printOut(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

QString helpText()
{
    return QCoreApplication::translate(
        "main",
        "Usage: goodwill [FILE]\n"
        "       goodwill demo --out FILE [--people N] [--months M] [--seed S]\n"
        "       goodwill import SOURCE... --into FILE [--roster FILE]\n"
        "               [--format auto|slack|engage|mattermost|teams|csv|jsonl]\n"
        "               [--slack-department-field ID] [--report-json FILE]\n"
        "       goodwill check FILE\n"
        "       goodwill report --db FILE --kind departments|leaders --out FILE\n"
        "               [--format json|csv] [--from DATE] [--to DATE]\n"
        "               [--granularity week|month|quarter] [--departments A,B]\n"
        "       goodwill report --db FILE --kind leader --leader EMAIL --out FILE.pdf\n"
        "       goodwill report --db FILE --kind townhall --out FILE.pdf\n"
        "               [--from DATE] [--to DATE] [--departments A,B] [--pseudonymise]\n"
        "\n"
        "Goodwill shows how leaders engage with their people on internal social media and\n"
        "what it does to the goodwill of each department. Everything stays on this computer.\n"
        "\n"
        "Without a verb, Goodwill opens its window on FILE, on the last database used, or on\n"
        "first run on a demo organisation it creates.\n"
        "\n"
        "Verbs:\n"
        "  demo    write the demo organisation Brightwater to a new database\n"
        "          (--people 1200, --months 24, --seed 42 by default)\n"
        "  import  import exports and a roster into a database (created when missing);\n"
        "          all or nothing: on any error the database is left as it was\n"
        "  check   check a database: integrity, schema version, rows per table\n"
        "  report  write department emotional capital or leader figures as JSON or CSV,\n"
        "          or a leader's engagement report or a town-hall brief as PDF\n"
        "\n"
        "Options:\n"
        "  -h, --help     show this help\n"
        "  -v, --version  show the version\n"
        "\n"
        "Exit codes: 0 success, 1 the file or the data is at fault, 2 usage error.\n");
}

} // namespace goodwill::app
