"""The coder's data tables, read at once: ``load_coder_tables`` for a process's warm-up.

Why: each table is read (TOML parsed, patterns compiled) on first use, and the worker's
warm-up text is one short sentence that uses few of them. After it, the first real
articles still parsed the officeholders, civil bodies, venues, held ground and holidays
files: the first article's coding took ~145 ms of CPU instead of ~55 (issue 3's 0.3 s
per article after the model is loaded). Reading a table early changes no result: every
loader here is cached and takes no argument.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def _loaders() -> list[Callable[[], Any]]:
    """Every cached table loader of the coder (each module's own, read-only data)."""
    from pipeline import (
        actor_bodies,
        civil_bodies,
        counted_nouns,
        event_confidence,
        held_ground,
        holidays,
        officeholders,
        plover,
        statement_verbs,
        story_venue,
        tone,
        trigger_lexicon,
        word_classes,
    )

    return [
        actor_bodies._forms, civil_bodies._forms, counted_nouns.lexicon,
        event_confidence._table, held_ground._territories, held_ground._held_by,
        held_ground._regions_held, holidays._holidays, officeholders.people, plover._table,
        statement_verbs.statement_verbs, story_venue.places_data, tone._lexicon,
        trigger_lexicon.triggers_data, trigger_lexicon.lexicon,
        trigger_lexicon.cooperation_words, word_classes._classes,
    ]


def load_coder_tables() -> None:
    """Read every table the coder reads on first use (cached: a second call is free)."""
    for load in _loaders():
        load()
