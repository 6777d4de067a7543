#include "tablecsv.h"

#include "itemroles.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QSaveFile>

namespace goodwill::items {
namespace {

// The text of one cell as exported: empty when suppressed, the raw number where there is
// one (full precision, no separators), else the display text on one line.
QString cellText(const QAbstractItemModel &model, int row, int column)
{
    const QModelIndex index = model.index(row, column);
    if (model.data(index, SuppressedRole).toBool())
        return {};
    const QVariant value = model.data(index, ValueRole);
    if (value.isValid())
        return value.typeId() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 12)
                                                   : value.toString();
    return model.data(index, Qt::DisplayRole).toString();
}

QString headerText(const QAbstractItemModel &model, int column)
{
    return model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
}

QString quoted(QString text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString flattened(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// Rows of cells (the header first), each cell made by `cell`, joined by `separator`.
template <typename Cell>
QString table(const QAbstractItemModel &model, QChar separator, const QString &lineEnd, Cell cell)
{
    QString out;
    const int columns = model.columnCount();
    const auto line = [&](auto text) {
        for (int column = 0; column < columns; ++column) {
            if (column)
                out += separator;
            out += cell(text(column));
        }
        out += lineEnd;
    };
    line([&](int column) { return headerText(model, column); });
    for (int row = 0; row < model.rowCount(); ++row)
        line([&](int column) { return cellText(model, row, column); });
    return out;
}

} // namespace

QByteArray TableCsv::toCsv(const QAbstractItemModel &model)
{
    return table(model, QLatin1Char(','), QStringLiteral("\r\n"), quoted).toUtf8();
}

QString TableCsv::toTsv(const QAbstractItemModel &model)
{
    return table(model, QLatin1Char('\t'), QStringLiteral("\n"), flattened);
}

QString TableCsv::write(const QAbstractItemModel &model, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QCoreApplication::translate("TableCsv", "Cannot write %1: %2")
            .arg(path, file.errorString());
    file.write(toCsv(model));
    if (!file.commit())
        return QCoreApplication::translate("TableCsv", "Cannot write %1: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace goodwill::items
