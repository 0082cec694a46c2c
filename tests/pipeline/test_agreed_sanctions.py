"""A bloc agreeing to sanction: "EU leaders agreed to impose sanctions on X" is the
sanction decided (PLOVER SANCTION), not an agreement; agreeing to pause one's own plans,
to lift sanctions or to exchange prisoners stays an agreement."""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.triggers import find_triggers


def _types(nlp: Any, text: str) -> dict[str, str]:
    return {t.token.text: t.sense.type for s in nlp(text).sents for t in find_triggers(s)}


@pytest.mark.parametrize(("text", "word", "type_"), [
    ("The bloc's leaders agreed on Friday to impose new sanctions on Caracas.", "agreed",
     "SANCTION"),
    ("EU ministers agreed to widen sanctions on Tehran.", "agreed", "SANCTION"),
    ("The union agreed to shut its airspace to Iranian airlines.", "agreed", "SANCTION"),
    ("Madrid agreed to suspend plans to expand the port.", "agreed", "AGREE"),
    ("The EU agreed to lift sanctions on Havana.", "agreed", "AGREE"),
    ("Both sides agreed to exchange prisoners.", "agreed", "AGREE"),
])
def test_agreeing_to_sanction_is_the_sanction(nlp: Any, text: str, word: str,
                                              type_: str) -> None:
    assert _types(nlp, text).get(word) == type_
