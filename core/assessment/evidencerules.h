// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QString>

#include <optional>

/// What a valid evidence item is (title, media type, link, note, file name, statements), in one
/// place: the document checks every item with it before anything is written.
namespace wgll::evidencerules {

/// Why `evidence` may not be stored against `framework`, or nullopt.
std::optional<QString> problemWith(const Evidence &evidence, const Framework &framework);

} // namespace wgll::evidencerules
