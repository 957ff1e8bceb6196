// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencelisting.h"

#include "export/csvwriter.h"
#include "textlayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace wgll::cli::evidencelisting {

namespace {

constexpr qsizetype ShortDigest = 8;
constexpr qsizetype MaxStatementsWidth = 16;

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
    const QString all = ids.join(QStringLiteral(", "));
    if (all.size() <= width)
        return all;
    for (qsizetype shown = ids.size() - 1; shown > 0; --shown) {
        const QString cell = ids.mid(0, shown).join(QStringLiteral(", ")) + QStringLiteral(" (+%1)").arg(ids.size() - shown);
        if (cell.size() <= width)
            return cell;
    }
    return QStringLiteral("(%1)").arg(ids.size());
}

} // namespace

QString text(const QList<Evidence> &items, qsizetype width)
{
    // The statements and the title wrap inside their columns (the table escapes every cell);
    // ids, sizes, dates and the short hash are never cut.
    TextTable table({QStringLiteral("ID"), QStringLiteral("KIND"), QStringLiteral("STATEMENTS"), QStringLiteral("SIZE"),
                     QStringLiteral("TITLE"), QStringLiteral("ADDED"), QStringLiteral("SHA-256")},
                    {true, false, false, true, false, false, false}, {false, false, true, false, true, false, false});
    for (const Evidence &e : items) {
        table.addRow({QString::number(e.id), Evidence::kindName(e.kind), statementsCell(e.indicators, MaxStatementsWidth),
                      isFile(e) ? QString::number(e.size) : QString(), e.title,
                      e.added.isValid() ? e.added.toUTC().date().toString(Qt::ISODate) : QString(),
                      isFile(e) ? e.sha256.left(ShortDigest) : QString()});
    }
    return table.toString(width);
}

QByteArray json(const QList<Evidence> &items)
{
    QJsonArray list;
    for (const Evidence &e : items) {
        QJsonObject o;
        o.insert(QStringLiteral("id"), e.id);
        o.insert(QStringLiteral("kind"), Evidence::kindName(e.kind));
        o.insert(QStringLiteral("title"), e.title);
        o.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(e.indicators));
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
