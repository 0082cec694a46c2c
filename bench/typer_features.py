"""Features of a trigger token for the learned typer experiment (bench/typer_experiment)."""
from __future__ import annotations

from spacy.tokens import Span, Token

WINDOW = 6
_ARGS = ("dobj", "obj", "nsubj", "nsubjpass", "attr", "xcomp", "ccomp", "pobj", "agent",
         "dative", "acomp", "compound", "amod", "prt", "neg", "aux", "auxpass")


def _lem(t: Token) -> str:
    return (t.lemma_ or t.text).lower()


def features(tok: Token, sent: Span, phrase: str, nominal: bool) -> list[str]:
    """Sequence of feature strings: the window of lemmas around the trigger (in order,
    with the trigger marked) followed by syntactic context features."""
    out: list[str] = []
    left = [t for t in sent if t.i < tok.i and not t.is_punct and not t.is_space]
    right = [t for t in sent if t.i > tok.i and not t.is_punct and not t.is_space]
    out.extend(_lem(t) for t in left[-WINDOW:])
    out.append("<T>")
    out.append(_lem(tok))
    out.append("</T>")
    out.extend(_lem(t) for t in right[:WINDOW])
    out.append("|")
    out.append("P=" + phrase.replace(" ", "_"))
    out.append("TL=" + _lem(tok))
    out.append("NOM" if nominal else "VERB")
    out.append("TAG=" + tok.tag_)
    out.append("DEP=" + tok.dep_)
    out.append("H=" + _lem(tok.head))
    out.append("HD=" + tok.dep_ + ":" + _lem(tok.head))
    for c in tok.children:
        if c.dep_ in _ARGS:
            out.append(f"C={c.dep_}:{_lem(c)}")
            if c.ent_type_:
                out.append(f"CE={c.dep_}:{c.ent_type_}")
            if c.dep_ == "prep":
                pass
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj":
                    out.append(f"PP={_lem(c)}:{_lem(g)}")
    n = 0
    for a in tok.ancestors:
        if n >= 3:
            break
        if a.pos_ in ("VERB", "NOUN", "AUX", "ADJ"):
            out.append("A=" + _lem(a))
            n += 1
    out.append("ROOT=" + _lem(sent.root))
    return out
