"""Near duplicates: wire republications match, paraphrases and other stories do not."""

from __future__ import annotations

import numpy as np

from pipeline.near_dup import (
    Entry,
    NearDupIndex,
    body_of,
    decode_entry,
    encode_entry,
    shingles,
    signature,
    similarity,
)

WIRE = ("A Saudi-led air strike killed 12 people at a market in Saada in northern Yemen on "
        "Tuesday, local health officials said. The strike hit the crowded market shortly "
        "after noon, witnesses said, and at least 20 more people were wounded. The "
        "coalition did not immediately comment on the report. Saada has been a frequent "
        "target of air raids since the conflict began, and aid groups have repeatedly "
        "called for civilians to be spared.")
# The same wire copy as a second outlet runs it: a light edit and its own boilerplate.
REPUBLISHED = ("A Saudi-led air strike killed 12 people at a market in Saada in northern "
               "Yemen on Tuesday, local health officials told reporters. The strike hit the "
               "busy market shortly after noon, witnesses said, and at least 20 more people "
               "were wounded. The coalition did not immediately comment on the report. Saada "
               "has been a frequent target of air raids since the conflict began, and aid "
               "groups have repeatedly called for civilians to be spared.\n\n"
               "Copyright 2024 The Daily Example. All rights reserved.")
PARAPHRASE = ("Twelve people died when warplanes from the Saudi coalition bombed a market "
              "in the Yemeni city of Saada on Tuesday. Health workers in the city gave the "
              "toll; about twenty others were hurt. The coalition has not responded.")
OTHER = ("Kenya and Uganda held talks in Nairobi on Monday about their disputed border, "
         "officials said, and agreed to meet again next month in Kampala.")
HOUR = 3600.0


def test_shingles_are_case_and_punctuation_insensitive() -> None:
    assert shingles("The air strike, killed 12!") == shingles("the AIR strike killed 12")
    assert shingles("") == set()
    assert shingles("two words") == {b"two words"}


def test_signature_is_stable_across_calls() -> None:
    assert np.array_equal(signature(WIRE), signature(WIRE))
    assert similarity(signature(WIRE), signature(WIRE)) == 1.0


def test_republication_is_similar_paraphrase_is_not() -> None:
    assert similarity(signature(WIRE), signature(REPUBLISHED)) >= 0.5
    assert similarity(signature(WIRE), signature(PARAPHRASE)) < 0.2
    assert similarity(signature(WIRE), signature(OTHER)) < 0.1


def test_index_finds_the_earliest_original_within_the_window() -> None:
    index = NearDupIndex(window_seconds=72 * HOUR)
    assert index.add(Entry("ar_wire", signature(WIRE), 1000.0, 0))
    assert index.add(Entry("ar_other", signature(OTHER), 1001.0, 1))
    found = index.find(signature(REPUBLISHED), 1000.0 + 5 * HOUR)
    assert found is not None and found[0] == "ar_wire" and found[1] >= 0.5
    assert index.find(signature(PARAPHRASE), 1000.0 + HOUR) is None
    # Outside the window the original no longer counts.
    assert index.find(signature(REPUBLISHED), 1000.0 + 73 * HOUR) is None
    # An article never duplicates itself (a replay of the original).
    assert index.find(signature(WIRE), 1000.0, exclude="ar_wire") is None


def test_add_is_set_if_absent_and_expiry_is_per_partition() -> None:
    index = NearDupIndex(window_seconds=10.0)
    assert index.add(Entry("ar_a", signature(WIRE), 0.0, 0))
    assert not index.add(Entry("ar_a", signature(OTHER), 5.0, 0))  # first entry kept
    index.add(Entry("ar_b", signature(OTHER), 0.0, 1))
    assert index.expired(0, now=100.0) == ["ar_a"]
    assert index.expired(1, now=100.0) == ["ar_b"]
    assert index.expired(0, now=5.0) == []
    index.remove("ar_a")
    assert "ar_a" not in index and len(index) == 1
    assert index.find(signature(WIRE), 0.0) is None


def test_table_entries_round_trip() -> None:
    entry = Entry("ar_a", signature(WIRE), 12.5, 3)
    back = decode_entry("ar_a", encode_entry(entry))
    assert back.ts == 12.5 and back.partition == 3 and np.array_equal(back.sig, entry.sig)


def test_body_drops_the_headline() -> None:
    assert body_of("Headline\n\nBody text here", "Headline") == "Body text here"
    assert body_of("Body only", None) == "Body only"
