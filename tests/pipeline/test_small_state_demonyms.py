"""Every sovereign state's demonym names its country, the small island and Caribbean
states' too ("Fijian troops", "Bahamian police", "Solomon Islanders")."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.actor_lexicon import lookup, names_country


@pytest.mark.parametrize(("word", "code"), [
    ("Fijian", "FJI"), ("Tongans", "TON"), ("Samoan", "WSM"), ("Solomon Islanders", "SLB"),
    ("Bahamian", "BHS"), ("Grenadian", "GRD"), ("Guyanese", "GUY"), ("Swazi", "SWZ"),
    ("Equatorial Guinean", "GNQ"), ("Timorese", "TLS"), ("Ni-Vanuatu", "VUT"),
])
def test_small_state_demonyms(word: str, code: str) -> None:
    entry = lookup(word)
    assert entry is not None and entry.country == code
    assert names_country(f"{word} soldiers") == code


def test_a_demonym_codes_its_actor(code_text: Any) -> None:
    out = code_text("Fijian soldiers arrested three opposition leaders on Monday.",
                    title="Soldiers arrest opposition leaders")
    arrests = [e for e in out.events if e.type == "COERCE"]
    assert arrests and arrests[0].source is not None
    assert arrests[0].source.country == "FJI"
