"""A conjoined clause with a passive subject of its own ("jets flew sorties, and 300
soldiers have been killed") does not take the first clause's subject as its agent."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def _assaults(article: ExtractedArticle) -> list[tuple[str | None, str | None]]:
    return [(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in article.events if e.type == "ASSAULT"]


def test_conjoined_passive_killing_is_not_the_first_subjects_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    found = _assaults(code_text("Chilean Air Force jets flew patrols over the hills until "
                                "Friday, and more than 300 Chilean soldiers have been "
                                "killed since March."))
    assert ("CHL", "CHL") not in found


def test_elided_passive_conjunct_is_agentless_too(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "... were killed and 20 wounded": the speaker did not wound its own officers
    found = _assaults(code_text("The Kenyan army said six officers were killed and 20 "
                                "wounded near the border."))
    assert found and ("KEN", "KEN") not in found



def test_teller_of_an_agentless_act_is_not_its_doer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Peru said its trucks had been turned back": no agent is named, and the speaker
    # reports the act done to it, it did not do it
    article = code_text("Peru said on Monday its trucks had been turned back at the "
                        "border.")
    assert all(e.source is None or e.source.country != "PER" for e in article.events)
