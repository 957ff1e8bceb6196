#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The HTML board report in headless Chromium (issue 17, item 4): the demo report, one with the
national DMA benchmark (issue 19), and a hostile variant with a 130-character URL and a
right-to-left note, loaded at 320 px and 1280 px viewports. The page must not scroll sideways
(WCAG 1.4.10: document scrollWidth <= viewport) and axe-core must find no WCAG 2.2 AA violation. Fails loudly,
never skips, when Chromium, its driver, Selenium or axe-core is missing (scripts/install-deps.sh
installs them all).

usage: check_html.py WGLL SOURCE_DIR OUT_DIR
Screenshots of each page at 320 px are left in OUT_DIR for a person to look at."""

import html
import os
import re
import shutil
import subprocess
import sys
import tempfile

AXE_VERSION = "4.14.1"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = [320, 1280]
LONG_URL = ("https://northshire.sharepoint.com/sites/BoardSecretariat/Shared%20Documents/Forms/"
            "AllItems.aspx?id=BoardPaper2026Q3MinutesV2&web=1")
RTL_NOTE = "ملاحظة: تمت مراجعة محضر الاجتماع مع فريق الحوكمة في المستشفى"


def fail(message):
    print("check_html: " + message, file=sys.stderr)
    sys.exit(1)


def need_tools():
    try:
        from selenium import webdriver  # noqa: F401
    except ImportError:
        fail("python3-selenium is not installed: run scripts/install-deps.sh")
    for program in ("chromium", "chromedriver"):
        if not shutil.which(program):
            fail(program + " is not installed: run scripts/install-deps.sh")
    cache = os.environ.get("WGLL_TEST_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "wgll-tests")
    axe = os.path.join(cache, "axe-core-" + AXE_VERSION, "axe.min.js")
    if not os.path.isfile(axe):
        fail(axe + " is missing: run scripts/install-deps.sh, which fetches axe-core " + AXE_VERSION +
             " and checks its SHA-256")
    with open(axe, encoding="utf-8") as f:
        return f.read()


def wgll(program, env, *args):
    done = subprocess.run([program, *args], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        fail("wgll " + " ".join(args) + " exited " + str(done.returncode) + ": " + done.stderr)


def make_reports(program, source, work):
    """demo.html and hostile.html, from the demo's two years as the CLI tests make them."""
    env = dict(os.environ)
    env.update(HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"),
               QT_QPA_PLATFORM="offscreen")
    demo = os.path.join(source, "resources", "demo")
    base, now = os.path.join(work, "2025.wgll"), os.path.join(work, "2026.wgll")
    wgll(program, env, "new", base, "--organisation", "Northshire Hospitals NHS FT", "--period", "2025/26",
         "--framework", "wgll-org")
    wgll(program, env, "import", base, os.path.join(demo, "northshire-2025-responses.csv"))
    wgll(program, env, "new", now, "--organisation", "Northshire Hospitals NHS FT", "--period", "2026/27",
         "--baseline", base)
    wgll(program, env, "import", now, os.path.join(demo, "northshire-responses.csv"))
    pages = {"demo": os.path.join(work, "demo.html"), "hostile": os.path.join(work, "hostile.html")}
    wgll(program, env, "report", now, "--baseline", base, "-o", pages["demo"])
    hostile = os.path.join(work, "hostile.wgll")
    shutil.copyfile(now, hostile)
    notes = os.path.join(work, "notes.csv")
    with open(notes, "w", encoding="utf-8") as f:
        f.write("indicator,score,target,weight,note\n")
        f.write('1.1,,,,"Minutes: ' + LONG_URL + '"\n')
        f.write('1.2,,,,"' + RTL_NOTE + '"\n')
    # Replacing the notes, so the right-to-left note is the whole of its cell.
    wgll(program, env, "import", hostile, notes, "--notes", "replace")
    wgll(program, env, "report", hostile, "--baseline", base, "-o", pages["hostile"])
    with open(pages["hostile"], encoding="utf-8") as f:
        text = f.read()
    if html.escape(LONG_URL, quote=False) not in text or RTL_NOTE not in text:
        fail("the hostile report does not hold the long URL and the right-to-left note")
    if len(LONG_URL) != 130:
        fail("the long URL is %d characters, not 130" % len(LONG_URL))
    # Issue 19: a third, earlier year on the older framework revision, so the report has a trend
    # page with a revision break (eight line charts and a wide table).
    earlier = os.path.join(work, "2024.wgll")
    wgll(program, env, "new", earlier, "--organisation", "Northshire Hospitals NHS FT", "--period", "2024/25",
         "--framework", "wgll-org@2021-08-31")
    wgll(program, env, "import", earlier, os.path.join(demo, "northshire-2025-responses.csv"))
    pages["trend"] = os.path.join(work, "trend.html")
    wgll(program, env, "report", now, "--baseline", base, "--baseline", earlier, "-o", pages["trend"])
    # Issue 19: the national DMA benchmark beside the measures (a column, a dash-dot radar line
    # and the note with its source, caveat and licence).
    wgll(program, env, "benchmark", "import",
         os.path.join(source, "tests", "fixtures", "dma-2025", "digital-maturity-assessment-2024-2025-data-v2.xlsx"))
    pages["benchmark"] = os.path.join(work, "benchmark.html")
    wgll(program, env, "report", now, "--baseline", base, "--benchmark", "england-providers", "-o",
         pages["benchmark"])
    with open(pages["benchmark"], encoding="utf-8") as f:
        if "Caveat: DMA questions are not the WGLL statements" not in f.read():
            fail("the benchmark report does not hold the DMA caveat")
    return pages


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    driver.set_script_timeout(120)
    # The report forbids scripts (its Content-Security-Policy); axe-core is injected through
    # the driver, which that policy must not block.
    driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})
    return driver


def check(driver, axe, name, path, width, out):
    problems = []
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    driver.get("file://" + path)
    viewport = driver.execute_script("return window.innerWidth")
    if viewport != width:
        problems.append("the viewport is %d px, not %d" % (viewport, width))
    scroll = driver.execute_script("return document.documentElement.scrollWidth")
    print("%s at %d px: document scrollWidth %d" % (name, width, scroll))
    if scroll > width:
        wide = driver.execute_script(
            "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
            "arguments[0] && !e.closest('.scroll')).slice(0, 5).map(e => e.tagName + ' ' + "
            "e.textContent.slice(0, 60))", width)
        problems.append("the page scrolls sideways: scrollWidth %d > %d (%s)" % (scroll, width, "; ".join(wide)))
    if width == 320:
        shot = os.path.join(out, name + "-320.png")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": min(height, 16000), "deviceScaleFactor": 1,
                                "mobile": False})
        driver.save_screenshot(shot)
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    if width == 1280:
        problems += check_content(driver, name)
    driver.execute_script(axe)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length +"
        " ' nodes: ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'),"
        " passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));", TAGS)
    if "error" in result:
        problems.append("axe-core failed: " + result["error"])
    else:
        print("%s at %d px: axe-core %s, %d rules passed, %d violations" %
              (name, width, AXE_VERSION, result["passes"], len(result["violations"])))
        if result["passes"] < 10:
            problems.append("axe-core ran only %d rules" % result["passes"])
        problems += ["axe-core: " + v for v in result["violations"]]
    return [name + " at " + str(width) + " px: " + p for p in problems]


def check_content(driver, name):
    """What a browser makes of the report's text: a right-to-left note laid out right to left,
    the charts' own alternative text, and SVG text in a font stack a browser has."""
    hostile = name == "hostile"
    # The trend report adds a line chart for the overall score and each of the 7 measures.
    kinds = ("Radar chart", "Bar chart") + (("Line chart",) * 8 if name == "trend" else ())
    problems = []
    rtl = driver.execute_script(
        "const e = [...document.querySelectorAll('td, p')].find(e => e.textContent.includes(arguments[0]));"
        "return e ? [e.getAttribute('dir'), getComputedStyle(e).direction] : null", RTL_NOTE[:20])
    if hostile and rtl is None:
        problems.append("the right-to-left note is not in the page")
    if rtl is not None and rtl != ["auto", "rtl"]:
        problems.append("the right-to-left note's cell has dir=%s and is laid out %s" % tuple(rtl))
    images = driver.execute_script(
        "return [...document.querySelectorAll('figure img')].map(i => [i.alt, atob(i.src.split(',')[1])])")
    if len(images) != len(kinds):
        problems.append("%d chart images, not %d" % (len(images), len(kinds)))
    for (alt, svg), kind in zip(images, kinds):
        if not alt.startswith(kind):
            problems.append("the %s's alternative text begins %r" % (kind.lower(), alt[:40]))
        fonts = set(re.findall(r'font-family="([^"]*)"', svg))
        if fonts != {"Liberation Sans, Arial, Helvetica, sans-serif"}:
            problems.append("the %s's SVG names the fonts %s" % (kind.lower(), sorted(fonts)))
    return problems


def main():
    if len(sys.argv) != 4:
        fail("usage: check_html.py WGLL SOURCE_DIR OUT_DIR")
    program, source, out = sys.argv[1:]
    axe = need_tools()
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        pages = make_reports(program, source, work)
        driver = browser()
        problems = []
        try:
            for name, path in pages.items():
                # The trend page at a common phone's width too (390 px) besides the narrowest.
                for width in WIDTHS + ([390] if name == "trend" else []):
                    problems += check(driver, axe, name, path, width, out)
        finally:
            driver.quit()
    if problems:
        fail("\n  ".join(["the HTML report fails:"] + problems))
    print("check_html: the reports (demo, hostile, trend) reflow at 320 px and 1280 px (trend also 390 px) "
          "with no axe-core violation")


if __name__ == "__main__":
    main()
