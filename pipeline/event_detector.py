"""Learned second opinion on the triggers the rules dropped (opt-in).

The rule coder (``pipeline.triggers`` → ``pipeline.event_filters`` → ``pipeline.arguments``)
finds a trigger in many sentences it then codes no event for: screened out as no event,
no actors found, or a pair within one country. On news it was not tuned on, some of those
are events. This model reads such a sentence and says whether it states the dropped
trigger's type.

It is a one-vs-rest logistic regression over sparse string features of one sentence: its
content lemmas (names reduced to their entity label), verb–argument pairs from the parse,
every trigger the lexicon found, why the rules dropped each, and the types they coded. It
is trained from the repo's gold by ``python -m bench.train_event_detector`` into
``pipeline/data/event_detector.json``, deterministically; inference is a sum of weights
per feature.

Where the ``learned_detector`` setting turns it on (``learned_models``), ``extract`` asks
it, per sentence, about the types of the dropped triggers; a type whose probability
reaches the threshold chosen by cross-validation is added, anchored on that trigger, with
the pair ``pipeline.learned_pairs`` gives, ``Event.trigger`` "(detector) <phrase>" and the
cross-validated precision of such events as its confidence. It is off by default: trained
on the whole own set it gains 0.002 F1 in cross-validation and costs 0.015 on dev (README,
"Extraction quality", also for what earlier versions did on fresh batches).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import orjson

if TYPE_CHECKING:
    from spacy.tokens import Span

    from pipeline.triggers import Trigger

MODEL_PATH = Path(__file__).parent / "data" / "event_detector.json"

#: Parts of speech whose lemmas describe what happens (names are left out: a model that
#: learns "Kyiv" learns the training stories, not the language of events).
CONTENT_POS = frozenset({"VERB", "NOUN", "ADJ", "ADV", "AUX", "ADP", "NUM"})
#: Dependency relations whose (head, child) lemma pairs are features ("release>dobj>prisoner").
ARG_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "xcomp", "ccomp", "agent",
                      "acl", "relcl", "advcl", "compound", "amod"})


def _lemma(tok: Any) -> str:
    """A token's lemma, with names reduced to their entity label ("GPE", "PERSON")."""
    if tok.pos_ == "PROPN" or tok.ent_type_:
        return tok.ent_type_ or "PROPN"
    if tok.like_num:
        return "NUM"
    return str(tok.lemma_).lower()


def sentence_features(sent: Span, triggers: Sequence[Trigger], coded: Iterable[str],
                      dropped: Sequence[tuple[Trigger, str]] = (), *, is_title: bool
                      ) -> list[str]:
    """The sparse features of one sentence (strings; order and duplicates do not matter)."""
    feats: set[str] = {"BIAS"}
    if is_title:
        feats.add("TITLE")
    if any(t.text in ('"', "“", "”") for t in sent):
        feats.add("QUOTED")
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        if tok.dep_ == "neg":
            feats.add(f"NEG:{_lemma(tok.head)}")
        if (tok.pos_ in CONTENT_POS and not tok.is_stop) or tok.pos_ == "VERB":
            feats.add(f"L:{_lemma(tok)}")
        if tok.dep_ in ARG_DEPS and tok.head.i != tok.i:
            feats.add(f"D:{_lemma(tok.head)}>{tok.dep_}>{_lemma(tok)}")
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.i != tok.head.i:
            feats.add(f"P:{_lemma(tok.head.head)}>{tok.head.lower_}>{_lemma(tok)}")
        if tok.dep_ == "ROOT":
            feats.add(f"ROOT:{_lemma(tok)}")
    for trig in triggers:
        feats.add(f"T:{trig.sense.type}")
        feats.add(f"TP:{trig.sense.type}:{trig.sense.phrase}")
    for trig, why in dropped:
        feats.add(f"DROP:{why}:{trig.sense.type}")
        feats.add(f"DROP:{why}:{trig.sense.type}:{trig.sense.phrase}")
    coded = set(coded)
    for t in coded:
        feats.add(f"C:{t}")
    if not coded:
        feats.add("C:none")
    return sorted(feats)


class SentenceDetector(Protocol):
    """What ``extract`` asks per sentence (the trained model, or a recorder in training)."""

    def missing_types(self, sent: Span, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]: ...


@dataclass(frozen=True, slots=True)
class EventDetector:
    """Trained weights: one row of per-type weights per feature."""

    types: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    #: probability from which a type is added to a sentence where the rules found a
    #: trigger but coded nothing (the reading they screened out is the model's to make)
    add_threshold: float
    #: the same for a sentence the rules coded another type in (a second event is rarer)
    coded_threshold: float
    #: precision of added events measured by cross-validation: their confidence
    added_precision: float

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        z = list(self.bias)
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                for i, v in enumerate(w):
                    z[i] += v
        return {t: 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, s))))
                for t, s in zip(self.types, z, strict=True)}

    def missing_types(self, sent: Span, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]:
        """(type, confidence) of the ``candidates`` (types of triggers the rules found and
        coded no event for) that the sentence states by the model, most probable first;
        confidence is the precision such added events had in cross-validation. (Types
        no trigger names were tried too: the model alone found more opinion than events.)"""
        threshold = self.coded_threshold if coded else self.add_threshold
        probs = self.probabilities(features)
        ranked = sorted(((p, t) for t, p in probs.items()
                         if t in candidates and t not in coded and p >= threshold),
                        reverse=True)
        return [(t, self.added_precision) for _, t in ranked]

    def to_json(self) -> bytes:
        return orjson.dumps({
            "types": list(self.types), "bias": [round(b, 4) for b in self.bias],
            "add_threshold": self.add_threshold, "coded_threshold": self.coded_threshold,
            "added_precision": self.added_precision,
            "weights": {f: [round(v, 4) for v in w] for f, w in sorted(self.weights.items())},
        })

    @classmethod
    def from_json(cls, raw: bytes) -> EventDetector:
        d = orjson.loads(raw)
        return cls(types=tuple(d["types"]), bias=tuple(d["bias"]),
                   weights={f: tuple(w) for f, w in d["weights"].items()},
                   add_threshold=float(d["add_threshold"]),
                   coded_threshold=float(d["coded_threshold"]),
                   added_precision=float(d["added_precision"]))


@cache
def load_detector(path: Path = MODEL_PATH) -> EventDetector | None:
    """The trained detector, or None where no model file is present (the rules alone)."""
    if not path.exists():
        return None
    return EventDetector.from_json(path.read_bytes())


def learned_models(detector: bool, drop: bool) -> dict[str, Any]:
    """``extract``'s keyword arguments for the learned components: the packaged detector
    and the actor ranker that picks its events' pairs where ``detector`` (the
    ``learned_detector`` setting), and the calibrated drop filter as ``judge`` where
    ``drop`` (the ``event_filter`` setting). Both off: the rules alone."""
    from pipeline.filter_confidence import calibrated_drop_filter

    models: dict[str, Any] = {"judge": calibrated_drop_filter(drop)}
    if detector:
        from pipeline.actor_ranker import load_ranker

        models |= {"detector": load_detector(), "ranker": load_ranker()}
    return models
