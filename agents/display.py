"""Human-readable rendering of records for the terminal (demo, tail)."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

QUAD_STYLE = {1: "green", 2: "bold green", 3: "yellow", 4: "bold red"}


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "-"
    code = "/".join(x for x in (a.get("country"), a.get("role")) if x)
    name = a.get("name") or a.get("text") or ""
    return f"{name} ({code})" if code else name


def event_row(ev: dict[str, Any]) -> list[Text | str]:
    loc = ev.get("location") or {}
    qty = ", ".join(f"{q.get('value'):g} {q.get('unit')}" for q in ev.get("quantities") or [])
    style = QUAD_STYLE.get(ev.get("quad_class") or 0, "")
    return [Text(ev.get("type", "?"), style=style), ev.get("modality", ""),
            _actor(ev.get("source")), _actor(ev.get("target")), ev.get("date") or "",
            loc.get("name") or loc.get("text") or "", qty,
            (ev.get("evidence") or {}).get("sentence", "")[:90]]


def events_table(title: str = "events") -> Table:
    table = Table(title=title, show_lines=False, expand=True)
    for col in ("type", "modality", "source", "target", "date", "where", "how many",
                "evidence"):
        table.add_column(col, overflow="fold")
    return table


def event_line(ev: dict[str, Any]) -> Text:
    """One line per event, for streaming output where a table cannot grow."""
    cells = event_row(ev)
    line = Text()
    line.append_text(cells[0] if isinstance(cells[0], Text) else Text(cells[0]))
    for cell in cells[1:]:
        line.append("  ")
        line.append_text(cell if isinstance(cell, Text) else Text(str(cell)))
    return line
