"""Lists of places read as one event per party: "Blinken visited Kinshasa and Kigali",
"police in Austria and Italy each detained one suspect", "French troops withdrew from
Mali and Burkina Faso". The coder reads one event per listed party; each is at its own
party's place, not at whichever name of the list stands nearest the verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["list_head", "party_rank"]

#: Entity labels of the names a list of places is made of.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def _next_in_list(name: Token) -> bool:
    """Whether ``name`` hangs on the name before it in a list: "Kinshasa and Kigali", or
    the parser's reading of a comma between two places ("Palau, Nauru and the Marshall
    Islands"; not "his counterpart William Hague", a person's name)."""
    if name.head == name:
        return False
    return name.dep_ == "conj" or (name.dep_ == "appos" and name.head.ent_type_ in PLACE_LABELS)


def list_head(name: Token) -> Token:
    """The first name of the list ``name`` is in ("Kinshasa" of "Kinshasa and Kigali");
    ``name`` itself when it is in no list."""
    while _next_in_list(name):
        name = name.head
    return name


def _listed(name: Token) -> bool:
    """Whether a place name is one of a list."""
    return _next_in_list(name) or any(_next_in_list(c) for c in name.children)


def party_rank(code: str, name: Token, lands_on_target: bool,
               parties: tuple[str | None, str | None]) -> int:
    """How well the place ``name`` (in country ``code``) fits the event of the
    ``parties`` (source, target country): 0 in the target's country when the event lands
    on the target ("fired missiles at targets in Iraq and Syria" aimed at Syria) or the
    place is one of a list, 1 one of a list in the source's country, else 2."""
    source, target = parties
    listed = _listed(name)
    if target is not None and code == target and (lands_on_target or listed):
        return 0
    return 1 if listed and source is not None and code == source else 2
