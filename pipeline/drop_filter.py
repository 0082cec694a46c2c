"""A learned filter that drops the rule coder's events it judges wrong (measured, opt-in).

At the moment ``pipeline.extract`` emits an event it knows things the event record does
not keep: the trigger token it used and where that token sits in the parse, the lexicon
entry (sense phrase) that typed it, whether the trigger was nominal or a light verb's
object, and how each actor was found. ``event_facts`` writes those down as a small dict
of strings (private provenance: never part of the output contract); ``features`` turns
one event's facts, beside those of the other events of its sentence, into sparse string
features (lexical ones hashed into ``LEXICAL_BUCKETS`` buckets so the model stays small).

A ``DropFilter`` is a logistic model over those features: an event whose probability of
being right is under its threshold is dropped. It only ever drops. The packaged model
(``MODEL_PATH``) is trained on the gold articles' events by one command (features
recorded by ``FactRecorder``, a judge that keeps everything; figures in
docs/extraction-quality.md, "Learned components")::

    python -m bench.train_drop_filter /tmp/drop-dump --train tests/data/gold \
        --out pipeline/data/drop_filter.json

``extract`` asks it where it is given one (``pipeline.filter_confidence.calibrated_drop_filter``
for the ``event_filter`` setting, on by default, which also gives each kept event its
confidence); the events it drops are counted in
``ExtractedArticle.filtered_events``.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import orjson

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from pipeline.triggers import Trigger
    from schemas import Actor

MODEL_PATH = Path(__file__).parent / "data" / "drop_filter.json"
#: lexical features (lemmas, lexicon entries) are hashed into this many buckets
LEXICAL_BUCKETS = 4096
#: auxiliaries that make a clause hypothetical or future
MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must",
                    "shall", "ought"})

Facts = dict[str, str]


def _bucket(n: int, cuts: tuple[int, ...]) -> str:
    for c in cuts:
        if n <= c:
            return str(c)
    return f">{cuts[-1]}"


def _depth(tok: Token, sent: Span) -> int:
    n = 0
    while tok.head.i != tok.i and sent.start <= tok.head.i < sent.end and n < 20:
        tok, n = tok.head, n + 1
    return n


def _actor_kind(actor: Actor | None, sent: Span, speaker: Actor | None) -> str:
    """How an actor was found: none, implied (no text: the story's party filled in), named
    in the sentence, or taken from elsewhere in the story; and whether it is the speaker."""
    if actor is None:
        return "none"
    if not actor.text.strip():
        kind = "implied"
    elif actor.text in sent.text:
        kind = "here"
    else:
        kind = "away"
    if speaker is not None and actor.country and actor.country == speaker.country:
        kind += "+speaker"
    return kind


def event_facts(trig: Trigger, sent: Span, sentence_index: int, event_type: str,
                modality: str, src: Actor | None, tgt: Actor | None,
                speaker: Actor | None, *, event_id: str, is_title: bool,
                article_sentences: int) -> Facts:
    """What the coder knows about one event when it emits it (strings only)."""
    tok = trig.token
    children = list(tok.children)
    aux = sorted({c.lower_ for c in children if c.dep_ in ("aux", "auxpass")})
    head = tok.head if tok.head.i != tok.i else None
    return {
        "event_id": event_id,
        "type": event_type, "modality": modality, "phrase": trig.sense.phrase,
        "sense_type": trig.sense.type, "nominal": str(trig.nominal),
        "light": trig.light.lemma_.lower() if trig.light is not None else "",
        "by_object": str(trig.by_object),
        "tok": str(tok.i), "lemma": tok.lemma_.lower(), "pos": tok.pos_, "dep": tok.dep_,
        "head_lemma": head.lemma_.lower() if head is not None else "",
        "head_dep": head.dep_ if head is not None else "ROOT",
        "head_pos": head.pos_ if head is not None else "",
        "neg": str(any(c.dep_ == "neg" for c in children)),
        "modal": next((a for a in aux if a in MODALS), ""),
        "aux": "|".join(a for a in aux if a not in MODALS),
        "depth": str(_depth(tok, sent)),
        "tok_pos": str(tok.i - sent.start), "sent_len": str(len(sent)),
        "src": (src.country or src.role or "?") if src is not None else "",
        "tgt": (tgt.country or tgt.role or "?") if tgt is not None else "",
        "src_kind": _actor_kind(src, sent, speaker), "tgt_kind": _actor_kind(tgt, sent, speaker),
        "src_role": (src.role or "") if src is not None else "",
        "tgt_role": (tgt.role or "") if tgt is not None else "",
        "speaker": str(speaker is not None),
        "question": str(sent.text.rstrip().endswith("?")),
        "quoted": str(any(t.text in ('"', "“", "”") for t in sent)),
        "sentence": str(sentence_index), "title": str(is_title),
        "article_sentences": str(article_sentences),
    }


def _lex(name: str, value: str) -> str:
    """A hashed lexical feature (stable across processes, unlike ``hash``)."""
    return f"{name}#{zlib.crc32(f'{name}={value}'.encode()) % LEXICAL_BUCKETS}"


def features(facts: Facts, others: Sequence[Facts]) -> list[str]:
    """The sparse features of one event beside the ``others`` of its sentence."""
    t = facts["type"]
    pair = _pair_shape(facts["src"], facts["tgt"])
    f = [f"type={t}", f"mod={facts['modality']}", f"type*mod={t}|{facts['modality']}",
         f"nominal={facts['nominal']}", f"type*nominal={t}|{facts['nominal']}",
         f"retyped={facts['sense_type'] != t}", f"by_object={facts['by_object']}",
         f"light={bool(facts['light'])}",
         f"pos={facts['pos']}", f"dep={facts['dep']}", f"type*dep={t}|{facts['dep']}",
         f"head_dep={facts['head_dep']}", f"head_pos={facts['head_pos']}",
         f"dep*head_dep={facts['dep']}|{facts['head_dep']}",
         f"neg={facts['neg']}", f"modal={facts['modal']}", f"aux={facts['aux']}",
         f"type*modal={t}|{bool(facts['modal'])}",
         f"depth={_bucket(int(facts['depth']), (0, 1, 2, 3, 5))}",
         f"type*depth={t}|{_bucket(int(facts['depth']), (0, 1, 3))}",
         f"tok_pos={_bucket(int(facts['tok_pos']), (2, 5, 10, 20, 40))}",
         f"sent_len={_bucket(int(facts['sent_len']), (8, 15, 25, 40, 60))}",
         f"pair={pair}", f"type*pair={t}|{pair}",
         f"src_kind={facts['src_kind']}", f"tgt_kind={facts['tgt_kind']}",
         f"type*src_kind={t}|{facts['src_kind']}", f"type*tgt_kind={t}|{facts['tgt_kind']}",
         f"src_role={facts['src_role']}", f"tgt_role={facts['tgt_role']}",
         f"speaker={facts['speaker']}", f"question={facts['question']}",
         f"quoted={facts['quoted']}", f"title={facts['title']}",
         f"sentence={_bucket(int(facts['sentence']), (0, 1, 2, 5, 10, 20))}",
         f"article={_bucket(int(facts['article_sentences']), (10, 20, 35, 60))}",
         _lex("phrase", facts["phrase"]), _lex("type*phrase", f"{t}|{facts['phrase']}"),
         _lex("lemma", facts["lemma"]), _lex("type*lemma", f"{t}|{facts['lemma']}"),
         _lex("head", facts["head_lemma"]), _lex("type*head", f"{t}|{facts['head_lemma']}"),
         _lex("light", facts["light"])]
    same_tok = [o for o in others if o["tok"] == facts["tok"]]
    same_pair = [o for o in others if (o["src"], o["tgt"]) == (facts["src"], facts["tgt"])]
    f += [f"others={_bucket(len(others), (0, 1, 2, 4))}",
          f"other_types={_bucket(len({o['type'] for o in others} - {t}), (0, 1, 2))}",
          f"same_type_other_pair={any(o['type'] == t for o in others)}",
          f"shares_tok={bool(same_tok)}", f"type*shares_tok={t}|{bool(same_tok)}",
          f"shares_pair={bool(same_pair)}"]
    for o in others:
        rel = "tok" if o["tok"] == facts["tok"] else (
            "pair" if (o["src"], o["tgt"]) == (facts["src"], facts["tgt"]) else "sent")
        f.append(f"cross={t}|{o['type']}|{rel}")
        f.append(f"beside={o['type']}")
    return sorted(set(f))


def rows(known: Sequence[Facts]) -> list[list[str]]:
    """Each event's features beside the other events of its sentence: the one feature
    step that ``extract`` runs and ``bench.train_drop_filter`` trains on."""
    by_sentence: dict[str, list[Facts]] = {}
    for f in known:
        by_sentence.setdefault(f["sentence"], []).append(f)
    return [features(f, [o for o in by_sentence[f["sentence"]] if o is not f])
            for f in known]


def _pair_shape(src: str, tgt: str) -> str:
    if not src and not tgt:
        return "none"
    if not src or not tgt:
        return "src-only" if src else "tgt-only"
    if src == tgt:
        return "same"
    if {"IGO", "NGO"} & {src, tgt}:
        return "body"
    return "two"


class EventJudge(Protocol):
    """What ``extract`` asks about an article's events: which to keep (one bool each)."""

    def keep(self, rows: list[list[str]], facts: list[Facts]) -> list[bool]: ...


@dataclass
class FactRecorder:
    """A judge that keeps every event and records each one's facts (for training)."""

    facts: list[Facts] = field(default_factory=list)

    def keep(self, rows: list[list[str]], facts: list[Facts]) -> list[bool]:
        self.facts.extend(facts)
        return [True] * len(rows)


@dataclass(frozen=True, slots=True)
class DropFilter:
    """Trained weights; an event under ``threshold`` is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, row: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in set(row))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def verdicts(self, rows: list[list[str]]) -> list[tuple[bool, float]]:
        """Each row's verdict (kept from ``threshold`` up) and its probability."""
        return [(p >= self.threshold, p) for p in map(self.probability, rows)]

    def keep(self, rows: list[list[str]], facts: list[Facts]) -> list[bool]:
        return [kept for kept, _ in self.verdicts(rows)]

    def to_json(self) -> bytes:
        return orjson.dumps({"bias": round(self.bias, 4), "threshold": self.threshold,
                             "weights": {f: round(w, 4) for f, w in
                                         sorted(self.weights.items())}})

    @classmethod
    def from_json(cls, raw: bytes) -> DropFilter:
        d = orjson.loads(raw)
        return cls(weights={str(f): float(w) for f, w in d["weights"].items()},
                   bias=float(d["bias"]), threshold=float(d["threshold"]))


class ModelFileError(RuntimeError):
    """The packaged drop filter is missing or unreadable: a broken install, not a bad
    record (the worker fails at start, when it warms the coder)."""


@cache
def load_drop_filter(path: Path = MODEL_PATH) -> DropFilter:
    """The packaged model, read once per process."""
    try:
        return DropFilter.from_json(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ModelFileError(f"the learned drop filter {path} cannot be read ({exc}); "
                             "reinstall the package, retrain it (python -m "
                             "bench.train_drop_filter) or set NEWSWIRE_EVENT_FILTER=false"
                             ) from exc

