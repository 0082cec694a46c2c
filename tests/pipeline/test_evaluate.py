"""The scorer follows eval/README.md: dedupe, symmetric types, optional gold, attributes."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.evaluate import score, score_dir

SENT = "Russia and Ukraine agreed to exchange 1,200 prisoners on Wednesday."


def pred(t: str, src: str | None, tgt: str | None, sentence: str = SENT, **kw: object) -> dict:
    return {"type": t, "source": {"country": src} if src else None,
            "target": {"country": tgt} if tgt else None,
            "evidence": {"sentence": sentence}, **kw}


GOLD = {"id": "a", "article": {"title": "t", "text": SENT}, "events": [
    {"type": ["AGREE"], "source": "RUS", "target": "UKR", "evidence": "agreed to  EXCHANGE",
     "quantity": {"value": 1200, "unit": "prisoner"}, "modality": ["asserted"]},
    {"type": ["RETREAT"], "source": None, "target": None, "evidence": "exchange 1,200",
     "optional": True},
]}


def test_symmetric_swap_dedupe_and_attributes() -> None:
    preds = [pred("AGREE", "UKR", "RUS", quantities=[{"value": 1200}], modality="asserted"),
             pred("AGREE", "UKR", "RUS"),  # duplicate key: dropped
             pred("ACCUSE", "RUS", "UKR")]  # wrong type: false positive
    report = score([GOLD], lambda article: preds)
    assert report.predicted == 2 and report.correct == 1
    assert report.recall == 1.0 and report.precision == 0.5
    assert report.accuracy("quantity") == 1.0 and report.accuracy("modality") == 1.0
    assert report.summary_line().startswith("events f1=0.667 p=0.50 r=1.00")


def test_direction_matters_for_directed_types() -> None:
    gold = {"id": "b", "article": {}, "events": [
        {"type": ["ACCUSE"], "source": "RUS", "target": "UKR", "evidence": "agreed"}]}
    assert score([gold], lambda a: [pred("ACCUSE", "UKR", "RUS")]).correct == 0
    assert score([gold], lambda a: [pred("ACCUSE", "RUS", "UKR")]).correct == 1


def test_igo_code_from_role_and_optional_only_gold(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOLD))
    igo = {"type": "RETREAT", "source": {"country": None, "role": "IGO"}, "target": None,
           "evidence": {"sentence": SENT}}
    report = score_dir(tmp_path, lambda article: [igo])
    assert report.correct == 1 and report.recall == 0.0  # optional match: not an error
