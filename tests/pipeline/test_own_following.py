""""Khan urged supporters to stay calm", "Obama urged lawmakers to end the embargo": a
leader's supporters and a state's own legislature, named by no country of their own, are
the speaker's own people; an appeal to them or a refusal of them is made at home, not
aimed at the other party of a two-party story."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import pairs_in

STORY = ("Bolivia accused Chile of blocking its exports through the port of Arica on "
         "Monday. Chile rejected the accusation and said Bolivia was trying to distract "
         "voters. ")


def test_an_appeal_to_supporters_is_made_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(STORY + "Bolivian President Luis Arce later urged supporters to "
                    "gather peacefully outside the presidential palace.",
                    title="Bolivia accuses Chile over port")
    assert pairs_in(out, "urged supporters") == {("BOL", "BOL")}


def test_an_appeal_to_lawmakers_and_party_supporters_is_made_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # a story about Cuba: the American president's lawmakers are no Cubans, and the
    # Cuban leader's party supporters are no Americans
    out = code_text("Cuba accused the United States of strangling its economy with the "
                    "embargo on Monday. Havana said the embargo had cost Cuba billions of "
                    "dollars. US President Joe Biden urged lawmakers to open a debate on "
                    "ending the embargo. The Cuban leader called on the party's supporters "
                    "to defend the revolution.", title="Cuba accuses US over embargo")
    assert pairs_in(out, "urged lawmakers") == {("USA", "USA")}
    assert pairs_in(out, "party's supporters") == {("CUB", "CUB")}


def test_guard_a_group_placed_abroad_keeps_its_place(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: lawmakers the sentence places in another country, and the supporters of
    # a person named, are not the speaker's own
    out = code_text(STORY + "Peru's foreign minister urged lawmakers in Santiago to "
                    "reject the new tariffs. Arce urged the supporters of Boric to "
                    "accept the result.", title="Bolivia accuses Chile over port")
    assert ("PER", "PER") not in pairs_in(out, "urged lawmakers in Santiago")
    assert ("BOL", "BOL") not in pairs_in(out, "supporters of Boric")


def test_guard_a_warning_to_parliament_is_about_the_other_party(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a warning told to one's parliament threatens the party it names
    out = code_text(STORY + "Arce warned parliament on Tuesday that Bolivia would take "
                    "firm measures if Chile did not reopen the port.",
                    title="Bolivia accuses Chile over port")
    assert ("BOL", "BOL") not in pairs_in(out, "warned parliament")


def test_guard_another_leader_s_supporters_are_his(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a possessor named by the tagger as a person owns the following
    out = code_text("Russian President Vladimir Putin urged Biden's supporters to "
                    "reconsider.", title="Putin urges Americans to reconsider")
    assert ("RUS", "RUS") not in pairs_in(out, "Biden's supporters")


def test_guard_a_chamber_urged_by_a_visitor_is_not_the_visitor_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: urging a chamber is no appeal to one's own following; a Georgian story's
    # parliament is Georgia's when a US official urges it
    story = ("Georgia's parliament passed a foreign agents law on Tuesday despite street "
             "protests in Tbilisi. Georgian police dispersed the crowd in Tbilisi. ")
    out = code_text(story + "The US State Department rejected the law and urged parliament "
                    "to repeal it.", title="Georgia passes foreign agents law")
    assert ("USA", "USA") not in pairs_in(out, "urged parliament")
