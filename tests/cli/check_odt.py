#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the structure of a board report's ODT (issue 17, item 3) with Python's zip reader and
XML parser, as an office suite would read it:

- the package: "mimetype" first, stored, "application/vnd.oasis.opendocument.text"; every part
  parses as XML; the manifest lists every part; styles.xml and meta.xml are there;
- meta.xml: a title, the generator, dates and the language en-GB;
- styles.xml: the named styles (Title, Heading_20_1..3, Text_20_body, Caption, Table_20_Heading,
  Table_20_Contents), headings with outline levels, an A4 page layout with the PDF's margins,
  master pages whose header holds the running header and whose footer has page-number and
  page-count fields;
- content.xml: text:h headings at outline levels 1 and 2 (at least --sections of level 1); every
  row of every table has as many cells (spanned ones counted) as the table has columns; every
  table of more than one row repeats a header row (table:table-header-rows); every draw:frame
  has svg:title and svg:desc and, when it is a chart, a Caption paragraph right after it; every
  link to "#name" has its text:bookmark; page breaks where sections start pages.

usage: check_odt.py REPORT.odt [--sections N] [--links N] [--running-header TEXT] [--frame NAME ...]
Exit 0 when every check passed; 1 with a line per failure.
"""
import argparse
import sys
import xml.etree.ElementTree as ET
import zipfile

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "manifest": "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0",
}


def q(name):
    prefix, local = name.split(":")
    return "{%s}%s" % (NS[prefix], local)


class Checker:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)
        return condition


def check_package(c, z):
    infos = z.infolist()
    first = infos[0] if infos else None
    c.expect(first is not None and first.filename == "mimetype", "the first entry is not mimetype")
    if first is not None and first.filename == "mimetype":
        c.expect(first.compress_type == zipfile.ZIP_STORED, "mimetype is compressed, not stored")
        c.expect(z.read("mimetype") == b"application/vnd.oasis.opendocument.text", "mimetype is wrong")
    c.expect(z.testzip() is None, "a member's CRC is wrong")
    parts = {}
    for name in z.namelist():
        if name.endswith(".xml"):
            try:
                parts[name] = ET.fromstring(z.read(name))
            except ET.ParseError as e:
                c.expect(False, f"{name} is not well-formed XML: {e}")
    for name in ("content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"):
        c.expect(name in parts, f"{name} is missing")
    if "META-INF/manifest.xml" in parts:
        listed = {e.get(q("manifest:full-path")) for e in parts["META-INF/manifest.xml"].iter(q("manifest:file-entry"))}
        for name in z.namelist():
            if name not in ("mimetype", "META-INF/manifest.xml"):
                c.expect(name in listed, f"the manifest does not list {name}")
    return parts


def check_meta(c, meta):
    m = meta.find(q("office:meta"))
    if not c.expect(m is not None, "meta.xml has no office:meta"):
        return
    for name in ("dc:title", "meta:generator", "meta:creation-date", "dc:date"):
        e = m.find(q(name))
        c.expect(e is not None and (e.text or "").strip(), f"meta.xml has no {name}")
    lang = m.find(q("dc:language"))
    c.expect(lang is not None and lang.text == "en-GB", "meta.xml does not say the language is en-GB")


def check_styles(c, styles, running_header):
    named = {s.get(q("style:name")): s for s in styles.iter(q("style:style"))
             if s.get(q("style:family")) == "paragraph"}
    for name in ("Title", "Heading_20_1", "Heading_20_2", "Heading_20_3", "Text_20_body", "Caption",
                 "Table_20_Heading", "Table_20_Contents"):
        c.expect(name in named, f"styles.xml has no named paragraph style {name}")
    for level in (1, 2, 3):
        style = named.get(f"Heading_20_{level}")
        if style is not None:
            c.expect(style.get(q("style:default-outline-level")) == str(level),
                     f"Heading_20_{level} has no outline level {level}")
    layouts = list(styles.iter(q("style:page-layout-properties")))
    c.expect(any(p.get(q("fo:page-width")) == "210.00mm" and p.get(q("fo:page-height")) == "297.00mm"
                 and p.get(q("fo:margin-left")) == "18.00mm" and p.get(q("fo:margin-top")) == "14.00mm"
                 for p in layouts), "no A4 page layout with the PDF's margins (18 mm sides, 14 mm top)")
    masters = list(styles.iter(q("style:master-page")))
    c.expect(masters, "styles.xml has no master page")
    for master in masters:
        name = master.get(q("style:name"))
        footer = master.find(q("style:footer"))
        c.expect(footer is not None and footer.find(".//" + q("text:page-number")) is not None
                 and footer.find(".//" + q("text:page-count")) is not None,
                 f"master page {name} has no footer with page-number and page-count")
        c.expect(master.find(q("style:header")) is not None, f"master page {name} has no header")
    if running_header:
        headers = [plain(h) for h in styles.iter(q("style:header"))]
        wanted = " ".join(running_header.split())
        c.expect(any(wanted in h for h in headers), f"no page header holds '{running_header}'")


def plain(element):
    """The text of an element as a reader sees it: text:s as its spaces, tabs and line breaks as
    a space, whitespace collapsed."""
    out = [element.text or ""]
    for child in element:
        if child.tag == q("text:s"):
            out.append(" " * int(child.get(q("text:c"), "1")))
        elif child.tag in (q("text:tab"), q("text:line-break")):
            out.append(" ")
        else:
            out.append(plain(child))
        out.append(child.tail or "")
    return " ".join("".join(out).split())


def cells_of(row):
    count = 0
    for cell in row:
        if cell.tag in (q("table:table-cell"), q("table:covered-table-cell")):
            count += int(cell.get(q("table:number-columns-repeated"), "1"))
    return count


def check_tables(c, body):
    tables = list(body.iter(q("table:table")))
    c.expect(tables, "content.xml has no table")
    for t in tables:
        name = t.get(q("table:name"))
        columns = sum(int(col.get(q("table:number-columns-repeated"), "1")) for col in t.iter(q("table:table-column")))
        rows = list(t.iter(q("table:table-row")))
        for i, row in enumerate(rows):
            c.expect(cells_of(row) == columns, f"{name}: row {i + 1} has {cells_of(row)} cells, the table {columns} columns")
        if len(rows) > 1:
            header = t.find(q("table:table-header-rows"))
            c.expect(header is not None and header.find(q("table:table-row")) is not None,
                     f"{name}: no repeating header row (table:table-header-rows)")


def check_frames(c, body, wanted):
    paragraphs = list(body.iter(q("text:p")))
    names = {f.get(q("draw:name")) for f in body.iter(q("draw:frame"))}
    for name in wanted:
        c.expect(name in names, f"no draw:frame named {name}")
    frames = 0
    for i, p in enumerate(paragraphs):
        for frame in p.iter(q("draw:frame")):
            frames += 1
            name = frame.get(q("draw:name"))
            for element in ("svg:title", "svg:desc"):
                e = frame.find(q(element))
                c.expect(e is not None and (e.text or "").strip(), f"frame {name} has no {element} (alternative text)")
            if name.startswith("chart"):
                following = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
                c.expect(following is not None and following.get(q("text:style-name")) == "Caption"
                         and plain(following) == " ".join((frame.findtext(q("svg:title")) or "").split()),
                         f"frame {name} is not followed by its caption")
    c.expect(frames > 0, "content.xml has no draw:frame (the charts)")


def check_text(c, content, sections, frames):
    body = content.find(q("office:body"))
    levels = [h.get(q("text:outline-level")) for h in body.iter(q("text:h"))]
    c.expect(levels.count("1") >= sections, f"{levels.count('1')} headings at outline level 1, want {sections} or more")
    c.expect("2" in levels, "no heading at outline level 2")
    bookmarks = {b.get(q("text:name")) for b in body.iter(q("text:bookmark"))}
    internal = [a.get(q("xlink:href"))[1:] for a in body.iter(q("text:a")) if a.get(q("xlink:href"), "").startswith("#")]
    for target in internal:
        c.expect(target in bookmarks, f"a link leads to #{target}, which no bookmark names")
    def starts_page(style):
        props = style.find(q("style:paragraph-properties"))
        return style.get(q("style:master-page-name")) or (props is not None and props.get(q("fo:break-before")) == "page")
    breaking = {s.get(q("style:name")) for s in content.iter(q("style:style")) if starts_page(s)}
    used = [h for h in body.iter(q("text:h")) if h.get(q("text:style-name")) in breaking]
    c.expect(len(used) > 1, "no heading starts a new page")
    check_tables(c, body)
    check_frames(c, body, frames)
    return len(internal)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--sections", type=int, default=1)
    parser.add_argument("--running-header")
    parser.add_argument("--links", type=int, default=0, help="at least this many links to bookmarks")
    parser.add_argument("--frame", action="append", default=[], help="a draw:frame of this name must be there")
    args = parser.parse_args()
    c = Checker()
    with zipfile.ZipFile(args.report) as z:
        parts = check_package(c, z)
    if "meta.xml" in parts:
        check_meta(c, parts["meta.xml"])
    if "styles.xml" in parts:
        check_styles(c, parts["styles.xml"], args.running_header)
    if "content.xml" in parts:
        links = check_text(c, parts["content.xml"], args.sections, args.frame)
        c.expect(links >= args.links, f"{links} links to bookmarks, want {args.links} or more")
    for failure in c.failures:
        print(f"{args.report}: {failure}")
    print(f"check_odt: {args.report}: {len(c.failures)} failures")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main())
