"""Fighting told as the subject of its own course ("fighting continued on Monday", "war
broke out in 2020") names no side because the story has named them: between two
countries it is theirs, each side's towards the other; in a story about one country
(with or without an international body) it is that country's own. Fighting that only
dates another act ("after the fighting began") is no event of its own."""

from __future__ import annotations

from typing import Any

PAIR = ("Armenia and Azerbaijan accused each other of shelling border villages on "
        "Sunday. Armenia's prime minister blamed Azerbaijan's army. ")
ONE = ("Gunmen stormed the state radio in Bujumbura, Burundi, on Wednesday. The African "
       "Union condemned the attempted coup in Burundi. ")


def _coded(out: Any, words: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source and e.source.country, e.target and e.target.country)
            for e in out.events if words in e.evidence.sentence}


def test_fighting_that_continued_is_the_pairs(code_text: Any) -> None:
    got = _coded(code_text(PAIR + "Fighting continued on Monday near the border."),
                 "continued")
    assert {("ASSAULT", "ARM", "AZE"), ("ASSAULT", "AZE", "ARM")} <= got


def test_fighting_in_one_country_is_its_own(code_text: Any) -> None:
    got = _coded(code_text(ONE + "Heavy fighting followed around the radio station."),
                 "followed")
    assert ("ASSAULT", "BDI", "BDI") in got


def test_fighting_that_dates_another_act(code_text: Any) -> None:
    got = _coded(code_text(PAIR + "Villagers fled after the fighting began."), "began")
    assert not any(t[0] == "ASSAULT" and t[1] in ("ARM", "AZE") for t in got)


def test_fighting_begun_by_one_sides_attack_is_that_attack(code_text: Any) -> None:
    got = _coded(code_text(PAIR + "The fighting began on Sunday, when Azerbaijan shelled "
                           "three villages."), "began")
    assert ("ASSAULT", "ARM", "AZE") not in got
