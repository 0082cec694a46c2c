"""Dates: a clause opened by a plain "after" under a dated main clause.

News leads give the day of the latest development and tuck what caused it into an
"after" clause: that clause, naming no day of its own, fell the day before. An "after"
that opens a noun phrase ("after talks"), follows a late-in-the-day main clause or follows
the main clause's day directly ("erupted on Monday after ...", "closed the crossing on
Tuesday, after ...", "began on Wednesday afternoon after ...") stays on that day, unless
that day is a report's ("officials said on Sunday, after ...") or a non-event's ("did not
recall ... on Tuesday, after ...") or the clause looks further back ("after troops had
shelled ...")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import dates_by_trigger

PUB = "2025-03-14"  # a Friday



def _all(out: ExtractedArticle) -> list[tuple[str | None, str | None]]:
    return [(e.trigger, e.date) for e in out.events]


def test_an_after_clause_with_a_finite_verb_falls_the_day_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the main clause's day is not next to the "after"
    out = code_text("Soldiers blocked the parliament on Monday as talks failed, after the "
                    "president dismissed the prime minister.", published=PUB)
    assert "2025-03-09" in {d for _, d in _all(out)}, _all(out)


def test_an_after_clause_in_the_passive_gerund_falls_the_day_before(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The governor remained in hospital on Thursday after being shot by "
                    "a gunman in the capital.", published=PUB)
    assert "2025-03-12" in {d for _, d in _all(out)}, _all(out)


def test_an_after_noun_phrase_stays_on_the_main_clause_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Armenia and Azerbaijan agreed on Thursday to release prisoners, after "
                    "talks in Geneva.", published=PUB)
    assert "2025-03-12" not in {d for _, d in _all(out)}, _all(out)


def test_an_after_clause_under_an_evening_main_clause_stays_on_its_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The mayor apologised on Sunday evening after police fired tear gas at "
                    "protesters.", published=PUB)
    assert "2025-03-08" not in {d for _, d in _all(out)}, _all(out)


def test_a_day_run_straight_into_an_after_clause_keeps_that_day(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # no comma between the day and "after": one sequence told on that day
    out = code_text("Riots erupted in the capital on Wednesday after police arrested the "
                    "opposition leader.", published=PUB)
    assert dates_by_trigger(out, "arrest") == {"2025-03-12"}


def test_a_name_ending_in_ing_opens_no_participle(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "Beijing" is the after clause's subject, not a participle looking back a day
    out = code_text("Protests erupted in Taipei on Wednesday after Beijing detained two "
                    "Taiwanese sailors.", published=PUB)
    assert dates_by_trigger(out, "detain") == {"2025-03-12"}, _all(out)


# The day next to "after" with a comma or a part of the day between: the two acts are
# told as one sequence on that day. PUB is a Friday: Tuesday 11th, Saturday 8th.
SAME_DAY = [
    ("Police closed the border crossing on Tuesday, after protesters blocked the road "
     "with lorries.", "block", "2025-03-11"),
    ("Police fired tear gas on Saturday afternoon after protesters stormed the parliament "
     "in Accra.", "crowd damage", "2025-03-08"),
    ("Kenya closed its border with Somalia on March 11, after al-Shabaab militants "
     "attacked a police post.", "attack", "2025-03-11"),
    ("Nigeria recalled its ambassador from Ghana on Tuesday, after Ghanaian troops "
     "shelled a border post.", "shell", "2025-03-11"),
    # an act of saying is an act: "announced" is no report's attribution
    ("The ministry announced on Tuesday, after Ghanaian troops shelled a border post, that "
     "it was recalling its envoy from Accra.", "shell", "2025-03-11"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), SAME_DAY)
def test_a_day_next_to_an_after_clause_keeps_that_day(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str, day: str
) -> None:
    out = code_text(text, published=PUB)
    assert dates_by_trigger(out, trigger) == {day}, _all(out)


# Not the main clause's day: a report's day, a non-event's, a clause looking further
# back, a participle, a gap that counts, a day or period of the clause's own.
NOT_THAT_DAY = [
    ("Officials said on Sunday, after Ghanaian troops shelled a border post, that the "
     "truce had collapsed.", "shell", "2025-03-09"),
    ("Ghana's army said in a statement on Sunday, after Nigerian troops shelled a border "
     "post, that it would respond.", "shell", "2025-03-09"),
    ("Nigeria did not recall its ambassador on Tuesday, after Ghana apologised for the "
     "shelling.", "apologise", "2025-03-11"),
    ("Nigeria never recalled its ambassador on Tuesday, after Ghana apologised for "
     "shelling the border post.", "apologise", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, after Ghanaian troops had shelled "
     "border posts for weeks.", "shell", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, after being attacked by Ghanaian "
     "troops.", "attack", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, a day after Ghanaian troops shelled a "
     "border post.", "shell", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, after Ghanaian troops shelled a border "
     "post on Sunday.", "shell", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, after Ghanaian troops shelled a border "
     "post last month.", "shell", "2025-03-11"),
    ("Nigeria recalled its ambassador on Tuesday, the foreign ministry said, after "
     "Ghanaian troops shelled a border post.", "shell", "2025-03-11"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), NOT_THAT_DAY)
def test_an_after_clause_not_told_as_one_sequence_leaves_that_day(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str, day: str
) -> None:
    out = code_text(text, published=PUB)
    dates = dates_by_trigger(out, trigger)
    assert dates and day not in dates, _all(out)


# The main clause's own act on that day, whatever else the sentence holds: a negation
# in a relative clause ("who could not get in") is not the main clause's, "said it
# struck ... on Sunday" gives the strike's day, not a report's, and a past perfect that
# is not the "after" clause's own verb ("a cleric officials had accused", "announced he
# had quit") does not look further back. Without a comma the day runs straight into the
# clause; with one, the same readings hold.
MAIN_DAY = [
    ("Fans who could not get into the stadium rioted in Cairo on Saturday after police "
     "fired tear gas at the gates.", "fire tear gas", "2025-03-08"),
    ("Fans who could not get into the stadium rioted in Cairo on Saturday, after police "
     "fired tear gas at the gates.", "fire tear gas", "2025-03-08"),
    ("Lawmakers who had not seen the text walked out of parliament on Tuesday after the "
     "speaker expelled an opposition MP.", "expel", "2025-03-11"),
    ("Workers who have not been paid since March went on strike in Lagos on Monday, after "
     "police arrested three union leaders.", "arrest", "2025-03-10"),
    ("Israel said it struck Hezbollah on Sunday after the group fired rockets at Kiryat "
     "Shmona.", "fire rocket", "2025-03-09"),
    ("Israel said it struck Hezbollah on Sunday, after the group fired rockets at Kiryat "
     "Shmona.", "fire rocket", "2025-03-09"),
    ("Hundreds marched in Karachi on Sunday after police arrested a cleric officials had "
     "accused of blasphemy.", "arrest", "2025-03-09"),
    ("Hundreds marched in Karachi on Sunday, after police arrested a cleric officials had "
     "accused of blasphemy.", "arrest", "2025-03-09"),
    ("Protests erupted in Baghdad on Monday after Sadr announced he had quit politics.",
     "quit", "2025-03-10"),
    ("Protests erupted in Baghdad on Monday, after Sadr announced he had quit politics.",
     "quit", "2025-03-10"),
]


@pytest.mark.parametrize(("text", "trigger", "day"), MAIN_DAY)
def test_an_after_clause_under_the_main_clause_own_act_keeps_its_day(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str, day: str
) -> None:
    out = code_text(text, published=PUB)
    assert dates_by_trigger(out, trigger) == {day}, _all(out)


# The lead's "after" clause, dated only by its main clause, takes the day the body gives
# the same act by the same parties (``lead_days``); anything else keeps its day.

_LEAD_AFTER = [
    ("Pakistan closed the Torkham border crossing on Friday after Afghan forces shelled a "
     "Pakistani border post. Afghan forces shelled the Pakistani post on Wednesday evening.",
     "shell", {"2025-03-12"}),
    ("Chad recalled its ambassador from Sudan on Friday after Sudanese troops attacked a "
     "Chadian village. Sudanese troops attacked the Chadian village on Tuesday.",
     "attack", {"2025-03-11"}),
    ("Turkey summoned the Swedish ambassador on Friday after Swedish police arrested two "
     "Turkish journalists in Stockholm. Swedish police arrested the journalists on Tuesday.",
     "arrest", {"2025-03-11"}),
    # "also" in a clause of its own after the day marks that clause's act, not this one
    ("Hungary blocked EU aid to Ukraine on Friday after Ukraine was accused by Hungary of "
     "mistreating Hungarians. Hungary accused Ukraine of mistreating its minority on "
     "Thursday, after Ukraine also accused Hungary on Wednesday.", "accuse",
     {"2025-03-13", "2025-03-12"}),
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate in Istanbul. Turkish protesters ransacked the Thai consulate on Wednesday "
     "night.", "crowd damage", {"2025-03-12"}),
    # a reported look back in an "after" clause is dated by its own telling, not the main
    # clause's day, so it can date the lead's act
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate. Thai diplomats met Turkish officials on Wednesday. The envoy had left after "
     "Turkish protesters had ransacked the Thai consulate, a Thai spokesman said Thursday.",
     "crowd damage", {"2025-03-12"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), _LEAD_AFTER)
def test_a_leads_after_clause_takes_the_day_the_body_gives_its_act(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str,
        days: set[str]) -> None:
    out = code_text(text, title="Envoys", published=PUB)
    assert dates_by_trigger(out, trigger) == days, _all(out)


_LEAD_KEEPS = [
    # the lead's own clause is dated: a same act told on another day is another one
    ("Kenya expelled two Somali diplomats on Friday after talks failed. Kenya expelled two "
     "Somali diplomats on Wednesday too.", "expel", {"2025-03-14", "2025-03-12"}),
    # the body's telling is long before the story: an earlier occurrence
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate. Turkish protesters ransacked the Thai consulate on March 2 last year as "
     "well.", "crowd damage", {"2025-03-14", "2024-03-02"}),
    # the body's telling is still to come: a plan
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate. Turkish protesters will ransack the Thai consulate again on Monday, "
     "organisers warned.", "crowd damage", {"2025-03-14", "2025-03-17"}),
    # other doers
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate. Greek protesters ransacked the Thai consulate in Athens on Wednesday.",
     "crowd damage", {"2025-03-14", "2025-03-12"}),
    # "as" tells what went on at the same time
    ("Kenyan police fired tear gas on Friday as Kenyan protesters marched on parliament. "
     "Kenyan protesters marched on parliament on Wednesday.", "march",
     {"2025-03-14", "2025-03-12"}),
    # not the lead: a later sentence's "after" clause goes on with its main clause's day
    ("Kenya recalled its ambassador from Somalia on Friday. Thailand closed its embassy in "
     "Ankara on Thursday after Turkish protesters ransacked its consulate. Turkish "
     "protesters ransacked the Thai consulate on Tuesday.", "crowd damage",
     {"2025-03-13", "2025-03-11"}),
    # a question tells no act; the lead comes after it
    ("Did Turkish protesters ransack the Thai consulate on Wednesday? Thailand closed its "
     "embassy in Ankara on Friday after protesters ransacked its consulate.", "crowd damage",
     {"2025-03-14"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), _LEAD_KEEPS)
def test_other_lead_acts_keep_their_days(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str,
        days: set[str]) -> None:
    out = code_text(text, title="Envoys", published=PUB)
    assert dates_by_trigger(out, trigger) == days, _all(out)


# The body's telling can date the lead's "after" clause only if it can be that act
# (review of the rule): no later than the main clause's day, which the "after" says
# came later; not a report's day; not marked as another occurrence ("another", "again",
# "also", "first"); not of another count or a place of its own. Mon 10 .. Fri 14.
_LEAD_OTHER_TELLINGS = [
    ("Thailand closed its embassy in Ankara on Monday after Turkish protesters ransacked "
     "its consulate. On Thursday, Turkish protesters ransacked the Thai consulate again.",
     "crowd damage", {"2025-03-10", "2025-03-13"}),
    ("India suspended talks with Pakistan on Thursday after Pakistani troops shelled Indian "
     "positions in Kashmir. Pakistani troops shelled Indian positions again on Friday, "
     "killing two soldiers.", "shell", {"2025-03-13", "2025-03-14"}),
    ("Egypt closed the Rafah crossing on Tuesday after Israeli forces seized the "
     "Palestinian side of it. Israeli forces seized an aid convoy near Rafah on Thursday, "
     "the UN said.", "seize", {"2025-03-11", "2025-03-13"}),
    ("Thailand closed its embassy in Ankara on Monday after Turkish protesters ransacked "
     "its consulate. Turkish protesters ransacked the Thai consulate, Thai officials told "
     "reporters on Wednesday.", "crowd damage", {"2025-03-10", "2025-03-12"}),
    ("Mexican police arrested the mayor of Iguala on Friday after gunmen killed a candidate "
     "in Guerrero. Gunmen killed another candidate in Michoacan on Wednesday.", "kill",
     {"2025-03-14", "2025-03-12"}),
    ("Nigeria deployed troops to Zamfara on Friday after bandits abducted 50 students. "
     "Bandits abducted 20 farmers in Kaduna on Wednesday.", "abduct",
     {"2025-03-14", "2025-03-12"}),
    ("Ecuador raided the Mexican embassy on Friday after Mexico granted asylum to a former "
     "vice-president. Mexico had granted asylum to another Ecuadorian politician on "
     "Tuesday.", "grant asylum", {"2025-03-14", "2025-03-11"}),
    ("Turkey summoned the Swedish ambassador on Friday after Swedish police arrested two "
     "Turkish journalists in Stockholm. Swedish police arrested two other Turkish "
     "journalists in Malmo on Monday, according to Turkish media.", "arrest",
     {"2025-03-14", "2025-03-10"}),
    ("Poland summoned the Belarusian ambassador on Friday after Belarusian guards beat a "
     "Polish soldier at the border. Belarusian guards beat a Polish journalist in Minsk on "
     "Wednesday, a rights group said.", "beat", {"2025-03-14", "2025-03-12"}),
    ("Kenyan police fired tear gas on Friday after protesters marched on parliament in "
     "Nairobi. Protesters also marched on parliament on Tuesday, the first day of the "
     "protests.", "march", {"2025-03-14", "2025-03-11"}),
    ("Police fired tear gas at protesters in Nairobi on Thursday after thousands of Kenyans "
     "marched on parliament. Kenyan protesters first marched on parliament on Tuesday.",
     "march", {"2025-03-13", "2025-03-11"}),
    ("Thailand closed its embassy in Ankara on Friday after Turkish protesters ransacked its "
     "consulate. Turkish protesters ransacked the Thai consulate on Wednesday as well.",
     "crowd damage", {"2025-03-14", "2025-03-12"}),
]


@pytest.mark.parametrize(("text", "trigger", "days"), _LEAD_OTHER_TELLINGS)
def test_a_leads_after_clause_keeps_its_day_over_another_telling(
        code_text: Callable[..., ExtractedArticle], text: str, trigger: str,
        days: set[str]) -> None:
    out = code_text(text, title="Envoys", published=PUB)
    assert dates_by_trigger(out, trigger) == days, _all(out)


@pytest.mark.parametrize(("title", "text", "trigger", "days"), [
    ("Israeli forces seize Rafah crossing",
     "Egypt closed the Rafah crossing on Tuesday after Israeli forces seized the Palestinian "
     "side of it. Israeli forces seized an aid convoy near Rafah on Thursday, the UN said.",
     "seize", {"2025-03-11", "2025-03-13"}),
    ("Bandits abduct 50 students in Zamfara",
     "Nigeria deployed troops to Zamfara on Friday after bandits abducted 50 students. "
     "Bandits abducted 20 farmers in Kaduna on Wednesday.", "abduct",
     {"2025-03-14", "2025-03-12"}),
])
def test_the_headline_keeps_the_leads_day_over_another_telling(
        code_text: Callable[..., ExtractedArticle], title: str, text: str, trigger: str,
        days: set[str]) -> None:
    out = code_text(text, title=title, published=PUB)
    assert dates_by_trigger(out, trigger) == days, _all(out)
