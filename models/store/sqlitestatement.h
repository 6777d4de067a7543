#pragma once

#include <QString>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace goodwill::store {

// A prepared statement: bind by 1-based index, step, read columns by 0-based index.
// Move-only; finalised on destruction.
class SqliteStatement
{
public:
    enum class Step
    {
        Row,
        Done,
        Error
    };

    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    bool isValid() const { return m_statement != nullptr; }

    void bind(int index, std::int64_t value);
    void bind(int index, int value) { bind(index, std::int64_t(value)); }
    void bind(int index, double value);
    // Not copied: the text must stay valid until the statement is stepped (bulk loads bind
    // millions of rows, and a copy per value was a tenth of the demo's write time).
    void bind(int index, std::string_view utf8);
    void bind(int index, const QString &text);
    void bindNull(int index);
    // Binds text, or NULL when the text is empty.
    void bindOptional(int index, std::string_view utf8);
    void bindOptional(int index, std::int64_t value, bool present);

    Step step();
    // Steps a statement that returns no rows and resets it for the next use.
    bool execute();
    void reset();

    int columnCount() const;
    enum class Type
    {
        Integer = 1,
        Real = 2,
        Text = 3,
        Blob = 4,
        Null = 5
    };
    Type type(int column) const;
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string_view textView(int column) const;
    std::string_view blobView(int column) const;
    QString text(int column) const;
    QString columnName(int column) const;

    QString errorMessage() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace goodwill::store
