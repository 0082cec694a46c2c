"""Event confidence from the learned drop filter's probability, calibrated on our gold.

The drop filter (``pipeline.drop_filter``) scores each event the rules emit with a
probability that it is right. Its raw probability is not a calibrated precision (a model
is over-confident on the articles it was trained on), so ``confidence`` is that probability
mapped through a ``Calibration``: a small monotone step map learned by isotonic regression
on out-of-fold probabilities (article-level cross-validation on the model's training
articles, as the filter's trainer does it; the file's ``fitted_on`` says so). The map lives
in ``data/drop_filter_calibration.json``; it is recomputed after the model, its features or
the rules change by one command (``IDS`` the same ``--train`` the model had)::

    python -m bench.calibrate_filter_confidence /tmp/drop-dump --train IDS \
        --out pipeline/data/drop_filter_calibration.json

A map fitted with ``--unseen`` on articles neither the rules nor the model were written from
was measured in session 28 and not adopted (worse on ``holdout-s29``).

Where the filter is off, ``confidence`` stays the measured precision of the event's shape
(``pipeline.event_confidence``).
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import orjson

from pipeline.drop_filter import (
    MODEL_PATH,
    DropFilter,
    EventJudge,
    ModelFileError,
    load_drop_filter,
)

CALIBRATION_PATH = Path(__file__).parent / "data" / "drop_filter_calibration.json"


@dataclass(frozen=True, slots=True)
class Calibration:
    """A monotone step map from the filter's probability to a precision: a probability
    at or above ``edges[i]`` (and under ``edges[i + 1]``) maps to ``values[i]``; one under
    the first edge maps to the first value."""

    edges: tuple[float, ...]
    values: tuple[float, ...]

    def __post_init__(self) -> None:
        if not self.edges or len(self.edges) != len(self.values):
            raise ValueError("a calibration needs one value per edge, and at least one")
        if any(b <= a for a, b in itertools.pairwise(self.edges)):
            raise ValueError("calibration edges must rise")
        if any(b < a for a, b in itertools.pairwise(self.values)):
            raise ValueError("calibration values must not fall (a monotone map)")
        if not all(0.0 <= v <= 1.0 for v in self.values):
            raise ValueError("calibration values must lie in [0, 1]")

    def __call__(self, probability: float) -> float:
        i = max(0, bisect.bisect_right(self.edges, probability) - 1)
        return round(self.values[i], 2)


def model_digest(path: Path = MODEL_PATH) -> str:
    """The packaged model file's digest: the calibration names the model it was made for."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def calibration_json(cal: Calibration, *, model: str, events: int, folds: int,
                     fitted_on: str = "out-of-fold") -> bytes:
    """The calibration file's bytes (stable: the same map gives the same file).
    ``fitted_on`` says which events the map rests on: the model's out-of-fold
    probabilities on its own training articles, or its probabilities on articles no rule
    and no model was written from ("unseen: N articles")."""
    return orjson.dumps({"model": model, "events": events, "folds": folds,
                         "fitted_on": fitted_on,
                         "edges": [round(e, 4) for e in cal.edges],
                         "values": [round(v, 4) for v in cal.values]},
                        option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"


@cache
def load_calibration(path: Path = CALIBRATION_PATH) -> Calibration:
    """The packaged calibration map, read once per process."""
    try:
        d = orjson.loads(path.read_bytes())
        return Calibration(tuple(float(e) for e in d["edges"]),
                           tuple(float(v) for v in d["values"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelFileError(f"the drop filter's confidence calibration {path} cannot be "
                             f"read ({exc}); reinstall the package, recompute it (python -m "
                             "bench.calibrate_filter_confidence) or set "
                             "NEWSWIRE_EVENT_FILTER=false") from exc


@runtime_checkable
class ScoringJudge(Protocol):
    """A judge that also gives each event a confidence (``extract`` asks it for both at
    once, so one probability per event decides and scores)."""

    def judged(self, rows: list[list[str]]) -> list[tuple[bool, float]]: ...


#: ``extract``'s ``judge``: one that only keeps (the trainer's ``FactRecorder``) or one that
#: also scores (the packaged ``CalibratedFilter``, asked only for ``judged``)
Judge = EventJudge | ScoringJudge


@dataclass(frozen=True, slots=True)
class CalibratedFilter:
    """The drop filter with its calibration: it keeps what the model keeps, and scores
    each event with the calibrated probability of being right."""

    model: DropFilter
    calibration: Calibration

    def judged(self, rows: list[list[str]]) -> list[tuple[bool, float]]:
        """Each event's verdict and confidence from its one probability."""
        return [(kept, self.calibration(p)) for kept, p in self.model.verdicts(rows)]


def calibrated_drop_filter(enabled: bool) -> CalibratedFilter | None:
    """``extract``'s ``judge`` for the ``event_filter`` setting: the packaged model and
    its calibration (both read once), or None (the rules alone, shape confidence)."""
    if not enabled:
        return None
    return _packaged()


@cache
def _packaged() -> CalibratedFilter:
    return CalibratedFilter(load_drop_filter(), load_calibration())
