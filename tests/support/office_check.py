#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Opens a report (.docx or .odt) the way a board secretary's office suite would: LibreOffice
converts it to PDF headless, in a profile of its own, so no user's settings or running office
interfere. Then checks that it has the same number of pages as the reference PDF (the report
the program made itself) within a tolerance, and that every expected text (the key figures) is
on its pages.

usage: office_check.py REPORT --reference REPORT.pdf [--tolerance 2] [--expect TEXT ...]
                       [--expect-file FILE (one text per line)] [--keep-pdf OUT.pdf]
Exit 0 when every check passed; 1 with a line per failure; 77 (skip) never: a missing soffice is
a failure, since scripts/install-deps.sh installs it.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def pages(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def text(pdf):
    out = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def convert(report, folder):
    profile = os.path.join(folder, "profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", folder, report],
                   capture_output=True, text=True, check=True, timeout=180)
    pdf = os.path.join(folder, os.path.splitext(os.path.basename(report))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError(f"LibreOffice wrote no PDF for {report}")
    return pdf


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--reference", required=True)
    parser.add_argument("--tolerance", type=int, default=2)
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--expect-file")
    parser.add_argument("--keep-pdf")
    args = parser.parse_args()
    if not shutil.which("soffice"):
        print("office_check: soffice is not installed (scripts/install-deps.sh installs libreoffice-writer-nogui)")
        return 1
    expected = list(args.expect)
    if args.expect_file:
        with open(args.expect_file, encoding="utf-8") as f:
            expected += [line.rstrip("\n") for line in f if line.strip()]
    failures = []
    with tempfile.TemporaryDirectory() as folder:
        pdf = convert(os.path.abspath(args.report), folder)
        if args.keep_pdf:
            shutil.copyfile(pdf, args.keep_pdf)
        got, want = pages(pdf), pages(args.reference)
        if abs(got - want) > args.tolerance:
            failures.append(f"{args.report}: {got} pages in LibreOffice, the PDF report has {want} (tolerance {args.tolerance})")
        body = text(pdf)
        for item in expected:
            if re.sub(r"\s+", " ", item) not in body:
                failures.append(f"{args.report}: '{item}' is not on any page as LibreOffice lays it out")
        print(f"office_check: {args.report}: {got} pages (PDF report {want}), {len(expected)} texts looked for")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
