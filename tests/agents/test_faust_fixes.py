"""After a rebalance, stream partitions resume only once the seek to the committed offsets
is done and the stream queues have been cleared (agents/faust_fixes.py).

Faust's own order (resume, seek, clear) lets records fetched during the seek land in a
queue that is then emptied: they are lost and, through the consumer's gap bookkeeping,
even committed. The crash test (tests/integration/test_crash.py) shows the loss on a real
broker; this pins the order the fix guarantees, on Faust's real ``Recovery`` method.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import pytest
from faust.tables.recovery import Recovery

from agents.faust_fixes import resume_streams_after_seek

STREAM = ("newswire.articles.clean", 0)
CHANGELOG = ("app-near-dup-changelog", 0)


class FakeConsumer:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    def assignment(self) -> set[Any]:
        return {STREAM, CHANGELOG}

    def resume_partitions(self, tps: set[Any]) -> None:
        self.calls.append(f"resume_partitions {sorted(tps)}")

    async def perform_seek(self) -> None:
        self.calls.append("seek start")
        await asyncio.sleep(0)  # the real seek awaits the broker here
        self.calls.append("seek done")

    def resume_flow(self) -> None:
        self.calls.append("resume_flow")


class FakeFlowControl:
    def __init__(self, calls: list[str]) -> None:
        self.calls = calls

    def resume(self) -> None:
        self.calls.append("flow_control.resume (clears queues)")


def fake_recovery(calls: list[str], generation: int = 1) -> Any:
    async def send() -> None:
        return None

    async def maybe_start() -> None:
        return None

    app = SimpleNamespace(
        consumer=FakeConsumer(calls), flow_control=FakeFlowControl(calls),
        on_rebalance_complete=SimpleNamespace(send=send), consumer_generation_id=generation,
        conf=SimpleNamespace(broker_request_timeout=5.0),
        _fetcher=SimpleNamespace(maybe_start=maybe_start),
        assignor=SimpleNamespace(assigned_standbys=lambda: set()),
        on_rebalance_end=lambda: None)

    async def wait(coro: Any, timeout: float | None = None) -> Any:
        return await coro

    return SimpleNamespace(
        app=app, log=SimpleNamespace(info=lambda *a: None, dev=lambda *a: None,
                                     warning=lambda *a: None),
        tables=SimpleNamespace(values=lambda: [], on_actives_ready=lambda: None,
                               on_standbys_ready=lambda: None),
        _set_recovery_ended=lambda: None, completed=asyncio.Event(), _wait=wait,
        _is_changelog_tp=lambda tp: tp == CHANGELOG, actives_for_table={},
        standbys_for_table={})


@pytest.mark.asyncio
async def test_stream_partitions_resume_after_the_seek_and_the_queue_clear() -> None:
    resume_streams_after_seek()
    calls: list[str] = []
    recovery = fake_recovery(calls)
    await Recovery.on_recovery_completed(recovery, generation_id=1)
    assert calls.index("seek done") < calls.index("flow_control.resume (clears queues)")
    resumed = calls.index(f"resume_partitions {[STREAM]}")
    assert resumed > calls.index("flow_control.resume (clears queues)"), calls
    # The consumer and flow control get their own methods back afterwards.
    assert "resume_partitions" not in vars(recovery.app.consumer)
    assert "resume" not in vars(recovery.app.flow_control)


@pytest.mark.asyncio
async def test_a_new_rebalance_during_recovery_leaves_partitions_paused() -> None:
    resume_streams_after_seek()
    calls: list[str] = []
    recovery = fake_recovery(calls, generation=2)  # the app moved on to generation 2
    await Recovery.on_recovery_completed(recovery, generation_id=1)
    assert not any(c.startswith("resume_partitions") for c in calls), calls


def test_the_patch_is_applied_once() -> None:
    resume_streams_after_seek()
    patched = Recovery.on_recovery_completed
    resume_streams_after_seek()
    assert Recovery.on_recovery_completed is patched
