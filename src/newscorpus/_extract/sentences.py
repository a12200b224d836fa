"""Paragraphs, sentences and word tokens, with offsets into the original text.

A paragraph is a line of the text (blank lines are skipped). A sentence ends at ``.``, ``!``,
``?`` or ``…`` (and any closing marks or brackets after it) followed by white space and a
capital letter, a digit or an opening mark, unless the full stop belongs to an abbreviation
("Dr.", "z. B.", a single letter) or an ordinal before a month ("25. Mai"), or the stop lies
inside a quotation: a quotation is never split. Everything runs in one pass, in linear time.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import sys
from typing import TYPE_CHECKING, NamedTuple

from newscorpus._extract.quotemarks import COMMA_OPENER

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

    from newscorpus._extract.quotemarks import QuotePair

__all__ = [
    "NOT_A_WORD",
    "Token",
    "Words",
    "dateline_end",
    "first_body_paragraph",
    "iter_paragraphs",
    "split_sentences",
    "tokenize",
    "tokenize_words",
]

_SENTENCE_END = re.compile(r"[.!?…]+[\"“”»«‘’›‹')\]]*")
#: The closing marks and brackets that ``_SENTENCE_END`` takes after the final marks.
_CLOSERS = frozenset("\"“”»«‘’›‹')]")
_NON_SPACE = re.compile(r"\S")
_WORD_AFTER = re.compile(r"\w+")
# A token with the white space before it: every character that is not white space starts a
# token, so over a range that does not end in white space each match succeeds at once. A word
# is a run of \w, joined by - ' ’ & to the next ("Baden-Württemberg", "Merkel's") and by a
# point, comma or colon between digits ("3.5", a time "19:55", a score "3:1": no colon that
# ends a clause). A joining character is looked ahead for before the
# alternatives are tried, and from Python 3.11 on the quantifiers are possessive (nothing after
# a word can make it give characters back, so the tokens are the same): a fifth faster.
_MORE = "+" if sys.version_info >= (3, 11) else ""  # possessive, where the version has it
_SPACED_TOKEN = re.compile(
    rf"(\s*{_MORE})(\w+{_MORE}(?:(?=[-'’&.,:])(?:[-'’&]\w+{_MORE}|(?<=\d)[.,:]\d+{_MORE}))*{_MORE}"
    r"|[^\w\s])"
)
_MAX_WORD = 40
#: How many letters before a full stop are read to tell a plain word from an abbreviation.
_TAIL = 2
#: The longest stretch of text analysed as one sentence. Real sentences of the shared corpora run
#: to 1,900 characters; text with no sentence end (a list run on in one line, a table flattened
#: into a paragraph) is cut at white space into stretches of at most this length, so that no
#: sentence's tokens, clause table and phrase searches grow with the length of the text.
MAX_SENTENCE_LENGTH = 10_000
_ROMAN = re.compile(r"[IVXLC]{2,6}\Z")
# Initials written together ("B.N", "C.Y", "U.S"): single letters joined by full stops.
_INITIALS = re.compile(r"[^\W\d_](?:\.[^\W\d_])+")
_OPENERS = frozenset("„“”\"»«‚‘'‹›([")
# What joins a possessive or contracted ending to its word ("Mary's", "Poor’s").
_APOSTROPHES = frozenset("'’")
# The marks that open a quotation after a sentence's end.
_QUOTATION_OPENERS = frozenset('„“"»«‚‘‹›')
# The key for bisecting the sorted pairs by their closing mark, read in C at each step.
_pair_close: Callable[[QuotePair], int] = operator.attrgetter("close")
# Building the named tuple from a plain tuple skips its Python-level __new__: tokens are many.
_new_token = tuple.__new__
_new_words = tuple.__new__
#: The lower-case form of a quotation token: it matches no lexicon entry.
NOT_A_WORD = "\x00"


class Token(NamedTuple):
    """A word or punctuation character; ``quote`` is the index of the quotation it stands for."""

    start: int
    end: int
    text: str
    quote: int = -1


class Words(NamedTuple):
    """A sentence's tokens and what a sentence view reads them by, made in the one pass of
    :func:`tokenize_words` (a second pass over the tokens for each would cost more)."""

    tokens: list[Token]
    #: each token's lower-case form, a quotation's :data:`NOT_A_WORD`
    lows: list[str]
    #: the indices of the tokens whose lower-case form is one of the words asked for
    marked: list[int]
    #: the indices of the quotation tokens
    quotes: list[int]
    #: the indices of the punctuation tokens: the tokens of one character that is no letter or
    #: digit (a quotation is none)
    punctuation: list[int]


def iter_paragraphs(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every line of ``text`` that is not blank, stripped."""
    spans: list[tuple[int, int]] = []
    position = 0  # where the line starts
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
        position += len(line) + 1
    return spans


#: A dateline opening an article's body: one to four capitalised words for the place, joined by
#: spaces, hyphens or slashes ("Wien", "Colombo/Genf", "WASHINGTON"), maybe a date after a comma
#: ("LONDON, May 3"), maybe an agency in brackets
#: ("(AP)", "(dpa)"), then a dash between spaces. Every quantifier is bounded or runs over a
#: character class the next step cannot match, so the match is linear.
_DATELINE = re.compile(
    r"[A-ZÄÖÜÀ-Þ][\w.]{0,30}(?:[ /-][A-ZÄÖÜÀ-Þ][\w.]{0,30}){0,3}"  # the place
    r"(?:, [A-Z][a-z]{2,9}\.? \d{1,2})?"  # a date after a comma ("LONDON, May 3 (Reuters) -")
    r"(?: \([^()\n]{1,30}\))?"  # the agency
    r" [–—-] (?=[A-ZÄÖÜÀ-Þ0-9„“\"»«‚‘'])"  # the dash, and a sentence's start after it
)


def first_body_paragraph(text: str) -> int:
    """Where the body of an article's text starts: the first character that is not white space
    after the blank line that ends its title (see ``Article.text``); -1 without a title."""
    title_end = text.find("\n\n")
    if title_end < 0:
        return -1
    body = _NON_SPACE.search(text, title_end)
    return -1 if body is None else body.start()


def dateline_end(text: str, start: int, end: int) -> int:
    """Where the paragraph ``text[start:end]`` starts after its dateline ("Wien – Die Regierung
    …", "WASHINGTON (AP) — The Senate …"): the place and agency say where the news came from,
    and are no part of a sentence's content or speaker. ``start`` when there is none."""
    found = _DATELINE.match(text, start, end)
    return start if found is None else found.end()


def split_sentences(
    text: str,
    start: int,
    end: int,
    pairs: Sequence[QuotePair],
    *,
    abbreviations: frozenset[str],
    months: frozenset[str],
    openers: frozenset[str] = frozenset(),
    ordinals: frozenset[str] = frozenset(),
    initial_enders: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Split the paragraph ``text[start:end]`` into sentences, keeping quotations whole.

    ``pairs`` are the text's quotation pairs, sorted; ``abbreviations`` are words whose full stop
    does not end a sentence, and ``months`` words after which a number's full stop is an ordinal,
    as it is after one of ``ordinals`` ("in der 90. Minute", "am 17. Tag").
    ``openers`` are capitalised words that only open a sentence ("Er", "Derlei"): one right after
    a letter and a space starts a new sentence, since the text before it is a heading run into
    the paragraph ("Lob für Diskussion Er begrüßte …"), unless it stands inside a quotation.
    ``initial_enders`` are capitalised words (articles, pronouns) that a name's initial does not
    run on into: its full stop also ends the sentence ("sagte Peter M. Die Verteidigerin …";
    "Peter M. Müller" goes on), as does a quotation mark after it ("sagte Maria K. „Das …“").
    """
    sentences: list[tuple[int, int]] = []
    current = start
    # The first pair that can hold a boundary of this paragraph: the pairs before it are not
    # walked again for every paragraph of the text.
    pair_index = bisect.bisect_left(pairs, start, key=_pair_close)
    pair_count = len(pairs)
    tails = _abbreviation_tails(abbreviations)
    for stop, boundary in _sentence_ends(text, start, end):
        if boundary >= end:
            break
        if text[boundary].isspace():
            next_start = boundary + 1
            if next_start < end and not text[next_start].isspace():
                next_char = text[next_start]  # the common case: one space
            else:
                following = _NON_SPACE.search(text, next_start, end)
                if following is None:
                    break
                next_start = following.start()
                next_char = following.group()
            if not (
                next_char.isupper()
                or next_char.isdigit()
                or next_char in _OPENERS
                or text.startswith(COMMA_OPENER, next_start)
            ):
                continue
        elif _missing_space(text, stop, boundary, end):
            next_start = boundary  # "… bekannt.Der Kommissar …": a space left out
        else:
            continue
        if boundary == stop + 1 and text[stop] == ".":
            # Most stops follow a plain word in lower case ("sagte."): two lower-case letters
            # that end no abbreviation cannot end one, nor initials, a Roman numeral, a single
            # letter or a number, so the word is not looked at (asked in C).
            tail = text[stop - _TAIL : stop] if stop >= _TAIL else ""
            if not (tail.isalpha() and tail.islower() and tail not in tails) and _is_abbreviation(
                text, stop, next_start, end, abbreviations, months, ordinals, initial_enders
            ):
                continue
        while pair_index < pair_count and pairs[pair_index].close < boundary - 1:
            pair_index += 1
        if pair_index < pair_count and pairs[pair_index].open < boundary <= pairs[pair_index].close:
            continue
        if boundary - current > MAX_SENTENCE_LENGTH:
            _append_cut(sentences, text, current, boundary)
        else:
            sentences.append((current, boundary))
        current = next_start
    if end - current > MAX_SENTENCE_LENGTH:
        _append_cut(sentences, text, current, end)
    elif current < end:
        sentences.append((current, end))
    if openers:
        # An opener follows a sentence end in most paragraphs (". Er sagte"): the words between
        # spaces are found in C, and only the few found are checked for a letter before them.
        cuts = [
            found.start()
            for found in _run_in_pattern(openers).finditer(text, start, end)
            if found.start() > start and text[found.start() - 1].isalpha()
        ]
        if cuts:
            return _split_run_in(sentences, pairs, cuts)
    return sentences


@functools.lru_cache(maxsize=4)
def _abbreviation_tails(abbreviations: frozenset[str]) -> frozenset[str]:
    """The last :data:`_TAIL` characters of each abbreviation (see :func:`split_sentences`)."""
    return frozenset(word[-_TAIL:] for word in abbreviations)


@functools.lru_cache(maxsize=4)
def _run_in_pattern(openers: frozenset[str]) -> re.Pattern[str]:
    """An opener between spaces, its words grouped by their first letter (the expression engine
    tries a group's words only after its letter matched: half the time of one flat
    alternation). Fixed alternations: the search runs in linear time."""
    groups: dict[str, list[str]] = {}
    for word in sorted(openers, key=len, reverse=True):
        groups.setdefault(word[:1], []).append(re.escape(word[1:]))
    alternatives = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(groups.items())
    )
    return re.compile(rf" (?:{alternatives})(?= )")


def _split_run_in(
    sentences: list[tuple[int, int]], pairs: Sequence[QuotePair], cuts: list[int]
) -> list[tuple[int, int]]:
    """``sentences`` split at each of ``cuts`` (the space before an opener, ascending) that lies
    outside the quotation pairs."""
    result: list[tuple[int, int]] = []
    cut_index = 0
    for sentence_start, sentence_end in sentences:
        current = sentence_start
        while cut_index < len(cuts) and cuts[cut_index] < sentence_end:
            space = cuts[cut_index]
            cut_index += 1
            if space <= current:
                continue
            opener = space + 1
            index = bisect.bisect_left(pairs, opener, key=_pair_close)
            if index < len(pairs) and pairs[index].open < opener:
                continue  # inside a quotation: its words are the speaker's
            result.append((current, space))
            current = opener
        result.append((current, sentence_end))
    return result


def _append_cut(sentences: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Append ``text[start:end]`` cut into stretches of at most ``MAX_SENTENCE_LENGTH``, each
    ending before a space where the stretch has one (a word is never cut unless it is that long)."""
    while end - start > MAX_SENTENCE_LENGTH:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_LENGTH)
        if cut < 0:
            sentences.append((start, start + MAX_SENTENCE_LENGTH))
            start += MAX_SENTENCE_LENGTH
            continue
        sentences.append((start, cut))
        start = cut + 1
        while start < end and text[start] == " ":
            start += 1
    if start < end:
        sentences.append((start, end))


def _sentence_ends(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of every match of ``_SENTENCE_END`` in ``text[start:end]``.

    Most paragraphs end their sentences with full stops only: those are found with
    ``str.find`` (a fast scan in C, several times faster than the expression's scan for a
    character class) and the marks after each stop read in Python; only a paragraph that
    holds "!", "?" or "…" goes through the expression.
    """
    if (
        text.find("!", start, end) >= 0
        or text.find("?", start, end) >= 0
        or text.find("…", start, end) >= 0
    ):
        for match in _SENTENCE_END.finditer(text, start, end):
            yield match.span()
        return
    stop = text.find(".", start, end)
    while stop >= 0:
        boundary = stop + 1
        while boundary < end and text[boundary] == ".":
            boundary += 1
        while boundary < end and text[boundary] in _CLOSERS:
            boundary += 1
        yield stop, boundary
        stop = text.find(".", boundary, end)


def _missing_space(text: str, stop: int, boundary: int, end: int) -> bool:
    """A full stop between a lower-case word and a capitalised one, the space left out:
    "bekannt.Der Kommissar" (not "z.B.", "tagesschau.de", "U.S.")."""
    return (
        boundary == stop + 1
        and stop >= 2
        and boundary + 1 < end
        and text[stop - 2].islower()
        and text[stop - 1].islower()
        and text[boundary].isupper()
        and text[boundary + 1].islower()
    )


#: the most digits of an ordinal number after an article ("der 90. Minute"; not "die 8000.")
_MAX_ORDINAL_DIGITS = 3


def _is_abbreviation(
    text: str,
    stop: int,
    following: int,
    end: int,
    abbreviations: frozenset[str],
    months: frozenset[str],
    ordinals: frozenset[str],
    initial_enders: frozenset[str],
) -> bool:
    lowest = max(0, stop - _MAX_WORD)
    first = text.rfind(" ", lowest, stop) + 1 or lowest
    word = text[first:stop]
    if not word.isalnum():  # the common case, a plain word after the space, needs nothing here
        candidate = word.replace(".", "")
        if candidate and not candidate.isalnum():
            # Not a plain word after the space ("(Dr", "z.B"): walk back over letters and stops.
            first = stop
            while first > lowest and (text[first - 1].isalnum() or text[first - 1] == "."):
                first -= 1
        word = text[first:stop].lstrip(".")
        if not word:
            return False
    if len(word) == 1 and word.isalpha():
        # A letter after an apostrophe that follows a letter ends a word ("St Mary's.",
        # "Standard & Poor's."), no initial.
        if first >= 2 and text[first - 1] in _APOSTROPHES and text[first - 2].isalpha():
            return False
        return not (
            initial_enders
            and word.isupper()
            and _ends_initial(text, following, end, initial_enders)
        )
    if "." in word and _INITIALS.fullmatch(word):  # "B.N. Suresh", "C.Y. Leung"
        return True
    if word in abbreviations:
        return True
    # A Roman numeral is all capitals: only such a word goes through the expression.
    if word.isupper() and _ROMAN.match(word):
        # "Benedikt XVI. sagte", but "traf König Abdullah II. Zugleich …": a word that only opens a
        # sentence ends it after the numeral, as after an initial
        # (not a quotation after it: "würdigte Benedikt XVI. „Er hat …“" goes on)
        after = _WORD_AFTER.match(text, following, min(end, following + _MAX_WORD))
        return after is None or after.group() not in initial_enders
    if word.isdigit():
        next_word = _WORD_AFTER.match(text, following, min(end, following + _MAX_WORD))
        if next_word is not None and next_word.group() in months:
            return True
        return (
            bool(ordinals)
            and len(word) <= _MAX_ORDINAL_DIGITS
            and next_word is not None
            and next_word.start() == following
            and next_word.group().lower() not in ordinals
            and _after_ordinal_word(text, first, ordinals)
        )
    return False


def _ends_initial(text: str, following: int, end: int, initial_enders: frozenset[str]) -> bool:
    """Whether the sentence ends with the initial before ``following``: a quotation mark or a
    word of ``initial_enders`` comes next ("sagte Thomas S. Sein Bruder …", "sagte Maria K.
    „…“")."""
    if text[following] in _QUOTATION_OPENERS or text.startswith(COMMA_OPENER, following):
        return True
    word = _WORD_AFTER.match(text, following, min(end, following + _MAX_WORD))
    return word is not None and word.group() in initial_enders


def _after_ordinal_word(text: str, first: int, ordinals: frozenset[str]) -> bool:
    """Whether the number at ``first`` follows an article or contracted preposition of
    ``ordinals`` ("in der 90. Minute", "zum 5. Mal"), which makes its full stop an ordinal's;
    the caller has checked that a word, not an article ("den 60. Der Franzose …") nor a
    quotation ("die 10. „Das …“"), follows, and that the number is short ("die 8000. Händler")."""
    if first < 2 or text[first - 1] != " ":
        return False
    before = text.rfind(" ", max(0, first - 1 - _MAX_WORD), first - 1) + 1
    return text[before : first - 1].lower() in ordinals


def tokenize(text: str, start: int, end: int, pairs: Sequence[QuotePair]) -> list[Token]:
    """The tokens of ``text[start:end]``; each quotation among ``pairs`` inside it is one token.

    A quotation token spans the marks and has ``quote`` set to the pair's index; a quotation that
    starts inside the range but ends after it is cut at ``end``.
    """
    return tokenize_words(text, start, end, pairs).tokens


def tokenize_words(
    text: str,
    start: int,
    end: int,
    pairs: Sequence[QuotePair],
    marked: frozenset[str] = frozenset(),
) -> Words:
    """The tokens of ``text[start:end]`` (see :func:`tokenize`) with their lower-case forms,
    the indices of the tokens whose lower-case form is in ``marked`` (a language's cue words)
    and those of the quotation tokens."""
    tokens: list[Token] = []
    lows: list[str] = []
    marks: list[int] = []
    quotes: list[int] = []
    punctuation: list[int] = []
    position = start
    index = bisect.bisect_left(pairs, start, key=_pair_close)
    while index < len(pairs) and pairs[index].open < end:
        pair = pairs[index]
        first = max(pair.open, start)
        stop = min(pair.close + 1, end)
        if text[pair.open] == "'":
            # Typewriter-style ''…'': the pair holds the inner apostrophes; the token takes the
            # outer ones too, so no stray apostrophe splits the quotation from its frame.
            if first > start and text[first - 1] == "'":
                first -= 1
            if stop < end and text[stop] == "'":
                stop += 1
        elif text[pair.open] == ",":
            # Web-typed ,,…'' or ,,…“: the pair holds the inner comma (and the inner apostrophe
            # of a closing ''); the token takes the outer ones too.
            if first > start and text[first - 1] == ",":
                first -= 1
            if text[pair.close] == "'" and stop < end and text[stop] == "'":
                stop += 1
        _add_words(tokens, lows, marks, marked, punctuation, text, position, first)
        quotes.append(len(tokens))
        tokens.append(_new_token(Token, (first, stop, text[first:stop], index)))
        lows.append(NOT_A_WORD)
        position = stop
        index += 1
    _add_words(tokens, lows, marks, marked, punctuation, text, position, end)
    return _new_words(Words, (tokens, lows, marks, quotes, punctuation))


def _add_words(
    tokens: list[Token],
    lows: list[str],
    marks: list[int],
    marked: frozenset[str],
    punctuation: list[int],
    text: str,
    start: int,
    end: int,
) -> None:
    """Append the word and punctuation tokens of ``text[start:end]`` to ``tokens``, their
    lower-case forms to ``lows``, the indices of the words in ``marked`` to ``marks`` (no
    punctuation token is looked up: no mark is a cue word) and those of the punctuation tokens
    to ``punctuation``.

    No token holds white space, so the pieces between single spaces are tokenized one by one,
    and most of them are one plain word (``str.isalnum`` is ``\\w+`` in C): only the others
    ("Merkel,", "„Wir", "3.5", an empty piece between two spaces) go through the expression.
    Each piece yields the tokens the expression finds in it over the whole range (a token ends
    at a space), which ``tests/test_sentences.py`` checks against the plain scan.
    """
    append = tokens.append
    append_low = lows.append
    find = _SPACED_TOKEN.findall
    position = start
    for piece in text[start:end].split(" "):
        stop = position + len(piece)
        if piece.isalnum():
            append(_new_token(Token, (position, stop, piece, -1)))
            low = piece.lower()
            if low in marked:
                marks.append(len(lows))
            append_low(low)
        elif (word := piece[:-1]).isalnum() and not ((mark := piece[-1]).isspace() or mark == "_"):
            # A word and one mark after it ("Merkel,", "sagte."), the next most common piece:
            # the mark is no word character (\w: alphanumeric or "_") and no white space, so the
            # expression finds just these two tokens (a joiner needs a word character after it).
            append(_new_token(Token, (position, stop - 1, word, -1)))
            punctuation.append(len(tokens))
            append(_new_token(Token, (stop - 1, stop, mark, -1)))
            low = word.lower()
            if low in marked:
                marks.append(len(lows))
            append_low(low)
            append_low(mark.lower())
        elif len(piece) == 1:
            # One mark ("–", "&"): a token unless it is white space.
            if not piece.isspace():
                punctuation.append(len(tokens))
                append(_new_token(Token, (position, stop, piece, -1)))
                append_low(piece.lower())
        elif (word := piece[1:]).isalnum() and not ((mark := piece[0]).isspace() or mark == "_"):
            # A mark and a word after it ("„Wir", "(AP"): the mark joins nothing before it.
            punctuation.append(len(tokens))
            append(_new_token(Token, (position, position + 1, mark, -1)))
            append(_new_token(Token, (position + 1, stop, word, -1)))
            append_low(mark.lower())
            low = word.lower()
            if low in marked:
                marks.append(len(lows))
            append_low(low)
        elif piece:
            # Trailing white space (a tab, a no-break space) is cut off first, so that no match
            # of _SPACED_TOKEN fails after scanning it.
            first = position
            for space, word in find(piece.rstrip()):
                first += len(space)
                last = first + len(word)
                if len(word) == 1 and not word.isalnum():
                    punctuation.append(len(tokens))
                append(_new_token(Token, (first, last, word, -1)))
                low = word.lower()
                if low in marked:
                    marks.append(len(lows))
                append_low(low)
                first = last
        position = stop + 1
