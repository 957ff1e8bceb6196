// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "framework.h"

#include <QByteArray>
#include <QJsonObject>

namespace wgll {

/// Writes a Framework in the format FrameworkReader reads (frameworks/framework.schema.json);
/// optional keys only when set (QJsonObject orders keys alphabetically). Used by `wgll framework show --format
/// json` and for the framework snapshot stored in every .wgll document.
class FrameworkWriter
{
public:
    static QJsonObject toJson(const Framework &framework);
    static QByteArray toBytes(const Framework &framework, bool indented = true);
};

} // namespace wgll
