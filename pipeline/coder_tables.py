"""The coder's data tables, read at once: ``load_coder_tables`` for a process's warm-up.

Why: each table is read (TOML or JSON parsed, patterns compiled) on first use, and the
worker's warm-up text is one short sentence that uses few of them. After it, the first
real articles still parsed the officeholders, civil bodies, venues, held ground and
holidays files: the first article's coding took ~145 ms of CPU instead of ~55 (issue 3's
0.3 s per article after the model is loaded). Reading a table early changes no result:
a table loader is a cached function of no argument over read-only data.

The loaders are found, not listed: every ``functools.cache``/``lru_cache`` function of no
parameter defined in a ``pipeline`` module the process has imported (the coder's, after
its warm-up), so a new module's table is read at start too and modules the coder never
uses (export, clustering) are neither imported nor read.
"""

from __future__ import annotations

import inspect
import sys
from collections.abc import Callable
from typing import Any


def table_loaders() -> list[Callable[[], Any]]:
    """Every cached function of no parameter defined in an imported ``pipeline`` module."""
    loaders: list[Callable[[], Any]] = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("pipeline.") or module is None:
            continue
        for obj in vars(module).values():
            if hasattr(obj, "cache_info") and getattr(obj, "__module__", None) == \
                    module.__name__ and not inspect.signature(obj).parameters:
                loaders.append(obj)
    return loaders


def load_coder_tables() -> None:
    """Read every table the imported coder modules read on first use (each is cached:
    a second call only walks the modules)."""
    for load in table_loaders():
        load()
