"""Wire-news vocabulary that generalises to fresh stories: lending and bail-outs as aid,
calling a strike, summoning an envoy, ordering diplomats out, withdrawing consent,
ignoring a deadline, dropping a bill, opening talks, inquiries and phone links, insults
as disapproval, and acts that did not happen ("without warning")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pipeline.coding import triples


@pytest.mark.parametrize(("text", "triple"), [
    ("Pakistan secured a $3 billion standby credit from the International Monetary Fund.",
     ("AID", "IGO", "PAK")),
    ("Egypt wins $8 billion IMF lifeline.", ("AID", "IGO", "EGY")),
    ("Jordan gave the Syrian refugees food and temporary shelter.", ("AID", "JOR", None)),
    ("Brazil's largest union federation has called a general strike for Monday.",
     ("PROTEST", "BRA", None)),
    ("Algeria summoned France's ambassador on Tuesday.", ("ACCUSE", "DZA", "FRA")),
    ("Norway ordered out 15 Russian diplomats on Monday.", ("SANCTION", "NOR", "RUS")),
    ("Peru withdrew its consent for Bolivia to open a consulate in Cusco.",
     ("SANCTION", "PER", None)),
    ("Serbia ignored a Kosovo deadline on Friday.", ("REJECT", "SRB", "XKX")),
    ("Kenya opened an inquiry into the deaths of Ugandan traders.",
     ("ACCUSE", "KEN", None)),
    ("Qatar opened direct phone links to Bahrain on Sunday.", ("COOPERATE", "QAT", "BHR")),
    ("Chile's president dropped the pension bill on Thursday.", ("RETREAT", "CHL", None)),
    ("The Greek foreign ministry called the Turkish remarks rude and insulting.",
     ("ACCUSE", "GRC", None)),
    ("The rebel commander conceded that his men had lost the town.",
     ("CONCEDE", None, None)),
])
def test_wire_vocabulary(code_text: Any, text: str,
                         triple: tuple[str, str | None, str | None]) -> None:
    got = triples(code_text(text))
    kind, src, tgt = triple
    assert any(t == kind and (src is None or s == src) and (tgt is None or g == tgt)
               for t, s, g in got), got


def test_firing_without_warning_warns_no_one(code_text: Any) -> None:
    out = code_text("Guinea's army was ordered to open fire without warning on looters.")
    assert "THREATEN" not in {e.type for e in out.events}


def test_a_free_relative_label_is_no_accusation(code_text: Any) -> None:
    out = code_text("Chad's army said it had opened fire on what it called terrorists.")
    assert "ACCUSE" not in {e.type for e in out.events}


def test_summoning_a_witness_stays_a_request(code_text: Any) -> None:
    out = code_text("The Senate committee summoned Austria's finance minister on Monday.")
    assert "ACCUSE" not in {e.type for e in out.events}
