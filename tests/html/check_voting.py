#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Blind votes from phones in a real browser (issue 18, item 6): `wgll workshop host` serves the
voting page on loopback; headless Chromium plays 8 participants, each in a window of its own
(its own sessionStorage, as a phone would be) at 320 px, on 3 statements, with a changed vote, a
"can't say" and a second round. Mid-round the host is killed, restored with `wgll recover` and
run again: every phone reconnects by itself as the same voter and the round goes on with its
votes. The file is then read back with `wgll export --format json`.
axe-core runs on the page (the name picker, a ballot, the revealed spread) in light and dark:
no WCAG 2.2 AA violation. Touch targets are measured (at least 44 px) and the page must not
scroll sideways at 320 px. Fails loudly, never skips, when Chromium, its driver, Selenium or
axe-core is missing (scripts/install-deps.sh installs them all).

usage: check_voting.py WGLL OUT_DIR      (screenshots of the phone page are left in OUT_DIR)"""

import json
import os
import subprocess
import sys
import tempfile
import threading

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_html import TAGS, browser, fail, need_tools  # noqa: E402

NAMES = ["Ann Patel", "Bob Jones", "Cat Ng", "Dev Rao", "Eve Ola", "Fay Wu", "Gus Ode", "Hal Kim"]
# Each statement's votes in register order (None: can't say); round 2 of 2.1 after discussion.
PLAN = [("1.1", [3, 3, 4, 3, 2, 3, 4, 3]),
        ("2.1", [1, 5, 2, 4, None, 3, 1, 5]),
        ("2.1", [3, 3, 3, 4, None, 3, 2, 3]),
        ("3.2", [4, 4, 4, 4, 5, 4, 4, 4])]


class Host:
    """`wgll workshop host` with its standard input and output, one command and answer a line."""

    def __init__(self, program, work):
        env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
                   XDG_DATA_HOME=os.path.join(work, "data"), XDG_CACHE_HOME=os.path.join(work, "cache"))
        self.env = env
        self.program = program
        self.file = os.path.join(work, "board.wgll")
        run(program, env, "new", self.file, "--framework", "wgll-org", "--organisation", "Northshire", "--period",
            "2026/27")
        self.start("--participants", ";".join(NAMES))
        if not self.first.startswith("url: http://127.0.0.1:"):
            fail("the host's first line is %r, not the join address" % self.first)
        self.url = self.first[len("url: "):]

    def start(self, *args):
        self.proc = subprocess.Popen([self.program, "workshop", "host", self.file, "--session", "Board development",
                                      "--bind", "127.0.0.1", *args],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                     text=True, bufsize=1, env=self.env)
        self.errors = []
        threading.Thread(target=lambda: self.errors.extend(self.proc.stderr), daemon=True).start()
        self.first = self.proc.stdout.readline().strip()

    def kill(self):
        """Killed without warning: a flat battery, a crash."""
        self.proc.kill()
        self.proc.wait(timeout=30)

    def continue_session(self):
        """Its unsaved votes restored by `wgll recover`, then run again for the same session,
        without its register: it must serve the same join address."""
        run(self.program, self.env, "recover", self.file, "--restore")
        self.start()
        if self.first != "url: " + self.url:
            fail("run again, the host serves %r, not %r: %s" % (self.first, self.url, "".join(self.errors)))
        continued = self.proc.stdout.readline().strip()
        if continued != "continued: Board development (at the same address: phones reconnect by themselves)":
            fail("run again, the host says %r" % continued)

    def command(self, line):
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        answer = self.proc.stdout.readline().strip()
        if not answer:
            fail("no answer to %r: %s" % (line, "".join(self.errors)))
        return answer

    def close(self):
        self.proc.stdin.write("close\n")
        self.proc.stdin.flush()
        rest = self.proc.stdout.read()
        code = self.proc.wait(timeout=60)
        if code != 0:
            fail("the host exited %d: %s" % (code, "".join(self.errors)))
        return rest


def run(program, env, *args):
    done = subprocess.run([program, *args], env=env, capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        fail("wgll " + " ".join(args) + " exited " + str(done.returncode) + ": " + done.stderr)
    return done.stdout


def wait_for(driver, script, what, *args):
    from selenium.webdriver.support.ui import WebDriverWait
    try:
        return WebDriverWait(driver, 20, poll_frequency=0.05).until(lambda d: d.execute_script(script, *args))
    except Exception:  # noqa: BLE001 - a timeout says what was awaited
        fail("waited 20 s for " + what + "; the page says: " +
             driver.execute_script("return document.body.innerText")[:400])


def axe(driver, source, where):
    driver.execute_script(source)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(r => done({violations: r.violations.map(v => v.id + ': ' + v.help + ' (' +"
        " v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') + ')'), passes: r.passes.length}))"
        ".catch(e => done({error: String(e)}));", TAGS)
    if "error" in result:
        return [where + ": axe-core failed: " + result["error"]]
    print("%s: axe-core %d rules passed, %d violations" % (where, result["passes"], len(result["violations"])))
    problems = [where + ": axe-core: " + v for v in result["violations"]]
    if result["passes"] < 10:
        problems.append(where + ": axe-core ran only %d rules" % result["passes"])
    return problems


def layout(driver, where):
    """Touch targets of at least 44 px each way, and no sideways scrolling at 320 px."""
    small = driver.execute_script(
        "return [...document.querySelectorAll('button')].filter(b => b.offsetParent !== null)"
        ".map(b => b.getBoundingClientRect()).filter(r => r.width < 44 || r.height < 44).length")
    wide = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
    problems = []
    if small:
        problems.append(where + ": %d buttons are smaller than 44 px" % small)
    if wide:
        problems.append(where + ": the page scrolls sideways at 320 px")
    return problems


def whole_page(driver, path):
    """A picture of the whole page at 320 px wide, as a phone scrolls through it (the user guide
    shows these), then the phone's own 320 x 640 screen again."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 320, "height": height, "deviceScaleFactor": 1, "mobile": True})
    driver.save_screenshot(path)
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})


def phone(driver, url, name):
    """A new window as one participant's phone: opens the join address and claims the name."""
    driver.switch_to.new_window("window")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 320, "height": 640, "deviceScaleFactor": 1, "mobile": True})
    driver.get(url)
    wait_for(driver, "return [...document.querySelectorAll('#names button')].some(b => b.textContent === arguments[0]"
                     " && !b.disabled)", "the name " + name + " to be free", name)
    driver.execute_script("[...document.querySelectorAll('#names button')].find(b => b.textContent === arguments[0])"
                          ".click()", name)
    wait_for(driver, "return document.getElementById('who').textContent === 'Voting as ' + arguments[0]",
             name + " to be claimed", name)
    return driver.current_window_handle


def cast(driver, handle, statement, level, round_text):
    driver.switch_to.window(handle)
    wait_for(driver, "return !document.getElementById('ballot').hidden && !document.getElementById('voting').hidden &&"
                     " document.getElementById('statement-id').textContent === arguments[0] && "
                     "document.getElementById('round').textContent === arguments[1] && "
                     "document.querySelectorAll('#levels button').length === 6", "statement " + statement + " " +
             round_text, statement, round_text)
    key = "cant-say" if level is None else str(level)
    driver.execute_script("document.querySelector('#levels button[data-level=\"' + arguments[0] + '\"]').click()", key)
    wait_for(driver, "return document.getElementById('status').textContent === 'Your vote is in.' && "
                     "document.querySelector('#levels button[data-level=\"' + arguments[0] + '\"]')"
                     ".getAttribute('aria-pressed') === 'true'", "the vote to be in", key)


def crash_mid_round(driver, host, phones, statement):
    """Half the room has voted when the host is killed: every phone says the connection is lost,
    then, with nobody touching it, is back as the same voter once the host runs again, and the
    round goes on with the votes already in (blind, so only their count is said)."""
    problems = []
    host.kill()
    for handle in phones:
        driver.switch_to.window(handle)
        wait_for(driver, "return !document.getElementById('connection').hidden", "the phone to say it lost the host")
    host.continue_session()
    for handle, name in zip(phones, NAMES):
        driver.switch_to.window(handle)
        wait_for(driver, "return document.getElementById('connection').hidden && "
                         "document.getElementById('who').textContent === 'Voting as ' + arguments[0]",
                 name + "'s phone to reconnect by itself", name)
    answer = host.command("open " + statement)
    if answer != "open %s, round 1" % statement:
        problems.append("after the restart, open %s answered %r" % (statement, answer))
    status = host.command("status")
    if status != "voted 4 of 8":
        problems.append("after the restart, status says %r, not 'voted 4 of 8'" % status)
    print("%s: host killed after 4 of 8 votes, run again at the same address; all 8 phones reconnected by "
          "themselves; %s" % (statement, status))
    return problems


def play(driver, host, phones, axe_source, out):
    problems = []
    for n, (statement, votes) in enumerate(PLAN):
        second = n > 0 and PLAN[n - 1][0] == statement
        answer = host.command("revote" if second else "open " + statement)
        if not answer.startswith("open " + statement):
            fail("open %s answered %r" % (statement, answer))
        # One phone changes its mind first: only its last vote counts.
        round_text = "(round 2)" if second else ""
        cast(driver, phones[0], statement, 1 if votes[0] != 1 else 2, round_text)
        for i, (handle, level) in enumerate(zip(phones, votes)):
            if n == 1 and i == 4:
                problems += crash_mid_round(driver, host, phones, statement)
            cast(driver, handle, statement, level, round_text)
        if n == 0:
            problems += axe(driver, axe_source, "the ballot") + layout(driver, "the ballot")
            whole_page(driver, os.path.join(out, "voting-ballot-320.png"))
        status = host.command("status")
        if status != "voted 8 of 8":
            problems.append("%s: status says %r" % (statement, status))
        print(statement, host.command("reveal"))
        driver.switch_to.window(phones[-1])
        wait_for(driver, "return !document.getElementById('result').hidden", "the spread on the phone")
        shown = driver.execute_script("return [...document.querySelectorAll('#distribution td.count')]"
                                      ".map(td => Number(td.textContent))")
        expected = [sum(1 for v in votes if v == level) for level in range(1, 6)] + [votes.count(None)]
        if shown != expected:
            problems.append("%s: the phone shows %s, not %s" % (statement, shown, expected))
        if n == 0:
            problems += axe(driver, axe_source, "the spread") + layout(driver, "the spread")
            whole_page(driver, os.path.join(out, "voting-revealed-320.png"))
        last_of_statement = n + 1 == len(PLAN) or PLAN[n + 1][0] != statement
        if last_of_statement:
            agreed = host.command("agree %d Agreed in the room" % sorted(v for v in votes if v)[len(votes) // 2 - 1])
            if not agreed.startswith("agreed " + statement):
                problems.append("agree on %s answered %r" % (statement, agreed))
    return problems


def check_file(host):
    record = json.loads(run(host.program, host.env, "export", host.file, "--format", "json", "-o", "-"))
    w = record["workshop"]
    problems = []
    titles = [s["title"] for s in w["sessions"]]
    if titles != ["Board development", "Board development (round 2)"]:
        problems.append("the sessions are %s" % titles)
    by_session = {}
    for v in w["votes"]:
        by_session.setdefault((v["session"], v["statement"]), []).append(v["score"])
    ids = [s["id"] for s in w["sessions"]]
    for (statement, votes), session in zip(PLAN, [ids[0], ids[0], ids[1], ids[0]]):
        got = sorted(by_session.get((session, statement), []))
        if got != sorted(v for v in votes if v is not None):
            problems.append("%s in session %d: the file holds %s" % (statement, session, got))
    decided = sorted(d["statement"] for d in w["decisions"])
    if decided != ["1.1", "2.1", "3.2"]:
        problems.append("decisions on %s" % decided)
    scores = {i["id"]: i["score"] for i in record["indicators"]}
    if scores["1.1"] != 3 or scores["3.2"] != 4:
        problems.append("agreed scores 1.1=%s 3.2=%s" % (scores["1.1"], scores["3.2"]))
    return problems


def main():
    if len(sys.argv) != 3:
        fail("usage: check_voting.py WGLL OUT_DIR")
    program, out = sys.argv[1:]
    axe_source = need_tools()
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        host = Host(program, work)
        driver = browser()
        problems = []
        try:
            first_window = driver.current_window_handle
            phones = [phone(driver, host.url, name) for name in NAMES[:1]]
            driver.switch_to.window(phones[0])
            driver.get(host.url)  # a fresh look, before anyone else claims: the name picker
            driver.execute_script("sessionStorage.clear()")
            driver.get(host.url)
            wait_for(driver, "return document.querySelectorAll('#names button').length === 8", "the name picker")
            # The page's own script runs (it drew the names) under its Content-Security-Policy, and
            # that policy is in force here: a script added to the page is not run.
            if driver.execute_script("const s = document.createElement('script'); s.textContent = "
                                     "'window.injected = 1'; document.head.append(s); return window.injected === 1"):
                problems.append("an injected inline script ran: the Content-Security-Policy is not in force")
            problems += axe(driver, axe_source, "the name picker") + layout(driver, "the name picker")
            whole_page(driver, os.path.join(out, "voting-names-320.png"))
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                                   {"features": [{"name": "prefers-color-scheme", "value": "dark"}]})
            problems += axe(driver, axe_source, "the name picker, dark")
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
            host.command("release " + NAMES[0])
            driver.close()
            driver.switch_to.window(first_window)
            phones = [phone(driver, host.url, name) for name in NAMES]
            problems += play(driver, host, phones, axe_source, out)
        finally:
            driver.quit()
        print(host.command("claims").split(" at ")[0])
        print(host.close().strip())
        problems += check_file(host)
    if problems:
        fail("\n  ".join(["the voting page fails:"] + problems))
    print("check_voting: 8 phones voted on 3 statements (one in two rounds, one across a crash of the host); "
          "the file holds every vote; axe-core found no WCAG 2.2 AA violation")


if __name__ == "__main__":
    main()
