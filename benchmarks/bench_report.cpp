// SPDX-License-Identifier: GPL-3.0-or-later
// The full PDF board report of a 49-statement assessment with evidence and a baseline
// (PRODUCT.md section 9: ≤ 300 ms): the bundled demo (2026/27 against 2025/26, with a workshop
// session's votes), built and
// rendered in process, then the whole `wgll report` program for comparison, and File → Print's
// painting of the same pages to a PDF-file printer.
//
//   wgll-bench-report FOLDER
#include "benchsupport.h"
#include "report/boardreport.h"
#include "report/reportprint.h"
#include "report/reportwriter.h"
#include "storage/assessmentfile.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>

using namespace wgll;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QString dir = QCoreApplication::applicationDirPath();
    const QString file = dir + u"/../demo/northshire-2026.wgll";
    const QString older = dir + u"/../demo/northshire-2025.wgll";
    const QString out = (app.arguments().size() > 1 ? app.arguments().at(1) : QDir::tempPath()) + u"/board.pdf";
    Error error;
    const std::optional<Assessment> now = storage::readAssessmentFile(file, error);
    const std::optional<Assessment> before = storage::readAssessmentFile(older, error);
    if (!now || !before)
        bench::die(error.toString());

    bench::header("PDF board report of the demo (49 statements, evidence, 35 workshop votes, baseline)");
    qsizetype size = 0;
    bench::report("report::build + render to PDF bytes (in process)", bench::measure(20, [&] {
                      const report::BoardReport r = report::build(*now, &*before);
                      const std::optional<QByteArray> pdf = report::render(r, report::Format::Pdf, error);
                      if (!pdf)
                          bench::die(error.toString());
                      size = pdf->size();
                  }),
                  300.0);
    bench::report("the same, written to disk (atomic write + fsync)", bench::measure(20, [&] {
                      if (const Status s = report::write(report::build(*now, &*before), out); !s)
                          bench::die(s.error().toString());
                  }),
                  300.0);
    bench::report("wgll report FILE --baseline OLDER -o OUT.pdf (whole process)", bench::measure(10, [&] {
                      QProcess p;
                      p.start(dir + u"/../app/wgll", {QStringLiteral("report"), file, QStringLiteral("--baseline"),
                                                      older, QStringLiteral("-o"), out});
                      if (!p.waitForFinished(30000) || p.exitCode() != 0)
                          bench::die(u"wgll report failed: " + QString::fromUtf8(p.readAllStandardError()));
                  }, 1));
    const QString printed = QFileInfo(out).dir().filePath(QStringLiteral("printed.pdf"));
    bench::report("report::build + print every page to a QPrinter writing a PDF file (File → Print)",
                  bench::measure(10, [&] {
                      QPrinter printer(QPrinter::HighResolution);
                      report::preparePrinter(printer, QStringLiteral("Board report"));
                      printer.setOutputFormat(QPrinter::PdfFormat);
                      printer.setOutputFileName(printed);
                      if (!report::print(report::build(*now, &*before), printer, error))
                          bench::die(error.toString());
                  }));
    std::printf("\nPDF size %.0f KB, printed PDF %.0f KB\n", static_cast<double>(size) / 1024.0,
                static_cast<double>(QFileInfo(printed).size()) / 1024.0);
    return 0;
}
