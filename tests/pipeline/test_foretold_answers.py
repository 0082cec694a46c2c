"""A foretold answer to the other side's act is a warning (PLOVER THREATEN): a fate it
"will receive", a reaction "accordingly" or "sternly"; a reply to a letter is none."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

STORY = "Armenian troops shelled Azerbaijani villages on Monday. "


def _threats(out: ExtractedArticle) -> set[tuple[str, str | None, str | None]]:
    return {t for t in triples(out) if t[0] == "THREATEN"}


def test_a_worthy_response_the_other_side_will_receive_is_a_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + '"Armenia will surely receive a fitting response," the '
                    "Azerbaijani defence minister said.")
    assert ("THREATEN", "AZE", "ARM") in _threats(out)


def test_a_just_punishment_the_other_side_will_receive_is_a_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + 'Baku said Armenia "will receive its just punishment" for '
                    "the shelling.")
    assert ("THREATEN", "AZE", "ARM") in _threats(out)


def test_answering_accordingly_is_a_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + '"Azerbaijan will respond accordingly to this provocation," '
                    "the Azerbaijani foreign ministry said.")
    assert {source for _, source, _ in _threats(out)} == {"AZE"}


def test_a_reply_received_is_no_warning(code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Azerbaijani foreign minister wrote to his Armenian counterpart on "
                    "Monday. He said Baku would receive a response from Yerevan next week.")
    assert not _threats(out)


def test_a_bare_response_received_is_no_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Azerbaijan asked Armenia for the maps of the minefields. Azerbaijani "
                    "officials said Armenia will receive a response to its own request soon.")
    assert not _threats(out)


def test_answering_a_question_accordingly_is_no_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The Azerbaijani foreign minister said he had read the questions of the "
                    "Armenian reporters and that he would answer them accordingly.")
    assert not _threats(out)


def test_answering_a_proposal_accordingly_is_no_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "The ministry said Kyiv would respond accordingly to the "
                    "proposal.")
    assert not _threats(out)


def test_answering_an_attack_named_by_its_noun_accordingly_is_a_warning(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the answered act need not be a word of hostility: the event lexicon reads it
    out = code_text(STORY + "Baku said it would respond accordingly to the shelling.")
    assert {source for _, source, _ in _threats(out)} == {"AZE"}
