"""A reason given for a hostile act is a second event: "Norway recalled its ambassador,
saying Danish officials had ignored its protests" states the recall (SANCTION) and, in
the participle, Norway's accusation of Denmark (ACCUSE). So is the charge a demand or a
warning follows from: "Norway said Danish boats had entered its waters and demanded that
Copenhagen explain" accuses Denmark besides demanding. No accusation is read from a plan
or a warning in the reason ("saying it would respond"), a denial ("saying Denmark had
not broken the treaty"), the speaker's own side, a party the act only suffers ("saying two
Danes had been detained"), a third party a refusal vouches for, a cooperative act's
reason, or a statement about both parties."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize("text", [
    "Norway recalled its ambassador from Copenhagen on Monday, saying Danish officials "
    "had ignored its repeated protests over the fishing quotas.",
    "Norway ordered four Danish diplomats to leave the country on Monday, saying "
    "Copenhagen had failed to protect Norwegian fishermen.",
    "Norway's foreign ministry rejected the Danish proposal on Monday, saying Copenhagen "
    "was trying to rewrite the fishing treaty on its own.",
])
def test_the_reason_for_a_hostile_act_accuses(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", "NOR", "DNK") in got
    assert any(t[0] in ("SANCTION", "REJECT") and t[1:] == ("NOR", "DNK") for t in got)


@pytest.mark.parametrize("text", [
    "Norway said on Monday that Danish patrol boats had chased its trawlers out of the "
    "disputed zone and demanded that Copenhagen explain the incident.",
    "The Norwegian foreign minister said Danish patrol boats had harassed Norwegian "
    "trawlers and warned Copenhagen that Oslo would respond.",
])
def test_the_charge_a_demand_follows_accuses(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert ("ACCUSE", "NOR", "DNK") in got
    assert any(t[0] in ("REQUEST", "THREATEN") and t[1:] == ("NOR", "DNK") for t in got)


@pytest.mark.parametrize("text", [
    # guards: a plan or warning, a denial, the speaker's own side, a party that suffers
    "Norway recalled its ambassador from Copenhagen on Monday, saying it would review "
    "its ties with Denmark.",
    "Norway recalled its ambassador from Copenhagen on Monday, saying Copenhagen had not "
    "broken the treaty.",
    "Norway recalled its ambassador from Copenhagen on Monday, saying its own officials "
    "had been threatened.",
    "Norway recalled its ambassador from Copenhagen on Monday, saying two Danes had been "
    "detained in Oslo.",
    # guards: a refusal vouching for a third party, a cooperative act, both parties
    "Norway rejected the Danish claim on Monday, saying Swedish instructors were in the "
    "country under a bilateral agreement.",
    "Norway signed the fishing accord with Denmark on Monday, saying Danish negotiators "
    "had worked hard for it.",
    "The Swedish foreign minister said both Norway and Denmark were close allies and "
    "urged them to settle the dispute.",
])
def test_no_accusation_without_a_party_blamed(code_text: Any, text: str) -> None:
    got = triples(code_text(text))
    assert not any(t[0] == "ACCUSE" for t in got), got


@pytest.mark.parametrize("text", [
    # guard: a reason that praises the other party blames no one
    "Norway recalled its ambassador from Copenhagen, saying Denmark was an important partner.",
    # guard: a reason that tells a cooperative act blames no one
    "Norway recalled its ambassador from Copenhagen, saying the Danish prime minister had "
    "visited Oslo.",
])
def test_a_reason_of_praise_or_cooperation_is_no_accusation(code_text: Any, text: str) -> None:
    assert not {t for t in triples(code_text(text)) if t[0] == "ACCUSE"}
