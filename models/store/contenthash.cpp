#include "contenthash.h"

#include "schema.h"
#include "sqliteconnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <string>

namespace goodwill::store {
namespace {

void addBytes(QCryptographicHash &hash, const void *data, qsizetype size)
{
    hash.addData(QByteArrayView(static_cast<const char *>(data), size));
}

void addValue(QCryptographicHash &hash, const SqliteStatement &row, int column)
{
    const auto type = row.type(column);
    const char tag = char('0' + int(type));
    addBytes(hash, &tag, 1);
    switch (type) {
    case SqliteStatement::Type::Integer: {
        const auto value = qToLittleEndian(row.int64(column));
        addBytes(hash, &value, sizeof value);
        break;
    }
    case SqliteStatement::Type::Real: {
        const double value = row.real(column);
        addBytes(hash, &value, sizeof value);
        break;
    }
    case SqliteStatement::Type::Text:
    case SqliteStatement::Type::Blob: {
        const std::string_view bytes = row.blobView(column);
        const auto size = qToLittleEndian(qint64(bytes.size()));
        addBytes(hash, &size, sizeof size);
        addBytes(hash, bytes.data(), qsizetype(bytes.size()));
        break;
    }
    case SqliteStatement::Type::Null:
        break;
    }
}

} // namespace

Result<QByteArray> contentHash(SqliteConnection &connection)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const schema::Table &table : schema::tables()) {
        if (table.runLog)
            continue;
        // A table added by a later schema version counts only when it holds rows: an older
        // file, and the same file migrated with nothing added, hash the same.
        if (table.since > 1) {
            if (!connection.tableExists(table.name))
                continue;
            auto rows = connection.queryInt(std::string("SELECT count(*) FROM ") + table.name);
            if (!rows)
                return rows.error();
            if (*rows == 0)
                continue;
        }
        addBytes(hash, table.name, qsizetype(std::char_traits<char>::length(table.name) + 1));
        auto rows = connection.prepare(std::string("SELECT * FROM ") + table.name + " ORDER BY " +
                                       table.keyOrder);
        if (!rows)
            return rows.error();
        for (auto step = rows->step(); step != SqliteStatement::Step::Done; step = rows->step()) {
            if (step == SqliteStatement::Step::Error)
                return connection.error(
                    QCoreApplication::translate("ContentHash", "cannot read table %1")
                        .arg(QString::fromUtf8(table.name)));
            for (int c = 0; c < rows->columnCount(); ++c)
                addValue(hash, *rows, c);
        }
    }
    return hash.result();
}

} // namespace goodwill::store
