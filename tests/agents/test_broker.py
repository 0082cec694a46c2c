"""The embedded Tansu broker: ready when it answers Metadata, never left behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from agents.broker import BrokerError, EmbeddedBroker, free_port, metadata_ok


def _gone(pid: int, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        # A zombie still answers kill(0); check its state.
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split()[2] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


def test_broker_answers_metadata_then_stops_without_leaving_a_process() -> None:
    with EmbeddedBroker() as broker:
        assert metadata_ok(broker.host, broker.port)
        assert broker.url == f"kafka://127.0.0.1:{broker.port}"
        pid = broker.process.pid  # type: ignore[union-attr]
    assert _gone(pid)
    assert not metadata_ok("127.0.0.1", broker.port, timeout=0.3)


def test_broker_stops_when_the_with_block_fails() -> None:
    with pytest.raises(RuntimeError), EmbeddedBroker() as broker:
        pid = broker.process.pid  # type: ignore[union-attr]
        raise RuntimeError("test failure inside the block")
    assert _gone(pid)


def test_a_port_nobody_listens_on_is_not_a_broker() -> None:
    assert not metadata_ok("127.0.0.1", free_port(), timeout=0.3)


def test_a_busy_port_gives_a_clear_error() -> None:
    with EmbeddedBroker() as first, pytest.raises(BrokerError, match="already in use"):
        EmbeddedBroker(port=first.port, start_timeout=3).start()


def test_broker_dies_with_its_owner_even_on_kill_9(tmp_path: object) -> None:
    script = textwrap.dedent("""
        import sys, time
        from agents.broker import EmbeddedBroker
        b = EmbeddedBroker().start()
        print(b.process.pid, flush=True)
        time.sleep(60)
    """)
    owner = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        tansu_pid = int(owner.stdout.readline())  # type: ignore[union-attr]
        os.kill(owner.pid, signal.SIGKILL)
        owner.wait(10)
        assert _gone(tansu_pid), "tansu outlived its owner"
    finally:
        if owner.poll() is None:
            owner.kill()
