"""An undated headline takes the day the body gives its act: the same act by the same
parties when the story tells it no later than the first dated act of the type, else the
first dated act of the type. Another party's act of the type ("Lithuania followed on
Wednesday") does not date it, nor does a later act of the same parties."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

PUB = "2025-03-13"  # a Thursday


def _headline_days(out: ExtractedArticle, title: str, kind: str) -> set[str | None]:
    return {e.date for e in out.events if e.evidence.start < len(title) and e.type == kind}


def test_the_same_parties_act_in_the_lead_dates_the_headline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Poland expels Russian diplomats"
    out = code_text("Poland expelled two Russian diplomats over spying claims.\n\n"
                    "The foreign minister announced the decision late on Tuesday. "
                    "Lithuania expelled a Russian envoy on Wednesday.",
                    title=title, published=PUB)
    assert _headline_days(out, title, "SANCTION") == {"2025-03-11"}


def test_a_later_act_of_the_same_parties_does_not_date_the_headline(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Police arrest opposition leader"
    out = code_text("Police arrested opposition leader Ali Musa in the capital on Monday, "
                    "his lawyer said.\n\nHe denied the charges. On Wednesday, police "
                    "arrested two of his aides at their homes.", title=title, published=PUB)
    assert _headline_days(out, title, "COERCE") == {"2025-03-10"}


def test_an_undated_act_of_the_lead_takes_the_day_the_body_tells_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    lead = ("Poland expelled two Russian diplomats after Russian protesters stormed its "
            "consulate in St Petersburg.")
    out = code_text(f"{lead}\n\nThe foreign minister announced the expulsions late on "
                    "Tuesday. Russian protesters stormed the Polish consulate in St "
                    "Petersburg late on Sunday, smashing windows.", published=PUB)
    stormed = {e.date for e in out.events if e.evidence.start < len(lead)
               and e.type in ("PROTEST", "ASSAULT")}
    assert stormed == {"2025-03-09"}


def test_a_lead_dated_by_the_day_it_was_said_takes_the_day_the_body_gives(
        code_text: Callable[..., ExtractedArticle]) -> None:
    title = "Rebels seize port town in Mozambique"
    lead = ("Islamist rebels have taken control of the port town of Pemba in Mozambique "
            "after days of fighting, the defence ministry said on Thursday.")
    out = code_text(f"{lead}\n\nThe rebels overran the town of Pemba on Wednesday, two "
                    "security sources said.", title=title, published=PUB)
    told = {e.date for e in out.events if e.evidence.start < len(title) + 2 + len(lead)
            and e.type == "ASSAULT"}
    assert told == {"2025-03-12"}
