// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmarkmenu.h"

#include <QActionGroup>
#include <QHash>
#include <QSet>

namespace wgll {

namespace {

/// The importer's kinds in the order the menu lists their groups (benchmarkset.cpp).
const QList<std::pair<QString, const char *>> &groups()
{
    static const QList<std::pair<QString, const char *>> list{
        {QStringLiteral("england"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "&England")},
        {QStringLiteral("care-setting"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "&Care settings")},
        {QStringLiteral("region"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "&Regions")},
        {QStringLiteral("ics-providers"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "IC&Ss (their providers)")},
        {QStringLiteral("icb"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "ICBs (&own scores)")},
        {QStringLiteral("provider"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "&Providers")},
        {QStringLiteral("provider-setting"), QT_TRANSLATE_NOOP("wgll::BenchmarkMenu", "&Providers")},
    };
    return list;
}

} // namespace

BenchmarkMenu::BenchmarkMenu(QWidget *parent) : QMenu(tr("Compare with National Ben&chmark"), parent)
{
    setObjectName(QStringLiteral("benchmarkMenu"));
}

QString BenchmarkMenu::groupTitle(const QString &kind)
{
    for (const auto &[k, title] : groups()) {
        if (k == kind)
            return tr(title);
    }
    return {};
}

void BenchmarkMenu::setSets(const QList<benchmark::BenchmarkImport> &imports, const QString &current)
{
    clear();
    qDeleteAll(m_groups);
    m_groups.clear();
    delete m_choices;
    m_choices = new QActionGroup(this);
    QAction *none = addAction(tr("&None"));
    none->setObjectName(QStringLiteral("benchmark:"));
    none->setCheckable(true);
    none->setChecked(current.isEmpty());
    m_choices->addAction(none);
    connect(none, &QAction::triggered, this, [this] { Q_EMIT chosen({}); });
    addSeparator();
    QHash<QString, QMenu *> submenus;
    QSet<QString> named; // a name the newest import already lists
    for (const benchmark::BenchmarkImport &import : imports) {
        for (const benchmark::BenchmarkSet &set : import.sets) {
            const QString group = groupTitle(set.kind);
            const bool newest = !named.contains(set.name);
            const QString name = newest ? set.name : set.name + u'@' + QString::number(import.year);
            named.insert(set.name);
            QMenu *&menu = submenus[group.isEmpty() ? tr("Other") : group];
            if (!menu) {
                menu = addMenu(group.isEmpty() ? tr("Other") : group);
                m_groups.append(menu);
            }
            // "&" in a trust's name is text, not a mnemonic.
            QAction *a = menu->addAction(QString(set.title).replace(u'&', QStringLiteral("&&")) +
                                         QStringLiteral(" (DMA %1)").arg(import.year));
            a->setObjectName(u"benchmark:" + name);
            a->setData(name);
            a->setCheckable(true);
            a->setChecked(name == current);
            m_choices->addAction(a);
            connect(a, &QAction::triggered, this, [this, name] { Q_EMIT chosen(name); });
        }
    }
    if (imports.isEmpty())
        addAction(tr("No benchmark imported yet"))->setEnabled(false);
    addSeparator();
    QAction *import = addAction(tr("&Import DMA Results…"), this, [this] { Q_EMIT importRequested(); });
    import->setObjectName(QStringLiteral("importDmaResults"));
}

QAction *BenchmarkMenu::entry(const QString &name) const
{
    return findChild<QAction *>(u"benchmark:" + name);
}

void BenchmarkMenu::tick(const QString &name) const
{
    if (QAction *shown = entry(name))
        shown->setChecked(true);
}

} // namespace wgll
