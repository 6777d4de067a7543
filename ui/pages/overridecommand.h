#pragma once

#include <QString>
#include <QUndoCommand>

#include <functional>

namespace goodwill::ui {

// One override edit on the Data page (a person's role, a channel's kind) as an undoable
// command: redo writes the new value, undo writes the previous one back. Writing may fail
// (the file became read-only, the row is gone): `write` then says why to the user and
// returns false, and the command makes itself obsolete so that the stack drops it.
class OverrideCommand : public QUndoCommand
{
public:
    // `write(value)` stores `value` ("" clears the override) and returns whether it could.
    OverrideCommand(const QString &text, QString before, QString after,
                    std::function<bool(const QString &value)> write);

    void redo() override;
    void undo() override;

    const QString &before() const { return m_before; }
    const QString &after() const { return m_after; }

private:
    QString m_before;
    QString m_after;
    std::function<bool(const QString &)> m_write;
};

} // namespace goodwill::ui
