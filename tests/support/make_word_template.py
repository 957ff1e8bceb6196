#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes a trust's Word template the way a trust's office would, with python-docx: its own fonts
on Title and the headings, its own header line, A4 with 2 cm margins; saved as .docx, or as .dotx (the same package
with the template's content type). Or makes a broken one for the refusal tests.

usage: make_word_template.py OUT (--docx | --dotx | --broken text|truncated|no-styles|malformed|bomb)
"""
import io
import sys
import zipfile

TEMPLATE_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
HEADER = "Northshire NHS Trust: public board paper"


def trust_template():
    import docx
    from docx.shared import Mm, Pt, RGBColor
    document = docx.Document()
    # A4 with 2 cm margins, as NHS trust templates commonly are (a narrower text column gives
    # more pages: the page count follows the template).
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(20)
    for name, size in (("Title", 26), ("Heading 1", 18), ("Heading 2", 13)):
        style = document.styles[name]
        style.font.name = "Georgia"
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x33, 0x00, 0x72)
    document.styles["Normal"].font.name = "Arial"
    document.sections[0].header.paragraphs[0].text = HEADER
    document.add_paragraph("The template's own text, which the report replaces.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite(package, change):
    """The package with each entry passed through change(name, bytes) (None drops it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = change(item.filename, src.read(item.filename))
            if data is not None:
                dst.writestr(item.filename, data)
    return out.getvalue()


def broken(kind, good):
    if kind == "text":
        return b"Board paper template\nThis is a text file, not a Word package.\n"
    if kind == "truncated":
        return good[: len(good) // 2]
    if kind == "no-styles":
        return rewrite(good, lambda name, data: None if name == "word/styles.xml" else data)
    if kind == "malformed":
        return rewrite(good, lambda name, data: data.replace(b"</w:styles>", b"</w:style>") if name == "word/styles.xml" else data)
    if kind == "bomb":  # 160 MiB of zeros that deflate to a few hundred KiB: over the 128 MiB limit
        return rewrite(good, lambda name, data: data + b" " * (160 * 1024 * 1024) if name == "word/settings.xml" else data)
    raise SystemExit(f"make_word_template: unknown --broken {kind}")


def main():
    out, mode = sys.argv[1], sys.argv[2]
    good = trust_template()
    if mode == "--docx":
        data = good
    elif mode == "--dotx":
        data = rewrite(good, lambda name, d: d.replace(DOCUMENT_TYPE.encode(), TEMPLATE_TYPE.encode())
                       if name == "[Content_Types].xml" else d)
    else:
        data = broken(sys.argv[3], good)
    with open(out, "wb") as f:
        f.write(data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
