#include "overrideedit.h"

#include "database.h"
#include "sqliteconnection.h"
#include "storewriter.h"

#include <QCoreApplication>

#include <functional>

namespace goodwill::store {
namespace {

Result<void> edit(const QString &path, const std::function<Result<void>(StoreWriter &)> &write)
{
    return OverrideEdit::write(
        path, write,
        QCoreApplication::translate(
            "OverrideEdit",
            "'%1' was not created by Goodwill, so it is only ever read: overrides cannot be saved "
            "in it. Put the roles and kinds you want into people.role and channels.kind of the "
            "file itself."),
        QCoreApplication::translate(
            "OverrideEdit",
            "'%1' is read-only (the file cannot be written), so overrides cannot be saved in it."));
}

} // namespace

Result<void> OverrideEdit::write(const QString &path,
                                 const std::function<Result<void>(StoreWriter &)> &write,
                                 const QString &notGoodwill, const QString &notWritable)
{
    auto database = Database::open(path, Database::Access::ReadWrite);
    if (!database)
        return database.error();
    if ((*database)->isReadOnly())
        return Error{((*database)->isGoodwillFile() ? notWritable : notGoodwill).arg(path)};
    SqliteConnection &connection = (*database)->connection();
    SqliteTransaction transaction(connection);
    if (!transaction.began())
        return transaction.began();
    auto writer = StoreWriter::create(connection);
    if (!writer)
        return writer.error();
    if (auto written = write(*writer); !written)
        return written;
    return transaction.commit();
}

std::optional<PersonRole> personRoleFromString(std::string_view text)
{
    for (auto role : {PersonRole::Leader, PersonRole::Staff, PersonRole::Bot, PersonRole::Guest}) {
        if (text == toString(role))
            return role;
    }
    return std::nullopt;
}

std::optional<ChannelKind> channelKindFromString(std::string_view text)
{
    for (auto kind : {ChannelKind::Work, ChannelKind::Announcement, ChannelKind::Social,
                      ChannelKind::Recognition, ChannelKind::Qa}) {
        if (text == toString(kind))
            return kind;
    }
    return std::nullopt;
}

Result<void> OverrideEdit::setRoleOverride(const QString &path, std::int64_t personId,
                                           std::optional<PersonRole> role)
{
    return edit(path, [&](StoreWriter &writer) { return writer.setRoleOverride(personId, role); });
}

Result<void> OverrideEdit::setChannelKindOverride(const QString &path, std::int64_t channelId,
                                                  std::optional<ChannelKind> kind)
{
    return edit(
        path, [&](StoreWriter &writer) { return writer.setChannelKindOverride(channelId, kind); });
}

} // namespace goodwill::store
