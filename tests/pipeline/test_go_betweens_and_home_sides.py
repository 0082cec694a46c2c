"""Go-betweens, home sides and coordinated names before one head. Sentences are made up
for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples


def test_a_broker_is_no_party_of_the_story(code_text: Any) -> None:
    # "Norway-brokered" and "the talks led by the Arab League": the League is named in
    # every paragraph but only mediates, so the rebels' acts are not aimed at it
    out = code_text(
        "Sudan's army and the rebels signed a Norway-brokered accord in Oslo on Monday "
        "after talks led by the Arab League. The Arab League's chief mediator said the "
        "accord was fragile. The Arab League will monitor the truce. Arab League envoys "
        "arrived in Khartoum on Tuesday. Rebel fighters pulled back from the city on "
        "Wednesday.",
        title="Sudan army and rebels sign Arab League-brokered accord")
    assert not any(t == "IGO" for _, s, t in triples(out) if s == "SDN")


def test_police_and_protesters_named_by_no_country_act_at_home(code_text: Any) -> None:
    out = code_text(
        "Georgia's government signed an EU-brokered accord with the opposition on "
        "Friday. The European Union said the deal would hold. EU envoys welcomed it. "
        "Riot police pulled back from the parliament building in the evening.",
        title="Georgia signs EU-brokered accord")
    retreat = [e for e in out.events if e.type == "RETREAT"]
    assert retreat and all(e.target is None or e.target.country == "GEO" for e in retreat)


def test_a_listed_movement_keeps_its_role_and_country(code_text: Any) -> None:
    out = code_text("Tigray forces and the army agreed to a truce in Nairobi on Monday.")
    sources = {(e.source.country, e.source.role) for e in out.events
               if e.type in ("AGREE", "CONCEDE") and e.source is not None}
    assert ("ETH", "REB") in sources or any(
        e.target is not None and (e.target.country, e.target.role) == ("ETH", "REB")
        for e in out.events)


def test_coordinated_names_before_one_head_are_two_actors(code_text: Any) -> None:
    # "Ethiopia and TPLF forces": Ethiopia's forces and the TPLF's, not one actor
    out = code_text("Ethiopia and TPLF forces agree to halt fighting\n\n"
                    "The two sides met for talks in Nairobi on Monday.")
    agree = [e for e in out.events if e.type in ("AGREE", "CONCEDE")]
    assert agree
    roles = {(a.country, a.role) for e in agree for a in (e.source, e.target) if a}
    assert ("ETH", "REB") in roles and len(roles) == 2


def test_mediated_talks_are_the_parties_talking(code_text: Any) -> None:
    out = code_text(
        "Armenia accused Azerbaijan of shelling border villages. Azerbaijan denied "
        "Armenia's claims. Armenia and Azerbaijan agreed a truce on Friday after two "
        "days of talks mediated by Kazakhstan.")
    talks = {(e.source.country, e.target.country) for e in out.events
             if e.type == "CONSULT" and e.source and e.target}
    # the parties talk with each other; the mediator (coded on "mediated") with each party
    assert talks & {("ARM", "AZE"), ("AZE", "ARM")}
    assert talks - {("ARM", "AZE"), ("AZE", "ARM")} <= {("KAZ", "ARM"), ("KAZ", "AZE")}
