// SPDX-License-Identifier: GPL-3.0-or-later
#include "analysisviews.h"

#include "compareview.h"
#include "rollupview.h"
#include "trendview.h"
#include "prompter.h"
#include "scoring/comparison.h"
#include "storage/assessmentfile.h"
#include "storage/rollupfiles.h"

#include <QFileInfo>
#include <QMainWindow>
#include <QStatusBar>
#include <QMenu>
#include <QMenuBar>

namespace wgll::analysis {

namespace {

QString wgllFiles()
{
    return QObject::tr("WGLL assessments (*.wgll)");
}

/// Where a file dialog starts: beside the open assessment, where its other periods usually are.
QString folderOf(const std::optional<OpenFile> &open)
{
    return open ? QFileInfo(open->file).absolutePath() : QString();
}

} // namespace

AnalysisViews::AnalysisViews(QWidget *window, Prompter &prompter, Current current)
    : QObject(window), m_window(window), m_prompter(prompter), m_current(std::move(current))
{
}

AnalysisViews::~AnalysisViews()
{
    closeViews();
}

void AnalysisViews::addMenu(QMenuBar *bar, QAction *before)
{
    m_menu = new QMenu(tr("&Analyse"), bar);
    m_menu->setObjectName(QStringLiteral("analyseMenu"));
    bar->insertMenu(before, m_menu);
    QAction *compare = m_menu->addAction(tr("&Compare with Another Assessment…"), this, [this] {
        const QString file = m_prompter.fileToOpen(tr("Compare with another assessment"), wgllFiles(),
                                                   folderOf(m_current()));
        if (!file.isEmpty())
            compareWith(file);
    });
    compare->setObjectName(QStringLiteral("compareWithAnother"));
    m_assessmentActions = {compare};
    addTrendAction();
    m_menu->addSeparator();
    addRollupAction();
}

void AnalysisViews::addTrendAction()
{
    QAction *trend = m_menu->addAction(tr("Show &Trend…"), this, [this] {
        const QStringList files = m_prompter.filesToOpen(
            tr("Other assessments of this organisation (two or more, earlier or later)"), wgllFiles(), folderOf(m_current()));
        if (!files.isEmpty())
            showTrend(files);
    });
    trend->setObjectName(QStringLiteral("showTrend"));
    m_assessmentActions.append(trend);
}

void AnalysisViews::addRollupAction()
{
    // Needs no open assessment: the members' files are the roll-up.
    QAction *rollup = m_menu->addAction(tr("&Roll Up Organisations…"), this, [this] {
        const QStringList files = m_prompter.filesToOpen(tr("The member organisations' assessments"), wgllFiles(),
                                                         folderOf(m_current()));
        if (!files.isEmpty())
            rollUp(files);
    });
    rollup->setObjectName(QStringLiteral("rollUpOrganisations"));
}

void AnalysisViews::tell(const QString &problem)
{
    // On the status bar too, as the window's own problems: --screenshot reads it from there.
    if (auto *window = qobject_cast<QMainWindow *>(m_window))
        window->statusBar()->showMessage(problem);
    m_prompter.tell(problem);
}

bool AnalysisViews::compareWith(const QString &otherFile)
{
    const std::optional<OpenFile> open = m_current();
    if (!open)
        return false;
    Error error;
    std::optional<Assessment> other = storage::readBaselineFile(otherFile, open->assessment.framework.id, error);
    if (!other) {
        tell(error.toString());
        return false;
    }
    QString problem;
    const std::optional<Comparison> c = Comparison::of(*other, open->assessment, problem);
    if (!c) {
        tell(otherFile + u": " + problem);
        return false;
    }
    if (!m_compare)
        m_compare = new CompareView(m_prompter, m_window);
    const Scale &scale = open->assessment.framework.scale;
    m_compare->setComparison(*c, otherFile, Scorecard::of(open->assessment), scale.min, scale.max);
    m_compared = std::move(other);
    m_compare->show();
    m_compare->raise();
    return true;
}

CompareView *AnalysisViews::compareView() const
{
    return m_compare;
}

TrendView *AnalysisViews::trendView() const
{
    return m_trend;
}

RollupView *AnalysisViews::rollupView() const
{
    return m_rollup;
}

const Assessment *AnalysisViews::comparedWith() const
{
    return m_compare && m_compare->isVisible() && m_compared ? &*m_compared : nullptr;
}

std::optional<QList<Assessment>> AnalysisViews::readEarlier(const QStringList &files, const QString &frameworkId)
{
    QList<Assessment> read;
    for (const QString &file : files) {
        Error error;
        std::optional<Assessment> a = storage::readBaselineFile(file, frameworkId, error);
        if (!a) {
            tell(error.toString());
            return std::nullopt;
        }
        read.append(std::move(*a));
    }
    return read;
}

bool AnalysisViews::showTrend(const QStringList &otherFiles)
{
    const std::optional<OpenFile> open = m_current();
    if (!open)
        return false;
    // Three or more assessments, as `wgll trend`: this one and two or more others.
    if (otherFiles.size() < 2) {
        tell(tr("A trend needs three or more assessments: this one and two or more others of %1 (%2 chosen).")
                 .arg(open->assessment.info.organisation)
                 .arg(otherFiles.size()));
        return false;
    }
    const std::optional<QList<Assessment>> read = readEarlier(otherFiles, open->assessment.framework.id);
    if (!read)
        return false;
    const TrendInput opened{open->file, Scorecard::of(open->assessment)};
    QList<TrendInput> all{opened};
    for (qsizetype i = 0; i < read->size(); ++i)
        all.append({otherFiles.at(i), Scorecard::of(read->at(i))});
    Error error;
    const std::optional<Trend> trend = Trend::of(all, error);
    if (!trend) {
        tell(error.toString());
        return false;
    }
    if (!m_trend)
        m_trend = new TrendView(m_prompter, m_window);
    m_trend->setTrend(*trend, open->assessment.framework.scale);
    reportTrendUpTo(*trend, opened, all, *read, otherFiles);
    m_trend->show();
    m_trend->raise();
    return true;
}

void AnalysisViews::reportTrendUpTo(const Trend &trend, const TrendInput &opened, const QList<TrendInput> &all,
                                    const QList<Assessment> &others, const QStringList &otherFiles)
{
    // The report is of the open assessment: its trend page ends there (periods after it are the
    // view's only), and its changes are since the newest earlier period, as `wgll report --baseline`.
    m_reportTrend.reset();
    m_trendBaseline.reset();
    QList<TrendInput> earlier;
    for (const TrendPoint &p : trend.points) {
        if (p.file == opened.file)
            break;
        for (const TrendInput &in : all) {
            if (in.file == p.file)
                earlier.append(in);
        }
    }
    if (earlier.isEmpty())
        return;
    m_trendBaseline = others.at(otherFiles.indexOf(earlier.constLast().file));
    if (earlier.size() < 2)
        return; // a report's trend page needs three periods up to its own
    Error error;
    // Each of `earlier` is before the open assessment in the trend's order: upTo() refuses none.
    m_reportTrend = Trend::upTo(opened, earlier, {tr("the open assessment's"), QString()}, error);
}

const Trend *AnalysisViews::shownTrend() const
{
    return m_trend && m_trend->isVisible() && m_reportTrend ? &*m_reportTrend : nullptr;
}

const Assessment *AnalysisViews::trendBaseline() const
{
    return m_trend && m_trend->isVisible() && m_trendBaseline ? &*m_trendBaseline : nullptr;
}

const Rollup *AnalysisViews::shownRollup() const
{
    return m_rollup && m_rollup->isVisible() ? &m_rollup->rollup() : nullptr;
}

bool AnalysisViews::rollUp(const QStringList &files, const RollupOptions &options)
{
    Error error;
    std::optional<Rollup> rollup = storage::rollUpFiles(files, error, options);
    if (!rollup && !options.latest) {
        // Refused, but fine with the newest period of each: several periods of one organisation.
        RollupOptions newest = options;
        newest.latest = true;
        Error ignored;
        if (storage::rollUpFiles(files, ignored, newest) &&
            m_prompter.ask(tr("Two or more periods of one organisation were chosen, and each organisation counts "
                              "once in a roll-up.\n\n%1\n\nRoll up the newest period of each, listing the older "
                              "files as left out?")
                               .arg(error.toString()),
                           QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes)
            return rollUp(files, newest);
    }
    if (!rollup) {
        tell(error.toString());
        return false;
    }
    // The scale of the framework rolled up, from its first file (read and checked already).
    std::optional<Assessment> first = storage::readAssessmentFile(files.constFirst(), error);
    const Scale scale = first ? first->framework.scale : Scale{};
    if (!m_rollup) {
        m_rollup = new RollupView(m_prompter, m_window);
        connect(m_rollup, &RollupView::optionsChosen, this, [this] { rollUp(m_rollupFiles, m_rollup->options()); });
    }
    m_rollupFiles = files;
    m_rollup->setRollup(*rollup, scale);
    m_rollup->show();
    m_rollup->raise();
    return true;
}

void AnalysisViews::closeViews()
{
    delete m_compare;
    m_compared.reset();
    delete m_trend;
    m_reportTrend.reset();
    m_trendBaseline.reset();
    // The roll-up is of the members' files, not of the open assessment: it stays.
}

} // namespace wgll::analysis
