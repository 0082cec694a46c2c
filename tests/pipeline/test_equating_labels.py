"""A label put on an act by a verb that equates as "be" does ("said the remarks amounted
to interference", "said the attacks may constitute war crimes") is, in reported speech,
the speaker's disapproval (PLOVER ACCUSE) aimed at the act's doer, as "said the embargo
was a crime" is. A sum, a misfortune, a denial or a question equates no wrong."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Algeria's foreign ministry said the French remarks amounted to inadmissible "
     "interference in Algeria's internal affairs.", ("ACCUSE", "DZA", "FRA")),
    ("The Bolivian army said the seizure of the barracks amounted to treason against the "
     "homeland.", ("ACCUSE", "BOL", "BOL")),
    ("The UN rights chief said the Taliban's ban on women might amount to a crime against "
     "humanity.", ("ACCUSE", "IGO", "AFG")),
])
def test_an_equated_label_in_reported_speech_accuses(code_text: Any, text: str,
                                                      triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The finance minister said the tax cuts amounted to 2 percent of output.",
    "The company said its losses amounted to a disaster for shareholders.",
    "Germany said the French remarks did not amount to interference in its affairs.",
    "The coach said the defeat amounted to a catastrophe for the club.",
    "Analysts said the bill amounted to a major tax increase for families.",
    "The court said the evidence did not constitute a crime under Kenyan law.",
    "The minister said the new law constitutes a landmark for Kenyan women.",
    "Russia's ambassador said the damage to the building amounted to 5 million dollars.",
    "Experts said the flood damage in Pakistan amounted to a disaster.",
    "The remarks amounted to interference in the campaign.",
])
def test_an_equated_sum_misfortune_or_denial_accuses_no_one(code_text: Any,
                                                            text: str) -> None:
    assert "ACCUSE" not in {e.type for e in code_text(text).events}
