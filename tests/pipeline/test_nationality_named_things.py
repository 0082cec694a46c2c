"""A PERSON entity that opens with a nationality ("Iranian Shaheds", "Turkish F-16s")
is that country's hardware or people, not a named person who falls back to the
story's focus country. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any


def test_a_nationality_tagged_as_a_person_names_its_country(code_text: Any) -> None:
    out = code_text("Ukraine's air force said on Monday that it was rebuilding its defences. "
                    "Iranian Shaheds hit the city overnight, killing four people.",
                    title="Ukraine rebuilds air defences")
    hits = [e for e in out.events if e.type == "ASSAULT"]
    assert hits and hits[0].source is not None
    assert hits[0].source.country == "IRN"
    assert hits[0].source.person is None
