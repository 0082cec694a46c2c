"""A protest whose own phrase names a foreign country as what it is against ("slogans
against Ethiopia", "against Ethiopian interference") or as the owner of the mission it
targets is aimed at that country; a country named as the protest's place, in a
grievance it reports, or on the flags it waves leaves the protest aimed at the
protesters' own state. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Somalia expels Ethiopian ambassador"
ROW = ("Somalia expelled Ethiopia's ambassador on Thursday over a port deal Ethiopia "
       "signed with Somaliland. Ethiopia said the deal violated no law. ")


def test_slogans_against_a_country_aim_the_rally_at_it(code_text: Any) -> None:
    out = code_text(ROW + "Thousands of people rallied in Mogadishu to denounce the deal, "
                    "chanting slogans against Ethiopia.", title=TITLE)
    assert ("PROTEST", "SOM", "ETH") in triples(out)
    assert ("PROTEST", "SOM", "SOM") not in triples(out)


def test_a_march_against_a_countrys_interference_is_aimed_at_it(code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of demonstrators marched in Mogadishu against "
                    "Ethiopian interference.", title=TITLE)
    assert ("PROTEST", "SOM", "ETH") in triples(out)


def test_a_protest_against_the_government_stays_at_home(code_text: Any) -> None:
    out = code_text(ROW + "Thousands of people rallied in Mogadishu against the "
                    "government.", title=TITLE)
    assert ("PROTEST", "SOM", "SOM") in triples(out)
    assert ("PROTEST", "SOM", "ETH") not in triples(out)


def test_a_grievance_naming_a_country_does_not_aim_the_protest(code_text: Any) -> None:
    out = code_text("Pakistan pulled its troops back from the Kargil heights on Sunday. "
                    "Opposition parties in Islamabad staged protests accusing the prime "
                    "minister of bowing to American pressure.",
                    title="Pakistan pulls back troops from Kargil")
    assert ("PROTEST", "PAK", "USA") not in triples(out)


def test_flags_waved_do_not_aim_the_protest(code_text: Any) -> None:
    out = code_text(ROW + "Hundreds of protesters waving Turkish flags marched through "
                    "Mogadishu.", title=TITLE)
    assert ("PROTEST", "SOM", "TUR") not in triples(out)
