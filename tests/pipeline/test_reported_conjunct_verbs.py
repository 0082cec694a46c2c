"""A verb after "and" that the parser hangs on the reported clause ("X said Y had
crossed the line, and told Y to halt") is the speaker's act, not the reported subject's
act on its own country; "a spokesman for the X army" speaks for X."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle

TITLE = "Somalia says its troops stay in border town"
LEAD = "Somalia said on Monday its troops would stay in the town of Beled Hawo. "


def requests(out: ExtractedArticle) -> list[tuple[str | None, str | None]]:
    return [(e.source and e.source.country, e.target and e.target.country)
            for e in out.events if e.type == "REQUEST"]


def test_conjoined_demand_after_a_report_is_the_speaker_s(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "Kenyan Foreign Ministry spokeswoman Jane Atieno said on Tuesday "
                    "the Somalis bore full responsibility and urged Mogadishu to stop its "
                    "provocations.", title=TITLE)
    assert requests(out) == [("KEN", "SOM")]


def test_a_spokesman_for_an_army_speaks_for_its_country(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(LEAD + "A spokesman for the Kenyan army said on Tuesday that Somali "
                    "troops had crossed the line, and told Somalia to halt all "
                    "provocations.", title=TITLE)
    assert requests(out) == [("KEN", "SOM")]


def test_the_two_countries_in_an_outsider_s_account_are_the_story_s_parties(
        code_text: Callable[..., ExtractedArticle]) -> None:
    story = ("Ethiopia and Eritrea exchanged fire on Friday. Eritrea accused Ethiopia of "
             "shelling its border posts. Kenyan President William Ruto said on Sunday that "
             "the two countries had agreed to a ceasefire.")
    out = code_text(story, title="Ethiopia and Eritrea agree ceasefire")
    agreed = [(e.source and e.source.country, e.target and e.target.country)
              for e in out.events if e.type == "AGREE"]
    assert agreed and all(pair in (("ETH", "ERI"), ("ERI", "ETH")) for pair in agreed)
