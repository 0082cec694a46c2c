"""JSON Schema validators for the public records, loaded from the bundled schema files.

``validator_for("event")`` returns a Draft 2020-12 validator for ``event.schema.json``;
tests (and curious consumers) validate real pipeline output with it. jsonschema is a
dev dependency, so this module is imported only where validation is wanted.
"""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

#: Public record types that have a schema file ``schemas/<name>.schema.json``.
SCHEMA_NAMES: tuple[str, ...] = ("event", "article_record", "story", "dead_letter")


def load_schema(name: str) -> dict[str, Any]:
    """The parsed schema document for a public record type (e.g. ``"event"``)."""
    if name not in SCHEMA_NAMES:
        raise KeyError(f"no JSON Schema named {name!r}; known: {', '.join(SCHEMA_NAMES)}")
    text = resources.files("schemas").joinpath(f"{name}.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


@functools.cache
def validator_for(name: str) -> Draft202012Validator:
    """A cached validator for ``schemas/<name>.schema.json`` (the schema itself is checked)."""
    schema = load_schema(name)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def errors(name: str, value: Any) -> list[str]:
    """Readable validation errors (``path: message``), empty when the value is valid."""
    out = []
    for top in validator_for(name).iter_errors(value):
        for err in _explain(top):
            where = "/".join(str(p) for p in err.absolute_path) or "(root)"
            out.append(f"{where}: {err.message}")
    return sorted(set(out))


def _explain(err: ValidationError) -> list[ValidationError]:
    """For ``oneOf [X, null]`` failures, the errors inside X rather than "not valid under any"."""
    if not err.context:
        return [err]
    depth = max(len(e.absolute_path) for e in err.context)
    deepest = [e for e in err.context if len(e.absolute_path) == depth]
    if depth == len(err.absolute_path):
        deepest = [e for e in deepest if e.validator != "type"]  # drop "is not of type 'null'"
        if not deepest:
            return [err]
    return [leaf for e in deepest for leaf in _explain(e)]
