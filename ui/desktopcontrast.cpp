// SPDX-License-Identifier: GPL-3.0-or-later
#include "desktopcontrast.h"

#include <QFile>

namespace wgll {
namespace {

bool namesHighContrast(QStringView theme)
{
    return theme.contains(u"HighContrast", Qt::CaseInsensitive) || theme.contains(u"high-contrast", Qt::CaseInsensitive);
}

/// The value of `key=` in an INI-like file's lines, without parsing groups: both files keep
/// the key once. A missing or unreadable file says nothing.
QString iniValue(const QString &path, QStringView key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text) || file.size() > qint64{1024} * 1024)
        return {};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(key) && line.mid(key.size()).trimmed().startsWith(u'='))
            return line.mid(line.indexOf(u'=') + 1).trimmed();
    }
    return {};
}

} // namespace

bool desktopAsksHighContrast(const QProcessEnvironment &environment)
{
    if (namesHighContrast(environment.value(QStringLiteral("GTK_THEME"))))
        return true;
    QString config = environment.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (config.isEmpty())
        config = environment.value(QStringLiteral("HOME")) + u"/.config";
    return namesHighContrast(iniValue(config + u"/gtk-3.0/settings.ini", u"gtk-theme-name")) ||
           namesHighContrast(iniValue(config + u"/kdeglobals", u"ColorScheme"));
}

} // namespace wgll
