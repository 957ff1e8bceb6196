// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxexport.h"

#include "storage/durablefile.h"
#include "tableexport.h"

#include <QFile>

#include <xlsxwriter.h>

namespace wgll::xlsx {

namespace {

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
        worksheet_write_string(m_ws, row, col, value.toUtf8().constData(), format);
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

} // namespace

Status write(const Scorecard &card, const QString &fileName)
{
    const QString temp = storage::durable::temporaryNameFor(fileName);
    lxw_workbook *book = workbook_new(QFile::encodeName(temp).constData());
    if (!book)
        return Error{ErrorKind::CannotCreate, fileName, 0, QStringLiteral("cannot create the workbook")};
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
    QByteArray title =
        QString(u"WGLL assessment: " + card.info.organisation + u' ' + card.info.period).toUtf8();
    QByteArray comments("Created by WGLL Workbench " WGLL_VERSION);
    properties.title = title.data();
    properties.comments = comments.data();
    workbook_set_properties(book, &properties);

    writeSummary(book, f, card);
    writeStatements(book, f, card);
    writeGaps(book, f, card);
    const lxw_error rc = workbook_close(book);
    if (rc != LXW_NO_ERROR) {
        QFile::remove(temp);
        return Error{ErrorKind::Io, fileName, 0,
                     u"cannot write the workbook: " + QString::fromUtf8(lxw_strerror(rc))};
    }
    if (const Status synced = storage::durable::syncFile(temp); !synced) {
        QFile::remove(temp);
        return synced;
    }
    if (const Status replaced = storage::durable::replace(temp, fileName); !replaced) {
        QFile::remove(temp);
        return replaced;
    }
    return {};
}

} // namespace wgll::xlsx
