"""An order that a person be held is the detention itself: "a judge ordered him held for
30 days" codes COERCE (arrest) on the order, done by whoever gave it, whether the parser
hangs "held" on the order or on its object; the participle is not coded a second time.
A name held by an order is a person even where the tagger takes it for an organisation,
and "ordered Mayor X jailed" is the jailing though the parser reads "jailed" as a past
tense; so is a name tagged as a people or a place the gazetteer does not know ("ordered
Galstanyan held"), and anyone an order holds "in custody". Things held (talks,
positions, a city), participles that only describe the object of a "to" order, and an
order that a thing be suspended stay as they were."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.pipeline.coding import event_types, readings, triples


@pytest.mark.parametrize("text", [
    "A magistrate ordered him held for ten days.",
    "The tribunal ordered the activist held in custody pending trial.",
    "A judge on Friday ordered her held in pre-trial detention for nine months.",
    # names the tagger does not read as persons
    "A court in the capital ordered Kurti held in custody on Monday.",
    "A court in the capital ordered Pashinyan held in custody on Monday.",
    # "jailed" parsed as a past tense with the person as its subject
    "A court in Ankara ordered Mayor Kemal Uysal jailed pending trial.",
    # names the tagger reads as a people or a place the gazetteer does not know
    "A court has since ordered Galstanyan held for two months.",
    "A Moscow court ordered Navalny held for 30 days.",
    # "held" tagged as a past tense; a person named by a common noun, held in custody
    "A judge in Panama on Wednesday ordered a 77-year-old lawyer held in custody.",
])
def test_ordering_a_person_held_detains(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("ordered") == "COERCE"


def test_an_order_that_a_person_be_held_stays_the_orders_clause(
        code_text: Callable[..., Any]) -> None:
    # the finite clause: the order and the detention noun, as before
    out = code_text("A Tbilisi court ordered that Melia be held in pre-trial detention.")
    assert ("COERCE", "detention") in {(e.type, e.trigger) for e in out.events}


def test_the_detention_is_coded_once(code_text: Callable[..., Any]) -> None:
    out = code_text("A Kenyan judge ordered the activist held for ten days.")
    assert [e.type for e in out.events].count("COERCE") == 1


@pytest.mark.parametrize(("text", "word"), [
    ("The minister ordered the talks held in Geneva.", "ordered"),
    ("Officials said the protesters held out for hours.", "held"),
    ("The commander ordered the troops stationed in the town to withdraw.", "ordered"),
    # guards: a place held by force, a vote suspended by a court
    ("The general ordered the city held at all costs.", "ordered"),
    ("The top court had ordered it suspended.", "ordered"),
    # places the gazetteer knows, whatever the tagger reads them as; things held
    ("The general ordered Mariupol held at all costs.", "ordered"),
    ("The president ordered the vote held in Crimea on Sunday.", "ordered"),
    ("The electoral commission ordered the elections held in March.", "ordered"),
    ("The ministry ordered the summit held behind closed doors.", "ordered"),
    ("The court ordered the documents held by the clerk until the trial.", "ordered"),
    ("The foundation ordered the funds held in trust for the children.", "ordered"),
    ("Sunday's final will be held in Madrid, the federation ordered.", "held"),
])
def test_no_detention_where_no_one_is_held(nlp: Any, text: str, word: str) -> None:
    assert readings(nlp, text).get(word) != "COERCE"


@pytest.mark.parametrize("text", [
    # cold review: a person's surname that is also a town or a lexicon name is a person
    "A Texas judge ordered Austin held on a $1 million bond.",
    "A federal judge ordered Garcia held without bail.",
    "A court in Istanbul ordered Imamoglu held for four days.",
])
def test_a_surname_that_is_also_a_place_is_detained(nlp: Any, text: str) -> None:
    assert readings(nlp, text).get("ordered") == "COERCE"


@pytest.mark.parametrize("text", [
    # cold review: things held in custody are kept, no one detained; contempt is a ruling
    "The judge ordered the evidence held in custody until the trial.",
    "The judge ordered the documents held in custody of the court clerk.",
    "The court ordered the seized cash held in custody of the central bank.",
    "The judge ordered Boeing held in contempt of court.",
    "The judge ordered the company held liable for the damage.",
])
def test_no_detention_of_things_or_by_contempt(nlp: Any, text: str) -> None:
    coded = readings(nlp, text)
    assert "COERCE" not in (coded.get("ordered"), coded.get("held"))


# An order that a person be held, kept or remain in custody, told with "to" or "that",
# is the detention too (the gold codes "ordered X to remain in custody" COERCE); a
# request for it, things kept, other places and denials stay as they were.

@pytest.mark.parametrize(("text", "pair"), [
    ("A Moscow court ordered that the American journalist be held in custody for two "
     "months.", ("RUS", "USA")),
    ("A Moscow court ordered the American journalist to be held in custody for two "
     "months.", ("RUS", "USA")),
    ("A Moscow court ordered the American journalist to remain in pre-trial detention.",
     ("RUS", "USA")),
    ("A Tehran court ordered the French tourist to be kept in prison until the trial.",
     ("IRN", "FRA")),
])
def test_an_order_keeping_a_person_in_custody_detains(
        code_text: Callable[..., Any], pair: tuple[str, str], text: str) -> None:
    out = code_text(text)
    assert ("COERCE", *pair) in triples(out)
    assert "REQUEST" not in event_types(out)


@pytest.mark.parametrize("text", [
    "Investigators asked a court to remand him in custody.",
    "Prosecutors asked that the Kenyan opposition leader be held in custody.",
    "The judge did not order the journalist to be held in custody.",
    "The judge ordered that the evidence be held in custody.",
    "The court ordered the evidence to be kept in the court archive.",
    "The court ordered the suspect to remain in Kenya pending trial.",
    "A Moscow court ordered the American journalist to stay in the country.",
    "The court ordered that the prisoners be released from custody.",
])
def test_guard_asking_for_custody_or_keeping_things_or_other_places_detains_no_one(
        code_text: Callable[..., Any], text: str) -> None:
    assert "COERCE" not in event_types(code_text(text))


def test_guard_asking_the_court_to_order_custody_is_the_request_alone(
        code_text: Callable[..., Any]) -> None:
    # the order asked for is no detention done, nor is the "held" it would bring
    out = code_text("Prosecutors asked the court to order that the Georgian activist be held "
                    "in custody.")
    assert event_types(out) == {"REQUEST"}
