// SPDX-License-Identifier: GPL-3.0-or-later
// The trend chart (issue 19 item 4) never joins two values across a framework revision break or
// across a period with no score: checked on the series it draws, and on its image.
#include "testsupport.h"
#include "charts/chartpainter.h"
#include "charts/trendchart.h"
#include "report/boardreport.h"

#include <QLineSeries>
#include <QScatterSeries>

using namespace wgll;

namespace {

/// The x values (period indices) each solid line joins: the dashed break rules left out.
QList<QList<double>> joinedPeriods(const TrendChart &chart)
{
    QList<QList<double>> lines;
    for (QAbstractSeries *s : chart.chart()->series()) {
        const auto *line = qobject_cast<QLineSeries *>(s);
        if (!line || s->type() != QAbstractSeries::SeriesTypeLine || line->pen().style() != Qt::SolidLine)
            continue;
        QList<double> xs;
        for (const QPointF &p : line->points())
            xs.append(p.x());
        lines.append(xs);
    }
    return lines;
}

} // namespace

TEST_CASE("trend chart lines stop at a revision break and at a period with no score", "[gui][charts][trend]")
{
    TrendChart chart;
    // 2022 and 2023 on one revision, 2024 to 2026 on the next; 2025 has no score.
    chart.setData({{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"),
                    QStringLiteral("2026")},
                   {QStringLiteral("2021-08-31"), QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04"),
                    QStringLiteral("2021-10-04"), QStringLiteral("2021-10-04")},
                   {0, 0, 1, 1, 1},
                   {1.0, 2.0, 3.0, std::nullopt, 4.0},
                   1,
                   5});
    // One line 2022-2023; none from 2023 to 2024 (the break); 2024 and 2026 alone (2025 unscored).
    CHECK(joinedPeriods(chart) == QList<QList<double>>{{0.0, 1.0}});
    int markers = 0;
    int rules = 0;
    for (QAbstractSeries *s : chart.chart()->series()) {
        if (const auto *scatter = qobject_cast<QScatterSeries *>(s))
            markers += static_cast<int>(scatter->count());
        else if (const auto *line = qobject_cast<QLineSeries *>(s); line && line->pen().style() == Qt::DashLine)
            ++rules;
    }
    CHECK(markers == 4); // every scored period has its marker
    CHECK(rules == 1);   // the break is drawn, at 1.5
}

TEST_CASE("trend chart draws through the chart painter like the report's other charts", "[gui][charts][trend]")
{
    report::Chart c;
    c.kind = report::Chart::Kind::Trend;
    c.title = QStringLiteral("Overall");
    c.periods = {QStringLiteral("2024/25"), QStringLiteral("2025/26")};
    c.revisions = {QStringLiteral("2021-08-31"), QStringLiteral("2021-10-04")};
    c.segments = {0, 1};
    c.current = {2.0, 3.0};
    const QByteArray svg = charts::svg(c, QSize(640, 240));
    CHECK(svg.contains("2025/26"));
    CHECK(svg.contains("revision 2021-10-04"));
    const QImage image = charts::image(c, QSize(640, 240));
    CHECK(image.size() == QSize(640, 240));
}
