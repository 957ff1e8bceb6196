// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark/pillaraliases.h"

namespace wgll::benchmark {

const QList<PillarAlias> &pillarAliases()
{
    // Each line: the key, the framework's measure title, then the other published names, with
    // where each comes from. Matching ignores case and spacing, so "Well Led" needs no line.
    static const QList<PillarAlias> table{
        {QStringLiteral("well-led"), QStringLiteral("Well led"), {QStringLiteral("Well led")},
         QStringLiteral("the DMA's \"Well Led\" differs only in case")},
        {QStringLiteral("smart-foundations"), QStringLiteral("Ensure smart foundations"),
         {QStringLiteral("Ensure smart foundations"), QStringLiteral("Ensuring Smart Foundations"),
          QStringLiteral("Smart foundations")},
         QStringLiteral("\"Ensure Smart Foundations\" on the DMA's provider and ICB sheets, \"Ensuring Smart "
                        "Foundations\" on its primary-care sheet, \"Smart foundations\" in the framework's "
                        "shorter form")},
        {QStringLiteral("safe-practice"), QStringLiteral("Safe practice"), {QStringLiteral("Safe practice")},
         QStringLiteral("the DMA's \"Safe Practice\" differs only in case")},
        {QStringLiteral("support-people"), QStringLiteral("Support people"),
         {QStringLiteral("Support people"), QStringLiteral("Support Workforce")},
         QStringLiteral("the DMA's provider and ICB sheets call it \"Support Workforce\", its primary-care "
                        "sheet \"Support People\"")},
        {QStringLiteral("empower-citizens"), QStringLiteral("Empower citizens"),
         {QStringLiteral("Empower citizens"), QStringLiteral("Empower People")},
         QStringLiteral("the DMA calls the citizens' measure \"Empower People\" on every sheet")},
        {QStringLiteral("improve-care"), QStringLiteral("Improve care"), {QStringLiteral("Improve care")},
         QStringLiteral("the DMA's \"Improve Care\" differs only in case")},
        {QStringLiteral("healthy-populations"), QStringLiteral("Healthy populations"),
         {QStringLiteral("Healthy populations")},
         QStringLiteral("the DMA's \"Healthy Populations\" differs only in case")},
    };
    return table;
}

QString pillarKey(const QString &name)
{
    const QString wanted = name.simplified().toCaseFolded();
    for (const PillarAlias &alias : pillarAliases()) {
        for (const QString &spelling : alias.names) {
            if (spelling.toCaseFolded() == wanted)
                return alias.key;
        }
    }
    return {};
}

} // namespace wgll::benchmark
