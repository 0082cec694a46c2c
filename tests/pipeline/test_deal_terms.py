"""A deal's terms told as what will happen "under" it ("Under the agreement, forces will
pull out of the city") restate what the parties agreed: an AGREE between the story's
parties, though the deal noun names none and the clause's own verb is a trigger. A past
act done under a deal reports that act, not a new agreement."""

from __future__ import annotations

from typing import Any

STORY = ("Sudan's army and the Rapid Support Forces signed a truce in Jeddah on Monday "
         "after talks mediated by Saudi Arabia. ")


def _in(out: Any, words: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if words in e.evidence.sentence}


def test_terms_under_a_deal_are_an_agreement(code_text: Any) -> None:
    got = _in(code_text(STORY + "Under the agreement, fighters on both sides will pull "
                        "back from the capital."), "pull back")
    assert ("AGREE", "SDN", "SDN") in got


def test_duties_under_an_accord(code_text: Any) -> None:
    got = _in(code_text(STORY + "Under the accord, armed units were to leave the "
                        "hospitals within a week."), "armed units")
    assert ("AGREE", "SDN", "SDN") in got


def test_an_act_done_under_a_deal_is_no_new_agreement(code_text: Any) -> None:
    got = _in(code_text(STORY + "Dozens of detainees were freed under the deal."),
              "were freed")
    assert not any(t[0] == "AGREE" for t in got)


def test_terms_naming_other_parties_are_theirs(code_text: Any) -> None:
    got = _in(code_text(STORY + "Under the deal, Egypt will send observers to the "
                        "capital."), "send observers")
    assert ("AGREE", "SDN", "SDN") not in got


PAIR = ("Armenia and Azerbaijan accused each other of shelling border towns on Tuesday. "
        "Armenia said Azerbaijan had attacked its positions. ")


def test_a_brokered_deal_is_between_the_storys_parties(code_text: Any) -> None:
    got = _in(code_text(PAIR + "The last war ended in 2020 with a Russian-brokered deal "
                        "that sent peacekeepers."), "Russian-brokered")
    assert ("AGREE", "ARM", "AZE") in got or ("AGREE", "AZE", "ARM") in got
    assert not any(t[0] == "AGREE" and "RUS" in t for t in got)


def test_a_brokered_deal_whose_clause_names_its_parties(code_text: Any) -> None:
    got = _in(code_text(PAIR + "Armenia restored ties with Georgia in May under a "
                        "U.S.-brokered deal."), "restored ties")
    assert ("AGREE", "ARM", "AZE") not in got and ("AGREE", "AZE", "ARM") not in got
