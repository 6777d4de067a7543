#pragma once

#include "importers/importer.h"
#include "store/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <string>

// What the importer tests share: running an import into a temporary database, asking it
// one-number questions, and checking that a refused import leaves it as it was.
namespace goodwill::testing {

// A request for `sources` into `target` as `format`, departments starting on `today`.
importers::ImportRequest importRequest(const QStringList &sources, const QString &target,
                                       importers::ImportFormat format, const QString &today);
// Importer::run of importRequest(); the tests' usual one-source import.
Result<importers::ImportResult> runImport(const QString &source, const QString &target,
                                          importers::ImportFormat format, const QString &today);
// Imports `source` into `target` and returns `target`; empty (with the error as a warning)
// when the import fails, so a test checks the path before using it.
QString importedInto(const QString &source, const QString &target, importers::ImportFormat format,
                     const QString &today);

// The single integer `sql` returns from the database at `target`, opened read-only; -1
// (with a warning) when the database cannot be opened.
std::int64_t countIn(const QString &target, const std::string &sql);
// store::contentHash of the database at `target`; empty when it cannot be read.
QByteArray hashOf(const QString &target);

// Runs `request` against its existing target and fails the calling test unless the import
// is refused with a message containing every one of `expected` and the target's content
// is unchanged.
void expectRefused(const importers::ImportRequest &request, const QStringList &expected);

// Runs `request` again into its already populated target and fails the calling test
// unless it succeeds, adds no person, channel or activity, and leaves the target's content
// unchanged. `report` receives the run's report, for the caller's checks of the skips.
void expectNothingAdded(const importers::ImportRequest &request, importers::ImportReport &report);

// Writes `bytes` to `path`, creating its folder; false when it cannot.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace goodwill::testing
