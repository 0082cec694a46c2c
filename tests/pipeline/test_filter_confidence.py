"""Event confidence from the drop filter's probability (``pipeline.filter_confidence``):
the packaged map is monotone, within [0, 1] and made for the packaged model; a missing or
broken file is a clear error; with the filter on, each kept event's confidence is its
calibrated probability (a value of the map); with it off, the shape
table stands (and the command that measures it refuses with the filter on); the
calibration command writes the same file from the same dump."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bench.calibrate_filter_confidence import isotonic
from pipeline.drop_filter import DropFilter, ModelFileError, load_drop_filter
from pipeline.filter_confidence import (
    CALIBRATION_PATH,
    CalibratedFilter,
    Calibration,
    calibrated_drop_filter,
    load_calibration,
    model_digest,
)
from schemas import ExtractedArticle

SHAPES = Path(__file__).parents[2] / "pipeline" / "data" / "confidence.toml"


def test_the_packaged_map_is_monotone_within_0_1_and_loads_once() -> None:
    cal = load_calibration()
    assert load_calibration() is cal  # read once per process (Calibration checks its values)
    probabilities = [i / 1000 for i in range(1001)]
    mapped = [cal(p) for p in probabilities]
    assert mapped == sorted(mapped) and all(0.0 <= c <= 1.0 for c in mapped)
    assert CALIBRATION_PATH.stat().st_size < 20_000  # a small data file


def test_the_packaged_map_was_made_for_the_packaged_model() -> None:
    """After the drop filter is retrained, recompute the map (the command is in
    ``pipeline.filter_confidence``'s docstring)."""
    import orjson

    made_for = orjson.loads(CALIBRATION_PATH.read_bytes())["model"]
    assert made_for == model_digest(), (
        "pipeline/data/drop_filter_calibration.json was made for another drop filter "
        "model: rerun python -m bench.calibrate_filter_confidence DUMP --train "
        "tests/data/gold --out pipeline/data/drop_filter_calibration.json")


def test_a_missing_or_broken_calibration_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match=r"calibration .* cannot be read"):
        load_calibration(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"edges": [0.0, ')
    with pytest.raises(ModelFileError):
        load_calibration(broken)
    falling = tmp_path / "falling.json"
    falling.write_text('{"edges": [0.0, 0.5], "values": [0.6, 0.4]}')
    with pytest.raises(ModelFileError, match="monotone"):
        load_calibration(falling)
    beyond = tmp_path / "beyond.json"
    beyond.write_text('{"edges": [0.0, 0.5], "values": [0.6, 1.4]}')
    with pytest.raises(ModelFileError, match=r"\[0, 1\]"):
        load_calibration(beyond)


def test_isotonic_regression_pools_the_violators_into_a_monotone_map() -> None:
    # precision falls from 0.2 to 0.1 between the first two probabilities: pooled
    pairs = [(0.1, 1)] * 2 + [(0.1, 0)] * 8 + [(0.2, 1)] + [(0.2, 0)] * 9 \
        + [(0.8, 1)] * 9 + [(0.8, 0)]
    cal = isotonic(pairs, min_events=1)
    assert cal.edges == (0.0, 0.5)
    assert cal.values == (0.15, 0.9)
    assert cal(0.05) == cal(0.3) == 0.15 and cal(0.6) == cal(0.99) == 0.9
    # a step resting on too few events joins its nearer neighbour
    assert isotonic([*pairs, (0.9, 1)], min_events=5).values == (0.15, round(10 / 11, 4))
    assert isotonic(pairs, min_events=100).values == (0.4,)  # one step: the precision


def test_with_the_filter_on_a_kept_event_carries_its_calibrated_probability(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    rules = code_judged()
    even = DropFilter(weights={}, bias=0.0, threshold=0.5)  # every event: probability 0.5
    steps = Calibration((0.0, 0.4, 0.6), (0.1, 0.37, 0.9))
    scored = code_judged(CalibratedFilter(even, steps))
    assert scored.events and len(scored.events) == len(rules.events)
    assert {e.confidence for e in scored.events} == {0.37}
    # nothing else about an event changes
    assert [replace(e, confidence=0.0) for e in scored.events] == \
        [replace(e, confidence=0.0) for e in rules.events]


def test_the_packaged_filter_gives_a_confidence_of_its_map(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    judge = calibrated_drop_filter(True)
    assert judge is not None and judge.model is load_drop_filter()
    coded = code_judged(judge)
    assert coded.events and {e.confidence for e in coded.events} <= {
        round(v, 2) for v in judge.calibration.values}


def test_with_the_filter_off_confidence_is_the_shape_table(
        code_judged: Callable[..., ExtractedArticle], monkeypatch: pytest.MonkeyPatch) -> None:
    assert calibrated_drop_filter(False) is None
    raw = tomllib.loads(SHAPES.read_text("utf-8"))
    shapes = {round(float(v), 2) for v in raw["table"].values()} | {raw["default"]}
    rules = code_judged(None)
    assert rules.events and {e.confidence for e in rules.events} <= shapes
    # a judge that only keeps (no scores) leaves the shape confidence too
    plain = code_judged(load_drop_filter())
    assert {e.confidence for e in plain.events} <= shapes

    # and the command that measures the shape table will not read the filter's values
    from bench.calibrate_confidence import main
    monkeypatch.delenv("NEWSWIRE_EVENT_FILTER", raising=False)
    with pytest.raises(SystemExit, match="NEWSWIRE_EVENT_FILTER=false"):
        main(["tests/data/gold", "--shapes"])


def test_the_calibration_command_writes_the_same_file_from_the_same_dump(
        written_twice: Callable[[Callable[[list[str]], int]], Path]) -> None:
    """Byte for byte from one dump. (The packaged file comes from the drop filter's dump
    of all gold articles, minutes to collect: not part of the suite.)"""
    from bench.calibrate_filter_confidence import main

    cal = load_calibration(written_twice(main))
    assert list(cal.values) == sorted(cal.values)


def test_a_map_fitted_on_unseen_articles_says_so_and_refuses_trained_ones(
        six_gold_dump: Path, tmp_path: Path) -> None:
    """``--unseen``: the map rests on the packaged model's probabilities of articles no rule
    and no model was written from (the rules' own articles make a map over-promise on new
    text); an article the model trained on cannot be one of them."""
    import orjson

    from bench.calibrate_filter_confidence import main
    from bench.train_drop_filter import golds_of, load

    ids = (six_gold_dump / "ids").read_text().split()
    train, unseen = tmp_path / "train", tmp_path / "unseen"
    train.write_text("\n".join(ids[:4]))
    unseen.write_text("\n".join(ids[4:]))
    out = tmp_path / "map.json"
    dump = str(six_gold_dump / "dump")
    assert main([dump, "--train", str(train), "--unseen", str(unseen), "--folds", "2",
                 "--out", str(out)]) == 0
    written = orjson.loads(out.read_bytes())
    assert written["fitted_on"] == "unseen: 2 articles"
    unseen_arts = load(Path(dump), golds_of(unseen, Path(__file__).parents[1] / "data" / "gold"))
    assert written["events"] == sum(y is not None for a in unseen_arts for y in a.labels)
    with pytest.raises(SystemExit, match="must not be in --train"):
        main([dump, "--train", str(six_gold_dump / "ids"), "--unseen", str(unseen),
              "--folds", "2"])
