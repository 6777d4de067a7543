#include "applicationidentity.h"

#include <QFile>

// The resources live in this static library; naming them here makes the linker keep them.
static void initDesktopResources()
{
    Q_INIT_RESOURCE(goodwill_desktop);
}

namespace goodwill::ui {

QIcon applicationIcon()
{
    initDesktopResources();
    return QIcon::fromTheme(QString::fromLatin1(applicationId),
                            QIcon(QStringLiteral(":/goodwill/icons/goodwill.svg")));
}

QString userGuideMarkdown()
{
    initDesktopResources();
    QFile file(QStringLiteral(":/goodwill/docs/user-guide.md"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace goodwill::ui
