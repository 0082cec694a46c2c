"""An event's calibrated confidence: the measured precision of events of its shape."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import BODIES

if TYPE_CHECKING:
    from pipeline.triggers import Trigger
    from schemas import Actor


@cache
def _table() -> tuple[dict[str, float], float]:
    raw = tomllib.loads((Path(__file__).parent / "data" / "confidence.toml").read_text("utf-8"))
    return {k: float(v) for k, v in raw["table"].items()}, float(raw["default"])


def confidence(trig: Trigger, src: Actor | None, tgt: Actor | None) -> float:
    """Calibrated confidence: the measured precision of events of the same shape
    (``data/confidence.toml``, reliability table in the README)."""
    has_src = src is not None and bool(src.country or src.role in BODIES)
    target = "none" if tgt is None else ("implied" if not tgt.text else "explicit")
    key = f"{'nominal' if trig.nominal else 'verbal'}.{'source' if has_src else 'no-source'}" \
        f".{target}"
    table, default = _table()
    return round(table.get(key, default), 2)
