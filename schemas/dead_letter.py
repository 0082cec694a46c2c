"""DeadLetter: a record a stage could not process, value of ``newswire.deadletter``."""

from __future__ import annotations

import base64
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DeadLetter:
    stage: str
    error: str  # exception class name
    message: str
    key: str | None
    payload: str  # original bytes as UTF-8 text, or base64 (see payload_encoding)
    payload_encoding: str  # "utf-8" | "base64"
    topic: str | None
    partition: int | None
    offset: int | None
    failed_at: str
    schema_version: int = 1

    @staticmethod
    def encode_payload(payload: bytes | None) -> tuple[str, str]:
        """Keep the original bytes recoverable: text when it is valid UTF-8, else base64."""
        if payload is None:
            return "", "utf-8"
        try:
            return payload.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            return base64.b64encode(payload).decode("ascii"), "base64"
