// SPDX-License-Identifier: GPL-3.0-or-later
#include "frameworkwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wgll {

QJsonObject FrameworkWriter::toJson(const Framework &f)
{
    QJsonObject root;
    root.insert(QStringLiteral("id"), f.id);
    root.insert(QStringLiteral("version"), f.version);
    root.insert(QStringLiteral("title"), f.title);
    root.insert(QStringLiteral("variant"), f.variant);
    root.insert(QStringLiteral("publisher"), f.publisher);
    root.insert(QStringLiteral("licence"), f.licence);
    if (!f.attribution.isEmpty())
        root.insert(QStringLiteral("attribution"), f.attribution);
    root.insert(QStringLiteral("source"), f.source);
    if (!f.supersedes.isEmpty())
        root.insert(QStringLiteral("supersedes"), f.supersedes);
    if (!f.changes.isEmpty())
        root.insert(QStringLiteral("changes"), QJsonArray::fromStringList(f.changes));
    if (!f.lead.isEmpty())
        root.insert(QStringLiteral("lead"), f.lead);

    QJsonArray levels;
    for (const ScaleLevel &l : f.scale.levels) {
        levels.append(QJsonObject{{QStringLiteral("value"), l.value},
                                  {QStringLiteral("label"), l.label},
                                  {QStringLiteral("description"), l.description}});
    }
    root.insert(QStringLiteral("scale"), QJsonObject{{QStringLiteral("min"), f.scale.min},
                                                     {QStringLiteral("max"), f.scale.max},
                                                     {QStringLiteral("levels"), levels}});
    QJsonArray measures;
    for (const Measure &m : f.measures) {
        QJsonArray indicators;
        for (const Indicator &i : m.indicators) {
            QJsonObject io{{QStringLiteral("id"), i.id}, {QStringLiteral("text"), i.text}};
            if (!i.guidance.isEmpty())
                io.insert(QStringLiteral("guidance"), i.guidance);
            indicators.append(io);
        }
        measures.append(QJsonObject{{QStringLiteral("id"), m.id},
                                    {QStringLiteral("title"), m.title},
                                    {QStringLiteral("summary"), m.summary},
                                    {QStringLiteral("indicators"), indicators}});
    }
    root.insert(QStringLiteral("measures"), measures);
    return root;
}

QByteArray FrameworkWriter::toBytes(const Framework &framework, bool indented)
{
    return QJsonDocument(toJson(framework)).toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact);
}

} // namespace wgll
