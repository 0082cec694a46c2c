"""bench.loss_breakdown sorts a batch's misses and false positives by what went wrong,
and re-scores it with the country pair, then the type, ignored."""

from __future__ import annotations

from typing import Any

from bench.loss_breakdown import f1, fp_kind, masked_counts, miss_kind, pair_kind
from pipeline.evaluate import Pred

TALKS = {"type": ["CONSULT"], "source": "RUS", "target": "UKR", "evidence": "held talks"}
REJECTION = {"type": "REJECT", "source": "UKR", "target": "RUS",
             "evidence": "Kyiv rejected the plan"}


def _pred(sentence: str, type_: str, src: str | None, tgt: str | None) -> Pred:
    return Pred(sentence, type_, src, tgt, (), None, None, None, {})


TALKS_SENTENCE = "Russia and Ukraine held talks in Istanbul."
REJECT_SENTENCE = "Kyiv rejected the plan."


def test_a_miss_is_sorted_by_what_its_sentence_got() -> None:
    assert miss_kind(REJECTION, []) == "no prediction in sentence"
    assert miss_kind(REJECTION, [_pred(REJECT_SENTENCE, "ACCUSE", "UKR", "RUS")]) == \
        "another type only"
    assert miss_kind(REJECTION, [_pred(REJECT_SENTENCE, "REJECT", "UKR", "USA")]) == \
        "right type, wrong pair"


def test_a_false_positive_is_sorted_by_the_gold_beside_it() -> None:
    golds: list[dict[str, Any]] = [TALKS, REJECTION]
    assert fp_kind(_pred("Fighting went on.", "ASSAULT", "RUS", "UKR"), golds) == \
        "no gold event in sentence"
    assert fp_kind(_pred(TALKS_SENTENCE, "AGREE", "RUS", "UKR"), golds) == \
        "gold of another type only"
    assert fp_kind(_pred(TALKS_SENTENCE, "CONSULT", "RUS", "TUR"), golds) == \
        "gold of that type, another pair"


def test_masking_the_pair_credits_the_right_type_in_the_right_sentence_once() -> None:
    preds = [_pred(TALKS_SENTENCE, "CONSULT", "RUS", "TUR"),
             _pred(TALKS_SENTENCE, "CONSULT", "TUR", "UKR"),
             _pred(REJECT_SENTENCE, "ACCUSE", "UKR", "RUS")]
    assert masked_counts(preds, [TALKS, REJECTION], ignore_type=False) == (1, 2, 1, 2)
    assert masked_counts(preds, [TALKS, REJECTION], ignore_type=True) == (2, 2, 2, 2)


def test_f1_of_nothing_is_zero() -> None:
    assert f1(0, 0, 0, 3) == 0.0
    assert f1(1, 2, 1, 2) == 0.5


def test_a_wrong_pair_is_sorted_by_the_side_that_is_wrong() -> None:
    def kind(src: str | None, tgt: str | None, gold: dict[str, Any] = REJECTION) -> str:
        return pair_kind(gold, [_pred(REJECT_SENTENCE, "REJECT", src, tgt)])

    assert kind("UKR", "USA") == "target wrong"
    assert kind("UKR", "UKR") == "target wrong, coded domestic"
    assert kind("UKR", "USA", dict(REJECTION, target="UKR")) == "target wrong, gold domestic"
    assert kind("USA", "RUS") == "source wrong"
    assert kind("RUS", "UKR") == "swapped"
    assert kind("USA", "TUR") == "both wrong"
    # one side wrong is nearer than a swap: the closest prediction names the miss
    assert pair_kind(REJECTION, [_pred(REJECT_SENTENCE, "REJECT", "RUS", "UKR"),
                                 _pred(REJECT_SENTENCE, "REJECT", "UKR", "USA")]) == \
        "target wrong"
    assert pair_kind(REJECTION, [_pred(REJECT_SENTENCE, "ACCUSE", "UKR", "RUS")]) == ""
