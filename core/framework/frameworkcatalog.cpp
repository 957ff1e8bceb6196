// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameworkcatalog.h"

#include "frameworkreader.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

static void initFrameworkResources()
{
    Q_INIT_RESOURCE(frameworks); // core is a static library; its resources must be registered
}

namespace wgll {

QStringList FrameworkCatalog::defaultUserFolders()
{
    QStringList folders;
    const QString env = qEnvironmentVariable("WGLL_FRAMEWORK_PATH");
    for (const QString &p : env.split(u':', Qt::SkipEmptyParts))
        folders.append(p);
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!data.isEmpty())
        folders.append(data + u"/frameworks");
    return folders;
}

FrameworkCatalog FrameworkCatalog::load(const QStringList &userFolders)
{
    initFrameworkResources();
    FrameworkCatalog catalog;
    FrameworkReader reader;
    const QDir builtIns(QStringLiteral(":/frameworks"));
    for (const QString &name : builtIns.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = builtIns.filePath(name);
        if (const auto f = reader.readFile(path))
            catalog.add(*f, true, path);
        else
            catalog.m_problems.append(reader.errors()); // only if a build shipped a broken file
    }
    for (const QString &folder : userFolders) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            const QString path = dir.filePath(name);
            const auto f = reader.readFile(path);
            if (!f) {
                catalog.m_problems.append(reader.errors());
            } else if (catalog.find(f->key())) {
                catalog.m_problems.append({ErrorKind::Conflict, path, 0,
                                           u"ignored: " + f->key() + u" is already provided by " +
                                               catalog.find(f->key())->fileName});
            } else {
                catalog.add(*f, false, path);
            }
        }
    }
    catalog.sortEntries();
    return catalog;
}

void FrameworkCatalog::add(const Framework &framework, bool builtIn, const QString &fileName)
{
    m_entries.append({framework, builtIn, fileName});
}

void FrameworkCatalog::sortEntries()
{
    // A stable order for listings and for find(): by id, newest revision first.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        if (a.framework.id != b.framework.id)
            return a.framework.id < b.framework.id;
        return a.framework.version > b.framework.version;
    });
}

const FrameworkCatalog::Entry *FrameworkCatalog::find(const QString &idAndVersion) const
{
    const qsizetype at = idAndVersion.indexOf(u'@');
    const QString id = at < 0 ? idAndVersion : idAndVersion.left(at);
    const QString version = at < 0 ? QString() : idAndVersion.mid(at + 1);
    for (const Entry &e : m_entries) {
        // Entries are sorted newest first, so the first match without a version is the latest.
        if (e.framework.id == id && (version.isEmpty() || e.framework.version == version))
            return &e;
    }
    return nullptr;
}

QList<const FrameworkCatalog::Entry *> FrameworkCatalog::revisions(const QString &id) const
{
    QList<const Entry *> found;
    for (const Entry &e : m_entries) {
        if (e.framework.id == id)
            found.append(&e);
    }
    return found;
}

} // namespace wgll
