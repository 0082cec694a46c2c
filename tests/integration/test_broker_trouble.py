"""Broker trouble: worker and poller outlive a missing, dying and restarted broker.

Real processes (``newswire worker``, ``newswire poll``) are started before any broker
listens on their fixed port, then Tansu is started, stopped while they run, and started
again on the same port. Checked:

- while the broker is missing they wait with backoff and say so once (one line per state
  change, no traceback and no client error line per retry);
- they resume: articles polled after the first start are coded;
- Tansu keeps everything in memory, so the restarted broker has no topics, offsets or
  groups. Both processes notice, log why, and exit with status 75 (``EX_TEMPFAIL``); the
  test plays the supervisor (docker-compose ``restart: unless-stopped``) and restarts
  them, and articles published after the restart are coded.

And ``newswire demo`` ends with a clear message and a non-zero status when its embedded
broker dies under it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import orjson
import pytest

from agents.broker import EmbeddedBroker, free_port, stop_process
from agents.broker_watch import EXIT_BROKER_RESET
from tests.integration.conftest import REPO, TopicReader

pytestmark = pytest.mark.integration

#: Kafka client lines that would show one-per-retry noise if not muted.
NOISE = ("Unable connect to", "Unable to update metadata", "NodeNotReadyError",
         "OffsetCommit failed", "Failed fetch messages")


class Feed:
    """A local RSS feed whose entries the test adds over time."""

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, str]] = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                body = feed.render()
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/feed.xml"

    def add(self, n: int) -> None:
        countries = ["Kenya", "Uganda", "Chile", "Peru", "Ghana", "Norway", "Japan"]
        a, b = countries[n % 7], countries[(n + 3) % 7]
        self.entries.append((
            f"trouble-{n}", f"{a} and {b} sign a deal, report {n}",
            f"{a} and {b} signed a trade agreement in the capital on Monday, officials "
            f"said in statement {n}. Police arrested {n + 10} protesters outside the "
            f"parliament on Tuesday. The two governments agreed to hold talks next month."))

    def render(self) -> bytes:
        items = "".join(
            f"<item><title>{escape(t)}</title><guid isPermaLink=\"false\">{g}</guid>"
            f"<link>http://127.0.0.1:9/{g}</link><description>{escape(d)}</description>"
            "<pubDate>Mon, 01 Nov 2004 10:00:00 GMT</pubDate></item>"
            for g, t, d in list(self.entries))
        return ('<?xml version="1.0"?><rss version="2.0"><channel><title>trouble</title>'
                f"<link>http://127.0.0.1/</link><description>d</description>{items}"
                "</channel></rss>").encode()

    def close(self) -> None:
        self.httpd.shutdown()


class Supervised:
    """A newswire process restarted when it exits with 75, like a compose restart policy."""

    def __init__(self, args: list[str], env: dict[str, str], log_dir: Path, name: str) -> None:
        self.args, self.env, self.log_dir, self.name = args, env, log_dir, name
        self.exits: list[int] = []
        self.logs: list[Path] = []
        self._start()

    def _start(self) -> None:
        path = self.log_dir / f"{self.name}{len(self.logs)}.log"
        self.logs.append(path)
        with open(path, "w") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "agents.cli", *self.args],
                                         env=self.env, cwd=REPO, stdout=out,
                                         stderr=subprocess.STDOUT)

    def supervise(self) -> None:
        code = self.proc.poll()
        if code is None:
            return
        self.exits.append(code)
        assert code == EXIT_BROKER_RESET, f"{self.name} exited {code}:\n{self.text()[-3000:]}"
        self._start()

    def text(self, i: int = -1) -> str:
        return self.logs[i].read_text(errors="replace")

    def stop(self) -> None:
        stop_process(self.proc)  # SIGTERM: offsets committed; SIGKILL after 30 s


def _count(text: str, needle: str) -> int:
    return sum(1 for line in text.splitlines() if needle in line)


def _wait(cond: Callable[[], bool], timeout: float, what: str,
          tick: Callable[[], None] = lambda: None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        tick()
        if cond():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


def test_worker_and_poller_wait_for_the_broker_and_recover_from_its_restart(
        tmp_path: Path) -> None:
    started = time.monotonic()
    port = free_port()
    feed = Feed()
    for n in range(3):
        feed.add(n)
    feeds = tmp_path / "feeds.txt"
    feeds.write_text(feed.url + "\n")
    prefix = f"bt{os.getpid()}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(NEWSWIRE_BROKER=f"kafka://127.0.0.1:{port}", NEWSWIRE_TOPIC_PREFIX=prefix,
               NEWSWIRE_APP_ID=f"{prefix}-app", NEWSWIRE_PARTITIONS="2",
               NEWSWIRE_WEB_PORT="0", NEWSWIRE_LOG_LEVEL="info",
               NEWSWIRE_FETCH_PAGES="false", NEWSWIRE_ALLOW_PRIVATE_ADDRESSES="true",
               NEWSWIRE_POLL_INTERVAL="2", NEWSWIRE_POLL_MAX_BACKOFF="4")
    coded = f"{prefix}.articles.coded"
    worker = Supervised(["worker"], env, tmp_path, "worker")
    poller = Supervised(["poll", "--feeds", str(feeds)], env, tmp_path, "poller")
    procs = (worker, poller)

    def tick() -> None:
        for p in procs:
            p.supervise()

    broker: EmbeddedBroker | None = None
    try:
        # 1. No broker yet: both wait, and say so once.
        time.sleep(7)
        tick()
        for p in procs:
            out = p.text()
            assert _count(out, "not reachable") == 1, out[-2000:]
            assert "Traceback" not in out, out[-3000:]
            assert sum(_count(out, n) for n in NOISE) <= 1, out[-2000:]

        # 2. The broker appears: they connect and the first entries are coded.
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "tansu.log").start()
        _wait(lambda: all("reachable again" in p.text() for p in procs), 30,
              "both processes to see the broker", tick)
        first = {f"trouble-{n}" for n in range(3)}
        _wait(lambda: "worker ready" in worker.text(), 60, "the worker", tick)
        assert _coded_article_ids(broker, coded, first, 90) == first

        # 3. The broker dies while they run: one line each, no per-retry noise.
        before = {p.name: sum(_count(p.text(), n) for n in NOISE) for p in procs}
        broker.stop()
        time.sleep(6)
        tick()
        for p in procs:
            out = p.text()
            assert _count(out, "lost the broker") == 1, out[-3000:]
            assert "Traceback" not in out, out[-3000:]
            noise = sum(_count(out, n) for n in NOISE) - before[p.name]
            # What the clients log in the second before the watch notices, then silence.
            assert noise <= 25, f"{p.name}: {noise} client error lines\n{out[-3000:]}"
        assert [p.exits for p in procs] == [[], []], "nobody should exit while it waits"

        # 4. Same port, but a memory-only broker: everything is gone. Both exit 75 with a
        #    reason, are restarted, recreate the topics, and new entries get coded.
        for n in range(3, 6):
            feed.add(n)
        broker = EmbeddedBroker(port=port, log_file=tmp_path / "tansu.log").start()
        _wait(lambda: all(p.exits for p in procs), 45, "both processes to restart", tick)
        for p in procs:
            out = p.text(0)
            assert _count(out, "is back after") == 1, out[-3000:]
            assert _count(out, "came back without newswire's data") == 1, out[-3000:]
            assert "Traceback" not in out, out[-3000:]
        _wait(lambda: "worker ready" in worker.text(), 60, "the restarted worker", tick)
        # The restarted poller lost its state with the broker, so it re-sends all six.
        every = {f"trouble-{n}" for n in range(6)}
        assert _coded_article_ids(broker, coded, every, 90) == every
        assert [p.exits for p in procs] == [[EXIT_BROKER_RESET]] * 2
        assert time.monotonic() - started < 240
    finally:
        for p in procs:
            p.stop()
        if broker is not None:
            broker.stop()
        feed.close()


def _coded_article_ids(broker: EmbeddedBroker, topic: str, want: set[str], timeout: float
                       ) -> set[str]:
    """Feed entries coded so far (title ``… report N`` → ``trouble-N``), waiting for ``want``."""

    def names(records: list[tuple[str | None, bytes]]) -> set[str]:
        titles = {orjson.loads(v).get("title") or "" for _, v in records}
        return {f"trouble-{t.rsplit(' ', 1)[-1]}" for t in titles if "report" in t}

    r = TopicReader(broker, [topic])
    try:
        return names(r.poll_until(lambda rec: want <= names(rec[topic]), timeout)[topic])
    finally:
        r.close()


def _children(pid: int) -> list[int]:
    kids: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        kids += [int(k) for k in (task / "children").read_text().split()]
    return kids


def test_demo_ends_with_a_clear_message_when_its_broker_dies(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env.update(NEWSWIRE_WEB_PORT="0")
    out = tmp_path / "demo.out"
    with open(out, "w") as sink:
        demo = subprocess.Popen([sys.executable, "-m", "agents.cli", "demo", "--json",
                                 "--duration", "120"], env=env, cwd=REPO, stdout=sink,
                                stderr=subprocess.STDOUT)
    try:
        tansu: list[Any] = []

        def found() -> bool:
            assert demo.poll() is None, out.read_text()[-3000:]
            tansu[:] = [k for k in _children(demo.pid)
                        if "tansu" in Path(f"/proc/{k}/cmdline").read_bytes().decode(
                            errors="replace")]
            return bool(tansu) and "worker ready" in out.read_text(errors="replace")

        _wait(found, 90, "the demo's worker")
        os.kill(tansu[0], signal.SIGKILL)
        code = demo.wait(60)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait(10)
    text = out.read_text(errors="replace")
    assert code != 0, text[-3000:]
    assert "embedded broker died" in text, text[-3000:]
    assert "Traceback" not in text, text[-3000:]
