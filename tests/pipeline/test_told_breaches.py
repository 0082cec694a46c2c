"""A breach of a rule, a border or a deal told by another party is the teller's allegation
against the violator (PLOVER ACCUSE, source the teller, target the violator): "the
ministry said Russian jets had violated its airspace", "said the troops had breached the
ceasefire". An untold breach is the act itself; a breach denied, only possible, or the
teller's own accuses no one."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "accusation"), [
    ("Norway's foreign ministry said Russian jets had violated its airspace.",
     ("ACCUSE", "NOR", "RUS")),
    ("Armenia said Azerbaijani troops had breached the ceasefire overnight.",
     ("ACCUSE", "ARM", "AZE")),
    ("The European Union said Belarus had flouted international aviation rules.",
     ("ACCUSE", "IGO", "BLR")),
])
def test_told_breach_accuses_the_violator(code_text: Any, text: str,
                                          accusation: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert accusation in coded
    assert not {t for t in coded if t[0] == "MOBILIZE"}


def test_an_untold_intrusion_stays_the_act(code_text: Any) -> None:
    coded = triples(code_text("Russian jets violated Norwegian airspace on Friday."))
    assert ("MOBILIZE", "RUS", "NOR") in coded
    assert not {t for t in coded if t[0] == "ACCUSE"}


@pytest.mark.parametrize("text", [
    "Norway said its jets had not violated Swedish airspace.",
    "Norway said its own patrol had breached the agreement.",
    "Norwegian officials argued that the plan would violate the constitution.",
    # the verb of saying negated: nobody tells it
    "Washington did not say that Moscow had violated the treaty.",
    # the teller held the charge back
    "Washington stopped short of saying that Moscow had violated the treaty.",
    "Washington declined to say whether Moscow had violated the treaty.",
    # a measure is no party
    "The Kremlin said the new sanctions violated international law.",
])
def test_denied_possible_or_own_breaches_accuse_no_one(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "ACCUSE"}


def test_a_breach_by_the_tellers_own_country_stays_the_act(code_text: Any) -> None:
    coded = triples(code_text("Norway said Norwegian fishing boats had violated Russian "
                              "territorial waters."))
    assert ("MOBILIZE", "NOR", "RUS") in coded
    assert not {t for t in coded if t[0] == "ACCUSE"}


def test_an_act_told_as_a_breach_stays_the_act(code_text: Any) -> None:
    coded = triples(code_text("Kyiv said the Russian strike on Odesa violated international "
                              "humanitarian law."))
    assert ("ASSAULT", "RUS", "UKR") in coded  # the strike is no party: no violator
