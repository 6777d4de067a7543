#include "appsettings.h"

#include <QDate>
#include <QFileInfo>

#include <array>

namespace goodwill::state {
namespace {

struct Entry
{
    AppSettings::Key key;
    const char *name;
    QVariant defaultValue;
};

const std::array<Entry, size_t(AppSettings::Key::KeyCount)> &entries()
{
    static const std::array<Entry, size_t(AppSettings::Key::KeyCount)> table = {{
        {AppSettings::Key::LastDatabase, "files/lastDatabase", QString()},
        {AppSettings::Key::RecentFiles, "files/recent", QStringList()},
        {AppSettings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {AppSettings::Key::WindowState, "window/state", QByteArray()},
        {AppSettings::Key::ImportFolder, "import/folder", QString()},
        {AppSettings::Key::SlackDepartmentField, "import/slackDepartmentField", QString()},
        {AppSettings::Key::ModelFile, "model/file", QString()},
        {AppSettings::Key::Page, "dashboard/page", QStringLiteral("overview")},
        {AppSettings::Key::FilterPeriod, "filter/period", QStringLiteral("12m")},
        {AppSettings::Key::FilterFrom, "filter/from", QDate()},
        {AppSettings::Key::FilterTo, "filter/to", QDate()},
        {AppSettings::Key::FilterGranularity, "filter/granularity", QStringLiteral("month")},
        {AppSettings::Key::FilterDepartments, "filter/departments", QStringList()},
        {AppSettings::Key::FilterChannels, "filter/channels", QStringList()},
        {AppSettings::Key::FilterSources, "filter/sources", QStringList()},
        {AppSettings::Key::EngagementLeader, "engagement/leader", QString()},
        {AppSettings::Key::EngagementGoals, "engagement/goals", QVariantList()},
        {AppSettings::Key::TownHallPseudonymise, "townhall/pseudonymise", false},
        {AppSettings::Key::Language, "ui/language", QString()},
    }};
    return table;
}

const Entry &entry(AppSettings::Key key)
{
    return entries()[size_t(key)];
}

} // namespace

AppSettings::AppSettings() : m_settings(std::make_unique<QSettings>()) {}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QVariant AppSettings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings->value(QLatin1StringView(e.name), e.defaultValue);
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(QLatin1StringView(entry(key).name), value);
}

QStringList AppSettings::recentFiles() const
{
    return value(Key::RecentFiles).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files{absolute};
    for (const QString &file : recentFiles()) {
        if (file != absolute && QFileInfo::exists(file) && files.size() < maxRecentFiles)
            files << file;
    }
    setValue(Key::RecentFiles, files);
}

void AppSettings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    setValue(Key::RecentFiles, files);
}

} // namespace goodwill::state
