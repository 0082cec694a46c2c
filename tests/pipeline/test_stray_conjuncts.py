"""A finite verb the parser conjoins to the bare verb of a demand's content ("demanded
that Mali free the soldiers and warned that ...") is the demanders' second act, not part
of what they demanded: the warning is a threat of its own, and its subject is the
demanders, not the party asked. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tests.pipeline.coding import readings, triples


def test_a_warning_conjoined_to_a_demanded_act_is_a_threat(nlp: Any) -> None:
    text = ("The Egyptian ministers demanded that Sudan free the soldiers by Friday and "
            "warned that it could face sanctions if it refused.")
    assert readings(nlp, text).get("warned") == "THREATEN"


def test_the_demanders_make_the_threat(code_text: Callable[..., Any]) -> None:
    out = code_text("The Egyptian ministers demanded that Sudan free the soldiers by "
                    "Friday and warned that it could face sanctions if it refused.")
    assert ("THREATEN", "EGY", "SDN") in triples(out)
