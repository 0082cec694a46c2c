"""The demo reports a dead broker in one line; a Kafka client thread dying of the lost
connection must not print its own traceback first (agents/demo.py)."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from aiokafka.errors import KafkaConnectionError, NodeNotReadyError

from agents.demo import _quiet_connection_loss


def _args(exc: BaseException) -> Any:
    return threading.ExceptHookArgs((type(exc), exc, exc.__traceback__, threading.current_thread()))


def _chained() -> BaseException:
    """CancelledError raised while handling a KafkaConnectionError, as in a CI run."""
    try:
        try:
            raise KafkaConnectionError("Connection at 127.0.0.1:1 closed")
        except KafkaConnectionError:
            raise asyncio.CancelledError() from None
    except asyncio.CancelledError as exc:
        exc.__context__ = KafkaConnectionError("Connection at 127.0.0.1:1 closed")
        return exc


def test_a_thread_ending_on_a_lost_connection_is_silent() -> None:
    seen: list[Any] = []
    hook = _quiet_connection_loss(seen.append)
    hook(_args(_chained()))
    hook(_args(ConnectionResetError("reset by peer")))
    assert seen == []


def test_a_fetch_to_the_dead_node_cancelled_in_its_backoff_is_silent() -> None:
    seen: list[Any] = []
    hook = _quiet_connection_loss(seen.append)
    exc = asyncio.CancelledError()
    exc.__context__ = NodeNotReadyError("Attempt to send a request to node which is not ready")
    hook(_args(exc))
    assert seen == []


def test_any_other_thread_error_still_reaches_the_default_hook() -> None:
    seen: list[Any] = []
    hook = _quiet_connection_loss(seen.append)
    hook(_args(ValueError("a bug")))
    hook(_args(asyncio.CancelledError()))
    assert [type(a.exc_value) for a in seen] == [ValueError, asyncio.CancelledError]
