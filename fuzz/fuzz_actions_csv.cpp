// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for `wgll action import FILE.wgll ACTIONS.csv`: the CSV reader, the header
// check, every row's checks against the wgll-org framework, and, when all rows pass, adding them
// to a real document in one transaction, as the command does. Any crash, leak, hang or sanitizer
// report is a bug; so is a file the checks let through that the document then refuses.
#include "io/actionimport.h"
#include "io/csvimport.h"
#include "io/csvreader.h"
#include "scratchdocument.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static wgll::fuzz::ScratchDocument scratch;
    const QString csvName = QStringLiteral("actions.csv");
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    wgll::CsvReader reader;
    const auto records = reader.parse(bytes, csvName);
    if (!records)
        return 0;
    if (wgll::csvimport::problemWithHeader(*records, wgll::csvimport::actionsHeader(), csvName))
        return 0;
    wgll::storage::Document &doc = scratch.document();
    wgll::Error error;
    const auto actions = wgll::csvimport::actions(*records, doc.framework(), csvName, error);
    if (!actions)
        return 0;
    const auto ids = wgll::take(doc.addActions(*actions), error);
    scratch.edited();
    if (!ids) {
        std::fprintf(stderr, "checked actions were refused: %s\n", qPrintable(error.toString()));
        std::abort();
    }
    return 0;
}
