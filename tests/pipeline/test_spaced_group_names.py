"""A listed hyphenated name spelled with a space ("al Shabaab" for "al-Shabaab") is the
same actor: the group's country, not the story's focus or whoever else the sentence
names."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.actor_lexicon import lookup
from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_spaced_spelling_finds_the_listed_group() -> None:
    spaced, hyphenated = lookup("al Shabaab"), lookup("al-Shabaab")
    assert spaced is not None and spaced == hyphenated


def test_spaced_group_name_is_the_source_of_its_attack(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = "Al Shabaab militants attacked a military base used by Ethiopian forces on Sunday."
    out = code_text(story, title="Militants attack Ethiopian camp")
    assert any(t == "ASSAULT" and s == "SOM" for t, s, _ in triples(out))
