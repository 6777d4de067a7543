#include "bestpostsmodel.h"

#include "itemroles.h"

#include <QLocale>

#include <unordered_map>

namespace goodwill::items {

BestPostsModel::BestPostsModel(QObject *parent) : QAbstractTableModel(parent) {}

std::vector<BestPostsModel::Row>
BestPostsModel::rows(const std::vector<analytics::BestPost> &posts,
                     const analytics::ActivityDataset &data,
                     const std::vector<analytics::MessageLookup::Message> &messages)
{
    std::unordered_map<std::int32_t, const analytics::MessageLookup::Message *> byActivity;
    for (const auto &message : messages)
        byActivity.emplace(message.activity, &message);
    std::vector<Row> result;
    for (const analytics::BestPost &post : posts) {
        Row &row = result.emplace_back();
        row.post = post;
        if (post.channel >= 0)
            row.channel = data.channels()[size_t(post.channel)].name;
        if (const auto found = byActivity.find(post.activity); found != byActivity.end())
            row.text = found->second->text;
    }
    return result;
}

void BestPostsModel::setRows(std::vector<Row> rows, int kText)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_kText = kText;
    endResetModel();
}

int BestPostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BestPostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BestPostsModel::count(int value, int role, const QString &toolTip) const
{
    switch (role) {
    case Qt::DisplayRole:
        return QLocale().toString(value);
    case SortRole:
    case ValueRole:
        return double(value);
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        return toolTip;
    default:
        return {};
    }
}

QVariant BestPostsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const analytics::BestPost &post = row.post;
    const QLocale locale;
    switch (Column(index.column())) {
    case Posted:
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(post.at.toLocalTime(), QLocale::ShortFormat);
        case SortRole:
        case ValueRole:
            return post.at;
        case Qt::ToolTipRole:
            return locale.toString(post.at.toLocalTime(), QLocale::LongFormat);
        default:
            return {};
        }
    case Channel:
        if (role == Qt::DisplayRole || role == SortRole)
            return row.channel.isEmpty() ? QString() : QStringLiteral("#") + row.channel;
        return {};
    case Post:
        switch (role) {
        case Qt::DisplayRole: {
            QString text = row.text.simplified();
            if (text.size() > previewLength)
                text = text.left(previewLength - 1) + QChar(0x2026);
            return text;
        }
        case SortRole:
        case ValueRole:
        case Qt::ToolTipRole:
            return row.text;
        default:
            return {};
        }
    case Replies:
        return count(post.replies, role, tr("Staff replies in the post's thread."));
    case Reactions:
        return count(post.reactions, role, tr("Staff reactions in the post's thread."));
    case Responders:
        return count(post.responders, role,
                     tr("Distinct staff who replied or reacted in the post's thread."));
    case Tone:
        switch (role) {
        case Qt::DisplayRole:
            return post.tone ? locale.toString(*post.tone, 'f', 2) : QStringLiteral("—");
        case SortRole:
        case ValueRole:
            return post.tone ? QVariant(*post.tone) : QVariant();
        case SuppressedRole:
            return !post.tone.has_value();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            if (!post.tone)
                return tr("Hidden: %n distinct staff replied, fewer than %1 (tone is shown only "
                          "when at least %1 people wrote the text it is read from).",
                          nullptr, post.replyAuthors)
                    .arg(m_kText);
            return tr("Mean tone of the %n staff replies, from -1 (negative) to 1 (positive), "
                      "written by %1 distinct staff.",
                      nullptr, post.replies)
                .arg(post.replyAuthors);
        default:
            return {};
        }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant BestPostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Posted:
            return tr("Posted");
        case Channel:
            return tr("Channel");
        case Post:
            return tr("Post");
        case Replies:
            return tr("Replies");
        case Reactions:
            return tr("Reactions");
        case Responders:
            return tr("People");
        case Tone:
            return tr("Tone of replies");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Posted:
            return tr("When you posted it (local time).");
        case Channel:
            return tr("Where you posted it.");
        case Post:
            return tr("The start of the post; the tooltip shows all of it.");
        case Replies:
            return tr("Staff replies in the thread, up to the end of the data.");
        case Reactions:
            return tr("Staff reactions in the thread, up to the end of the data.");
        case Responders:
            return tr("Distinct staff who replied or reacted.");
        case Tone:
            return tr("Mean tone of the staff replies (-1 to 1); hidden unless at least %1 "
                      "distinct staff wrote them.")
                .arg(m_kText);
        case ColumnCount:
            break;
        }
    }
    return {};
}

} // namespace goodwill::items
