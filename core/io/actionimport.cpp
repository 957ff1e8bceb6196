// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionimport.h"
#include "assessment/statuses.h"

#include "assessment/actionrules.h"

namespace wgll::csvimport {

const QStringList &actionsHeader()
{
    static const QStringList header{QStringLiteral("statement"), QStringLiteral("text"), QStringLiteral("owner"),
                                    QStringLiteral("due"), QStringLiteral("status")};
    return header;
}

std::optional<QList<Action>> actions(const QList<CsvReader::Record> &records, const Framework &framework,
                                     const QString &csvName, Error &error)
{
    const QStringList &header = actionsHeader();
    auto bad = [&](int line, const QString &message) {
        error = Error{ErrorKind::BadData, csvName, line, message};
        return std::nullopt;
    };
    if (records.size() == 1)
        return bad(records.first().line, QStringLiteral("no actions after the header"));
    QList<Action> list;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &rec = records.at(r);
        if (rec.fields.size() != header.size())
            return bad(rec.line, QStringLiteral("has %1 fields; expected %2").arg(rec.fields.size()).arg(header.size()));
        Action a;
        a.indicator = rec.fields.at(0).trimmed();
        a.text = rec.fields.at(1);
        a.owner = rec.fields.at(2);
        const QString due = rec.fields.at(3).trimmed();
        const std::optional<QDate> date = actionrules::dueDate(due);
        if (!date)
            return bad(rec.line, u"due date \"" + due + u"\" is not YYYY-MM-DD");
        a.due = *date;
        const QString status = rec.fields.at(4).trimmed();
        a.status = status.isEmpty() ? storedName(ActionStatus::Open) : status;
        if (const auto problem = actionrules::problemWith(a, framework))
            return bad(rec.line, *problem);
        list.append(a);
    }
    return list;
}

} // namespace wgll::csvimport
