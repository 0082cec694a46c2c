"""What an accusation charges is its content, however deep the act hangs in it: the act
of a group the accused is charged with sheltering ("accused Ankara of sheltering
fighters who stage attacks"), an act charged on a group named with a participle
("accused gangs financed from abroad of attacking police posts"), and the acts the
accused is charged with letting happen ("accused police of standing by while mobs
attacked"). Only the accusation is an event; the acts it alleges are not told as done."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "accusation"), [
    ("Baghdad has long accused the Turkish government of sheltering PKK fighters who "
     "stage attacks inside Iraq.",
     ("ACCUSE", "IRQ", "TUR")),
    ("The foreign minister of Kenya accused Somali police of standing by while gunmen "
     "attacked Kenyan traders.", ("ACCUSE", "KEN", "SOM")),
    ("Kenya accused Somali gangs financed from abroad of attacking police posts.",
     ("ACCUSE", "KEN", "SOM")),
])
def test_the_charged_act_is_no_event(code_text: Any, text: str,
                                     accusation: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert accusation in coded
    assert not {t for t in coded if t[0] == "ASSAULT"}


def test_an_act_told_beside_the_charge_stays_an_event(code_text: Any) -> None:
    coded = triples(code_text("Kenya accused Somalia of backing the militants, as Somali "
                              "troops shelled Kenyan border posts on Monday."))
    assert ("ACCUSE", "KEN", "SOM") in coded
    assert any(t[0] == "ASSAULT" for t in coded)


@pytest.mark.parametrize(("text", "act"), [
    ("Ukraine accused Russia of war crimes as Russian troops shelled Kharkiv on Monday.",
     ("ASSAULT", "RUS", "UKR")),
    ("Israel accused Hamas of violating the truce while its jets struck targets in Gaza.",
     ("ASSAULT", "ISR", "PSE")),
])
def test_a_clause_after_a_charge_of_a_deed_is_the_storys(code_text: Any, text: str,
                                                         act: tuple[str, str, str]) -> None:
    assert act in triples(code_text(text))
