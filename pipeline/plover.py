"""PLOVER event types and modes, and their CAMEO root / QuadClass / Goldstein equivalents.

The table lives in ``pipeline/data/plover.toml`` (from notes/event-data-anchors.md) so
that it can be audited without reading code. Enrich calls :func:`cameo_for` for every
event so GDELT/ICEWS users get comparable codes.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "plover.toml"

#: The 16 PLOVER event types in manual order.
TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

#: Types whose actor pair is symmetric (scorer and dedup treat (A, B) == (B, A)).
SYMMETRIC: frozenset[str] = frozenset({"CONSULT", "AGREE", "COOPERATE"})

#: Acts of force and sanction one party does to another (material conflict short of a
#: protest or a troop move): only states and armed groups do them.
FORCEFUL: frozenset[str] = frozenset({"SANCTION", "COERCE", "ASSAULT"})
#: The cooperative types: negated, one is a refusal ("would not step down" -> REJECT); an
#: option of one kept open threatens no one ("did not rule out talks").
COOPERATIVE: frozenset[str] = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE",
                                         "COOPERATE", "AID", "RETREAT"})

MODALITIES: tuple[str, ...] = (
    "asserted", "proposed", "demanded", "conditional", "denied", "failed", "future",
)


@dataclass(frozen=True, slots=True)
class TypeInfo:
    name: str
    root: str
    quad: int
    modes: tuple[str, ...]
    mode_roots: dict[str, str]


@cache
def _table() -> tuple[dict[str, TypeInfo], dict[str, float]]:
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    goldstein = {root: float(v["goldstein"]) for root, v in raw["cameo_roots"].items()}
    types = {
        name: TypeInfo(name, v["root"], int(v["quad"]), tuple(v.get("modes", [])),
                       dict(v.get("mode_roots", {})))
        for name, v in raw["types"].items()
    }
    missing = set(TYPES) - set(types)
    if missing:  # a broken data file must fail loudly, never fall back to a default code
        raise ValueError(f"plover.toml lacks types: {sorted(missing)}")
    return types, goldstein


def type_info(event_type: str) -> TypeInfo:
    types, _ = _table()
    try:
        return types[event_type]
    except KeyError:
        raise ValueError(f"unknown PLOVER type {event_type!r}") from None


def is_type(event_type: str) -> bool:
    return event_type in _table()[0]


def modes_for(event_type: str) -> tuple[str, ...]:
    return type_info(event_type).modes


def quad_class(root: str) -> int:
    """Conventional QuadClass grouping: 01-05 verbal coop, 06-08 material coop,
    09-13 verbal conflict, 14-20 material conflict."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"bad CAMEO root {root!r}")
    if n <= 5:
        return 1
    if n <= 8:
        return 2
    if n <= 13:
        return 3
    return 4


def cameo_for(event_type: str, mode: str | None = None) -> tuple[str, int, float]:
    """``(cameo_root, quad_class, goldstein)`` for a PLOVER type and optional mode.

    The QuadClass follows the PLOVER manual's grouping of the type (the contract), which
    differs from the CAMEO-root convention only for CONCEDE (verbal, root 08).
    Raises ValueError for an unknown type; an unknown mode is ignored (root of the type).
    """
    info = type_info(event_type)
    root = info.mode_roots.get(mode or "", info.root)
    _, goldstein = _table()
    return root, info.quad, goldstein[root]
