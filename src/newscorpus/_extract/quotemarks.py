"""Finding and pairing quotation marks, in any language.

Only double marks delimit quotations: „…“ „…” “…” ”…” »…« «…» and "…" (the table is the
``quote_marks`` lexicon). Single marks (‚…‘, '…') are nested quotations or apostrophes and are
left inside the quotation that holds them.

Pairing is one left-to-right pass over the marks, so it runs in linear time. Whether an
ambiguous mark (“ ” " » «) opens or closes is decided the way a reader does it: by what stands
around it (a mark after a space and before a letter opens, one after a letter and before a space
or punctuation closes, and so does one after a space before punctuation or the line's end: „ Wir
bleiben “, sagte er.) and by whether a quotation is open. A quotation never crosses a line break
unless the next paragraph opens with the same mark, the typographic convention for a quotation
that runs over several paragraphs (when the quotation opened its paragraph or followed a colon);
an opening mark left unclosed at the end of its paragraph is dropped, so a stray mark never
swallows the rest of the text, unless a mark of another style stood in closing position after
it (»Wir schaffen das.“, a typing slip): the quotation closes there. Two apostrophes ('')
count as an ASCII double mark, as typewriter-style text writes them, and two commas (,,) before
a word as a German opening mark, as German web typing writes „ (",,Wir bleiben'', sagte er.");
a pair of two-character marks holds the inner characters, so its content slices the text
without either mark.
"""

from __future__ import annotations

import bisect
import enum
import functools
import operator
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import attrs

from newscorpus._extract.languages import on_registry_change, supported_languages
from newscorpus._extract.lexicon import has_lexicon, read_lexicon
from newscorpus._model import Span, trusted_span

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "COMMA_OPENER",
    "COMMA_OPENER_AFTER",
    "QuoteContext",
    "QuotePair",
    "SingleMarks",
    "find_quote_pairs",
    "is_quotation",
    "opening_marks",
    "title_like",
    "with_single_pairs",
]

_SHORT_WORDS = 3
_FINAL_PUNCTUATION = ".!?…"
_TITLE_WORD_CLASSES = frozenset({"det", "prep", "conj"})

_NON_SPACE = re.compile(r"\S")
# Characters that may stand right before an opening mark / right after a closing mark.
_BEFORE_OPENING = frozenset("([{<-–—/:;,'‚‘’‹›")
_AFTER_CLOSING = frozenset(".,;:!?)]}>-–—/…'‘’‹›")
_GUILLEMETS = frozenset("«»")
# What may follow a closing mark that stands after a space: punctuation or the line's end.
_SPACED_CLOSING_AFTER = frozenset(".,;:!?…\n")
_SPACE_LOOKBACK = 8
# Two commas stand for a German opening mark („) only where a mark may open, before a word
# character: after the text's start, a space, an opening bracket, a slash, a colon or a dash
# (",,Wir bleiben''"; not "1,,5" or a typed "und,, dann").
#: Two commas before a word: a German opening mark as web typing writes „.
COMMA_OPENER = ",,"
#: What besides white space may stand right before two commas that open a quotation.
COMMA_OPENER_AFTER = frozenset("([{/:-–—")
_COMMA_OPENER = (
    "(?<![^\\s"
    + "".join(re.escape(character) for character in sorted(COMMA_OPENER_AFTER))
    + "])"
    + COMMA_OPENER
    + "(?=\\w)"
)
# The mark a two-character mark stands for, by its character: ''…'' is an ASCII double mark,
# ,,… a German opening one.
_TWO_CHARACTER_MARKS = {"'": '"', ",": "„"}
# Line breaks a quotation that opens a statement may run on over without the reopening mark
# („A.⏎⏎B.⏎C.“): it stays open only until a closing mark ends it before any opening one.
_RUN_ON_BREAKS = 4


@attrs.frozen(kw_only=True)
class QuotePair:
    """An opening and a closing quotation mark; ``open`` and ``close`` are their offsets."""

    open: int
    close: int

    @functools.cached_property
    def content(self) -> Span:
        """The text between the marks (built once: the rules ask for it often)."""
        start, end = self.open + 1, self.close
        return trusted_span(start, end) if 0 <= start <= end else Span(start=start, end=end)

    @property
    def outer(self) -> Span:
        """The quotation with its marks."""
        return Span(start=self.open, end=self.close + 1)


@attrs.frozen(kw_only=True)
class _MarkTable:
    closers: dict[str, frozenset[str]]
    strong: frozenset[str]
    marks: frozenset[str]
    #: ``marks`` as one string, in a fixed order
    mark_string: str


@functools.cache
def _mark_table() -> _MarkTable:
    closers: dict[str, frozenset[str]] = {}
    strong: set[str] = set()
    for opening, closing, kind in read_lexicon(None, "quote_marks", fields=(3, 3)):
        closers[opening] = frozenset(closing)
        if kind == "opener":
            strong.add(opening)
    marks = frozenset(closers).union(*closers.values())
    return _MarkTable(
        closers=closers, strong=frozenset(strong), marks=marks, mark_string="".join(sorted(marks))
    )


@functools.cache
def _mark_patterns(
    marks: str, *, apostrophes: bool, commas: bool = False
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What :func:`find_quote_pairs` looks for in a text that holds the quotation marks
    ``marks`` (and, with ``apostrophes``, two apostrophes, which stand for an ASCII double mark
    in typewriter-style text: ''…''; with ``commas``, two commas opening a word, which stand for
    a German „ in web typing: ,,…''): the marks or a line break, and the marks alone (while no
    quotation is open). Only the marks a text holds are looked for: an expression that is one
    character class is scanned for in a tight loop, one mark alone (the common case: a text
    with the ASCII mark only) even faster, and the alternatives with two apostrophes or two
    commas are left out unless the text holds them."""
    escaped = re.escape(marks)
    pattern = "[" + escaped + "\n]" if marks else "\n"
    mark_pattern = "[" + escaped + "]" if marks else "(?!)"
    if apostrophes:
        pattern, mark_pattern = "''|" + pattern, "''|" + mark_pattern
    if commas:
        pattern, mark_pattern = _COMMA_OPENER + "|" + pattern, _COMMA_OPENER + "|" + mark_pattern
    return re.compile(pattern), re.compile(mark_pattern)


on_registry_change(_mark_table.cache_clear)


#: How far an open quotation may go on past the end of its paragraph (see
#: :func:`_paragraph_continuation`): not at all, only into a paragraph that opens with the same
#: mark again, or also into one or two paragraphs without a mark.
_ENDS_WITH_PARAGRAPH, _REOPENED, _RUNS_ON = 0, 1, 2


def _paragraph_continuation(text: str, index: int) -> int:
    """How far the quotation a mark at ``index`` opens may run on past its paragraph's end.

    One that opens its paragraph or follows a colon is a statement of its own and runs on
    (:data:`_RUNS_ON`), also into a paragraph without a mark. One that opens a sentence inside a
    paragraph ("…, said Oleg Maximov. „Wir wissen nicht …" / '"We don't know …') goes on only
    into a paragraph that opens with the same mark again, as the convention for a quotation of
    several paragraphs has it (:data:`_REOPENED`): a mark after a sentence end, left open at the
    paragraph's end, is such a quotation rather than a stray mark. Any other mark ends with its
    paragraph."""
    position = index - 1
    steps = 0
    while position >= 0 and text[position] in " \t" and steps < _SPACE_LOOKBACK:
        position -= 1
        steps += 1
    if position < 0 or text[position] in "\n:":
        return _RUNS_ON
    return _REOPENED if text[position] in _FINAL_PUNCTUATION else _ENDS_WITH_PARAGRAPH


def opening_marks() -> frozenset[str]:
    """Every character that can open a quotation."""
    return frozenset(_mark_table().closers)


def find_quote_pairs(text: str) -> tuple[QuotePair, ...]:
    """Pair the double quotation marks in ``text``; the pairs are sorted and do not overlap.

    A German opening mark inside an open German quotation („… „…“ …“), or an opening mark of
    another style inside any open quotation („… »Krise« …“, „… "Chaoten" …“), opens a nested
    quotation: when the outer one closes, only it is kept; when it never closes, it was a stray
    mark and the nested quotations are kept instead.
    """
    table = _mark_table()
    closers = table.closers
    marks = table.marks
    strong = table.strong
    length = len(text)
    pairs: list[QuotePair] = []
    open_at = -1
    open_mark = ""
    reopen_at = -1
    continues = _ENDS_WITH_PARAGRAPH  # how far the open quotation may run on past its paragraph
    run_on = 0  # line breaks the open quotation ran on over without a reopening mark
    # The first mark of another style in closing position after the open quotation's mark
    # (»Wir schaffen das.“): where the quotation closes if no mark of its own style does.
    other_close = -1
    # The quotation around an open nested one, as (offset, mark, continues), and the nested
    # quotations closed inside it so far.
    outer: tuple[int, str, int] | None = None
    nested: list[QuotePair] = []
    # A line break matters only while a quotation is open: outside one, the search skips the
    # line breaks (most of a text's matches) in C.
    present = "".join(mark for mark in table.mark_string if mark in text)
    apostrophes = "''" in text
    commas = ",," in text
    if not (present or apostrophes or commas):
        return ()  # a text without quotation marks (a third of the news texts)
    all_pattern, mark_pattern = _mark_patterns(present, apostrophes=apostrophes, commas=commas)
    search_all, search_marks = all_pattern.search, mark_pattern.search
    position = 0
    while (match := (search_all if open_at >= 0 else search_marks)(text, position)) is not None:
        index, end = match.span()
        position = end
        char = text[index] if end == index + 1 else _TWO_CHARACTER_MARKS[text[index]]
        if char == "\n":
            if open_at >= 0 and index > reopen_at:
                following = _NON_SPACE.search(text, index)
                if (
                    outer is None
                    and continues != _ENDS_WITH_PARAGRAPH
                    and following is not None
                    and following.group() == open_mark
                ):
                    reopen_at = following.start()
                elif (
                    outer is None
                    and continues == _RUNS_ON
                    and following is not None
                    and following.group() not in closers
                    and run_on < _RUN_ON_BREAKS
                ):
                    run_on += 1
                else:
                    _close_unclosed(pairs, nested, outer, open_at, other_close)
                    open_at, outer, other_close = -1, None, -1
                    nested.clear()
            continue
        if index == reopen_at:
            continue
        before = text[index - 1] if index else "\n"
        after = text[end] if end < length else "\n"
        outside_before = before.isspace() or before in _BEFORE_OPENING or before in marks
        outside_after = after.isspace() or after in _AFTER_CLOSING or after in marks
        if char in _GUILLEMETS:
            # French typography sets a space inside guillemets: « Oui ».
            opens, closes = outside_before, outside_after
        else:
            opens = not after.isspace() and outside_before
            # A mark after a space closes before punctuation or the line's end, as web typing
            # spaces it inside the marks: „ Wir bleiben “, sagte er.
            closes = (not before.isspace() or after in _SPACED_CLOSING_AFTER) and outside_after
        if open_at < 0:
            if char in closers and (opens or (char in strong and not closes)):
                open_at, open_mark = end - 1, char
                continues = _paragraph_continuation(text, index)
                run_on = 0
                other_close = -1
            continue
        if char in closers[open_mark] and (closes or not opens):
            if outer is not None:
                if index > open_at + 1:
                    nested.append(QuotePair(open=open_at, close=index))
                open_at, open_mark, continues = outer
                outer = None
                continue
            if index > open_at + 1:
                pairs.append(QuotePair(open=open_at, close=index))
            nested.clear()
            open_at, other_close = -1, -1
        elif char in closers and (char in strong or (opens and not closes)):
            if outer is None and (
                (char == open_mark and char in strong) or (char != open_mark and opens)
            ):
                # „… „…“ …“, and a quotation in marks of another style inside: „… »Krise« …“,
                # „… "Chaoten" …“, «… "Farce" …»
                outer = (open_at, open_mark, continues)
            elif outer is None:
                # An opening mark while a quotation is open: the earlier mark was stray, or it
                # closed with a mark of another style.
                _close_unclosed(pairs, nested, None, open_at, other_close)
                nested.clear()
                other_close = -1
            # else a second opening mark inside a nested quotation: the nested one was stray.
            open_at, open_mark = end - 1, char
            continues = _paragraph_continuation(text, index)
            run_on = 0
        elif (
            outer is None
            and other_close < 0
            and char in marks
            and char not in closers[open_mark]
            and closes
            and not opens
        ):
            other_close = index
    if open_at >= 0:
        _close_unclosed(pairs, nested, outer, open_at, other_close)
    else:
        pairs.extend(nested)
    return tuple(pairs)


def _close_unclosed(
    pairs: list[QuotePair],
    nested: list[QuotePair],
    outer: tuple[int, str, int] | None,
    open_at: int,
    other_close: int,
) -> None:
    """Add what a quotation left open at its paragraph's end leaves: the quotation itself, up
    to the first mark of another style in closing position after it (``other_close``: a typing
    slip, »Wir schaffen das.“), and the nested quotations after that mark; without such a
    mark, its opening mark was stray and the nested quotations are kept."""
    start = open_at if outer is None else outer[0]
    if other_close > start + 1:
        pairs.append(QuotePair(open=start, close=other_close))
        pairs.extend(pair for pair in nested if pair.open > other_close)
    else:
        pairs.extend(nested)


class QuoteContext(enum.Enum):
    """What stands around a pair of marks, for deciding whether it holds a quotation."""

    #: A cue introduces exactly this: "sagte: „Nein“", "„Nein“, sagte er".
    EXPLICIT = "explicit"
    #: The sentence has an attribution: "nannte den Plan „absurd“".
    ATTRIBUTED = "attributed"
    #: No attribution, but someone was quoted in the sentences just before.
    RECENT = "recent"
    #: Nothing suggests speech.
    NONE = "none"


# Read for every quotation: bound to names once (a member read through the class goes through
# EnumType.__getattr__ on Python 3.11, a slow path).
_CONTEXT_ATTRIBUTED = QuoteContext.ATTRIBUTED
_CONTEXT_EXPLICIT = QuoteContext.EXPLICIT


@functools.cache
def _title_words() -> frozenset[str]:
    words: set[str] = set()
    for language in supported_languages():
        if not has_lexicon(language, "function_words"):
            continue
        for word, kind in read_lexicon(language, "function_words", fields=(2, 2)):
            if kind in _TITLE_WORD_CLASSES:
                words.add(word)
    return frozenset(words)


on_registry_change(_title_words.cache_clear)


def title_like(words: list[str]) -> bool:
    """Every word capitalised or a small function word: "Der Fänger im Roggen"."""
    title_words = _title_words()
    return all(
        word[:1].isupper() or word[:1].isdigit() or word.lower() in title_words for word in words
    ) and (words[0][:1].isupper() or words[0][:1].isdigit())


def is_quotation(content: str, context: QuoteContext, *, alone: bool = False) -> bool:
    """Whether the words between a pair of marks are a quotation rather than a name or title.

    A final punctuation mark always makes a quotation (one word only when the quotation is a
    sentence of its own, ``alone``: "„Unglaublich!“ Mehr brachte der Sieger nicht heraus.",
    where "„Hallo!“-Moderator" is a title), and so does
    anything a cue introduces exactly (``EXPLICIT``: "sagte: „Nein danke“"). In a sentence with
    an attribution (``ATTRIBUTED``) any words count: German partial quotations are capitalised
    noun phrases ("nannte es „Angriff gegen die Belegschaft“"). Elsewhere four words or more
    count unless they look like a title ("Der Fänger im Roggen": every word capitalised but
    small function words), as do two or three words that are a sentence of their own (``alone``,
    the full stop after the closing mark: "Die Kanzlerin war deutlich. „Das ist inakzeptabel“.
    Sie …"; „Der Pate“. is a title), up to three words count when they start in lower case
    ("„mit Füßen getreten“"), and capitalised ones ("„Shenzhou 6“", "„Amflora“") do not.
    """
    stripped = content.strip()
    words = stripped.split()
    if not words or not any(char.isalpha() for char in stripped):
        return False
    if stripped[-1] in _FINAL_PUNCTUATION and (len(words) > 1 or alone):
        return True
    if context is _CONTEXT_EXPLICIT:
        return True
    if len(words) > _SHORT_WORDS or (alone and len(words) > 1):
        return context is _CONTEXT_ATTRIBUTED or not title_like(words)
    if words[0][:1].islower():
        return True
    return context is _CONTEXT_ATTRIBUTED


# --- single marks as main marks -------------------------------------------------------------


def _anywhere(text: str, index: int) -> bool:  # noqa: ARG001 - the SingleMarks.opens signature
    return True


@attrs.frozen(kw_only=True)
class SingleMarks:
    """How a language writes quotations between single marks where they are a text's main marks
    (a headline's "Merkel: ‚Wir schaffen das‘", British "'We will win,' he said."), for
    :func:`with_single_pairs`. Each language's rules say it with their own marks and tests."""

    #: each opening mark and the marks that close it
    closers: Mapping[str, str]
    #: the marks a pass visits, and the line break (no such quotation crosses one)
    marks: re.Pattern[str]
    #: what may stand right before an opening mark besides white space ("(", ":", a dash)
    before_opener: frozenset[str]
    #: whether the mark at an index can close a quotation (after a non-space, before a space,
    #: punctuation or the line's end, as the language has it)
    closes: Callable[[str, int], bool]
    #: whether the mark at an index, with a space before it and a letter after it, opens one
    #: (English: not an elision, 'em, the '90s)
    opens: Callable[[str, int], bool] = _anywhere
    #: the fewest characters a quotation holds ("Rock 'n' Roll" holds one)
    shortest: int = 1


_pair_open: Callable[[QuotePair], int] = operator.attrgetter("open")


def with_single_pairs(
    text: str,
    pairs: Sequence[QuotePair],
    *,
    headline: SingleMarks | None,
    body: SingleMarks,
) -> Sequence[QuotePair]:
    """``pairs`` with the quotations between single marks added where they are main marks: in
    the headline (the first line, when a blank line follows it; see ``Article.text``) always,
    in the body only when they outnumber its pairs of double marks (otherwise the double marks
    are the text's main marks and single ones stand for nested quotations, titles and scare
    quotes). Marks inside a pair of double marks stay inside it."""
    title_end = text.find("\n\n")
    body_start = max(title_end, 0)
    added: list[QuotePair] = []
    if headline is not None and title_end > 0:
        added += _single_mark_pairs(text, pairs, headline, 0, title_end)
    doubles = len(pairs) - bisect.bisect_left(pairs, body_start, key=_pair_open)
    # Each quotation opens at its own mark: where the marks that may open one are fewer than
    # the double pairs (most texts, counted in C), the pass over every mark cannot add enough;
    # as many can, when a single quotation holds a double pair.
    if _possible_openers(text, body, body_start) >= max(doubles, 1):
        in_body = _single_mark_pairs(text, pairs, body, body_start, len(text))
        # double pairs nested in a single one are no main marks
        if len(in_body) > doubles - len(_nested_in(pairs, in_body)):
            added += in_body
    if not added:
        return pairs
    nested = _nested_in(pairs, added)
    kept = [pair for pair in pairs if pair not in nested] if nested else pairs
    return tuple(sorted([*kept, *added], key=_pair_open))


def _nested_in(pairs: Sequence[QuotePair], outer: Sequence[QuotePair]) -> set[QuotePair]:
    """The pairs of ``pairs`` that lie inside a pair of ``outer`` (both sorted by opening)."""
    nested: set[QuotePair] = set()
    if not outer:
        return nested
    for pair in pairs:
        index = bisect.bisect_right(outer, pair.open, key=_pair_open) - 1
        if index >= 0 and outer[index].open < pair.open and pair.close < outer[index].close:
            nested.add(pair)
    return nested


def _possible_openers(text: str, style: SingleMarks, start: int) -> int:
    """How many marks of ``text[start:]`` could open a quotation between single marks: an
    opening mark after white space, a ``before_opener`` or the text's start and before a letter
    or digit, as :func:`_single_mark_pairs` asks before ``opens`` (an upper bound of the
    quotations it finds there)."""
    # One scan per mark, each with a literal to look for (several times faster than one scan
    # for a class of marks); a mark the text lacks (most, in German) is ruled out by str.find.
    return sum(
        len(_opener_pattern(mark, style.before_opener).findall(text, start))
        for mark in style.closers
        if text.find(mark, start) >= 0
    )


@functools.cache  # one pattern per mark and language
def _opener_pattern(mark: str, before_opener: frozenset[str]) -> re.Pattern[str]:
    """``mark`` where it may open a quotation (see :func:`_possible_openers`). The mark comes
    first, so that the scan for it runs over the text in C; the character before it is looked
    behind for over two characters (it and the mark), which a mark at the text's start lacks,
    as :func:`_single_mark_pairs` counts white space there. ``\\s`` is ``str.isspace`` and
    ``[^\\W_]`` is ``str.isalnum``, character by character. No repetition: linear time."""
    before = re.escape("".join(sorted(before_opener)))
    return re.compile(rf"{re.escape(mark)}(?<![^\s{before}].)(?=[^\W_])")


def _reopening(text: str, index: int, stop: int, open_at: int, style: SingleMarks) -> int:
    """Where the mark that reopens the quotation left open at ``open_at`` stands, when the line
    break at ``index`` ends its paragraph and the next paragraph opens with the same mark, the
    writers' way to run one quotation over several paragraphs ("He said: 'We are exhausted.",
    then "'We can't go on.'"); -1 otherwise."""
    following = index + 1
    while following < stop and text[following] in _LINE_SPACE:
        following += 1
    if (
        following + 1 < stop
        and text[following] == text[open_at]
        and text[following + 1].isalnum()
        and style.opens(text, following)
    ):
        return following
    return -1


def _framed_statement(text: str, open_at: int, close: int) -> bool:
    """Whether the quotation between single marks at ``open_at`` and ``close`` is a statement
    of its own that a frame attributes: it opens its paragraph or follows a colon, and its
    words end in a comma or a final mark before the closing mark or a comma follows that mark
    ("'When the officer shouted "get down", we all dropped,' said Tom Reid", "She said: 'I
    told him "no".'"). Such a quotation holds the double pairs inside it as nested ones."""
    before = open_at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    if before >= 0 and text[before] not in "\n:":
        return False
    after = text[close + 1] if close + 1 < len(text) else "\n"
    return text[close - 1] in _STATEMENT_END or after == ","


#: what ends the words of a quotation that a frame attributes ("…,' he said", "….'")
_STATEMENT_END = frozenset("," + _FINAL_PUNCTUATION)


#: what may stand between a paragraph's line break and the mark that opens the next one
_LINE_SPACE = frozenset("\n \t")


def _single_mark_pairs(
    text: str, pairs: Sequence[QuotePair], style: SingleMarks, start: int, stop: int
) -> list[QuotePair]:
    """The quotations between single marks in ``text[start:stop]``, in one left-to-right pass
    over its marks with a pointer into the sorted ``pairs`` (linear in the text).

    An opening mark stands after white space or a ``before_opener`` and before a letter or
    digit; the mark that closes it is one of its ``closers`` where ``closes`` says one may.
    A line break, or a pair of double marks, drops a mark left open: a mark inside a double
    pair is a nested quotation, and a quotation that would hold a double pair is none, unless it
    is a statement with its frame ("'When the officer shouted "get down", we dropped,' said Tom
    Reid": :func:`_framed_statement`), whose double pairs are nested in it; and unless the next
    paragraph opens with the same mark, which goes on with the quotation (:func:`_reopening`),
    as with double marks.
    """
    closers = style.closers
    if not any(text.find(mark, start, stop) >= 0 for mark in closers):
        return []
    added: list[QuotePair] = []
    pair_index = 0  # (pairs may nest, so their closing marks are not sorted: walk from the start)
    count = len(pairs)
    length = len(text)
    open_at = -1
    reopened = -1  # the mark that opens a quotation's next paragraph, which goes on from open_at
    for match in style.marks.finditer(text, start, stop):
        index = match.start()
        char = match.group()
        if char == "\n":
            reopened = _reopening(text, index, stop, open_at, style) if open_at >= 0 else -1
            if reopened < 0:
                open_at = -1
            continue
        if index == reopened:
            continue
        while pair_index < count and pairs[pair_index].close < index:
            pair_index += 1
        if pair_index < count and pairs[pair_index].open <= index:
            open_at = -1  # nested in a double pair, or a double pair opened inside the quotation
            continue
        if open_at >= 0 and char in closers[text[open_at]] and style.closes(text, index):
            holds_pair = pair_index > 0 and pairs[pair_index - 1].open > open_at
            if index - open_at > style.shortest and (
                not holds_pair or _framed_statement(text, open_at, index)
            ):
                added.append(QuotePair(open=open_at, close=index))
            open_at = -1
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < length else " "
        if (
            char in closers
            and (before.isspace() or before in style.before_opener)
            and after.isalnum()
            and style.opens(text, index)
        ):
            open_at = index
    return added
