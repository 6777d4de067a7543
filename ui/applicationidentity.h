#pragma once

#include <QIcon>
#include <QString>

namespace goodwill::ui {

// The names the desktop knows Goodwill by. packaging/ holds the .desktop file, the AppStream
// metainfo, the MIME type and the icon under the same id; tst_packagingfiles checks that
// they agree with these (docs/decisions.md, "Packaging", says why this id).
inline constexpr char applicationId[] = "io.github.goodwill_dashboard.Goodwill";
// The domain the id is the reverse of (a '-' in a domain is spelled '_' in an id).
inline constexpr char organizationDomain[] = "goodwill-dashboard.github.io";
// The type of .goodwill databases (packaging/<id>.mime.xml).
inline constexpr char databaseMimeType[] = "application/x-goodwill-database";
// Goodwill's licence as an SPDX identifier (packaging/copyright, the metainfo).
inline constexpr char licenceId[] = "GPL-3.0-or-later";

// Goodwill's icon: the icon theme's under the application id when there is one (an
// installed Goodwill, or a theme that restyles it), else the SVG compiled in.
QIcon applicationIcon();
// docs/user-guide.md as compiled in (Markdown).
QString userGuideMarkdown();

} // namespace goodwill::ui
