"""Dependency-parse helpers shared by the event coder: clause subjects (climbing to
controllers of infinitives and antecedents of relative clauses), passive patients,
objects and target prepositions, the speech verb around a reported clause, and the
line-aware sentence segmentation the coder works on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.doc_views import doc_text
from pipeline.gerund_conjuncts import gerund_conjunct
from pipeline.headline_passives import on_title_line
from pipeline.inverted_passives import inverted_patient
from pipeline.statement_verbs import statement_verbs

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Doc, Span, Token

SPEECH_VERBS = frozenset({"say", "tell", "state", "add", "claim", "note", "report", "announce",
                          "confirm", "insist", "stress", "write", "according", "clarify",
                          "mention", "highlight", "explain", "argue", "warn"})
#: Prepositions whose object is the target of a verbal/nominal trigger.
TARGET_PREPS = frozenset({"against", "on", "at", "into", "with", "to", "for", "upon", "over",
                          "toward", "towards", "of", "alongside", "beside"})
SOURCE_PREPS = frozenset({"by", "from"})
#: Conversations held by telephone are phone consultations ("told X by telephone").
PHONES = frozenset({"telephone", "phone", "videolink", "videoconference"})
#: Prepositions of the line a conversation is held over ("by telephone", "over the phone").
LINE_PREPS = frozenset({"by", "over"})
#: Prepositions of the party a conversation is held with ("by telephone with Putin").
CALLED_PREPS = frozenset({"with", "to"})
#: Nouns of the way a complaint is sent ("through diplomatic channels").
CHANNELS = frozenset({"channel"})
#: Prepositions of what a complaint sent "through channels" is about or aimed at.
CHANNELLED_PREPS = frozenset({"against", "over", "to", "with", "about"})
#: Verbs whose "by" names what they take on, not an agent ("would no longer abide by the
#: ruling of the Peruvian court": the court's country is the one refused).
BY_OBJECT_VERBS = frozenset({"abide"})
#: Verbs whose object is the subject of their infinitive ("prompted Baghdad to recall",
#: "forced Kenya to close"); "urged", "asked" and "ordered" are left out: what they ask
#: is their content, coded on the request itself.
OBJECT_CONTROL = frozenset({"prompt", "force", "lead", "push", "compel", "drive", "spur",
                            "cause", "persuade", "convince", "pressure", "oblige",
                            "trigger", "provoke"})
SUBJ_DEPS = frozenset({"nsubj", "csubj"})
#: A noun's dependencies as a clause's subject, active or passive.
NOUN_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJ_DEPS = frozenset({"dobj", "dative", "obj", "iobj", "attr", "oprd"})
#: Dependencies that open a clause of its own inside a noun phrase.
CLAUSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp", "conj", "appos"})
#: Where a headline's second clause or a noun's past form hangs ("after X killed in Y").
HEADLINE_CLAUSES = frozenset({"advcl", "ccomp", "conj", "acl"})
#: Verbs whose bare past form in a headline reports what was done to the subject.
HEADLINE_PASSIVES = frozenset({"arrest", "detain", "jail", "suspend", "sentence", "convict",
                               "kill", "wound", "expel", "deport", "release", "free",
                               "charge", "indict", "sue", "ban", "sanction", "abduct",
                               "kidnap", "elect", "nominate", "appoint"})


def stray_conjunct(tok: Token) -> Token | None:
    """"demanded that Mali free the soldiers and warned that it could face sanctions":
    a past or third-person verb the parser conjoins to a bare (subjunctive) verb of the
    content clause belongs to the clause above it (its governor is returned), not to the
    content."""
    head = tok.head
    speaker = speakers_conjunct(tok)
    if speaker is not None:
        return speaker
    if tok.dep_ == "conj" and tok.tag_ in ("VBD", "VBZ") and head.tag_ in ("VB", "VBP") and \
            head.dep_ in ("ccomp", "xcomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return head.head
    return gerund_conjunct(tok)


def speakers_conjunct(tok: Token) -> Token | None:
    """"U.N. investigators said the army had carried out killings and called for its
    generals to be tried", "the White House said it was deeply concerned and urged
    restraint": a past statement verb after "and", with no subject of its own, that
    the parser hangs on the reported clause (which has a subject of its own) is the
    speaker's second act; the verb of saying is returned. (An act verb there, "had
    stormed and looted", is the reported subject's; and in "A phoned B and urged him
    to ..., his office said" the attribution comes last: A urged.)"""
    head = tok.head
    while head.dep_ == "xcomp" and head.head != head:
        head = head.head  # "said X was preparing to send troops and urged": "preparing"
    if tok.dep_ != "conj" or tok.tag_ != "VBD" or head.dep_ != "ccomp" or \
            head.head.lemma_.lower() not in SPEECH_VERBS or head.head.i > head.i or \
            tok.lemma_.lower() not in statement_verbs():
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children) or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
        return None
    return head.head


def subject(tok: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """(subject token, is_agent_of_passive); climbs to controllers when the clause has none."""
    subjects = [c for c in tok.children if c.dep_ in SUBJ_DEPS]
    if subjects:
        # "UNITED NATIONS, Oct 15 (newswire) - The Council voted": a dateline parsed as a
        # second subject; the subject after the dash is the clause's
        dash = next((t.i for t in tok.doc[subjects[0].i:tok.i]
                     if t.text in ("-", "--", "\u2013", "\u2014")), None)
        after = [c for c in subjects if dash is not None and dash < c.i < tok.i]
        if not after and dash is not None:
            # "BISHKEK, October 10 - Jeenbekov's decree ... imposes": the dateline taken
            # for the subject, the real one hung on it as an apposition after the dash
            after = [t for t in subjects[0].subtree if dash < t.i < tok.i and
                     t.head.i < dash and t.dep_ == "appos"]
        return (after[0] if after else subjects[0]), False
    for c in tok.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p, True
    if depth > 4 or tok.head == tok:
        return None, False
    if tok.dep_ == "pcomp" and tok.head.lower_ in ("of", "for") and tok.head.head.pos_ == "VERB":
        # "accused Pakistan of moving troops": the accused is the mover
        obj = next((c for c in tok.head.head.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None:
            return obj, False
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in OBJECT_CONTROL and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "prompting Baghdad to recall its ambassador", "forced Kenya to close": the
        # object of the causing verb does the act, not its subject
        obj = next((c for c in tok.head.children if c.dep_ in ("dobj", "obj") and
                    c.i < tok.i), None)
        if obj is not None:
            return obj, False
    if tok.dep_ == "xcomp":
        # "Pakistan's army had been seen moving troops": the passive subject acts
        patient = next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
        if patient is not None:
            return patient, False
    if tok.dep_ == "conj" and any(c.dep_ == "nsubjpass" for c in tok.children):
        # "jets flew strikes, and 400 soldiers have been killed": a conjoined clause
        # with a passive subject of its own names no agent; the first one's subject
        # is not it
        return None, False
    governor = stray_conjunct(tok)
    if governor is not None:
        return subject(governor, depth + 1)
    if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp") or (
            tok.dep_ == "ccomp" and tok.tag_ == "VBG"):
        return subject(tok.head, depth + 1)
    if tok.dep_ == "relcl":
        # "the army, which vowed": the antecedent is the subject unless the clause has one
        return tok.head, False
    if tok.dep_ == "acl" and tok.tag_ == "VBG":
        return tok.head, False
    if tok.dep_ == "prep" or tok.dep_ == "pobj":
        return subject(tok.head, depth + 1)
    opening = aside_subject(tok)
    if opening is not None:
        return opening, False
    return None, False


#: Adverbs that may stand between an aside's closing comma and the main verb ("Macron,
#: whose country ..., also praised the agreement").
_BEFORE_VERB = frozenset({"also", "instead", "then", "later", "again", "too", "now"})


def aside_subject(tok: Token) -> Token | None:
    """"Leaders of the East African Community, meeting in Dar es Salaam on Wednesday,
    condemned the coup attempt", "Nasheed, speaking from exile, called on India to ...":
    after an aside set off by commas the parser can hang the sentence's finite verb on
    the aside (``acl``, ``dep``) and leave it no subject; the noun phrase that opens the
    sentence before the aside is its subject. Only for a finite verb right after the
    aside's closing comma, and an opening phrase with no verb of its own ("In Kabul, ..."
    or "Relations soured, when ..." open with no subject of the verb)."""
    if tok.dep_ not in ("acl", "dep") or tok.tag_ not in ("VBD", "VBZ") or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in tok.children):
        return None
    sent = tok.sent
    prev = tok.i - 1
    while prev > sent.start and tok.doc[prev].lower_ in _BEFORE_VERB:
        prev -= 1
    first = next((t.i for t in sent if t.text == ","), None)
    if tok.doc[prev].text != "," or first is None or first >= prev or tok.head.i > tok.i:
        return None
    opening = tok.doc[sent.start:first]
    if not len(opening) or any(t.pos_ in ("VERB", "AUX") for t in opening):
        return None
    return opening.root if opening.root.pos_ in ("NOUN", "PROPN") else None


def headline_coordinates(tok: Token, subj: Token | None) -> list[Token]:
    """"Russia, China launch war games", "Indonesia, rebels sign deal": a headline writes
    "and" as a comma, and the parser hangs the first name off the verb (npadvmod) or
    makes both subjects; the names before the verb, comma-separated, are its subjects."""
    if subj is None or subj.head != tok:
        return []
    out = []
    for c in tok.children:
        if c == subj or c.i >= tok.i or c.dep_ not in ("nsubj", "npadvmod") or \
                c.pos_ not in ("PROPN", "NOUN"):
            continue
        between = tok.doc[min(c.i, subj.i):max(c.i, subj.i)]
        if any(t.text == "," for t in between) and not any(t.pos_ == "VERB" for t in between):
            out.append(c)
    return sorted(out, key=lambda t: t.i)


def reduced_relative_head(subj: Token | None) -> Token | None:
    """"West African leaders meeting in Abuja gave ...": the parser makes the participle
    the subject and "leaders" its subject; the actor is the participle's own subject."""
    if subj is not None and subj.tag_ == "VBG" and subj.dep_ in SUBJ_DEPS:
        return next((c for c in subj.children if c.dep_ == "nsubj"), subj)
    return subj


def passive_patient(tok: Token) -> Token | None:
    if (inverted := inverted_patient(tok)) is not None:
        return inverted  # "Among those detained were X"
    for c in tok.children:
        if c.dep_ == "nsubjpass":
            return c
    if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "shells fired by the RSF"
        return tok.head
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "auxpass", "agent", "dobj") for c in tok.children):
        # "eight soldiers were killed and 34 wounded", "was arrested and charged": the
        # elided "were" shares the first passive's patient
        return next((c for c in tok.head.children if c.dep_ == "nsubjpass"), None)
    return None


def agentless_passive(tok: Token) -> bool:
    """A passive clause that names no agent ("the diplomats were expelled", a headline's
    "Pinochet arrested"); "was seized by militants" has one."""
    if passive_patient(tok) is None and not headline_passive(tok) and not any(
            c.dep_ == "auxpass" for c in tok.children):
        return False
    return not any(c.dep_ == "agent" for c in tok.children)


#: Verbs of naming in a free relative object ("condemned what it called aggression").
NAMING_VERBS = frozenset({"call", "describe", "term", "label", "dub", "brand"})

#: Prepositions that make "call" an appeal ("called on Beijing to stop", "called for").
APPEAL_PREPOSITIONS = frozenset({"on", "upon", "for"})


def appeal_call(tok: Token) -> bool:
    """"called on Beijing to stop its military intimidation": "call on/upon/for" asks, it
    names nothing, so a blaming noun in what is asked is no label of the speaker's. The
    preposition follows the verb at once: "called on Thursday", "called it a historic day
    for the Gulf" do label."""
    return tok.lemma_.lower() == "call" and any(
        c.dep_ in ("prep", "prt") and c.i == tok.i + 1 and c.lower_ in APPEAL_PREPOSITIONS
        and not dated_prep(c) for c in tok.children)


def objects(tok: Token) -> list[Token]:
    out = [c for c in tok.children if c.dep_ in OBJ_DEPS]
    # "seek to open talks with the EU": the PP may hang off the governing verb
    heads = [tok, tok.head] if tok.dep_ == "xcomp" else [tok]
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and (c.lower_ in TARGET_PREPS or (
                    c.lower_ == "by" and h.lemma_.lower() in BY_OBJECT_VERBS)):
                # "flights to and from Panama": the object hangs off the last preposition
                bare = not any(p.dep_ == "pobj" for p in c.children)
                out.extend(p for q in [c, *(c.conjuncts if bare else ())]
                           for p in q.children if p.dep_ == "pobj")
            if c.dep_ == "prep" and c.lower_ in LINE_PREPS:
                out.extend(_party_on(c, PHONES, CALLED_PREPS))
            if c.dep_ == "prep" and c.lower_ == "through":
                out.extend(_party_on(c, CHANNELS, CHANNELLED_PREPS))
    for c in tok.children:
        # (a verbless small clause too: "declared the ambassador persona non grata")
        if c.dep_ in ("xcomp", "ccomp") and (c.pos_ in ("VERB", "AUX") or (
                c.dep_ == "ccomp" and c.pos_ == "NOUN")):
            if c.lemma_.lower() in NAMING_VERBS and any(
                    g.lower_ == "what" and g.dep_ == "dobj" for g in c.children):
                # "condemned what he called Maduro's thugs": the thing named, not the
                # one naming it
                out.extend(g for g in c.children if g.dep_ in ("oprd", "attr", "xcomp")
                           and g.pos_ in ("NOUN", "PROPN"))
                continue
            # "let UN convoys use", "demanded that the RSF end": the subject of the
            # complement clause is who the act is aimed at
            out.extend(g for g in c.children if g.dep_ in ("nsubj", "nsubjpass"))
    return out


def _party_on(prep: Token, nouns: frozenset[str], preps: frozenset[str]) -> list[Token]:
    """The objects of ``preps`` hung on a ``nouns`` object of ``prep``: "spoke by
    telephone with Putin", "protested through diplomatic channels against Japan's
    decision". The parse may hang the party on the phone or channel noun instead of the
    verb; it is still the verb's."""
    return [p for way in prep.children
            if way.dep_ == "pobj" and way.lemma_.lower() in nouns
            for c in way.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


def speech_context(tok: Token) -> Token | None:
    """The speech verb whose reported clause contains ``tok``, if any."""
    cur = tok
    for _ in range(8):
        if cur.head == cur:
            return None
        if cur.dep_ in ("ccomp", "parataxis") and cur.head.lemma_.lower() in SPEECH_VERBS:
            return cur.head
        cur = cur.head
    return None


def headline_passive(tok: Token) -> bool:
    """A bare past form with a subject and no object or auxiliary, in a headline
    ("Pinochet arrested", "Four players suspended"), is a passive; so is one in a
    headline's second clause ("... after Americans killed in Matamoros", "Leader killed
    in Tehran; Iran vows revenge") or hung on its noun ("Indian man killed as police
    clear a bridge"): headline-ese drops "were" there too, and the noun is the victim."""
    if tok.tag_ not in ("VBN", "VBD") or tok.lemma_.lower() not in HEADLINE_PASSIVES:
        return False
    if tok.dep_ != "ROOT" and not (tok.dep_ in HEADLINE_CLAUSES and on_title_line(tok)):
        return False
    return not any(c.dep_ in ("dobj", "aux", "auxpass", "obj") for c in tok.children)


def clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a predicate adjective or modal verb heads."""
    for t in (tok, tok.head):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
                return c
    return None


def title_span(doc: Doc, title_sentences: int) -> Span:
    """The headline's sentences (``AnnotatedArticle.title_sentences`` of them; empty
    without a headline)."""
    sents = list(doc.sents)
    end = sents[title_sentences - 1].end if 0 < title_sentences <= len(sents) else 0
    return doc[:end]


def phrase_text(tok: Token) -> str:
    """The text of the phrase ``tok`` heads (its subtree, left edge to right edge)."""
    return tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text


def compound_name(tok: Token, *, tag: str | None = None, pos: str | None = None) -> str:
    """The whole name a noun heads with its compound words, in text order ("John Smith",
    "Central African Republic"); with ``tag`` or ``pos``, only compound words of that tag
    ("NNP") or part of speech ("PROPN")."""
    words = [tok, *(c for c in tok.children if c.dep_ == "compound" and
                    (tag is None or c.tag_ == tag) and (pos is None or c.pos_ == pos))]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def dated_prep(prep: Token, *, object_only: bool = False) -> bool:
    """"on Sunday", "at noon": a preposition whose object is a date or time tells when,
    not whom ("called on Thursday" is no "call on"). By default any child counts;
    ``object_only`` looks at the prepositional object alone."""
    return any(c.ent_type_ in ("DATE", "TIME") for c in prep.children
               if not object_only or c.dep_ == "pobj")


def has_neg(tok: Token) -> bool:
    """A negation on the token itself ("did not violate", "never said")."""
    return any(c.dep_ == "neg" for c in tok.children)


def no_longer(tok: Token) -> bool:
    """"would no longer abide by", "will no longer allow": "no" hangs on "longer", not on
    the verb."""
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in tok.children)


def segments(doc: Doc) -> list[Span]:
    """spaCy sentences, split again at line breaks: a title, standfirst, caption or
    paragraph never shares a sentence with the next line (the parser sometimes joins them)."""
    out: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for tok in sent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i + (0 if tok.is_space else 1)
                if end > start:
                    out.append(doc[start:end])
                start = tok.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return _rejoin([s for s in out if s.text.strip()])


#: Marks that may end a sentence; a segment ending in anything else was cut mid-sentence.
SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "'", "\u201d", "\u2019", ")"})


def _rejoin(segs: list[Span]) -> list[Span]:
    """Rejoin a sentence the parser cut in two on one line: "Greece | and Macedonia
    signed an agreement", "... stop selling holidays there | , the Kremlin said." The
    first piece ends without a sentence-final mark and the second starts in lower case
    or with a comma, so the cut is no sentence boundary (the actors or the speaker of
    the event are on the other side of it)."""
    out: list[Span] = []
    # Doc.text joins every token anew on each access: read it once, not once per segment
    text = doc_text(segs[0].doc) if segs else ""
    for seg in segs:
        prev = out[-1] if out else None
        if prev is not None and "\n" not in text[prev.end_char:seg.start_char] \
                and prev[-1].text not in SENTENCE_ENDS and _continues(prev, seg):
            out[-1] = prev.doc[prev.start:seg.end]
            continue
        out.append(seg)
    return out


#: Marks that end a dateline ("BEIRUT (agency) -"): the extractor reads it on its own.
DATELINE_ENDS = frozenset({"-", "\u2013", "\u2014", "/"})


def _continues(prev: Span, seg: Span) -> bool:
    """Whether ``seg`` goes on the sentence ``prev`` was cut from: it starts in lower case
    or with a comma, or ``prev`` ends in a word that cannot end a sentence of wire text.
    The parser also cuts inside names and before them ("summoned the ambassador Thit Linn
    | Ohn late on Friday", "India and | Pakistan put off talks", "U.S. | President Donald
    Trump said"); a piece that ends in a word, not a mark, and runs on on the same line is
    never a whole sentence (a dateline's dash, and an abbreviation's full stop, "5 a.m.",
    may still end one)."""
    first = seg.text.lstrip()[:1]
    if first == "," or first.islower():
        return True
    last = prev[-1].text
    if last.endswith("."):
        return len(prev) == 1 and last[:1].isupper()
    return last not in DATELINE_ENDS and first.isalnum()


def sentences_before(sent: Span, reach: int) -> Iterator[Span]:
    """The at most ``reach`` sentences just before ``sent``, nearest first."""
    at = sent.start
    for _ in range(reach):
        if at == 0:
            return
        before = sent.doc[at - 1].sent
        yield before
        at = before.start


#: Prepositions that place talks as the run-up or setting of another act ("signed after
#: two weeks of talks", "announced the deal at the close of a week of talks").
TALKS_SETTING = frozenset({"after", "following", "at", "during"})


def talks_behind(tok: Token) -> list[Token]:
    """The act a nominal meeting is the run-up or setting of ("the truce was signed after
    two weeks of talks", "secured their release after lengthy negotiations"): the verb
    the "after"/"at" phrase hangs on and its object ("announced the deal"), whose parties
    are the parties of the talks. Empty when the noun is no such adjunct."""
    cur = tok
    seen_setting = False
    for _ in range(6):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            return []
        prep = cur.head
        if prep.lower_ in TALKS_SETTING:
            seen_setting = True
        elif prep.lower_ != "of":
            return []
        holder = prep.head
        if holder.pos_ in ("VERB", "AUX"):
            if not seen_setting:
                return []
            return [holder, *(c for c in holder.children
                              if c.dep_ in ("dobj", "nsubjpass"))]
        cur = holder  # "a week of talks", "the close of ... talks": up through the noun
    return []


#: Words by which a speaker names itself ("we", "its").
SELF_WORDS = frozenset({"we", "i", "it", "its", "our", "my"})


def doer(clause: Token) -> Token | None:
    """Who does what a clause tells: its active subject, or a passive's agent ("had been
    poisoned by agents of X"); a passive's subject suffers the act ("saying the two
    Americans had been detained" blames no American)."""
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is not None:
        return subj
    return next((p for c in clause.children if c.dep_ == "agent"
                 for p in c.children if p.dep_ == "pobj"), None)


def climbed_subject(tok: Token, *, deps: frozenset[str] = frozenset({"nsubj"}),
                    links: frozenset[str] = frozenset(), steps: int = 1,
                    onto: str | None = None) -> Token | None:
    """The nearest subject (a child by one of ``deps``) of ``tok``, or of the word it
    hangs on by one of ``links``, climbing at most ``steps`` times and, with ``onto``,
    only onto that lemma ("began leaving": who began; "make you pay": "you"). Narrower
    than ``subject`` on purpose: no controllers, antecedents or passive agents."""
    cur = tok
    for _ in range(steps + 1):
        subj = next((c for c in cur.children if c.dep_ in deps), None)
        if subj is not None:
            return subj
        if cur.dep_ not in links or cur.head.i == cur.i or (
                onto is not None and cur.head.lemma_.lower() != onto):
            return None
        cur = cur.head
    return None


def conjoined(tok: Token) -> list[Token]:
    """The words joined to ``tok`` by a conjunction, nearest first: the word it is the
    conjunct of, its own conjuncts, and that word's other conjuncts ("criticised the law
    and urged Lithuania": each of the two verbs gives the other)."""
    heads = [tok.head] if tok.dep_ == "conj" and tok.head.i != tok.i else []
    near = [c for c in tok.children if c.dep_ == "conj"]
    for h in heads:
        near += [c for c in h.children if c.dep_ == "conj" and c.i != tok.i]
    return heads + near
