"""What is "released" when published or let out (a video, sketches, an assessment,
information, treated water) or put out by its maker (an album, a film, a game, a software
update) is no one set free (no PLOVER RETREAT); people, bodies and ships released stay a
retreat, also beside a work ("the singer was released from prison after his album ...")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from pipeline.ordinary_mentions import released_matter
from schemas import ExtractedArticle
from tests.pipeline.coding import event_types


@pytest.mark.parametrize("text", [
    "Police in Kashmir released sketches of three suspects and said two of them were "
    "Pakistani nationals.",
    "Egyptian officials argued that releasing information on Italian subscribers would "
    "violate the constitution.",
    "The United States released an intelligence assessment on Saudi Arabia's crown prince "
    "on Friday.",
    "China banned Japanese seafood when Tokyo began releasing treated water from the plant.",
    # one word class for the verb sense and the event filter: a document named by either
    # is matter for both ("the release of its budget", a nominal)
    "Iran announced the release of its budget on Monday.",
    # a gerund the verb sense refuses is read as a noun: its object is still matter
    "Egyptian officials have argued that releasing information on thousands of "
    "subscribers would violate the Egyptian constitution.",
])
def test_matter_released_is_no_retreat(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "His second collection The Massacre was released in the US at the end of last week.",
    "Last year, the company released a major security update for Windows.",
    "The Office for National Statistics released data showing inflation rose to 3%.",
    "Newcomer The Game's debut reached the top of the charts five weeks ago, while 50 "
    "Cent's second collection The Masscre was released in the US at the end of last week.",
    "Hit games like Halo 2, which was released in November, helped to buoy the sales "
    "figures of Microsoft.",
])
def test_a_work_or_a_product_released_is_no_retreat(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" not in event_types(code_text(text))


@pytest.mark.parametrize("text", [
    "The greatest hits album has crept back into the top 40 more than nine years after it "
    "was first released.",
    "Hit games like Halo 2, which was released in November, helped to buoy sales.",
    "The band will release their new album in the United States next month.",
    "The film was released in Britain on Friday and took £2m at the box office.",
])
def test_works_released_in_other_shapes_are_no_retreat(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" not in event_types(code_text(text))


# Guards (pass before and after): people, bodies and seized ships released.

@pytest.mark.parametrize("text", [
    "Iran released British-Iranian aid worker Nazanin Zaghari-Ratcliffe on Wednesday.",
    "Cuba released 53 political prisoners in January 2015.",
    "Iran released the Stena Impero in September that year.",
    "Russia released the bodies of 500 Ukrainian soldiers.",
    "Hamas released a video of the Israeli hostages and then released two of them on "
    "Monday.",
    "Israel released 90 Palestinian prisoners as part of the deal with Hamas.",
    "Gunmen in Nigeria released the kidnapped schoolboys on Friday.",
    "Azerbaijan released 32 Armenian soldiers it had held since 2020.",
    "Iran seized the British tanker in the Gulf in May and released it on Friday, the film "
    "crew said.",
    "The journalist, who was filming a documentary in Gaza, was released by Israel on "
    "Friday.",
    "Russia released a US citizen who had been jailed for making a film.",
    "The writer, whose novel was banned, was released by Belarus after two years in jail.",
    "The hostages, who were released on Friday, arrived in Tel Aviv.",
    "Venezuela released Juan Pablo Guanipa, who was arrested in May, the opposition said.",
    "The singer was released from prison in Moscow after his album criticised the war.",
])
def test_guard_people_and_ships_released_stay_a_retreat(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" in event_types(code_text(text))


# Review guards: a named person freed in a relative clause, and an "it" that is an object
# or belongs to another clause, are no work put out; the release stays a retreat.

@pytest.mark.parametrize("text", [
    "Israel and Hamas agreed the plan in January, under which Hamas released Emily Damari "
    "on Sunday.",
    "Hamas handed over a list of names, after which it released Arbel Yehud and Gadi Moses.",
    "Israel published the plan under which it released Walid Daqqa.",
    "The video, in which Hamas released Noa Argamani, was broadcast on Al Jazeera.",
    "The document that Moscow released Paul Whelan under was signed in Ankara.",
    "The footage shows the seized tanker days before Iran released it.",
    "The report says Iran seized the tanker in April; it was released on Friday.",
    "The video shows the aid convoy before the army released it at the checkpoint.",
])
def test_guard_a_person_or_a_seized_thing_freed_beside_a_document(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" in event_types(code_text(text))


# A work released again, told with "it" in the same sentence, is still the work.

@pytest.mark.parametrize("text", [
    "The game was released in Japan before Nintendo released it in Europe.",
    "The singer said the song was released in Japan before it was released in Europe.",
])
def test_a_work_released_again_as_it_is_no_retreat(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "RETREAT" not in event_types(code_text(text))


# One definition for the verb senses "release" and "free" and for the event: what the
# clause a verb hangs on names, or a count of matter, is matter for both.

def _word(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.lower_ == word)


@pytest.mark.parametrize(("text", "word"), [
    ("Footage released by the navy showed the collision.", "released"),
    ("The archive released thousands of pages of files on Friday.", "released"),
    ("The court freed the documents for publication.", "freed"),
    ("The ministry announced the release of thousands of pages of files.", "release"),
])
def test_released_matter_reads_the_head_a_count_and_free(nlp: Any, text: str,
                                                          word: str) -> None:
    tok = _word(nlp, text, word)
    assert released_matter(tok, nominal=tok.pos_ == "NOUN")


@pytest.mark.parametrize(("text", "word"), [
    ("Israel released thousands of Palestinian prisoners on Friday.", "released"),
    ("The rebels freed two Italian journalists on Friday.", "freed"),
    ("Hamas announced the release of dozens of hostages.", "release"),
])
def test_guard_people_released_are_no_matter(nlp: Any, text: str, word: str) -> None:
    tok = _word(nlp, text, word)
    assert not released_matter(tok, nominal=tok.pos_ == "NOUN")
