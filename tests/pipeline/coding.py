"""Shared helpers for the coder's specification tests."""

from __future__ import annotations

from typing import Any


def triples(out: Any) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of every event; an actor is its country, else its role."""
    return {(e.type, e.source and (e.source.country or e.source.role),
             e.target and (e.target.country or e.target.role)) for e in out.events}
