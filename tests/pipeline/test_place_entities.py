"""A listed country or capital the model's NER missed, cut or typed as a person or body
becomes a place entity: "Burkina Faso's" tagged as an organisation with its possessive,
"Santo Domingo" tagged as the person "Domingo". Names that are no listed place, and a
one-word country the readers already take for its country, are left as the model
tagged them. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _entities(doc: Any) -> list[Any]:
    """The model's entities of ``doc`` as the annotate stage records them."""
    from schemas import Entity

    return [Entity(e.text, e.label_, e.start_char, e.end_char, e.start, e.end) for e in doc.ents]


def _places(nlp: Any, text: str) -> list[tuple[str, str]]:
    from pipeline.place_entities import tag_place_names

    doc = nlp(text)
    return [(e.text, e.label) for e in tag_place_names(doc, _entities(doc))]


def test_a_two_word_country_with_its_possessive_is_a_place(nlp: Any) -> None:
    ents = _places(nlp, "Burkina Faso's military government expelled two diplomats.")
    assert ("Burkina Faso", "GPE") in ents, ents


def test_a_two_word_capital_tagged_by_its_second_word_is_the_capital(nlp: Any) -> None:
    ents = _places(nlp, "Police in Santo Domingo arrested 40 protesters.")
    assert ("Santo Domingo", "GPE") in ents, ents


def test_a_capital_that_rejects_a_call_speaks_for_its_state(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Haiti protested on Monday. Haiti's prime minister said Haiti would "
                    "appeal to the UN.\nThe UN rights chief urged an end to deportations "
                    "of Haitians, a call Santo Domingo rejected as unacceptable.",
                    title="Haiti protests as neighbour shuts border")
    assert ("REJECT", "DOM", "IGO") in triples(out), out.events


def test_an_untagged_international_body_is_an_organisation(nlp: Any) -> None:
    ents = _places(nlp, "ECOWAS suspended the country from its bodies and imposed sanctions.")
    assert ("ECOWAS", "ORG") in ents, ents


def test_guard_an_untagged_armed_group_is_not_added(nlp: Any) -> None:
    from pipeline.place_entities import tag_place_names

    doc = nlp("Fighters of the ELN attacked a base.")  # "ELN" left untagged
    model = _entities(doc)
    assert len(tag_place_names(doc, model)) == len(model)


def test_guard_a_person_whose_first_name_is_a_country_is_left(nlp: Any) -> None:
    ents = _places(nlp, "Coach Chad Johnson praised the team on Sunday.")
    assert not any(text.startswith("Chad") and label == "GPE" for text, label in ents), ents


def test_guard_a_name_that_is_no_listed_place_is_left(nlp: Any) -> None:
    ents = _places(nlp, "Kwame Mensah said the vote was fair.")
    assert all(label != "GPE" for _, label in ents), ents


def test_guard_a_lower_case_word_is_no_place(nlp: Any) -> None:
    ents = _places(nlp, "The male nurse said the valley was flooded.")
    assert all(label != "GPE" for _, label in ents), ents
