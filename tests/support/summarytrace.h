#pragma once

#include "items/townhallsummary.h"

#include <QAbstractItemModel>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

// Whether a generated summary says only what the page shows (docs/model.md, "Town-hall
// brief"): shared by the unit and GUI tests of the town-hall brief.
namespace goodwill::testing {

// The display text of every cell of `model` (top-level rows and their children).
inline QStringList cellTexts(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            texts << index.data().toString();
            if (column == 0 && model.rowCount(index) > 0)
                texts << cellTexts(model, index);
        }
    }
    return texts;
}

// The first sentence that fills in a figure no cell shows, or has a digit that is neither
// one of its figures nor part of one of `dates`; empty when every sentence is traceable.
inline QString untraceable(const std::vector<items::TownHallSummary::Sentence> &sentences,
                           const QStringList &cells, const QStringList &dates)
{
    static const QRegularExpression digit(QStringLiteral("\\d"));
    for (const items::TownHallSummary::Sentence &sentence : sentences) {
        for (const QString &figure : sentence.figures) {
            if (figure.isEmpty())
                return QStringLiteral("%1 [an empty figure]").arg(sentence.text);
            if (!cells.contains(figure))
                return QStringLiteral("%1 [%2 is in no table]").arg(sentence.text, figure);
            if (!sentence.text.contains(figure))
                return QStringLiteral("%1 [%2 is not in the sentence]").arg(sentence.text, figure);
        }
        QString rest = sentence.text;
        for (const QString &date : dates) {
            if (!date.isEmpty())
                rest.replace(date, QStringLiteral("#"));
        }
        QStringList figures = sentence.figures;
        std::sort(figures.begin(), figures.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &figure : figures)
            rest.replace(figure, QStringLiteral("#"));
        if (rest.contains(digit))
            return QStringLiteral("%1 [a number not from the page: %2]").arg(sentence.text, rest);
    }
    return {};
}

} // namespace goodwill::testing
