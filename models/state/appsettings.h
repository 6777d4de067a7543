#pragma once

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace goodwill::state {

// Settings as an enum-keyed table (key, stored name, default), never string keys with
// defaults scattered in if-chains. Tests use a temporary file instead of the user's.
class AppSettings
{
public:
    enum class Key
    {
        LastDatabase,
        RecentFiles,
        WindowGeometry,
        WindowState,
        ImportFolder,         // the folder the import wizard last chose an export in
        SlackDepartmentField, // the Slack profile field id last used for the department
        ModelFile,            // the user's model file; empty: model.json in the config folder
        Page,                 // the dashboard page shown last (its key: "overview" ...)
        FilterPeriod,         // "90d", "12m", "ytd", "all" or "custom"
        FilterFrom,           // the custom period's first day (QDate)
        FilterTo,             // ... and last day
        FilterGranularity,    // "week", "month" or "quarter"
        FilterDepartments,    // department names (names survive a re-import; indexes do not)
        FilterChannels,       // channel names, "source kind: source name/channel name"
        FilterSources,        // source names, "kind: name"
        EngagementLeader,     // My engagement: who the user is (e-mail, else display name)
        EngagementGoals,      // ... their goals a week: posts, replies, recognitions (empty:
                              // the model file's)
        TownHallPseudonymise, // Town-hall brief: staff names pseudonymised in the PDF (bool)
        Language,             // the interface language ("de", ...); empty: the system's
        KeyCount
    };

    AppSettings(); // the user's settings
    explicit AppSettings(const QString &iniFile);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);

    QStringList recentFiles() const;
    // Puts `path` first, drops duplicates and missing files, keeps at most `maxRecentFiles`.
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);

    static constexpr int maxRecentFiles = 8;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace goodwill::state
