#pragma once

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace goodwill::test {

// Writes every file under `folder` into a new ZIP at `zipPath`, with paths relative to
// the folder (and `prefix` in front, e.g. "export/"); false when it cannot.
bool zipFolder(const QString &folder, const QString &zipPath, const QString &prefix = {});
// Writes the given (name, bytes) entries, names as given (tests use it for hostile names).
bool zipEntries(const QString &zipPath, const std::vector<std::pair<QString, QByteArray>> &entries);

} // namespace goodwill::test
