// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/assessment.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace wgll::report {

/// What goes in the board report, as data (PRODUCT.md section 8). The PDF, ODT and HTML
/// renderers in ui/report/ draw this one description, so the three versions cannot disagree.
/// Every piece of text here is plain text: a renderer escapes it, never interprets it.

struct Paragraph
{
    enum class Style { Normal, Lead, Small };
    QString text;
    Style style = Style::Normal;
};

struct Subheading
{
    QString text;
    bool newPage = false; ///< start a page (the PDF; other formats ignore it)
};

/// A few large figures side by side ("Overall 2.5", "Target 4.0", …).
struct KeyFigures
{
    struct Figure
    {
        QString label;
        QString value;
    };
    QList<Figure> figures;
};

struct Table
{
    QString caption;           ///< said to screen readers (HTML) and shown above the table
    QStringList header;        ///< repeated on every page the table runs onto
    QList<QStringList> rows;
    QList<int> widths;         ///< relative column widths (percent); empty: equal
    QList<bool> numeric;       ///< right-aligned columns; empty: none
    QString empty;             ///< said instead of an empty table, e.g. "No actions recorded."
    /// Per row (or empty): an anchor other rows link to, e.g. "gap-2.1" (HTML: the row's id).
    QStringList anchors;
    /// Per row (or empty): the anchor that `linkColumn`'s cell of the row links to, or "".
    QStringList links;
    int linkColumn = -1;
};

/// A chart and its numbers. The renderers draw it (as vectors in the PDF) and give its data as
/// a table and in words (`description`) for readers who cannot see it.
struct Chart
{
    /// Trend: one measure (or the overall) over several periods, a line cut at revision breaks.
    enum class Kind { Radar, MeasureBars, Trend };
    Kind kind = Kind::Radar;
    QString title;
    QString description; ///< alternative text
    QStringList measures;
    QList<std::optional<double>> current;
    QList<std::optional<double>> target;
    QList<std::optional<double>> baseline; ///< empty: no baseline
    /// Kind::Radar: a national benchmark's score per measure (empty: none), named in the legend
    /// by `benchmarkName` (report/benchmarksection.h).
    QList<std::optional<double>> benchmark;
    QString benchmarkName;
    double scaleMin = 1;
    double scaleMax = 5;
    Table data;
    /// Kind::Trend: the periods along the axis, oldest first, `current` holding one value each,
    /// the framework revision of each, and its segment (a run of one revision): the line is never
    /// drawn between two periods of different segments.
    QStringList periods;
    QStringList revisions;
    QList<int> segments;
};

/// Name, role, date and signature lines for whoever signs the paper off, by hand. (Not the
/// sign-off recorded in the file, wgll::SignOff: that one prints on the cover.)
struct SignatureBlock
{
    QStringList roles;
};

/// The signature block as a table (role, name, date, signature), with room to sign.
Table signatureTable(const SignatureBlock &block);

using Block = std::variant<Paragraph, Subheading, KeyFigures, Table, Chart, SignatureBlock>;

struct Section
{
    QString id; ///< stable anchor, e.g. "summary", "measure-3"
    QString title;
    bool newPage = true;
    QList<Block> blocks;
};

/// One line of the cover sheet: "Purpose" and "Assurance", say. Only filled-in fields are kept.
struct CoverItem
{
    QString label;
    QString value;
    friend bool operator==(const CoverItem &, const CoverItem &) = default;
};

struct BoardReport
{
    QString title; ///< the cover sheet's report title, else the report's own
    QString organisation;
    QString period;
    QString status; ///< "Draft" or "Final"
    QString framework; ///< e.g. "What Good Looks Like: organisation framework (2021-10-04)"
    QDate generated;
    QString logoFile; ///< optional organisation logo (PNG, JPEG or SVG); the renderer checks it
    /// Page 1: the NHS cover sheet's filled-in fields, then the report's identity, in print order.
    QList<CoverItem> cover;
    int revision = 1;
    QString contentHash; ///< the first 12 hex digits of scoredContentSha256()
    QList<Section> sections;

    /// The header line on every page: "Northshire … · 2026/27 · Draft".
    QString runningHeader() const;
    /// The footer on every page: "Revision 2 · content 3f5a0c19be42".
    QString footerLine() const;
    /// The cover sheet as the renderers draw it: a ruled table of label and value.
    Table coverTable() const;
    bool isFinal() const { return status.compare(u"Final", Qt::CaseInsensitive) == 0; }
};

/// Organisation, period and status joined as the report's running header shows them, leaving
/// out what is empty: the window's status bar says the same.
QString headerLine(const QString &organisation, const QString &period, const QString &status);

/// A date as every form of the report writes it, in British English whatever the machine's
/// locale: "22 November 2026", or "22 Nov 2026" when `shortMonth` (table cells).
QString reportDate(const QDate &date, bool shortMonth = false);

struct Options
{
    /// How the action plan is grouped.
    enum class ActionGroups { Owner, Due };

    /// "draft" prints a signed-off assessment as a draft copy. The status is otherwise "Final"
    /// exactly when a sign-off is in force: "final" cannot make an unsigned paper Final (the
    /// CLI refuses it; here it is ignored).
    std::optional<QString> status;
    QString logoFile;
    bool signOff = true; ///< the signature block
    int topGaps = 5;
    int biggestChanges = 5; ///< improvements listed after every decline
    ActionGroups actionGroups = ActionGroups::Owner;
    QDate generated = QDate::currentDate(); ///< also the date an action is overdue against
};

/// Builds the report of `assessment`, compared with `baseline` when one is given (the caller
/// has checked that both are of the same framework).
BoardReport build(const Assessment &assessment, const Assessment *baseline, const Options &options = {});

/// The method appendix: PRODUCT.md section 4 in plain words, one paragraph each.
QStringList methodParagraphs();

/// A whole-level score with its level's name from the scale: "3 · Partly in place".
QString levelWithName(int score, const Scale &scale);

} // namespace wgll::report
