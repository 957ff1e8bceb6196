// SPDX-License-Identifier: GPL-3.0-or-later
#include "coverkeys.h"

#include <QDate>

namespace wgll::cli::coverkeys {

namespace {

struct Field
{
    const char16_t *key;
    const char16_t *json;
    QString CoverSheet::*text; ///< null for the date
    bool multiLine;
};

const QList<Field> &fields()
{
    static const QList<Field> list{
        {u"meeting", u"meeting", &CoverSheet::meeting, false},
        {u"meeting-date", u"meetingDate", nullptr, false},
        {u"agenda-item", u"agendaItem", &CoverSheet::agendaItem, false},
        {u"report-title", u"reportTitle", &CoverSheet::reportTitle, false},
        {u"purpose", u"purpose", &CoverSheet::purpose, false},
        {u"recommendation", u"recommendation", &CoverSheet::recommendation, true},
        {u"assurance", u"assurance", &CoverSheet::assurance, false},
        {u"assurance-rationale", u"assuranceRationale", &CoverSheet::assuranceRationale, true},
        {u"risks", u"risks", &CoverSheet::risks, true},
        {u"author", u"author", &CoverSheet::author, false},
        {u"executive-lead", u"executiveLead", &CoverSheet::executiveLead, false},
        {u"previously-considered", u"previouslyConsidered", &CoverSheet::previouslyConsidered, false},
        {u"executive-summary", u"executiveSummary", &CoverSheet::executiveSummary, true},
    };
    return list;
}

const Field *find(const QString &key)
{
    for (const Field &f : fields()) {
        if (key == QStringView(f.key))
            return &f;
    }
    return nullptr;
}

// A value from a list, matched whatever its case, stored as the list spells it.
std::optional<QString> fromList(const QString &text, const QStringList &list)
{
    for (const QString &item : list) {
        if (item.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return item;
    }
    return std::nullopt;
}

} // namespace

QStringList names()
{
    QStringList list;
    for (const Field &f : fields())
        list.append(QString::fromUtf16(f.key));
    return list;
}

QString value(const CoverSheet &cover, const QString &key)
{
    const Field *f = find(key);
    if (!f)
        return {};
    if (!f->text)
        return cover.meetingDate.isValid() ? cover.meetingDate.toString(Qt::ISODate) : QString();
    return cover.*(f->text);
}

bool isMultiLine(const QString &key)
{
    const Field *f = find(key);
    return f && f->multiLine;
}

std::optional<QString> set(CoverSheet &cover, const QString &key, const QString &text)
{
    const Field *f = find(key);
    if (!f)
        return u"unknown cover sheet key '" + key + u"' (keys: " + names().join(u", ") + u')';
    if (!f->text) {
        if (text.isEmpty()) {
            cover.meetingDate = {};
            return std::nullopt;
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        // fromString accepts more than YYYY-MM-DD (e.g. a time after it); insist on the exact form.
        if (!date.isValid() || date.toString(Qt::ISODate) != text)
            return u"meeting-date must be a date as YYYY-MM-DD, not '" + text + u'\'';
        cover.meetingDate = date;
        return std::nullopt;
    }
    QString stored = text;
    if (!text.isEmpty() && (key == u"purpose" || key == u"assurance")) {
        const QStringList &list = key == u"purpose" ? CoverSheet::purposes() : CoverSheet::assuranceLevels();
        const std::optional<QString> item = fromList(text, list);
        if (!item)
            return key + u" must be one of " + list.join(u", ") + u", not '" + text + u'\'';
        stored = *item;
    }
    cover.*(f->text) = stored;
    return std::nullopt;
}

QJsonObject toJson(const CoverSheet &cover)
{
    QJsonObject o;
    for (const Field &f : fields()) {
        const QString json = QString::fromUtf16(f.json);
        if (!f.text)
            o.insert(json, cover.meetingDate.isValid() ? QJsonValue(cover.meetingDate.toString(Qt::ISODate))
                                                       : QJsonValue(QJsonValue::Null));
        else
            o.insert(json, cover.*(f.text));
    }
    return o;
}

} // namespace wgll::cli::coverkeys
