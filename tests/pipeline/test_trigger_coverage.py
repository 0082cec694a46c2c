"""Coverage of the trigger lexicon: common wire phrasings of each PLOVER type (CAMEO verb
classes, the PLOVER manual's examples) are coded as that type, with both parties."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from schemas import ExtractedArticle
from tests.pipeline.coding import readings, triples

CASES = [
    # RETREAT: surrender, capitulation, disarmament, disengagement
    ("Hundreds of Ukrainian soldiers surrendered to Russian forces.", ("RETREAT", "UKR", "RUS")),
    ("The Malian rebels capitulated to French forces.", "RETREAT"),
    ("Colombian rebels laid down their arms on Monday.", "RETREAT"),
    ("Chinese troops disengaged from the border area on Tuesday.", "RETREAT"),
    # MOBILIZE: shadowing a warship, stepping up security, calling up reservists
    ("Two Russian coast guard ships shadowed the British destroyer.", ("MOBILIZE", "RUS", "GBR")),
    ("Chinese warships tailed the Japanese destroyer.", ("MOBILIZE", "CHN", "JPN")),
    ("Turkey stepped up security on its border with Syria.", "MOBILIZE"),
    ("Iran beefed up its forces near the Iraqi border.", "MOBILIZE"),
    ("Israel called up 300,000 reservists on Sunday.", "MOBILIZE"),
    ("India airlifted troops to Kashmir on Tuesday.", "MOBILIZE"),
    # ACCUSE: blame put on another, rebukes, disappointment, lawsuits before a court
    ("Ukraine put the blame on Russia for the crash.", ("ACCUSE", "UKR", "RUS")),
    ("Ukraine pinned the blame on Russia for the crash.", ("ACCUSE", "UKR", "RUS")),
    ("Kyiv and Moscow traded blame for the crash.", "ACCUSE"),
    ("Ukraine held Russia responsible for the crash.", ("ACCUSE", "UKR", "RUS")),
    ("Russia faulted Ukraine for the crash.", ("ACCUSE", "RUS", "UKR")),
    ("Germany chided Poland over the decision.", ("ACCUSE", "DEU", "POL")),
    ("India censured Pakistan over the raid.", ("ACCUSE", "IND", "PAK")),
    ("Hungary assailed the European Union over the ruling.", ("ACCUSE", "HUN", "IGO")),
    ("Russia lashed out at Ukraine over the crash.", ("ACCUSE", "RUS", "UKR")),
    ("Britain expressed disappointment at Ecuador's decision.", ("ACCUSE", "GBR", "ECU")),
    ("Chile took Bolivia to the International Court of Justice.", ("ACCUSE", "CHL", "BOL")),
    # REQUEST
    ("The UN exhorted Israel to stop the fighting.", ("REQUEST", "IGO", "ISR")),
    # CONSULT: engaging with, sitting down with, receiving an envoy, a phone conversation
    ("The UN is engaging with the government of Ethiopia.", ("CONSULT", "IGO", "ETH")),
    ("Blinken sat down with Wang Yi in Bali.", ("CONSULT", "USA", "CHN")),
    ("Erdogan received the Iranian foreign minister in Ankara.", ("CONSULT", "TUR", "IRN")),
    ("Macron held a phone conversation with Zelenskiy.", ("CONSULT", "FRA", "UKR")),
    # ASSAULT
    ("Russian forces bombarded Kharkiv overnight.", "ASSAULT"),
    ("Russian missiles slammed into Kyiv on Monday.", ("ASSAULT", "RUS", "UKR")),
    # SUPPORT: standing by an ally, closing ranks behind it
    ("Turkey said it would stand by Azerbaijan.", "SUPPORT"),
    ("The European Union closed ranks behind Spain.", "SUPPORT"),
    ("Germany lauded France for the plan.", ("SUPPORT", "DEU", "FRA")),
    # REJECT
    ("The Peruvian parliament voted down the decree.", "REJECT"),
    # COERCE and SANCTION: seizures, boardings, removal from office
    ("Iranian commandos boarded the British tanker.", ("COERCE", "IRN", "GBR")),
    ("The Sudanese army removed the president from power.", "COERCE"),
    ("The Peruvian Congress removed the president from office.", "SANCTION"),
]


# batch 2: confinement, stock warnings, ties established, concessions, appeals
CASES_2 = [
    ("Sierra Leone confined its people to their homes for three days.", "COERCE"),
    ("Police quarantined the Liberian village.", "COERCE"),
    ("China said it would take necessary steps to protect its interests.", "THREATEN"),
    ("Russia reserved the right to retaliate against Lithuania.", "THREATEN"),
    ("Israel and the UAE established formal relations in 2020.", ("COOPERATE", "ISR", "ARE")),
    ("Georgia acceded to the demands of the protesters.", "CONCEDE"),
    ("Ukraine begged Germany for more air defences.", ("REQUEST", "UKR", "DEU")),
    ("Russia fortified its positions along the border with Ukraine.", "MOBILIZE"),
    ("Macron consulted with the German chancellor about the crisis.", "CONSULT"),
]
# batch 3: candidacies granted, firms blacklisted, units moved, troops flown in, guarantees
CASES_3 = [
    ("The EU granted Moldova candidate status.", ("SUPPORT", "IGO", "MDA")),
    ("The United States added 140 entities on Monday.", "SANCTION"),
    ("Hezbollah had begun moving units towards the border.", "MOBILIZE"),
    ("Russia flew troops into Armenia on Tuesday.", "MOBILIZE"),
    ("Russia said it would guarantee the safety of the IAEA inspectors.", "AGREE"),
]
# batch 4 (ACLED-style violence): explosives detonated or lobbed, blasts, rape, ground
# won, protests suppressed
CASES_4 = [
    ("Taliban militants detonated explosives under a bridge in Helmand.", "ASSAULT"),
    ("Militants lobbed a grenade at a police station in Srinagar.", "ASSAULT"),
    ("Three Afghan soldiers were wounded in a blast in Kabul.", "ASSAULT"),
    ("Islamic State fighters gained ground in northern Syria.", "ASSAULT"),
    ("Israeli soldiers suppressed a Palestinian protest near Bethlehem.", "COERCE"),
]
# batch 5: ties broken, force or a mission authorised, blockades tightened
CASES_5 = [
    ("Peru breaks ties with Venezuela over the vote.", ("SANCTION", "PER", "VEN")),
    ("The Security Council authorised military action against Libya.", "THREATEN"),
    ("The Security Council authorised the mission in Haiti.", "SUPPORT"),
    ("Saudi Arabia tightened its blockade on Qatar.", "SANCTION"),
]
# batch 6: visas revoked, broadcasts jammed, jobs walked off, visits paid, control regained
CASES_6 = [
    ("Washington revoked the visas of 20 Nicaraguan officials.", ("SANCTION", "USA", "NIC")),
    ("Iranian authorities jammed foreign satellite broadcasts.", "COERCE"),
    ("Nurses walked off the job across Kenya on Monday.", "PROTEST"),
    ("Putin paid a visit to Beijing on Tuesday.", ("CONSULT", "RUS", "CHN")),
    ("The Syrian army regained control of the city.", "ASSAULT"),
]
# batch 7: event nouns (abduction, reprisals, cyberattack, purge, rebuke, airlift, missile
# test) and vessels hijacked, borders infiltrated
CASES_7 = [
    ("The abduction of three Nigerian students by gunmen shocked Nigeria.", "ASSAULT"),
    ("Israel launched reprisals against Hezbollah in Lebanon.", ("ASSAULT", "ISR", "LBN")),
    ("Russia carried out a cyberattack against Estonia.", ("ASSAULT", "RUS", "EST")),
    ("The purge of Turkish army officers by Erdogan continued.", "COERCE"),
    ("The EU issued a sharp censure of Hungary.", ("ACCUSE", "IGO", "HUN")),
    ("The airlift of aid to Gaza by Jordan continued on Monday.", ("AID", "JOR", "PSE")),
    ("Pakistan conducted a missile test on Monday.", "MOBILIZE"),
    ("Somali pirates hijacked an Iranian fishing vessel.", ("ASSAULT", "SOM", "IRN")),
    ("Hamas fighters infiltrated southern Israel on Saturday.", ("ASSAULT", "PSE", "ISR")),
]
# batch 8: pleas, invitations extended, deals inked
CASES_8 = [
    ("Ukraine made a plea to NATO for more air defences.", ("REQUEST", "UKR", "IGO")),
    ("Turkey extended an invitation to the Swedish foreign minister.", ("AGREE", "TUR", "SWE")),
    ("Israel and Hamas inked a truce.", "AGREE"),
]


ALL_CASES = CASES + CASES_2 + CASES_3 + CASES_4 + CASES_5 + CASES_6 + CASES_7 + CASES_8


@pytest.mark.parametrize(("text", "expected"), ALL_CASES)
def test_wire_phrasing_is_coded_as_its_type(
        code_text: Callable[..., ExtractedArticle], text: str,
        expected: str | tuple[str, str, str]) -> None:
    got = triples(code_text(text))
    if isinstance(expected, tuple):
        assert expected in got
    else:
        assert expected in {t for t, _, _ in got}


@pytest.mark.parametrize("text", [
    "Police confronted the protesters in Kampala.",
    "Germany received 50 tonnes of aid from France.",
    "The ship received a warm welcome in the port.",
])
def test_neighbouring_phrasings_stay_uncoded_as_meetings(
        code_text: Callable[..., ExtractedArticle], text: str) -> None:
    assert "CONSULT" not in {t for t, _, _ in triples(code_text(text))}


def test_a_refusal_to_give_in_is_a_rejection(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = {t for t, _, _ in triples(code_text(
        "Noboa said Ecuador would not give in to the gangs' demands."))}
    assert "REJECT" in got


def test_rape_is_read_as_an_assault(nlp: Any) -> None:
    got = readings(nlp, "The rape of women by Sudanese militiamen continued in Darfur.")
    assert got.get("rape") == "ASSAULT"


def test_a_figurative_hijacking_is_no_assault(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("Manila said Chinese crews had no right to hijack the "
                            "Philippine supply mission."))
    assert "ASSAULT" not in {t for t, _, _ in got}
