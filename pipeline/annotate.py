"""Annotate stage: run spaCy over clean articles (batched) and keep the parse as JSON.

``annotate_batch`` is the only place the model runs; ``to_doc`` rebuilds a spaCy ``Doc``
from the stored token table so the extract stage can use dependency navigation without
parsing again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from pipeline.actor_lexicon import lookup
from pipeline.headline_clauses import rehead_comma_clauses
from pipeline.headline_parse import TitleParse, repair_titles, title_token_end
from pipeline.hyphen_names import join_hyphenated_names
from pipeline.place_entities import tag_place_names
from schemas import AnnotatedArticle, CleanArticle, Entity, Sentence, TokenTable

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

#: Components the extract stage needs; everything else is disabled when loading.
REQUIRED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner",
                  "newline_sentences")
NEWLINE_SENTENCES = "newline_sentences"

#: Longer texts are parsed in pieces of at most this many characters, cut where a line
#: ends (a longer line where a sentence ends, or at a space). One spaCy Doc of a
#: 200,000-character article (``max_article_chars``) peaked about 750 MB above the
#: loaded model: the per-sentence entity decoder (pipeline/sentence_ner.py) copies a
#: decoder state as long as the doc for every sentence (memory that grows with the
#: square of the length), and the tok2vec buffers grow with the doc. In pieces, 30-60 MB
#: with or without line breaks; the parse time stays linear in the length. The newline
#: sentence rule already starts a sentence at every line break, so a cut there splits no
#: sentence; every article of the gold sets is far shorter and is parsed whole, as before.
PARSE_PIECE_CHARS = 10_000
#: Cut points, each the end of a whitespace run (so no token is cut), tried in turn on
#: a piece still too long: a run that holds a line break; a run after a sentence-like
#: end (a lowercase word or a number, then ``.``, ``!`` or ``?`` and any closing quote
#: or bracket, then a capital: not "Mr. Smith", "U.S. Army" or "p.m. Monday"); any run.
#: A text with no line break (a markup-less body that ``clean_whitespace`` keeps as one
#: line) would otherwise be one piece parsed whole: +963 MB at 200,000 characters.
_LINE_BREAK = re.compile(r"\s*\n\s*")
_SENTENCE_END = re.compile(r"(?:\b[a-z]{2,}|\d)[.!?][\"'\u201d\u2019)\]]*\s+"
                           r"(?=[\"'\u201c\u2018(\[]?[A-Z])")
_SPACE = re.compile(r"\s+")


def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs.

    Title, standfirst, caption and paragraphs are separate lines in the clean text; left
    alone, the parser glues them into one "sentence" with dependencies across the break,
    and the event coder then reads a headline's subject as the verb's subject in the next
    paragraph. The parser honours preset boundaries, both ways: a line's second word
    (a word, not a dateline's dash) never starts a sentence, which the small parser
    otherwise makes of a lede's coordinated subject after the title ("Brazil" / "and the
    Netherlands withdrew their ambassadors ...", "Ukraine" / "and Russia accused each
    other ..."), losing the first party of the article's main event.
    """
    # Only the words are read (a token's trailing whitespace is " " or nothing, never a
    # line break): one string lookup per token instead of two Token objects per token.
    words = _words(doc)
    for i in range(len(words)):
        if i and "\n" in words[i - 1]:
            doc[i].is_sent_start = True
        if (i == 0 or "\n" in words[i - 1]) and i + 1 < len(words) and \
                not words[i].isspace() and words[i + 1][:1].isalpha() and \
                not _place_then_nation(words[i], words[i + 1]):
            # (only a word: "LIMA" / "-" / "Peru expelled ..." keeps its dateline apart)
            doc[i + 1].is_sent_start = False
    return doc


def _place_then_nation(first: str, second: str) -> bool:
    """Whether a line opens with a place glued to a lede whose subject is a nationality
    ("MOSCOW Ukrainian drones attacked ...", "Gaza Israeli aircraft struck ..."): an
    unpunctuated dateline or place tag, which the parser may part from the sentence."""
    a, b = lookup(first), lookup(second)
    return a is not None and b is not None and b.kind == "country" and second[:1].isupper()


def _words(doc: Doc) -> list[str]:
    """Each token's text, from the doc's ORTH column (no Token objects made)."""
    from spacy.attrs import ORTH

    strings = doc.vocab.strings
    return [strings[o] for o in doc.to_array(ORTH).tolist()]


def add_newline_sentences(nlp: Language) -> Language:
    """Register and insert the line-break sentence rule before the parser (idempotent)."""
    from spacy.language import Language as _Language

    if NEWLINE_SENTENCES not in _Language.factories:
        _Language.component(NEWLINE_SENTENCES, func=newline_sentences)
    if NEWLINE_SENTENCES not in nlp.pipe_names:
        nlp.add_pipe(NEWLINE_SENTENCES, before="parser" if "parser" in nlp.pipe_names
                     else None)
    return nlp


def annotate_batch(articles: Sequence[CleanArticle], nlp: Language, *, batch_size: int = 16,
                   max_entities: int = 2000) -> list[AnnotatedArticle]:
    """Parse many articles with one ``nlp.pipe`` call (the batching is where speed comes from)."""
    model = model_name(nlp)
    docs = parse_texts([a.text for a in articles], nlp, batch_size=batch_size)
    titles = repair_titles(docs, [len(a.title) for a in articles], nlp)
    return [from_doc(a, doc, model=model, max_entities=max_entities, title=title)
            for a, doc, title in zip(articles, docs, titles, strict=True)]


def parse_texts(texts: Sequence[str], nlp: Language, *, batch_size: int = 16,
                piece_chars: int = PARSE_PIECE_CHARS) -> list[Doc]:
    """One parsed Doc per text. Texts up to ``piece_chars`` go through one ``nlp.pipe``
    call, ``batch_size`` at a time; a longer text's pieces (``text_pieces``) are parsed
    one at a time and joined back into one Doc, with the same tokens and character
    offsets as the text parsed whole (tags, dependencies, sentence starts and entities
    within a few tokens of a cut may differ: a piece's first words lose the context
    before them). A piece is as long as four ordinary articles, so
    batching pieces buys no speed, and the model's buffers grow with the characters of
    a batch (measured on a 200,000-character text: 63 MB above the model one piece at a
    time, 450 MB sixteen at a time)."""
    from spacy.tokens import Doc

    pieces = [text_pieces(text, piece_chars) for text in texts]
    whole = iter(list(nlp.pipe((ps[0] for ps in pieces if len(ps) == 1),
                               batch_size=batch_size)))
    # ensure_whitespace=False: the pieces join back to the text exactly (each but the
    # last ends with a whitespace run); the model sets no user data or span groups
    return [next(whole) if len(ps) == 1 else
            Doc.from_docs(list(nlp.pipe(ps, batch_size=1)), ensure_whitespace=False)
            for ps in pieces]


def text_pieces(text: str, limit: int = PARSE_PIECE_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters that join back to it.
    Cuts fall after line breaks; a line longer than ``limit`` is cut after sentence-like
    ends, and a sentence still longer at spaces. Every cut falls after a whole
    whitespace run, so the tokenizer reads every piece's words as it reads them in the
    whole text (only a run of ``limit`` characters without whitespace stays longer). A
    cut inside a line starts a sentence there: the parse of the few tokens on either side
    may differ from the whole text's."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    for line in _cut(text, _LINE_BREAK, limit):
        for sentences in _cut(line, _SENTENCE_END, limit):
            pieces.extend(_cut(sentences, _SPACE, limit))
    return pieces


def _cut(text: str, cut_point: re.Pattern[str], limit: int) -> list[str]:
    """``text`` cut at the ends of ``cut_point``'s matches into pieces of at most
    ``limit`` characters, each as long as it can be (a stretch between two cut points
    that is longer is a piece of its own)."""
    if len(text) <= limit:
        return [text]
    ends = [m.end() for m in cut_point.finditer(text) if m.end() < len(text)]
    pieces: list[str] = []
    start = last = 0
    for end in [*ends, len(text)]:
        if end - start > limit and last > start:
            pieces.append(text[start:last])
            start = last
        last = end
    pieces.append(text[start:])
    return pieces


def from_doc(article: CleanArticle, doc: Doc, *, model: str, max_entities: int = 2000,
             title: TitleParse | None = None) -> AnnotatedArticle:
    """The token table of ``doc``; with ``title``, the title line's tokens take the
    repaired headline reading (pipeline/headline_parse.py)."""
    tokens = token_table(doc)
    entities = tag_place_names(doc, join_hyphenated_names(
        doc, [Entity(e.text, e.label_, e.start_char, e.end_char, e.start, e.end)
              for e in doc.ents[:max_entities]]))
    if title is not None:
        entities = _apply_title(tokens, entities, doc, title)[:max_entities]
    if article.title:
        rehead_comma_clauses(tokens, doc, title_token_end(doc, len(article.title)))
    # a span's character offsets are its first token's start and its last token's end
    idx, words = tokens.idx, tokens.words
    sentences = [Sentence(idx[s.start], idx[s.end - 1] + len(words[s.end - 1]), s.start, s.end)
                 for s in doc.sents]
    title_len = len(article.title)
    title_sentences = sum(1 for s in sentences if s.start < title_len) if title_len else 0
    return AnnotatedArticle(article=article, model=model, tokens=tokens, sentences=sentences,
                            entities=entities, title_sentences=title_sentences)


def model_name(nlp: Language) -> str:
    """"<name>-<version>" of the pipeline, computed once per loaded model: ``nlp.meta``
    rebuilds every component's label list on each read (~1-2 ms, twice per batch)."""
    name = _MODEL_NAMES.get(nlp)
    if name is None:
        meta = nlp.meta
        name = _MODEL_NAMES[nlp] = f"{meta.get('name', 'model')}-{meta.get('version', '?')}"
    return name


_MODEL_NAMES: WeakKeyDictionary[Language, str] = WeakKeyDictionary()


def token_table(doc: Doc) -> TokenTable:
    """The token attributes of ``doc`` read column-wise from ``Doc.to_array``: a Token
    object per token per attribute (the obvious ``[t.tag_ for t in doc]``) made this the
    costliest part of annotate outside the model. Each value is the string the Token
    property returns (``tag_``, ``lemma_``, ``dep_`` and ``text`` are StringStore
    lookups, ``pos_`` a name table lookup, ``str(morph)`` is computed once per distinct
    analysis)."""
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, SPACY, TAG
    from spacy.parts_of_speech import NAMES
    from spacy.tokens.morphanalysis import MorphAnalysis

    cols = doc.to_array([ORTH, SPACY, TAG, POS, LEMMA, DEP, HEAD, MORPH])
    # HEAD is the offset to the head, stored unsigned: back to signed, then absolute
    heads = [i + h for i, h in enumerate(cols[:, 6].astype("int64").tolist())]
    orth, spacy, tag, pos, lemma, dep, _, morph = cols.T.tolist()
    # each distinct string decoded once (tags, labels, frequent words and lemmas repeat)
    strings = doc.vocab.strings
    text = {k: strings[k] for k in {*orth, *tag, *lemma, *dep}}.__getitem__
    words = list(map(text, orth))
    spaces = [bool(s) for s in spacy]
    # a token's character offset: the tokenizer places each token right after the
    # previous one and its trailing space (``Doc.push_back``)
    idx, at = [], 0
    for word, space in zip(words, spaces, strict=True):
        idx.append(at)
        at += len(word) + space
    morphs = {m: str(MorphAnalysis.from_id(doc.vocab, m)) for m in set(morph)}
    return TokenTable(
        words=words, spaces=spaces, idx=idx,
        tags=list(map(text, tag)), pos=[NAMES[k] for k in pos],
        lemmas=list(map(text, lemma)), deps=list(map(text, dep)),
        heads=heads, morphs=list(map(morphs.__getitem__, morph)))


def _apply_title(tokens: TokenTable, entities: list[Entity], doc: Doc, title: TitleParse
                 ) -> list[Entity]:
    """Overwrite the title's tokens with the repaired reading; the title's entities come
    from the same reading, the body's are kept."""
    n = len(title.heads)
    for name in ("tags", "pos", "lemmas", "deps", "heads", "morphs"):
        getattr(tokens, name)[:n] = getattr(title, name)
    # the line break after the title hangs on the title's (new) last root
    for i in range(n, len(doc)):
        if not doc[i].is_space or doc[i].head.i >= n:
            break
        tokens.heads[i] = title.root
    own = [Entity(doc[s:e].text, label, doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), s, e)
           for s, e, label in title.entities]
    # a country name cut at its hyphen is joined as in the body ("Timor-Leste")
    own = join_hyphenated_names(doc, own)
    return own + [e for e in entities if e.token_start >= n]


def to_doc(annotated: AnnotatedArticle, vocab: Vocab) -> Doc:
    """Rebuild the parsed Doc (tags, lemmas, dependencies, sentences, entities)."""
    from spacy.tokens import Doc, Span

    t = annotated.tokens
    if _full_parse(t):
        doc = _parsed_doc(t, vocab)
    else:
        sent_starts: list[bool | int | None] = [False] * len(t)
        for s in annotated.sentences:
            if s.token_start < len(t):
                sent_starts[s.token_start] = True
        doc = Doc(vocab, words=t.words, spaces=t.spaces, tags=t.tags, pos=t.pos,
                  lemmas=t.lemmas, deps=t.deps, heads=t.heads, morphs=t.morphs or None,
                  sent_starts=sent_starts if not t.deps else None)
    doc.ents = [Span(doc, e.token_start, e.token_end, label=e.label)
                for e in annotated.entities]
    return doc


#: The columns ``Doc(words=..., pos=..., heads=..., ...)`` loads, in its order.
_PARSE_COLUMNS = ("pos", "heads", "deps", "lemmas", "tags", "morphs")


def _full_parse(t: TokenTable) -> bool:
    """Every column of a parsed table is there and valid (tables of this annotate
    stage); anything else goes to the constructor, which checks and reports it."""
    from spacy.parts_of_speech import IDS

    n = len(t)
    return n > 0 and all(len(getattr(t, name)) == n for name in _PARSE_COLUMNS) and \
        all(p in IDS for p in set(t.pos))


def _parsed_doc(t: TokenTable, vocab: Vocab) -> Doc:
    """The Doc ``Doc(vocab, words=, spaces=, tags=, pos=, lemmas=, deps=, heads=,
    morphs=)`` builds, built faster: that constructor looks up the string of every
    value of every column and writes the array one numpy element at a time (~15 ms for
    a 700-word article, most of to_doc). Here each distinct value is added and looked
    up once, the array is filled column-wise, and the same ``Doc.from_array`` call
    loads it (same strings added to the vocab, same morphology entries, same array)."""
    import numpy
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    doc = Doc(vocab, words=t.words, spaces=t.spaces)
    strings = vocab.strings
    cols = numpy.empty((len(t), len(_PARSE_COLUMNS)), dtype=numpy.uint64)
    for j, name in enumerate(_PARSE_COLUMNS):
        values = getattr(t, name)
        if name == "heads":  # relative, as a signed 32-bit offset stored unsigned
            rel = [head - i for i, head in enumerate(values)]
            cols[:, j] = numpy.array(rel, dtype=numpy.int32).astype(numpy.uint64)
            continue
        distinct = list(dict.fromkeys(values))  # new strings join in the same order
        for value in distinct:
            strings.add(value)
        if name == "morphs":
            keys = {value: vocab.morphology.add(value) for value in distinct}
        else:
            keys = {value: strings[value] for value in distinct}
        cols[:, j] = numpy.array([keys[v] for v in values], dtype=numpy.uint64)
    return doc.from_array([POS, HEAD, DEP, LEMMA, TAG, MORPH],
                          cols)  # type: ignore[arg-type]  # stubs: thinc Ints2d, a uint64 array
