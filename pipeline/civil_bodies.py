"""Civil-society bodies known by the form of their name.

Rights groups are named once and rarely listed ("the Tunisian League for Human
Rights", "the Chilean Civil Liberties Union"). Read word by word their name
resolves to the state its nationality word names, so a rights group's condemnation of
its government becomes the state condemning itself. A name that carries a rights cause
and a civil body's head word, and none of a public body's words (national commissions,
councils, courts and the international bodies of ``pipeline.actor_bodies`` are public),
is a non-governmental organisation (``[ngo_forms]`` in ``data/actors.toml``). Only the
actor is read so: the nationality word still counts for the story's parties
(``pipeline.story_parties``), whose focus an American rights group's case is about.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path

from pipeline.actor_lexicon import Entry

DATA = Path(__file__).parent / "data"


#: The entry a rights group's name resolves to: no country, a non-governmental body.
CIVIL_BODY = Entry(None, "NGO", "ngo")


def _words(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    forms = tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))["ngo_forms"]
    return _words(forms["causes"]), _words(forms["heads"]), _words(forms["public"])


def civil_body(text: str) -> bool:
    """Whether a name is, by its form, a non-governmental rights body."""
    text = " ".join(text.split()).removeprefix("the ").removeprefix("The ")
    if not text[:1].isupper() or len(text.split()) < 3:
        return False
    causes, heads, public = _forms()
    return bool(causes.search(text) and heads.search(text) and not public.search(text))
