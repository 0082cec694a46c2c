"""A divided country's half by its compass word: once a story has named "North Korea",
"the North" is North Korea (and "the South", having named "South Korea", South Korea);
a compass word the story names no country with stays a region of no one. Sentences are
made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pipeline.actor_compass import compass_country
from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "North Korea fires missile over Japan"
BODY = ("North Korea fired a ballistic missile over Japan on Tuesday, South Korea's "
        "military said. The North fired another missile on Friday.")


def test_the_north_is_the_north_the_story_named(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(BODY, title=TITLE)
    fired = [e for e in out.events if "another missile" in e.evidence.sentence]
    assert fired and fired[0].source is not None and fired[0].source.country == "PRK", \
        out.events


def test_the_souths_forces_are_south_koreas(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(BODY + " The South's navy seized a North Korean fishing boat.",
                    title=TITLE)
    assert ("COERCE", "KOR", "PRK") in triples(out), out.events


def test_a_region_called_the_north_is_no_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the story names no "North ..." country: the North of England is a region
    out = code_text("Police in the North arrested two looters after floods, officials "
                    "said. The North was hit hardest by the storm.",
                    title="Floods hit northern England")
    assert all(e.source is None or e.source.text.lower() not in ("north", "the north")
               for e in out.events), out.events


def test_the_north_of_somewhere_is_a_place(nlp: Any) -> None:
    # "the North of the peninsula" is a part of a place, even in a story that names
    # North Korea; "the north" in lower case is a direction
    doc = nlp("North Korea tested a missile. Troops in the North of the peninsula and "
              "in the north moved.")
    norths = [t for t in doc if t.lower_ == "north" and t.i > 1]
    assert norths and all(compass_country(t) is None for t in norths)


def test_a_half_named_only_later_is_no_half_yet(nlp: Any) -> None:
    # a reader takes "the South" from what the story has said so far: a country named
    # with that word only further on ("South Africa") is not the half it stands for
    doc = nlp("The senator said the South voted against the bill. Later, South Africa "
              "recalled its envoy.")
    souths = [t for t in doc if t.text == "South" and t.i < 8]
    assert souths and compass_country(souths[0]) is None


def test_a_half_named_before_is_read_back(nlp: Any) -> None:
    doc = nlp("South Korea recalled its envoy. The South said the talks were over.")
    souths = [t for t in doc if t.text == "South" and t.i > 2]
    assert souths and compass_country(souths[0]) == "KOR"
