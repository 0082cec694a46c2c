"""Constructions of wire news that type an event by its frame rather than its verb.

"gave the ambassador 72 hours to leave" is an expulsion, "ordered the army to help
police" a deployment, "told Myanmar to take back the refugees" a demand, and "held their
first call" a phone consultation. ``pipeline.triggers`` asks these before its lexicon;
the frames of crowds and workers ("protesters stormed parliament", "unions plan a
strike") are in ``pipeline.wire_crowds``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.actor_lexicon import judicial
from pipeline.doc_views import entity_text
from pipeline.syntax import has_neg, subject
from pipeline.trigger_lexicon import cooperation_words, lemma_of, lexicon, object_phrase
from pipeline.word_classes import word_class

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Token

#: Infinitives of going away: a deadline "to leave" expels ("told the envoys to go").
LEAVING = frozenset({"leave", "depart", "quit", "exit", "go"})
#: Leaving a country: "must go" is as often a call for someone's removal or a recall.
LEAVING_OUT = LEAVING - {"go"}
#: Time nouns of a deadline ("72 hours", "one week", "a month").
PERIODS = frozenset({"hour", "day", "week", "month"})
#: Heads and members of a diplomatic mission: their recall or withdrawal "from" a country
#: is aimed at that country (``pipeline.implied_parties.recalled_from``).
DIPLOMATS = frozenset({"ambassador", "envoy", "diplomat", "chargé", "charge"})
#: People whose ordered departure is an expulsion (PLOVER SANCTION: expel).
ENVOYS = DIPLOMATS | frozenset({"attache", "attaché", "consul", "staff", "mission",
                                "correspondent", "commissioner"})
#: People whose ordered departure is a deportation (PLOVER COERCE), not a reduction of
#: relations: "ordered undocumented migrants to go home".
MIGRANTS = frozenset({"migrant", "refugee", "immigrant", "foreigner", "deportee", "alien",
                      "asylum seeker", "seeker", "undocumented"})
#: Verbs of commanding one's own forces.
COMMANDING = frozenset({"order", "command", "instruct", "authorise", "authorize", "direct"})
#: Verbs whose "to leave" infinitive, said to an envoy, sends the envoy away.
SENDING_AWAY = COMMANDING | frozenset({"tell", "ask"})
#: Forces whose ordered task is a deployment (PLOVER MOBILIZE), unless the task is itself
#: an act ("ordered troops to shoot" stays the shooting).
FORCES = frozenset({"troop", "troops", "army", "soldier", "force", "military", "police",
                    "policeman", "gendarmerie", "guard", "unit", "reservist", "navy",
                    "air force", "paratrooper", "marine", "marines", "commando",
                    # military craft ordered somewhere move forces ("ordered a fighter jet
                    # to escort the airliner", "the carrier was ordered to remain")
                    "warship", "carrier", "aircraft carrier", "frigate", "destroyer", "cruiser",
                    "submarine", "bomber", "fighter", "fighter jet", "warplane",
                    "strike group", "battalion", "brigade"})
#: Forces named by a word that also describes other things ("Marine Le Pen", "marine
#: biologists", "commando-style"): a force only as the head of its own noun phrase.
HEAD_ONLY_FORCES = frozenset({"marine", "marines", "commando"})
#: Relief goods a force's name may label ("army tents"; word class force_supplies).
FORCE_SUPPLIES = word_class("force_supplies")
#: A government's own officials and agencies: what they are ordered to do is the
#: government's act ("ordered his trade minister to raise tariffs").
OFFICIALS = frozenset({"minister", "ministry", "official", "agency", "department",
                       "cabinet", "prosecutor", "commander", "general", "governor",
                       "secretary", "administration", "authority", "officer", "chief"})
#: Prepositions of an order's destination ("ordered units into the city").
DESTINATIONS = frozenset({"to", "into", "toward", "towards"})
#: Possessives that make an ordered party the orderer's own ("his", "its ministers").
OWN = frozenset({"his", "her", "its", "their", "our", "my"})
#: Verbs of telling whose "to" infinitive is a demand ("told X to take back the refugees").
TELLING = frozenset({"tell"})
#: The verbs of ``own_agent_ordered``, joined once.
_ORDERING = COMMANDING | TELLING
#: Verbs whose object "call" is a conversation ("held a call", "had a phone call").
HOLDING = frozenset({"hold", "have"})
#: Verbs that bring an envoy "home"/"back": a recall (PLOVER SANCTION: withdraw).
RECALLING = frozenset({"call", "order", "bring", "summon"})
HOMEWARD = frozenset({"home", "back"})
#: Verbs of going home: "told to return home" sends an envoy away like "told to leave".
RETURNING = frozenset({"return", "go", "come", "fly", "head"})
#: Modals of obligation: "insisted that Kyiv must withdraw" demands it.
OBLIGATION = frozenset({"must", "should", "shall", "need", "ought"})
#: Verbs of calling off, and the encounters whose calling-off is a refusal (PLOVER REJECT:
#: cancelled meetings): "called off a visit to Istanbul", "put off the summit".
CALLING_OFF = frozenset({"call", "put"})
ENCOUNTERS = frozenset({"visit", "trip", "meeting", "talk", "summit", "negotiation",
                        "session", "tour", "conference"})


def _to_infinitive(tok: Token) -> bool:
    return tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def infinitives(tok: Token) -> list[Token]:
    """The "to" infinitives a verb governs, directly or through its object ("gave the
    envoy 72 hours to leave": the infinitive may hang on the time noun)."""
    out = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")
           and _to_infinitive(c)]
    for c in tok.children:
        if c.dep_ in ("dobj", "obj", "npadvmod"):
            out += [g for g in c.children if g.dep_ in ("acl", "relcl") and _to_infinitive(g)]
    return out


def _is_force(tok: Token) -> bool:
    """A noun naming forces (word class FORCES); a HEAD_ONLY_FORCES word only as the head
    of its phrase and outside a person's name ("ordered Marine Le Pen to pay")."""
    found = _words(tok) & FORCES
    if found - HEAD_ONLY_FORCES:
        return True
    return bool(found) and tok.dep_ not in ("compound", "amod", "nmod") and \
        tok.ent_type_ != "PERSON" and tok.pos_ in ("NOUN", "PROPN")


def _words(tok: Token) -> set[str]:
    return {lemma_of(tok), tok.lower_, *[f"{lemma_of(c)} {lemma_of(tok)}" for c in tok.children
                                       if c.dep_ == "compound"]}


def _ordered_to_leave(tok: Token) -> list[Token] | None:
    """The parties a verb gives a deadline or an order to leave ("gave the diplomats one
    week to leave", "ordered the ambassador to leave the country", "the migrants were told
    to go home"), or None when it gives none."""
    lemma = lemma_of(tok)
    if lemma not in ("give", *SENDING_AWAY):
        return None
    # "the ambassador was asked to leave": the passive subject is the one sent away
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "dative", "npadvmod",
                                                  "nsubjpass")]
    if lemma == "give":
        # "gave the charge d'affaires, X, 72 hours to leave": the deadline may hang on
        # an apposition of the party
        periods = [g for o in objs for g in o.subtree if lemma_of(g) in PERIODS]
        to_verbs = infinitives(tok) + [i for p in periods for i in p.children
                                        if i.dep_ in ("acl", "relcl") and _to_infinitive(i)]
        leaves = bool(periods) and any(lemma_of(i) in LEAVING for i in to_verbs)
    else:
        leaves = any(_leaving(i) for i in infinitives(tok))
    return objs if leaves else None


def _leaving(verb: Token) -> bool:
    """"to leave", "to go", and "to return home", "to go back": going away or home."""
    return lemma_of(verb) in LEAVING or (lemma_of(verb) in RETURNING and any(
        c.dep_ in ("advmod", "npadvmod", "prt") and lemma_of(c) in HOMEWARD
        for c in verb.children))


def _foreign_officials(tok: Token) -> bool:
    """"seven senior United Nations officials", "Danish officials": officials of another
    body or state (an organisation or nationality on the noun); ordering them to leave
    expels them, where "its officials" are the state's own."""
    return lemma_of(tok) in ("official", "officer", "representative") and any(
        c.dep_ in ("compound", "amod") and c.ent_type_ in ("ORG", "NORP", "GPE")
        for c in tok.children)


def expulsion(tok: Token) -> bool:
    """"gave the diplomats one week to leave", "ordered the ambassador to leave the
    country": a deadline or order to leave is an expulsion, not a request."""
    objs = _ordered_to_leave(tok)
    if objs is None:
        return False
    if lemma_of(tok) == "give":
        return True
    # "High Commissioner Ajay Bisaria": the title may be a compound of a compound
    return any(_words(o) & ENVOYS or _foreign_officials(o) or mission_members(o) or any(
        lemma_of(g) in ENVOYS for g in o.subtree if g.dep_ == "compound") for o in objs)


def mission_members(tok: Token) -> bool:
    """"12 French embassy employees", "consulate personnel": staff with the mission named
    as their own modifier are its members. Only staff nouns and only a direct modifier:
    "visitors to the consulate", "residents near the U.S. embassy building" are not."""
    return lemma_of(tok) in word_class("mission_staff") and any(
        c.dep_ in ("compound", "amod") and lemma_of(c) in word_class("missions")
        for c in tok.children)


def migrants_sent_away(tok: Token) -> bool:
    """"ordered undocumented migrants to go home", "gave the refugees a week to leave",
    "the migrants were told to leave": ordering migrants out of the country deports them
    (PLOVER COERCE), where the same order to an envoy is an expulsion (a SANCTION)."""
    objs = _ordered_to_leave(tok)
    return objs is not None and any(
        _words(o) & MIGRANTS or any(lemma_of(g) in MIGRANTS for g in o.children
                                    if g.dep_ in ("compound", "amod"))
        for o in objs)


#: Irregular participles of acts ordered done ("ordered the assets frozen").
PARTICIPLES = {"frozen": "freeze", "shut": "shut", "seized": "seize", "closed": "close",
               "banned": "ban", "sealed": "seal", "expelled": "expel", "arrested": "arrest",
               "detained": "detain", "released": "release", "freed": "free",
               "confiscated": "confiscate", "demolished": "demolish", "suspended": "suspend"}


def ordered_done(tok: Token) -> Token | None:
    """"ordered the assets frozen", "ordered the consulate shut": an order whose
    complement is the object with a bare participle (no "to") is the act itself, done by
    whoever gave the order. Returns the participle."""
    if lemma_of(tok) not in COMMANDING:
        return None
    for c in tok.children:
        if c.dep_ in ("dobj", "obj") and not infinitives(tok):
            # "ordered him held in pre-trial detention": the parser may hang the
            # participle on the object; with a "to" infinitive ("ordered the troops
            # stationed there to withdraw") it only describes the object
            done = next((g for g in c.children if g.dep_ == "acl" and g.tag_ == "VBN"
                         and not any(a.dep_ in ("aux", "auxpass", "mark")
                                     for a in g.children)), None)
            if done is not None:
                return done
        # (a bare "shut" is read as a past tense with the object left on "ordered"; "ordered
        # Mayor Ekrem Imamoglu jailed" as a past tense whose subject is the named person)
        participle = c.tag_ == "VBN" or c.pos_ == "ADJ" or (
            c.tag_ == "VBD" and all(_named_after(g, tok) for g in c.children
                                    if g.dep_.startswith("nsubj"))) or (
            c.tag_ == "VBD" and _mission_participle(c, tok))
        if c.dep_ in ("ccomp", "oprd", "xcomp") and participle and not any(
                a.dep_ in ("aux", "auxpass", "mark") for a in c.children):
            return c
    return None


def _mission_participle(done: Token, order: Token) -> bool:
    """"ordered all three Iranian consulates closed", "ordered the Dutch embassy shut": a
    bare "closed" read as a past tense whose subject, after the order, is a foreign
    mission the verb's object table types, and with no object of its own, is the
    participle of the closing ordered ("ordered that the consulates closed" has a mark).
    Only a mission, and not one shut for an occasion: "ordered the port closed because of
    the storm", "ordered the British embassy closed for the holiday", "the Chinese
    consulate closed to traffic" are left a demand."""
    table = lexicon().objects.get(participle_lemma(done), {})
    subjects = [g for g in done.children if g.dep_.startswith("nsubj")]
    adjuncts = [g for h in (done, order) for c in h.children if c.dep_ in ("prep", "advcl")
                for g in c.subtree]
    return bool(subjects) and not any(g.dep_ in ("dobj", "obj") for g in done.children) and \
        all(g.i > order.i and lemma_of(g) in word_class("missions") and
            any(p in table for p in object_phrase(g)) for g in subjects) and \
        not any(lemma_of(g) in word_class("closing_occasions") for g in adjuncts)


#: Entity labels of a name that is no person ("ordered the vote held in Crimea").
PLACE_OR_TIME = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP"})


def _named_after(subj: Token, order: Token) -> bool:
    """A name right after the order: the object of "ordered X jailed", not the subject
    of a finite clause ("had ordered it suspended" stays an order)."""
    return subj.i > order.i and subj.pos_ == "PROPN" and subj.ent_type_ not in PLACE_OR_TIME


def participle_lemma(tok: Token) -> str:
    """The verb a participle or participial adjective comes from ("frozen" -> freeze)."""
    return PARTICIPLES.get(tok.lower_, lemma_of(tok))


def persona_non_grata(tok: Token) -> bool:
    """"declared the ambassador persona non grata": the diplomatic formula of expulsion."""
    return lemma_of(tok) in ("declare", "name", "deem") and any(
        t.lower_ == "grata" for t in tok.subtree)


def leaving_subject(tok: Token) -> Token | None:
    """Who leaves, where ``tok`` is a verb of leaving a place ("its diplomats would leave
    Ecuador", "the envoy must leave the country"), or None."""
    if lemma_of(tok) not in LEAVING_OUT:
        return None
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def envoys_leaving(tok: Token) -> bool:
    """"its diplomats would leave Ecuador immediately": a state's envoys leaving the host
    country are withdrawn (PLOVER SANCTION), not travelling."""
    subj = leaving_subject(tok)
    if subj is None or not (_words(subj) & ENVOYS):
        return False
    return any(c.dep_ in ("dobj", "obj") and c.ent_type_ == "GPE" for c in tok.children)


def forces_ordered(tok: Token, is_act: Callable[[Token], bool]) -> bool:
    """"ordered the army to help police deal with the protests": commanding one's own
    forces to a task is a deployment (MOBILIZE). ``is_act`` tells a task with a sense of
    its own: "ordered troops to shoot" is coded on the shooting."""
    if lemma_of(tok) not in COMMANDING:
        return False
    # "the carrier had been ordered to remain in the area": the passive subject
    # (a named ship is headed by its name: "the aircraft carrier USS Nimitz and its
    # strike group")
    # (a force's name on goods is no force: "army tents were ordered to the flood zone")
    if not any(c.dep_ in ("dobj", "obj", "nsubjpass") and any(
            _is_force(w) for w in [c, *(g for g in c.children if g.dep_ == "conj" or (
                g.dep_ == "compound" and lemma_of(c) not in FORCE_SUPPLIES))])
               for c in tok.children):
        return False
    tasks = infinitives(tok)
    if not tasks:
        # "ordered extra units into the capital", "ordered destroyers to the Caribbean",
        # "ordered the army to its highest level of readiness": forces sent somewhere
        # (or brought to a state of readiness) with no task named are deployed
        return _sent_somewhere(tok)
    # "ordered the army not to begin the truce until Hamas supplied the names": a
    # negated or conditioned order is a demand on someone else, not a deployment
    return not any(
        is_act(t) or has_neg(t) or any(
            g.dep_ == "mark" and g.lower_ in ("until", "unless", "if") for g in t.subtree)
        for t in tasks)


def goods_ordered(tok: Token) -> bool:
    """"ordered army tents and medicine to the quake zone": an order of goods a force's
    name labels (word class ``force_supplies``), with no force among them, sends relief,
    and asks nobody for anything (no REQUEST; materiel such as "army equipment" moved to
    a border is no such goods: it moves forces)."""
    if lemma_of(tok) not in COMMANDING:
        return False
    objects = [w for c in tok.children if c.dep_ in ("dobj", "obj", "nsubjpass")
               for w in (c, *c.conjuncts)]
    return bool(objects) and all(lemma_of(w) in FORCE_SUPPLIES for w in objects) and any(
        g.dep_ in ("compound", "amod") and lemma_of(g) in FORCES
        for w in objects for g in w.children)


def _sent_somewhere(tok: Token) -> bool:
    """Whether an order names where its forces go: a "to"/"into" phrase on the verb
    whose object is a noun, not negated ("ordered troops into the city"), given by no
    court ("the court ordered the soldiers to prison" jails them) and to no place of
    custody (word class ``custody_places``)."""
    who = subject(tok)[0]
    if has_neg(tok) or (who is not None and judicial(who)):
        return False
    # "ordered two destroyers and a cruiser to the Mediterranean": the parse may hang the
    # destination on the forces (their last conjunct) instead of the verb
    forces = [w for o in tok.children if o.dep_ in ("dobj", "obj")
              for w in (o, *o.conjuncts) if _is_force(w)]
    return any(
        c.dep_ == "prep" and c.lower_ in DESTINATIONS and any(
            g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and not any(
                lemma_of(w) in word_class("custody_places") for w in (g, *(
                    m for m in g.children if m.dep_ in ("compound", "amod"))))
            for g in c.children)
        for h in (tok, *forces) for c in h.children)


def own_agent_ordered(tok: Token, is_act: Callable[[Token], bool]) -> bool:
    """"ordered his trade minister to raise tariffs", "instructed the foreign ministry to
    expel the envoy": an authority commanding its own officials or forces to an act does
    that act (PLOVER codes the act, not a demand); "ordered Israel to withdraw" stays a
    demand on another party. Firms told or ordered to act by an authority act for it too:
    "ordered mobile operators to cut internet access", "told lenders to freeze direct
    debits to and from Spain" (word class ``ordered_firms``)."""
    lemma = lemma_of(tok)
    if lemma not in _ORDERING:
        return False
    firms = word_class("ordered_firms")
    # a leader, a union or activists telling firms to act appeal to them ("Zelensky told
    # companies to withdraw from Russia"); only an authority over them tells them to
    firm_agents = not has_neg(tok) and (lemma in COMMANDING or any(
        c.dep_ == "nsubj" and _words(c) & word_class("firm_authorities")
        for c in tok.children)) and not _own_business(tok)
    own = any(c.dep_ in ("dobj", "obj") and (
        (firm_agents and bool(_words(c) & firms) and not _foreign(c)) or
        (lemma in COMMANDING and (
            _is_force(c) or _words(c) & OFFICIALS or any(
                g.dep_ == "poss" and g.lower_ in OWN for g in c.children))))
        for c in tok.children)
    # the task is the order's complement; "ordered 3,000 troops to West Africa to fight
    # Ebola" says what a deployment is for
    return own and any(is_act(t) and t.dep_ in ("xcomp", "ccomp") and not has_neg(t)
                       for t in infinitives(tok))


def _own_business(tok: Token) -> bool:
    """"ordered the company to suspend its operations in Hungary": a firm halting its own
    business does no act of the authority's on anyone."""
    return any(g.dep_ == "poss" and g.lower_ in ("its", "their")
               for t in infinitives(tok) for o in t.children if o.dep_ in ("dobj", "obj")
               for g in o.children)


def _foreign(firm: Token) -> bool:
    """"ordered foreign companies to leave", "told Chinese airlines to suspend flights":
    firms of another country are the order's target, not its agents."""
    return any(c.dep_ in ("amod", "compound", "nmod") and (
        c.lower_ == "foreign" or c.ent_type_ in ("NORP", "GPE")) for c in firm.children)


def told_to(tok: Token) -> bool:
    """"Hasina tells Myanmar to take back Rohingya": telling someone to act demands it."""
    return lemma_of(tok) in TELLING and any(c.dep_ in ("dobj", "obj") for c in tok.children) \
        and any(lemma_of(c) not in ("be",) for c in infinitives(tok))


def recall(tok: Token) -> bool:
    """"called ambassador X home for consultations", "ordering his own envoy back from
    Bogota": bringing one's envoy home is a recall (PLOVER SANCTION), not a request."""
    if lemma_of(tok) not in RECALLING:
        return False
    # the small model may hang the envoy's name on "home" ("called ambassador X home")
    # ("Brazil's ambassador was called home": the passive subject is the envoy)
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj", "oprd", "nsubjpass")]
    named = {lemma_of(g) for o in objs for g in o.subtree if g.dep_ in ("dobj", "obj", "compound")
             or g in objs}
    # ... or parse "home" as the adverb and the whole name as its compounds ("called
    # ambassador X Y home": ambassador -> Y -> home)
    named |= {lemma_of(g) for c in tok.children if c.dep_ in ("advmod", "npadvmod")
              and lemma_of(c) in HOMEWARD for g in c.subtree if g.dep_ == "compound"}
    if not named & ENVOYS:
        return False
    words = {lemma_of(c) for t in (tok, *objs) for c in t.children
             if c.dep_ in ("advmod", "prt", "npadvmod", "prep", "oprd")}
    # "called its envoy in Oslo home": "home" parsed inside the envoy's phrase
    words |= {lemma_of(g) for o in objs if o.dep_ != "nsubjpass" for g in o.subtree}
    # "called its envoy for consultations": the wire formula of a recall
    consulted = any(c.dep_ == "prep" and c.lower_ == "for" and any(
        lemma_of(g) == "consultation" for g in c.children) for c in tok.children)
    return consulted or bool((words | {lemma_of(o) for o in objs}) & HOMEWARD)


def insisted_claim(tok: Token) -> bool:
    """"Russia insists the jet never left Syrian skies", "insisting the arrest was not
    politically motivated": insisting that something is so asserts a version of events
    (no demand); "insisted that Kyiv must withdraw", "insisted that parliament reconvene"
    stay demands (a modal of obligation, or a bare subjunctive)."""
    if lemma_of(tok) != "insist" or any(c.dep_ == "prep" and c.lower_ == "on"
                                      for c in tok.children):
        return False
    claims = [c for c in tok.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    if not claims:
        return False
    for c in claims:
        aux = {a.lower_ for a in c.children if a.dep_ in ("aux", "auxpass")}
        if aux & OBLIGATION or (c.tag_ == "VB" and not aux) or any(
                a.lower_ == "to" and lemma_of(a.head) == "have" for a in c.subtree):
            return False
    return True


def called_off(tok: Token) -> bool:
    """"Lavrov called off a visit to Istanbul": cancelling an encounter refuses it."""
    if lemma_of(tok) not in CALLING_OFF or not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ == "off" for c in tok.children):
        return False
    return any(c.dep_ in ("dobj", "obj", "nsubjpass") and lemma_of(c) in ENCOUNTERS
               for c in tok.children)


def phone_call(tok: Token) -> bool:
    """"held their first public call", "in a call with Macron": a conversation, not an
    appeal. An appeal has its content: "a call for calm", "calls on X to"."""
    if lemma_of(tok) != "call" or tok.pos_ != "NOUN":
        return False
    if any(c.dep_ in ("prep", "acl") and c.lower_ in ("for", "on", "to") for c in tok.children):
        return False
    if tok.dep_ in ("dobj", "obj") and lemma_of(tok.head) in HOLDING:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)


#: Vehicles that bring cargo, verbs of their arrival, and the cargo that makes the
#: arrival a delivery of aid ("planes landed in Tonga with relief supplies", "trucks
#: loaded with aid crossed into Syria").
#: Not a boat, train or vehicle: those arrive "with supplies" as an army's column ("Russian
#: military vehicles arrived in Kherson with supplies") or carrying migrants and
#: passengers as often as aid; this rule never read them.
NOT_AID_ARRIVALS = frozenset({"boat", "boats", "train", "trains", "vehicle", "vehicles"})
AID_VEHICLES = word_class("vehicles") - NOT_AID_ARRIVALS
ARRIVING = frozenset({"land", "arrive", "dock", "reach", "enter", "cross", "touch"})
AID_CARGO = frozenset({"aid", "relief", "supply", "food", "medicine", "water", "tent",
                       "assistance", "blanket", "vaccine"})


def aid_arrival(tok: Token) -> bool:
    """A vehicle arriving "with" (or "loaded with") aid delivers it (PLOVER AID). The
    small model often hangs the "with" phrase on a later clause, so the cargo is looked
    for in the few words after a "with" anywhere under the verb."""
    if lemma_of(tok) not in ARRIVING:
        return False
    # (every subject: a dateline's city can be parsed as one too)
    subjects = [c for c in tok.children if c.dep_ == "nsubj"]
    vehicles = subjects + [c for s in subjects for c in s.children if c.dep_ == "conj"]
    if not any(lemma_of(v) in AID_VEHICLES for v in vehicles):
        return False
    withs = [t for t in tok.subtree if t.lower_ == "with"]
    return any(lemma_of(t) in AID_CARGO for w in withs
               for t in tok.doc[w.i + 1:min(w.i + 9, tok.sent.end)])



#: Verbs and nouns of leaving a membership: "quit the AU", "withdrew from the ICC", "its
#: exit from the bloc". ("pull out" is the lexicon's phrase of "pull".)
LEAVING_BODY_VERBS = frozenset({"quit", "leave", "exit", "withdraw", "pull"})
LEAVING_BODY_NOUNS = frozenset({"withdrawal", "exit", "departure", "pullout"})


def _names_body(tok: Token) -> bool:
    """An international body by name ("the African Union", "ECOWAS") or a membership
    noun (data list REJECT.memberships: "the bloc", "the court's founding treaty")."""
    from pipeline.actor_lexicon import lookup

    if lemma_of(tok) in cooperation_words()["memberships"]:
        return True
    if tok.ent_type_ in ("GPE", "LOC", "FAC"):
        return False  # "left Brussels": a city, though news uses it for the EU
    # an acronym the tagger missed ("quitting ECOWAS") is looked up as written
    entry = lookup(entity_text(tok))
    return entry is not None and entry.kind == "igo"


def leaving_body(tok: Token) -> bool:
    """"announced that they were quitting ECOWAS", "would withdraw from the ICC", "its
    exit from the bloc": leaving an international body or pact refuses it (PLOVER
    REJECT), no military withdrawal; withdrawing troops or leaving a city stays what it
    is."""
    lemma = lemma_of(tok)
    verb = tok.pos_ in ("VERB", "AUX")
    if lemma not in (LEAVING_BODY_VERBS if verb else LEAVING_BODY_NOUNS):
        return False
    left: list[Token] = []
    for c in tok.children:
        if verb and c.dep_ in ("dobj", "obj"):
            left.append(c)
        elif c.dep_ == "prep" and c.lower_ in ("from", "of") and \
                (c.lower_ == "from" or lemma == "pull"):
            left.extend(p for p in c.children if p.dep_ == "pobj")
        elif lemma == "pull" and c.dep_ in ("prt", "prep") and c.lower_ == "out":
            # "pulled out of the arbitration": "out" is often parsed as a preposition
            left.extend(p for g in c.children if g.dep_ == "prep"
                        for p in g.children if p.dep_ == "pobj")
    return bool(left) and all(_names_body(o) for o in left)
