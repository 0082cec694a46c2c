"""Charges, investigations, sentences and detentions whose clause names neither the
state that brings them nor a country for the accused: in a story about one country's
own affairs, that country's authorities act on its own people ("the suspect was charged
with murder", "faces charges of fraud", "held in pre-trial detention"). Sentences are
made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

#: A story about Kenya's own politics, naming no second country.
TITLE = "Kenyan opposition leader held after election unrest"
BODY = ("Kenya's government said the vote was fair. Kenyan officials said the country was "
        "calm. Kenya's president said Kenya would not bow to violence. ")


def test_an_agentless_charge_on_a_countryless_suspect_is_the_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "The suspect has been charged with attempted murder.",
                            title=TITLE))
    assert ("ACCUSE", "KEN", "KEN") in got, got


def test_charges_a_person_faces_are_the_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "The former mayor will face charges of fraud and bribery.",
                            title=TITLE))
    assert ("ACCUSE", "KEN", "KEN") in got, got


def test_a_sentence_on_a_countryless_officer_is_the_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "The captain was later sentenced to two years in jail.",
                            title=TITLE))
    assert ("SANCTION", "KEN", "KEN") in got, got


def test_a_detention_ordered_by_a_judge_is_the_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(
        BODY + "A judge ordered him held in pre-trial detention for six months.", title=TITLE))
    assert ("COERCE", "KEN", "KEN") in got, got


def test_taking_charge_is_command_not_a_charge(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(BODY + "The army took charge of security in the capital.",
                            title=TITLE))
    assert not any(t == "ACCUSE" for t, _, _ in got), got



def test_a_detention_owned_by_someone_named_is_not_the_states(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the gang holds her, not Kenya's authorities
    out = code_text(BODY + "The aid worker spent two months in the gang's detention "
                    "before she was freed.", title=TITLE)
    held = [e for e in out.events if e.type == "COERCE" and "aid worker" in
            e.evidence.sentence]
    assert not held, held
