""""X did something, a ruling Y rejected": a noun after a comma sums up the clause
before it as its doer's act, and the clause answering the noun (rejecting, denying,
condemning it) is aimed at that doer, not at the story's other party."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = ("Poland and Belarus traded blame over the border on Monday. Poland closed two "
         "crossings with Belarus. Belarus accused Poland of provocations. ")


def test_a_rejected_ruling_answers_the_court(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "The International Court of Justice ordered Belarus to reopen the "
        "road, a ruling Minsk said it would not recognise.",
        title="Poland and Belarus trade blame"))
    assert ("REJECT", "BLR", "IGO") in got
    assert ("REJECT", "BLR", "POL") not in got


def test_denied_accusations_answer_the_accusers(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Germany has accused Belarusian guards of beating migrants, "
        "accusations Minsk denies.", title="Poland and Belarus trade blame"))
    assert ("REJECT", "BLR", "DEU") in got


def test_a_refused_condition_answers_whoever_set_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Lithuania had demanded that the talks be held in Vilnius, a condition "
        "Belarus refused to accept.", title="Poland and Belarus trade blame"))
    assert ("REJECT", "BLR", "LTU") in got


def test_a_rejected_claim_answers_its_maker(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        STORY + "Belarus said it had reopened the road, a claim Warsaw rejected.",
        title="Poland and Belarus trade blame"))
    assert ("REJECT", "POL", "BLR") in got


def test_a_denied_charge_between_compatriots_stays_domestic(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the two sides of a civil war: the denial answers the president's side, not the
    # outside body the story also names
    got = triples(code_text(
        "UN peacekeepers were caught in the fighting in Juba. The United Nations "
        "called for calm. The UN Security Council met on Sunday. President Salva "
        "Kiir's spokesman accused Machar's troops of starting the fighting, a charge "
        "Machar's spokesman denied.", title="UN condemns fighting in South Sudan"))
    assert ("REJECT", "SSD", "SSD") in got
