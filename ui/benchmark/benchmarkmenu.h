// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchmark/benchmarkset.h"

#include <QMenu>

class QActionGroup;

namespace wgll {

/// View → Compare with National Benchmark: None, the imported DMA sets by name grouped as the
/// importer makes them (England, care settings, regions, ICSs, ICBs, providers), and Import DMA
/// Results…. It only offers; the main window applies the choice (mainwindowbenchmark.cpp).
class BenchmarkMenu : public QMenu
{
    Q_OBJECT
public:
    explicit BenchmarkMenu(QWidget *parent = nullptr);

    /// Lists `imports` (newest year first, as benchmark::loadAll gives them) and ticks `current`
    /// (a set's name, or "" for None). A set of an older year than the newest that has its name
    /// is offered as NAME@YEAR, as `wgll benchmark show` names it.
    void setSets(const QList<benchmark::BenchmarkImport> &imports, const QString &current);
    /// The menu entry of the set named `name`, or null.
    QAction *entry(const QString &name) const;
    /// Ticks the entry of `name` ("" for None) without reading the store again.
    void tick(const QString &name) const;

    /// The group a set of `kind` is listed under ("Regions"); "" for a kind it does not know.
    static QString groupTitle(const QString &kind);

Q_SIGNALS:
    /// A set was chosen by name, or None ("").
    void chosen(const QString &name);
    void importRequested();

private:
    QActionGroup *m_choices = nullptr;
    QList<QMenu *> m_groups; ///< the submenus, deleted with their entries when listed afresh
};

} // namespace wgll
