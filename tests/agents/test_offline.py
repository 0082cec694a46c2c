"""``newswire eval`` says which coder it scored: the learned parts change the figures, and
the drop filter is trained on the own gold (its scores there are in-sample)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from agents.offline import coder_line, extract_files
from pipeline.settings import Settings


def test_the_default_coder_is_the_rules_with_the_drop_filter_and_the_screen() -> None:
    line = coder_line(Settings())
    assert line.startswith("coder: rules + learned drop filter")
    assert "in-sample" in line and "off-topic screen" in line
    assert "learned detector" not in line


def test_the_rules_alone_say_so() -> None:
    settings = Settings(event_filter=False, screen_off_topic=False)
    assert coder_line(settings) == "coder: rules"


def test_the_opt_in_detector_is_named() -> None:
    assert "learned detector" in coder_line(Settings(learned_detector=True))


SEED = Path(__file__).parents[3] / "shared" / "examples" / "seed-article.txt"


def test_extract_says_how_many_events_the_drop_filter_held_back() -> None:
    """The count on stderr is the difference between the rules alone and the default, so
    nobody mistakes a held-back event for one the coder never found."""
    if not SEED.is_file():
        pytest.skip(f"the shared seed article is not at {SEED}")

    def run(settings: Settings) -> tuple[list[str], str]:
        out, err = io.StringIO(), io.StringIO()
        assert extract_files([str(SEED)], settings, out=out, errors=err) == 0
        return out.getvalue().splitlines(), err.getvalue()

    rules, rules_err = run(Settings(event_filter=False))
    kept, kept_err = run(Settings())
    held = len(rules) - len(kept)
    assert "drop filter" not in rules_err
    if held:
        assert (f"the learned drop filter held back {held} events in 1 of 1 articles"
                in kept_err)
    else:
        assert "drop filter" not in kept_err
