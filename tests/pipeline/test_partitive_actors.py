"""A part of a group ("part of the crowd", "some of the protesters") is the group's
actor when the part word names none of its own."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle


def test_part_of_a_crowd_acts_for_the_crowd(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Thousands of Malians rallied in Bamako on Friday against the Danish troops. "
             "Mali ordered Denmark to withdraw its soldiers. Part of the crowd attacked "
             "the Danish embassy, witnesses said.")
    out = code_text(story, title="Malians rally against Danish troops")
    stoned = [(e.source and e.source.country, e.target and e.target.country)
              for e in out.events if "Part of" in e.evidence.sentence]
    assert ("MLI", "DNK") in stoned
