// SPDX-License-Identifier: GPL-3.0-or-later
#include "generation.h"

#include "sqlite/database.h"


namespace wgll::storage {

std::optional<qint64> readGeneration(sqlite::Database &db, QString &why)
{
    // typeof() first: CAST would turn '1e300' or 'x' into a number silently.
    sqlite::Statement s = db.prepare("SELECT value FROM meta WHERE key = 'generation'");
    if (!s.step()) {
        why = QStringLiteral("has no edit counter (generation)");
        return std::nullopt;
    }
    bool ok = false;
    const QString text = s.columnType(0) == sqlite::ColumnType::Integer ? QString::number(s.int64(0)) : s.text(0);
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 1 || value > MaxGeneration || QString::number(value) != text) {
        why = QStringLiteral("the edit counter (generation) \"%1\" is not a whole number from 1 to %2")
                  .arg(text.left(40))
                  .arg(MaxGeneration);
        return std::nullopt;
    }
    return value;
}

} // namespace wgll::storage
