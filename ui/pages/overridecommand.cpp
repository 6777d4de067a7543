#include "overridecommand.h"

namespace goodwill::ui {

OverrideCommand::OverrideCommand(const QString &text, QString before, QString after,
                                 std::function<bool(const QString &)> write)
    : QUndoCommand(text), m_before(std::move(before)), m_after(std::move(after)),
      m_write(std::move(write))
{}

void OverrideCommand::redo()
{
    if (!m_write(m_after))
        setObsolete(true);
}

void OverrideCommand::undo()
{
    if (!m_write(m_before))
        setObsolete(true);
}

} // namespace goodwill::ui
