#include "importrunsmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

ImportRunsModel::ImportRunsModel(QObject *parent) : QAbstractTableModel(parent) {}

void ImportRunsModel::setRuns(std::vector<ImportRunRow> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

int ImportRunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ImportRunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportRunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRunRow &run = m_runs[size_t(index.row())];
    const int column = index.column();
    const std::int64_t counts[] = {run.posts,  run.replies,  run.reactions, run.recognitions,
                                   run.people, run.channels, run.skipped};
    const bool isCount = column >= Posts && column <= Skipped;
    const std::int64_t count = isCount ? counts[column - Posts] : 0;
    const QDateTime time = column == Started ? run.startedAt : run.finishedAt;
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        if (isCount)
            return locale.toString(qlonglong(count));
        if (column == Source)
            return run.source;
        if (column == File)
            return run.fileName;
        if (!time.isValid())
            return column == Finished ? tr("did not finish") : QString();
        return locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    case SortRole:
        if (isCount)
            return double(count);
        if (column == Started || column == Finished)
            return time;
        return data(index, Qt::DisplayRole);
    case ValueRole:
        if (isCount)
            return double(count);
        if (column == Started || column == Finished)
            return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
        return {};
    case SourceIdRole:
        return run.sourceId != 0 ? QString::number(run.sourceId) : QString();
    case Qt::TextAlignmentRole:
        return isCount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == Skipped)
            return tr("Input records this run left out (already imported, bots, system "
                      "messages ...); the report says why");
        if (isCount)
            return tr("What this run added to the database");
        if (column == File)
            return run.fileName;
        return {};
    default:
        return {};
    }
}

QVariant ImportRunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Source:
        return tr("Source");
    case File:
        return tr("File");
    case Posts:
        return tr("Posts");
    case Replies:
        return tr("Replies");
    case Reactions:
        return tr("Reactions");
    case Recognitions:
        return tr("Recognitions");
    case People:
        return tr("New people");
    case Channels:
        return tr("New channels");
    case Skipped:
        return tr("Skipped");
    case Finished:
        return tr("Finished");
    default:
        return {};
    }
}

} // namespace goodwill::items
