#pragma once

#include <QString>

class QAbstractItemModel;
class QIODevice;

namespace goodwill::items {

// Writes a table model as CSV (RFC 4180: comma, CRLF, quotes doubled, UTF-8): the
// horizontal header, then each row's display text — or items::ValueRole where a cell has
// one, so numbers keep their precision and no thousands separators. Hidden (suppressed)
// cells are written empty.
class TableCsv
{
public:
    static QByteArray toCsv(const QAbstractItemModel &model);
    // Tab-separated rows of the same cells, for the clipboard.
    static QString toTsv(const QAbstractItemModel &model);
    // Empty on success, else an error naming the file.
    static QString write(const QAbstractItemModel &model, const QString &path);
};

} // namespace goodwill::items
