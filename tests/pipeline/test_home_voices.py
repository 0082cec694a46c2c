"""A country's own public voices (the opposition, parties, families, supporters) that
criticise or refuse with no recipient named speak to their own state, not to the
foreign party of a two-party story; a state's own statements, a public voice that
names its recipient, and relatives asking for a captive's release keep their coding.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

from tests.pipeline.coding import triples

TITLE = "Chad expels German ambassador"
ROW = ("Chad expelled Germany's ambassador on Monday, and Germany expelled Chad's envoy "
       "in return. Chad said the German ambassador had been disrespectful. ")


def test_a_voice_condemning_the_other_partys_act_blames_its_author(
        code_text: Any) -> None:
    # the act's author is the recipient, found before any home default
    out = code_text(ROW + "Germany's main opposition leader, Friedrich Weber, also "
                    "condemned the expulsion.", title=TITLE)
    assert ("ACCUSE", "DEU", "TCD") in triples(out)
    assert ("ACCUSE", "DEU", "DEU") not in triples(out)


def test_a_family_calling_an_account_an_insult_speaks_at_home(code_text: Any) -> None:
    out = code_text(ROW + "Chadian prosecutors dismissed the account, and the family "
                    "of the dead student called it an insult.", title=TITLE)
    assert ("ACCUSE", "TCD", "DEU") not in triples(out)


def test_the_states_own_accusation_is_still_aimed_at_the_other_party(
        code_text: Any) -> None:
    out = code_text(ROW + "The government accused the ambassador of interfering in "
                    "internal affairs.", title=TITLE)
    assert ("ACCUSE", "TCD", "DEU") in triples(out)


def test_a_public_voice_naming_its_recipient_keeps_it(code_text: Any) -> None:
    out = code_text(ROW + "Opposition parties in Chad accused Germany of meddling.",
                    title=TITLE)
    assert ("ACCUSE", "TCD", "DEU") in triples(out)


def test_relatives_asking_for_a_release_ask_the_captor(code_text: Any) -> None:
    out = code_text(ROW + "Relatives of the detained German engineers demanded their "
                    "release.", title=TITLE)
    assert ("REQUEST", "DEU", "TCD") in triples(out)
    assert ("REQUEST", "DEU", "DEU") not in triples(out)
