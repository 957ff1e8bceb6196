// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencelisting.h"

#include "console.h"
#include "export/csvwriter.h"
#include "textlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wgll::cli::evidencelisting {

namespace {

constexpr qsizetype ShortDigest = 8;
constexpr qsizetype MaxStatementsWidth = 16;
/// A title is never squeezed below this, whatever the other columns take.
constexpr qsizetype MinTitleWidth = 12;
constexpr qsizetype ColumnGap = 2;

bool isFile(const Evidence &e)
{
    return e.kind == Evidence::Kind::File;
}

QString addedTime(const Evidence &e)
{
    return e.added.isValid() ? e.added.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// As many whole ids as fit in `width`, then how many more there are: an id is never cut, so
// "3.1" cannot be read as "3.10" shortened.
QString statementsCell(const QStringList &ids, qsizetype width)
{
    const QString all = ids.join(u',');
    if (all.size() <= width)
        return all;
    for (qsizetype shown = ids.size() - 1; shown > 0; --shown) {
        const QString cell = ids.mid(0, shown).join(u',') + QStringLiteral(" (+%1)").arg(ids.size() - shown);
        if (cell.size() <= width)
            return cell;
    }
    return QStringLiteral("(%1)").arg(ids.size());
}

QString cut(const QString &text, qsizetype width)
{
    if (text.size() <= width)
        return text;
    qsizetype keep = width - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + u'…';
}

} // namespace

QString text(const QList<Evidence> &items, qsizetype width)
{
    const QStringList headers{QStringLiteral("ID"),    QStringLiteral("KIND"),  QStringLiteral("STATEMENTS"),
                              QStringLiteral("SIZE"),  QStringLiteral("TITLE"), QStringLiteral("ADDED"),
                              QStringLiteral("SHA-256")};
    QList<QStringList> rows;
    for (const Evidence &e : items) {
        // Escaped here, before the widths are measured: an escape is wider than what it stands for.
        rows.append({QString::number(e.id), Evidence::kindName(e.kind),
                     Console::safe(statementsCell(e.indicators, MaxStatementsWidth)),
                     isFile(e) ? QString::number(e.size) : QString(), Console::safe(e.title),
                     e.added.isValid() ? e.added.toUTC().date().toString(Qt::ISODate) : QString(),
                     isFile(e) ? e.sha256.left(ShortDigest) : QString()});
    }
    // Every column but the title as wide as its widest cell; the title takes what is left.
    constexpr qsizetype Title = 4;
    qsizetype others = ColumnGap * (headers.size() - 1);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        if (c == Title)
            continue;
        qsizetype w = headers.at(c).size();
        for (const QStringList &r : rows)
            w = std::max(w, r.at(c).size());
        others += w;
    }
    const qsizetype titleWidth = std::max(MinTitleWidth, width - others);
    TextTable table(headers, {true, false, false, true, false, false, false});
    for (QStringList &r : rows) {
        r[Title] = cut(r.at(Title), titleWidth);
        table.addRow(r);
    }
    return table.toString();
}

QByteArray json(const QList<Evidence> &items)
{
    QJsonArray list;
    for (const Evidence &e : items) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("kind"), Evidence::kindName(e.kind));
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("statements"), QJsonArray::fromStringList(e.indicators));
        o.insert(QStringLiteral("size"), isFile(e) ? QJsonValue(e.size) : QJsonValue());
        o.insert(QStringLiteral("sha256"), isFile(e) ? QJsonValue(e.sha256) : QJsonValue());
        o.insert(QStringLiteral("added"), e.added.isValid() ? QJsonValue(addedTime(e)) : QJsonValue());
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("evidence"), list}}).toJson(QJsonDocument::Indented);
}

QByteArray csv(const QList<Evidence> &items)
{
    CsvWriter w;
    w.row({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("statements"),
           QStringLiteral("size"), QStringLiteral("sha256"), QStringLiteral("added")});
    for (const Evidence &e : items) {
        w.row({QString::number(e.id), Evidence::kindName(e.kind), e.title, e.indicators.join(u','),
               isFile(e) ? QString::number(e.size) : QString(), isFile(e) ? e.sha256 : QString(), addedTime(e)});
    }
    return w.bytes();
}

} // namespace wgll::cli::evidencelisting
