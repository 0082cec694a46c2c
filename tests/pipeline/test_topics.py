"""The stage chain is declared once and is continuous."""

from __future__ import annotations

from pipeline.ids import article_id_for, content_hash, event_id_for
from pipeline.topics import ALL_TOPICS, CODED, DEADLETTER, RAW, STAGES


def test_each_stage_reads_what_an_earlier_stage_writes() -> None:
    written = {RAW}
    for stage in STAGES:
        assert stage.input in written, f"{stage.name} reads a topic nobody writes"
        written.update(stage.outputs)


def test_every_stage_can_dead_letter_and_the_chain_ends_on_coded() -> None:
    assert all(DEADLETTER in s.outputs for s in STAGES)
    # The article chain ends on coded; cluster runs after it on the finished events.
    article_chain = [s for s in STAGES if s.name != "cluster"]
    assert CODED in article_chain[-1].outputs


def test_topic_names_are_unique() -> None:
    names = [t.suffix for t in ALL_TOPICS]
    assert len(names) == len(set(names))


def test_ids_are_deterministic_and_prefer_the_url() -> None:
    a = article_id_for(canonical_url="https://x.org/a", guid="g1", content="c")
    assert a == article_id_for(canonical_url="https://x.org/a", guid="g2", content="d")
    assert article_id_for(canonical_url=None, guid="g1", content="c") != a
    assert event_id_for("ar_1", 3, "AGREE", 10, "0.1.0") == \
        event_id_for("ar_1", 3, "AGREE", 10, "0.1.0")
    assert content_hash("A  b\nC") == content_hash("a b c")
