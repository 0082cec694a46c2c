"""Protest triggers: demonstrations and obstruction by a crowd, stones thrown at a
building, a sit-in."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from pipeline.actor_lexicon import STATE_BODIES, lookup, state_named
from pipeline.actor_lexicon import lexicon as actor_words
from pipeline.counted_parties import PARTY_LABELS
from pipeline.doc_views import ent_at
from pipeline.prep_objects import by_objects, prep_objects
from pipeline.syntax import climbed_subject
from pipeline.trigger_lexicon import Sense, lemma_of, lexicon, misread, of_objects
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from spacy.tokens import Token

#: "several hundred people protested outside the embassy": a demonstration.
DEMONSTRATION = Sense("PROTEST", "demo", "protest")


def demonstrators(tok: Token) -> bool:
    """"protest" done by a crowd, or at a place ("outside the embassy"), is a
    demonstration; by an official it is a complaint (ACCUSE)."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None and tok.dep_ in ("conj", "advcl"):
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and tok.dep_ == "relcl" and subj.lower_ in ("who", "that"):
        subj = tok.head  # "protesters who had gathered outside parliament"
    if subj is None and tok.dep_ == "acl":
        subj = tok.head  # "soldiers fired on supporters protesting in the capital"
    if subj is not None and (lemma_of(subj) in lexicon().protesters
                             or subj.lower_ in lexicon().protesters):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("outside", "through") and not _channels(c)
           for c in tok.children):
        return True
    # "Iran protested in Tehran to the Swiss ambassador", "China protested in Beijing over
    # the warship": a protest lodged with a party, or by a state, is a complaint made from
    # its capital; only people or a crowd hold one in a place ("women protested in Kabul")
    if any(c.dep_ == "prep" and _lodged_with(c) for c in tok.children) or \
            (subj is not None and names_a_state(subj)):
        return False
    return any(c.dep_ == "prep" and _in_a_place(c) for c in tok.children)


#: A protest lodged with another party is its complaint (PLOVER ACCUSE), no crowd's dissent.
LODGED_PROTEST = Sense("ACCUSE", "disapprove", "lodged protest")


def lodged_protest(tok: Token) -> bool:
    """"filed a diplomatic protest with Beijing", "handed him a formal protest",
    "expressed strong dissatisfaction and protest over": the noun "protest" lodged,
    handed or voiced (``protest_lodging``, ``protest_voicing``), or marked as a formal act
    (``protest_formalities``: diplomatic, formal, written), is a complaint made to another
    party; only a crowd holds, stages or joins a demonstration."""
    if lemma_of(tok) != "protest" or tok.pos_ != "NOUN":
        return False
    if tok.dep_ in ("dobj", "obj") and lemma_of(tok.head) in STAGING:
        return False  # "farmers staged a formal protest at the ministry": a demonstration
    if any(c.dep_ == "amod" and c.lower_ in word_class("protest_formalities")
           for c in tok.children) and not _crowd_protest(tok):
        return True
    obj = tok
    while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
        obj = obj.head  # "lodged stern representations and a protest"
    return obj.dep_ in ("dobj", "obj", "nsubjpass") and _lodging(obj.head)


#: Notes a state lodges with or delivers to another (``objects.lodge``, ``objects.deliver``).
NOTES = frozenset({"demarche", "démarche", "representations"})


def protesting_note(verb: Token, note: Token) -> bool:
    """"lodged stern representations with the US embassy", "lodge a strong demarche with
    the US embassy over the cable": a state's formal protest (PLOVER ACCUSE). Not
    representations "in support of" or "of goodwill", none lodged with one's own court,
    council, commissioner or ministry (lobbying, an objection, a legal submission), none
    with no recipient unless stern or solemn; not a demarche that asks something
    ("delivered a demarche to Nigeria asking it to extradite the suspect": a request)."""
    if any(c.dep_ == "prep" and c.lower_ in ("of", "for") for c in note.children):
        return False  # "representations of the emperor's goodwill"
    if any(lemma_of(p) in ("support", "favour", "favor")
           for p in prep_objects(verb, ("in",)) + prep_objects(note, ("in",))):
        return False  # "in support of the aid bill", "in favour of the new scheme"
    recipients = prep_objects(verb, ("with", "to")) + prep_objects(note, ("with", "to"))
    if lemma_of(note) != "representation" and note.lower_ != "representations":
        # "a demarche to dozens of countries urging them to vote": the errand may hang on
        # the recipient
        return not any(c.dep_ in ("xcomp", "advcl", "acl") and
                       lemma_of(c) in word_class("note_requests")
                       for t in (verb, note, *recipients) for c in t.children)
    if not recipients:
        return any(c.dep_ == "amod" and c.lower_ in word_class("note_intensifiers")
                   for c in note.children)
    return not any(lemma_of(r) in word_class("note_forums") and not any(
        c.lower_ == "foreign" for c in r.children) for r in recipients)


#: Verbs a protest is sent or voiced with ("lodged", "handed", "expressed").
PROTEST_SENDING = word_class("protest_lodging") | word_class("protest_voicing")


def _lodging(verb: Token) -> bool:
    """"lodged", "handed", "expressed": a verb a protest is sent or voiced with."""
    return lemma_of(verb) in PROTEST_SENDING


#: Links of a protest that is itself the actor of its clause ("a formal protest paralysed
#: the port") or a second name for one already told ("joined a silent protest, a formal
#: protest backed by the senate"): a crowd's action, never a note handed to a state.
DOING_LINKS = frozenset({"nsubj", "appos"})


def _crowd_protest(tok: Token) -> bool:
    """"a formal protest by thousands of dock workers paralysed the port": a protest with a
    crowd's agent, one that acts (subject of a disruption), is held ("was held by
    workers") or renames a demonstration is a demonstration, however formal; a state's
    formal protest is handed or lodged ("a formal protest was handed to the envoy")."""
    if tok.dep_ in DOING_LINKS or (tok.dep_ == "nsubjpass" and not _lodging(tok.head)):
        return True
    return any(c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in tok.children)


def _channels(prep: Token) -> bool:
    """"protested through diplomatic channels": the way a complaint is sent, no street
    marched through."""
    return any(p.dep_ == "pobj" and lemma_of(p) == "channel" for p in prep.children)


def names_a_party(tok: Token) -> bool:
    """"Beijing", "the government", "the Swiss ambassador": a state, people, body or
    person by name (``counted_parties.PARTY_LABELS``) or by role, a party one can lodge a
    complaint with or press."""
    return tok.ent_type_ in PARTY_LABELS or lemma_of(tok) in actor_words().roles


def _lodged_with(prep: Token) -> bool:
    """"protested to the Swiss ambassador", "protested with Beijing": a party the
    complaint goes to; "with placards" is what a crowd carries, no party."""
    if prep.lower_ == "to":
        return True
    return prep.lower_ == "with" and any(
        p.dep_ == "pobj" and names_a_party(p) for p in prep.children)


def names_a_state(subj: Token) -> bool:
    """The subject names a state: a country or its capital ("China", "New Delhi"), or
    one of its bodies or officials ("the foreign ministry", "the embassy"). A people's
    name ("Palestinians", tagged NORP) is a crowd, not the state."""
    if subj.ent_type_ and subj.ent_type_ != "NORP":
        span = ent_at(subj)
        if span is not None and state_named(lookup(span.text)):
            return True
    return actor_words().roles.get(lemma_of(subj)) in STATE_BODIES


#: Entity labels of a place one protests in.
PLACES = frozenset({"GPE", "LOC", "FAC"})


def _in_a_place(prep: Token) -> bool:
    """"women protested in Kabul": a complaint is lodged with someone, a protest held in a
    city or square is a demonstration."""
    return prep.lower_ == "in" and any(p.dep_ == "pobj" and p.ent_type_ in PLACES
                                       for p in prep.children)


OBSTRUCTION = Sense("PROTEST", "obstruct", "block by protesters")


#: Links by which a verb with no subject of its own shares the one of the verb it hangs on.
SHARED_SUBJECT = frozenset({"conj", "advcl", "xcomp"})


def _blocks_a_way(tok: Token) -> bool:
    """The verb's object is a road, bridge or port: what crowds block when they protest."""
    return any(c.dep_ == "dobj" and lemma_of(c) in word_class("public_ways")
               for c in tok.children)


def dissent_errand(verb: Token) -> bool:
    """A crowd's errand (the "to"-verb after "gathered") that is dissent: "to protest",
    "to denounce", "to condemn", or "to demand" a change ("new elections", "the
    president's resignation", "that the ruling be implemented"); not "to demand refunds"
    or "seats on evacuation flights", what a crowd waiting for a service asks."""
    lemma = lemma_of(verb)
    if lemma in word_class("dissent_errands"):
        return True
    return lemma == "demand" and any(
        c.dep_ == "ccomp" or (c.dep_ in ("dobj", "obj")
                              and lemma_of(c) in word_class("dissent_demands"))
        for c in verb.children)


#: Sittings a crowd may gather at to speak, not to demonstrate ("residents gathered at a
#: council meeting to oppose plans for a pipeline").
SITTINGS = frozenset({"meeting", "hearing"})


def gathered_at_sitting(tok: Token) -> bool:
    """"gathered at a council meeting", "at a public hearing": an audience, no crowd in
    the street."""
    return any(lemma_of(o) in SITTINGS for o in prep_objects(tok, ("at",)))


def camped_dissenters(tok: Token) -> bool:
    """"The demonstrators have camped outside parliament", "protesters who had camped on
    the bridge": dissenters staying put hold a sit-in (PLOVER PROTEST). Supporters,
    farmers or activists do only when the clause shows the dissent ("thousands of farmers
    have been camped on highways, demanding the repeal"): fans camp for tickets, farmers
    to guard crops or after floods. Residents, refugees or troops camping protest nothing
    (word classes campers and dissent_campers)."""
    if lemma_of(tok) != "camp":
        return False
    subj = _doer(tok, deps=frozenset({"nsubj", "nsubjpass"}))
    if subj is None:
        return False
    # "thousands of farmers": the count is of campers; "opposition supporters": the
    # compound names the camper
    names = {name for s in [subj, *of_objects(subj)] for name in _camper_names(s)}
    if names & word_class("campers"):
        return True
    return bool(names & word_class("dissent_campers")) and _camped_in_dissent(tok)


def _camper_names(noun: Token) -> set[str]:
    """"supporter" and "opposition supporter" for "opposition supporters"."""
    return {lemma_of(noun), noun.lower_} | {
        f"{lemma_of(c)} {lemma_of(noun)}" for c in noun.children
        if c.dep_ in ("compound", "amod")}


#: What campers camp for when they dissent ("camped on highways, demanding the repeal",
#: "blocking the road", "chanting slogans").
CAMP_DISSENT = word_class("dissent_errands") | word_class("camp_dissent_acts")


def _camped_in_dissent(tok: Token) -> bool:
    """"camped on highways, demanding the repeal", "camped outside parliament in protest",
    "camped against the mine", "camped on the road, saying they are protesting": the
    clause of the camping says it is dissent."""
    for c in tok.children:
        if c.dep_ == "prep" and (c.lower_ == "against" or (c.lower_ == "in" and any(
                p.dep_ == "pobj" and lemma_of(p) == "protest" for p in c.children))):
            return True
        if c.dep_ not in ("advcl", "xcomp", "conj", "ccomp"):
            continue
        if lemma_of(c) in CAMP_DISSENT:
            return True
        if lemma_of(c) == "say" and any(  # "saying they are protesting"
                g.dep_ == "ccomp" and lemma_of(g) in CAMP_DISSENT for g in c.children):
            return True
    return False


def _doer(tok: Token, deps: frozenset[str] = frozenset({"nsubj"})) -> Token | None:
    """The subject of ``tok``'s clause, or the noun a "who"/"that" clause hangs on
    ("protesters who had gathered outside parliament")."""
    subj = climbed_subject(tok, deps=deps, links=SHARED_SUBJECT, steps=1)
    if subj is not None and tok.dep_ == "relcl" and subj.lower_ in ("who", "that"):
        return tok.head
    return subj


def protesters_subject(tok: Token, *, ways: bool = False) -> bool:
    """Civilians doing ``tok`` (a protest verb). With ``ways`` (the blocking path only) a
    subject is also taken two clauses up or from the noun a participle hangs on, when a
    public way is blocked: "protesters dismissed it and kept blocking roads", "troops fired
    on crowds blocking bridges". Not for gathering or chanting: "villagers gathering
    firewood", "people fled and began gathering in camps" are no crowd protesting, nor
    for blocking access or holes ("rescuers put out the fire and kept blocking access")."""
    subj = _doer(tok)
    if subj is None and ways and _blocks_a_way(tok):
        subj = climbed_subject(tok, links=SHARED_SUBJECT, steps=2)
        if subj is None and tok.dep_ == "acl":
            subj = tok.head  # "troops fired on crowds blocking bridges": the crowd blocks
    protesters = lexicon().protesters
    # "striking dockers", "protesting farmers": the modifier says they protest
    return subj is not None and (lemma_of(subj) in protesters or subj.lower_ in protesters or any(
        c.dep_ == "amod" and c.lower_ in ("striking", "protesting") for c in subj.children))


#: Buildings stoned or pelted in a protest: no one is hurt unless the sentence says so.
BUILDINGS = frozenset({"embassy", "consulate", "building", "office", "mission", "compound",
                       "headquarters", "ministry", "parliament", "palace", "residence",
                       "gate", "window", "facade", "wall", "chancery"})
HURT = frozenset({"injure", "wound", "kill", "hurt", "die", "injury", "casualty", "dead",
                  "death", "bleed", "hospitalize", "hospitalise"})


def thrown_at_building(tok: Token) -> bool:
    """'threw stones at the embassy' with no one hurt in the sentence: a protest."""
    target = next((p for c in tok.children if c.dep_ == "prep" and c.lower_ == "at"
                   for p in c.children if p.dep_ == "pobj"), None)
    if target is None or lemma_of(target) not in BUILDINGS:
        return False
    return not any(lemma_of(t) in HURT for t in tok.sent)


def protest_verb(tok: Token) -> bool:
    return any(sense.type == "PROTEST" for _, sense in lexicon().verbs.get(lemma_of(tok), []))


def sit_in(tok: Token) -> bool:
    """"a sit-in", split by the tokenizer into "sit", "-", "in"."""
    if tok.lower_ not in ("sit", "teach"):  # asked of every noun: the word first
        return False
    nxt = tok.doc[tok.i + 1:tok.i + 3]
    return len(nxt) == 2 and nxt[0].text == "-" and nxt[1].lower_ == "in"


#: Verbs under which "the protests" are still joined or held: "joined the protests",
#: "staged the protests" report protesting.
PROTESTING = frozenset({"join", "stage", "hold", "organise", "organize", "call", "swell",
                        "lead", "spearhead"})
#: "Stage" and "staged" as the small model lemmatises it ("stag"), also in the passive.
STAGE = misread({"stage"})
#: Verbs holding the protests, with "staged" as the small model lemmatises it.
STAGING = PROTESTING | STAGE
#: Force used on the protests: "crushed the mass protests that followed", "its crackdown
#: on the biggest protests in 20 years" tell the protests as events too.
SUPPRESSING = frozenset({"crush", "crackdown", "crack", "suppress", "quell", "disperse",
                         "break", "repress", "clamp", "put", "attack", "fire"})
#: Nouns of crowd protest that a story refers back to.
PROTEST_NOUNS = frozenset({"protest", "demonstration", "rally", "unrest"})


def protests_referred_to(tok: Token) -> bool:
    """"saying the protests had been hijacked by criminals", "accused them of financing
    the protests", "referring to the 2014 protests in Ukraine": protests already told,
    named again as the object of something else, are no new demonstration. Subjects
    ("the protests erupted on Thursday") and "joined the protests" stay events."""
    if lemma_of(tok) not in PROTEST_NOUNS or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "those", "its",
                                                         "their", "his", "her")
               for c in tok.children):
        return False
    governor = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "during", "amid", "since"):
        return False  # "killed during the protests", "arrested at the protests": a scene
    # "expressed its protest to Japan", "lodged their protest": the protest sent now;
    # "staged the protests" holds them
    if tok.dep_ == "nsubjpass" and lemma_of(governor) in STAGING and by_objects(governor):
        return True  # "the protest was staged (organised, held) by Baku": who is behind it
    if lemma_of(governor) in STAGE and _staged_by_state(governor):
        return True  # "Baku had staged the protests": a state orchestrating is a claim
    return lemma_of(governor) not in STAGING | SUPPRESSING and not _lodging(governor)


def _staged_by_state(verb: Token) -> bool:
    """"Russia staged the protests in Chisinau", "the government staged the rallies": a
    state, capital or state body staging protests orchestrates them (an allegation), it
    does not protest."""
    return any(c.dep_ == "nsubj" and names_a_state(c) for c in verb.children)


#: Prepositions that set an act inside a protest ("arrested during protests", "killed
#: in protests over the verdict").
SCENE_PREPOSITIONS = frozenset({"during", "in"})


def protests_as_scene(tok: Token) -> bool:
    """"detained during protests against the tax", "killed in the protests over the
    ruling": a protest named as where another act happened is still a protest told (gold
    codes both). The bare idiom "resigned in protest" names no demonstration."""
    if lemma_of(tok) not in PROTEST_NOUNS - {"unrest"} or tok.dep_ != "pobj" or \
            tok.head.lower_ not in SCENE_PREPOSITIONS:
        return False
    return tok.tag_ == "NNS" or any(c.dep_ in ("det", "amod", "nummod")
                                    for c in tok.children)


#: A walkout by many people is a protest (PLOVER PROTEST: strike): "students walked out of
#: their exams", "opposition lawmakers walked out of both houses" (gold PROTEST in each
#: tuning case); one person walking out ("he walked out of the inquiry"), or anyone
#: walking out of talks or a meeting, refuses (the lexicon's REJECT).
WALKOUT = Sense("PROTEST", "strike", "collective walkout")


def collective_walkout(tok: Token) -> bool:
    """"walked out" with a plural noun subject of protesting people or out of a body or
    its work, not out of a meeting."""
    if lemma_of(tok) != "walk":
        return False
    out = next((c for c in tok.children if c.lower_ == "out" and c.dep_ in ("prt", "prep",
                                                                          "advmod")), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if out is None or subj is None or subj.tag_ not in ("NNS", "NNPS"):
        return False
    left = [p for c in (tok, out) for p in of_objects(c)]
    if any(lemma_of(p) in word_class("walked_out_meetings") for p in left):
        return False
    # protesting people ("students", "opposition lawmakers", "workers"), or a walkout
    # from a body or its work ("out of the chamber", "out of their lectures"): hostages
    # or troops walking out of a hotel or a base protest nothing
    people = _walkout_people()
    return lemma_of(subj) in people or any(
        lemma_of(c) in people for c in subj.children if c.dep_ == "compound") or any(
        lemma_of(p) in _walkout_places() for p in left)


@cache
def _walkout_people() -> frozenset[str]:
    """Protesting people whose walkout is a protest, joined once."""
    return lexicon().protesters | word_class("legislators") | \
        word_class("civil_boycotters") | word_class("walkout_people")


@cache
def _walkout_places() -> frozenset[str]:
    """Bodies and their work a walkout leaves in protest, joined once."""
    return word_class("walkout_places") | word_class("legislatures")
