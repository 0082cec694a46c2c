"""``syntax.climbed_subject``: a verb's own subject, or, climbing along the links given,
the subject of the verb it hangs on ("began leaving": who began)."""

from __future__ import annotations

from typing import Any

from pipeline.syntax import climbed_subject


def _token(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


def test_the_verbs_own_subject(nlp: Any) -> None:
    tok = _token(nlp, "The soldiers left the capital on Monday.", "left")
    subj = climbed_subject(tok)
    assert subj is not None and subj.text == "soldiers"


def test_climbs_only_along_the_links_given(nlp: Any) -> None:
    tok = _token(nlp, "The soldiers began leaving the capital.", "leaving")
    assert tok.dep_ == "xcomp"  # the parse the rule relies on
    assert climbed_subject(tok) is None
    subj = climbed_subject(tok, links=frozenset({"xcomp"}))
    assert subj is not None and subj.text == "soldiers"


def test_climbs_only_onto_the_lemma_given(nlp: Any) -> None:
    tok = _token(nlp, "The soldiers began leaving the capital.", "leaving")
    assert climbed_subject(tok, links=frozenset({"xcomp"}), onto="have") is None
