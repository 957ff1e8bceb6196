// SPDX-License-Identifier: GPL-3.0-or-later
// View → Compare with National Benchmark: NHS England's DMA figures beside the assessment on the
// overview and in the exported report (docs/user-guide.md, "How do we compare?"), and Import DMA
// Results…, which reads the published workbook as `wgll benchmark import` does.
#include "benchmark/benchmarkmenu.h"
#include "benchmark/dmaworkbook.h"
#include "mainwindow.h"
#include "overviewpanel.h"
#include "report/benchmarksection.h"
#include "session/assessmentsession.h"
#include "storage/document.h"
#include "workbenchsettings.h"

#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QStatusBar>

namespace wgll {

namespace {

/// The wait cursor while a workbook is read, back however the reading ends.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

/// The key the open file's choice is remembered by: its absolute path.
QString fileKey(const AssessmentSession &session)
{
    return QFileInfo(session.document().fileName()).absoluteFilePath();
}

void remember(const AssessmentSession &session, const QString &name)
{
    QVariantMap chosen = settings::benchmarkByFile.value();
    if (name.isEmpty())
        chosen.remove(fileKey(session));
    else
        chosen.insert(fileKey(session), name);
    settings::benchmarkByFile.set(chosen);
}

} // namespace

BenchmarkMenu *MainWindow::benchmarkMenu()
{
    if (!m_benchmarkMenu) {
        m_benchmarkMenu = new BenchmarkMenu(this);
        connect(m_benchmarkMenu, &BenchmarkMenu::chosen, this, &MainWindow::showBenchmark);
        connect(m_benchmarkMenu, &BenchmarkMenu::importRequested, this, [this] {
            const QString name =
                chooseFileToOpen(tr("Choose NHS England's DMA data file"), tr("Excel workbooks (*.xlsx)"));
            if (!name.isEmpty())
                importBenchmark(name);
        });
        listBenchmarks();
    }
    return m_benchmarkMenu;
}

void MainWindow::listBenchmarks()
{
    // A damaged benchmark file is said when a set is chosen; the menu lists what it can read.
    const Result<QList<benchmark::BenchmarkImport>> imports = benchmark::loadAll(benchmark::benchmarkFolder());
    m_benchmarkMenu->setSets(imports ? *imports : QList<benchmark::BenchmarkImport>{},
                             m_benchmark ? m_benchmark->set.name : QString());
}

bool MainWindow::showBenchmark(const QString &name)
{
    if (!m_session)
        return false;
    if (name.isEmpty()) {
        useBenchmark(std::nullopt, name);
        return true;
    }
    Result<benchmark::FoundSet> found = benchmark::findSet(name, benchmark::benchmarkFolder());
    if (!found) {
        report(found.error());
        benchmarkMenu()->tick(m_benchmark ? m_benchmark->set.name : QString()); // back where it was
        return false;
    }
    useBenchmark(std::move(*found), name);
    return true;
}

void MainWindow::useBenchmark(std::optional<benchmark::FoundSet> found, const QString &name)
{
    m_benchmark = std::move(found);
    m_overview->setBenchmark(m_benchmark ? std::optional(report::benchmarkColumn(
                                                m_session->scorecard(), m_benchmark->import, m_benchmark->set))
                                          : std::nullopt);
    remember(*m_session, name);
    benchmarkMenu()->tick(m_benchmark ? m_benchmark->set.name : QString());
    if (m_benchmark)
        statusBar()->showMessage(tr("Comparing with %1 (%2)").arg(m_benchmark->set.title,
                                                                  benchmark::sourceLine(m_benchmark->import)),
                                 5000);
}

bool MainWindow::importBenchmark(const QString &fileName)
{
    benchmark::BenchmarkImport import;
    {
        const WaitCursor wait;
        Result<benchmark::DmaWorkbook> workbook = benchmark::readDmaWorkbook(fileName);
        if (!workbook) {
            report(workbook.error());
            return false;
        }
        import = benchmark::buildSets(*workbook, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        // Only now, with every sheet read and checked, is anything written.
        if (const Status saved = benchmark::save(import, benchmark::benchmarkFolder()); !saved) {
            report(saved.error());
            return false;
        }
    }
    if (m_benchmarkMenu)
        listBenchmarks();
    statusBar()->showMessage(tr("Imported %1 benchmark sets from %2: %3")
                                 .arg(import.sets.size())
                                 .arg(QFileInfo(fileName).fileName(), benchmark::attribution(import.source)));
    return true;
}

void MainWindow::restoreBenchmark()
{
    m_benchmark.reset();
    const QString name = settings::benchmarkByFile.value().value(fileKey(*m_session)).toString();
    if (name.isEmpty())
        return;
    // A set removed since (its import replaced) is quietly forgotten, not an error at every open.
    if (Result<benchmark::FoundSet> found = benchmark::findSet(name, benchmark::benchmarkFolder()))
        useBenchmark(std::move(*found), name);
}

} // namespace wgll
