"""An agentless release ("the two men were freed") is the doing of whoever held them: in
a story about one country, that country's state. Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import pairs_in

STORY = ("Peru police detain opposition leaders after march\n\n"
         "Peruvian police detained two opposition leaders in Lima on Monday after a march "
         "against the government. The interior ministry said the march had been illegal. ")


def sources_in(out: Any, words: str) -> set[tuple[str | None, str | None]]:
    """(country, role) of the sources of the events told in the sentence with ``words``."""
    return {(e.source and e.source.country, e.source and e.source.role)
            for e in out.events if words in e.evidence.sentence}


def test_an_agentless_release_in_a_one_country_story_is_its_own(code_text: Any) -> None:
    # no teller nor "leaders" alone, which other paths already give a source
    out = code_text(STORY + "The opposition leaders were freed without charge on Tuesday.")
    assert sources_in(out, "were freed") == {("PER", "GOV")}, sources_in(out, "were freed")


def test_a_release_on_bail_is_its_own_states(code_text: Any) -> None:
    out = code_text(STORY + "The two men were released on bail on Wednesday.")
    assert ("PER", "PER") in pairs_in(out, "released on bail"), pairs_in(out, "released")


PAIR_STORY = ("Britain and Iran trade accusations over detained aid worker\n\n"
              "Britain summoned Iran's ambassador on Monday over the detention of a British "
              "aid worker. Iran said the case was a judicial matter. ")


def test_a_release_from_a_place_named_by_its_owner(code_text: Any) -> None:
    out = code_text(PAIR_STORY + "A second detainee, a Canadian engineer, was released from "
                    "Tehran's Evin prison on Friday.")
    assert ("IRN", "CAN") in pairs_in(out, "Evin prison"), pairs_in(out, "Evin prison")


NIGERIA = ("Nigeria says troops rescue villagers in north\n\n"
           "Nigerian troops rescued 40 villagers in Zamfara state on Monday, the army said. "
           "The government said operations would continue. ")


def test_guard_kidnapped_people_are_freed_by_no_state(code_text: Any) -> None:
    out = code_text(NIGERIA + "Gunmen abducted 12 students last month; the students were "
                    "freed on Tuesday after a ransom was paid.")
    assert ("NGA", "GOV") not in sources_in(out, "were freed"), sources_in(out, "freed")


def test_guard_hostages_freed_in_a_region_are_not_its_states(code_text: Any) -> None:
    out = code_text(NIGERIA + "Two hostages were freed in Niger's Tillaberi region, a "
                    "mediator said.")
    assert not {"NER", "NGA"} & {c for c, _ in sources_in(out, "Two hostages")}, \
        sources_in(out, "Two hostages")


def test_guard_a_release_from_hospital_ends_no_custody(code_text: Any) -> None:
    out = code_text(NIGERIA + "The former governor was released from hospital on Thursday.")
    assert sources_in(out, "from hospital") <= {(None, None)}, sources_in(out, "hospital")


def test_guard_a_release_at_a_states_request_is_not_that_states(code_text: Any) -> None:
    out = code_text("Iran hangs protester\n\nIran executed a man on Monday over the 2022 "
                    "protests, rights groups said. The judiciary said he had killed a "
                    "guard. A French tourist was released at Qatar's request after months "
                    "in custody.")
    assert "QAT" not in {c for c, _ in sources_in(out, "French tourist")}, \
        sources_in(out, "French tourist")


def test_guard_the_storys_own_people_marked_as_such_are_held_by_another(
        code_text: Any) -> None:
    out = code_text("Israel strikes Gaza\n\nIsraeli jets struck targets in Gaza on Monday. "
                    "Hamas said 12 people were killed. Palestinian prisoners were released "
                    "in Ramallah on Wednesday.")
    assert ("PSE", "PSE") not in pairs_in(out, "Palestinian prisoners"), \
        pairs_in(out, "Palestinian prisoners")
