"""A document named again as the subject of what it says ("The statement accused X",
"The resolution also calls on Y") speaks for the author the story named before it, as
"it" would; a document told for the first time, or one whose phrase names its own
author, is not taken for the last subject. Sentences are made up for these tests."""

from __future__ import annotations

from collections.abc import Callable

from schemas import ExtractedArticle
from tests.pipeline.coding import triples

#: A story about a bloc and one of its members.
TITLE = "Chad quits regional bloc"
BODY = ("Chad said on Monday it was leaving the African Union. Chad issued a statement "
        "late on Monday. ")


def _said(out: ExtractedArticle, words: str) -> set[tuple[str, str | None, str | None]]:
    """The (type, source, target) of the events of the sentence containing ``words``."""
    return {(e.type, e.source and (e.source.country or e.source.role),
             e.target and (e.target.country or e.target.role))
            for e in out.events if words in e.evidence.sentence}


def test_the_statement_accuses_for_its_issuer(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(BODY + "The statement accused the African Union of ignoring the "
                    "security crisis.", title=TITLE)
    assert ("ACCUSE", "TCD", "IGO") in _said(out, "ignoring"), triples(out)


def test_the_resolution_calls_on_for_the_body_that_adopted_it(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("The UN Security Council on Friday adopted a resolution on Yemen. "
                    "The resolution also calls on Yemen to open its ports to aid.",
                    title="UN council adopts Yemen resolution")
    assert ("REQUEST", "IGO", "YEM") in _said(out, "open its ports"), triples(out)


def test_a_statement_told_for_the_first_time_has_no_author_from_the_story(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(BODY + "A statement posted online accused the African Union of "
                    "ignoring the security crisis.", title=TITLE)
    assert not any(s == "TCD" for _, s, _ in _said(out, "ignoring")), triples(out)


def test_a_document_owned_by_its_author_is_read_by_the_clause(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # the possessor names the author: not the last subject, Chad
    out = code_text(BODY + "Niger's statement accused the African Union of ignoring "
                    "the security crisis.", title=TITLE)
    assert not any(s == "TCD" for _, s, _ in _said(out, "ignoring")), triples(out)


def test_a_document_the_story_never_told_takes_up_no_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad said on Monday it was leaving the African Union. The statement "
                    "accused the African Union of ignoring the security crisis.", title=TITLE)
    assert not any(s == "TCD" for _, s, _ in _said(out, "ignoring")), triples(out)


def test_a_document_does_no_material_act(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text(BODY + "The statement was followed by heavy fighting as the report "
                    "killed any hope of talks.", title=TITLE)
    assert not any(t == "ASSAULT" and s == "TCD" for t, s, _ in _said(out, "hope of talks")), \
        triples(out)


def test_the_document_commits_the_two_signatories(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chile and Peru signed a joint declaration on fisheries in Lima on "
                    "Friday. Chile said the accord was historic. The document also "
                    "commits both countries to share catch data.",
                    title="Chile and Peru sign fisheries accord")
    got = _said(out, "share catch data")
    assert ("AGREE", "CHL", "PER") in got or ("AGREE", "PER", "CHL") in got, triples(out)


def test_a_document_spoken_in_is_taken_up_by_another_name(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # "said in a joint declaration": the text the speaker spoke in, named again as such
    out = code_text("Chad said in a joint declaration on Monday that it was leaving the "
                    "African Union. The document also accused the African Union of "
                    "ignoring the security crisis.", title=TITLE)
    assert ("ACCUSE", "TCD", "IGO") in _said(out, "ignoring"), triples(out)


def test_a_document_word_told_in_passing_takes_up_no_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    # no one issued the law: "the report" is a new text, not Chad's
    out = code_text("Chad said on Monday the bloc had broken international law. The "
                    "report accused the African Union of ignoring the security crisis.",
                    title=TITLE)
    assert not any(s == "TCD" for _, s, _ in _said(out, "ignoring")), triples(out)


def test_a_document_of_another_kind_in_passing_takes_up_no_one(
        code_text: Callable[..., ExtractedArticle]) -> None:
    out = code_text("Chad said on Monday it would leave under a decree of the bloc. The "
                    "statement accused the African Union of ignoring the security crisis.",
                    title=TITLE)
    assert not any(s == "TCD" for _, s, _ in _said(out, "ignoring")), triples(out)
