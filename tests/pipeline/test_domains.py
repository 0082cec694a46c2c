"""The off-topic screen (``pipeline.domains``): sport, entertainment and gadget stories
emit no events; public affairs, and sport stories with a political event in them, do."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime
from typing import Any

import pytest

from pipeline.domains import DATA, domain_cues, off_topic
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


#: two public-affairs cues ("police", "arrested"): under MIN_PUBLIC_CUES, so density decides
ONE_ARREST = " Police said one fan was arrested outside the ground before kick-off."


def test_two_public_cues_keep_a_short_sport_story_by_density() -> None:
    # 2 cues in ~100 words: 2 per 100, at or above MAX_PUBLIC_DENSITY
    assert off_topic(MATCH_REPORT + ONE_ARREST) is None


def test_two_public_cues_in_a_long_sport_story_are_too_sparse_to_keep_it() -> None:
    # the same 2 cues in ~270 words: under 1 per 100, so the story is screened
    title, _, body = MATCH_REPORT.partition("\n\n")
    assert off_topic(f"{title}\n\n{' '.join([body] * 3)}{ONE_ARREST}") == "sport"


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


# Political stories in sport or tech words that the first screen silenced (cold review,
# session 24): its lists lacked the inflected forms ("killing", "jailed", "deaths") and it
# judged by density alone, so one political paragraph in a long story was not enough.

TEAM_BUS_ATTACK = (
    "Gunmen opened fire on a bus carrying Togo's football team as it crossed into "
    "Angola's Cabinda province on Friday, killing the assistant coach and the team's "
    "press officer and wounding several players, the team's captain said. The squad was "
    'travelling to the Africa Cup of Nations, where Togo was due to play its first match '
    "against Ghana on Monday. A separatist group fighting for Cabinda's independence "
    'claimed the attack. Goalkeeper Kodjovi Obilale was flown to a hospital in '
    'Johannesburg with gunshot wounds to his back. "We were under fire for half an hour, '
    'lying under the seats," said the midfielder Thomas Dossevi. The tournament '
    'organisers said the competition would go ahead as planned, with extra security '
    "around the stadium in Cabinda. Togo's players said they wanted to go home. Their "
    'first match was expected to be cancelled and the squad left for Lome on Sunday, '
    'forfeiting their place in the tournament. Other teams in the group, including Ghana '
    'and Burkina Faso, said they would stay.'
)

STADIUM_WORKER_DEATHS = (
    'An international trade union federation filed a complaint with the International '
    'Labour Organization on Monday accusing Qatar of failing to investigate the deaths of'
    ' migrant workers who built the stadiums for the World Cup. The complaint says '
    'hundreds of workers from Nepal, India and Bangladesh died on building sites in '
    "extreme heat and that their families were never compensated. Qatar's organising "
    'committee said three workers died in work-related accidents on stadium sites and '
    'that the figures cited by campaigners were misleading. The tournament, the first '
    'World Cup held in the Middle East, drew record television audiences and saw '
    "Argentina beat France in the final on penalties. Football's governing body FIFA has "
    "said it will consider a fund for workers' families. Several European football "
    'associations, including those of Norway and the Netherlands, have backed the call '
    'for compensation. The complaint asks the ILO to send a mission to Doha.'
)

FAN_VIOLENCE = (
    'Fighting broke out between rival supporters at the Marseille stadium on Saturday '
    "during England's opening match of the European Championship against Russia, which "
    'ended in a 1-1 draw. Around 150 Russian fans charged across the terraces towards the'
    ' England section in the final minutes of the match, throwing flares and punching '
    'supporters, forcing many to climb over fences to escape. Outside the ground, an '
    'English fan was left in a coma after being beaten with an iron bar. French '
    'prosecutors said the Russian group was well trained and organised. The match had '
    'looked to be heading for an England win after Eric Dier scored with a free-kick in '
    'the second half, but Vasili Berezutski headed an equaliser in stoppage time. '
    "England's manager said his players had been aware of trouble but had focused on the "
    'game. The England captain said the team had been distracted by what they saw in the '
    'stands. UEFA opened disciplinary proceedings against the Russian football union and '
    'warned that Russia could be thrown out of the tournament if there was any repeat. '
    "England's next match is against Wales in Lens on Thursday and Russia face Slovakia "
    'in Lille. French police expelled a busload of Russian supporters and several England'
    " fans were jailed for throwing bottles in the old port. The manager's squad trained "
    'in Chantilly on Sunday, with the midfielder recovering from a knock to the ankle. '
    "The tournament's group stage continues with Germany against Ukraine in Lille."
)

INTERNET_SHUTDOWN_LONG = (
    'Ethiopia shut down mobile internet across the Amhara region on Thursday as fighting '
    'between the army and a local militia spread to several towns, users and an internet '
    'monitoring group said. Broadband and phone calls were also cut in the regional '
    'capital Bahir Dar. The monitoring group said traffic from the region dropped to '
    'almost zero. Businesses said they could not make online payments and students could '
    'not download exam material. The government has used internet shutdowns repeatedly in'
    ' recent years during unrest and exams. Rights groups said the blackout made it '
    'impossible to verify reports of civilian deaths. Mobile operators said they had '
    'received an order to suspend data services but gave no details. Internet users in '
    'the capital Addis Ababa were not affected, and some travelled there to send e-mail '
    'and download files. The shutdown is the latest in a series that digital rights '
    'groups say has cost the economy hundreds of millions of dollars. Ethio Telecom, the '
    'state-owned operator that has long held a monopoly on mobile and broadband services,'
    " opened the market to a Kenyan-led consortium two years ago, and the newcomer's "
    "network has grown to more than four million users. Both companies' mobile data "
    'services went dark at the same time on Thursday evening, monitoring data showed. '
    'Small businesses that sell phones, airtime and computer repairs in Bahir Dar said '
    'their trade had collapsed overnight, and freelance software developers who work for '
    'clients abroad said they could not reach them. Online banking apps stopped working '
    'and cash machines ran out of money. Digital rights campaigners said satellite '
    'internet terminals were being smuggled in from neighbouring countries, though they '
    'remain expensive and are not licensed for sale. Users in nearby regions said their '
    'connections were slower than usual.'
)

SPYWARE_LONG = (
    'Spyware made by an Israeli company was used to hack the phones of at least 30 '
    'journalists and activists in El Salvador, researchers at a Canadian university lab '
    'said on Thursday. The software, known as Pegasus, can read messages, switch on a '
    "phone's camera and microphone and track its location without the user noticing. The "
    'researchers found traces of the spyware on devices belonging to reporters at an '
    "online newspaper that has investigated the president's dealings with gangs. The "
    'company says it sells its technology only to governments to fight crime and '
    "terrorism. The newspaper's editor said its staff had been watched for more than a "
    'year. Researchers said the spyware had been installed through a flaw in a messaging '
    'app that needed no click from the user, and that the phone maker had since fixed the'
    ' software. Digital security experts advised reporters to keep their devices updated.'
    ' The lab, which has tracked the spyware for years, said it had examined the phones '
    'of 35 people who asked for help after receiving warnings from Apple that their '
    'devices might have been targeted by state-sponsored attackers. It found infections '
    'on 22 phones at the newspaper alone, some of which had been hacked repeatedly over '
    "many months. Data stolen from one reporter's phone included photographs, contacts "
    'and recordings of calls with sources. The researchers published technical details so'
    ' that other security teams could check devices for the same infection. Apple said it'
    ' had patched the flaw in a software update and urged users to install it. A digital '
    'rights group said the case showed that commercial spyware was out of control and '
    'that companies selling it had to be held to account.'
)

FRESH_SPORT_ARREST = (
    "Cricket board chief held over match-fixing\n\n"
    "The head of the national cricket board was jailed on Monday after prosecutors said "
    "he took bribes to fix the result of a league match, and two players were detained "
    "at the airport. The board's coach said the squad would still travel for the "
    "tournament, and the captain, who scored a century in the last fixture, urged fans "
    "to support the team. The season opens next week with three matches at the national "
    "stadium, where the club's new goalkeeper coach and two strikers will make their "
    "debut before the cup semi-final against the champions in the spring."
)


@pytest.mark.parametrize("text", [TEAM_BUS_ATTACK, STADIUM_WORKER_DEATHS, FAN_VIOLENCE,
                                  INTERNET_SHUTDOWN_LONG, SPYWARE_LONG, FRESH_SPORT_ARREST])
def test_killings_deaths_jailings_and_state_acts_keep_a_sport_or_tech_story_coded(
        text: str) -> None:
    assert off_topic(text) is None


def test_three_public_affairs_cues_keep_a_story_coded_whatever_its_length() -> None:
    # one political sentence at the end of a long match report (under 1 cue per 100 words)
    report = " ".join([MATCH_REPORT] * 4)
    assert off_topic(report) == "sport"
    assert off_topic(report + " Outside the ground, police arrested four men after a "
                     "brawl with rival fans.") is None


def test_no_cue_is_listed_twice() -> None:
    # a repeat in one list is dead; one in two lists lets dict order break a tie
    raw = tomllib.loads(DATA.read_text(encoding="utf-8"))
    lists = [*raw["off_topic"].values(), raw["public_affairs"]["cues"]]
    every = [cue for cues in lists for cue in cues]
    assert len(every) == len(set(every))


def test_a_phrase_cue_counts_once() -> None:
    # "world cup" and "prime minister" are cues; their "cup" and "minister" are not again
    cues = domain_cues("The prime minister watched the world cup final.")
    assert (cues.domains["sport"], cues.public) == (1, 1)
