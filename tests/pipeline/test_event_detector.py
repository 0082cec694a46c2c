"""The learned event detector: a second opinion on the triggers the rules dropped.

The model (``pipeline.event_detector``) is asked only about the types of triggers the
rules found in a sentence and coded no event for; what it adds carries the provenance
``(detector) <trigger>`` and the confidence measured for such events in cross-validation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from pipeline.actor_ranker import load_ranker
from pipeline.annotate import annotate_batch
from pipeline.event_detector import (
    MODEL_PATH,
    EventDetector,
    learned_models,
    load_detector,
    sentence_features,
)
from pipeline.extract import DETECTED, extract
from pipeline.ids import content_hash
from pipeline.plover import TYPES
from pipeline.syntax import segments
from pipeline.triggers import find_triggers
from schemas import CleanArticle, ExtractedArticle

#: "refused to comment" is screened out by the rules: no refusal of anything
WITHHELD = "Egypt refused to comment on the talks with Israel."


@dataclass
class Stub:
    """A detector that states ``answer`` for every candidate of ``types`` it is offered."""

    answer: float
    types: frozenset[str] = frozenset(TYPES)
    offered: list[set[str]] = field(default_factory=list)

    def missing_types(self, sent: Any, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]:
        self.offered.append(set(candidates))
        return [(t, self.answer) for t in sorted(candidates & self.types)]


@pytest.fixture(scope="module")
def code(nlp: Any) -> Callable[..., ExtractedArticle]:
    def run(text: str, **models: Any) -> ExtractedArticle:
        clean = CleanArticle(article_id="ar_det", title="", text=text, url=None,
                             canonical_url=None, source=None, published="2024-06-26",
                             language="en", content_hash=content_hash(text),
                             word_count=len(text.split()))
        annotated = annotate_batch([clean], nlp)[0]
        return extract(annotated, vocab=nlp.vocab, version="test",
                       now=datetime(2026, 1, 1, tzinfo=UTC), **models)
    return run


def _model(**kw: Any) -> EventDetector:
    weights = {"L:expel": tuple(3.0 if t == "SANCTION" else 0.0 for t in TYPES)}
    args: dict[str, Any] = {"types": tuple(TYPES), "bias": tuple(-1.0 for _ in TYPES),
                            "weights": weights, "add_threshold": 0.5,
                            "coded_threshold": 0.9, "added_precision": 0.44}
    args.update(kw)
    return EventDetector(**args)


def test_names_are_features_only_by_their_entity_label(nlp: Any) -> None:
    sent = segments(nlp("Russia expelled two Estonian diplomats on Monday."))[0]
    feats = sentence_features(sent, find_triggers(sent), {"SANCTION"}, is_title=False)
    assert "L:expel" in feats and "C:SANCTION" in feats
    assert not any("russia" in f.lower() or "estonian" in f.lower() for f in feats)


def test_a_dropped_trigger_is_a_feature_with_the_reason(nlp: Any) -> None:
    sent = segments(nlp(WITHHELD))[0]
    trig = next(t for t in find_triggers(sent) if t.sense.type == "REJECT")
    feats = sentence_features(sent, [trig], set(), [(trig, "screened")], is_title=False)
    assert "DROP:screened:REJECT" in feats and "C:none" in feats


def test_only_candidate_types_above_the_threshold_are_added() -> None:
    model = _model()
    assert [t for t, _ in model.missing_types(None, ["L:expel"], set(), {"SANCTION"})] == \
        ["SANCTION"]
    # not a candidate (no dropped trigger of the type), or already coded: nothing
    assert model.missing_types(None, ["L:expel"], set(), {"ASSAULT"}) == []
    assert model.missing_types(None, ["L:expel"], {"SANCTION"}, {"SANCTION"}) == []


def test_a_second_type_in_a_coded_sentence_needs_the_higher_threshold() -> None:
    model = _model()  # p(SANCTION | expel) = sigmoid(2) = 0.88: above 0.5, below 0.9
    assert model.missing_types(None, ["L:expel"], {"ACCUSE"}, {"SANCTION"}) == []


def test_added_events_carry_the_cross_validated_precision_as_confidence() -> None:
    assert _model().missing_types(None, ["L:expel"], set(), {"SANCTION"}) == \
        [("SANCTION", 0.44)]


def test_the_model_file_round_trips() -> None:
    model = _model()
    assert EventDetector.from_json(model.to_json()) == model


def test_without_a_model_file_the_rules_code_alone(tmp_path: Path) -> None:
    assert load_detector(tmp_path / "missing.json") is None


def test_the_packaged_model_covers_the_sixteen_types() -> None:
    model = load_detector(MODEL_PATH)
    assert model is not None and model.types == tuple(TYPES)
    # a threshold above 1 is the trainer's verdict that no threshold beat the rules in
    # cross-validation: the model then adds nothing
    assert 0.0 < model.add_threshold <= 1.01 and 0.0 <= model.added_precision < 1.0


def test_the_detector_is_asked_about_the_dropped_trigger_only(
        code: Callable[..., ExtractedArticle]) -> None:
    stub = Stub(answer=0.6, types=frozenset({"REJECT"}))
    out = code(WITHHELD, detector=stub)
    # (the talks, with nobody named to hold them, are a dropped trigger too)
    assert any("REJECT" in offered for offered in stub.offered)
    added = [e for e in out.events if e.trigger and e.trigger.startswith(DETECTED)]
    assert [(e.type, e.confidence) for e in added] == [("REJECT", 0.6)]
    assert added[0].source is not None and added[0].source.country == "EGY"


def test_rules_only_by_default(code: Callable[..., ExtractedArticle]) -> None:
    assert code(WITHHELD).events == []
    assert learned_models(False, False) == {"judge": None}


def test_the_setting_gives_extract_both_packaged_models() -> None:
    models = learned_models(True, False)
    assert models["detector"] is load_detector() and models["ranker"] is load_ranker()


def test_a_sentence_the_rules_coded_offers_no_candidate_of_its_type(
        code: Callable[..., ExtractedArticle]) -> None:
    stub = Stub(answer=0.9)
    out = code("Russia expelled two Estonian diplomats on Monday.", detector=stub)
    assert [e.type for e in out.events] == ["SANCTION"]
    assert all("SANCTION" not in offered for offered in stub.offered)


def test_the_worker_codes_with_the_detector_where_the_setting_asks(
        nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.event_detector as detector_module
    from agents.nlp_runner import ExtractOptions, extract_value
    from schemas.codec import dumps, loads

    monkeypatch.setattr(detector_module, "load_detector",
                        lambda: Stub(answer=0.6, types=frozenset({"REJECT"})))
    clean = CleanArticle(article_id="ar_det", title="", text=WITHHELD, url=None,
                         canonical_url=None, source=None, published="2024-06-26",
                         language="en", content_hash=content_hash(WITHHELD),
                         word_count=len(WITHHELD.split()))
    value = dumps(annotate_batch([clean], nlp)[0])
    now = datetime(2026, 1, 1, tzinfo=UTC)
    on = loads(extract_value("en_core_web_sm", value, now,
                             ExtractOptions(max_events=200, learned=True)))
    off = loads(extract_value("en_core_web_sm", value, now, ExtractOptions(max_events=200)))
    assert [e["type"] for e in on["events"]] == ["REJECT"] and off["events"] == []


class Failing:
    """A detector that fails on every sentence."""

    def missing_types(self, sent: Any, features: list[str], coded: set[str],
                      candidates: set[str]) -> list[tuple[str, float]]:
        raise RuntimeError("model file damaged")


def test_a_failing_detector_costs_its_additions_not_the_article(
        code: Callable[..., ExtractedArticle]) -> None:
    out = code("Russia expelled two Estonian diplomats on Monday.", detector=Failing())
    assert [e.type for e in out.events] == ["SANCTION"] and out.coding_errors == 1


def test_the_detector_resolves_without_changing_what_later_sentences_remember() -> None:
    """A second opinion must not re-code the sentences after it: persons and antecedents
    met while the detector picks a pair are forgotten afterwards."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from pipeline.actors import ActorResolver
    from schemas import Actor

    doc = Doc(Vocab(), words=["Officials", "met", "."])
    resolver = ActorResolver(doc, focus=None, pair=None)
    before = Actor(text="Kyiv", country="UKR", role="GOV")
    resolver.remember(before)
    with resolver.kept_memory():
        resolver.remember(Actor(text="Moscow", country="RUS", role="GOV"))
        resolver.persons["medinsky"] = Actor(text="Medinsky", country="RUS", person="x")
        assert resolver.last_subject is not None and resolver.last_subject.country == "RUS"
    assert resolver.last_subject == before
    assert "medinsky" not in resolver.persons
