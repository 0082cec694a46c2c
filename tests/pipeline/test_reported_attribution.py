"""Whose a violent act was, told by another party, is that party's accusation of the doer
(PLOVER ACCUSE, source the teller, target the doer): "the ministry said the convoy had been
attacked by X", "officials said the attack was carried out by X". The passive on a party
the story has named before says whose the act was, not that it happened; a toll ("40
people had been killed by X"), an act told in the active voice, an act nobody tells, and
a doer of the teller's own country stay the act itself."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "accusation"), [
    # the patient named in an earlier sentence
    ("A Kenyan aid convoy left Mandera on Sunday. Kenya's foreign ministry said the convoy "
     "had been attacked by Somali militants.", ("ACCUSE", "KEN", "SOM")),
    ("Residents fled the Georgian village of Ergneti. The Georgian interior ministry said the "
     "village had been shelled by Russian artillery.", ("ACCUSE", "GEO", "RUS")),
    # a verb of perpetration on the act itself
    ("Lithuania reported an attack on a fuel depot. Lithuanian officials said the attack on "
     "the depot was carried out by Belarusian agents.", ("ACCUSE", "LTU", "BLR")),
    # the doer named by the act that did it: no second act
    ("Hamas mourned its commander. Hamas said the commander was killed by an Israeli "
     "strike.", ("ACCUSE", "PSE", "ISR")),
    ("Georgia closed the bridge on Tuesday. Georgia's interior ministry said the bridge had "
     "been destroyed by an ambush by Russian saboteurs.", ("ACCUSE", "GEO", "RUS")),
])
def test_told_attribution_accuses_the_doer(code_text: Any, text: str,
                                           accusation: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert accusation in coded
    assert not {t for t in coded if t[0] == "ASSAULT"}


@pytest.mark.parametrize(("text", "act"), [
    # a toll reports the killing itself
    ("Sudan's health ministry said 40 people had been killed by Chadian shelling.",
     ("ASSAULT", "TCD", "SDN")),
    # the active voice tells the act
    ("Kenya's foreign ministry said Somali militants had attacked the convoy.",
     ("ASSAULT", "SOM", "KEN")),
    # nobody tells it
    ("The Kenyan convoy was attacked by Somali militants on Monday.",
     ("ASSAULT", "SOM", "KEN")),
])
def test_reported_acts_stay_acts(code_text: Any, text: str, act: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert act in coded
    assert not {t for t in coded if t[0] == "ACCUSE"}


def test_own_side_doer_accuses_no_one(code_text: Any) -> None:
    coded = triples(code_text("Kenyan officials said the militant camp had been destroyed "
                              "by Kenyan jets."))
    assert not {t for t in coded if t[0] == "ACCUSE"}
    assert any(t[0] == "ASSAULT" for t in coded)


def test_the_accusation_is_dated_by_its_telling(code_text: Any) -> None:
    out = code_text("Somali militants ambushed a Kenyan patrol on Sunday. Kenya's foreign "
                    "ministry said on Monday that the patrol had been attacked by Somali "
                    "militants.", published="2024-06-26")
    days = {e.date for e in out.events if e.type == "ACCUSE"}
    assert days == {"2024-06-24"}


@pytest.mark.parametrize("text", [
    # a denied act attributes nothing
    "Azerbaijan said the village had not been shelled by Armenian forces.",
    "Ukraine's air force said the hospital had not been hit by Russian missiles.",
])
def test_denied_acts_accuse_no_one(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "ACCUSE"}


@pytest.mark.parametrize(("text", "act"), [
    # a definite patient first named in the telling sentence: the lede reports the act
    ("Ukraine's military said on Monday the Burshtyn power plant had been hit by Russian "
     "missiles overnight.", ("ASSAULT", "RUS", "UKR")),
    ("Kyiv said the embassy had been attacked by a crowd of Russian nationalists.",
     ("ASSAULT", "RUS", "UKR")),
])
def test_a_patient_new_to_the_story_keeps_the_act(code_text: Any, text: str,
                                                  act: tuple[str, str, str]) -> None:
    coded = triples(code_text(text))
    assert act in coded
    assert not {t for t in coded if t[0] == "ACCUSE"}


def test_a_perpetrated_act_new_to_the_story_stays_the_act(code_text: Any) -> None:
    coded = triples(code_text("Pakistan said the attack on Chinese engineers was carried out "
                              "by militants based in Afghanistan."))
    assert any(t[0] == "ASSAULT" for t in coded)
    assert not {t for t in coded if t[0] == "ACCUSE"}
