#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that one version is everywhere: the newest AppStream release, the newest Debian
changelog entry and both programs' --version all say the project() version.
Usage: check-release-files.py VERSION METAINFO.xml CHANGELOG WGLL WGLL-WORKBENCH"""
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

version, metainfo, changelog, wgll, workbench = sys.argv[1:6]
faults = []

releases = ET.parse(metainfo).getroot().findall("./releases/release")
if not releases:
    faults.append(f"{metainfo}: no <release>")
elif releases[0].get("version") != version:
    faults.append(f"{metainfo}: newest release is {releases[0].get('version')}, not {version}")
for release in releases:
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", release.get("date", "")):
        faults.append(f"{metainfo}: release {release.get('version')} has no ISO date")

first = open(changelog, encoding="utf-8").readline()
if not first.startswith(f"wgll-workbench ({version}) "):
    faults.append(f"{changelog}: first entry is '{first.strip()}', not version {version}")

env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
for program, name in ((wgll, "wgll"), (workbench, "wgll-workbench")):
    out = subprocess.run([program, "--version"], capture_output=True, text=True, env=env).stdout.strip()
    if out != f"{name} {version}":
        faults.append(f"{name} --version says '{out}', not '{name} {version}'")

for fault in faults:
    print(fault)
print(f"version {version}: {len(faults)} disagreements")
sys.exit(1 if faults else 0)
