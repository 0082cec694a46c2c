"""Naming another party responsible for a harm is blame (PLOVER ACCUSE): "held Kyiv
responsible for the attack", and, said by someone, "the other side bore full
responsibility" or "a rebel group was responsible for the bombings". Claiming or taking
responsibility for one's own act, a duty ("is responsible for border security") and a
future "will hold them responsible" (a warning) are no accusation."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import readings, triples


@pytest.mark.parametrize(("text", "word"), [
    ("The government held the rebels responsible for the attack.", "held"),
    ("A spokesman said the rebels bore full responsibility for the clash.", "bore"),
    ("Police said a rebel group was responsible for the bombings.", "responsible"),
])
def test_naming_another_responsible_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    ("The group claimed responsibility for the attack.", "claimed"),
    ("The minister said the army was responsible for border security.", "responsible"),
    ("He said we bear responsibility for the delay.", "bear"),
    ("The president said he would hold the rebels responsible.", "hold"),
])
def test_duties_claims_and_warnings_are_no_accusation(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "ACCUSE"


def test_blame_goes_from_speaker_to_the_party_named(code_text: Any) -> None:
    out = code_text("Russia's foreign ministry said Ukraine bore full responsibility "
                    "for the deaths.")
    assert ("ACCUSE", "RUS", "UKR") in triples(out)


@pytest.mark.parametrize(("text", "word"), [
    # the small model's misreadings: "bore" lemmatised as the verb "to bore", the
    # adjective read as an adverbial clause of "held"
    ("The presidency said the Algerian authorities bore responsibility for an abrupt "
     "deterioration in bilateral relations.", "bore"),
    ("Alegre held Cartes personally responsible for Quintana's death.", "held"),
    # aggression is a harm blamed ("fully responsible for this criminal aggression")
    ('Hezbollah said it held "the Israeli enemy fully responsible for this criminal '
     'aggression".', "held"),
])
def test_misread_blame_still_accuses(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) == "ACCUSE"


@pytest.mark.parametrize(("text", "word"), [
    ("Armenia's foreign ministry said Yerevan bore no responsibility for the escalation.",
     "bore"),
    ("The teacher said the lesson bored the pupils.", "bored"),
    ("The school bore the cost of the trip to France.", "bore"),
    ("Mexico's president held the governor personally responsible for security in the "
     "state.", "held"),
    ("Germany's coach held his players responsible for the defeat against France.", "held"),
])
def test_no_blame_without_a_harm_or_with_its_denial(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "ACCUSE"


@pytest.mark.parametrize(("text", "pair"), [
    # the small model reads "bore" as a noun before "responsibility", "Russia" as a
    # modifier of the noun
    ("Russia bore responsibility for the attack, Ukraine's foreign ministry said.",
     ("UKR", "RUS")),
    # the party named hung on the verb as a modifier, not its subject
    ("Azerbaijani forces shelled Armenian villages on Sunday. Armenian Prime Minister "
     "Nikol Pashinyan said Azerbaijan bore full responsibility for the escalation.",
     ("ARM", "AZE")),
])
def test_misparsed_bearer_is_still_blamed(code_text: Any, text: str,
                                          pair: tuple[str, str]) -> None:
    assert ("ACCUSE", *pair) in triples(code_text(text))


@pytest.mark.parametrize("text", [
    "The coach said the players bore responsibility for the defeat.",
    "The company said it bore responsibility for the delay.",
    "Ukraine said Russia did not bear responsibility for the blast.",
    "The minister said the ministry bore responsibility for security at the stadium.",
    "Parents bear responsibility for their children, the minister said.",
    "The boring responsibility for the paperwork fell to the clerk, officials said.",
    "We bore responsibility for the failure, the minister said.",
    "The minister said Russia bore no responsibility for the attack.",
])
def test_borne_duties_denials_and_own_faults_blame_no_one(code_text: Any, text: str) -> None:
    assert not [t for t in triples(code_text(text)) if t[0] == "ACCUSE"]


# "Bearing" is the verb's ongoing form: a party said to be bearing responsibility for a
# harm is blamed as one that bears or bore it; the small model may also tag "bore" a
# verb yet hang it on the noun as its modifier.

@pytest.mark.parametrize(("text", "pair"), [
    ("Russia is bearing responsibility for the attack, Kyiv said.", ("UKR", "RUS")),
    ("Kyiv said Moscow was bearing full responsibility for the shelling.", ("UKR", "RUS")),
    ("Israel said Hamas was bearing full responsibility for the escalation.",
     ("ISR", "PSE")),
    ("Pakistan said India is bearing responsibility for the attack on the convoy.",
     ("PAK", "IND")),
])
def test_a_party_bearing_responsibility_is_blamed(code_text: Any, text: str,
                                                  pair: tuple[str, str]) -> None:
    assert ("ACCUSE", *pair) in triples(code_text(text))


def test_bore_hung_on_the_noun_as_a_verb_still_reads_as_blame(nlp: Any) -> None:
    assert readings(nlp, "Hamas bore responsibility for the attack, Israel said.").get(
        "bore") == "ACCUSE"


@pytest.mark.parametrize("text", [
    "We are bearing responsibility for the failure, the Kenyan minister said.",
    "Kyiv said Moscow was not bearing responsibility for the blast.",
    "The ministry is bearing responsibility for security at the stadium, officials said.",
    "The bank is bearing the cost of the project in Kenya.",
    "Farmers are bearing the brunt of the drought in Somalia.",
    "The letter bore the signature of the Iranian president.",
    "Bearing in mind the risks, Japan delayed the launch.",
    "Is Russia bearing responsibility for the delays at the port?",
])
def test_guard_bearing_a_duty_a_cost_or_no_blame_accuses_no_one(code_text: Any,
                                                                 text: str) -> None:
    assert not [t for t in triples(code_text(text)) if t[0] == "ACCUSE"]
