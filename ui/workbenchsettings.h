// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace wgll {

/// One stored setting: its key and its default in one place, read and written with its type
/// (after Tiled's SessionOption<T>). The keys are those the workbench has always used, so
/// existing users keep their settings.
template <typename T> class Setting
{
public:
    Setting(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        return stored.isValid() && stored.canConvert<T>() ? stored.value<T>() : m_default;
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

private:
    QString m_key;
    T m_default;
};

/// Every setting the workbench stores (QSettings, per user).
namespace settings {

inline const Setting<QString> authorName{QStringLiteral("authorName"), {}};
inline const Setting<int> autosaveMinutes{QStringLiteral("autosaveMinutes"), 2};
inline const Setting<int> defaultTarget{QStringLiteral("defaultTarget"), 4};
/// "system", "light", "dark" or "high-contrast" (colourSchemeKey).
inline const Setting<QString> colourScheme{QStringLiteral("colourScheme"), QStringLiteral("system")};
inline const Setting<QString> reportLogo{QStringLiteral("report/logo"), {}};
inline const Setting<bool> reportSignOff{QStringLiteral("report/signOff"), true};
/// The trust's Word template (.dotx or .docx) every .docx report is written in; empty: built-in.
inline const Setting<QString> reportWordTemplate{QStringLiteral("report/wordTemplate"), {}};
/// Absolute paths, the most recently opened first.
inline const Setting<QStringList> recentFiles{QStringLiteral("recentFiles"), {}};
/// The main window's last normal (not maximised) geometry, in the screen's logical pixels; an
/// empty rectangle before the first run ends (the window then fills the screen).
inline const Setting<QRect> windowGeometry{QStringLiteral("window/geometry"), {}};
inline const Setting<bool> windowMaximised{QStringLiteral("window/maximised"), false};
/// The proportions of the navigator, scoring and overview panes (QSplitter::saveState), and of
/// the radar and tables inside the overview.
inline const Setting<QByteArray> mainSplitter{QStringLiteral("window/mainSplitter"), {}};
inline const Setting<QByteArray> overviewSplitter{QStringLiteral("window/overviewSplitter"), {}};
/// The folder of the last file chosen in a file dialog: where the next one opens when no
/// assessment is open (never the folder the program was started from).
inline const Setting<QString> lastFolder{QStringLiteral("lastFolder"), {}};
/// The national benchmark set shown with each assessment: its absolute path to the set's name.
inline const Setting<QVariantMap> benchmarkByFile{QStringLiteral("benchmark/byFile"), {}};

} // namespace settings

} // namespace wgll
