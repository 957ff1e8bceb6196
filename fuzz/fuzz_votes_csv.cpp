// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for `wgll votes import FILE.wgll VOTES.csv`: the CSV reader, the header
// check, every row's checks against the wgll-org framework, and, when all rows pass, importing
// them as a new session of a real document (participants matched or added, attendance, votes),
// as the command does. Any crash, leak, hang or sanitizer report is a bug; so is a file the
// checks let through that the import then refuses.
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "scratchdocument.h"

#include <QByteArray>
#include <QDate>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static wgll::fuzz::ScratchDocument scratch;
    const QString csvName = QStringLiteral("votes.csv");
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    wgll::CsvReader reader;
    const auto records = reader.parse(bytes, csvName);
    if (!records)
        return 0;
    if (wgll::csvimport::problemWithHeader(*records, wgll::csvimport::votesHeader(), csvName))
        return 0;
    wgll::storage::Document &doc = scratch.document();
    wgll::Error error;
    const auto rows = wgll::csvimport::votes(*records, doc.framework(), csvName, error);
    if (!rows)
        return 0;
    wgll::WorkshopSession session;
    session.title = QStringLiteral("Imported votes");
    session.date = QDate(2026, 10, 14);
    const std::optional<qint64> id = wgll::take(doc.importVotes(session, *rows), error);
    scratch.edited();
    if (!id) {
        std::fprintf(stderr, "checked votes were refused: %s\n", qPrintable(error.toString()));
        std::abort();
    }
    return 0;
}
