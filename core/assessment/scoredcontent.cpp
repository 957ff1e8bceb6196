// SPDX-License-Identifier: GPL-3.0-or-later
#include "scoredcontent.h"

#include "assessment/assessment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace wgll {

namespace {

// Absent optional values are JSON null, so "unscored" and "scored 0" can never hash alike.
QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString isoDate(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QJsonArray answersOf(const Assessment &a)
{
    QJsonArray out;
    for (const Answer &answer : a.answers) {
        out.append(QJsonObject{{QStringLiteral("indicator"), answer.indicator},
                               {QStringLiteral("score"), optionalInt(answer.score)},
                               {QStringLiteral("notApplicable"), answer.notApplicable},
                               {QStringLiteral("naReason"), answer.naReason},
                               {QStringLiteral("target"), optionalInt(answer.target)},
                               {QStringLiteral("weight"), answer.weight},
                               {QStringLiteral("confidence"), optionalInt(answer.confidence)},
                               {QStringLiteral("notes"), answer.notes}});
    }
    return out;
}

QJsonArray actionsOf(const Assessment &a)
{
    QJsonArray out;
    for (const Action &action : a.actions) {
        out.append(QJsonObject{{QStringLiteral("indicator"), action.indicator},
                               {QStringLiteral("text"), action.text},
                               {QStringLiteral("owner"), action.owner},
                               {QStringLiteral("due"), isoDate(action.due)},
                               {QStringLiteral("status"), action.status}});
    }
    return out;
}

// Evidence by what it is, not by its row id or when it was added: the board paper cites it, and
// the same item re-added must hash the same.
QJsonArray evidenceOf(const Assessment &a)
{
    QJsonArray out;
    for (const Evidence &e : a.evidence) {
        out.append(QJsonObject{{QStringLiteral("kind"), Evidence::kindName(e.kind)},
                               {QStringLiteral("title"), e.title},
                               {QStringLiteral("fileName"), e.fileName},
                               {QStringLiteral("sha256"), e.sha256},
                               {QStringLiteral("url"), e.url},
                               {QStringLiteral("note"), e.note},
                               {QStringLiteral("reviewBy"), isoDate(e.reviewBy)},
                               {QStringLiteral("indicators"), QJsonArray::fromStringList(e.indicators)}});
    }
    return out;
}

QJsonObject coverOf(const CoverSheet &c)
{
    QJsonObject o;
    for (const auto &[key, value] : c.fields())
        o.insert(key, value);
    return o;
}

} // namespace

QByteArray scoredContent(const Assessment &a)
{
    // QJsonObject keeps its keys sorted, and compact output has no whitespace to vary.
    const QJsonObject content{{QStringLiteral("format"), QStringLiteral("wgll-scored-content-1")},
                              {QStringLiteral("organisation"), a.info.organisation},
                              {QStringLiteral("period"), a.info.period},
                              {QStringLiteral("defaultTarget"), a.info.defaultTarget},
                              {QStringLiteral("framework"), a.framework.key()},
                              {QStringLiteral("revision"), a.revision()},
                              {QStringLiteral("answers"), answersOf(a)},
                              {QStringLiteral("actions"), actionsOf(a)},
                              {QStringLiteral("evidence"), evidenceOf(a)},
                              {QStringLiteral("cover"), coverOf(a.cover)}};
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

QString scoredContentSha256(const Assessment &a)
{
    return QString::fromLatin1(QCryptographicHash::hash(scoredContent(a), QCryptographicHash::Sha256).toHex());
}

} // namespace wgll
