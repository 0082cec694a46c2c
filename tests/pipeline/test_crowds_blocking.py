"""Civilians blocking a road are protesting (PLOVER PROTEST), also when the blocking verb
has no subject of its own: a catenative verb in a second clause ("rejected the offer and
kept blocking highways") or a participle on the crowd ("fired at demonstrators blocking
the highway"). Police, soldiers, states and vehicles blocking stay what they were."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples


def _types(article: ExtractedArticle) -> set[str]:
    return {t for t, _, _ in triples(article)}


def test_catenative_verb_in_a_second_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Opposition supporters rejected the offer and kept blocking "
                        "highways across the country.")
    assert "PROTEST" in _types(article)
    assert "COERCE" not in _types(article)


def test_began_blocking(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Students denounced the fee rise and began blocking the main "
                        "bridge in Santiago.")
    assert "PROTEST" in _types(article)


def test_participle_on_the_crowd(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Riot police fired rubber bullets at demonstrators blocking the "
                        "main highway out of La Paz.")
    assert ("PROTEST", "BOL", "BOL") in triples(article)
    assert "COERCE" not in _types(article)


def test_participle_on_villagers(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Soldiers dispersed hundreds of villagers blocking a bridge near "
                        "the Kenyan border.")
    assert "PROTEST" in _types(article)


# Guards (pass before and after): the shared subject is no crowd.

def test_guard_police_keep_blocking(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Police in Kenya rejected the plan and kept blocking roads into "
                        "the city centre.")
    assert "PROTEST" not in _types(article)


def test_guard_state_keeps_blocking(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Serbia refused to recognise the vote and kept blocking Kosovo's "
                        "entry into UNESCO.")
    assert "PROTEST" not in _types(article)
    article = code_text("Beijing has criticised the tariffs and kept blocking imports of "
                        "Australian wine.")
    assert "PROTEST" not in _types(article)


def test_guard_soldiers_blocking(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Soldiers blocking the border crossing turned back hundreds of migrants "
                 "from Venezuela.",
                 "The army said it had deployed units blocking roads into the rebel-held "
                 "town of Goma.",
                 "The two ministers agreed to keep blocking Russian ships from the port "
                 "of Odessa."):
        assert "PROTEST" not in _types(code_text(text)), text


def test_guard_vehicles_blocking(code_text: Callable[..., ExtractedArticle]) -> None:
    for text in ("Trucks blocking the highway near Calais were towed away by French "
                 "police.",
                 "Police stopped a convoy of lorries blocking the road to the port of "
                 "Dover."):
        assert "PROTEST" not in _types(code_text(text)), text


# review of 28f3122: the participle and two-step readings belong to blocking a public way
# only; gathering for a purpose, or blocking access or holes, is no crowd protesting.

def test_villagers_gathering_firewood(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Villagers gathering firewood were killed by a landmine near the "
                        "border in Myanmar.")
    assert "PROTEST" not in _types(article)


def test_people_gathering_for_prayers(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("People gathering for Friday prayers were killed in the blast in "
                        "Peshawar.")
    assert "PROTEST" not in _types(article)


def test_students_gathering_for_a_ceremony(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Students gathering for the graduation ceremony were evacuated "
                        "after a bomb threat in Nairobi.")
    assert "PROTEST" not in _types(article)


def test_fled_and_began_gathering_in_camps(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Thousands of people fled the fighting in Sudan and began "
                        "gathering in camps near the border.")
    assert "PROTEST" not in _types(article)


def test_rescuers_kept_blocking_access(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Rescue workers put out the fire and kept blocking access to the "
                        "site in Beirut.")
    assert "PROTEST" not in _types(article)


def test_residents_blocking_holes(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Residents cleared the rubble and began blocking the holes in the "
                        "dam with sandbags in Libya.")
    assert "PROTEST" not in _types(article)


def test_workers_blocking_a_leak(code_text: Callable[..., ExtractedArticle]) -> None:
    # guard: passes either way
    article = code_text("Workers repaired the pipe and kept blocking the leak with clay "
                        "in Chile.")
    assert "PROTEST" not in _types(article)


def test_farmers_kept_blocking_roads(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Farmers rejected the deal and kept blocking roads into Paris.")
    assert ("PROTEST", "FRA", "FRA") in triples(article)


def test_students_blocking_the_highway(code_text: Callable[..., ExtractedArticle]) -> None:
    article = code_text("Police dispersed hundreds of students blocking the highway in "
                        "Dhaka.")
    assert ("PROTEST", "BGD", "BGD") in triples(article)
