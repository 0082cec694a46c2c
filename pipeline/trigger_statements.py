"""Statements typed without an event verb: evaluations ("was not acceptable"), labels
("called the strikes an act of war"), modal demands, threats by form ("would pay a
price"), preconditions, stated concern or regret, phone calls. A labelling verb's label is
read in ``pipeline.statement_labels``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.envoys_told_to_leave import TOLD_TO_LEAVE, envoys_told_to_leave
from pipeline.foretold_measures import foretold_measures
from pipeline.hostile_answers import answers_no_hostile_act
from pipeline.modality import MODALS, POSSIBLE, has_future_modal
from pipeline.prep_objects import prep_objects
from pipeline.statement_labels import verb_label
from pipeline.statement_senses import (
    BEYOND_BARGAINING,
    CONDITION,
    DEMAND_MODAL,
    EVALUATION,
    HELD_RESPONSIBLE,
    PHONE,
    RETALIATION,
)
from pipeline.syntax import PHONES, SELF_WORDS, has_neg
from pipeline.told_breaches import told_breach
from pipeline.trigger_ceasefire import SORRY
from pipeline.trigger_claims import DENIED_CLAIM, denied_claim
from pipeline.trigger_fates import fate_sense
from pipeline.trigger_lexicon import (
    Sense,
    cooperation_words,
    form_lemma,
    lemma_of,
    lexicon,
    object_phrase,
)
from pipeline.trigger_offers import OFFERED_HELP, offered_help
from pipeline.void_verdicts import void_verdict
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


def labelling_copula(tok: Token) -> Token | None:
    """The verb that puts the label ``tok`` on its subject: "be" (``tok`` its attribute)
    or a verb of equating (word class labelling_copulas) whose object or "to" phrase
    ``tok`` is ("amounted to treason", "constitutes a violation")."""
    head = tok.head
    if tok.dep_ == "attr" and lemma_of(head) == "be":
        return head
    if tok.dep_ == "pobj" and head.lower_ == "to" and head.dep_ == "prep":
        head = head.head
    elif tok.dep_ not in ("dobj", "attr"):
        return None
    # ("the losses amounted to a disaster": a sum or a misfortune, no one blamed)
    return head if head.pos_ == "VERB" and lemma_of(head) in word_class(
        "labelling_copulas") and lemma_of(tok) not in word_class("misfortunes") else None


def _is_negated(tok: Token) -> bool:
    return has_neg(tok) or has_neg(tok.head)


def _warning_by_form(tok: Token) -> bool:
    """Stated reactions that are threats by their form: "would respond to any attack",
    "will respond decisively", "would be treated as a declaration of war", "will take
    action against those who ..." (a fate foretold for the other side, "would pay a
    price": ``pipeline.trigger_fates``)."""
    lemma = lemma_of(tok)
    if not has_future_modal(tok):
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
    return has_future_modal(head) or any(c.dep_ == "aux" and c.lower_ in POSSIBLE
                                         for c in head.children)


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


def modal_demand(tok: Token) -> bool:
    """A verb a modal of demand bears ("the authorities should respect", "Kyiv must
    stop"); a clause-initial "Should Russia attack, ..." is a condition, not a demand."""
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in lexicon().demand_modals and c.i > tok.sent.start
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
    fate = fate_sense(tok) or void_verdict(tok) or foretold_measures(tok)
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
    if denied_claim(tok):
        return DENIED_CLAIM  # "said X had fired from the hospital, a claim MSF rejected"
    if pos == "ADJ" and dep in ("acomp", "oprd", "ccomp") and not (
            dep in ("oprd", "acomp") and lemma_of(tok.head) in lex.label_verbs):
        # ("called the remarks rude": the labelling verb codes it, with its subject)
        if lemma in lex.eval_adjectives and not _is_negated(tok):
            return EVALUATION
        if lemma in lex.eval_negated and _is_negated(tok):
            return EVALUATION
    if beyond_bargaining(tok):
        return BEYOND_BARGAINING  # "our sovereignty is not up for negotiation"
    label = verb_label(tok)
    if label is not None:
        return label  # "called the strikes an act of war" (pipeline.statement_labels)
    if pos == "NOUN" and dep == "attr" and lemma_of(tok.head) == "be" and (
            (lemma in JUSTIFICATIONS and any(c.dep_ == "det" and c.lower_ == "no"
                                             for c in tok.children) and any(
                c.dep_ == "prep" and c.lower_ == "for" for c in tok.children)) or
            (_is_negated(tok.head) and any(c.dep_ == "amod" and lemma_of(c) in lex.eval_negated
                                           for c in tok.children))):
        # "there is no justification for this coup", "a takeover was not the appropriate
        # response": a verdict denying an act its warrant disapproves of it
        return EVALUATION
    if pos == "NOUN" and lemma in lex.label_nouns and (verb := labelling_copula(tok)) \
            is not None and not _is_negated(verb) and verb.dep_ in ("ccomp", "conj"):
        # "said the blockade was a crime against humanity", "said the remarks amounted
        # to interference": a label stated in reported speech is the speaker's disapproval
        return EVALUATION
    if envoys_told_to_leave(tok):
        return TOLD_TO_LEAVE  # "said the envoy must leave within two days": expelled
    if modal_demand(tok):
        return DEMAND_MODAL
    if tok.i >= 2 and lemma in lex.verbs and tok.doc[tok.i - 1].lower_ == "better" and \
            tok.doc[tok.i - 2].lower_ in ("had", "'d", "’d"):
        return DEMAND_MODAL  # "Saakashvili had better step down": a demand (often misparsed)
    return None


#: Things a "there is no compromise on ..." may be about that are no stance's object
#: ("there are no negotiations on the table": none are held).
AGENDA_WORDS = frozenset({"table", "agenda", "horizon", "card", "cards"})


def beyond_bargaining(tok: Token) -> bool:
    """A thing put beyond bargaining refuses the other side's demands on it (PLOVER
    REJECT): "the unity of the country is not negotiable", "is non-negotiable", "our
    language is not up for negotiation", "there is no bargaining when it comes to our
    sovereignty", "there can be no compromise on the border". Not a fact about talks:
    "there were no negotiations on Friday" (past), "there is no negotiation under way"
    (about nothing), "no talks on the table"; nor "the price is negotiable"; nor a party's
    own demands, which it insists on ("these terms are not negotiable": a demand)."""
    pos, lemma = tok.pos_, lemma_of(tok)
    if pos == "ADJ" and tok.lower_ in word_class("bargainable"):
        doc = tok.doc
        prefixed = tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "non"
        return tok.dep_ in ("acomp", "oprd") and lemma_of(tok.head) == "be" and (
            prefixed or _is_negated(tok)) and not _own_demands(tok.head)
    if pos != "NOUN" or lemma not in word_class("bargaining"):
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "up":
        # "is not up for negotiation" ("up" hangs on the verb as a particle or complement)
        be = head.head.head
        return lemma_of(be) == "be" and _is_negated(head.head) and not _own_demands(be)
    if tok.dep_ not in ("attr", "nsubj") or lemma_of(head) != "be" or not any(
            c.dep_ == "expl" for c in head.children) or not any(
            c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return False
    if head.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have")
                                          for c in head.children):
        return False  # "there were no negotiations": a fact about talks, no stance
    about = [p for h in (tok, head) for p in prep_objects(h, ("on", "over", "about", "with"))]
    comes = any(c.dep_ == "advcl" and lemma_of(c) == "come" for c in head.children)
    if any(lemma_of(p) in AGENDA_WORDS for p in about):
        return False  # "there are no negotiations on the table": none are held
    if any(lemma_of(p) in word_class("own_demands") for p in about):
        return False  # "there is no compromise on fiscal rules": one's own measure
    return comes or bool(about)


def bargaining_party(tok: Token) -> Token | None:
    """The party bargaining is refused with ("not up for negotiation with Russia", "there
    is no negotiation with terrorists"), hung on the bargaining word, on "up" or on the
    verb; that party, not the thing's owner, is the one refused."""
    heads = [tok, tok.head]
    if tok.head.lower_ == "for" and tok.head.head.lower_ == "up":
        heads += [tok.head.head, tok.head.head.head]
    return next((p for h in heads for p in prep_objects(h, ("with", "to"))), None)


def _own_demands(be: Token) -> bool:
    """The subject of "is not negotiable" is a demand ("these terms", "our conditions")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and lemma_of(c) in word_class("own_demands")
               for c in be.children)


#: Nouns of warrant whose denial ("no justification for") disapproves of an act.
JUSTIFICATIONS = frozenset({"justification", "excuse", "reason", "basis", "place"})
#: Adverbs that make a reported act an allegation against its doer.
ALLEGING_ADVERBS = frozenset({"illegally", "unlawfully", "deliberately", "intentionally",
                              "wilfully", "willfully", "recklessly", "provocatively"})
#: Words by which a speaker names itself or its own people ("its troops", "we").


def _own_doer(verb: Token) -> bool:
    """"said its troops had deliberately targeted militants": a speaker's own act."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in SELF_WORDS or any(
        g.dep_ == "poss" and g.lower_ in SELF_WORDS for g in c.children))
        for c in verb.children)


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


def _behind_harm(prep: Token) -> bool:
    """"said Denmark was behind the bombing": a party stated to be behind a harm is
    blamed for it, as one stated responsible is (not a plan or a guess, "could have been
    behind", nor a denial, nor "we were behind")."""
    head = prep.head
    if prep.dep_ != "prep" or lemma_of(head) != "be" or _is_negated(head) or any(
            c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
        return False
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    harms = cooperation_words()["blamed_for"]
    # (the harm may be the modifier of its object, "behind the coup attempt", unless the
    # object is a thing backed: "behind its war effort")
    return subj is not None and subj.lower_ not in FIRST_PERSON_OR_RELATIVE and any(
        lemma_of(g) in harms for c in prep.children if c.dep_ == "pobj"
        for g in (c, *(m for m in c.children if m.dep_ == "compound"
                       and lemma_of(c) not in word_class("backing_heads"))))


def _responsibility_borne(tok: Token) -> Token | None:
    """The "responsibility" a form of "bear" takes: its object, or, when the small model
    reads the form as a modifier of the noun (whatever tag it gives it: "Hamas bore
    responsibility for the attack, Israel said"), the noun itself. (The forms it may tag
    as a noun or an adjective, or lemmatise as the verb "to bore": ``form_lemma``.)"""
    if form_lemma(tok) != "bear":
        return None
    if tok.dep_ in ("compound", "amod") and lemma_of(tok.head) == "responsibility":
        return tok.head
    if tok.pos_ == "VERB":
        return next((c for c in tok.children if c.dep_ in ("dobj", "obj")
                     and lemma_of(c) == "responsibility"), None)
    return None


def bearer(tok: Token) -> Token | None:
    """Who bears the responsibility a form of "bear" names: its subject, or the name just
    before it that the small model hung elsewhere ("said Azerbaijan bore full
    responsibility", "Azerbaijan" a modifier of the verb; "Russia bore responsibility",
    both words modifiers of the noun). None for any other word."""
    if _responsibility_borne(tok) is None:
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    return next((c for c in (*tok.children, *tok.head.children)
                 if c.i < tok.i and c.right_edge.i == tok.i - 1 and
                 c.dep_ in ("nmod", "compound", "npadvmod") and c.pos_ in ("PROPN", "NOUN")),
                None)


def _named_responsible(tok: Token) -> Sense | None:
    """Blame by naming another party responsible (PLOVER ACCUSE): "held the rebels
    responsible" (the subject's act), and, as someone's statement (source the speaker,
    target the party named), "Ukraine bore full responsibility for the deaths", "a rebel
    group was responsible for the bombings". "Will hold them responsible" warns (the
    punishment table types it); owning a harm ("we bear responsibility") accuses no one."""
    lemma = form_lemma(tok)  # "bore", which the small model reads as the verb "to bore"
    if lemma not in ("hold", "bear") and tok.lower_ not in ("responsible", "behind"):
        return None  # asked of every token: the cheap test first
    if tok.lower_ == "behind":
        return EVALUATION if _behind_harm(tok) else None
    if _is_negated(tok):
        return None
    if lemma == "hold" and tok.pos_ in ("VERB", "AUX") and not has_future_modal(tok):
        named = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        # ("held Cartes personally responsible": the small model may read the adjective
        # as an adverbial clause of the verb)
        if any(g.lower_ == "responsible" and _blamed_for(g) for o in named
               for g in [*o.children, *tok.children] if g.dep_ in ("amod", "oprd", "acomp",
                                                                   "xcomp", "ccomp", "advcl")):
            return HELD_RESPONSIBLE
        return None
    subj = bearer(tok)
    duty = _responsibility_borne(tok)
    if subj is not None and subj.lower_ not in FIRST_PERSON_OR_RELATIVE and \
            duty is not None and _blamed_for(duty) and \
            not any(d.lower_ == "no" for d in duty.children):  # "bore no responsibility"
        return EVALUATION
    head = tok.head
    if tok.lower_ == "responsible" and tok.dep_ == "acomp" and lemma_of(head) == "be" and \
            not _is_negated(head):
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.lower_ not in FIRST_PERSON_OR_RELATIVE and _blamed_for(tok):
            return EVALUATION
    return None
