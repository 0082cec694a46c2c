"""Whose forces an account means: unnamed officers in a police or military account are
that force's own, and "them" after "officers fired shots to disperse" is not the
officers themselves (the pronoun is not bound by the subject controlling its verb)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "Peru accuses Chile"
STORY = ("Peru condemned Chile. Peru said Chile had violated Peruvian waters. Chile rejected "
         "the criticism from Peru. ")


def test_officers_in_a_police_account_are_that_police(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text(STORY + "Chilean police said rioters had looted shops in Arica "
                            "and officers fired tear gas to disperse them.", title=TITLE))
    assert ("COERCE", "CHL", "CHL") in got
    assert ("COERCE", "PER", "PER") not in got


def test_them_is_not_the_subject_controlling_its_verb(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Chilean police said looters had stripped shops in Arica and "
                    "officers fired warning shots to disperse them.", title=TITLE)
    # one act, named by "fire warning shots" or by its purpose "disperse"
    coerce = [e for e in out.events if e.type == "COERCE"]
    assert coerce
    assert all(e.target is None or e.target.text != "officers" for e in coerce)
    assert ("COERCE", "CHL", "CHL") in triples(out)


def test_object_it_is_not_the_last_sentences_subject(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Peru condemned Chile. Chile rejected the criticism from Peru. Peruvian "
                    "rescue workers reached the border crossing on Sunday. Chile agreed on "
                    "Monday to reopen it.", title=TITLE)
    agree = [e for e in out.events if e.type == "AGREE"]
    assert agree
    assert all(e.target is None or "workers" not in e.target.text for e in agree)
