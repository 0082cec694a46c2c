"""A state's courts, prosecutors, police and interior ministry act at home: the people
they detain, sentence or sue, named by no country, are that state's own (and the people
its authorities or officials arrest, when no other country is the arrests' place), even in a
story mostly about another country (whose focus would otherwise be their guessed
country), and what they do with nobody named is no act on the story's other party.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import typed_pairs

Pair = tuple[str, str]
#: A story whose focus (the most named party) is Russia, Georgia the other party.
RUSSIA_GEORGIA = ("Russia banned flights to Georgia on Monday. Russia said Georgia must "
                  "apologise. Russia's foreign ministry accused Georgia of provocation, "
                  "and Russia told Russian tour operators to stop sales. Russia's "
                  "president said Russia would protect Russian citizens. ")

CASES = [
    # Germany is the focus: the people a Turkish court sentences are Turkey's own
    pytest.param(
        "Germany summoned Turkey's ambassador on Monday and condemned Turkey. Germany said "
        "Turkey must free the reporters. Germany recalled its envoy to Turkey. Germany's "
        "foreign minister said Germany would raise the case. A Turkish court on Friday "
        "sentenced eight people to ten years in prison.",
        "Germany condemns Turkey over jailed reporters", "2023-03-01",
        "SANCTION", {("TUR", "TUR")}, {("TUR", "DEU")},
        id="people-a-foreign-court-sentences-are-its-own"),
    # Russia is the story's most named party (its focus), Georgia the other party
    pytest.param(
        "Russia banned flights to Georgia on Monday. Russia said Georgia must apologise. "
        "Russia's foreign ministry accused Georgia of provocation, and Russia told Russian "
        "tour operators to stop sales. Russia's president said Russia would protect "
        "Russian citizens. Georgia's interior ministry said on Friday that 120 people had "
        "been detained.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", {("GEO", "GEO")}, {("GEO", "RUS")},
        id="people-an-interior-ministry-reports-detained-are-its-own"),
    pytest.param(
        "Cambodia's Supreme Court on Thursday dissolved the main opposition party, banning "
        "40 of its officials from politics. The United States condemned the ruling. "
        "Washington said it would cut aid to Cambodia. The United States urged Cambodia to "
        "free the party's leader. Cambodia rejected the criticism from Washington. The "
        "interior ministry had filed the lawsuit last month.",
        "Cambodia's top court dissolves opposition party", "2017-11-16",
        "ACCUSE", set(), {("KHM", "USA")},
        id="a-court-dissolving-a-party-acts-on-its-own-country"),
    # the text names the sentenced people's country: they stay foreigners
    pytest.param(
        "Ukraine condemned Russia on Monday. Ukraine said Russia must free its sailors. "
        "Russia rejected the demand from Ukraine. A Russian court on Friday sentenced "
        "three Ukrainian sailors to six years in prison.",
        "Ukraine condemns Russia over sailors' sentences", "2019-06-22",
        "SANCTION", {("RUS", "UKR")}, set(),
        id="a-court-sentencing-named-foreigners-still-acts-on-them"),
    # a state's authorities, like its police, arrest its own people
    pytest.param(
        RUSSIA_GEORGIA + "Georgian authorities have arrested scores of opposition "
        "supporters over the past year.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", {("GEO", "GEO")}, {("GEO", "RUS")},
        id="people-a-states-authorities-arrest-are-its-own"),
    pytest.param(
        RUSSIA_GEORGIA + "Georgian officials said several people had been arrested.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", {("GEO", "GEO")}, {("GEO", "RUS")},
        id="people-officials-report-arrested-are-their-states-own"),
    # ... but not people they deport, arrests placed abroad or named foreigners
    pytest.param(
        RUSSIA_GEORGIA + "Georgian authorities deported 40 people to Russia last month.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", set(), {("GEO", "GEO")},
        id="people-authorities-deport-are-no-home-people"),
    pytest.param(
        RUSSIA_GEORGIA + "Russian authorities arrested 20 people in Tbilisi.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", set(), {("RUS", "RUS")},
        id="arrests-placed-in-another-country-are-not-at-home"),
    pytest.param(
        RUSSIA_GEORGIA + "Georgian authorities detained two Russian tourists.",
        "Russia bans flights to Georgia after Tbilisi protests", "2019-06-22",
        "COERCE", {("GEO", "RUS")}, {("GEO", "GEO")},
        id="named-foreigners-authorities-arrest-stay-foreign"),
    # ... nor the people a story names as the other country's refugees, workers,
    # tourists or villagers, nor residents, migrants or people without papers: in
    # another state's hands they are most often foreigners
    *[pytest.param(lead + arrest, title, "2023-06-12", "COERCE", {pair}, {own}, id=name)
      for name, lead, arrest, title, pair, own in [
          ("story-names-the-others-refugees",
           "Afghanistan said Afghan refugees were being abused in Pakistan. Afghanistan "
           "urged Pakistan to stop. Afghanistan's foreign ministry summoned the envoy. ",
           "Pakistani authorities arrested hundreds of refugees in Karachi last week.",
           "Afghanistan protests abuse of refugees", ("PAK", "AFG"), ("PAK", "PAK")),
          ("story-names-the-others-workers",
           "Indonesia said Indonesian workers were being abused in Malaysia. Indonesia "
           "urged Malaysia to stop. Indonesia's foreign ministry summoned the envoy. ",
           "Malaysian authorities detained 200 workers in a raid on Sunday.",
           "Indonesia protests abuse of workers", ("MYS", "IDN"), ("MYS", "MYS")),
          ("story-names-the-others-tourists",
           "China said Chinese nationals were being harassed in Japan. China urged "
           "Japan to stop. China's foreign ministry summoned the envoy. ",
           "Japanese authorities detained three tourists for trespassing at a shrine.",
           "China protests harassment of nationals", ("JPN", "CHN"), ("JPN", "JPN")),
          ("residents-of-occupied-land",
           "Ukraine accused Russia of abducting civilians. Ukraine urged the UN to act. "
           "Ukraine's foreign ministry said Ukraine would respond. ",
           "Russian authorities detained 40 residents in occupied Melitopol.",
           "Ukraine accuses Russia of abductions", ("RUS", "UKR"), ("RUS", "RUS")),
          ("the-others-villagers",
           "Georgia said Georgian villagers were being kidnapped. Georgia urged Russia "
           "to stop. Georgia's foreign ministry summoned the envoy. ",
           "Russian authorities detained five villagers near the boundary line.",
           "Georgia protests kidnappings", ("RUS", "GEO"), ("RUS", "RUS")),
          ("people-rounded-up-where-the-others-refugees-live",
           "Somalia said Somali refugees were being harassed in Kenya. Somalia urged "
           "Kenya to stop. Somalia's foreign ministry summoned the envoy. ",
           "Kenyan authorities rounded up 300 people in Eastleigh in a security sweep.",
           "Somalia protests harassment of refugees", ("KEN", "SOM"), ("KEN", "KEN")),
          ("people-without-residency-papers",
           "Syria said Syrian refugees were being mistreated in Lebanon. Syria urged "
           "Lebanon to stop. Syria's foreign ministry summoned the envoy. ",
           "Lebanese authorities detained 50 people without residency papers.",
           "Syria protests mistreatment of refugees", ("LBN", "SYR"), ("LBN", "LBN")),
      ]],
]


@pytest.mark.parametrize(("text", "title", "published", "kind", "expected", "excluded"),
                         CASES)
def test_home_courts_and_police_act_at_home(
        code_text: Any, text: str, title: str, published: str, kind: str,
        expected: set[Pair], excluded: set[Pair]) -> None:
    found = typed_pairs(code_text(text, title=title, published=published), kind)
    assert expected <= found
    assert not excluded & found
