#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Rebuild frameworks/*.json from the published WGLL framework text.

Usage: extract_from_seed.py SEED.txt OUTDIR

The seed is the GOV.UK page "What Good Looks Like framework" as plain text
(NHSX Transformation Directorate, 31 August 2021, updated 4 October 2021).
Statement, title and summary texts are copied verbatim; only the maturity
scale (ours) and metadata are written here. Kept in the repository so the
provenance of every shipped sentence can be re-checked.
"""
import json
import re
import sys
from pathlib import Path

CURRENT = "2021-10-04"
ORIGINAL = "2021-08-31"
NEW_WORDS = "senior information risk owner"
OLD_WORDS = "senior information responsible officer (SIRO)"
SOURCE = "https://www.gov.uk/government/publications/what-good-looks-like-framework"

SCALE_LEVELS = [
    (1, "Not started",
     "Little or nothing of what the statement describes is in place in {scope}, and there is no agreed, owned plan to put it in place."),
    (2, "Planned",
     "There is an agreed, owned and resourced plan, and early or pilot work has begun, but it is not yet delivered in {scope}."),
    (3, "Partly in place",
     "Delivered in parts of {scope}; gaps remain in coverage, consistency, resourcing or assurance."),
    (4, "Largely in place",
     "Delivered across most of {scope}, with governance, resources and evidence that it works; few, known and managed gaps remain."),
    (5, "Embedded",
     "Business as usual across all of {scope}: measured, reviewed at board level, improved continuously, and shared as good practice."),
]


def parse(text: str, heading: str, lead: str):
    start = text.index(heading)
    end_markers = ["What does good look like for your organisation?", "\nHistory\n"]
    end = min(i for i in (text.find(m, start + len(heading)) for m in end_markers) if i > start)
    block = text[start:end]
    parts = re.split(r"\nSuccess measure (\d) - ([^\n]+)\n", block)
    measures = []
    for i in range(1, len(parts), 3):
        mid, title, body = parts[i], parts[i + 1].strip(), parts[i + 2]
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        assert paras[0] == "What does good look like?", paras[0]
        li = paras.index(lead)
        summary = "\n\n".join(paras[1:li])
        bullets = [p.lstrip("•").strip() for p in paras[li + 1:] if p.startswith("•")]
        assert len(bullets) == len(paras) - li - 1, "unexpected non-bullet text in " + title
        measures.append({
            "id": mid,
            "title": title,
            "summary": summary,
            "indicators": [{"id": f"{mid}.{n}", "text": b} for n, b in enumerate(bullets, 1)],
        })
    return measures


def framework(fid, variant, title, lead, scope, measures, version):
    doc = {
        "$schema": "framework.schema.json",
        "id": fid,
        "version": version,
        "title": title,
        "variant": variant,
        "publisher": "NHSX Transformation Directorate",
        "licence": "Open Government Licence v3.0",
        "attribution": "Contains public sector information licensed under the Open Government Licence v3.0.",
        "source": SOURCE,
    }
    if version == CURRENT:
        doc["supersedes"] = ORIGINAL
        doc["changes"] = [
            "4 October 2021: Under success measure 3, replaced \"senior information responsible officer (SIRO)\" with \"senior information risk owner\"."
        ]
    else:
        doc["changes"] = ["31 August 2021: first published."]
    doc["lead"] = lead
    doc["scale"] = {
        "min": 1, "max": 5,
        "levels": [{"value": v, "label": l, "description": d.format(scope=scope)} for v, l, d in SCALE_LEVELS],
    }
    ms = json.loads(json.dumps(measures))
    if version == ORIGINAL:
        hits = 0
        for m in ms:
            for ind in m["indicators"]:
                if NEW_WORDS in ind["text"]:
                    ind["text"] = ind["text"].replace(NEW_WORDS, OLD_WORDS)
                    hits += 1
        assert hits == 1, hits
    doc["measures"] = ms
    return doc


def main():
    seed, out = Path(sys.argv[1]), Path(sys.argv[2])
    text = seed.read_text(encoding="utf-8")
    ics = parse(text, "What does good look like for Integrated Care Systems?", "Your ICS would:")
    org = parse(text, "What does good look like for your organisation?", "Your organisation would:")
    assert sum(len(m["indicators"]) for m in ics) == 45
    assert sum(len(m["indicators"]) for m in org) == 49
    for version, suffix in ((CURRENT, ""), (ORIGINAL, "-" + ORIGINAL)):
        for fid, variant, title, lead, scope, ms in (
            ("wgll-ics", "ics", "What Good Looks Like: Integrated Care Systems", "Your ICS would:",
             "the system (the ICS and its member organisations)", ics),
            ("wgll-org", "organisation", "What Good Looks Like: organisation", "Your organisation would:",
             "the organisation", org),
        ):
            doc = framework(fid, variant, title, lead, scope, ms, version)
            (out / f"{fid}{suffix}.json").write_text(
                json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
