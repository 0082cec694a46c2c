"""The learned drop filter (``pipeline.drop_filter``): the packaged model loads once, a
missing or broken file is a clear error, it only ever drops events and counts them, its
features hash the same in every process, the ``event_filter`` setting turns it off, and
its trainer writes the same file from the same dump."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.drop_filter import (
    MODEL_PATH,
    DropFilter,
    FactRecorder,
    Facts,
    ModelFileError,
    _lex,
    features,
    load_drop_filter,
)
from pipeline.filter_confidence import calibrated_drop_filter
from pipeline.settings import Settings
from schemas import ExtractedArticle
from tests.pipeline.coding import STORY

#: the rules read the talks' host as the other side of a reconciliation Qatar brokered
#: (CONSULT Qatar > Italy): a wrong reading beside a right meeting
ROME_STORY = (
    "Ministers meet in Rome\n\n"
    "The foreign ministers of Israel and Egypt met in Rome last week at talks hosted by "
    "Italy's foreign minister. Ties had begun to thaw in December under a reconciliation "
    "brokered by Qatar."
)


def test_the_packaged_model_loads_once() -> None:
    model = load_drop_filter()
    assert isinstance(model, DropFilter)
    assert model.weights and 0.0 < model.threshold < 1.0
    assert load_drop_filter() is model  # read once per process
    assert MODEL_PATH.stat().st_size < 2_000_000  # a small data file


def test_a_missing_or_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelFileError, match="cannot be read"):
        load_drop_filter(tmp_path / "absent.json")
    broken = tmp_path / "broken.json"
    broken.write_text('{"bias": 0.1, "weights": ')
    with pytest.raises(ModelFileError):
        load_drop_filter(broken)
    no_threshold = tmp_path / "partial.json"
    no_threshold.write_text('{"bias": 0.1, "weights": {}}')
    with pytest.raises(ModelFileError):
        load_drop_filter(no_threshold)


def test_the_setting_is_on_by_default_and_turns_the_filter_off() -> None:
    assert Settings().event_filter is True
    assert Settings.env_var("event_filter") == "NEWSWIRE_EVENT_FILTER"
    assert Settings.load({"NEWSWIRE_EVENT_FILTER": "false"}).event_filter is False
    assert calibrated_drop_filter(False) is None
    judge = calibrated_drop_filter(True)
    assert judge is not None and judge.model is load_drop_filter()


@pytest.mark.parametrize("story", [STORY, ROME_STORY])
def test_the_filter_only_drops_and_counts_what_it_drops(
        code_judged: Callable[..., ExtractedArticle], story: str) -> None:
    rules = code_judged(None, story)
    filtered = code_judged(load_drop_filter(), story)
    assert rules.filtered_events == 0
    kept = {e.event_id: e for e in filtered.events}
    assert set(kept) <= {e.event_id for e in rules.events}
    assert [e for e in rules.events if e.event_id in kept] == filtered.events  # unchanged
    assert filtered.filtered_events == len(rules.events) - len(filtered.events)


def test_the_filter_drops_the_readings_its_model_scores_under_the_threshold(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    """A model that distrusts one feature of the host-as-party reading (CONSULT Qatar >
    Italy) drops that event and keeps the meeting: the filter acts on the model's scores
    of the coder's own rows, whatever the packaged weights are (they change with each
    retraining)."""
    def pairs(x: ExtractedArticle) -> set[tuple[str, str | None, str | None]]:
        return {(e.type, e.source.country if e.source else None,
                 e.target.country if e.target else None) for e in x.events}

    class RowRecorder:
        def __init__(self) -> None:
            self.rows: dict[str, list[str]] = {}

        def keep(self, rows: list[list[str]], facts: list[Facts]) -> list[bool]:
            self.rows.update((f["event_id"], r) for f, r in zip(facts, rows, strict=True))
            return [True] * len(rows)

    rec = RowRecorder()
    rules = code_judged(rec, ROME_STORY)
    row_of = {(e.type, e.source.country if e.source else None,
               e.target.country if e.target else None): rec.rows[e.event_id]
              for e in rules.events}
    host, meeting = row_of[("CONSULT", "QAT", "ITA")], row_of[("CONSULT", "ISR", "EGY")]
    telling = sorted(set(host) - set(meeting))[0]
    distrustful = DropFilter(weights={telling: -20.0}, bias=5.0, threshold=0.5)
    filtered = code_judged(distrustful, ROME_STORY)
    assert pairs(rules) - pairs(filtered) == {("CONSULT", "QAT", "ITA")}
    assert ("CONSULT", "ISR", "EGY") in pairs(filtered)  # the meeting itself stays
    assert filtered.filtered_events == 1


def test_a_judge_that_keeps_nothing_drops_every_event(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    rules = code_judged()
    assert rules.events
    nothing = DropFilter(weights={}, bias=-30.0, threshold=0.5)
    dropped = code_judged(nothing)
    assert dropped.events == []
    assert dropped.filtered_events == len(rules.events)


def test_a_failing_judge_leaves_the_rules_events_and_is_counted(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    class Broken:
        def keep(self, rows: list[list[str]], facts: list[Facts]) -> list[bool]:
            raise RuntimeError("a bug in the filter")

    rules, broken = code_judged(), code_judged(Broken())
    assert broken.events == rules.events
    assert broken.coding_errors == rules.coding_errors + 1
    assert broken.filtered_events == 0


def test_the_recorder_keeps_every_event_and_describes_each(
        code_judged: Callable[..., ExtractedArticle]) -> None:
    rec = FactRecorder()
    recorded = code_judged(rec)
    assert recorded.events == code_judged().events
    assert [f["event_id"] for f in rec.facts] == [e.event_id for e in recorded.events]
    for f in rec.facts:
        # the coder's own trigger token and lexicon entry, not a re-parse's guess
        assert f["lemma"] and f["phrase"] and f["dep"]


def test_features_describe_the_other_events_of_the_sentence() -> None:
    base: Facts = {
        "type": "ASSAULT", "modality": "asserted", "phrase": "shell", "sense_type": "ASSAULT",
        "nominal": "False", "light": "", "by_object": "False", "tok": "7", "lemma": "shell",
        "pos": "VERB", "dep": "xcomp", "head_lemma": "accuse", "head_dep": "ROOT",
        "head_pos": "VERB", "neg": "False", "modal": "", "aux": "", "depth": "1",
        "tok_pos": "7", "sent_len": "12", "src": "RUS", "tgt": "UKR", "src_kind": "here",
        "tgt_kind": "here", "src_role": "GOV", "tgt_role": "GOV", "speaker": "True",
        "question": "False", "quoted": "False", "sentence": "2", "title": "False",
        "article_sentences": "6"}
    accuse = {**base, "type": "ACCUSE", "tok": "3", "lemma": "accuse", "dep": "ROOT",
              "src": "UKR", "tgt": "RUS"}
    row = features(base, [accuse])
    assert "cross=ASSAULT|ACCUSE|sent" in row and "beside=ACCUSE" in row
    assert "shares_tok=False" in row and "type*dep=ASSAULT|xcomp" in row
    # the same row whatever the order of the other events
    deny = {**accuse, "type": "REJECT", "tok": "9", "lemma": "deny"}
    assert features(base, [accuse, deny]) == features(base, [deny, accuse])
    # hashed with crc32, not ``hash``: the same bucket in every process, as in training
    assert _lex("lemma", "shell") == "lemma#3964"


def test_the_trainer_writes_the_same_file_from_the_same_dump(
        written_twice: Callable[[Callable[[list[str]], int]], Path]) -> None:
    """Byte for byte from one dump. (The packaged file itself is trained on a dump of all
    the gold's articles, tens of MB and minutes to collect: not part of the suite; the
    command is in ``pipeline.drop_filter``'s docstring.)"""
    from bench.train_drop_filter import main

    written_twice(main)
