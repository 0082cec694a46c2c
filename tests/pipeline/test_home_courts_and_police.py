"""A state's courts, prosecutors, police and interior ministry act at home: the people
they detain, sentence or sue, named by no country, are that state's own, even in a
story mostly about another country (whose focus would otherwise be their guessed
country), and what they do with nobody named is no act on the story's other party.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

# A story about Ruritania's protest to Freedonia: Ruritania is the focus, Freedonia's
# courts and police act on Freedonia's own people.
TITLE = "Ruritania condemns Freedonia over jailed reporters"
LEAD = ("Ruritania summoned Freedonia's ambassador on Monday and condemned Freedonia. "
        "Ruritania said Freedonia must free the reporters. Ruritania recalled its envoy "
        "to Freedonia. Ruritania's foreign minister said Ruritania would raise the case. ")


def _pairs(out: Any, kind: str) -> set[tuple[str | None, str | None]]:
    return {(s, t) for ty, s, t in triples(out) if ty == kind}


def test_people_a_foreign_court_sentences_are_its_own(code_text: Any) -> None:
    text = LEAD.replace("Ruritania", "Germany").replace("Freedonia", "Turkey") + \
        "A Turkish court on Friday sentenced eight people to ten years in prison."
    out = code_text(text, title=TITLE.replace("Ruritania", "Germany").replace(
        "Freedonia", "Turkey"), published="2023-03-01")
    sentenced = _pairs(out, "SANCTION")
    assert ("TUR", "TUR") in sentenced
    assert ("TUR", "DEU") not in sentenced


def test_people_an_interior_ministry_reports_detained_are_its_own(code_text: Any) -> None:
    # Russia is the story's most named party (its focus), Georgia the other party
    text = ("Russia banned flights to Georgia on Monday. Russia said Georgia must "
            "apologise. Russia's foreign ministry accused Georgia of provocation, and "
            "Russia told Russian tour operators to stop sales. Russia's president said "
            "Russia would protect Russian citizens. "
            "Georgia's interior ministry said on Friday that 120 people had been detained.")
    out = code_text(text, title="Russia bans flights to Georgia after Tbilisi protests",
                    published="2019-06-22")
    detained = _pairs(out, "COERCE")
    assert ("GEO", "GEO") in detained
    assert ("GEO", "RUS") not in detained


def test_a_court_dissolving_a_party_acts_on_its_own_country(code_text: Any) -> None:
    text = ("Cambodia's Supreme Court on Thursday dissolved the main opposition party, "
            "banning 40 of its officials from politics. The United States condemned the "
            "ruling. Washington said it would cut aid to Cambodia. The United States "
            "urged Cambodia to free the party's leader. Cambodia rejected the criticism "
            "from Washington. The interior ministry had filed the lawsuit last month.")
    out = code_text(text, title="Cambodia's top court dissolves opposition party",
                    published="2017-11-16")
    lawsuit = {(s, t) for ty, s, t in triples(out) if ty == "ACCUSE" and s == "KHM"}
    assert ("KHM", "USA") not in lawsuit


def test_a_court_sentencing_named_foreigners_still_acts_on_them(code_text: Any) -> None:
    # the text names the sentenced people's country: they stay foreigners
    text = ("Ukraine condemned Russia on Monday. Ukraine said Russia must free its sailors. "
            "Russia rejected the demand from Ukraine. A Russian court on Friday sentenced "
            "three Ukrainian sailors to six years in prison.")
    out = code_text(text, title="Ukraine condemns Russia over sailors' sentences",
                    published="2019-06-22")
    assert ("RUS", "UKR") in _pairs(out, "SANCTION")
