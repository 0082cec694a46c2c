"""Police, protesters, the opposition and the interior ministry act where they are: a
local role word with no country of its own belongs to the place its clause names, else
to the dateline's country when that is one of the story's two parties, not to the
country the story is mostly about (a foreign visitor's or a foreign power's). A crowd
outside a foreign embassy protests against that embassy's country."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.actor_setting import clause_place
from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Russia halts flights to Armenia after protests over Russian envoy"
LEAD = ("Russian President Vladimir Putin ordered a halt to flights to Armenia on "
        "Friday, the Kremlin said. Russia said the ban protects Russian citizens, and "
        "Moscow called the unrest a Russophobic provocation. Armenia condemned the "
        "ban, and Armenia's foreign ministry said Armenia would respond.\n\n")


def test_riot_police_under_a_dateline_are_the_dateline_country_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        LEAD + "YEREVAN, June 22 (agency) - Riot police fired tear gas to push the "
        "crowd back.", title=TITLE))
    assert any(t == "COERCE" and s == "ARM" for t, s, _ in got)
    assert not any(t == "COERCE" and s == "RUS" for t, s, _ in got)


def test_police_in_a_named_city_are_that_city_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        LEAD + "Police detained dozens of protesters in Yerevan on Saturday.",
        title=TITLE))
    assert any(t == "COERCE" and s == "ARM" for t, s, _ in got)
    assert not any(t == "COERCE" and s == "RUS" for t, s, _ in got)


def test_a_dateline_abroad_does_not_move_the_story_s_police(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the dateline's country is no party of this story: its police are still the focus's
    got = triples(code_text(
        "GENEVA, June 22 (agency) - Armenian officials said on Friday that Armenia "
        "would hold new elections. Armenia's prime minister resigned. Riot police "
        "fired tear gas at the crowd outside parliament.",
        title="Armenia to hold new elections"))
    assert ("COERCE", "ARM", "ARM") in got


def test_protesters_outside_an_embassy_protest_against_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        LEAD + "YEREVAN, June 22 (agency) - On Sunday night, protesters outside "
        "Russia's embassy in Yerevan threw eggs and set fire to a flag.",
        title=TITLE))
    assert any(t == "PROTEST" and s == "ARM" and g == "RUS" for t, s, g in got)


def test_a_counted_crowd_under_a_dateline_rallies_in_the_dateline_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(
        LEAD + "YEREVAN, June 22 (agency) - Thousands rallied outside parliament on "
        "Friday evening.", title=TITLE)
    rally = {e.source and e.source.country for e in out.events
             if e.type == "PROTEST" and "rallied" in e.evidence.sentence}
    assert rally == {"ARM"}


def test_opposition_deputies_under_a_dateline_are_the_dateline_country_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        LEAD + "YEREVAN, June 22 (agency) - Opposition deputies interrupted the session "
        "and demanded that the envoy leave.", title=TITLE))
    assert any(t == "REQUEST" and s == "ARM" for t, s, _ in got)


BRITAIN = ("Britain expelled 23 Russian diplomats last week over the poisoning of a former "
           "spy in England, and British Prime Minister Theresa May said Britain would "
           "not be intimidated. Britain froze Russian state assets. ")


def test_a_bare_ministry_under_a_dateline_is_the_dateline_country_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the story is mostly about Britain; the unnamed ministry acting in Moscow is Russia's
    out = code_text(
        "MOSCOW, March 17 (agency) - Russia said on Saturday it would expel 23 British "
        "diplomats. " + BRITAIN + "The foreign ministry summoned Britain's ambassador "
        "and gave the diplomats one week to leave.",
        title="Britain says it will not be intimidated as Moscow hits back")
    summons = {(e.source and e.source.country, e.target and e.target.country)
               for e in out.events if "one week" in e.evidence.sentence}
    assert ("RUS", "GBR") in summons
    assert ("GBR", "RUS") not in summons


def test_a_dateline_at_the_united_nations_is_no_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        "UNITED NATIONS, June 30 (agency) - The U.N. Security Council voted to end its "
        "mission in Mali. Mali had demanded the mission leave. The U.N. said Mali "
        "blocked its patrols, and U.N. officials said the U.N. would withdraw. The "
        "government rejected the findings as biased.",
        title="U.N. ends Mali mission"))
    assert ("REJECT", "MLI", "IGO") in got


def test_every_role_word_of_a_clause_finds_its_place(nlp: Any) -> None:
    # a second subject and a prepositional object climb to the clause's verb too
    for text, word in (("Police and protesters clashed in Skopje.", "protesters"),
                       ("Riot police fired tear gas at protesters in Skopje.", "protesters")):
        doc = nlp(text)
        assert clause_place(next(t for t in doc if t.text == word)) == "MKD", text


ROW = ("Somalia expelled Ethiopia's ambassador on Thursday over a port deal Ethiopia "
       "signed with Somaliland. Ethiopia said the deal violated no law. ")


def test_police_at_premises_in_a_named_city_are_that_city_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the city hangs on the premises ("outside a restaurant in Mogadishu"), and the
    # premises' nationality is no party: an arrest by a country's police is its own act
    got = triples(code_text(ROW + "Police detained ten men outside an Ethiopian restaurant "
                            "in Mogadishu.", title="Somalia expels Ethiopian ambassador"))
    assert ("COERCE", "SOM", "SOM") in got
    assert not any(t == "COERCE" and s == "ETH" for t, s, _ in got)
    got = triples(code_text("Somalia expelled Ethiopia's ambassador on Thursday. Police "
                            "arrested 12 Somali nationals at an Ethiopian restaurant in "
                            "Nairobi."))
    assert ("COERCE", "KEN", "SOM") in got


def test_guard_named_police_keep_their_country_at_foreign_premises(
        code_text: Callable[..., ExtractedArticle]) -> None:
    assert ("COERCE", "KEN", "SOM") in triples(code_text(
        "Kenyan police arrested 12 Somali nationals at an Ethiopian restaurant."))
    assert ("COERCE", "ETH", "SOM") in triples(code_text(
        ROW + "Ethiopian police arrested five Somali men outside a restaurant in Nairobi."))


@pytest.mark.parametrize(("text", "triple"), [
    # guard: a country's name a qualifier puts elsewhere, or that a US state shares, sets
    # no police's country at the premises: the story's own reading stands
    ("The suspects were American. Police arrested a Syrian man at a mosque in Lebanon, "
     "Pennsylvania on Friday.", ("COERCE", "USA", "SYR")),
    ("ATLANTA (AP) - An American sheriff's office in Atlanta said police arrested two "
     "Mexican men at a ranch in Georgia on Friday.", ("COERCE", "USA", "MEX")),
    ("The US Justice Department said police arrested a Chinese student at a college in "
     "Georgia on Friday.", ("COERCE", "USA", "CHN")),
])
def test_guard_namesakes_at_premises_set_no_police_country(
        code_text: Callable[..., ExtractedArticle], text: str,
        triple: tuple[str, str, str]) -> None:
    assert triple in triples(code_text(text))
