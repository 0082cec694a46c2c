"""Statements typed without an event verb: evaluations ("was not acceptable"), labels
("called the strikes an act of war"), modal demands, threats by form ("would pay a
price"), preconditions, stated concern or regret, phone calls."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.hostile_answers import answers_no_hostile_act
from pipeline.modality import FUTURE_MODALS, POSSIBLE
from pipeline.statement_senses import (
    CONDITION,
    DEMAND_MODAL,
    DISMISSAL,
    EVALUATION,
    HELD_RESPONSIBLE,
    LABEL,
    PHONE,
    PRAISE_LABEL,
    RETALIATION,
)
from pipeline.syntax import SELF_WORDS, appeal_call, has_neg
from pipeline.told_breaches import told_breach
from pipeline.trigger_ceasefire import SORRY
from pipeline.trigger_fates import fate_sense
from pipeline.trigger_lexicon import (
    Sense,
    cooperation_words,
    lemma_of,
    lexicon,
    object_phrase,
)
from pipeline.trigger_offers import OFFERED_HELP, offered_help
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Infinitives of answering force with force, and the words that make them a threat
#: ("had every right to respond", "is ready to retaliate").
RETALIATE_VERBS = frozenset({"respond", "retaliate", "react", "hit", "strike"})
RETALIATE_HEADS = frozenset({"right", "ready", "prepared", "determined"})
#: Passive verbs of instructing forces whose forceful infinitive is a coercive warning
#: ("had been told to respond strongly", "were ordered to deal firmly with any attack").
INSTRUCTED = frozenset({"tell", "order", "instruct", "direct", "authorise", "authorize"})
#: Manner words of a forceful answer ("will respond decisively").
FORCEFULLY = frozenset({"forcefully", "decisively", "firmly", "harshly", "strongly",
                        "swiftly", "resolutely", "militarily", "appropriately",
                        "accordingly"})
#: "would be treated as a declaration of war": verbs of regarding, and the labels that
#: make the regarded act a casus belli.
REGARD_VERBS = frozenset({"treat", "regard", "consider", "view", "see", "deem"})
WAR_LABELS = frozenset({"war", "aggression", "hostility", "attack"})
#: "made its participation conditional on X": a precondition is a demand (PLOVER REQUEST).
CONDITIONAL = frozenset({"conditional", "contingent", "dependent"})
#: Conversations held by telephone are phone consultations ("told X by telephone").
PHONES = frozenset({"telephone", "phone", "videolink", "videoconference"})
#: Adjectives of alarm that disapprove when they say at what ("concerned by reports";
#: "disappointed by the decision": disappointment at an act disapproves as concern does).
CONCERNED = frozenset({"concerned", "alarmed", "dismayed", "appalled", "troubled",
                       "disturbed", "outraged", "shocked", "horrified", "disappointed"})
#: Intensifiers of the diplomatic formula of concern ("was deeply concerned").
GRAVELY = frozenset({"deeply", "gravely", "seriously", "extremely", "very", "profoundly",
                     "greatly", "increasingly"})
#: Punishment promised: "would be given exemplary punishment", "will face consequences".
PUNISHMENTS = frozenset({"punishment", "consequence", "penalty", "retribution"})
#: "would take action against those who ...": a coercive warning.
ACTIONS = frozenset({"action", "measure", "step", "countermeasure"})
#: Words of resolve on those actions ("would take all necessary measures", "further
#: actions"): a coercive warning even with no "against".
RESOLVE = frozenset({"necessary", "further", "all", "appropriate", "decisive", "firm",
                     "resolute", "strong", "tough", "reciprocal"})
#: What a party warns it would use ("could use force", "all available means").
COERCIVE_MEANS = frozenset({"force", "sanction", "mean", "means", "weapon", "arm"})


def _is_negated(tok: Token) -> bool:
    return has_neg(tok) or has_neg(tok.head)


def _will(tok: Token) -> bool:
    """A future modal on the verb makes a stated reaction a warning ("would respond to
    any attack")."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in tok.children)


def _warning_by_form(tok: Token) -> bool:
    """Stated reactions that are threats by their form: "would respond to any attack",
    "will respond decisively", "would be treated as a declaration of war", "will take
    action against those who ..." (a fate foretold for the other side, "would pay a
    price": ``pipeline.trigger_fates``)."""
    lemma = lemma_of(tok)
    if not _will(tok):
        return False
    if lemma in RETALIATE_VERBS:
        return any(c.dep_ == "advmod" and c.lower_ in FORCEFULLY and not (
            c.lower_ == "accordingly" and answers_no_hostile_act(tok))
            for c in tok.children) or \
            any(g.dep_ == "det" and g.lower_ == "any" for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "to" for p in c.children
                if p.dep_ == "pobj" for g in p.children)
    if lemma in REGARD_VERBS or lemma in lexicon().label_verbs:
        return any(lemma_of(g) in WAR_LABELS for c in tok.children
                   if c.dep_ in ("prep", "oprd") for g in c.subtree)
    if lemma == "punish":  # "the attackers will be punished"
        return True
    if lemma in ("give", "meet"):  # "would be given exemplary punishment"
        # (a fate the subject would face or pay: ``pipeline.trigger_fates``)
        return any(c.dep_ in ("dobj", "obj") and lemma_of(c) in PUNISHMENTS
                   for c in tok.children)
    if lemma == "hold":  # "we will hold violators accountable"
        return any(c.lower_ == "accountable" for c in tok.subtree)
    if lemma == "bring":  # "the killers would be brought to justice"
        return any(c.dep_ == "prep" and c.lower_ == "to" and any(
            lemma_of(p) == "justice" for p in c.children) for c in tok.children)
    if lemma == "take":
        # "will take action against those who ...", "would take all necessary measures"
        return any(c.dep_ == "dobj" and lemma_of(c) in ACTIONS and any(
            (p.dep_ == "prep" and p.lower_ == "against") or p.lower_ in RESOLVE
            for p in c.subtree) for c in tok.children)
    return False


def _warned_use(tok: Token) -> bool:
    """"would use all available means", "could use force", "would not hesitate to use
    sanctions": a party stating it would use force or sanctions warns (THREATEN)."""
    if lemma_of(tok) != "use" or not any(
            c.dep_ == "dobj" and lemma_of(c) in COERCIVE_MEANS for c in tok.children):
        return False
    head = tok.head if tok.dep_ == "xcomp" and lemma_of(tok.head) == "hesitate" else tok
    # a modal of possibility warns too here ("they could use force")
    return _will(head) or any(c.dep_ == "aux" and c.lower_ in POSSIBLE for c in head.children)


def _instructed_to_retaliate(tok: Token) -> bool:
    """"the army had been told to respond strongly", "troops were ordered to deal firmly
    with any repetition": forces instructed to answer forcefully warn the other side."""
    if tok.dep_ != "xcomp":  # asked of every token: the cheap test first
        return False
    head = tok.head
    return (lemma_of(tok) in RETALIATE_VERBS or lemma_of(tok) == "deal") and \
        lemma_of(head) in INSTRUCTED and \
        any(c.dep_ == "auxpass" for c in head.children) and \
        any(c.dep_ == "advmod" and c.lower_ in FORCEFULLY for c in tok.children)


#: Verbs of backing an armed group.
BACKING_VERBS = frozenset({"back", "support", "arm", "fund", "finance", "sponsor",
                           "harbour", "harbor", "shelter"})


def alleged_backing(tok: Token) -> bool:
    """"said the incident proved that Algeria was backing international terrorism":
    another party's backing of armed groups, told in reported speech, is the speaker's
    allegation against the backer (its own backing, "we support the rebels", is not)."""
    if lemma_of(tok) not in BACKING_VERBS or tok.dep_ not in ("ccomp", "conj") or _own_doer(tok):
        return False
    groups = cooperation_words()["backed_groups"]
    return any(c.dep_ in ("dobj", "obj") and any(p in groups for p in object_phrase(c))
               for c in tok.children)


def statement_sense(tok: Token) -> Sense | None:
    """Disapproval, demands and threats stated without an event verb: "using violence was not
    acceptable" (evaluation), "called the strikes an act of war" (label), "the
    authorities should respect the will of the people" (modal demand)."""
    lex = lexicon()
    lemma = lemma_of(tok)
    # read once: the checks below test them again and again, on every token
    pos, dep, tag = tok.pos_, tok.dep_, tok.tag_
    if offered_help(tok):
        return OFFERED_HELP
    fate = fate_sense(tok)
    if fate is not None:
        return fate
    if lemma in RETALIATE_VERBS and tag == "VB" and lemma_of(tok.head) in RETALIATE_HEADS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return RETALIATION
    if pos in ("VERB", "AUX") and (_warning_by_form(tok) or _warned_use(tok)):
        return RETALIATION
    if _instructed_to_retaliate(tok):
        return RETALIATION
    if lemma == "make" and any(  # "on" may hang on the adjective or on its noun
            lemma_of(g) in CONDITIONAL and g.i + 1 < len(g.doc)
            and g.doc[g.i + 1].lower_ in ("on", "upon") for g in tok.subtree if g.i > tok.i):
        return CONDITION
    if pos == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in ("by", "over") and any(
                p.dep_ == "pobj" and lemma_of(p) in PHONES for p in c.children)
            for c in tok.children):
        return PHONE
    if pos == "ADJ" and dep == "acomp" and lemma in lex.ceasing["sorry"] \
            and not _is_negated(tok):
        return SORRY
    if pos in ("ADJ", "VERB") and dep in ("acomp", "ccomp", "conj") and \
            tok.lower_ in CONCERNED and (any(
                # the passive "by" is parsed as an agent
                c.dep_ in ("prep", "agent") and c.lower_ in ("by", "about", "over", "at")
                for c in tok.children) or any(
                # "said it was deeply concerned": the diplomatic formula needs no object
                c.dep_ == "advmod" and c.lower_ in GRAVELY for c in tok.children)
    ) and not _is_negated(tok):
        # "said they were deeply concerned by reports of abductions": stated alarm at
        # another's acts is disapproval
        return EVALUATION
    if pos == "ADV" and dep == "advmod" and tok.lower_ in ALLEGING_ADVERBS and \
            tok.head.pos_ == "VERB" and tok.head.dep_ in ("ccomp", "conj") and \
            not _is_negated(tok.head) and not _own_doer(tok.head):
        # "said the boats had illegally entered its waters", "said the crew had
        # deliberately approached the ship": an act reported as unlawful or wilful is
        # the speaker's allegation against the doer
        return EVALUATION
    # told_breach turns away all but verbs of breaching before it reads ``own_doer``:
    # asked of every token, the doer's subject search only runs for those
    if pos == "VERB" and lemma in word_class("breaching") and \
            told_breach(tok, _own_doer(tok)):
        return EVALUATION  # "said X had violated its airspace" (pipeline.told_breaches)
    blame = _named_responsible(tok)
    if blame is not None:
        return blame
    if pos == "ADJ" and dep in ("acomp", "oprd", "ccomp") and not (
            dep in ("oprd", "acomp") and lemma_of(tok.head) in lex.label_verbs):
        # ("called the remarks rude": the labelling verb codes it, with its subject)
        if lemma in lex.eval_adjectives and not _is_negated(tok):
            return EVALUATION
        if lemma in lex.eval_negated and _is_negated(tok):
            return EVALUATION
    if pos == "VERB" and lemma in lex.label_verbs and not appeal_call(tok) and not any(
            c.lower_ == "what" for c in tok.children if c.dep_ in ("dobj", "nsubj")):
        # "opened fire on what he called terrorists": a free relative's label only
        # describes the object of another act
        comps = [c for c in tok.children
                 if c.dep_ in ("oprd", "dobj", "attr", "ccomp", "xcomp", "acomp")
                 and c.i > tok.i]
        # "calls the murder allegation 'absurd'": disparaging another's claim denies it
        # (the object may hang on a participle misread as a verb: "calls spying allegation")
        claim = any(g.dep_ == "dobj" and lemma_of(g) in CLAIMS for c in comps for g in c.subtree)
        for c in comps:
            # the label is a second noun: an object complement ("called X an act of war")
            # or the predicate of a small clause ("considered the intrusion an act")
            small_clause = c.dep_ != "dobj" or any(g.dep_ == "nsubj" for g in c.children) \
                or _misparsed_label(tok, c, comps)
            if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ" and _disparaging(c):
                # "called her remarks rude and senseless": a disparaging adjective is a
                # label as much as a noun is
                return DISMISSAL if claim else LABEL
            if c.dep_ == "dobj" and any(
                    g.dep_ == "amod" and g.i > c.i and (
                        lemma_of(g) in lex.eval_adjectives or g.lower_ in lex.eval_adjectives)
                    for g in c.children):
                # "called the expulsions unacceptable": the small model reads the
                # predicative adjective after its noun as a modifier of it
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
        if _quoted_label(tok):
            # "called the remarks "way out of line"", "described the measures as "Cold
            # War deja vu"": a verdict quoted word for word is the speaker's own, and wire
            # copy quotes a verdict on another's act for its bite (approving quotes in the
            # lexicon's words were typed above)
            return DISMISSAL if claim else LABEL
    if pos == "NOUN" and dep == "attr" and lemma_of(tok.head) == "be" and (
            (lemma in JUSTIFICATIONS and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)) or
            (_is_negated(tok.head) and any(c.dep_ == "amod" and lemma_of(c) in lex.eval_negated
                                           for c in tok.children))):
        # "there is no justification for this coup", "a takeover was not the appropriate
        # response": a verdict denying an act its warrant disapproves of it
        return EVALUATION
    if pos == "NOUN" and dep == "attr" and lemma_of(tok.head) == "be" and \
            lemma in lex.label_nouns and not _is_negated(tok.head) and \
            tok.head.dep_ in ("ccomp", "conj"):
        # "said the blockade was a crime against humanity": a label stated in reported
        # speech is the speaker's disapproval
        return EVALUATION
    if pos in ("VERB", "AUX") and tag == "VB" and any(
            c.dep_ == "aux" and c.lower_ in lex.demand_modals and c.i > tok.sent.start
            for c in tok.children):
        # a clause-initial "Should Russia attack, ..." is a condition, not a demand
        return DEMAND_MODAL
    if tok.i >= 2 and lemma in lex.verbs and tok.doc[tok.i - 1].lower_ == "better" and \
            tok.doc[tok.i - 2].lower_ in ("had", "'d", "’d"):
        return DEMAND_MODAL  # "Saakashvili had better step down": a demand (often misparsed)
    return None


#: Nouns of warrant whose denial ("no justification for") disapproves of an act.
JUSTIFICATIONS = frozenset({"justification", "excuse", "reason", "basis", "place"})
CLAIMS = frozenset({"allegation", "accusation", "claim", "charge", "report", "assertion",
                    "suggestion", "rumour", "rumor"})
#: Adverbs that make a reported act an allegation against its doer.
ALLEGING_ADVERBS = frozenset({"illegally", "unlawfully", "deliberately", "intentionally",
                              "wilfully", "willfully", "recklessly", "provocatively"})
#: Words by which a speaker names itself or its own people ("its troops", "we").


def _own_doer(verb: Token) -> bool:
    """"said its troops had deliberately targeted militants": a speaker's own act."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in SELF_WORDS or any(
        g.dep_ == "poss" and g.lower_ in SELF_WORDS for g in c.children))
        for c in verb.children)


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


def _disparaging(adj: Token) -> bool:
    """A disparaging adjective, or one among coordinated ones: "called the expulsion
    unfounded and reprehensible" disparages by its second adjective as much as its first."""
    words = lexicon().eval_adjectives
    return any(lemma_of(a) in words or a.lower_ in words
               for a in (adj, *(c for c in adj.children if c.dep_ == "conj")))


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


#: Subjects that name the speaker's own side (owning a harm is no accusation), and relative
#: pronouns, which are not resolved here. Not ``reported_instigation.FIRST_PERSON_OR_IT``:
#: the subject of "was responsible for", "bore responsibility" can be a relative pronoun
#: ("a group which was responsible"), and an "it" is left to the actor resolution, which
#: tells whom it names (one merged set would drop every blame whose subject is "it").
FIRST_PERSON_OR_RELATIVE = frozenset({"i", "we", "who", "which", "that"})


def _blamed_for(word: Token) -> bool:
    """No "for", or "for" a harm ("responsible for the bombings", not "for security")."""
    harms = cooperation_words()["blamed_for"]
    fors = [p for c in word.children if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children if p.dep_ == "pobj"]
    return all(lemma_of(p) in harms for p in fors)


def _named_responsible(tok: Token) -> Sense | None:
    """Blame by naming another party responsible (PLOVER ACCUSE): "held the rebels
    responsible" (the subject's act), and, as someone's statement (source the speaker,
    target the party named), "Ukraine bore full responsibility for the deaths", "a rebel
    group was responsible for the bombings". "Will hold them responsible" warns (the
    punishment table types it); owning a harm ("we bear responsibility") accuses no one."""
    lemma = lemma_of(tok)
    if lemma not in ("hold", "bear") and tok.lower_ != "responsible":
        return None  # asked of every token: the cheap test first
    if _is_negated(tok):
        return None
    if lemma == "hold" and tok.pos_ in ("VERB", "AUX") and not _will(tok):
        named = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if any(g.lower_ == "responsible" and _blamed_for(g) for o in named
               for g in [*o.children, *tok.children] if g.dep_ in ("amod", "oprd", "acomp",
                                                                   "xcomp", "ccomp")):
            return HELD_RESPONSIBLE
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if lemma == "bear" and tok.pos_ == "VERB" and subj is not None and \
            subj.lower_ not in FIRST_PERSON_OR_RELATIVE and any(
                c.dep_ in ("dobj", "obj") and lemma_of(c) == "responsibility" and _blamed_for(c)
                for c in tok.children):
        return EVALUATION
    head = tok.head
    if tok.lower_ == "responsible" and tok.dep_ == "acomp" and lemma_of(head) == "be" and \
            not _is_negated(head):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in FIRST_PERSON_OR_RELATIVE and _blamed_for(tok):
            return EVALUATION
    return None
