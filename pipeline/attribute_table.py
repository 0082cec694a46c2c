"""The model's attribute_ruler, applied by table lookup instead of spaCy's Matcher.

Why: en_core_web_sm's AttributeRuler runs a Matcher with ~180 patterns over every token,
and that cost more per article than the parser (issue 3: 700 words in under 0.3 s). Almost
all its patterns are one-token tests of TAG, LOWER, DEP or IS_SPACE (a tag map and a
closed-class word list), so the rules that fire on a token depend only on those few values:
this component works that answer out once per distinct value tuple and caches it, so a
token mostly costs one dict lookup. The few multi-token patterns still go through a
Matcher, run only on the short windows that start with a token their first token's test
accepts (that test is part of the cached answer); a pattern this module cannot read (an
operator, an unknown attribute) runs through a Matcher over the whole doc.

The table is built from the loaded ruler's own patterns when the model loads
(``replace_attribute_ruler``), never copied by hand, so a model with other patterns gets
their table. Semantics follow spaCy's ``AttributeRuler``: every pattern is matched on the
doc as it was before the ruler ran, and matched rules are applied in rule order (a later
rule overrides an earlier one), each with spaCy's own ``set_token_attrs`` and the ruler's
normalised attribute values. tests/pipeline/test_attribute_table.py checks the output
against spaCy's ruler.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, NamedTuple

from pipeline.bounded_cache import BoundedCache
from pipeline.pipe_swap import swap_pipe

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Token

ATTRIBUTE_RULER = "attribute_ruler"
FACTORY = "attribute_table"

#: Token attributes a one-token test may read: the int attribute (cache key) and the
#: value the test compares (what the Matcher compares, as a string). Others: Matcher.
_ATTRS = {"ORTH": ("orth", "orth_"), "LOWER": ("lower", "lower_"), "TAG": ("tag", "tag_"),
          "DEP": ("dep", "dep_"), "IS_SPACE": ("is_space", "is_space")}
#: The attribute a rule is indexed by, most selective first.
_ANCHORS = ("LOWER", "ORTH", "TAG", "DEP")

Test = Callable[[Any], bool]


class _Rule(NamedTuple):
    """One one-token test (of rule ``rule_id``), with the exact values it is indexed by."""

    rule_id: int
    tests: dict[str, Test]
    anchor: tuple[str, frozenset[str]] | None

    def matches(self, values: dict[str, Any]) -> bool:
        return all(test(values[attr]) for attr, test in self.tests.items())


def _value_test(attr: str, spec: Any) -> Test | None:
    """The test of one attribute's spec (a value, IN, NOT_IN or REGEX), as the Matcher
    reads it; None for a spec form this module does not handle."""
    if attr == "IS_SPACE":
        return (lambda value: bool(value == spec)) if isinstance(spec, bool) else None
    if isinstance(spec, str):
        return lambda value: bool(value == spec)
    if not isinstance(spec, dict) or len(spec) != 1:
        return None
    (op, arg), = spec.items()
    if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        members = frozenset(arg)
        if op == "IN":
            return lambda value: value in members
        return lambda value: value not in members
    if op == "REGEX" and isinstance(arg, str):
        regex = re.compile(arg)
        return lambda value: regex.search(value) is not None
    return None


def _anchor(token_spec: dict[str, Any]) -> tuple[str, frozenset[str]] | None:
    for attr in _ANCHORS:
        spec = token_spec.get(attr)
        if isinstance(spec, str):
            return attr, frozenset([spec])
        if isinstance(spec, dict) and isinstance(spec.get("IN"), list):
            return attr, frozenset(spec["IN"])
    return None


def _one_token_rule(rule_id: int, token_spec: Any) -> _Rule | None:
    """The rule testing one token against ``token_spec``; None where a Matcher must."""
    if not isinstance(token_spec, dict):
        return None
    tests: dict[str, Test] = {}
    for attr, spec in token_spec.items():
        test = _value_test(attr, spec) if attr in _ATTRS else None
        if test is None:
            return None
        tests[attr] = test
    return _Rule(rule_id, tests, _anchor(token_spec))


class _RuleIndex:
    """One-token rules indexed by an exact value, so a token is tested against few."""

    def __init__(self) -> None:
        self.rules: list[_Rule] = []
        self._by_value: dict[tuple[str, str], list[_Rule]] = {}
        self._unanchored: list[_Rule] = []

    def add(self, rule: _Rule) -> None:
        self.rules.append(rule)
        if rule.anchor is None:
            self._unanchored.append(rule)
            return
        attr, values = rule.anchor
        for value in values:
            self._by_value.setdefault((attr, value), []).append(rule)

    def matching(self, values: dict[str, Any]) -> tuple[int, ...]:
        """Ids of the rules that accept a token with these attribute values, in order."""
        candidates = list(self._unanchored)
        for attr in _ANCHORS:
            if attr in values:
                candidates += self._by_value.get((attr, values[attr]), ())
        return tuple(sorted({rule.rule_id for rule in candidates if rule.matches(values)}))


class _Verdict(NamedTuple):
    rule_ids: tuple[int, ...]  # one-token rules that fire, in rule order
    starts_window: bool  # a windowed multi-token pattern may start here


class AttributeTable:
    """Applies an AttributeRuler's rules with a per-value-tuple cache (see module doc)."""

    def __init__(self, ruler: Any, new_matcher: Callable[[], Matcher]) -> None:
        self.source = ruler  # kept so the tests can run the original beside the table
        self._attrs: list[dict[Any, Any]] = list(ruler.attrs)
        self._one_token = _RuleIndex()
        self._window_starts = _RuleIndex()
        self._window = new_matcher()  # fixed-length patterns, run on windows
        self._whole = new_matcher()  # anything else, run on the doc
        self._window_len = 0
        self._indices: dict[int, int] = {}
        for rule_id, rule in enumerate(ruler.patterns):
            self._add(rule_id, rule["patterns"], rule["index"])
        self._names = sorted({attr for index in (self._one_token, self._window_starts)
                              for rule in index.rules for attr in rule.tests})
        self._key_of = _getter([_ATTRS[name][0] for name in self._names])
        self._values_of = _getter([_ATTRS[name][1] for name in self._names])
        # keyed by token values: bounded, as a long-running worker meets new words
        self._cache: BoundedCache[Any, _Verdict] = BoundedCache()

    def _add(self, rule_id: int, patterns: Iterable[Any], index: int) -> None:
        for pattern in patterns:
            if not isinstance(pattern, list) or not pattern:
                self._whole.add(str(rule_id), [pattern])
            elif len(pattern) == 1 and index in (0, -1) and (
                    rule := _one_token_rule(rule_id, pattern[0])) is not None:
                self._one_token.add(rule)
            elif (start := _one_token_rule(rule_id, pattern[0])) is not None and all(
                    isinstance(spec, dict) and "OP" not in spec for spec in pattern):
                self._window_starts.add(start)
                self._window.add(str(rule_id), [pattern])
                self._window_len = max(self._window_len, len(pattern))
            else:
                self._whole.add(str(rule_id), [pattern])
            self._indices[rule_id] = index

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        verdicts = [self._verdict(token) for token in doc]
        extra = self._matched(doc, verdicts)  # before any token changes, like the ruler
        attrs = self._attrs
        for token, verdict in zip(doc, verdicts, strict=True):
            rule_ids = verdict.rule_ids
            if token.i in extra:
                rule_ids = tuple(sorted(rule_ids + tuple(extra[token.i])))
            for rule_id in rule_ids:
                set_token_attrs(token, attrs[rule_id])
        return doc

    def _verdict(self, token: Token) -> _Verdict:
        key = self._key_of(token)
        verdict = self._cache.get(key)
        if verdict is None:
            values = dict(zip(self._names, _as_tuple(self._values_of(token), len(self._names)),
                              strict=True))
            verdict = _Verdict(self._one_token.matching(values),
                               bool(self._window_starts.matching(values)))
            self._cache[key] = verdict
        return verdict

    def _matched(self, doc: Doc, verdicts: list[_Verdict]) -> dict[int, set[int]]:
        """Multi-token rules that match: token index -> rule ids."""
        found: dict[int, set[int]] = {}
        for match_id, start, end in self._matches(doc, verdicts):
            rule_id = int(doc.vocab.strings[match_id])
            token = doc[start:end][self._indices[rule_id]]
            found.setdefault(token.i, set()).add(rule_id)
        return found

    def _matches(self, doc: Doc, verdicts: list[_Verdict]) -> set[tuple[int, int, int]]:
        """(match id, start, end) of the Matchers, in doc offsets. A fixed-length pattern
        whose first token passes is found inside the window starting there."""
        matches = set(self._whole(doc, allow_missing=True, as_spans=False)
                      if len(self._whole) else ())
        for i, verdict in enumerate(verdicts):
            if verdict.starts_window:
                window = doc[i:i + self._window_len]
                matches.update((match_id, i + start, i + end) for match_id, start, end
                               in self._window(window, allow_missing=True, as_spans=False))
        return matches


def _getter(names: list[str]) -> Callable[[Token], Any]:
    return attrgetter(*names) if names else (lambda _token: ())


def _as_tuple(values: Any, n: int) -> tuple[Any, ...]:
    """attrgetter returns a bare value for one name and a tuple for several."""
    return (values,) if n == 1 else tuple(values)


def _make_table(nlp: Language, name: str, source: str) -> AttributeTable:
    """spaCy factory: the table of the pipeline's ruler named ``source``."""
    from spacy.matcher import Matcher

    return AttributeTable(nlp.get_pipe(source), lambda: Matcher(nlp.vocab))


def replace_attribute_ruler(nlp: Language) -> Language:
    """Swap the model's attribute_ruler for an AttributeTable built from its patterns
    (idempotent; a pipeline without the ruler is left alone)."""
    if ATTRIBUTE_RULER not in nlp.pipe_names:
        return nlp
    return swap_pipe(nlp, ATTRIBUTE_RULER, FACTORY, _make_table)
