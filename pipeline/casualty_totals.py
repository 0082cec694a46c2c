"""Casualty totals: people counted in parts joined by "and" ("killing a U.S. soldier and two
American contractors") are also counted as one total (3).

A coder reading "a drone strike killed a soldier and two contractors" records the event's
count of people harmed or held, which the sentence gives only in parts. Read by
``pipeline.quantities`` after the parts are found; the total is added, the parts stay.
"""

from __future__ import annotations

import re

from pipeline.counted_nouns import lexicon
from schemas import Quantity

#: Two parts of one count: "and" between them, or a list comma ("a police officer and eight
#: members", "three soldiers, two police officers and a civilian").
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)", re.IGNORECASE)


#: The first part is an object ("arrested scores of people and two protesters were
#: killed"): a word in "-ed" or a present verb right before it ...
_OBJECT_BEFORE = re.compile(r"\b[a-z]+(?:ed|ing|s)\s+$")
#: ... and the last part is a new clause's subject, followed by its own auxiliary.
_SUBJECT_AFTER = re.compile(r"\s+(?:was|were|had|has|have)\b")


def _counts_people(q: Quantity) -> bool:
    """An exact count of people: no range, no vague "hundreds"."""
    lex = lexicon()
    return q.value_max is None and q.qualifier != "about" and q.value >= 1 and \
        q.value == int(q.value) and (q.unit == "person" or q.unit in lex["single_persons"]
                                     or q.unit in lex["counted_people"])


def _one_count(text: str, run: list[tuple[int, Quantity]]) -> bool:
    """Parts of one count: two joined by "and", or a list of three or more; not an object
    and a new clause's subject."""
    (first, q1), (second, _) = run[0], run[1]
    if len(run) == 2 and "," in text[first + len(q1.text):second]:
        return False  # "including 40 children, and 79 wounded"
    end = run[-1][0] + len(run[-1][1].text)
    return not (_OBJECT_BEFORE.search(text[:run[0][0]]) and _SUBJECT_AFTER.match(text, end))


def people_totals(text: str, found: list[tuple[int, Quantity]]) -> list[tuple[int, Quantity]]:
    """A total for each run of two or more people counts joined by "and" or commas."""
    out: list[tuple[int, Quantity]] = []
    run: list[tuple[int, Quantity]] = []
    for start, q in [*found, (len(text) + 1, Quantity(value=0, unit="", qualifier="exact",
                                                        text=""))]:
        if run and _counts_people(q) and _JOIN.fullmatch(
                text[run[-1][0] + len(run[-1][1].text):start]):
            run.append((start, q))
            continue
        if len(run) >= 2 and _one_count(text, run):
            total = sum(part.value for _, part in run)
            out.append((run[0][0], Quantity(value=float(total), unit="person",
                                            qualifier="exact",
                                            text=text[run[0][0]:run[-1][0] +
                                                      len(run[-1][1].text)])))
        run = [(start, q)] if _counts_people(q) else []
    return out
