// SPDX-License-Identifier: GPL-3.0-or-later
// Roll-up of 1,000 organisations' assessments (PRODUCT.md section 9: ≤ 2 s), measured two ways:
// in process (read and check each file, score it, add it) and as a user runs it, the `wgll
// rollup` program end to end.
//
//   wgll-bench-rollup FOLDER [WGLL]    (WGLL: the wgll program; default beside this build)
#include "benchsupport.h"
#include "framework/frameworkcatalog.h"
#include "scoring/rollup.h"
#include "storage/assessmentfile.h"
#include "storage/document.h"
#include "storage/rollupfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

using namespace wgll;

namespace {

constexpr int Organisations = 1000;

using bench::die;

// A national-scale set: every organisation scores every statement, some N/A, random weights.
QStringList makeSet(const QString &folder)
{
    QDir().mkpath(folder);
    const FrameworkCatalog catalog = FrameworkCatalog::load({});
    const Framework &framework = catalog.find(QStringLiteral("wgll-org"))->framework;
    QRandomGenerator rng(1000);
    QStringList files;
    for (int n = 0; n < Organisations; ++n) {
        const QString file = folder + QStringLiteral("/trust-%1.wgll").arg(n, 4, 10, QLatin1Char('0'));
        files.append(file);
        if (QFileInfo::exists(file))
            continue;
        AssessmentInfo info;
        info.organisation = QStringLiteral("NHS Trust %1").arg(n);
        info.period = QStringLiteral("2026/27");
        Error error;
        auto doc = wgll::take(storage::Document::create(file, framework, info, folder + u"/work"), error);
        if (!doc)
            die(error.toString());
        QList<Answer> answers;
        for (const Measure &m : framework.measures) {
            for (const Indicator &i : m.indicators) {
                Answer a{i.id, {}, false, {}, {}, static_cast<int>(rng.bounded(1, 4)), {}, {}};
                if (rng.bounded(12) == 0) {
                    a.notApplicable = true;
                    a.naReason = QStringLiteral("Not a provider of this service");
                } else {
                    a.score = static_cast<int>(rng.bounded(1, 6));
                }
                answers.append(a);
            }
        }
        if (!doc->setAnswers(answers) || !doc->save())
            die(QStringLiteral("cannot fill ") + file);
        doc->close();
    }
    return files;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() < 2)
        die(QStringLiteral("usage: wgll-bench-rollup FOLDER [WGLL]"));
    const QString folder = app.arguments().at(1) + u"/rollup-1000";
    const QString wgll = app.arguments().size() > 2
                             ? app.arguments().at(2)
                             : QCoreApplication::applicationDirPath() + u"/../app/wgll";
    const QStringList files = makeSet(folder);
    qint64 bytes = 0;
    for (const QString &f : files)
        bytes += QFileInfo(f).size();

    bench::header(qPrintable(QStringLiteral("Roll-up of %1 assessments (%2 MB in all)")
                                 .arg(files.size())
                                 .arg(static_cast<double>(bytes) / 1e6, 0, 'f', 1)));
    bench::report("in process, one core: read + check + score + add",
                  bench::measure(
                      3,
                      [&] {
                          RollupBuilder builder;
                          for (const QString &f : files) {
                              Error error;
                              const auto a = storage::readAssessmentFile(f, error);
                              if (!a)
                                  die(error.toString());
                              if (builder.add(f, Scorecard::of(*a)))
                                  die(QStringLiteral("mixed frameworks"));
                          }
                      },
                      1));
    bench::report("in process, every core: storage::rollUpFiles",
                  bench::measure(
                      5,
                      [&] {
                          Error error;
                          const auto r = storage::rollUpFiles(files, error);
                          if (!r || r->organisations.size() != Organisations)
                              die(error.toString());
                      },
                      1),
                  2000.0);
    bench::report("`wgll rollup FILE×1000 --format json`, the whole program",
                  bench::measure(
                      5,
                      [&] {
                          QProcess p;
                          p.start(wgll, QStringList{QStringLiteral("rollup")} + files +
                                            QStringList{QStringLiteral("--format"), QStringLiteral("json")});
                          if (!p.waitForFinished(60000) || p.exitCode() != 0)
                              die(u"wgll rollup failed: " + QString::fromUtf8(p.readAllStandardError()));
                          p.readAllStandardOutput();
                      },
                      1),
                  2000.0);
    return 0;
}
