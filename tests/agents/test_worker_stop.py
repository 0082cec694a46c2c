"""A worker that is still waiting for its broker stops at once on SIGTERM/SIGINT."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from agents.broker import free_port

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_worker_waiting_for_a_broker_stops_on_a_signal(sig: signal.Signals) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSWIRE_")}
    env["NEWSWIRE_BROKER"] = f"kafka://127.0.0.1:{free_port()}"  # nobody listens there
    env["NEWSWIRE_WEB_PORT"] = "0"
    worker = subprocess.Popen([sys.executable, "-m", "agents.cli", "worker"], cwd=REPO,
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              text=True)
    try:
        assert worker.stderr is not None
        deadline = time.monotonic() + 30
        for line in worker.stderr:  # wait until it is really in the broker wait
            if "not reachable" in line or time.monotonic() > deadline:
                break
        worker.send_signal(sig)
        assert worker.wait(10) == 0
    finally:
        if worker.poll() is None:
            worker.kill()
            worker.wait()
