"""The coder keeps ``pipeline.doc_views``'s invariant: a doc's entities are cached on the
first read, so ``doc.ents`` must never be assigned after it (the cache would go stale),
and the cached views are dropped however extract ends (they point back at the doc).

spaCy's ``Doc`` is an extension type whose ``ents`` setter cannot be patched, so the doc
extract codes gets a ``user_data`` that compares the cached entities with ``doc.ents``
each time the cache is read or dropped."""

from __future__ import annotations

import weakref
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from spacy.tokens import Doc

import pipeline.extract as extract_module
from agents.resources import detect_language
from pipeline.annotate import annotate_batch
from pipeline.article_files import from_mapping
from pipeline.doc_views import _ENTS, _TEXT
from pipeline.evaluate import load_gold
from pipeline.normalize import normalize
from schemas import AnnotatedArticle

GOLD = Path(__file__).parents[1] / "data" / "gold"
#: a few gold articles with many entities and events (agencies, states, people, places)
ARTICLES = ("ethiopia-eritrea-end-war-2018", "iran-drone-missile-attack-israel-2024",
            "mh17-downed-eastern-ukraine-blame-2014")


def _triples(ents: Any) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label_) for e in ents]


class _WatchedViews(dict[str, Any]):
    """A doc's ``user_data`` that notes each read of the cached entities that no longer
    match ``doc.ents`` (a ``doc.ents =`` after the cache was filled). The notes are kept,
    not raised: extract logs and survives an exception in a rule."""

    def __init__(self, doc: Doc) -> None:
        super().__init__(doc.user_data)
        self._doc = weakref.ref(doc)  # no cycle: the doc must still be freed by refcounting
        self.reads = 0
        self.stale: list[str] = []

    def _check(self, key: str, value: Any, how: str) -> None:
        doc = self._doc()
        if key != _ENTS or value is None or doc is None:
            return
        self.reads += 1
        if _triples(value) != _triples(doc.ents):
            self.stale.append(how)

    def get(self, key: str, default: Any = None) -> Any:
        value = super().get(key, default)
        self._check(key, value, "read")
        return value

    def pop(self, key: str, *default: Any) -> Any:
        value = super().pop(key, *default)
        self._check(key, value, "dropped")
        return value


@pytest.fixture(scope="module")
def annotated(nlp: Any) -> list[AnnotatedArticle]:
    docs = [d for d in load_gold(GOLD) if d["id"] in ARTICLES]
    assert len(docs) == len(ARTICLES)
    return annotate_batch([normalize(from_mapping(d["article"]), detect_language=detect_language,
                                     max_chars=200_000) for d in docs], nlp)


def _watch(monkeypatch: pytest.MonkeyPatch) -> tuple[list[_WatchedViews], list[Doc]]:
    """The watchers and docs of every doc extract builds from here on (kept by the caller,
    so they outlive an exception in extract)."""
    watchers: list[_WatchedViews] = []
    docs: list[Doc] = []
    to_doc = extract_module.to_doc

    def watched_doc(annotated: AnnotatedArticle, vocab: Any) -> Doc:
        doc = to_doc(annotated, vocab)  # ("doc.ents =" here comes before any cached read)
        doc.user_data = _WatchedViews(doc)
        watchers.append(doc.user_data)
        docs.append(doc)
        return doc

    monkeypatch.setattr(extract_module, "to_doc", watched_doc)
    return watchers, docs


def _extract(nlp: Any, art: AnnotatedArticle) -> None:
    extract_module.extract(art, vocab=nlp.vocab, version="test",
                           now=datetime(2026, 1, 1, tzinfo=UTC))


def test_the_entities_are_never_reassigned_after_they_were_cached(
        monkeypatch: pytest.MonkeyPatch, nlp: Any, annotated: list[AnnotatedArticle]) -> None:
    watchers, docs = _watch(monkeypatch)
    for art in annotated:
        _extract(nlp, art)
        watcher, doc = watchers[-1], docs[-1]
        assert watcher.reads > 1, art.article.article_id  # the cache was in use
        assert watcher.stale == [], art.article.article_id
        assert _ENTS not in doc.user_data and _TEXT not in doc.user_data


def test_the_views_are_dropped_when_coding_raises(
        monkeypatch: pytest.MonkeyPatch, nlp: Any, annotated: list[AnnotatedArticle]) -> None:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("a stage failing once the sentences were coded")

    watchers, docs = _watch(monkeypatch)
    monkeypatch.setattr(extract_module, "date_lead_events", fail)
    with pytest.raises(RuntimeError):
        _extract(nlp, annotated[0])
    assert watchers[0].reads > 1  # the views were cached before the failure
    assert _ENTS not in docs[0].user_data and _TEXT not in docs[0].user_data
