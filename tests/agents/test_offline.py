"""``newswire eval`` says which coder it scored: the learned parts change the figures, and
the drop filter is trained on the own gold (its scores there are in-sample)."""

from __future__ import annotations

from agents.offline import coder_line
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
