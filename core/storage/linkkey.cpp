// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkkey.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <array>

namespace wgll::storage {

namespace {

constexpr qsizetype KeyBytes = 32;

QByteArray readKey(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray key = f.read(KeyBytes + 1);
    return key.size() == KeyBytes ? key : QByteArray(); // a short file (still being written) is no key
}

} // namespace

QByteArray linkKey(const QString &root)
{
    if (root.isEmpty() || !QDir().mkpath(root))
        return {};
    const QString path = root + u"/voting-link.key";
    if (const QByteArray key = readKey(path); !key.isEmpty())
        return key;
    std::array<quint32, KeyBytes / 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), static_cast<qsizetype>(words.size()));
    const QByteArray key(reinterpret_cast<const char *>(words.data()), KeyBytes);
    // NewOnly: two programs making it at once do not overwrite each other; the one that finds
    // it made reads it instead. Owner-only, like the working copies beside it.
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return readKey(path);
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(key) != KeyBytes || !f.flush()) {
        f.remove();
        return {};
    }
    return key;
}

} // namespace wgll::storage
