"""The live page in a real browser, against a real ``newswire demo --serve`` run.

Headless Chromium (Debian ``chromium``; ``.ci/run`` installs it) loads the page the demo's
worker serves: the map renders, at least 10 markers appear, a filter narrows the table,
and an article ingested while the page is open shows up without a reload. The same run
checks the operator endpoints: ``/readyz`` turns ready within 30 s and ``/metrics``
shows the per-stage counters and the latency histogram. The screenshot goes to
``test-output/live-page.png``.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from tests.integration.browser import CHROMIUM, Browser
from tests.integration.conftest import REPO

pytestmark = pytest.mark.integration

OUTPUT = REPO / "test-output"
# Written for this test (not outlet text): a clear event with a place the gazetteer knows.
NEW_ARTICLE = {
    "title": "Kenya and Uganda sign border trade deal",
    "text": ("Kenya and Uganda signed a trade agreement in Nairobi on Monday, officials said. "
             "Kenyan police arrested 40 protesters outside the parliament on Tuesday. "
             "The two governments agreed to hold talks in Kampala next month."),
    "published": "2024-03-06",
    "url": "https://news.example.org/live-page-kenya-uganda",
}
ROWS = "document.querySelectorAll('#events tbody tr')"


@dataclass
class DemoRun:
    proc: subprocess.Popen[bytes]
    url: str
    broker: str
    started: float
    ready_after: float | None = None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DemoRun]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: apt-get install -y chromium chromium-driver")
    log = tmp_path_factory.mktemp("demo") / "demo.err"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env["NEWSWIRE_WEB_PORT"] = str(_free_port())
    started = time.monotonic()
    with open(log, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "agents.cli", "demo", "--serve",
                                 "--json", "--duration", "400"], cwd=REPO, env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = started + 90
        found = None
        while found is None:
            found = re.search(r"live page (\S+) \(metrics \S+; broker (\S+)\)",
                              log.read_text(errors="replace"))
            assert proc.poll() is None, log.read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, log.read_text(errors="replace")[-3000:]
            time.sleep(0.2)
        run = DemoRun(proc, found.group(1), found.group(2), started)
        while time.monotonic() < started + 60:
            if _get(run.url + "readyz")[0] == 200:
                run.ready_after = time.monotonic() - started
                break
            time.sleep(0.5)
        yield run
    finally:
        proc.terminate()
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def test_readyz_turns_ready_within_30s_and_metrics_show_stages_and_latency(
        demo: DemoRun) -> None:
    assert demo.ready_after is not None and demo.ready_after <= 30, demo.ready_after
    assert _get(demo.url + "healthz")[0] == 200
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        _, text = _get(demo.url + "metrics")
        enriched = re.search(r'newswire_records_total\{outcome="out",stage="enrich"\} (\S+)',
                             text)
        latency = re.search(r"newswire_end_to_end_seconds_count (\S+)", text)
        # The story gauge moves after the cluster stage, a little behind enrich.
        stories = re.search(r"newswire_stories [1-9]", text)
        if enriched and latency and float(latency.group(1)) > 0 and stories:
            break
        time.sleep(1)
    else:
        pytest.fail(f"no enrich output, latency observations or stories on /metrics:\n"
                    f"{text[-3000:]}")
    for stage in ("normalize", "annotate", "extract", "enrich"):
        assert re.search(rf'newswire_records_total\{{outcome="in",stage="{stage}"\}} [1-9]',
                         text), stage
        assert f'newswire_stage_seconds_bucket{{le="0.1",stage="{stage}"}}' in text
    assert 'newswire_end_to_end_seconds_bucket{le="+Inf"}' in text
    assert "newswire_consumer_lag_messages{" in text
    assert re.search(r"newswire_feeds_polled_total [1-9]", text)
    assert re.search(r"newswire_stories [1-9]", text)


async def test_live_page_map_markers_filters_and_a_new_event_without_reload(
        demo: DemoRun, tmp_path: Path) -> None:
    browser = Browser(tmp_path / "chromium-profile", height=1300)
    try:
        await browser.start()
        await browser.goto(demo.url)
        # The map: the Natural Earth outlines, drawn from the page's own data.
        assert await browser.js("document.querySelectorAll('#land path').length") > 150
        assert await browser.wait_for("document.body.dataset.ready === '1'", timeout=60)
        # Markers arrive as the demo codes its articles.
        markers = await browser.wait_for(
            "(n => n >= 10 && n)(document.querySelectorAll('#markers circle').length)",
            timeout=150)
        assert markers >= 10

        # Rows keep arriving while the demo codes: each check counts both sides in one
        # synchronous script (render() runs inside the change handler).
        for select, pick, cell in (("filter-type", None, "td.type"),
                                   ("filter-country", "UKR", None)):
            text = f"r.querySelector('{cell}').textContent" if cell else "r.textContent"
            # Early on every row may involve the same country (one article coded so far):
            # try the options until one narrows the table, waiting for more rows if none.
            narrowed = None
            deadline = asyncio.get_running_loop().time() + 60
            while narrowed is None:
                options = await browser.js(f"[...document.querySelectorAll('#{select} "
                                           "option')].slice(1).map(o => o.value)")
                ordered = ([pick] if pick in options else []) + \
                    [o for o in options if o != pick]
                for value in ordered:
                    got = await browser.js(
                        f"(() => {{ const s = document.getElementById('{select}');"
                        " s.value = ''; s.dispatchEvent(new Event('change'));"
                        f" const all = {ROWS}.length;"
                        f" s.value = {orjson.dumps(value).decode()};"
                        " s.dispatchEvent(new Event('change'));"
                        f" const rows = [...{ROWS}].map(r => {text});"
                        " s.value = ''; s.dispatchEvent(new Event('change'));"
                        " return {all, rows}; })()")
                    if 0 < len(got["rows"]) < got["all"]:
                        narrowed = (value, got)
                        break
                else:
                    assert asyncio.get_running_loop().time() < deadline, \
                        (select, options, "no option narrows the table")
                    await asyncio.sleep(1)
            value, got = narrowed
            if cell:
                assert set(got["rows"]) == {value}
            else:
                assert all(value in row for row in got["rows"])

        # A new article while the page is open: its event must appear without a reload.
        await browser.js("window.__sameDocument = 42")
        before = set(await browser.js(f"[...{ROWS}].map(r => r.dataset.eventId)"))
        article = tmp_path / "kenya.json"
        article.write_bytes(orjson.dumps(NEW_ARTICLE))
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
        env["NEWSWIRE_BROKER"] = demo.broker
        done = subprocess.run([sys.executable, "-m", "agents.cli", "ingest", str(article)],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=120,
                              check=False)
        assert done.returncode == 0, done.stderr
        new_rows = await browser.wait_for(
            f"(ids => {{ const rows = [...{ROWS}].filter(r => !ids.includes(r.dataset.eventId)"
            " && r.textContent.includes('Kenya')); return rows.length && rows.length; })"
            f"({orjson.dumps(sorted(before)).decode()})", timeout=120)
        assert new_rows >= 1
        assert await browser.js("window.__sameDocument") == 42  # the page never reloaded
        await browser.screenshot(OUTPUT / "live-page.png")
    finally:
        await browser.close()
