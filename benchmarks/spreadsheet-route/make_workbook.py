#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Builds the spreadsheet route of issue 17 once: the demo's 49 statements in a workbook with
AVERAGEIF measure scores and a radar chart, as a board secretary builds it by hand today.
`scripts/bench-pdf-vs-spreadsheet.sh` converts it with `soffice --headless --convert-to pdf`
beside `wgll report`. The workbook is committed (northshire-2026.xlsx); this script is how it
was made (Debian's python3-xlsxwriter).

    /usr/bin/python3 benchmarks/spreadsheet-route/make_workbook.py
"""
import csv
import json
import pathlib

import xlsxwriter

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUT = pathlib.Path(__file__).resolve().parent / "northshire-2026.xlsx"


def main():
    framework = json.loads((ROOT / "frameworks" / "wgll-org.json").read_text(encoding="utf-8"))
    with open(ROOT / "resources" / "demo" / "northshire-responses.csv", newline="", encoding="utf-8") as f:
        answers = {row["indicator"]: row for row in csv.DictReader(f)}

    book = xlsxwriter.Workbook(str(OUT))
    book.set_properties({"title": "Digital maturity self-assessment: Northshire 2026/27"})
    bold = book.add_format({"bold": True, "bg_color": "#E8EDEE", "border": 1, "text_wrap": True})
    wrap = book.add_format({"text_wrap": True, "valign": "top", "border": 1})
    number = book.add_format({"num_format": "0.0", "border": 1, "valign": "top"})

    sheet = book.add_worksheet("Statements")
    sheet.set_column(0, 0, 7)
    sheet.set_column(1, 1, 10)
    sheet.set_column(2, 2, 60)
    sheet.set_column(3, 5, 8)
    sheet.set_column(6, 6, 40)
    sheet.repeat_rows(0)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    for c, title in enumerate(["Id", "Measure", "Statement", "Score", "Target", "Weight", "Note"]):
        sheet.write(0, c, title, bold)
    row = 1
    for measure in framework["measures"]:
        for indicator in measure["indicators"]:
            a = answers.get(indicator["id"], {})
            sheet.write(row, 0, indicator["id"], wrap)
            sheet.write(row, 1, measure["id"], wrap)
            sheet.write(row, 2, indicator["text"], wrap)
            if a.get("score", "").replace(".", "", 1).isdigit():
                sheet.write_number(row, 3, float(a["score"]), number)
            else:
                sheet.write_blank(row, 3, None, number)
            sheet.write_number(row, 4, float(a.get("target") or 4), number)
            sheet.write_number(row, 5, float(a.get("weight") or 1), number)
            sheet.write(row, 6, a.get("note", ""), wrap)
            row += 1
    last = row

    summary = book.add_worksheet("Summary")
    summary.set_paper(9)
    summary.set_column(0, 0, 30)
    summary.set_column(1, 2, 10)
    for c, title in enumerate(["Success measure", "Score", "Target"]):
        summary.write(0, c, title, bold)
    for i, measure in enumerate(framework["measures"], start=1):
        summary.write(i, 0, measure["title"], wrap)
        summary.write_formula(i, 1, f'=AVERAGEIF(Statements!$B$2:$B${last},"{measure["id"]}",Statements!$D$2:$D${last})', number)
        summary.write_formula(i, 2, f'=AVERAGEIF(Statements!$B$2:$B${last},"{measure["id"]}",Statements!$E$2:$E${last})', number)
    n = len(framework["measures"])
    summary.write(n + 2, 0, "Overall", bold)
    summary.write_formula(n + 2, 1, f"=AVERAGE(Statements!$D$2:$D${last})", number)

    radar = book.add_chart({"type": "radar"})
    radar.add_series({"name": "Score", "categories": ["Summary", 1, 0, n, 0], "values": ["Summary", 1, 1, n, 1]})
    radar.add_series({"name": "Target", "categories": ["Summary", 1, 0, n, 0], "values": ["Summary", 1, 2, n, 2],
                      "line": {"dash_type": "dash"}})
    radar.set_title({"name": "Success measure scores"})
    radar.set_y_axis({"min": 1, "max": 5})
    summary.insert_chart("E2", radar, {"x_scale": 1.2, "y_scale": 1.4})
    book.close()
    print(OUT)


if __name__ == "__main__":
    main()
