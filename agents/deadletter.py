"""Dead-lettering: a record a stage cannot process goes to the dead-letter topic, counted.

Faust acks and skips a message whose agent body raises, so every agent catches
everything and calls ``dead_letter`` itself: nothing is lost and the worker keeps going.
"""

from __future__ import annotations

import logging
import traceback
from datetime import UTC, datetime
from typing import Any

from agents.metrics import RECORDS
from pipeline.errors import PipelineError
from schemas import DeadLetter, dumps
from schemas.codec import RecordError

log = logging.getLogger(__name__)


def dead_letter_record(*, stage: str, exc: BaseException, key: bytes | str | None,
                       payload: bytes | None, topic: str | None = None,
                       partition: int | None = None, offset: int | None = None,
                       now: datetime | None = None) -> DeadLetter:
    text, encoding = DeadLetter.encode_payload(payload)
    message = str(exc) or type(exc).__name__
    if not isinstance(exc, PipelineError | RecordError):
        # Not an expected error: keep the traceback, it is a bug to fix.
        message += "\n" + "".join(traceback.format_exception(exc)[-6:])
    if isinstance(key, bytes):
        key = key.decode("utf-8", "replace")
    return DeadLetter(stage=stage, error=type(exc).__name__, message=message[:4000], key=key,
                      payload=text, payload_encoding=encoding, topic=topic,
                      partition=partition, offset=offset,
                      failed_at=(now or datetime.now(UTC)).strftime("%Y-%m-%dT%H:%M:%SZ"))


async def dead_letter(dlq_topic: Any, event: Any, stage: str, exc: BaseException) -> None:
    """Send the faust ``event``'s original bytes with the reason to the dead-letter topic."""
    msg = event.message
    record = dead_letter_record(stage=stage, exc=exc, key=msg.key, payload=msg.value,
                                topic=msg.topic, partition=msg.partition, offset=msg.offset)
    if isinstance(exc, PipelineError | RecordError):  # bad input: one line, no traceback
        log.warning("%s: dead-lettered %s@%s/%s: %s", stage, msg.topic, msg.partition,
                    msg.offset, exc)
    else:
        log.error("%s: bug while processing %s@%s/%s, dead-lettered", stage, msg.topic,
                  msg.partition, msg.offset, exc_info=exc)
    RECORDS.labels(stage, "deadletter").inc()
    await dlq_topic.send(key=msg.key, value=dumps(record))
