// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace wgll {

struct Assessment;

/// The scored content of an assessment in one canonical form: what a board paper is built from
/// (organisation, period, default target, framework and revision, every answer, every action, each
/// evidence item's description and SHA-256, and the cover sheet), as compact JSON with sorted keys.
/// Workshop votes, edit history and sign-offs are not part of it: they are how the content was
/// reached and approved, not the content. Its SHA-256 is what a sign-off records and a board paper
/// prints, so the same content always gives the same bytes, whichever file or machine it is in.
QByteArray scoredContent(const Assessment &assessment);

/// The SHA-256 of scoredContent(), as 64 lower-case hex digits.
QString scoredContentSha256(const Assessment &assessment);

} // namespace wgll
