#include "evidencemessagesmodel.h"

#include "itemroles.h"

#include <QLocale>

namespace goodwill::items {

EvidenceMessagesModel::EvidenceMessagesModel(QObject *parent) : QAbstractTableModel(parent) {}

void EvidenceMessagesModel::setMessages(std::vector<analytics::EvidenceItem> items,
                                        std::vector<analytics::MessageLookup::Message> messages)
{
    beginResetModel();
    m_items = std::move(items);
    m_messages = messages.size() == m_items.size()
                     ? std::move(messages)
                     : std::vector<analytics::MessageLookup::Message>();
    endResetModel();
}

void EvidenceMessagesModel::clear()
{
    setMessages({}, {});
}

const analytics::MessageLookup::Message *EvidenceMessagesModel::message(int row) const
{
    return size_t(row) < m_messages.size() ? &m_messages[size_t(row)] : nullptr;
}

QString EvidenceMessagesModel::kindName(store::ActivityKind kind)
{
    switch (kind) {
    case store::ActivityKind::Post:
        return tr("Post");
    case store::ActivityKind::Reply:
        return tr("Reply");
    case store::ActivityKind::Reaction:
        return tr("Reaction");
    case store::ActivityKind::Recognition:
        return tr("Recognition");
    }
    return {};
}

QString EvidenceMessagesModel::text(int row) const
{
    const auto *m = message(row);
    if (!m)
        return {};
    if (m->text.isEmpty() && !m->emoji.isEmpty())
        return QStringLiteral(":%1:").arg(m->emoji);
    return m->text;
}

int EvidenceMessagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EvidenceMessagesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceMessagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const analytics::EvidenceItem &item = m_items[size_t(row)];
    const auto *m = message(row);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(item.at, Qt::UTC);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
        case Author:
            return item.author;
        case Channel:
            return m && !m->channel.isEmpty() ? QStringLiteral("#") + m->channel : QString();
        case Kind:
            return m ? kindName(m->kind) : QString();
        case Text: {
            QString shown = text(row);
            shown.replace(QLatin1Char('\n'), QLatin1Char(' '));
            return shown;
        }
        case Counted:
            return item.counted ? tr("Yes") : tr("No");
        case Detail:
            return item.note;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return text(row);
        if (index.column() == Time)
            return QLocale().toString(at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == Counted)
            return item.counted ? tr("Counts towards the figure's numerator")
                                : tr("Listed, but not counted in the numerator");
        if (index.column() == Detail || index.column() == Author)
            return data(index, Qt::DisplayRole);
        break;
    case ValueRole:
        if (index.column() == Time)
            return at.toString(Qt::ISODate);
        if (index.column() == Text)
            return text(row); // with its line breaks
        break;
    case SortRole:
        switch (index.column()) {
        case Time:
            return qlonglong(item.at);
        case Counted:
            return int(item.counted);
        case Detail:
            return item.value ? QVariant(*item.value) : QVariant(item.note);
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        break;
    }
    return {};
}

QVariant EvidenceMessagesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Author:
        return tr("Author");
    case Channel:
        return tr("Channel");
    case Kind:
        return tr("Kind");
    case Text:
        return tr("Message");
    case Counted:
        return tr("Counted");
    case Detail:
        return tr("Detail");
    }
    return {};
}

} // namespace goodwill::items
