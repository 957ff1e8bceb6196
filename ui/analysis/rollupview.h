// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/radarchart.h"
#include "framework/scale.h"
#include "scoring/rollup.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace wgll {
class Prompter;
}

namespace wgll::analysis {

/// Analyse → Roll Up Organisations: an ICS's member organisations' assessments combined by the
/// method chosen (mean, median, minimum; named wherever a figure is), as a radar of the
/// combined figure with a band from the lowest to the highest organisation, a table of each
/// organisation's measure scores (or, on demand, statement scores) with the combined row, and
/// the statements left out because their wording differs between revisions.
class RollupView : public QWidget
{
    Q_OBJECT
public:
    explicit RollupView(Prompter &prompter, QWidget *parent = nullptr);

    void setRollup(const Rollup &rollup, const Scale &scale);
    const Rollup &rollup() const { return m_rollup; }

    /// What the user chose: the method, the newest period of each organisation only, and a
    /// revision to migrate every file to (as `wgll rollup --method --latest --migrate-to`).
    RollupOptions options() const;
    QComboBox *methodBox() const { return m_method; }
    QCheckBox *latestBox() const { return m_latest; }
    /// "No migration", then each revision of the framework the program knows.
    QComboBox *migrateToBox() const { return m_migrateTo; }
    QLabel *methodLabel() const { return m_methodLabel; }
    /// Statement columns instead of measure columns.
    QCheckBox *statementsBox() const { return m_statements; }
    QTableWidget *table() const { return m_table; }
    QListWidget *notComparableList() const { return m_notComparable; }
    RadarChart *radar() const { return m_radar; }

    /// The radar as a PNG or SVG by the extension of `fileName`. Failures are told.
    bool exportChart(const QString &fileName);

Q_SIGNALS:
    /// The user chose another method or option: the files are to be rolled up again by options().
    void optionsChosen();

private:
    QWidget *buildControls();
    /// The migration choices: the known revisions of the framework rolled up.
    void listRevisions(const QString &frameworkId);
    QWidget *buildChart();
    void fillTable();
    void fillNotComparable();
    QByteArray draw(bool svg) const;

    Prompter &m_prompter;
    Rollup m_rollup;
    QComboBox *m_method = nullptr;
    QCheckBox *m_latest = nullptr;
    QComboBox *m_migrateTo = nullptr;
    QList<Framework> m_revisions; ///< m_migrateTo's revisions, after its "no migration"
    QLabel *m_methodLabel = nullptr;
    QCheckBox *m_statements = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_notComparable = nullptr;
    RadarChart *m_radar = nullptr;
};

} // namespace wgll::analysis
