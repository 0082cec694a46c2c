"""Wire-news classes found on fresh articles (typing round 3): fire exchanged across a
front, aircraft downed, people taken prisoner, envoys recalled or summoned, officials
fired, emergency rule, crowds in the streets, cancelled visits, demolition by blast."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("Border guards of the two states exchanged heavy fire late on Sunday.", "exchanged",
     "ASSAULT"),
    ("Rebel gunners traded fire with the garrison for hours.", "traded", "ASSAULT"),
    ("Greek jets downed a drone over the Aegean on Friday.", "downed", "ASSAULT"),
    ("The navigator was taken prisoner after the crash.", "taken", "COERCE"),
    ("Delhi summoned the Bangladeshi high commissioner on Monday.", "summoned", "ACCUSE"),
    ("Peru called its ambassador home for consultations.", "called", "SANCTION"),
    ("The junta ordered its envoy back from Abuja.", "ordered", "SANCTION"),
    ("The president fired Interior Minister Paolo Rossi on Friday.", "fired", "SANCTION"),
    ("The king sacked the army chief.", "sacked", "SANCTION"),
    ("The governor declared a state of emergency in the north.", "emergency", "COERCE"),
    ("The commander ordered a dusk-to-dawn curfew.", "ordered", "COERCE"),
    ("Ecuador dispatched medical teams to Peru.", "dispatched", "AID"),
    ("Chile has sent a field hospital to Bolivia.", "sent", "AID"),
    ("Senators moved to impeach the governor.", "impeach", "ACCUSE"),
    ("Thousands of farmers poured into the streets of Lima.", "poured", "PROTEST"),
    ("Large crowds filled Independence Square again.", "filled", "PROTEST"),
    ("The foreign minister called off a visit to Ankara.", "called", "REJECT"),
    ("The embassy annex was demolished with a blast on Monday.", "demolished", "ASSAULT"),
])
def test_wire_classes_are_typed(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The two sides agreed to exchange prisoners.", "exchange", "RETREAT"),
    ("Soldiers fired tear gas at the crowd.", "fired", "COERCE"),
    ("Bulldozers demolished the houses on Monday.", "demolished", "COERCE"),
])
def test_neighbouring_senses_are_kept(nlp: Any, text: str, word: str, type_: str) -> None:
    assert _types(nlp, text).get(word) == type_


@pytest.mark.parametrize(("text", "word"), [
    ("The president called the ambassador on Monday.", "called"),
    ("The ministers poured scorn on the plan.", "poured"),
    ("Water poured into the streets after the dam broke.", "poured"),
])
def test_lookalikes_are_not_these_classes(nlp: Any, text: str, word: str) -> None:
    assert _types(nlp, text).get(word) not in ("SANCTION", "PROTEST")
