#include "exportreader.h"

#include <QCoreApplication>

namespace goodwill::importers {

Error ExportReader::cancelled()
{
    return Error{QCoreApplication::translate("ExportReader", "The import was cancelled")};
}

Error ExportReader::inRecord(const QString &file, const QString &record, const QString &what)
{
    if (record.isEmpty())
        return Error{QStringLiteral("%1: %2").arg(file, what)};
    return Error{QStringLiteral("%1, %2: %3").arg(file, record, what)};
}

} // namespace goodwill::importers
