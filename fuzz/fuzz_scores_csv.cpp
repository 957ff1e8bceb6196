// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for `wgll import FILE.wgll RESPONSES.csv`: the CSV reader, the header
// check, every row's checks against a real document of the wgll-org framework, and, when all
// rows pass, setting the answers in that document, as the command does. Any crash, leak, hang or
// sanitizer report is a bug; so is a row the checks let through that the document then refuses.
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
    const QString csvName = QStringLiteral("responses.csv");
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    wgll::CsvReader reader;
    const auto records = reader.parse(bytes, csvName);
    if (!records)
        return 0;
    if (wgll::csvimport::problemWithHeader(*records, wgll::csvimport::responsesHeader(), csvName))
        return 0;
    wgll::storage::Document &doc = scratch.document();
    wgll::Error error;
    const auto answers = wgll::csvimport::responses(*records, doc, csvName, error);
    if (!answers)
        return 0;
    const wgll::Status set = doc.setAnswers(*answers, QStringLiteral("fuzz"));
    scratch.edited();
    if (!set) {
        std::fprintf(stderr, "checked answers were refused: %s\n", qPrintable(set.error().toString()));
        std::abort();
    }
    return 0;
}
