"""Extract stage: PLOVER event coding over the stored spaCy parse.

Per sentence (``pipeline.syntax.segments``): find verbal/nominal triggers
(``pipeline.triggers``), keep the mentions that report an event of their own
(``pipeline.event_filters``), attach source and target from the syntax and the story
(``pipeline.arguments``, resolved by ``pipeline.actors``), set modality
(``pipeline.modality``) and the date, quantities, place and quote
(``pipeline.qualifiers``), and emit one event per (sentence, type, actor pair).
Reported speech: the speaker is metadata and the event's actors come from the reported
clause. Sentences with a trigger that yields no event are counted in
``uncoded_sentences``; the only fallback is ``pipeline.actor_fallback`` (a state decree
or agentless repression that names no doer is the story state's).
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from pipeline.actor_host import host_target
from pipeline.actor_ranker import ActorChooser
from pipeline.annotate import to_doc
from pipeline.arguments import ArgumentFinder
from pipeline.deal_terms import terms_reading
from pipeline.doc_views import forget_views, span_text
from pipeline.domains import off_topic
from pipeline.drawn_reactions import drawn_triggers
from pipeline.drop_filter import Facts, event_facts, rows
from pipeline.ellipted_acts import ellipted_copies
from pipeline.event_confidence import confidence
from pipeline.event_dates import DateState, event_date, note_date, published_day
from pipeline.event_detector import SentenceDetector, sentence_features
from pipeline.event_filters import screen
from pipeline.event_pairs import domestic_exchange
from pipeline.event_places import trigger_location
from pipeline.filter_confidence import Judge, ScoringJudge
from pipeline.guessed_counterparts import guessed_counterpart
from pipeline.headline_passives import TITLE_END
from pipeline.ids import event_id_for
from pipeline.justified_acts import JUSTIFICATION, reason_accusations
from pipeline.lead_days import date_lead_events
from pipeline.learned_pairs import DETECTED, detected_pair, ranked_pair
from pipeline.modality import is_negated, modality_for
from pipeline.qualifiers import (
    DATELINE,
    DATELINE_TAIL,
    entities,
    quote,
    sentence_quantities,
    story_dateline,
)
from pipeline.reported_charges import REPORTED_CHARGE, reported_charges
from pipeline.reported_instigation import (
    INSTIGATION,
    teller_verb,
)
from pipeline.syntax import (
    passive_patient,
    reduced_relative_head,
    segments,
    subject,
    title_span,
)
from pipeline.told_rereads import own_breaches, read_instigations, reported_speaker
from pipeline.trigger_lexicon import Sense
from pipeline.trigger_readings import read_trigger
from pipeline.triggers import Trigger, find_triggers
from pipeline.unnamed_sides import unnamed_other_side
from schemas import (
    Actor,
    AnnotatedArticle,
    ArticleRef,
    Event,
    Evidence,
    ExtractedArticle,
    PipelineInfo,
    Speaker,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token
    from spacy.vocab import Vocab


__all__ = ["extract", "segments"]

log = logging.getLogger(__name__)




@dataclass(frozen=True, slots=True)
class _ArticleContext:
    """What every event of the article shares. ``dates`` is the one ``DateState`` the
    article's sentences carry forward (mutated as events are dated, never replaced)."""

    ref: ArticleRef
    info: PipelineInfo
    published: date | None
    dates: DateState
    max_events: int
    ranker: ActorChooser | None = None  # the learned choice of source and target
    #: told instigations that accuse no one (``told_rereads.read_instigations``): the acts
    #: they order stay events (``pipeline.event_filters.screen``)
    unaccused: set[int] = dataclasses.field(default_factory=set)
    #: the learned drop filter (``pipeline.drop_filter``) and, where it is asked, what
    #: the coder knew of each event it emitted (by event id; never in the output)
    judge: Judge | None = None
    facts: dict[str, Facts] = dataclasses.field(default_factory=dict)
    sentences: int = 0  # the article's sentence count


@dataclass(frozen=True, slots=True)
class _SentenceContext:
    """What the triggers of one sentence share: where it is, its other triggers (a
    trigger's reading depends on them) and the story's dateline."""

    article: _ArticleContext
    index: int
    span: Span
    triggers: list[Trigger]
    verbal_types: dict[int, str]
    dateline: str | None
    is_title: bool  # a sentence of the headline
    #: trigger token index -> the actor pairs coded for it so far (talks behind an act
    #: take that act's parties)
    coded: dict[int, list[tuple[Actor | None, Actor | None]]] = dataclasses.field(
        default_factory=dict)
    #: trigger token index -> the types coded for it (a hostile act's stated reason is
    #: an accusation beside it: ``pipeline.justified_acts``)
    coded_types: dict[int, set[str]] = dataclasses.field(default_factory=dict)
    #: trigger token index -> why the rules coded no event for it ("screened": no event
    #: by the filters; "unattached": no actors; "filtered": a pair within one country)
    dropped: dict[int, str] = dataclasses.field(default_factory=dict)


def extract(annotated: AnnotatedArticle, *, vocab: Vocab, version: str, now: datetime,
            max_events: int = 200, detector: SentenceDetector | None = None,
            ranker: ActorChooser | None = None, judge: Judge | None = None,
            screen_off_topic: bool = True) -> ExtractedArticle:
    """Code an annotated article into PLOVER events (unenriched).

    ``detector``: the learned sentence detector that adds the types the rules missed
    (``pipeline.event_detector``), ``ranker``: the learned choice of source and target
    (``pipeline.actor_ranker``); None (the default) for the rules alone.
    ``judge``: the learned drop filter (``pipeline.drop_filter``, with its calibrated
    confidence: ``pipeline.filter_confidence``): the events it drops are counted in
    ``filtered_events``. ``pipeline.event_detector.learned_models`` gives all three as
    the settings ask.
    ``screen_off_topic`` (the setting of that name): a sport, entertainment or tech story
    (``pipeline.domains``) emits no events; they are counted in ``screened_events``."""
    doc = to_doc(annotated, vocab)
    try:
        coded = _code_doc(annotated, doc, version=version, now=now, max_events=max_events,
                          detector=detector, ranker=ranker, judge=judge)
    finally:
        # the cached views (pipeline.doc_views) point back at the doc: dropped however
        # coding ends, so an article whose coding raises is freed by refcounting too
        forget_views(doc)
    # (the clean text opens with the title)
    domain = off_topic(annotated.article.text) if screen_off_topic else None
    if domain is None:
        return coded
    # coded all the same, so the record can say how many events the screen held back
    return dataclasses.replace(coded, events=[], off_topic=domain,
                               screened_events=len(coded.events))


def _code_doc(annotated: AnnotatedArticle, doc: Doc, *, version: str, now: datetime,
              max_events: int, detector: SentenceDetector | None,
              ranker: ActorChooser | None, judge: Judge | None) -> ExtractedArticle:
    """``extract`` on the doc rebuilt from the annotation."""
    art = annotated.article
    finder = ArgumentFinder(annotated, doc)
    published = published_day(art.published)
    ref = ArticleRef(article_id=art.article_id, url=art.url, title=art.title, source=art.source,
                     published=art.published, language=art.language)
    info = PipelineInfo(version=version, extracted_at=now.isoformat().replace("+00:00", "Z"))
    events: list[Event] = []
    seen: set[tuple[int, str, str | None, str | None]] = set()
    uncoded = 0
    coding_errors = 0
    truncated = False
    segs = segments(doc)
    dateline = story_dateline(segs)
    title = title_span(doc, annotated.title_sentences)
    doc.user_data[TITLE_END] = title.end_char  # (pipeline.headline_passives)
    # Without a feed date, relative phrases are anchored on the first full date of the
    # article's opening lines (dateline, photo caption).
    fallback = None if published is not None else " ".join(s.text for s in segs[:6])
    state = DateState(fallback=fallback)
    article = _ArticleContext(ref=ref, info=info, published=published, dates=state,
                              max_events=max_events, ranker=ranker, judge=judge,
                              sentences=len(segs))
    for si, sent in enumerate(segs):
        # (a dateline's city can end up in the headline's segment: ", Aug 13 (agency) -")
        text = span_text(sent)
        m = DATELINE.match(text) or (DATELINE_TAIL.match(text) if si < 3 else None)
        if m:
            # (the story's dateline city was read once, before the loop: story_dateline)
            # "TBILISI, Dec 1 — Riot police fired": the dateline is neither subject nor
            # part of the event's sentence
            body = [t for t in sent if t.idx >= sent.start_char + m.end() and not t.is_space]
            if body:
                sent = doc[body[0].i:sent.end]
        finder.segment = sent
        finder.resolver.register_persons(sent)
        question = span_text(sent).rstrip().endswith("?")
        finder.sentence_triggers = find_triggers(sent) if not question else []
        triggers = drawn_triggers(sent, finder.sentence_triggers) if not question else []
        triggers = own_breaches(finder, read_instigations(finder, triggers, article.unaccused))
        sent_events = 0
        first_event = len(events)
        # Subjects of this sentence's root become the antecedent of later pronouns.
        root_subj = _topic(sent.root)
        if root_subj is not None and not sent.start <= root_subj.i < sent.end:
            root_subj = None
        ctx = _SentenceContext(
            article=article, index=si, span=sent, triggers=triggers,
            verbal_types={t.token.i: t.sense.type for t in triggers if not t.nominal},
            dateline=dateline, is_title=sent.start < title.end)
        for trig in triggers:
            try:
                full = _code_trigger(finder, trig, ctx, events, seen)
            except Exception:
                # A bug in one rule must not cost the article's other events: this
                # trigger is counted (ArticleRecord.coding_errors) and logged with its
                # traceback, the rest is coded. (A RecursionError in pronoun resolution
                # once sent whole articles to the dead-letter topic.)
                coding_errors += 1
                log.exception("extract: coding %r in sentence %d of %s failed",
                              trig.token.text, si, art.article_id)
                continue
            sent_events += full.added
            if full.truncated:
                truncated = True
                break
        if not truncated:
            sent_events += _code_reasons(finder, ctx, events, seen)
            sent_events += _code_ellipses(finder, ctx, events, first_event, seen)
        if len(events) - first_event > 1:
            # "RSF shelling kills 20", "an attack ... which killed 1,200": one act named
            # twice; the mention without an actor adds nothing
            mine = events[first_event:]
            keep = [e for e in mine if e.source is not None or not any(
                o.type == e.type and o.source is not None for o in mine)]
            events[first_event:] = keep
        if detector is not None and not truncated and \
                not span_text(sent).rstrip().endswith("?"):
            try:
                with finder.resolver.kept_memory():
                    added = _detected_events(finder, detector, ctx,
                                             events[first_event:], seen,
                                             is_title=ctx.is_title)
            except Exception:
                # as a failing rule: counted and logged, the article's other events stand
                coding_errors += 1
                log.exception("extract: the learned detector failed in sentence %d of %s",
                              si, art.article_id)
                added = []
            room = max_events - len(events)
            events.extend(added[:room])
            sent_events += len(added[:room])
            truncated = len(added) > room
        if triggers and not sent_events:
            uncoded += 1
        if not sent_events:
            note_date(sent, published, state)
        if root_subj is not None:
            for a in finder.resolver.resolve(root_subj)[:1]:
                finder.resolver.remember(a)
    # the headline's and lead's undated events take their days from the body
    events = date_lead_events(events, title.end_char, state, published=published)
    filtered = 0
    if judge is not None:
        try:
            kept = _judged(events, judge, article.facts)
        except Exception:
            # as a failing rule: counted and logged, the rules' events stand unfiltered
            coding_errors += 1
            log.exception("extract: the learned drop filter failed in %s", art.article_id)
            kept = events
        filtered, events = len(events) - len(kept), kept
    persons, orgs, places = entities(doc)
    return ExtractedArticle(article=art, events=events, persons=persons, organizations=orgs,
                            places=places, uncoded_sentences=uncoded, truncated=truncated,
                            coding_errors=coding_errors, filtered_events=filtered)


def _judged(events: list[Event], judge: Judge, facts: dict[str, Facts]
            ) -> list[Event]:
    """The events the learned drop filter keeps (``pipeline.drop_filter``): each is
    described beside the other events of its sentence. A judge that scores them too
    (``pipeline.filter_confidence``) gives each its confidence."""
    known = [facts[e.event_id] for e in events]
    described = rows(known)
    if isinstance(judge, ScoringJudge):
        # the filter's calibrated probability replaces the shape's measured precision
        return [dataclasses.replace(e, confidence=c) for e, (kept, c) in
                zip(events, judge.judged(described), strict=True) if kept]
    keep = judge.keep(described, known)
    return [e for e, kept in zip(events, keep, strict=True) if kept]


def _topic(root: Token) -> Token | None:
    """The phrase a sentence is about, for later pronouns to take up: its root's
    subject, or in a passive root the one it is done to ("Perez was arrested in May.
    A court sentenced him": "him" is Perez, not the last active speaker)."""
    subj = reduced_relative_head(subject(root)[0])
    if subj is None:
        subj = passive_patient(root)
        if subj is not None and subj.head != root:
            subj = None  # only the root's own subject (no participle's head noun)
    return subj


def _detected_events(finder: ArgumentFinder, detector: SentenceDetector,
                     ctx: _SentenceContext, coded: list[Event],
                     seen: set[tuple[int, str, str | None, str | None]], *, is_title: bool
                     ) -> list[Event]:
    """The events of the types the learned detector reads in the sentence that the rules
    did not code (``pipeline.event_detector``), with the pair of
    ``pipeline.learned_pairs``."""
    sent = ctx.span
    types = {e.type for e in coded}
    dropped = [(t, ctx.dropped[t.token.i]) for t in ctx.triggers if t.token.i in ctx.dropped]
    features = sentence_features(sent, ctx.triggers, types, dropped, is_title=is_title)
    candidates = {t.sense.type for t, _ in dropped} - types
    out: list[Event] = []
    for event_type, measured in detector.missing_types(sent, features, types, candidates):
        # the trigger the rules dropped anchors actors, modality, date and place
        found = next(t for t, _ in dropped if t.sense.type == event_type)
        trig = Trigger(found.token, Sense(event_type, found.sense.mode,
                                          f"{DETECTED} {found.sense.phrase}"),
                       nominal=found.nominal, light=found.light)
        speaker = reported_speaker(finder, trig)
        src, tgt = detected_pair(finder, sent, [(e.source, e.target) for e in coded])
        if ctx.article.ranker is not None:
            src, tgt = ranked_pair(ctx.article.ranker, finder, sent, trig.token, event_type,
                                   (src, tgt), speaker, ctx.dateline, own=True)
        if src is None:
            continue  # no party to name: an event nobody does is no event
        if domestic_exchange(trig, event_type, src, tgt):
            continue
        key = (ctx.index, event_type, src.country, tgt.country if tgt else None)
        if key in seen:
            continue
        seen.add(key)
        modality = modality_for(trig.token, event_type, negated=is_negated(trig.token))
        event = _event(ctx, trig, event_type, modality, src, tgt, speaker)
        out.append(dataclasses.replace(event, confidence=measured))
    return out


def _code_reasons(finder: ArgumentFinder, ctx: _SentenceContext, events: list[Event],
                  seen: set[tuple[int, str, str | None, str | None]]) -> int:
    """The accusations in the reasons given for the sentence's coded hostile acts
    ("expelled 15 diplomats, saying Havana had failed to protect its staff": the
    expeller accuses Cuba; ``pipeline.justified_acts``) and the charges in their reports
    ("Nepal said the group had attacked its officers"; ``pipeline.reported_charges``).
    Returns how many were added."""
    added = 0
    doc = ctx.span.doc
    found = [(act, src, tgt, JUSTIFICATION) for act, src, tgt in
             reason_accusations(finder, doc, ctx.coded, ctx.coded_types)]
    found += [(said, src, tgt, REPORTED_CHARGE) for said, src, tgt in
              reported_charges(finder, doc, ctx.coded, ctx.coded_types)]
    for act, src, tgt, sense in found:
        key = (ctx.index, "ACCUSE", src.country, tgt.country)
        if key in seen or len(events) >= ctx.article.max_events:
            continue
        seen.add(key)
        # (dated and placed by the act it is given with, or for a reported charge by the
        # speech verb: one statement)
        trig = Trigger(act, sense, nominal=False)
        events.append(_event(ctx, trig, "ACCUSE", "asserted", src, tgt, None))
        added += 1
    return added


def _code_ellipses(finder: ArgumentFinder, ctx: _SentenceContext, events: list[Event],
                   first: int, seen: set[tuple[int, str, str | None, str | None]]) -> int:
    """The acts a "did" clause repeats for a further doer ("..., as did the Arab League":
    ``pipeline.ellipted_acts``). Returns how many were added."""
    added = 0
    for ev, src, trig in ellipted_copies(finder.resolver, ctx.span, ctx.triggers,
                                         ctx.coded, events[first:]):
        key = (ctx.index, ev.type, src.country, ev.target.country if ev.target else None)
        if key in seen or len(events) >= ctx.article.max_events:
            continue
        seen.add(key)
        events.append(_event(ctx, trig, ev.type, ev.modality, src, ev.target, None))
        added += 1
    return added


@dataclass
class _Coded:
    added: int = 0  # events appended for the trigger
    truncated: bool = False  # max_events reached


def _code_trigger(finder: ArgumentFinder, trig: Trigger, ctx: _SentenceContext,
                  events: list[Event], seen: set[tuple[int, str, str | None, str | None]]
                  ) -> _Coded:
    """Code one trigger into ``events`` (one event per actor pair not in ``seen``)."""
    done = _Coded()
    reading = screen(trig, ctx.triggers, ctx.verbal_types,
                     unaccused=ctx.article.unaccused) or terms_reading(trig)
    if reading is None:
        ctx.dropped[trig.token.i] = "screened"
        return done
    speaker = reported_speaker(finder, trig)
    found = read_trigger(finder, trig, reading, speaker, ctx.coded)
    if found is None:
        ctx.dropped[trig.token.i] = "unattached"
        return done
    event_type, modality, pairs = found
    for src, tgt in pairs:
        # "French jets hit camps around Gao": the host country, not France itself
        tgt = host_target(ctx.span, trig, event_type, src, tgt, ctx.dateline)
        if ctx.article.ranker is not None and ctx.article.ranker.replaces_rules and \
                len(pairs) == 1:
            src, tgt = ranked_pair(ctx.article.ranker, finder, ctx.span, trig.token,
                                   event_type, (src, tgt), speaker, ctx.dateline)
        if tgt is not None and src is not None and tgt.country == src.country and \
                unnamed_other_side(trig):
            tgt = None  # "Kosovo's status is not up for negotiation": never Serbia itself
        domestic = domestic_exchange(trig, event_type, src, tgt)
        if domestic and src is not None and tgt is not None and (moved := guessed_counterpart(
                finder.resolver, event_type, src, tgt)) is not None:
            # "Salvini was ready to meet Macron": the guessed one is the other side
            src, tgt = moved
            domestic = domestic_exchange(trig, event_type, src, tgt)
        if domestic:
            # "he talks to the Assistant Secretary": a domestic exchange
            ctx.dropped.setdefault(trig.token.i, "filtered")
            continue
        key = (ctx.index, event_type, src.country if src else None, tgt.country if tgt else None)
        if key in seen:
            continue
        seen.add(key)
        ctx.coded.setdefault(trig.token.i, []).append((src, tgt))
        ctx.coded_types.setdefault(trig.token.i, set()).add(event_type)
        if len(events) >= ctx.article.max_events:
            done.truncated = True
            break
        events.append(_event(ctx, trig, event_type, modality, src, tgt, speaker))
        done.added += 1
    if done.added:
        ctx.dropped.pop(trig.token.i, None)
    return done


def _event(ctx: _SentenceContext, trig: Trigger, event_type: str, modality: str,
           src: Actor | None, tgt: Actor | None, speaker: Actor | None) -> Event:
    tok, sent, si, art = trig.token, ctx.span, ctx.index, ctx.article
    # a told instigation is the teller's accusation: it is dated by the telling ("ruled on
    # Monday that the killing was ordered by ..."), not by the act told
    told = teller_verb(tok) if trig.sense == INSTIGATION else None
    day, date_text, precision, borrowed = event_date(sent, told or tok, art.published,
                                                    art.dates, kind=event_type)
    location = trigger_location(sent, tok, event_type, src, tgt, ctx.dateline)
    pair = f"{src.country if src else ''}>{tgt.country if tgt else ''}"
    event_id = event_id_for(art.ref.article_id, si, f"{event_type}:{pair}", tok.idx,
                            art.info.version)
    if borrowed:
        art.dates.borrowed.add(event_id)
    if art.judge is not None:
        art.facts[event_id] = event_facts(trig, sent, si, event_type, modality, src, tgt,
                                          speaker, event_id=event_id, is_title=ctx.is_title,
                                          article_sentences=art.sentences)
    return Event(
        event_id=event_id,
        type=event_type,
        mode=trig.sense.mode if trig.sense.type == event_type else None,
        modality=modality,
        source=src,
        target=tgt,
        evidence=Evidence(sentence=span_text(sent), sentence_index=si, start=sent.start_char,
                          end=sent.end_char),
        article=art.ref,
        pipeline=art.info,
        trigger=trig.sense.phrase,
        location=location,
        quantities=sentence_quantities(sent),
        date=day,
        date_text=date_text,
        date_precision=precision,
        speaker=Speaker(name=speaker.name or speaker.text, country=speaker.country,
                        role=speaker.role) if speaker is not None else None,
        quote=quote(sent, tok),
        confidence=confidence(trig, src, tgt),
    )
