// SPDX-License-Identifier: GPL-3.0-or-later
// Starting a new assessment from last year's: what carries over. (Which statements have been
// re-assessed since is read back by assessmentrows.cpp.)
#include "document.h"

#include "assessment/actionrules.h"
#include "sqlite/database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wgll::storage {

Status Document::carryOverFrom(const Assessment &baseline)
{
    if (baseline.framework.id != m_framework.id)
        return fail(ErrorKind::BadData, u"the baseline is an assessment of " + baseline.framework.id +
                                            u", not " + m_framework.id);
    const QString what = QStringLiteral("cannot carry over the baseline");
    return edit(what, [&](bool &) -> Status {
        sqlite::Statement answer =
            m_db->prepare("UPDATE answer SET target = ?2, weight = ?3 WHERE indicator = ?1");
        for (const Answer &a : baseline.answers) {
            if (!m_framework.indicator(a.indicator))
                continue; // a statement the new revision no longer has
            answer.reset();
            if (!answer.bind(1, a.indicator).bind(2, a.target).bind(3, a.weight).exec())
                return sqlFail(what);
        }
        sqlite::Statement action = m_db->prepare(
            "INSERT INTO action(indicator, text, owner, due, status) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const Action &a : baseline.actions) {
            if (!m_framework.indicator(a.indicator) || actionrules::problemWith(a, m_framework))
                continue;
            action.reset();
            action.bind(1, a.indicator).bind(2, a.text).bind(3, a.owner);
            action.bind(4, a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()).bind(5, a.status);
            if (!action.exec())
                return sqlFail(what);
        }
        const QJsonObject record{
            {QStringLiteral("organisation"), baseline.info.organisation},
            {QStringLiteral("period"), baseline.info.period},
            {QStringLiteral("frameworkVersion"), baseline.framework.version},
            {QStringLiteral("created"), baseline.info.created.toString(Qt::ISODateWithMs)}};
        sqlite::Statement meta =
            m_db->prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('baseline', ?1)");
        if (!meta.bind(1, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))).exec())
            return sqlFail(what);
        return {};
    });
}

Result<std::unique_ptr<Document>> Document::createFromBaseline(const QString &fileName, const Framework &framework,
                                                       const AssessmentInfo &info, const Assessment &baseline, QString workRoot)
{
    Result<std::unique_ptr<Document>> created = create(fileName, framework, info, std::move(workRoot));
    if (!created)
        return created.error();
    std::unique_ptr<Document> doc = *std::move(created);
    Status carried = doc->carryOverFrom(baseline);
    if (carried)
        carried = doc->save();
    if (!carried) {
        doc->close();
        QFile::remove(doc->m_fileName); // the new file goes rather than start half carried over
        return carried.error();
    }
    return doc;
}

} // namespace wgll::storage
