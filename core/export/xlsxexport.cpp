// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "csvwriter.h"
#include "platform/platformfile.h"
#include "recordexport.h"
#include "storage/outputfile.h"
#include "tableexport.h"
#include "util/safetext.h"

#include <QFile>
#include <QTemporaryDir>

#include <functional>

#include <xlsxwriter.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace wgll::xlsx {

namespace {

/// Text as it may go into the workbook's XML: libxlsxwriter escapes markup but passes control
/// characters through, and one of them makes a part (docProps/core.xml first) not well-formed.
QByteArray xmlText(const QString &value)
{
    return text::escapeUnsafe(value, text::Keep::LineBreaks).toUtf8();
}

/// libxlsxwriter prints its own "[ERROR] ..." lines on stderr before returning an error code;
/// the caller reports the error as the program's own message, so those lines are sent to
/// /dev/null while the library runs (stderr is restored even when a step fails).
class SilencedStderr
{
public:
    SilencedStderr() : m_saved(platform::silenceStderr()) {}
    ~SilencedStderr() { platform::restoreStderr(m_saved); }
    SilencedStderr(const SilencedStderr &) = delete;
    SilencedStderr &operator=(const SilencedStderr &) = delete;

private:
    int m_saved = -1;
};

struct Formats
{
    lxw_format *heading = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *oneDecimal = nullptr;
    lxw_format *wrap = nullptr;
};

class Sheet
{
public:
    Sheet(lxw_workbook *book, const char *name, const Formats &f)
        : m_ws(workbook_add_worksheet(book, name)), m_f(f)
    {
    }
    lxw_worksheet *handle() const { return m_ws; }

    void text(lxw_row_t row, lxw_col_t col, const QString &value, lxw_format *format = nullptr)
    {
        // Text cells are always strings: a note starting with "=" stays text, never a formula.
        worksheet_write_string(m_ws, row, col, xmlText(value).constData(), format);
    }
    void number(lxw_row_t row, lxw_col_t col, const std::optional<double> &value,
                lxw_format *format = nullptr)
    {
        if (value)
            worksheet_write_number(m_ws, row, col, *value, format);
    }
    void number(lxw_row_t row, lxw_col_t col, const std::optional<int> &value)
    {
        if (value)
            worksheet_write_number(m_ws, row, col, *value, nullptr);
    }
    void header(const QStringList &titles)
    {
        for (qsizetype c = 0; c < titles.size(); ++c)
            text(0, static_cast<lxw_col_t>(c), titles[c], m_f.heading);
        worksheet_freeze_panes(m_ws, 1, 0);
    }
    void width(lxw_col_t from, lxw_col_t to, double w, lxw_format *format = nullptr)
    {
        worksheet_set_column(m_ws, from, to, w, format);
    }

private:
    lxw_worksheet *m_ws;
    const Formats &m_f;
};

void writeSummary(lxw_workbook *book, const Formats &f, const Scorecard &card)
{
    Sheet s(book, "Summary", f);
    const QList<std::pair<QString, QString>> facts{
        {QStringLiteral("Organisation"), card.info.organisation},
        {QStringLiteral("Period"), card.info.period},
        {QStringLiteral("Framework"), card.frameworkId + u' ' + card.frameworkVersion},
        {QStringLiteral("Status"), card.info.status},
    };
    lxw_row_t row = 0;
    for (const auto &[label, value] : facts) {
        s.text(row, 0, label, f.bold);
        s.text(row++, 1, value);
    }
    s.text(row, 0, QStringLiteral("Default target"), f.bold);
    s.number(row++, 1, std::optional<int>(card.info.defaultTarget));
    s.text(row, 0, QStringLiteral("Overall score"), f.bold);
    s.number(row++, 1, card.overall, f.oneDecimal);
    ++row;
    const QStringList titles{QStringLiteral("Measure"),  QStringLiteral("Title"),     QStringLiteral("Score"),
                             QStringLiteral("Target"),   QStringLiteral("Scored"),    QStringLiteral("N/A"),
                             QStringLiteral("Unscored"), QStringLiteral("Statements")};
    for (qsizetype c = 0; c < titles.size(); ++c)
        s.text(row, static_cast<lxw_col_t>(c), titles[c], f.heading);
    ++row;
    for (const MeasureResult &m : card.measures) {
        s.text(row, 0, m.id);
        s.text(row, 1, m.title);
        s.number(row, 2, m.score, f.oneDecimal);
        s.number(row, 3, m.target, f.oneDecimal);
        s.number(row, 4, std::optional<int>(m.scored));
        s.number(row, 5, std::optional<int>(m.notApplicable));
        s.number(row, 6, std::optional<int>(m.unscored()));
        s.number(row, 7, std::optional<int>(m.total));
        ++row;
    }
    s.width(0, 0, 16);
    s.width(1, 1, 36);
    s.width(2, 7, 11);
}

void writeStatements(lxw_workbook *book, const Formats &f, const Scorecard &card)
{
    Sheet s(book, "Statements", f);
    s.header(tables::indicatorHeader());
    lxw_row_t row = 1;
    for (const IndicatorResult &i : card.indicators) {
        s.text(row, 0, i.measureId);
        s.text(row, 1, card.measure(i.measureId)->title);
        s.text(row, 2, i.id);
        s.text(row, 3, i.text, f.wrap);
        s.number(row, 4, i.score);
        s.text(row, 5, i.notApplicable ? QStringLiteral("yes") : QStringLiteral("no"));
        s.number(row, 6, std::optional<int>(i.target));
        s.number(row, 7, std::optional<int>(i.weight));
        s.number(row, 8, i.gap);
        s.number(row, 9, i.priority);
        s.number(row, 10, i.rank);
        ++row;
    }
    s.width(1, 1, 28);
    s.width(3, 3, 70);
}

void writeGaps(lxw_workbook *book, const Formats &f, const Scorecard &card)
{
    Sheet s(book, "Gaps", f);
    s.header(tables::gapHeader());
    lxw_row_t row = 1;
    for (const qsizetype index : card.gapList()) {
        const IndicatorResult &i = card.indicators.at(index);
        s.number(row, 0, i.rank);
        s.text(row, 1, i.id);
        s.text(row, 2, card.measure(i.measureId)->title);
        s.number(row, 3, i.score);
        s.number(row, 4, std::optional<int>(i.target));
        s.number(row, 5, i.gap);
        s.number(row, 6, std::optional<int>(i.weight));
        s.number(row, 7, i.priority);
        s.text(row, 8, i.text, f.wrap);
        ++row;
    }
    s.width(2, 2, 28);
    s.width(8, 8, 70);
}

/// One sheet per kind of record (records::Table). Text is a string cell, and text a user typed
/// that begins like a formula (= + - @, tab, CR) gets the CSV export's apostrophe as well: the
/// cell is never a formula here, and editing it in a spreadsheet (or saving the sheet as CSV)
/// does not make it one.
void writeRecords(lxw_workbook *book, const Formats &f, const records::Table &table)
{
    const QByteArray name = table.sheet.toUtf8();
    Sheet s(book, name.constData(), f);
    s.header(table.header);
    lxw_row_t row = 1;
    for (const QStringList &cells : table.rows) {
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const QString &value = cells.at(c);
            bool isNumber = false;
            const double number = value.toDouble(&isNumber);
            if (table.numeric.value(c) && isNumber)
                s.number(row, col, std::optional<double>(number));
            else if (!value.isEmpty())
                s.text(row, col, CsvWriter::looksLikeFormula(value) ? u'\'' + value : value);
        }
        ++row;
    }
    s.width(0, static_cast<lxw_col_t>(table.header.size() - 1), 18);
}

} // namespace

namespace {

using SheetWriter = std::function<void(lxw_workbook *, const Formats &)>;

// Builds the workbook in `scratch` (libxlsxwriter writes a file by name and keeps its parts in
// temporary files); errno is kept for the message when the library fails.
Status build(const SheetWriter &sheets, const QString &workbookTitle, const QString &scratch, const QString &fileName)
{
    const SilencedStderr quiet;
    errno = 0;
    lxw_workbook *book = workbook_new(QFile::encodeName(scratch).constData());
    if (!book)
        return Error{ErrorKind::Io, fileName, 0, QStringLiteral("cannot build the workbook")};
    Formats f;
    f.heading = workbook_add_format(book);
    format_set_bold(f.heading);
    format_set_bottom(f.heading, LXW_BORDER_THIN);
    f.bold = workbook_add_format(book);
    format_set_bold(f.bold);
    f.oneDecimal = workbook_add_format(book);
    format_set_num_format(f.oneDecimal, "0.0");
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    lxw_doc_properties properties{};
    // libxlsxwriter's properties are non-const char* but only read.
    QByteArray title = xmlText(workbookTitle);
    QByteArray comments("Created by WGLL Workbench " WGLL_VERSION);
    properties.title = title.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);

    sheets(book, f);
    errno = 0;
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        const int reason = errno;
        return Error{ErrorKind::Io, fileName, 0,
                     u"cannot build the workbook: " + QString::fromUtf8(lxw_strerror(rc)) +
                         (reason != 0 ? QString(u" (" + QString::fromLocal8Bit(std::strerror(reason)) + u')') : QString())};
    }
    return {};
}

/// Builds the workbook in a private temporary folder, then writes it out through OutputFile.
Status writeWorkbook(const SheetWriter &sheets, const QString &title, const QString &fileName,
                     const QStringList &inputs)
{
    // Checked first, so a refused name costs nothing and the library never touches it.
    if (const std::optional<Error> problem = storage::OutputFile::problemWith(fileName, inputs))
        return *problem;
    const QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{ErrorKind::Io, fileName, 0,
                     u"cannot build the workbook: no temporary folder (" + scratch.errorString() + u')'};
    const QString built = scratch.filePath(QStringLiteral("workbook.xlsx"));
    if (const Status made = build(sheets, title, built, fileName); !made)
        return made;
    QFile in(built);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, fileName, 0, u"cannot build the workbook: " + in.errorString()};
    const QByteArray bytes = in.readAll();
    if (in.error() != QFile::NoError)
        return Error{ErrorKind::Io, fileName, 0, u"cannot build the workbook: " + in.errorString()};
    // The finished bytes go out like every other output: beside the name, then renamed.
    return storage::writeOutputFile(fileName, bytes, inputs);
}

} // namespace

Status write(const Scorecard &card, const Assessment &assessment, const QList<Change> &history, const QString &fileName,
             const QStringList &inputs)
{
    const auto sheets = [&](lxw_workbook *book, const Formats &f) {
        writeSummary(book, f, card);
        writeStatements(book, f, card);
        writeGaps(book, f, card);
        for (const QString &name : records::tableNames())
            writeRecords(book, f, *records::table(name, assessment, history));
    };
    return writeWorkbook(sheets, u"WGLL assessment: " + card.info.organisation + u' ' + card.info.period, fileName,
                         inputs);
}

Status writeTable(const records::Table &table, const QString &title, const QString &fileName,
                  const QStringList &inputs)
{
    return writeWorkbook([&](lxw_workbook *book, const Formats &f) { writeRecords(book, f, table); }, title, fileName,
                         inputs);
}

} // namespace wgll::xlsx
