// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework.h"
#include "util/error.h"

#include <QByteArray>
#include <QList>

#include <optional>

class QIODevice;

namespace wgll {

/// Reads a framework definition (frameworks/framework.schema.json) from untrusted JSON and
/// checks it completely: the schema's rules plus unique ids, measure-prefixed indicator ids, a
/// consistent scale and valid UTF-8. On failure `errors()` holds every fault, each naming the
/// file and the JSON path; nothing partial is returned.
class FrameworkReader
{
public:
    /// Larger files are refused before parsing: the real frameworks are about 40 KB.
    static constexpr qint64 MaxFileSize = 4LL * 1024 * 1024;

    std::optional<Framework> readFile(const QString &fileName);
    /// `displayName` is what error messages call the input (usually its file name).
    std::optional<Framework> read(QIODevice &device, const QString &displayName);
    std::optional<Framework> parse(const QByteArray &bytes, const QString &displayName);

    const QList<Error> &errors() const { return m_errors; }

private:
    QList<Error> m_errors;
};

} // namespace wgll
