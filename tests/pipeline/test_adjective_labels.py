"""An adjective label disapproves after "as" as much as without it: "described the French
measure as unjustified" accuses France like "called the French measure unjustified", when
what is labelled is an act or a stance; describing or regarding a person, a side, a crowd, a
virus or a thing "as" an adjective, or "as dangerous" alone, characterises and accuses no
one. A few verdicts disapprove only as such a label ("called the vote invalid", "called the
Hungarian response inadequate"): said alone, with a complement of their own, as a noun or a
name, by a bare plural of people, of oneself, of weather or of an approving kind, or in a
question or a denial, they accuse no one."""

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
    ("Germany's foreign minister called the Polish plan unworkable and unethical.", "DEU",
     "POL"),
    ("Pope Francis described the Italian migrant policy as cruel.", "VAT", "ITA"),
    ("The Kremlin described the British missile deliveries as dangerous and provocative.",
     "RUS", "GBR"),
    ("Britain will send some asylum seekers to Rwanda under a plan announced on Thursday. "
     "Labour's home affairs spokeswoman Yvette Cooper called it unworkable and unethical.",
     "GBR", "GBR"),
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
    # what is described "as" an adjective is a side, a crowd, a virus, a thing or a
    # country, not an act; or the adjective only tells a risk
    "Spain's coach Luis de la Fuente described the French attack as dangerous ahead of "
    "Tuesday's semi-final.",
    "England manager Gareth Southgate described the Turkish crowd as hostile but said his "
    "players were ready.",
    "The Italian coach regards the English side as very dangerous.",
    "The World Health Organization described the new Indian variant as dangerous.",
    "The Israeli army described the Hamas tunnels as dangerous and destroyed them on Friday.",
    "Most Germans view Russia as dangerous, according to a poll published on Friday.",
    "The Russian general, regarded as ruthless and dangerous by Western officials, was "
    "promoted on Friday.",
    # a verdict word as a name or a noun, or the verdict of a bare plural of people
    "The Canadian band called its new album Sickening.",
    "The veteran, whom the French army had called an invalid, received a pension.",
    "Fans called the Brazilian striker's tackle sickening.",
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
