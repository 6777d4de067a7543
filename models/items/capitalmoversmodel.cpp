#include "capitalmoversmodel.h"

#include "analytics/figureref.h"
#include "capitallabels.h"
#include "itemroles.h"
#include "townhallsummary.h"

namespace goodwill::items {

using analytics::CapitalMove;
using analytics::CapitalMovers;

CapitalMoversModel::CapitalMoversModel(QObject *parent) : TownHallTableModel(ColumnCount, parent) {}

void CapitalMoversModel::rebuild()
{
    m_rows.clear();
    if (!brief())
        return;
    const CapitalMovers &movers = brief()->movers;
    if (movers.whole)
        m_rows.push_back(&*movers.whole);
    for (const CapitalMove &move : movers.fallers)
        m_rows.push_back(&move);
    for (const CapitalMove &move : movers.risers)
        m_rows.push_back(&move);
}

const CapitalMove *CapitalMoversModel::moveAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : nullptr;
}

int CapitalMoversModel::rows() const
{
    return int(m_rows.size());
}

QString CapitalMoversModel::header(int column) const
{
    switch (Column(column)) {
    case Department:
        return tr("Department");
    case Direction:
        return tr("Move");
    case Before:
        return tr("ECI before");
    case After:
        return tr("ECI after");
    case Change:
        return tr("Change");
    case Pillar:
        return tr("Pillar that moved");
    case PillarChange:
        return tr("Pillar change");
    case ColumnCount:
        break;
    }
    return {};
}

QString CapitalMoversModel::headerToolTip(int column) const
{
    switch (Column(column)) {
    case Department:
        return tr("The whole audience first, then the departments whose ECI fell most, then "
                  "those whose ECI rose most (at most %1 each, by at least %2 point)")
            .arg(CapitalMovers::shown)
            .arg(CapitalMovers::minimumChange);
    case Direction:
        return tr("Whether the ECI rose or fell over the period");
    case Before:
        return tr("The ECI (0–100) over the window ending on the day before the period (or "
                  "the first period end with a whole window of data)");
    case After:
        return tr("The ECI (0–100) over the window ending on the period's last day");
    case Change:
        return tr("ECI after minus ECI before, in points");
    case Pillar:
        return tr("Of the four pillars, the one whose score moved most in the same direction "
                  "as the ECI");
    case PillarChange:
        return tr("That pillar's score after minus before, in points");
    case ColumnCount:
        break;
    }
    return {};
}

QString CapitalMoversModel::rowName(const CapitalMove &move) const
{
    if (move.department >= 0)
        return move.name;
    return brief()->audience.empty() ? tr("Organisation") : tr("Selection");
}

QString CapitalMoversModel::windowText(QDate end) const
{
    return tr("Over the %1 days to %2.")
        .arg(brief()->windowDays)
        .arg(TownHallSummary::dateText(end));
}

QString CapitalMoversModel::direction(const CapitalMove &move) const
{
    if (move.change() >= CapitalMovers::minimumChange)
        return tr("Rose");
    if (move.change() <= -CapitalMovers::minimumChange)
        return tr("Fell");
    return tr("Steady");
}

analytics::FigureRef CapitalMoversModel::figure(const CapitalMove &move, int column) const
{
    analytics::FigureRef figure;
    const CapitalMovers &movers = brief()->movers;
    switch (column) {
    case Before:
    case After:
    case Change:
        figure.kind = analytics::FigureRef::Kind::Eci;
        figure.to = column == Before ? movers.before : movers.after;
        break;
    case Pillar:
    case PillarChange:
        if (!move.pillar)
            return {};
        figure.kind = analytics::FigureRef::Kind::Pillar;
        figure.figure = move.pillar->pillar;
        figure.to = movers.after;
        break;
    default:
        return {};
    }
    figure.department = move.department;
    figure.selection = brief()->audience;
    return figure;
}

QVariant CapitalMoversModel::cell(int row, int column, int role) const
{
    const CapitalMove &move = *m_rows[size_t(row)];
    const CapitalMovers &movers = brief()->movers;
    if (role == FigureRole) {
        const analytics::FigureRef ref = figure(move, column);
        return ref.isValid() ? QVariant::fromValue(ref) : QVariant();
    }
    switch (Column(column)) {
    case Department:
        if (role == Qt::DisplayRole || role == SortRole)
            return rowName(move);
        if (role != Qt::ToolTipRole || move.department >= 0)
            return {};
        // The whole organisation in words of its own (a language's article and case).
        if (brief()->audienceNames.isEmpty())
            return tr("Everyone in the organisation");
        return tr("Everyone in %1").arg(TownHallSummary::audienceText(*brief()));
    case Direction:
        return role == Qt::DisplayRole || role == SortRole ? direction(move) : QVariant();
    case Before:
        if (role == Qt::ToolTipRole)
            return tr("ECI of %1 on %2: %3. %4 Double-click to see how it was computed.")
                .arg(rowName(move), TownHallSummary::dateText(movers.before),
                     TownHallSummary::formatScore(move.eciBefore), windowText(movers.before));
        return number(role, move.eciBefore, TownHallSummary::formatScore(move.eciBefore));
    case After:
        if (role == Qt::ToolTipRole)
            return tr("ECI of %1 on %2: %3. %4 Double-click to see how it was computed.")
                .arg(rowName(move), TownHallSummary::dateText(movers.after),
                     TownHallSummary::formatScore(move.eciAfter), windowText(movers.after));
        return number(role, move.eciAfter, TownHallSummary::formatScore(move.eciAfter));
    case Change:
        if (role == Qt::ToolTipRole)
            return tr("%1 points: %2 on %3 against %4 on %5")
                .arg(TownHallSummary::formatChange(move.change()),
                     TownHallSummary::formatScore(move.eciAfter),
                     TownHallSummary::dateText(movers.after),
                     TownHallSummary::formatScore(move.eciBefore),
                     TownHallSummary::dateText(movers.before));
        return number(role, move.change(), TownHallSummary::formatChange(move.change()));
    case Pillar:
        if (role == Qt::DisplayRole || role == SortRole)
            return move.pillar ? CapitalLabels::pillarName(move.pillar->pillar)
                               : QStringLiteral("–");
        if (role == Qt::ToolTipRole && !move.pillar)
            return tr("No pillar moved in the same direction as the ECI");
        return {};
    case PillarChange:
        if (role == Qt::ToolTipRole && move.pillar)
            return tr("%1: %2 on %3 against %4 on %5")
                .arg(CapitalLabels::pillarName(move.pillar->pillar),
                     TownHallSummary::formatScore(move.pillar->after),
                     TownHallSummary::dateText(movers.after),
                     TownHallSummary::formatScore(move.pillar->before),
                     TownHallSummary::dateText(movers.before));
        return number(role, move.pillar ? std::optional(move.pillar->change()) : std::nullopt,
                      move.pillar ? TownHallSummary::formatChange(move.pillar->change())
                                  : QString());
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace goodwill::items
