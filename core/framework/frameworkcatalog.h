// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework.h"
#include "util/error.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wgll {

/// The frameworks a user can assess against: the ones built into the program (Qt resources
/// under :/frameworks) and any valid files in user folders. Built-in revisions cannot be
/// replaced by a user file with the same id and version; such files, and broken ones, are
/// reported in `problems()` and otherwise ignored so one bad file never hides the rest.
class FrameworkCatalog
{
public:
    struct Entry
    {
        Framework framework;
        bool builtIn = false;
        QString fileName; ///< resource path or file on disk
    };

    /// Built-ins plus the user folders: each of `userFolders`, else defaultUserFolders().
    static FrameworkCatalog load(const QStringList &userFolders = defaultUserFolders());
    /// $WGLL_FRAMEWORK_PATH (colon-separated) and <AppDataLocation>/frameworks.
    static QStringList defaultUserFolders();

    const QList<Entry> &entries() const { return m_entries; }
    const QList<Error> &problems() const { return m_problems; }

    /// "wgll-org" gives the newest revision; "wgll-org@2021-08-31" that exact one.
    const Entry *find(const QString &idAndVersion) const;
    /// All revisions of one framework id, newest first.
    QList<const Entry *> revisions(const QString &id) const;

private:
    void add(const Framework &framework, bool builtIn, const QString &fileName);
    void sortEntries();

    QList<Entry> m_entries;
    QList<Error> m_problems;
};

} // namespace wgll
