"""An opposition title leads no government: "opposition leader X" is the opposition
(role OPP) whichever word of the title the parser hangs first, so that what such a
leader rejects or condemns with nobody named is aimed at their own state, not at the
other party of a two-country story. A government title stays a government's.
Sentences are made up for these tests."""

from __future__ import annotations

from typing import Any

# A story about Zambia handing a Zimbabwean politician back (two parties).
TITLE = "Zambia hands Zimbabwe opposition figure back to police"
LEAD = ("Zambia deported a Zimbabwean opposition figure on Wednesday after refusing him "
        "asylum. Zimbabwe said Zambia had acted lawfully. Zambia's foreign minister said "
        "Zambia would not shelter fugitives from Zimbabwe. Rights groups criticised "
        "Zambia. ")


def _rejections(out: Any, word: str) -> list[Any]:
    """The rejections told in the sentence that contains ``word``."""
    return [e for e in out.events if e.type == "REJECT" and e.source is not None
            and word in e.evidence.sentence]


def test_an_opposition_leader_is_the_opposition(code_text: Any) -> None:
    text = LEAD + ("Zimbabwean opposition leader Nelson Chamisa rejected the election "
                   "result as fraudulent.")
    out = code_text(text, title=TITLE, published="2018-08-16")
    found = _rejections(out, "Chamisa")
    assert found and found[0].source.role == "OPP"
    assert found[0].source.country == "ZWE"
    assert found[0].target is not None and found[0].target.country == "ZWE"


def test_a_government_title_stays_the_governments(code_text: Any) -> None:
    text = LEAD + "Foreign Minister Joseph Malanji rejected the criticism as unfounded."
    out = code_text(text, title=TITLE, published="2018-08-16")
    found = _rejections(out, "Malanji")
    assert found and all(e.source.role == "GOV" for e in found)
