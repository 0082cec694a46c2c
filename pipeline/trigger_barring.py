"""Barring people from an act: "barred North Koreans from leaving", "banned officials
from politics", "barred the envoy from re-entering the country".

The verbs of barring are SANCTION in the lexicon for their trade sense ("banned exports
of gallium"). Stopping people from doing something is a restriction imposed on them
(PLOVER COERCE: restrict) whoever they are, unless what they may not do is enter the
country, which is barring entry (PLOVER REJECT), or trade, which keeps the sanction.
A ban on meetings or gatherings put in force ("imposed a ban on public meetings")
restricts the people too, as "banned gatherings" does. So does any ban a state lays on
its own people, groups or institutions ("barred women from parks", "banned a far-right
association", "to ban military-style rifles"): a sanction reduces relations with another
party, a ban at home is repression (``home_ban``). Whose people they are is the clause's
parties', so the SANCTION sense carries the COERCE as its alternative (``HOME_BAN``).
The word lists are ``data/triggers.toml`` [barring] and [objects.ban].
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.own_countries import all_at_home
from pipeline.trigger_lexicon import (
    Alternative,
    Sense,
    lemma_of,
    prep_object_sense,
    triggers_data,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.triggers import Trigger
    from schemas import Actor

BARRED_ACT = Sense("COERCE", "restrict", "bar from")
BARRED_ENTRY = Sense("REJECT", None, "bar from entering")


@cache
def _words() -> dict[str, frozenset[str]]:
    raw = triggers_data()["barring"]
    return {k: frozenset(raw[k]) for k in ("verbs", "entry", "trade", "imposing")}


def barred_from(tok: Token) -> Sense | None:
    """The sense of a verb of barring with a "from" + gerund complement, else None
    ("barred X from leaving", "were banned from travelling"; "banned imports" is left
    to the lexicon)."""
    words = _words()
    if lemma_of(tok) not in words["verbs"]:
        return None
    lemma = _barred_act(tok)
    if lemma is None or lemma in words["trade"]:
        return None  # "barred firms from buying chips": the trade sanction
    return BARRED_ENTRY if lemma in words["entry"] else BARRED_ACT


def _barred_act(tok: Token) -> str | None:
    """The lemma of the gerund ``tok``'s "from" phrase bars ("from leaving": "leave")."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        # "from re-entering" parses as three gerunds "re", "-", "entering": the last
        acts = [a for a in prep.children if a.dep_ == "pcomp" and a.tag_ == "VBG"
                and a.is_alpha and a.lower_ != "re"]
        if acts:
            return lemma_of(acts[-1]).removeprefix("re-")
    return None


def ban_on(noun: Token) -> Sense | None:
    """The sense of a ban noun by what its "on" phrase bans, read by the table of the
    verb "ban" ("a ban on public meetings", "a 72-hour ban on gatherings": a restriction
    of the people, PLOVER COERCE, as "banned gatherings" is); None for other bans ("a ban
    on imports" keeps the noun's SANCTION sense)."""
    return prep_object_sense(noun, "on", "ban") if lemma_of(noun) == "ban" else None


def imposed_ban(verb: Token) -> Sense | None:
    """"imposed a ban on public meetings", "extended a ban on gatherings": a verb of
    putting a ban in force does what the ban does (``ban_on``); a ban lifted or defied
    is another act, so only the verbs of ``[barring] imposing`` are read so."""
    if lemma_of(verb) not in _words()["imposing"]:
        return None
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj"):
            sense = ban_on(obj)
            if sense is not None:
                return sense
    return None


def home_ban(trig: Trigger, sources: list[Actor], targets: list[Actor]) -> bool:
    """A verb of barring (the trigger's sense phrase) whose targets are all of the
    barring party's own country: "the Taliban barred women from parks" (AFG -> AFG)
    restricts its own people, no sanction on another party. Not when what they may not
    do is trade or travel ("barred American companies from selling chips to China",
    "banned Russian airlines from flying to Georgia"): the sanction aims abroad."""
    if trig.sense.phrase not in _words()["verbs"] or not all_at_home(sources, targets):
        return False
    # the walk to the barred act last: most barring is aimed at another party
    return _barred_act(trig.token) not in _words()["trade"]


#: "barred women from parks" by their own state: repression at home, no sanction.
HOME_BAN = Alternative("SANCTION", "COERCE", home_ban)
