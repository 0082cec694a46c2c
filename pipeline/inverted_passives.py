""""Among those detained were two lawmakers": a passive turned round, its participle
fronted in an "among those" phrase and the people it was done to after the copula.

English fronts the participle of a passive to add names to an act just reported ("Among
those arrested was the former mayor", "Among those released by Moscow were ..."). The
parser reads the participle as a modifier of "those" (a reduced relative, which the
filters take for a description of people already named:
``described_mentions.descriptive_participle``) and the people named after the copula as
its subject. The sentence reports the act done to them: they are the passive's patient
(``syntax.passive_patient``), and the participle is the event. ("Also freed were the
crews", the other inversion, is read as a root with its object after it and is left.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: The pronoun a fronted "among" phrase takes ("among those detained").
GROUP_PRONOUNS = frozenset({"those"})
#: Where the named people stand after the copula.
NAMED_DEPS = frozenset({"nsubj", "nsubjpass", "attr"})


def inverted_patient(tok: Token) -> Token | None:
    """The people an inverted passive participle ``tok`` was done to, or None."""
    if tok.tag_ != "VBN" or tok.dep_ != "acl":
        return None
    # the participle on "those", "among" on the copula, the named after the copula
    group = tok.head
    among = group.head
    copula = among.head
    if group.lower_ not in GROUP_PRONOUNS or group.dep_ != "pobj" or \
            among.lower_ != "among" or copula.lemma_ != "be" or copula.i < tok.i:
        return None
    return next((c for c in copula.children if c.dep_ in NAMED_DEPS and c.i > copula.i),
                None)
