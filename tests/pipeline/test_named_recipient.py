"""A body named by no country that acts on the party its clause names by name is the
other party of a two-party story. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any


def test_the_ministry_summoning_a_named_partys_envoy_is_the_other_party(
        code_text: Any) -> None:
    out = code_text(
        "Chile said on Monday it would expel four Peruvian diplomats. Peru said Chile "
        "had no grounds. Peru accused Chile of spying on Peru. Peru and Peru's allies "
        "protested. The foreign ministry summoned Peru's ambassador on Tuesday.",
        title="Peru expels Chilean diplomats")
    summons = [e for e in out.events if "summoned" in e.evidence.sentence and e.source]
    assert summons and all(e.source.country != "PER" for e in summons)
