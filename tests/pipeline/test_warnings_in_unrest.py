"""A state's warning that names no addressee, in a story of two states, is aimed at the
other state even when the story reports street protests: the unrest makes a state's
force and warnings domestic only where nobody else is in the story, or where the
warning names its addressee. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

TITLE = "US sanctions Cuban minister over protest crackdown"
UNREST = ("Thousands of protesters marched in Havana on Sunday. Police detained dozens of "
          "protesters on Monday. ")


def test_an_unaimed_warning_goes_to_the_other_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # two diplomatic protests make the story read as unrest: the warning is still the
    # foreign ministry's to the other state
    out = code_text("The United States protested to China on Saturday over the balloon. "
                    "China protested the downing of the balloon on Sunday. The foreign "
                    "ministry said China reserved the right to respond.",
                    title="US protests to China over balloon")
    got = triples(out)
    assert ("THREATEN", "CHN", "USA") in got and ("THREATEN", "CHN", "CHN") not in got, \
        out.events


def test_a_warning_to_protesters_stays_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(UNREST + "The Cuban government warned protesters that it would respond "
                    "firmly.", title=TITLE)
    assert ("THREATEN", "CUB", "CUB") in triples(out), out.events


def test_a_warning_in_one_countrys_unrest_stays_at_home(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Thousands of protesters marched in Almaty on Sunday. Police detained "
                    "dozens of protesters on Monday. The government warned that it would "
                    "act firmly.", title="Kazakh police detain protesters")
    got = {t for t in triples(out) if t[0] == "THREATEN"}
    assert got == {("THREATEN", "KAZ", "KAZ")}, out.events
