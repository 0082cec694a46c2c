"""The present participle of "fight" on an armed body ("the coalition fighting the
Houthis", "troops in the Sahel fighting Islamist militants", "Uighur groups fighting in
Syria") says which side of a war the body is on; it reports no fight of its own (no
ASSAULT). Fighting told as a finite verb, or by people who are no armed body, stays an
act."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle


def _fights(article: ExtractedArticle) -> set[str]:
    return {e.type for e in article.events if e.trigger == "fight"}


@pytest.mark.parametrize("text", [
    "Hadi called on Saudi Arabia, which leads the military coalition fighting the "
    "Iran-aligned Houthi movement, to intervene in Aden.",
    "France, which has about 5,100 troops in the Sahel fighting Islamist militants, "
    "condemned the mutiny in Mali.",
    "Kenya contributes troops to the African Union force fighting al Shabaab militants "
    "in Somalia.",
    "Kyrgyzstan said Uighur groups fighting in Syria had commissioned the attack on its "
    "embassy.",
    "Russia flew warplanes to Libya to support Russian mercenaries fighting alongside "
    "Haftar.",
    "Ethiopia, which has thousands of troops in Somalia fighting al Shabaab militants, "
    "rejected the claim.",
])
def test_an_armed_body_described_as_fighting_reports_no_fight(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert _fights(code_text(text)) == set()


# Guards (coded before and after): finite fighting, and fighting by people who are no
# armed body, are acts.

@pytest.mark.parametrize("text", [
    "Government troops are fighting M23 rebels near Goma, Congo's army said.",
    "The Saudi-led coalition has been fighting the Houthis in Yemen since 2015.",
    "Russian and Ukrainian troops fought for control of Bakhmut on Monday.",
    "Protesters fighting police in Nairobi were hit with tear gas on Tuesday.",
    "Clan militias fought each other in Mogadishu on Sunday.",
    "Fighters loyal to Haftar fought government troops south of Tripoli on Friday.",
    "Two rebel groups in Congo were fighting each other near Goma on Monday.",
    "Sudan's army said it fought RSF fighters in Omdurman overnight.",
])
def test_guard_fighting_told_as_an_act_stays_an_assault(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert _fights(code_text(text)) == {"ASSAULT"}


# Review guards: a headline has no finite verb, so its "fighting" is the news; a group is
# what it is of ("a group of protesters" is no armed body).

@pytest.mark.parametrize("text", [
    "Sudanese army fighting RSF in Khartoum for third day",
    "Israeli troops fighting Hezbollah in southern Lebanon",
    "Houthi rebels fighting Saudi-led coalition near Yemen border town",
    "Government forces fighting Islamist militants in northern Mozambique, police say",
    "Syrian rebels fighting government forces in Idlib, monitor says",
    "Rebels fighting government troops near Goma as civilians flee",
    "A group of protesters fighting riot police in Nairobi set fire to a bus.",
    "A group of youths fighting police in the suburbs of Paris was dispersed with tear "
    "gas on Tuesday.",
    "A group of fans fighting stewards at the stadium in Marseille was arrested on "
    "Saturday.",
    "A unit of riot police fighting stone-throwing protesters in Tbilisi fired tear gas.",
])
def test_headline_or_unarmed_group_fighting_stays_an_assault(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "ASSAULT" in _fights(code_text(text))
