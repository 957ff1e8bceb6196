#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes what the release history says, in the forms the package needs, from packaging/releases.txt.

  make-release-files.py VERSION releases.txt metainfo   TEMPLATE OUT   (fills @RELEASES@ and @VERSION@)
  make-release-files.py VERSION releases.txt changelog  OUT            (Debian changelog, uncompressed)
  make-release-files.py VERSION releases.txt epoch                     (prints the release's SOURCE_DATE_EPOCH)

Stops with status 65 when the newest release is not VERSION (the project() version), so the
package, the AppStream list and the changelog cannot disagree with --version.
"""
import datetime
import sys
import textwrap
from xml.sax.saxutils import escape

MAINTAINER = "WGLL Workbench maintainers <maintainers@wgll-workbench.invalid>"


def read_releases(path):
    releases = []
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith((" ", "-")) and not releases:
            sys.exit(f"{path}:{number}: notes before the first release line")
        if line.startswith("- "):
            releases[-1]["notes"].append(line[2:])
        elif line.startswith("  ") and releases and releases[-1]["notes"]:
            releases[-1]["notes"][-1] += " " + line.strip()
        else:
            version, date = line.split()
            releases.append({"version": version, "date": datetime.date.fromisoformat(date), "notes": []})
    return releases


def metainfo(releases, template, out, version):
    items = []
    for r in releases:
        notes = "\n".join(f"            <li>{escape(n)}</li>" for n in r["notes"])
        items.append(f'    <release version="{r["version"]}" date="{r["date"].isoformat()}">\n'
                     f"      <description>\n        <ul>\n{notes}\n        </ul>\n      </description>\n"
                     f"    </release>")
    text = open(template, encoding="utf-8").read()
    text = text.replace("@RELEASES@", "\n".join(items).strip()).replace("@VERSION@", version)
    open(out, "w", encoding="utf-8").write(text)


def changelog(releases, out):
    entries = []
    for r in releases:
        when = datetime.datetime.combine(r["date"], datetime.time(12, 0), datetime.timezone.utc)
        notes = "\n".join(textwrap.fill(n, 78, initial_indent="  * ", subsequent_indent="    ")
                          for n in r["notes"])
        entries.append(f"wgll-workbench ({r['version']}) unstable; urgency=medium\n\n{notes}\n\n"
                       f" -- {MAINTAINER}  {when.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n")
    open(out, "w", encoding="utf-8").write("\n".join(entries))


def main():
    version, source, what = sys.argv[1:4]
    releases = read_releases(source)
    if not releases or releases[0]["version"] != version:
        newest = releases[0]["version"] if releases else "none"
        print(f"{source}: the newest release is {newest}, but the project version is {version}; "
              f"add a release line for {version}", file=sys.stderr)
        sys.exit(65)
    if what == "metainfo":
        metainfo(releases, sys.argv[4], sys.argv[5], version)
    elif what == "changelog":
        changelog(releases, sys.argv[4])
    elif what == "epoch":
        when = datetime.datetime.combine(releases[0]["date"], datetime.time(12, 0), datetime.timezone.utc)
        print(int(when.timestamp()))
    else:
        sys.exit(f"unknown output {what}")


if __name__ == "__main__":
    main()
