"""An adjective label disapproves after "as" as much as without it: "described the French
measure as unjustified" accuses France like "called the French measure unjustified". A few
verdicts disapprove only as such a label ("called the vote invalid", "called the Hungarian
response inadequate"): said alone, with a complement of their own, of oneself, of weather or
of an approving kind, or in a question or a denial, they accuse no one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "src", "tgt"), [
    ("Morocco's foreign minister, Nasser Bourita, described the French measure as "
     "unjustified, saying Rabat had issued hundreds of passes.", "MAR", "FRA"),
    ("Britain described the Iranian decision as cruel.", "GBR", "IRN"),
    ("Ukrainian Foreign Minister Pavlo Klimkin called the Hungarian response absolutely "
     "inadequate.", "UKR", "HUN"),
    ("France called Italy's behaviour sickening.", "FRA", "ITA"),
    ("British opposition leader Yvette Cooper called the Rwandan plan unworkable and "
     "unethical.", "GBR", "RWA"),
])
def test_adjective_label_accuses(code_text: Callable[..., Any], text: str, src: str,
                                 tgt: str) -> None:
    assert ("ACCUSE", src, tgt) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "Aid agencies said food supplies in Gaza were inadequate.",
    "Election officials said the Kenyan ballots were invalid.",
    "Investors called the Chinese market inadequate for foreign funds.",
    "Forecasters described the Japanese typhoon as dangerous.",
    "Doctors described his condition as critical.",
    "Did Britain describe the Iranian decision as unjustified?",
    "Britain did not describe the Iranian decision as unjustified.",
    "Britain described itself as hostile to the idea.",
    "Japan regarded the Chinese proposal as useful.",
    "Engineers described the German bridge design as unworkable.",
])
def test_no_accusation_without_a_label_of_blame(code_text: Callable[..., Any],
                                                text: str) -> None:
    assert "ACCUSE" not in {t[0] for t in triples(code_text(text))}


@pytest.mark.parametrize("text", [
    "The ministry described the expulsions as unjustified.",
    "The ministry called the vote invalid.",
])
def test_labelling_verb_reads_as_accusation(nlp: Any, text: str) -> None:
    verb = text.split()[2]
    assert readings(nlp, text).get(verb) == "ACCUSE"
