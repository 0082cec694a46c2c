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
    ("China called the sale of weapons to Taiwan dangerous and provocative.", "called"),
])
def test_misparsed_label_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize("text", [
    "The minister described the missile attack on the port.",
    "The president called the national security council to a meeting.",
    "Forecasters called the storm off the coast of Florida dangerous.",
    # an adjective with its own complement after a noun modifies it ("countries hostile
    # to Russia"): no verdict of the verb
    "The minister called a meeting of all parties hostile to the reform.",
    "The minister called a meeting of ministers from countries hostile to the sanctions.",
    "Police called residents of areas dangerous in floods to leave their homes.",
    "The president considered the list of countries hostile to Russia at a meeting on Friday.",
    "The minister called a meeting of groups critical of the plan.",
    # a verdict hung on a noun in any phrase but the object's "of" phrase is not on the act
    "The health ministry called the rise in cases of measles troubling.",
])
def test_description_is_no_label(nlp: Any, text: str) -> None:
    got = readings(nlp, text)
    assert "ACCUSE" not in (got.get("described"), got.get("called"), got.get("considered"))
