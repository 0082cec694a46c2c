"""JSON encoding shared by every record: orjson, UTF-8, no framework envelope."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

import orjson

SCHEMA_VERSION = 1


class RecordError(ValueError):
    """A value on a topic is not a valid record (bad JSON, wrong type, missing field)."""


def dumps(record: Any) -> bytes:
    """Serialise a record (dataclass, dict, list) to compact UTF-8 JSON bytes."""
    return orjson.dumps(record, option=orjson.OPT_NON_STR_KEYS)


def loads(data: bytes | str) -> Any:
    """Parse JSON bytes; raise RecordError (not orjson's) so callers handle one error type."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise RecordError(f"value is not valid UTF-8 JSON: {exc}") from None


def as_dict(record: Any) -> dict[str, Any]:
    """A record as plain dict (round-trips through orjson so nested records are dicts too)."""
    return orjson.loads(dumps(record))


def require_mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise RecordError(f"{what} must be a JSON object, got {type(value).__name__}")
    return value


def get_str(d: Mapping[str, Any], key: str, *, required: bool = False, default: str | None = None,
            max_len: int | None = None) -> str | None:
    """Read a string field, rejecting wrong types instead of coercing them silently."""
    value = d.get(key)
    if value is None:
        if required:
            raise RecordError(f"missing required field {key!r}")
        return default
    if not isinstance(value, str):
        raise RecordError(f"field {key!r} must be a string, got {type(value).__name__}")
    if required and not value.strip():
        raise RecordError(f"field {key!r} is empty")
    if max_len is not None and len(value) > max_len:
        raise RecordError(f"field {key!r} is {len(value)} characters, limit is {max_len}")
    return value


def from_fields(cls: type, d: Mapping[str, Any]) -> Any:
    """Build a dataclass from a dict, ignoring unknown keys (forward compatible)."""
    names = {f.name for f in dataclasses.fields(cls)}
    try:
        return cls(**{k: v for k, v in d.items() if k in names})
    except TypeError as exc:  # a required field is missing: bad input, not a bug
        raise RecordError(f"{cls.__name__}: {exc}") from None
