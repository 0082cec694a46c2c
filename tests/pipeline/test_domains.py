"""The off-topic screen (``pipeline.domains``): sport, entertainment and gadget stories
emit no events; public affairs, and sport stories with a political event in them, do."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domains import off_topic
from pipeline.enrich import enrich

MATCH_REPORT = (
    "Rovers attack their way back into title race\n\n"
    "Rovers took control of the match after half-time and their striker scored twice as "
    "the league leaders were beaten 3-1 at a packed stadium on Saturday. The coach said "
    "his squad had attacked with pace all season, and the midfielder who was injured in "
    "the first half should be fit for the cup semi-final against City next week. The "
    "goalkeeper saved a penalty before the break, and the defenders held firm as the "
    "players celebrated with their fans at the final whistle."
)
FILM_STORY = (
    "Director's period drama leads Bafta race\n\n"
    "A period drama about a family of farmers has been nominated for best film and its star for "
    "best actor at this year's awards. The film, which topped the box office on its "
    "release, also earned nominations for its soundtrack and for best actress. The "
    "studio said the movie's cast and the singer who wrote its theme song would attend "
    "the premiere of the sequel in Hollywood next month, and audiences have praised the "
    "comedy scenes between the two lead actors."
)
GADGET_STORY = (
    "Phone makers launch attack on tablet market\n\n"
    "Smartphone makers are targeting users of tablet computers with larger handsets, "
    "and the latest devices can stream video games and download films over wireless "
    "broadband. The new phone runs the same software as the maker's laptop range, and "
    "its chip is twice as fast as last year's. Gamers will be able to link the gadget to "
    "a games console, and the camera and browser have been redesigned, the firm said "
    "at a technology show on Tuesday."
)
FEDERATION_BAN = (
    "Football federation bans national team over invasion\n\n"
    "The European football federation banned the country's national team and clubs "
    "from all competitions after its army invaded a neighbour, and the government in "
    "the capital condemned the decision. The league said matches against its clubs "
    "would not be played this season. The sports minister called the ban a political "
    "act, while players and coaches from both countries urged an end to the war."
)
FANS_ATTACKED = (
    "Fans attacked after cup match, police arrest 30\n\n"
    "Supporters of the visiting club were attacked by a gang outside the stadium after "
    "the cup match on Sunday, and police arrested 30 people, officials said. Riot police "
    "fired tear gas as hooligans threw bottles, and the league said it would ban the "
    "home club's fans from away matches for the rest of the season. The interior "
    "minister said the violence was a disgrace and that those detained would face "
    "charges in court."
)
BOYCOTT = (
    "Government orders boycott of World Cup games\n\n"
    "The government ordered its national team to boycott the World Cup games in protest "
    "at the host country's treatment of migrant workers, the foreign minister said on "
    "Monday. The football association said its players and coach would respect the "
    "decision. Human rights groups welcomed the boycott, and the host's embassy accused "
    "the government of using the tournament for political ends."
)
PASSING_SPORT = (
    "Minister resigns after budget row\n\n"
    "The finance minister resigned on Tuesday after the prime minister rejected his "
    "budget plans, and the opposition called for an early election. The minister, a "
    "former football player who once coached his local club, told parliament that the "
    "government had broken its promises on taxes. Cabinet colleagues said the president "
    "would name a successor before the vote on the bill next week."
)
NET_CENSORSHIP = (
    "Government blocks social media as protests spread\n\n"
    "The government blocked internet access and several websites on Friday as protests "
    "against the president spread to the capital, and police arrested dozens of "
    "demonstrators. Users said mobile phones and broadband were cut in three cities. "
    "The opposition accused the authorities of a crackdown, and the United Nations "
    "human rights office urged officials to restore online services."
)
FILM_FESTIVAL_BAN = (
    "Director barred from festival after arrest\n\n"
    "A film director was arrested by security forces and barred from travelling to an "
    "international film festival, where his new movie premieres next week. The "
    "culture ministry said the film insulted the government, and the festival's jury "
    "condemned the arrest. Actors and the director's lawyers said he would appeal in "
    "court against the travel ban imposed by the authorities."
)
#: a film about a war says "war" like a war story: the screen errs towards coding
WAR_FILM = FILM_STORY.replace("period drama", "war drama").replace(
    "a family of farmers", "a besieged city at war")
MARKET_RALLY = (
    "Stocks rally as central bank holds rates\n\n"
    "Shares rallied on Wednesday after the central bank held interest rates, and bond "
    "yields fell for a third day. Banks and miners led the gains while oil prices "
    "slipped on rising stocks. Analysts said investors expected the government's "
    "budget to cut taxes, and the finance minister said growth would pick up this year."
)


@pytest.mark.parametrize(("text", "domain"), [
    (MATCH_REPORT, "sport"), (FILM_STORY, "entertainment"), (GADGET_STORY, "tech")])
def test_sport_film_and_gadget_stories_are_off_topic(text: str, domain: str) -> None:
    assert off_topic(text) == domain


@pytest.mark.parametrize("text", [
    FEDERATION_BAN, FANS_ATTACKED, BOYCOTT, PASSING_SPORT, NET_CENSORSHIP,
    FILM_FESTIVAL_BAN, MARKET_RALLY, WAR_FILM])
def test_public_affairs_stay_coded_even_in_sport_film_or_tech_words(text: str) -> None:
    assert off_topic(text) is None


def test_a_short_text_says_too_little_to_screen() -> None:
    assert off_topic("The striker scored twice as the league leaders won the match.") is None


def test_an_off_topic_article_emits_no_events_and_counts_them(code_text: Any) -> None:
    title, _, body = MATCH_REPORT.partition("\n\n")
    extracted = code_text(body, title=title)
    assert extracted.off_topic == "sport"
    assert extracted.events == []
    assert extracted.screened_events > 0  # "attack", "took control", "injured" misread
    events, record = enrich(extracted, gazetteer=_gazetteer(),
                            now=datetime(2026, 1, 1, tzinfo=UTC))
    assert events == []
    assert record.status == "filtered"
    assert record.reason == f"off_topic: sport ({extracted.screened_events} events screened)"


def test_a_sport_story_with_arrests_keeps_its_events(code_text: Any) -> None:
    title, _, body = FANS_ATTACKED.partition("\n\n")
    extracted = code_text(body, title=title)
    assert extracted.off_topic is None
    assert any(e.type == "COERCE" for e in extracted.events)


def _gazetteer() -> Any:
    from agents.resources import load_gazetteer

    return load_gazetteer()


def test_the_screen_turned_off_codes_the_article(nlp: Any) -> None:
    from pipeline.annotate import annotate_batch
    from pipeline.extract import extract
    from pipeline.ids import content_hash
    from schemas import CleanArticle

    title = MATCH_REPORT.partition("\n\n")[0]
    clean = CleanArticle(article_id="ar_test", title=title, text=MATCH_REPORT, url=None,
                         canonical_url=None, source=None, published="2024-06-26",
                         language="en", content_hash=content_hash(MATCH_REPORT),
                         word_count=len(MATCH_REPORT.split()))
    annotated = annotate_batch([clean], nlp)[0]
    extracted = extract(annotated, vocab=nlp.vocab, version="test",
                        now=datetime(2026, 1, 1, tzinfo=UTC), screen_off_topic=False)
    assert extracted.off_topic is None
    assert extracted.events
