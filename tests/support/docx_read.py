#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a Word report back the way another program would, with python-docx (Debian's
python3-docx), and prints what the tests check as JSON: each paragraph's style name and text,
each table's header row (and whether it repeats on every page), each picture's alternative text,
the header's text, the fonts of the named styles, and all the text.

usage: docx_read.py REPORT.docx
Exit 1 (with the reason) when python-docx cannot open it: not a Word document, say a template
whose content type was left as a template's.
"""
import json
import sys

import docx
from docx.oxml.ns import qn


def cell_text(cell):
    return "\n".join(p.text for p in cell.paragraphs)


def table_info(table):
    first = table.rows[0]._tr
    repeats = first.trPr is not None and first.trPr.find(qn("w:tblHeader")) is not None
    caption = table._tbl.tblPr.find(qn("w:tblCaption"))
    return {
        "header": [cell_text(c) for c in table.rows[0].cells],
        "repeats": repeats,
        "rows": len(table.rows),
        "caption": caption.get(qn("w:val")) if caption is not None else "",
        "style": table.style.name if table.style is not None else "",
    }


def main():
    try:
        document = docx.Document(sys.argv[1])
    except Exception as e:  # python-docx says why it cannot open a file in its exception
        print(f"docx_read: {sys.argv[1]}: {e}")
        return 1
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell_text(c) for c in row.cells]
    header = document.sections[0].header
    header_text = [p.text for p in header.paragraphs] + [cell_text(c) for t in header.tables for r in t.rows for c in r.cells]
    fonts = {}
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Caption"):
        try:
            fonts[name] = document.styles[name].font.name or ""
        except KeyError:
            fonts[name] = None
    out = {
        "contentType": document.part.content_type,
        "paragraphs": [[p.style.name, p.text] for p in document.paragraphs],
        "tables": [table_info(t) for t in document.tables],
        "pictures": [s._inline.docPr.get("descr") or "" for s in document.inline_shapes],
        "header": "\n".join(header_text),
        "fonts": fonts,
        "language": document.core_properties.language,
        "title": document.core_properties.title,
        "text": "\n".join(texts),
    }
    json.dump(out, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
