"""International bodies known by the form of their name.

News names many international bodies no list holds ("the International Tribunal for
the Law of the Sea", "the East African Community", "the Southern African Development
Community", "an international tribunal"). Read word by word they resolve to a country a
word inside names ("African") or to the story's own country, so the body's rulings and
demands become one party's acts on itself. The name's form says what it is: an
international or regional opener and a public body's head word (``[igo_forms]`` in
``data/actors.toml``, with the ``[regions]`` names as openers too).
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.actor_lexicon import Entry

DATA = Path(__file__).parent / "data"


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = tomllib.loads((DATA / "actors.toml").read_text(encoding="utf-8"))
    forms = raw["igo_forms"]
    openers = forms["openers"] + [r for r in raw["regions"]["names"]
                                  if " " in r or "-" in r]
    # a proper name: the opener, capitalised words, the head, and an optional "for the
    # Law of the Sea" / "of West African States" tail of capitalised words
    proper = re.compile(
        rf"(?:[Tt]he )?(?:{_alternation(openers)}) (?:[A-Z][\w'-]* )*"
        rf"(?:{_alternation(forms['heads'])})"
        r"(?: (?:for|of|on) (?:the )?[A-Z][\w'-]*(?: (?:of |and |the )*[A-Z][\w'-]*)*)?")
    common = re.compile(rf"(?:an? |the )?international (?:{_alternation(forms['common_heads'])})",
                        re.IGNORECASE)
    return proper, common


def international_body(text: str) -> bool:
    """Whether a name is, by its form, an international governmental body."""
    text = " ".join(text.split())
    proper, common = _forms()
    return bool(proper.fullmatch(text) or common.fullmatch(text))


def international_mention(tok: Token) -> Entry | None:
    """The world-body entry of a role noun whose phrase has an international body's form
    ("an international tribunal", "the International Court"): what a later bare "the
    tribunal" takes up (``ClauseActors._named_before``); None for any other noun."""
    from pipeline.actor_lexicon import Entry  # (actor_lexicon imports this module)

    words = [t for t in tok.doc[tok.left_edge.i:tok.i + 1] if t.dep_ != "det"]
    if not words or not international_body(" ".join(t.text for t in words)):
        return None
    return Entry(None, "IGO", "igo")
