"""Shared helpers for the coder's specification tests."""

from __future__ import annotations

from typing import Any

#: A short wire story with events of many types, for the learned filter's tests.
STORY = (
    "Russia and Ukraine swap prisoners after talks in Istanbul\n\n"
    "Russia and Ukraine exchanged 390 prisoners on Friday, a day after their delegations "
    "met in Istanbul for a third round of talks. Ukraine's foreign minister said Kyiv "
    "would ask Moscow to release more civilians and accused Russia of shelling Kharkiv "
    "overnight. Russia denied the charge and said its forces had struck military targets. "
    "The European Union welcomed the exchange and urged both sides to agree a ceasefire, "
    "while Turkey offered to host another round of negotiations next month."
)


def triples(out: Any) -> set[tuple[str, str | None, str | None]]:
    """(type, source, target) of every event; an actor is its country, else its role."""
    return {(e.type, e.source and (e.source.country or e.source.role),
             e.target and (e.target.country or e.target.role)) for e in out.events}


def pairs(out: Any) -> set[tuple[str | None, str | None]]:
    """(source, target) of every event; an actor is its country, else its role."""
    return {(e.source and (e.source.country or e.source.role),
             e.target and (e.target.country or e.target.role)) for e in out.events}


def typed_pairs(out: Any, kind: str) -> set[tuple[str | None, str | None]]:
    """(source, target) of every event of PLOVER type ``kind``, as ``triples`` reads them."""
    return {(s, t) for ty, s, t in triples(out) if ty == kind}


def event_types(out: Any) -> set[str]:
    """The PLOVER types of every event."""
    return {e.type for e in out.events}


def sources_in(out: Any, words: str) -> set[str | None]:
    """The source of each event told in the sentence containing ``words``: its country,
    else its role (None when the event has no source)."""
    return {e.source and (e.source.country or e.source.role)
            for e in out.events if words in e.evidence.sentence}


def pairs_in(out: Any, words: str) -> set[tuple[str | None, str | None]]:
    """(source, target) countries of the events told in the sentence containing ``words``."""
    return {(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if words in e.evidence.sentence}


def dates_by_trigger(out: Any, trigger: str) -> set[str | None]:
    """The dates of the events whose trigger phrase contains ``trigger``."""
    return {e.date for e in out.events if trigger in (e.trigger or "")}


def dates_by_type(out: Any, kind: str) -> set[str | None]:
    """The dates of the events of PLOVER type ``kind``."""
    return {e.date for e in out.events if e.type == kind}


def readings(nlp: Any, text: str) -> dict[str, str]:
    """Trigger word -> the event type its screened reading gives (screened-out ones left
    out), for every sentence of ``text``: typing without actors."""
    from pipeline.event_filters import screen
    from pipeline.triggers import find_triggers

    out = {}
    for sent in nlp(text).sents:
        triggers = find_triggers(sent)
        verbal = {t.token.i: t.sense.type for t in triggers if not t.nominal}
        for t in triggers:
            r = screen(t, triggers, verbal, unaccused=frozenset())
            if r is not None:
                out[t.token.text] = r.event_type
    return out


def parsed_before(nlp: Any, text: str, pipe: str) -> Any:
    """``text`` through ``nlp``'s pipeline up to (not including) the component ``pipe``."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == pipe:
            return doc
        doc = proc(doc)
    raise AssertionError(f"no {pipe} in the pipeline")


def story_parties(nlp: Any, title: str, body: str, year: int = 2024
                  ) -> tuple[str | None, Any]:
    """(focus country, pair) that story_parties.focus_countries gives a made-up story
    published on 1 March of ``year``."""
    from pipeline.annotate import annotate_batch, to_doc
    from pipeline.ids import content_hash
    from pipeline.story_parties import focus_countries
    from schemas import CleanArticle

    full = f"{title}\n\n{body}"
    clean = CleanArticle(article_id="ar_test", title=title, text=full, url=None,
                         canonical_url=None, source=None, published=f"{year}-03-01",
                         language="en", content_hash=content_hash(full),
                         word_count=len(full.split()))
    ann = annotate_batch([clean], nlp)[0]
    return focus_countries(to_doc(ann, nlp.vocab), ann.title_sentences, year)
