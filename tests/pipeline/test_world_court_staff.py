"""A world court's judges and prosecutors, and the court named again as "the tribunal",
are the world body's when the court the story last named is an international one: not
the story's own country. A court's staff described as their own ("judges at the Paris
court", "Russian prosecutors", "the federal constitutional court"), a new court ("a
court in Nairobi") or a national court named last keep their own reading; and a world
court's rulings are given at the seat the story named for it, not at the dateline.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in, sources_in, triples


def _pairs(out: Any, words: str) -> set[tuple[str | None, str | None]]:
    return {(e.source and (e.source.country or e.source.role),
             e.target and (e.target.country or e.target.role))
            for e in out.events if words in e.evidence.sentence}



def test_the_judges_of_a_world_court_are_the_world_body(code_text: Any) -> None:
    out = code_text("Kenya rejects sea ruling\n\nThe International Court of Justice ruled "
                    "on Tuesday that there was no agreed maritime boundary. The judges "
                    "dismissed Kenya's argument. Kenya had boycotted the hearings after "
                    "judges refused its request for a postponement.")
    assert ("IGO", "KEN") in _pairs(out, "judges refused"), triples(out)


def test_prosecutors_after_a_world_court_are_its_prosecutors(code_text: Any) -> None:
    out = code_text("Leader's trial ends\n\nThe leader faced charges of crimes against "
                    "humanity at the International Criminal Court. Prosecutors dropped the "
                    "case in December, saying the government had failed to hand over "
                    "evidence.")
    assert sources_in(out, "Prosecutors dropped") == {"IGO"}, triples(out)


def test_the_tribunal_is_the_world_court_named_before(code_text: Any) -> None:
    out = code_text("Sea border dispute\n\nThe International Court of Justice drew a new "
                    "sea border. Nairobi accused the tribunal of bias.")
    assert ("ACCUSE", "KEN", "IGO") in triples(out), triples(out)


def test_an_international_arbitration_tribunal_is_a_world_body(code_text: Any) -> None:
    out = code_text("Sea claims\n\nIn 2016, an international arbitration tribunal in The "
                    "Hague ruled against China's claims, a decision Beijing has refused "
                    "to recognise.")
    assert ("REJECT", "CHN", "IGO") in triples(out), triples(out)


def test_the_world_court_by_that_name(code_text: Any) -> None:
    out = code_text("World Court rejects Bolivia's bid to force Chile into talks")
    assert ("REJECT", "IGO", "BOL") in triples(out), triples(out)


def test_a_national_court_named_last_keeps_its_judges(code_text: Any) -> None:
    out = code_text("Journalist jailed\n\nThe International Criminal Court issued an "
                    "arrest warrant for Vladimir Putin in March. A Moscow court later "
                    "sentenced the journalist to six years, and the judges rejected his "
                    "appeal.")
    assert "IGO" not in sources_in(out, "the judges rejected"), triples(out)


def test_judges_of_a_court_they_name_are_its_own(code_text: Any) -> None:
    out = code_text("Doctor's appeal\n\nAfter the ICC ruling, judges at the Paris court "
                    "rejected the Rwandan doctor's appeal.")
    assert "IGO" not in sources_in(out, "judges at the Paris court"), triples(out)


def test_prosecutors_with_their_nationality_are_their_states(code_text: Any) -> None:
    out = code_text("Court's judges charged\n\nThe International Criminal Court accused "
                    "Russia of deporting children. Russian prosecutors opened a case "
                    "against the court's judges.")
    assert sources_in(out, "Russian prosecutors") == {"RUS"}, triples(out)


def test_a_described_national_court_is_no_world_court(code_text: Any) -> None:
    out = code_text("Handover\n\nThe war crimes tribunal in The Hague indicted Milosevic "
                    "in 1999. The federal constitutional court suspended the decree on "
                    "Thursday.")
    assert "IGO" not in sources_in(out, "federal constitutional court"), triples(out)


def test_a_new_court_is_no_world_court(code_text: Any) -> None:
    out = code_text("Activist jailed\n\nThe International Court of Justice ruled on "
                    "Kenya's border in 2021. A court in Nairobi sentenced an activist to "
                    "three years on Monday.")
    assert "IGO" not in sources_in(out, "A court in Nairobi"), triples(out)


def test_judges_of_a_national_court_stay_national(code_text: Any) -> None:
    for text in ("The Supreme Court ruled on Monday that the election was valid. The "
                 "judges rejected the opposition's petition.",
                 "A bankruptcy court in Delaware approved the sale. The judges rejected "
                 "the creditors' objections.",
                 "The Court of Arbitration for Sport rejected the athlete's appeal. The "
                 "judges rejected his second appeal."):
        out = code_text("Ruling\n\n" + text)
        assert "IGO" not in sources_in(out, "judges rejected"), (text, triples(out))


def test_a_world_court_named_after_the_judges_is_not_theirs(code_text: Any) -> None:
    out = code_text("Appeal\n\nThe judges rejected the opposition's appeal on Monday, and "
                    "the party said it would take the case to the International Court of "
                    "Justice.")
    assert "IGO" not in sources_in(out, "judges rejected"), triples(out)


def test_a_world_courts_ruling_is_at_its_seat_not_the_dateline(code_text: Any) -> None:
    out = code_text("Kenya rejects sea ruling\n\nNAIROBI (example.org) - The International "
                    "Court of Justice in The Hague ruled on Tuesday that there was no "
                    "agreed maritime boundary. The judges dismissed Kenya's argument.")
    places = {e.location and e.location.country for e in out.events
              if e.source and e.source.role == "IGO" and "dismissed" in e.evidence.sentence}
    assert places == {"NLD"}, [(e.type, e.location) for e in out.events]


def test_a_national_courts_act_stays_at_home(code_text: Any) -> None:
    # "a court", a new one, is not the world court named before: the country's own, and
    # its act at home
    out = code_text("Activist jailed\n\nNAIROBI (example.org) - The International Court of "
                    "Justice in The Hague ruled on Kenya's border in 2021. A court "
                    "sentenced an activist to three years on Monday.")
    assert sources_in(out, "sentenced an activist") == {"KEN"}, triples(out)
    assert all(e.location is None or e.location.country == "KEN"
               for e in out.events if "sentenced an activist" in e.evidence.sentence)


def test_guard_a_court_in_a_city_of_its_own_stays_at_home(code_text: Any) -> None:
    # (a guard: the sentence names its own place, which a seat never replaces)
    out = code_text("Activist jailed\n\nNAIROBI (example.org) - The International Court of "
                    "Justice in The Hague ruled on Kenya's border in 2021. A court in "
                    "Nairobi sentenced an activist to three years on Monday.")
    assert pairs_in(out, "sentenced an activist") and all(
        e.location is None or e.location.country == "KEN"
        for e in out.events if "sentenced an activist" in e.evidence.sentence)


def test_a_national_courts_city_is_no_world_courts_seat(code_text: Any) -> None:
    out = code_text("Warrant\n\nGENEVA (example.org) - A court in Nairobi jailed the "
                    "activist in May. The International Criminal Court accused Kenya of "
                    "ignoring its warrants.")
    assert all(e.location is None or e.location.country != "KEN" for e in out.events
               if e.source and e.source.role == "IGO"), [(e.type, e.location)
                                                          for e in out.events]


# A world court named before is not the court of every later "judges" or "prosecutors":
# national staff mostly come with no court named at all, often in a city of their own.
NATIONAL_STAFF = [
    ("The International Criminal Court issued an arrest warrant for Benjamin Netanyahu in "
     "November. At home, his corruption trial resumed in Tel Aviv on Tuesday, and the "
     "judges rejected his request to delay his testimony.", "the judges rejected", "ISR"),
    ("Kenya's deputy president once faced charges at the International Criminal Court. On "
     "Thursday, prosecutors charged 12 police officers over the deaths of protesters in "
     "Nairobi.", "prosecutors charged", "KEN"),
    ("South Sudan's former vice president may face the International Criminal Court. "
     "Police arrested him in Juba on Tuesday, and prosecutors said they would charge him "
     "with treason.", "prosecutors said", "SSD"),
    ("Armenia and Azerbaijan have traded claims at the International Court of Justice. In "
     "Baku on Monday, prosecutors charged eight former Karabakh leaders with terrorism.",
     "prosecutors charged", "AZE"),
]


def test_national_staff_in_a_city_of_their_own_are_not_the_world_courts(
        code_text: Any) -> None:
    for text, words, country in NATIONAL_STAFF:
        out = code_text(text)
        assert sources_in(out, words) == {country}, (text, triples(out))


# A national court named with the world court or after it: its staff are not the world
# body's, named or unnamed.
NATIONAL_COURTS = [
    ("Israel's government has dismissed South Africa's case at the International Court "
     "of Justice. On Wednesday the High Court of Justice ordered the government to "
     "explain its policy on aid to Gaza, and the judges criticised the state's delays.",
     "the judges criticised", "ISR"),
    ("Britain has said it will respect the ruling of the International Court of Justice on "
     "the Chagos Islands. In a separate case, an employment tribunal ruled that the Home "
     "Office had discriminated against a Muslim officer, and the tribunal ordered the "
     "ministry to pay compensation.", "the tribunal ordered", "GBR"),
    ("A Manila court on Monday ordered the arrest of a former police chief who is also "
     "wanted by the International Criminal Court. Prosecutors said he had ordered the "
     "killings of drug suspects.", "Prosecutors said", "PHL"),
    ("Israel's Supreme Court on Sunday froze the government's dismissal of the Shin Bet "
     "chief, days after the International Court of Justice opened hearings on aid. The "
     "judges ordered the government to respond.", "The judges ordered", "ISR"),
]


def test_a_national_court_named_with_or_after_the_world_court_keeps_its_staff(
        code_text: Any) -> None:
    for text, words, country in NATIONAL_COURTS:
        out = code_text(text)
        assert sources_in(out, words) == {country}, (text, triples(out))


def test_a_court_of_international_name_in_a_national_capital_is_that_countrys(
        code_text: Any) -> None:
    out = code_text("The International Crimes Tribunal in Dhaka sentenced Sheikh Hasina "
                    "to death on Monday. Prosecutors had demanded the death penalty.")
    assert sources_in(out, "Prosecutors had demanded") == {"BGD"}, triples(out)


def test_a_hague_based_court_is_not_always_a_world_court(code_text: Any) -> None:
    out = code_text("A Hague-based court on Friday ordered Shell to cut its carbon "
                    "emissions.")
    assert sources_in(out, "Hague-based court") == {"NLD"}, triples(out)


def _places(out: Any, words: str) -> set[str | None]:
    return {e.location and e.location.country for e in out.events
            if words in e.evidence.sentence}


def test_a_world_courts_seat_is_not_another_world_courts(code_text: Any) -> None:
    for text, words, country in (
            ("ARUSHA (AFP) - The International Court of Justice in The Hague ruled in 2019 "
             "that Britain must hand back the Chagos Islands. On Monday the African Court "
             "on Human and Peoples' Rights ordered Tanzania to free a jailed opposition "
             "leader.", "ordered Tanzania", "TZA"),
            ("SAN JOSE (AFP) - The International Court of Justice in The Hague ruled on the "
             "Nicaragua dispute in 2018. On Monday the Inter-American Court of Human Rights "
             "ordered Nicaragua to release political prisoners.", "ordered Nicaragua",
             "CRI")):
        out = code_text(text)
        assert _places(out, words) == {country}, (text, triples(out))


def test_a_world_court_prosecutors_visit_is_where_the_story_carries_it(
        code_text: Any) -> None:
    out = code_text("KINSHASA (Reuters) - The International Criminal Court in The Hague has "
                    "opened a new inquiry in Congo. Its prosecutor Karim Khan travelled to "
                    "Kinshasa on Monday. The prosecutor met President Felix Tshisekedi on "
                    "Tuesday.")
    assert ("CONSULT", "IGO", "COD") in triples(out), triples(out)
    assert _places(out, "The prosecutor met") == {"COD"}, triples(out)
