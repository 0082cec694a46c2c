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
