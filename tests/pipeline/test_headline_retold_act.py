"""A headline's act is dated by the body's first act of its type, unless that act is
another party's, dated only by the day it was said: then an early undated retelling of
the headline's act by its own parties, on the narrative's day, dates it."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-14"  # a Friday
TITLE = "Sudanese forces fire rockets at Chadian town"
SAID = "Chad's army said on Friday it had shelled Sudanese army positions near the border."


def _headline_dates(out: ExtractedArticle) -> set[str | None]:
    return {e.date for e in out.events if e.evidence.sentence_index == 0
            and e.type == "ASSAULT"}


def test_the_headline_takes_the_day_of_its_parties_retold_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(SAID + "\n\nNDJAMENA (example.org) - The town of Abeche came under "
                    "fire late on Wednesday. Sudanese forces fired at least three rockets "
                    "at Abeche, residents said.", title=TITLE, published=PUB)
    assert _headline_dates(out) == {"2025-03-12"}


def test_with_no_retelling_the_headline_stays_on_the_said_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(SAID + "\n\nNDJAMENA (example.org) - Residents said the town of Abeche "
                    "had been quiet for weeks.", title=TITLE, published=PUB)
    assert _headline_dates(out) == {PUB}


def test_a_dated_act_of_the_headlines_parties_comes_first(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Sudanese forces fired rockets at the Chadian town of Abeche on Friday, "
                    "the army said.\n\nNDJAMENA (example.org) - Chad's army said on Thursday "
                    "it had shelled Sudanese army positions near the border. Sudanese forces "
                    "fired at least three rockets at Abeche, residents said.",
                    title=TITLE, published=PUB)
    assert _headline_dates(out) == {PUB}
