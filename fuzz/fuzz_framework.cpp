// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer harness for the framework loader: every framework a user adds (a file in a
// frameworks folder, `wgll framework check`) and the snapshot embedded in every .wgll file go
// through FrameworkReader, which must refuse anything that breaks the schema's rules without
// crashing, leaking or hanging. A framework it accepts must also survive being written and read
// back unchanged: that is how it is stored in every assessment, so one that does not would make
// a document that cannot be opened again.
#include "framework/frameworkreader.h"
#include "framework/frameworkwriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    wgll::FrameworkReader reader;
    const std::optional<wgll::Framework> framework = reader.parse(bytes, QStringLiteral("fuzz.json"));
    if (!framework) {
        if (reader.errors().isEmpty()) {
            std::fprintf(stderr, "refused with no reason given\n");
            std::abort();
        }
        return 0;
    }
    const QByteArray written = wgll::FrameworkWriter::toBytes(*framework);
    wgll::FrameworkReader again;
    const std::optional<wgll::Framework> reread = again.parse(written, QStringLiteral("written.json"));
    if (!reread || *reread != *framework) {
        std::fprintf(stderr, "an accepted framework does not read back as written:\n%s\n",
                     reread ? "it reads back different" : qPrintable(again.errors().constFirst().toString()));
        std::abort();
    }
    return 0;
}
