// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's report and chart commands (File → Export Report, Print Preview, Print,
// Export Chart): the same renderers as `wgll report` and `wgll chart`.
#include "mainwindow.h"
#include "analysis/analysisviews.h"
#include "prompter.h"
#include "report/benchmarksection.h"
#include "report/reportprint.h"
#include "report/rollupsection.h"
#include "report/trendsection.h"
#include "report/reportwriter.h"
#include "report/wordtemplate.h"
#include "session/assessmentsession.h"
#include "settingsdialog.h"
#include "storage/document.h"
#include "storage/durablefile.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QMenuBar>
#include <QMenu>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSpinBox>
#include <QStatusBar>

namespace wgll {

void MainWindow::buildReportActions(QMenu *file)
{
    QAction *exportReportAction = file->addAction(tr("Export &Report…"), this, [this] {
        QString selected;
        const QString name = chooseFileToSave(
            tr("Export the board report"),
            QFileInfo(m_session->document().fileName()).completeBaseName() + tr(" board report.pdf"),
            tr("PDF (*.pdf);;OpenDocument text, editable (*.odt);;Accessible web page (*.html);;"
               "Word document, in the trust's template (*.docx)"),
            &selected);
        if (name.isEmpty())
            return;
        // A name typed without an extension takes the one of the chosen file type.
        const QString suffix = selected.contains(u"*.odt")    ? QStringLiteral(".odt")
                               : selected.contains(u"*.html") ? QStringLiteral(".html")
                               : selected.contains(u"*.docx") ? QStringLiteral(".docx")
                                                              : QStringLiteral(".pdf");
        exportReport(report::formatOf(name) ? name : name + suffix);
    });
    exportReportAction->setObjectName(QStringLiteral("exportReport"));
    exportReportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, [this] { printWithDialog(true); });
    preview->setObjectName(QStringLiteral("printPreview"));
    QAction *print = file->addAction(tr("&Print…"), this, [this] { printWithDialog(false); });
    print->setObjectName(QStringLiteral("print"));
    print->setShortcut(QKeySequence::Print);
    QAction *chart = file->addAction(tr("Export C&hart…"), this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Export a chart"));
        auto *form = new QFormLayout(&dialog);
        auto *kind = new QComboBox(&dialog);
        kind->addItems({tr("Radar"), tr("Bars: score and target by measure")});
        kind->setAccessibleName(tr("Chart"));
        auto *width = new QSpinBox(&dialog);
        width->setRange(200, 8000);
        width->setValue(1200);
        width->setSuffix(tr(" px"));
        width->setAccessibleName(tr("Width in pixels"));
        auto *height = new QSpinBox(&dialog);
        height->setRange(150, 8000);
        height->setValue(900);
        height->setSuffix(tr(" px"));
        height->setAccessibleName(tr("Height in pixels"));
        form->addRow(tr("&Chart"), kind);
        form->addRow(tr("&Width"), width);
        form->addRow(tr("&Height"), height);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        form->addRow(buttons);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString name = chooseFileToSave(tr("Export the chart"), tr("chart.png"),
                                              tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (!name.isEmpty())
            exportChart(name, kind->currentIndex() == 0, QSize(width->value(), height->value()));
    });
    m_reportActions = {exportReportAction, preview, print, chart};
}

void MainWindow::buildAnalysis()
{
    m_analysis = new analysis::AnalysisViews(this, *m_prompter, [this]() -> std::optional<analysis::OpenFile> {
        if (!m_session)
            return std::nullopt;
        return analysis::OpenFile{m_session->document().fileName(), m_session->assessment()};
    });
    m_analysis->addMenu(menuBar(), m_workshopMenu->menuAction());
    // Enabled and disabled with the report commands: they too need an open assessment.
    m_reportActions += m_analysis->assessmentActions();
}

std::optional<report::BoardReport> MainWindow::boardReport() const
{
    if (!m_session)
        return std::nullopt;
    const Preferences preferences = Preferences::load();
    report::Options options;
    options.logoFile = preferences.reportLogo;
    options.signOff = preferences.reportSignOff;
    // What the Analyse views show goes into the report as `wgll report --baseline` puts it: the
    // assessment compared with, else the trend's newest earlier period, else the baseline in view.
    const Assessment *since = m_analysis->comparedWith();
    if (!since)
        since = m_analysis->trendBaseline();
    // Draft or final comes from the assessment's own details (File → Assessment Details).
    report::BoardReport board = report::build(m_session->assessment(), since ? since : baseline(), options);
    if (const Trend *trend = m_analysis->shownTrend())
        report::addTrendSection(board, *trend, m_session->framework().scale);
    if (const Rollup *rollup = m_analysis->shownRollup())
        report::addRollupSection(board, *rollup);
    if (m_benchmark)
        report::addBenchmark(board, report::benchmarkColumn(m_session->scorecard(), m_benchmark->import,
                                                            m_benchmark->set));
    return board;
}

bool MainWindow::exportReport(const QString &fileName)
{
    std::optional<report::BoardReport> board = boardReport();
    if (!board)
        return false;
    // A Word report is written in the template chosen in Preferences, checked first: a template
    // that is no longer there or not a Word package is reported and nothing is written.
    std::optional<report::WordTemplate> wordTemplate;
    const QString templateFile = Preferences::load().reportWordTemplate;
    if (report::formatOf(fileName) == report::Format::Docx && !templateFile.isEmpty()) {
        Result<report::WordTemplate> read = report::readWordTemplate(templateFile);
        if (!read) {
            report(read.error());
            return false;
        }
        wordTemplate = std::move(read).value();
    }
    if (const Status written = report::write(*board, fileName, wordTemplate ? &*wordTemplate : nullptr); !written) {
        report(written.error());
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(fileName).fileName()), 5000);
    return true;
}

bool MainWindow::exportChart(const QString &fileName, bool radar, QSize size)
{
    std::optional<report::BoardReport> board = boardReport();
    if (!board)
        return false;
    const bool svg = QFileInfo(fileName).suffix().compare(u"svg", Qt::CaseInsensitive) == 0;
    const QByteArray bytes = report::chartFile(
        *board, radar ? report::Chart::Kind::Radar : report::Chart::Kind::MeasureBars, size, svg);
    if (const Status written = storage::durable::writeFile(fileName, bytes); !written) {
        report(written.error());
        return false;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(fileName).fileName()), 5000);
    return true;
}

bool MainWindow::printReport(QPrinter &printer)
{
    std::optional<report::BoardReport> board = boardReport();
    if (!board)
        return false;
    Error error;
    if (!report::print(*board, printer, error)) {
        report(error);
        return false;
    }
    return true;
}

void MainWindow::printWithDialog(bool preview)
{
    std::optional<report::BoardReport> board = boardReport();
    if (!board)
        return;
    // The pages of the exported PDF (the same engine lays them out), on A4.
    QPrinter printer(QPrinter::HighResolution);
    report::preparePrinter(printer, board->title);
    if (preview) {
        QPrintPreviewDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print preview: board report"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) { printReport(*p); });
        dialog.resize(900, 1000);
        dialog.exec();
        return;
    }
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printReport(printer);
}

} // namespace wgll
