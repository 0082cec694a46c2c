"""Labels as statements: "called the strikes an act of war", "described the release as a
step forward". ``pipeline.trigger_statements.statement_sense`` asks ``verb_label`` of a
labelling verb (the lexicon's evaluative.label_verbs)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.natural_hazards import natural_hazard
from pipeline.statement_senses import DISMISSAL, LABEL, PRAISE_LABEL
from pipeline.syntax import appeal_call
from pipeline.trigger_lexicon import lemma_of, lexicon, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

    from pipeline.trigger_lexicon import Sense

#: Verdicts that disapprove as a label only ("called the vote invalid").
LABEL_VERDICTS = word_class("label_verdicts")
#: Acts and stances an adjective after "as" judges ("described the measure as cruel").
LABELLED_ACTS = word_class("labelled_acts")
#: Adjectives of risk or temper, which after "as" describe more than blame ("described
#: the French attack as dangerous", "the Turkish crowd as hostile").
RISK_WORDS = word_class("risk_descriptions")
#: Claims whose disparaging ("calls the murder allegation 'absurd'") denies them.
CLAIMS = frozenset({"allegation", "accusation", "claim", "charge", "report", "assertion",
                    "suggestion", "rumour", "rumor"})


def verb_label(tok: Token) -> Sense | None:
    """The sense of a labelling verb's label: "called the strikes an act of war", "called
    her remarks rude" and "described the measures as "Cold War deja vu"" disapprove
    (ACCUSE), "called the murder allegation absurd" dismisses a claim, "called the talks a
    breakthrough" praises; None where the verb labels nothing (or is no labelling verb)."""
    lex = lexicon()
    if tok.pos_ != "VERB" or lemma_of(tok) not in lex.label_verbs or appeal_call(tok) or any(
            c.lower_ == "what" for c in tok.children if c.dep_ in ("dobj", "nsubj")):
        # "opened fire on what he called terrorists": a free relative's label only
        # describes the object of another act
        return None
    comps = [c for c in tok.children
             if c.dep_ in ("oprd", "dobj", "attr", "ccomp", "xcomp", "acomp")
             and c.i > tok.i]
    labelled = _labelled(comps)
    if any(_weather(o) for o in labelled) and not _actor_blamed(tok, labelled):
        # "described the hurricane as dangerous", "called the drought a catastrophe": a
        # verdict on weather judges no act and no actor
        return None
    # "calls the murder allegation 'absurd'": disparaging another's claim denies it
    # (the object may hang on a participle misread as a verb: "calls spying allegation")
    claim = any(g.dep_ == "dobj" and lemma_of(g) in CLAIMS for c in comps for g in c.subtree)
    for c in comps:
        # the label is a second noun: an object complement ("called X an act of war")
        # or the predicate of a small clause ("considered the intrusion an act")
        small_clause = c.dep_ != "dobj" or any(g.dep_ == "nsubj" for g in c.children) \
            or _misparsed_label(tok, c, comps)
        if c.dep_ in ("oprd", "acomp") and (c.pos_ == "ADJ" or _verdict(c, tok)) \
                and _disparaging(c, tok):
            # "called her remarks rude and senseless": a disparaging adjective is a
            # label as much as a noun is
            return DISMISSAL if claim else LABEL
        if c.dep_ in ("dobj", "oprd") and any(
                _postposed_verdict(g, tok) for n in _verdict_holders(c) for g in n.children):
            # "called the expulsions unacceptable": the small model reads the
            # predicative adjective after its noun as a modifier of it (also of the
            # patient in the object's "of" phrase, "called the detention of the staff
            # "unacceptable"", or of an object read into a later label, "called the
            # expulsion outrageous and immature diplomatic behaviour")
            return DISMISSAL if claim else LABEL
        # "called the president a brutal man": an indefinite label read as an
        # apposition of the object
        labels = [c] if small_clause else []
        labels += [g for g in c.children if g.dep_ == "appos" and any(
            d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)]
        for label_tok in labels:
            if label_tok.pos_ not in ("NOUN", "PROPN"):
                continue
            label = _label_noun_sense(label_tok)
            if label is not None:
                return label
        if any(lemma_of(g) in lex.label_nouns and (
                g.dep_ in ("attr", "oprd", "dobj") or
                (g.dep_ == "conj" and _label_conjunct(g, c, small_clause)))
               for g in c.subtree if g != c):
            return LABEL
    # "described the episode as state-sponsored hijacking": the label after "as"
    # (the "as" may hang on the object: "described the release as a step")
    heads = [tok, *(c for c in tok.children if c.dep_ in ("dobj", "obj"))]
    for label_tok in (p for h in heads for c in h.children
                      if c.dep_ == "prep" and c.lower_ == "as"
                      for p in c.children if p.dep_ == "pobj" and
                      (p.pos_ in ("NOUN", "PROPN") or p.tag_ == "VBG")):
        label = _label_noun_sense(label_tok)
        if label is not None:
            return label
    if _labelled_act(heads[1:]) and any(
            _disparaging(a, tok, risks=False) and not any(g.dep_ == "prep" for g in a.children)
            for a in _as_adjectives(heads)):
        # "described the decision as cruel": an adjective label after "as" disapproves as
        # much as "called the decision cruel"; but describing and regarding as often
        # characterise people and things ("described the Turkish crowd as hostile",
        # "regards the English side as dangerous"), so only an act's label counts, and
        # no risk word alone
        return DISMISSAL if claim else LABEL
    if _quoted_label(tok):
        # "called the remarks "way out of line"", "described the measures as "Cold
        # War deja vu"": a verdict quoted word for word is the speaker's own, and wire
        # copy quotes a verdict on another's act for its bite (approving quotes in the
        # lexicon's words were typed above)
        return DISMISSAL if claim else LABEL
    return None


def _as_adjectives(heads: list[Token]) -> list[Token]:
    """The adjectives a labelling verb puts after "as" (the small model hangs them on the
    "as" as its modifier: "described the decision as cruel")."""
    return [a for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"
            for a in c.children if a.pos_ == "ADJ" and a.dep_ in ("amod", "pobj", "acomp")]


def _labelled_act(objects: list[Token]) -> bool:
    """The object of a labelling verb is an act or stance of the word class ("the French
    measure", "the proclamation"), not oneself, a person, a side or a thing."""
    return bool(objects) and all(o.pos_ == "NOUN" and lemma_of(o) in LABELLED_ACTS
                                 for o in objects)


def _labelled(comps: list[Token]) -> list[Token]:
    """What a labelling verb labels: its object ("described the storm as ..."), or the
    subject of its small clause ("called the typhoon extremely dangerous")."""
    return [c for c in comps if c.dep_ in ("dobj", "obj")] + [
        g for c in comps if c.dep_ != "dobj" for g in c.children if g.dep_ == "nsubj"]


#: Hazards a person can cause: "called the fire an act of arson" judges its setter.
SET_HAZARDS = word_class("set_hazards")
#: Entity labels of an actor a label may blame ("an act of Russian ecocide").
ACTOR_ENTS = frozenset({"GPE", "NORP", "ORG"})


def _weather(obj: Token) -> bool:
    """A natural hazard as such: not one a person may set ("the fire"), nor a figure of
    speech with an "of" phrase ("the wave of arrests", "the storm of criticism")."""
    return natural_hazard(obj) and lemma_of(obj) not in SET_HAZARDS and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)


def _actor_blamed(tok: Token, labelled: list[Token]) -> bool:
    """The label, after what it labels, names an actor as a modifier or a "by" agent:
    "called the flooding a Russian war crime", "as the result of Israeli cloud theft",
    "as genocide by Israel" (not a place the hazard hit: "the worst to hit Okinawa")."""
    end = max(o.right_edge.i for o in labelled)
    return any(g.i > end and g.ent_type_ in ACTOR_ENTS and (
        g.dep_ in ("amod", "compound", "nmod", "poss") or (
            g.dep_ == "pobj" and g.head.lower_ == "by"))
        for g in tok.subtree)


#: Determiners that point at a thing already named ("called that operation piracy").
DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
#: Relative pronouns that may be the subject of a relative clause.
RELATIVE_SUBJECTS = frozenset({"who", "which", "that"})


def _label_conjunct(word: Token, comp: Token, small_clause: bool) -> bool:
    """A conjunct of the label itself ("called them spies and traitors"), not one of a
    word inside the labelled object ("described the fight against terrorism and extortion
    as a priority")."""
    head = word.head
    return (head == comp and small_clause) or head.dep_ in ("attr", "oprd") or (
        head.dep_ == "pobj" and head.head.lower_ == "as")


#: Senses of an object that is a meeting, an accord or backing: a quotation after it
#: ("described his meeting as "very productive"") is the speaker's verdict on its own
#: dealings, no disapproval of another's act.
COOPERATIVE_TYPES = frozenset({"CONSULT", "AGREE", "SUPPORT"})


def _cooperative_object(obj: Token) -> bool:
    return any(not rest and sense.type in COOPERATIVE_TYPES
               for rest, sense in lexicon().nouns.get(lemma_of(obj), []))


def _quoted_label(verb: Token) -> bool:
    """A labelling verb whose object is followed straight by a quotation, or by "as" and a
    quotation: "called the strikes "a horrific reminder"", "describing the measures as
    "deja vu"". Without an object the verb names something ("to be called the "Trump
    Route"") or asks ("called for the "immediate" release"); a quotation with a word of
    praise in it ("a great day for civilization", "a sign of hope") may be no disapproval,
    and the mark must open a quotation, not close one. A meeting's or an accord's verdict
    ("called the talks "frank and useful"") is no disapproval, nor is a name ("called the
    operation "Operation Sindoor"") or a purpose ("called Netanyahu "to discuss ..."")."""
    doc, lex = verb.doc, lexicon()
    praise = lex.praise_adjectives | lex.praise_heads | lex.praise_nouns | \
        word_class("approving_words")
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if any(_cooperative_object(c) for c in objs):
        return False
    # the quotation may be parsed into the object ("the raid "a stain on ..."")
    starts = [i for c in objs for i in (c.i + 1, c.right_edge.i + 1)]
    for start in starts:
        if start < len(doc) and doc[start].lower_ == "as":
            start += 1
        if start >= verb.sent.end - 1 or not doc[start].is_quote or \
                sum(t.is_quote for t in doc[verb.sent.start:start]) % 2:
            continue
        first = doc[start + 1]
        if first.lower_ == "to" or (first.pos_ == "PROPN" and first.text[:1].isupper()):
            return False
        end = next((t.i for t in doc[start + 1:verb.sent.end] if t.is_quote), verb.sent.end)
        return not any(t.lower_ in praise or lemma_of(t) in praise for t in doc[start + 1:end])
    return False


def _misparsed_label(verb: Token, obj: Token, comps: list[Token]) -> bool:
    """A label parsed as a plain object of the labelling verb: "calls ouster a coup" (the
    first object mis-tagged, the label is the later one), "called the prisoners
    mercenaries" (the labelled plural read as a compound of the label), "a mutiny that
    Putin had branded treason" (the labelled noun is the one the relative clause hangs on).
    """
    if any(o.i < obj.i and o.dep_ in ("oprd", "dobj") for o in comps):
        return True
    if any(g.dep_ in ("compound", "nmod") and g.pos_ == "NOUN" and (
            g.tag_ == "NNS" or g.dep_ == "nmod" or g.doc[g.i + 1].is_quote or any(
                # "called that operation piracy": a demonstrative picks out the labelled
                # noun, so the noun after it is the label
                d.dep_ == "det" and d.lower_ in DEMONSTRATIVES and d.i < g.i
                for d in obj.children))
            for g in obj.children if g.i < obj.i):
        # "called the bombing "barbarism"": the labelled noun read as a modifier
        return True
    return verb.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_SUBJECTS for c in verb.children)


def _verdict_holders(obj: Token) -> list[Token]:
    """The nouns a verdict on the labelled object may be misparsed onto: the object, a
    noun modifier read into it ("the expulsion ... behaviour") and the patients of their
    "of" phrases ("the detention of the staff"); not nouns of other phrases ("the rise in
    cases", "ministers from countries"), which the verdict need not be about."""
    out = [obj, *(c for c in obj.children if c.dep_ == "nmod")]
    for noun in out:
        out.extend(p for p in of_objects(noun) if p not in out)
    return out


def _postposed_verdict(adj: Token, verb: Token) -> bool:
    """A disparaging adjective parsed as a modifier of the noun before it: English puts
    its adjectives before the noun, so one after it is the label's predicate, unless it
    has a complement of its own, which English does put after the noun ("countries
    hostile to Russia", "areas dangerous in floods")."""
    return adj.dep_ == "amod" and adj.i > adj.head.i and \
        adj.head.pos_ in ("NOUN", "PROPN") and _disparaging(adj, verb) and \
        not any(c.dep_ in ("prep", "xcomp", "ccomp") for c in adj.children)


def _disparaging(adj: Token, verb: Token, *, risks: bool = True) -> bool:
    """A disparaging adjective, or one among coordinated ones: "called the expulsion
    unfounded and reprehensible" disparages by its second adjective as much as its first;
    as a label, a verdict of the word class too ("called the vote invalid"). Without
    ``risks``, a risk word does not count ("as dangerous and provocative" counts by its
    second)."""
    words = lexicon().eval_adjectives
    return any((lemma_of(a) in words or a.lower_ in words or _verdict(a, verb))
               and (risks or a.lower_ not in RISK_WORDS)
               for a in (adj, *(c for c in adj.children if c.dep_ == "conj")))


def _verdict(adj: Token, verb: Token) -> bool:
    """A label-only verdict of the word class, used as an adjective by a speaker of note:
    not one with a complement of its own ("called the market inadequate for foreign
    funds" judges a fitness, no one's act), not a noun or a name ("had called him an
    invalid", "called its album Sickening"), not the verdict of a bare plural of people
    ("Fans called the tackle sickening", which judges no state's act)."""
    return (adj.lower_ in LABEL_VERDICTS and adj.pos_ != "PROPN"
            and not any(c.dep_ in ("prep", "det") for c in adj.children)
            and not any(_bare_plural(s) for s in verb.children if s.dep_ == "nsubj"))


def _bare_plural(noun: Token) -> bool:
    """A plural common noun with no determiner or modifier ("fans", "critics")."""
    return noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod")
                                          for c in noun.children)


#: Prepositions by which a label names what it blames ("a reminder of Russia's brutality",
#: "an attempt at intimidation").
LABEL_OF = frozenset({"of", "at"})


def _label_noun_sense(label: Token) -> Sense | None:
    """What a noun used as a label says: "an act of war", "a brutal woman", "a complete
    and dangerous failure" disapprove (ACCUSE); "a constructive step", "a breakthrough"
    praise (SUPPORT)."""
    lex = lexicon()
    lemma = lemma_of(label)
    # "called them spies and traitors": any of coordinated labels
    if lemma in lex.label_nouns or any(
            c.dep_ == "conj" and lemma_of(c) in lex.label_nouns for c in label.children):
        return LABEL
    mods = [c for c in label.children if c.dep_ == "amod"]
    mods += [g for c in mods for g in c.children if g.dep_ == "conj"]
    if any(lemma_of(m) in lex.eval_adjectives or m.lower_ in lex.eval_adjectives for m in mods):
        return LABEL
    if lemma not in word_class("righting_wrongs") and any(
           lemma_of(p) in lex.label_nouns for c in label.children
           if c.dep_ == "prep" and c.lower_ in LABEL_OF
           for p in c.children if p.dep_ == "pobj"):
        # "called the strikes a reminder of Russia's brutality": a label whose "of" names
        # a wrong blames as much as the wrong named as the label itself ("a defeat of
        # corruption", "the end of extortion" blame no one)
        return LABEL
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in label.children):
        return None
    if lemma in lex.praise_nouns or (lemma in lex.praise_heads and any(
            m.lower_ in lex.praise_adjectives for m in mods)):
        return PRAISE_LABEL
    return None
