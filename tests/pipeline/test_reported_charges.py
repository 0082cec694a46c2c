"""A hostile act one party, opening the sentence, says another did is also its charge
against the doer: "Norway said Danish patrol boats had rammed its trawlers" states the
ramming (ASSAULT) and Norway's accusation of Denmark (ACCUSE). No charge is read when the
attribution trails the report ("Danish boats rammed the trawlers, Norwegian officials
said"), when the clause names no doer (a toll) or only an attack as its doer, a plan, a
denial, the speaker's own side, a military tally of launches, or a report carried on by a
pronoun ("He said ...": the charge was made where the speaker was named)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Norway's foreign ministry said on Monday that Danish patrol boats had rammed two "
    "Norwegian trawlers near the island.",
    "The Norwegian defence minister said Danish troops had shelled the border village "
    "overnight.",
])
def test_a_hostile_act_reported_by_another_party_accuses_its_doer(
        code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", "NOR", "DNK") in got
    assert any(t[0] == "ASSAULT" and t[1] == "DNK" for t in got)


@pytest.mark.parametrize("text", [
    # guards: a trailing attribution, a toll, a plan, a denial, the speaker's own side
    "Danish troops shelled the border village overnight, Norwegian officials said.",
    "Norway's foreign ministry said two Norwegian fishermen had been killed near the "
    "island.",
    "Norway's foreign ministry said Danish troops could shell the border village.",
    "Norway's foreign ministry said Danish troops had not shelled the border village.",
    "Norway's foreign ministry said its troops had shelled Danish positions overnight.",
    # guards: a military tally of launches, a death
    "Norway's air force said Denmark had fired 38 missiles at Norwegian towns, of which 30 "
    "were shot down.",
    "Norway's army said a Danish missile strike had killed 12 soldiers at the base.",
    "Norway's nuclear operator said Danish mortar fire had hit the plant overnight.",
])
def test_no_charge_without_a_named_foreign_doer_reported_first(
        code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))


def test_a_bare_gerund_read_as_the_verb_is_no_charge(code_text: Any) -> None:
    # the parser takes "shelling" for the reported clause's verb: a toll, not a charge
    got = triples(code_text("Norwegian officials said Danish shelling across the border "
                            "killed at least 15 civilians."))
    assert not any(t[0] == "ACCUSE" for t in got)


def test_a_report_carried_on_by_a_pronoun_is_no_new_charge(code_text: Any) -> None:
    # the charge is made where the speaker is named; "It said ..." details it
    out = code_text("Norway accused Denmark of a border attack on Monday. It said Danish "
                    "troops had shelled the border village overnight.")
    assert not any(e.type == "ACCUSE" and e.evidence.sentence.startswith("It said")
                   for e in out.events)


@pytest.mark.parametrize("text", [
    # review: a third party reporting an act between others, and a joint act of the
    # speaker's own side, charge no one
    "The Pentagon said Israeli jets had struck Hezbollah positions in southern Lebanon.",
    "The US military said American and Iraqi forces had attacked the militants' hideout.",
    "Norway said Danish troops had attacked Swedish positions.",
])
def test_guard_only_the_side_hit_charges_the_doer(code_text: Any, text: str) -> None:
    assert not any(t[0] == "ACCUSE" for t in triples(code_text(text)))


def test_the_speakers_own_rebels_among_the_doers_still_charge_the_foreigners(
        code_text: Any) -> None:
    # review: only the speaker's state forces make a joint act its own
    got = triples(code_text("The Kenyan army said Somali and Kenyan militants had "
                            "attacked its base."))
    assert ("ACCUSE", "KEN", "SOM") in got
