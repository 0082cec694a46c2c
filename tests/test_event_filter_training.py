"""bench.train_event_filter labels the rules' predictions as the scorer judges them, reads
only run-time features, and its filter only ever drops predictions."""

from __future__ import annotations

from typing import Any

import spacy

from bench.train_event_filter import Article, Filter, features, label, scored
from pipeline.evaluate import Pred, dedupe

SENTENCE = "Russia and Ukraine held talks in Istanbul."
TALKS = {"type": ["CONSULT"], "source": "RUS", "target": "UKR", "evidence": "held talks"}
MAYBE = {"type": ["COOPERATE"], "source": "RUS", "target": "UKR", "evidence": "held talks",
         "optional": True}
GOLD = {"id": "talks", "events": [TALKS, MAYBE]}


def _event(type_: str, trigger: str, src: str = "RUS", tgt: str = "UKR") -> dict[str, Any]:
    return {"type": type_, "trigger": trigger, "confidence": 0.7, "modality": "asserted",
            "source": {"country": src}, "target": {"country": tgt},
            "evidence": {"sentence": SENTENCE, "sentence_index": 1}, "quantities": []}


def _pred(ev: dict[str, Any]) -> Pred:
    return Pred.from_event(ev)


def test_a_prediction_is_labelled_as_the_scorer_judges_it() -> None:
    assert label(GOLD, _pred(_event("CONSULT", "talk"))) == 1
    assert label(GOLD, _pred(_event("ACCUSE", "talk"))) == 0
    assert label(GOLD, _pred(_event("CONSULT", "talk", "USA"))) == 0


def test_matching_only_an_optional_event_is_left_out_of_training() -> None:
    assert label(GOLD, _pred(_event("COOPERATE", "hold"))) is None


def test_features_describe_the_prediction_and_its_sentence() -> None:
    doc = spacy.blank("en")(SENTENCE)
    preds = dedupe([_event("CONSULT", "talk"), _event("COOPERATE", "talk")])
    row = features(preds[0], preds, doc)
    assert {"type=CONSULT", "trig=talk", "pair=two", "headline=False", "npred=2",
            "ntypes=2", "shares_trigger=True", "question=False", "neg=False"} <= set(row)


def test_the_filter_only_drops_predictions() -> None:
    events = [_event("CONSULT", "talk"), _event("ACCUSE", "talk")]
    preds = dedupe(events)
    rows = [["type=CONSULT"], ["type=ACCUSE"]]
    art = Article(GOLD, events, preds, rows, [label(GOLD, p) for p in preds])
    model = Filter({"type=CONSULT": 3.0, "type=ACCUSE": -3.0}, 0.0)
    assert scored([art], None, 0.5).predicted == 2
    after = scored([art], model, 0.5)
    assert (after.predicted, after.correct) == (1, 1)
    assert scored([art], Filter({}, 10.0), 0.5).predicted == 2
