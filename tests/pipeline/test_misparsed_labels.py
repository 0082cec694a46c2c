"""Labels the small model misreads: a disparaging adjective after the labelled noun
("called the expulsions unacceptable"), also after a noun inside it ("the detention of the
staff "unacceptable"") or with the labelled noun read into a later label ("the expulsion
outrageous and immature diplomatic behaviour"), and a label after a demonstrative's noun
("called that operation piracy") still make the labelling verb an accusation, also when
another act is coordinated with it; a plain description of an act, or a verdict on
weather, labels nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings


@pytest.mark.parametrize(("text", "word"), [
    ("Kabul has called the expulsions unacceptable and asked Tehran to think again.",
     "called"),
    ("Tehran called that operation piracy and demanded the ship's release.", "called"),
    ("The ministry called the raids illegal.", "called"),
    ('Zakharova called the detention of the Sputnik staff "unacceptable" and demanded '
     "their immediate release.", "called"),
    ("Cavusoglu called the expulsion outrageous and immature diplomatic behaviour.",
     "called"),
])
def test_misparsed_label_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The minister described the missile attack on the port.",
    "The president called the national security council to a meeting.",
    "Forecasters called the storm off the coast of Florida dangerous.",
])
def test_description_is_no_label(nlp: Any, text: str) -> None:
    got = readings(nlp, text)
    assert got.get("described") != "ACCUSE" and got.get("called") != "ACCUSE"
