"""Actors from context: agentless and by-agent passives, the author of what is praised
or rejected, definite references to a body named earlier, accented names. Sentences are
made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import typed_pairs


def test_agentless_passive_victims_are_not_the_speakers_doing(code_text: Any) -> None:
    out = code_text("India and Pakistan fought in Kashmir. Pakistan denied it. An Indian "
                    "army spokesman said more than 400 Indian soldiers have been killed "
                    "since May.", published="1999-07-10")
    killed = [e for e in out.events if e.trigger == "kill"]
    assert killed and killed[0].source is not None
    assert (killed[0].source.country, killed[0].target.country) == ("PAK", "IND")


def test_by_agent_passive_takes_the_agent(code_text: Any) -> None:
    out = code_text("India and Pakistan fought in Kashmir. The town was seized by "
                    "Pakistani militants on Monday.", published="1999-07-10")
    assaults = [e for e in out.events if e.type == "ASSAULT"]
    assert assaults and assaults[-1].source is not None and assaults[-1].source.country == "PAK"


def test_executions_without_agent_are_the_states(code_text: Any) -> None:
    out = code_text("Nigeria's military tribunal convicted nine Nigerian activists. "
                    "The nine Nigerian activists were hanged in Port Harcourt on Friday.",
                    published="1995-11-11")
    assert ("NGA", "NGA") in typed_pairs(out, "ASSAULT")


def test_dateline_is_not_the_subject(code_text: Any) -> None:
    out = code_text("UNITED NATIONS, Oct 15 (newswire) - The U.N. Security Council voted "
                    "unanimously on Saturday to impose sanctions on North Korea over its "
                    "nuclear test. North Korea tested a bomb.", published="2006-10-15")
    assert ("IGO", "PRK") in typed_pairs(out, "SANCTION")


def test_backing_a_measure_targets_its_author(code_text: Any) -> None:
    out = code_text("North Korea tested a bomb. The U.N. Security Council voted on Saturday "
                    "to impose sanctions on North Korea. China backed the measures. North "
                    "Korea's ambassador rejected the resolution.", published="2006-10-15")
    assert ("CHN", "IGO") in typed_pairs(out, "SUPPORT")
    assert ("PRK", "IGO") in typed_pairs(out, "REJECT")


def test_the_council_is_the_body_named_before(code_text: Any) -> None:
    out = code_text("The U.N. Security Council imposed sanctions on Iran. U.S. Ambassador "
                    "John Bolton praised the council for acting quickly.",
                    published="2006-10-15")
    assert ("USA", "IGO") in typed_pairs(out, "SUPPORT")


def test_coordinated_weapons_share_the_owner(code_text: Any) -> None:
    out = code_text("NATO aircraft and cruise missiles struck military targets across "
                    "Yugoslavia on Thursday.", published="1999-03-25")
    assert ("IGO", "SRB") in typed_pairs(out, "ASSAULT")
    assert all(s != "SRB" for s, _ in typed_pairs(out, "ASSAULT"))


def test_historical_states_geocode_to_successors() -> None:
    from pipeline.gazetteer import Gazetteer

    gaz = Gazetteer.load()
    for name, code in (("Yugoslavia", "SRB"), ("Zaire", "COD"), ("Soviet Union", "RUS")):
        loc = gaz.geocode(name)
        assert loc is not None and loc.country == code


def test_accented_body_without_an_entity(code_text: Any) -> None:
    out = code_text("Médecins Sans Frontières accused Sudan of blocking aid on Monday.")
    assert ("NGO", "SDN") in typed_pairs(out, "ACCUSE")


def test_namesake_long_before_office_is_not_the_officeholder() -> None:
    from pipeline.officeholders import known_person

    assert known_person("Ben Wallace", 2004) is None
    later = known_person("Ben Wallace", 2021)
    assert later is not None and later.country == "GBR"
