"""A clause set off by a gap ("hours after", "a week after") that names its own day is
dated by that day; only one that names none is counted back from the main clause."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span

from pipeline.gap_days import stated_day
from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def test_hours_after_a_clause_with_its_own_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The arrests came hours after rebels attacked an army post near Goma "
                    "late on Wednesday.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-12"}


def test_a_week_after_a_clause_with_its_own_date(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The raid came a week after a car bomb killed 30 people in Kismayo "
                    "on March 6.", published=PUB)
    assert dates_by_trigger(out, "kill") == {"2025-03-06"}


def test_a_clause_without_a_day_still_counts_back(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad's parliament on Thursday called on the government to expel the "
                    "French ambassador, two days after French jets bombed a rebel column "
                    "near Abeche.", published=PUB)
    assert dates_by_trigger(out, "bomb") == {"2025-03-11"}


def test_a_day_in_a_relative_clause_is_not_the_gap_clause_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Police arrested 40 people on Thursday, a day after gunmen attacked a "
                    "police station that had reopened on March 2.", published=PUB)
    assert dates_by_trigger(out, "attack") == {"2025-03-12"}


def test_a_later_day_of_saying_is_not_the_gap_clause_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Troops withdrew from the border on Wednesday, two days after rebels "
                    "shelled the town of Kidal, the army said on Thursday.", published=PUB)
    assert dates_by_trigger(out, "shell") == {"2025-03-10"}


def test_a_date_far_from_the_gap_s_count_is_another_event_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The walkout came hours after lawmakers rejected the results of "
                    "Gabon's Jan. 12 presidential election.", published=PUB)
    assert "2025-01-12" not in dates_by_trigger(out, "reject")


def _parsed(nlp: Any, words: list[str], heads: list[int], deps: list[str],
            pos: list[str]) -> Span:
    """A sentence parsed as given (to pin down a parse the model makes only sometimes)."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)[:]


# "The row came a day after Ghana protested the treatment of migrants who had arrived
# handcuffed at Accra on Tuesday ." with "on Tuesday" hung on "protested"
_WORDS = ["The", "row", "came", "a", "day", "after", "Ghana", "protested", "the",
          "treatment", "of", "migrants", "who", "had", "arrived", "handcuffed", "at", "Accra",
          "on", "Tuesday", "."]
_HEADS = [1, 2, 2, 4, 2, 7, 7, 2, 9, 7, 9, 10, 14, 14, 11, 7, 15, 16, 7, 18, 2]
_DEPS = ["det", "nsubj", "ROOT", "det", "npadvmod", "mark", "nsubj", "advcl", "det", "dobj",
         "prep", "pobj", "nsubj", "aux", "relcl", "advcl", "prep", "pobj", "prep", "pobj",
         "punct"]
_POS = ["DET", "NOUN", "VERB", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "DET", "NOUN", "ADP",
        "NOUN", "PRON", "AUX", "VERB", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"]


def _stated(sent: Span, counted: str) -> str | None:
    gap_end = sent.text.index("after") + len("after")
    res = stated_day(sent, sent[7], gap_end, date.fromisoformat(counted),
                     lambda s, e: True, published=date.fromisoformat(PUB), fallback=None,
                     previous=None)
    return res.date if res is not None else None


def test_a_day_the_parser_hangs_past_other_verbs_is_theirs(nlp: Any) -> None:
    assert _stated(_parsed(nlp, _WORDS, _HEADS, _DEPS, _POS), "2025-03-12") is None


def test_a_day_right_after_the_event_is_its_own(nlp: Any) -> None:
    # the same sentence without "who had arrived handcuffed at Accra"
    keep = [i for i in range(len(_WORDS)) if not 12 <= i <= 17]
    new = {old: new for new, old in enumerate(keep)}
    sent = _parsed(nlp, [_WORDS[i] for i in keep], [new[_HEADS[i]] for i in keep],
                   [_DEPS[i] for i in keep], [_POS[i] for i in keep])
    assert _stated(sent, "2025-03-12") == "2025-03-11"
