"""Headline repair: re-read a headline verb the small model tagged as a noun.

Headline-ese drops articles and auxiliaries, and en_core_web_sm then often reads the
main verb as a plural noun: "Yoon lifts martial law" comes out as a noun phrase headed
by "law" with "lifts" a modifier, "Mali orders French ambassador out" as "orders" with
an appositive, "Kenyan police land in Haiti" as a noun compound. No verbal trigger fires
and the headline's event is lost. Spelled out with an auxiliary ("Yoon will lift martial
law") the same model parses the clause correctly.

So, for the title line only: find words that are probably the headline's verb but were
not parsed as one -- a 3rd-person-singular form, or a base form after a plural subject
(names joined by "and", or by a comma at the title's start), of a verb the trigger
lexicon knows, right after a noun phrase that can be its subject, with no finite verb
already heading that stretch of the headline; or such a form after "and" or a comma
that repeats the form of a verb before it (a second verb of the same subject) -- parse a
variant of the title with "will" + the base form, and keep the variant's reading only if
every such word comes out as a verb with a subject (or as a conjoined verb) and the
variant keeps every verb of the original reading. The inserted auxiliary is then
dropped and the title's tokens keep their own words and offsets; only heads, labels,
tags and lemmas change.
The article text is untouched, and no "future" reading can come from the removed "will".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

#: Where a headline's clauses meet: a candidate's subject and verb sit between two of these.
_BREAK_WORDS = frozenset({"as", "after", "before", "while", "when", "since", "until",
                          "amid", "because", "despite", "but"})
_BREAK_PUNCT = frozenset({",", ";", ":", "-", "--", "\u2013", "\u2014", "|"})
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_AUXILIARIES = frozenset({"be", "have", "do", "get"})
_SUBJECT_POS = frozenset({"NOUN", "PROPN", "PRON"})
_NAME_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON", "FAC", "LOC"})
#: Nouns that take a plural verb though tagged singular ("police land in Haiti").
#: Entities that make the common noun they modify an actor ("West African bloc").
_GROUP_LABELS = frozenset({"NORP", "GPE", "ORG"})
_PLURAL_NOUNS = frozenset({"police", "people", "personnel"})
_NP_POS = frozenset({"ADJ", "NUM", "DET", "PUNCT"})
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "pobj",
                           "compound", "amod", "appos"})
_NOUN_PLACES = _NOMINAL_DEPS | {"oprd", "acomp", "attr", "npadvmod"}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
_CLAUSES = frozenset({"advcl", "conj", "ccomp", "parataxis"})
_FIN_3SG = "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
_FIN_PLURAL = "Tense=Pres|VerbForm=Fin"


@cache
def _trigger_nouns() -> frozenset[str]:
    from pipeline.trigger_lexicon import lexicon

    return frozenset(lexicon().nouns)


@cache
def _verbs() -> frozenset[str]:
    from pipeline.trigger_lexicon import lexicon

    lex = lexicon()
    return frozenset(lex.verbs) | frozenset(lex.movement_verbs) | frozenset(lex.objects)


@dataclass(frozen=True, slots=True)
class TitleParse:
    """The repaired attributes of the title's first ``len(words)`` tokens (heads are
    absolute indexes into the article's tokens) and its entities as token spans."""

    tags: list[str]
    pos: list[str]
    lemmas: list[str]
    deps: list[str]
    heads: list[int]
    morphs: list[str]
    entities: list[tuple[int, int, str]]
    root: int  # the root of the title's last sentence (the line break hangs on it)


def _third_person_base(word: str) -> str | None:
    """"lifts" -> "lift", "flees" -> "flee", "marches" -> "march", "carries" -> "carry"
    when the base is a lexicon verb."""
    verbs = _verbs()
    if not word.endswith("s") or len(word) < 4 or word.endswith("ss"):
        return None
    bases = [word[:-1]]
    if word.endswith("es"):
        bases.append(word[:-2])
    if word.endswith("ies"):
        bases.append(word[:-3] + "y")
    return next((b for b in bases if b in verbs), None)


def _plural_subject(doc: Doc, i: int, start: int) -> bool:
    """The words before ``i`` end a plural noun phrase: "rebels", "police", "X and Y"."""
    prev = doc[i - 1]
    if prev.tag_ in ("NNS", "NNPS") or prev.lower_ in _PLURAL_NOUNS:
        return True
    # "Trump and Kim sign ...": a coordination of names right before the verb, a
    # hyphenated name included ("Australia and Timor-Leste sign ...")
    j = i - 1
    while j > start and (_nominal(doc[j]) or _inner_hyphen(doc[j])):
        j -= 1
    if j > start:
        return doc[j].lower_ == "and" and _nominal(doc[j - 1])
    # "India, Pakistan postpone talks": the title opens with a name, a comma and a name
    return _nominal(doc[start]) and start >= 2 and doc[start - 1].text == "," and all(
        _nominal(t) or _inner_hyphen(t) for t in doc[:start - 1])


def _inner_hyphen(tok: Token) -> bool:
    """A hyphen inside a word ("Timor-Leste"), not a dash between words."""
    return tok.text == "-" and not tok.whitespace_ and tok.i > 0 and \
        not tok.doc[tok.i - 1].whitespace_


def _segment_bounds(doc: Doc, i: int, end: int) -> tuple[int, int]:
    start = i
    while start > 0 and not _is_break(doc[start - 1]):
        start -= 1
    stop = i + 1
    while stop < end and not _is_break(doc[stop]):
        stop += 1
    return start, stop


def _is_break(tok: Token) -> bool:
    if tok.text in _BREAK_PUNCT:  # a dash between words, not a hyphen inside one
        return bool(tok.whitespace_) or tok.text not in ("-", "--")
    return tok.lower_ in _BREAK_WORDS and tok.pos_ in ("SCONJ", "ADP", "CCONJ")


def _nominal(tok: Token) -> bool:
    """A word that can end a subject (a name the tagger read as an adjective included:
    "Mali", "Trump")."""
    return tok.pos_ in _SUBJECT_POS or tok.ent_type_ in _NAME_LABELS


def _actor(tok: Token, *, title_case: bool, level: int) -> bool:
    """A word that can head a headline's subject. ``level`` 0: a name (in a sentence-case
    headline, any capitalised word: the tagger often reads "Trump" as a common noun
    there), a pronoun, or an actor noun of data/roles.toml ("leader", "court", "police")
    -- "tax cuts", "biofuels talks", "resignation calls" are no subject and verb; 1: not
    just a capital letter ("Peace talks resume": "talks" is also an event noun); 2: a
    person, body or role, not a place ("Sino-U.S. ties", "Iran talks")."""
    roles = _role_nouns()
    if tok.lemma_.lower() in roles or tok.lower_ in roles:
        return True
    if level == 2:
        return tok.ent_type_ in ("PERSON", "ORG")
    return (tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in _NAME_LABELS
            or (level == 0 and not title_case and tok.is_alpha
                and (tok.is_title or tok.is_upper)))


@cache
def _role_nouns() -> frozenset[str]:
    """One-word role nouns of ``data/roles.toml``, as the actor lexicon reads them."""
    from pipeline.actor_lexicon import lexicon as actor_lexicon

    return frozenset(w for w in actor_lexicon().roles if " " not in w)


def _subject_before(doc: Doc, i: int, start: int, *, title_case: bool, level: int
                    ) -> bool:
    """An actor's noun phrase ends right before ``i`` and is no preposition's object
    ("after 11 days of street protests": "street" cannot be the subject of "protests")."""
    prev = doc[i - 1]
    if not (_nominal(prev) or prev.is_title):
        return False
    j = i - 1
    while j > start and (_nominal(doc[j - 1]) or doc[j - 1].pos_ in _NP_POS
                         or doc[j - 1].tag_ == "POS"):
        j -= 1
    # "West African bloc sanctions ...": a common noun named for a country or group
    # ("Kenyan", "West African") is an actor as much as the name is; a place pair at the
    # end of a stretch ("Sino-U.S. ties") still is not (level 2)
    named = level < 2 and prev.pos_ == "NOUN" and any(
        doc[k].ent_type_ in _GROUP_LABELS for k in range(j, i - 1))
    if not (named or _actor(prev, title_case=title_case, level=level)):
        return False
    return j == start or doc[j - 1].pos_ != "ADP"


def candidates(doc: Doc, end: int, *, commas: bool = True) -> list[tuple[int, str, bool]]:
    """(token index, base form, is 3rd person singular) of probable headline verbs parsed
    as something else among the first ``end`` tokens; with ``commas`` False, no second
    verb after a comma."""
    verbs = _verbs()
    nouns = _trigger_nouns()
    out: list[tuple[int, str, bool]] = []
    title_case = _title_case(doc, end)
    for i in range(1, end):
        tok = doc[i]
        if tok.pos_ not in ("NOUN", "PROPN", "ADJ") or (tok.is_title and not title_case):
            continue
        start, stop = _segment_bounds(doc, i, end)
        word = tok.lower_
        base = _third_person_base(word)
        third = base is not None
        if base is None and word in verbs and (
                (i > start and _plural_subject(doc, i, start))
                or _second_verb(doc, i, start, out, third=False, commas=commas)):
            base = word
        if base is None:
            continue
        taken = {c[0] for c in out}
        conj = _second_verb(doc, i, start, out, third=third, commas=commas)
        # ending its stretch, a word that is also an event noun is that noun ("... as
        # Republicans eye social program cuts"), and one after a place too ("Sino-U.S.
        # ties"); a verb there needs a person or body as its subject ("leader apologises");
        # an event noun elsewhere needs more than a capital letter ("Peace talks resume")
        at_end = stop == i + 1
        if at_end and base in nouns:
            continue
        level = 2 if at_end else 1 if base in nouns else 0
        if not conj and (i == start or any(doc[j].tag_ in _FINITE or j in taken
                                           for j in range(start, i))
                         or not _subject_before(doc, i, start, title_case=title_case,
                                                level=level)):
            continue
        # a finite verb after it heads the stretch already: "Peace talks resume" (not
        # the garden path "North Korea fires missile", where the model takes the -s form
        # for a plural noun and its object noun for a present-tense verb)
        if any(doc[j].tag_ in _FINITE and not (j == i + 1 and _garden_path(doc, i))
               for j in range(i + 1, stop)):
            continue
        out.append((i, base, third))
    return out


def _second_verb(doc: Doc, i: int, start: int, out: Sequence[tuple[int, str, bool]],
                 *, third: bool, commas: bool) -> bool:
    """A second verb of the same subject after "and" or a comma, after a verb before it:
    "holds Yingluck and dissolves Senate", "police arrest leader, raid offices" (a plural
    form needs a plural "VBP" verb or candidate before it; an -s form takes any finite
    verb or -s candidate, since the model often tags a headline's first -s verb VBD or
    VBP)."""
    if doc[i - 1].lower_ == "and":
        lo = start
    elif commas and doc[i - 1].text == "," and i == start and i >= 2:
        lo = _segment_bounds(doc, i - 2, i - 1)[0]
    else:
        return False
    forms = {j: t for j, _, t in out}
    return any(forms[j] == third if j in forms else
               doc[j].tag_ in _FINITE if third else doc[j].tag_ == "VBP"
               for j in range(lo, i - 1))


def _garden_path(doc: Doc, i: int) -> bool:
    """"U.S. signs deal with Taliban", "Erdogan voices regret": an -s form right after a
    name, read as a plural noun, followed by a word read as a plural-agreeing present
    verb. A name does not modify a plural noun that is then the subject ("Drone attacks
    knock out", "border clashes kill" have a common noun or none before the -s form),
    so the -s form is the headline's verb and the next word its object; the variant's
    parse must confirm it (``accept``)."""
    prev, nxt = doc[i - 1], doc[i + 1]
    return doc[i].tag_ in ("NNS", "NNPS") and nxt.tag_ == "VBP" and \
        prev.pos_ == "PROPN" and prev.ent_type_ in _NAME_LABELS


def _title_case(doc: Doc, end: int) -> bool:
    words = [t for t in doc[:end] if t.is_alpha and len(t) > 3]
    return bool(words) and all(t.is_title for t in words)


def variant(doc: Doc, end: int, cands: Sequence[tuple[int, str, bool]]) -> str:
    """The title's text with "will" + base form at each candidate."""
    at = {i: base for i, base, _ in cands}
    parts: list[str] = []
    for tok in doc[:end]:
        if tok.i in at:
            base = at[tok.i].title() if tok.is_title else at[tok.i]
            parts.append(("Will " if tok.is_title else "will ") + base)
        else:
            parts.append(tok.text)
        parts.append(tok.whitespace_)
    return "".join(parts).rstrip()


def accept(doc: Doc, end: int, cands: Sequence[tuple[int, str, bool]], var: Doc
           ) -> TitleParse | None:
    """Map the variant's parse back onto the title's tokens, or None when it does not
    read every candidate as a verb or loses a verb of the original reading."""
    at = {i for i, _, _ in cands}
    index: list[int] = []  # original title token -> variant token
    k = 0
    for i in range(end):
        if i in at:
            if k >= len(var) or var[k].lower_ != "will":
                return None
            k += 1
        index.append(k)
        k += 1
    if k != len(var):
        return None
    back = {v: i for i, v in enumerate(index)}
    for i, base, _ in cands:
        v = var[index[i]]
        aux = var[index[i] - 1]
        if v.lower_ != base or v.pos_ != "VERB" or aux.head.i != v.i or list(aux.children):
            return None
        has_subject = any(c.dep_ in _SUBJECT_DEPS and c.i < v.i for c in v.children)
        conjoined = v.dep_ == "conj" and v.head.pos_ == "VERB"
        if not (has_subject or conjoined):
            return None
    # the garden path's object: the word the model read as a verb is the object now,
    # or a noun inside it ("scraps fuel decree": "fuel" modifies the object)
    objects = {i + 1 for i, _, _ in cands if i + 1 < end and doc[i + 1].tag_ == "VBP"
               and _in_object(var[index[i + 1]], index[i])}
    for i in range(end):
        if i in at or i in objects:
            continue
        # a verb the model put in a noun's or an adjective's place ("prompting shelter
        # warning", "keep corridor open") is no verb the variant may lose
        if doc[i].pos_ == "VERB" and var[index[i]].pos_ != "VERB" and \
                doc[i].dep_ not in _NOUN_PLACES:
            return None
        # a finite verb keeps its role; a headline's root may give way to the repaired
        # verb, but not as its subject or object ("survivors protest ..." is no subject);
        # a clause beside the repaired verb stays a clause ("... as conflict widens" may
        # come back as a conjunct)
        was, now = doc[i].dep_, var[index[i]].dep_
        # a full verb read as an auxiliary was misread ("... as Iran demands halt" with
        # "demands" an aux of "halt"); as a clause of its own it keeps a verb's role
        if was == "aux" and doc[i].lemma_ not in _AUXILIARIES and now in _CLAUSES:
            was = now
        if doc[i].tag_ in _FINITE and now != was and (
                now in _NOMINAL_DEPS or (was != "ROOT" and not (
                    was in _CLAUSES and now in _CLAUSES))):
            return None
        if var[index[i]].text != doc[i].text:
            return None
    # same sentence breaks inside the title, so the article's sentence table stays valid
    title_sents = doc[:end].sents  # type: ignore[attr-defined]  # Span.sents: not in stubs
    if [s.start for s in title_sents] != [back.get(s.start, -1) for s in var.sents]:
        return None
    third = {i: t for i, _, t in cands}
    tags, pos, lemmas, deps, heads, morphs = [], [], [], [], [], []
    for i in range(end):
        v = var[index[i]]
        if i in third:
            tags.append("VBZ" if third[i] else "VBP")
            morphs.append(_FIN_3SG if third[i] else _FIN_PLURAL)
        else:
            tags.append(v.tag_)
            morphs.append(str(v.morph))
        pos.append(v.pos_)
        lemmas.append(v.lemma_)
        deps.append(v.dep_)
        heads.append(back[v.head.i])
    ents = [(back[e.start], back[e.end - 1] + 1, e.label_) for e in var.ents
            if e.start in back and e.end - 1 in back
            and not any(index[i] - 1 in range(e.start, e.end) for i in at)]
    sents = list(var.sents)
    return TitleParse(tags, pos, lemmas, deps, heads, morphs, ents, back[sents[-1].root.i])


def _in_object(tok: Token, verb: int) -> bool:
    """``tok`` is the direct object of the variant's token ``verb``, or a noun modifying
    that object."""
    if tok.dep_ == "dobj":
        return tok.head.i == verb
    head = tok.head
    return tok.dep_ in ("compound", "amod", "nmod") and head.dep_ == "dobj" and \
        head.head.i == verb


def title_token_end(doc: Doc, title_len: int) -> int:
    """Tokens of the title line (those starting before the title's end)."""
    end = 0
    while end < len(doc) and doc[end].idx < title_len and not doc[end].is_space:
        end += 1
    return end


def repair_titles(docs: Sequence[Doc], title_lens: Sequence[int], nlp: Language
                  ) -> list[TitleParse | None]:
    """One small extra parse per title that needs it (all of them in one ``nlp.pipe``)."""
    jobs: list[tuple[int, int, list[tuple[int, str, bool]]]] = []
    for n, (doc, tl) in enumerate(zip(docs, title_lens, strict=True)):
        end = title_token_end(doc, tl) if tl else 0
        cands = candidates(doc, end) if end > 1 else []
        if cands:
            jobs.append((n, end, cands))
    out: list[TitleParse | None] = [None] * len(docs)
    if not jobs:
        return out
    retry: list[tuple[int, int, list[tuple[int, str, bool]]]] = []
    texts = [variant(docs[n], end, cands) for n, end, cands in jobs]
    for (n, end, cands), var in zip(jobs, nlp.pipe(texts), strict=True):
        out[n] = accept(docs[n], end, cands, var)
        # a second verb after a comma the variant cannot place ("recalls envoys, will
        # shut borders" parses as two clauses) must not cost the first verb its repair
        fewer = candidates(docs[n], end, commas=False) if out[n] is None else cands
        if fewer and fewer != cands:
            retry.append((n, end, fewer))
    texts = [variant(docs[n], end, cands) for n, end, cands in retry]
    for (n, end, cands), var in zip(retry, nlp.pipe(texts), strict=True):
        out[n] = accept(docs[n], end, cands, var)
    return out
