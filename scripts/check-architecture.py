#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The layering rules that the compiler alone does not enforce (docs/development.md).

core links only Qt Core, but Qt's include root is on every include path, so
`#include <QtWidgets/QWidget>` or `#include <QPainter>` would compile in core and only fail at
link time, or not at all for header-only use. This reads the includes instead.

Rules, each reported as FILE:LINE: rule:
  1. core/ includes no Qt header outside Qt Core (resolved against the installed Qt headers);
     net/ none outside Qt Core, Network and HTTP Server.
  2. No raw SQLite call (`sqlite3_`) or <sqlite3.h> outside core/sqlite/ in product code
     (core, ui, app, benchmarks). Tests and fuzz harnesses forge hostile files on purpose.
  3. No test hook in product code: no WGLL_NO_DIALOGS, no "first redo" flags in commands.
  4. No ui/mainwindow*.cpp over 400 lines: the main window is a frame that composes views.
  5. No test case name with a semicolon: ctest's discovery splits names there, so the test
     would be registered as two that each match nothing.

Usage: check-architecture.py [SOURCE_ROOT [QT_INCLUDE_ROOT]]; exit 1 with the list on a breach.
"""
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent)
PRODUCT = ("core", "net", "ui", "app", "benchmarks")
# net/ (the phones' voting server) sits between core and the programs: no Gui, no Widgets.
NET_MODULES = {"QtCore", "QtNetwork", "QtHttpServer"}
SOURCES = (".h", ".cpp")
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]')
MAINWINDOW_LIMIT = 400


def qt_include_root():
    if len(sys.argv) > 2:
        return pathlib.Path(sys.argv[2])
    try:
        out = subprocess.run(["qmake6", "-query", "QT_INSTALL_HEADERS"], capture_output=True, text=True,
                             check=True).stdout.strip()
        if out:
            return pathlib.Path(out)
    except (OSError, subprocess.CalledProcessError):
        pass
    return pathlib.Path("/usr/include/x86_64-linux-gnu/qt6")


def files(*dirs):
    for d in dirs:
        for p in sorted((ROOT / d).rglob("*")):
            if p.suffix in SOURCES and p.is_file():
                yield p


def qt_module_of(header, qt_root, modules):
    """The Qt module a Qt include names, or None when it is not a Qt header."""
    if "/" in header:
        module = header.split("/", 1)[0]
        return module if module in modules else None
    if not header.startswith("Q"):
        return None
    found = [m for m in modules if (qt_root / m / header).is_file()]
    if "QtCore" in found:
        return "QtCore"
    return found[0] if found else None


def check_core_includes(qt_root):
    if not (qt_root / "QtCore").is_dir():
        return [f"{qt_root}: no QtCore headers here; pass the Qt include root as the second argument"]
    modules = sorted(p.name for p in qt_root.iterdir() if p.is_dir() and p.name.startswith("Qt"))
    breaches = []
    for path in files("core"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            if not m:
                continue
            module = qt_module_of(m.group(1), qt_root, modules)
            if module and module != "QtCore":
                breaches.append(f"{path.relative_to(ROOT)}:{n}: core includes {m.group(1)} from {module} "
                                "(core links Qt Core only)")
    return breaches


def check_net_includes(qt_root):
    if not (qt_root / "QtCore").is_dir() or not (ROOT / "net").is_dir():
        return []
    modules = sorted(p.name for p in qt_root.iterdir() if p.is_dir() and p.name.startswith("Qt"))
    breaches = []
    for path in files("net"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = INCLUDE.match(line)
            module = qt_module_of(m.group(1), qt_root, modules) if m else None
            if module and module not in NET_MODULES:
                breaches.append(f"{path.relative_to(ROOT)}:{n}: net includes {m.group(1)} from {module} "
                                "(net links Qt Core, Network and HTTP Server only)")
            if m and m.group(1).split("/")[0] in ("ui", "app"):
                breaches.append(f"{path.relative_to(ROOT)}:{n}: net includes {m.group(1)} (net is below ui and app)")
    return breaches


def check_raw_sqlite():
    breaches = []
    for path in files(*PRODUCT):
        rel = path.relative_to(ROOT)
        if rel.parts[:2] == ("core", "sqlite"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("//", 1)[0]
            if "sqlite3_" in code or re.search(r"#\s*include\s*<sqlite3\.h>", code):
                breaches.append(f"{rel}:{n}: raw SQLite outside core/sqlite/ (use the wrapper)")
    return breaches


def check_test_hooks():
    breaches = []
    for path in files(*PRODUCT):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "WGLL_NO_DIALOGS" in line:
                breaches.append(f"{path.relative_to(ROOT)}:{n}: WGLL_NO_DIALOGS (inject a prompter instead)")
            if "m_firstRedo" in line:
                breaches.append(f"{path.relative_to(ROOT)}:{n}: a first-redo flag (the push runs redo())")
    return breaches


def check_main_window_size():
    breaches = []
    for path in sorted((ROOT / "ui").glob("mainwindow*.cpp")):
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAINWINDOW_LIMIT:
            breaches.append(f"{path.relative_to(ROOT)}: {lines} lines, over {MAINWINDOW_LIMIT} "
                            "(move a view or a command group out)")
    return breaches


def check_test_names():
    breaches = []
    name = re.compile(r'TEST_CASE\(\s*"([^"]*)"')
    for path in files("tests"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = name.search(line)
            if m and ";" in m.group(1):
                breaches.append(f"{path.relative_to(ROOT)}:{n}: a test name with ';' (ctest splits it there)")
    return breaches


def main():
    qt_root = qt_include_root()
    breaches = (check_core_includes(qt_root) + check_net_includes(qt_root) + check_raw_sqlite() + check_test_hooks()
                + check_main_window_size() + check_test_names())
    for b in breaches:
        print(b)
    if breaches:
        print(f"check-architecture: {len(breaches)} breach(es)", file=sys.stderr)
        return 1
    print("check-architecture: core is Qt Core only, net Qt Core, Network and HTTP Server only, SQLite only in core/sqlite, no test hooks, "
          "main window files within 400 lines, test names without ';'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
