"""A phone call that is the scene of another act ("apologised to Putin in a phone call",
"agreed in a telephone call to resume talks") is a consultation as well (PLOVER CONSULT),
held by the act's subject with the one it speaks to, or between the coordinated callers
(``pipeline.adjunct_meetings``)."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import typed_pairs

STORY = ("Border guards from Peru and Chile exchanged fire near Tacna on Friday. Two "
         "Chilean guards were wounded. ")


def test_an_apology_in_a_phone_call_is_a_call_with_the_one_spoken_to(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = code_text(STORY + "Peru's president apologised to Chile's president in a phone "
                    "call on Saturday.", title="Peru apologises to Chile")
    assert ("PER", "CHL") in typed_pairs(got, "CONSULT")


def test_a_call_hung_on_an_object_belongs_to_the_verb(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = code_text(STORY + "Peru informed Chile of the inquiry in a phone call on "
                    "Saturday.", title="Peru informs Chile")
    assert ("PER", "CHL") in typed_pairs(got, "CONSULT")


def test_coordinated_callers_consult_each_other(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = code_text(STORY + "Peru and Chile agreed in a telephone call on Saturday to "
                    "open an inquiry.", title="Peru and Chile agree inquiry")
    consult = typed_pairs(got, "CONSULT")
    assert ("PER", "CHL") in consult or ("CHL", "PER") in consult


def test_guard_callers_of_one_country_consult_no_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: a president and his own minister on the phone is no consultation between
    # states
    got = code_text(STORY + "Peru's president and Peru's defence minister agreed in a "
                    "telephone call to open an inquiry.", title="Peru opens inquiry")
    assert ("PER", "PER") not in typed_pairs(got, "CONSULT")
