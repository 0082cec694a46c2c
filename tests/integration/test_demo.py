"""``newswire demo``: the README's main command, run as a user would."""

from __future__ import annotations

import os
import subprocess
import sys

import orjson
import pytest

from schemas.validation import errors as schema_errors
from tests.integration.conftest import REPO

pytestmark = pytest.mark.integration


def test_demo_prints_valid_events_for_the_bundled_feeds_and_exits_zero() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    done = subprocess.run([sys.executable, "-m", "agents.cli", "demo", "--duration", "150",
                           "--json"], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=240, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    events = [orjson.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(events) >= 20, done.stderr[-2000:]
    for ev in events:
        assert schema_errors("event", ev) == [], ev
    # Every polled article was accounted for (completeness invariant), none timed out.
    assert "dead-lettered 0" in done.stderr
    assert "stopped at --duration" not in done.stderr
    assert len({ev["event_id"] for ev in events}) == len(events)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except FileNotFoundError:
        return []


def test_ctrl_c_stops_the_demo_and_its_broker() -> None:
    import signal
    import time

    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    demo = subprocess.Popen([sys.executable, "-m", "agents.cli", "demo", "--json"], cwd=REPO,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert demo.stdout is not None
        first = demo.stdout.readline()  # the first event: everything is running
        assert first.strip(), "demo printed no event"
        # Keep reading like a terminal would; a full pipe would block the demo's writes.
        import threading

        threading.Thread(target=demo.stdout.read, daemon=True).start()
        brokers = _children(demo.pid)
        assert brokers, "no broker child process"
        demo.send_signal(signal.SIGINT)
        assert demo.wait(60) != 0
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(os.path.exists(f"/proc/{p}")
                                                   for p in brokers):
            time.sleep(0.1)
        assert not any(os.path.exists(f"/proc/{p}") for p in brokers), "broker left behind"
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
