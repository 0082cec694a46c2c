"""Actor vocabulary for national armies, state news agencies and national movements, and
"the island's"/"the country's" in a speaker's account meaning the speaker's country."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.actor_lexicon import lookup
from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def test_national_armies_agencies_and_movements_have_countries() -> None:
    for name, code in [("People's Liberation Army", "CHN"), ("Xinhua", "CHN"),
                       ("KCNA", "PRK"), ("Landless Workers Movement", "BRA"),
                       ("Abu Sayyaf", "PHL"), ("Free Syrian Army", "SYR")]:
        entry = lookup(name)
        assert entry is not None and entry.country == code, name


def test_a_national_army_is_its_states_actor(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The Philippines condemned China on Sunday. Manila said the "
                            "People's Liberation Army had fired on a Philippine boat near the "
                            "Philippine coast. The Philippines summoned the Chinese ambassador.",
                            title="Philippines protests Chinese drills"))
    assert ("ASSAULT", "CHN", "PHL") in got
    assert ("ASSAULT", "PHL", "PHL") not in got


def test_the_islands_forces_are_the_speakers(
        code_text: Callable[..., ExtractedArticle]) -> None:
    got = triples(code_text("The United States warned Cuba on Monday. Washington said the "
                            "United States would act. The United States accused Cuba of "
                            "spying. Cuba said the island's armed forces had been put on "
                            "alert.", title="US warns Cuba"))
    assert ("MOBILIZE", "CUB", "USA") in got
    assert ("MOBILIZE", "USA", "CUB") not in got
