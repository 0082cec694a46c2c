"""Where newswire changes faust-streaming 0.15's behaviour, in one place.

1. ``short_fetch_wait``: the worker consumer's fetch wait, which Faust hard-codes.
2. ``resume_streams_after_seek``: a fix for a message-losing race in table recovery.

The race:

After a rebalance, ``Recovery.on_recovery_completed`` (faust/tables/recovery.py) does,
in this order:

1. ``consumer.resume_partitions(stream partitions)``: the fetcher may hand their records
   to the agents from now on;
2. ``await consumer.perform_seek()``: one OffsetFetch round trip per partition (a quarter
   of a second for our ~30 partitions), then every partition's *read offset* is reset to
   its committed offset;
3. ``app.flow_control.resume()``, which **clears every stream queue**.

Records fetched during step 2 go into the agents' queues, advance the consumer's read
offset and are then thrown away by step 3. When the refetch from the committed offset
arrives they are below the read offset and dropped as already seen, and the consumer's
"gap" bookkeeping counts them as acknowledged, so the loss is even committed. Seen here
after ``kill -9`` + restart with a backlog: 116 of 300 articles never left
``articles.clean`` (tests/integration/test_crash.py), in about one run in four; in other
runs the hole was not acknowledged and the consumer stopped committing (the "stall").
The upstream reports are faust-streaming issues #596 and #216 (the same race on the
no-table path, fixed there by seeking first).

The fix keeps Faust's code and changes only the order: resuming the stream partitions is
deferred until the seek is done and the flow-control queues have been cleared, so nothing
can be fetched into a queue that is about to be emptied.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

log = logging.getLogger(__name__)

_PATCHED = "_newswire_resume_after_seek"


def resume_streams_after_seek() -> None:
    """Patch ``Recovery.on_recovery_completed`` (idempotent; call before the app starts)."""
    from faust.tables.recovery import Recovery

    if getattr(Recovery, _PATCHED, False):
        return
    Recovery.on_recovery_completed = _deferring(Recovery.on_recovery_completed)  # type: ignore[method-assign,assignment]
    setattr(Recovery, _PATCHED, True)


def _deferring(original: Callable[..., Awaitable[None]]) -> Callable[..., Awaitable[None]]:
    @functools.wraps(original)
    async def on_recovery_completed(self: Any, generation_id: int = 0) -> None:
        consumer, flow = self.app.consumer, self.app.flow_control
        resume_partitions = consumer.resume_partitions
        flow_resume = flow.resume
        deferred: list[set[Any]] = []

        def defer(tps: Iterable[Any]) -> None:
            deferred.append(set(tps))

        def release() -> None:
            while deferred:
                resume_partitions(deferred.pop(0))

        def resume_then_release() -> None:
            flow_resume()  # clears the stream queues; nothing of the new assignment in them
            release()

        # Instance attributes shadow the methods for the duration of this call only.
        consumer.resume_partitions = defer
        flow.resume = resume_then_release
        try:
            await original(self, generation_id)
        finally:
            del consumer.resume_partitions
            del flow.resume
            release()  # e.g. Faust returned early on a new rebalance before resuming flow

    return on_recovery_completed


#: Longest a consumer fetch waits for new records. Faust hard-codes 1500 ms; Tansu holds
#: a fetch until then instead of answering when a record arrives, so each of the four
#: hops waited up to 1.5 s (bench: p50 3.0 s at half load). Apache Kafka answers early
#: either way; an idle worker just polls a little more often.
FETCH_MAX_WAIT_MS = 100


def short_fetch_wait() -> None:
    """Make Faust's worker consumer use FETCH_MAX_WAIT_MS (it has no setting for it)."""
    from faust.transport.drivers.aiokafka import AIOKafkaConsumerThread as Thread

    if getattr(Thread, "_newswire_fetch_wait", False):
        return
    create = Thread._create_worker_consumer

    def create_worker_consumer(self: Any, transport: Any) -> Any:
        consumer = create(self, transport)
        consumer._fetch_max_wait_ms = FETCH_MAX_WAIT_MS  # read by start() → Fetcher
        return consumer

    Thread._create_worker_consumer = create_worker_consumer  # type: ignore[method-assign]
    Thread._newswire_fetch_wait = True  # type: ignore[attr-defined]
