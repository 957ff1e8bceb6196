// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the path every untrusted .wgll file takes on open: the header rules,
// a hardened read-only connection, and the full DocumentChecker (quick_check, ids, schema
// allow-list, embedded framework, row rules, checksum). The bytes go to SQLite through
// sqlite3_deserialize, so no run touches the disk. Any crash, leak, hang or sanitizer report
// is a bug; a rejection is the expected result for almost every input.
#include "sqlite/database.h"
#include "storage/documentchecker.h"
#include "storage/fileheader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    if (wgll::storage::problemWithHeader(bytes.left(100), bytes.size()))
        return 0;
    wgll::sqlite::Database db;
    if (!db.openImage(bytes))
        return 0;
    wgll::storage::DocumentChecker checker(db, QStringLiteral("fuzz.wgll"));
    if (checker.check(wgll::storage::DocumentChecker::Checksum::Required))
        (void)checker.checkEvidenceContent();
    return 0;
}
