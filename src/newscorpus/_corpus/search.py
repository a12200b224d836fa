"""The word index behind :class:`newscorpus.Corpus` searches, and the query syntax.

:class:`TextIndex` maps every folded word (see :mod:`newscorpus._folding`) to the sorted
positions of the articles that contain it, so a search looks up its words instead of reading
every text. It also keeps the words of every text as a short string of word codes, so that
phrases are checked in the candidate articles without reading or folding them again. It is
built from a sequence of texts and never changes; a Corpus builds it on first use.
"""

from __future__ import annotations

import bisect
import collections
import re
from array import array
from itertools import compress, repeat
from typing import TYPE_CHECKING, Final

import attrs

from newscorpus._exceptions import QueryError
from newscorpus._folding import (
    LINE_BREAK_WORD,
    WORD,
    fold,
    iter_folded_matches,
    words_utf8,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = [
    "Term",
    "TextIndex",
    "parse_query",
]

#: Array type code of posting lists: an unsigned integer of at least 32 bits.
_POSTING_TYPE: Final = "I" if array("I").itemsize >= 4 else "L"

_QUOTE_CHARS: Final = '"„“”«»'
#: A quoted phrase (the closing mark may be missing at the end) or a bare run of non-space.
_QUERY_PART: Final = re.compile(
    rf"[{_QUOTE_CHARS}]([^{_QUOTE_CHARS}]*)[{_QUOTE_CHARS}]?|[^\s{_QUOTE_CHARS}]+"
)

# --------------------------------------------------------------------------------------------
# Queries


@attrs.frozen(kw_only=True)
class Term:
    """One search term: a word, or a phrase of words that must stand next to each other.

    ``words`` are folded; with ``prefix`` the last word matches any word it begins
    (``weiss*`` finds "Weißrussland").
    """

    words: tuple[str, ...]
    prefix: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1

    def pattern(self) -> re.Pattern[str]:
        """A regex finding the term in folded text; a phrase does not run across lines."""
        first = re.escape(self.words[0])
        # "No word character before the first word" is asserted after that word, not before:
        # a regex that starts with a literal is searched for many times faster.
        body = rf"{first}(?<!\w{first})" + "".join(
            rf"[^\w\n]+{re.escape(word)}" for word in self.words[1:]
        )
        tail = r"\w*" if self.prefix else r"(?!\w)"
        return re.compile(body + tail)


def _term_of(text: str) -> Term | None:
    words = tuple(WORD.findall(fold(text)))
    if not words:
        return None
    return Term(words=words, prefix=text.rstrip().endswith("*"))


def parse_query(query: str) -> tuple[Term, ...]:
    """Split a query into terms.

    Words are separated by white space; text between quotation marks (``"..."``, ``„...“``,
    ``«...»``) is a phrase; a bare word that folds into several words ("COVID-19") is a phrase
    too; a trailing ``*`` makes the last word a prefix. Text without any word gives no terms.
    """
    terms: list[Term] = []
    for match in _QUERY_PART.finditer(query):
        quoted = match.group(1)
        term = _term_of(match.group() if quoted is None else quoted)
        if term is not None:
            terms.append(term)
    return tuple(terms)


def phrase_of(query: str) -> Term | None:
    """All the words of ``query`` as one phrase (for a concordance), or None without words."""
    terms = parse_query(query)
    if not terms:
        return None
    words = tuple(word for term in terms for word in term.words)
    return Term(words=words, prefix=terms[-1].prefix)


def matches_all(terms: Sequence[Term], folded_text: str) -> bool:
    """Whether every term occurs in ``folded_text`` (already folded)."""
    return all(term.pattern().search(folded_text) is not None for term in terms)


# --------------------------------------------------------------------------------------------
# Text index
#
# Every distinct folded word gets a *code* of one or two characters, and the index keeps every
# text as the string of its words' codes, with _LINE_BREAK between lines. A one-character code
# is below U+C000; a two-character code is one character of U+C000..U+DFFF followed by one of
# U+E000..U+FFFF. So no code begins with a character that can stand inside another code: a
# string of codes found in a text's codes is found at word boundaries, and "these words follow
# each other within a line" is the substring test ``"".join(codes) in text_codes``, exact and
# without reading the text again.

#: Separates the lines of a text's codes (a phrase does not run across lines).
_LINE_BREAK: Final = "\x00"
#: Words 0 to 0xBFFE (in order of first appearance) have the codes U+0001 to U+BFFF.
_FIRST_OF_TWO: Final = 0xC000
_SECOND_OF_TWO: Final = 0xE000
_TWO_RANGE: Final = 0x2000
#: The number of distinct words a text index can code.
_MAX_WORDS: Final = _FIRST_OF_TWO - 1 + _TWO_RANGE * _TWO_RANGE
_TWO_CHARACTER_CODE: Final = re.compile("[\uc000-\udfff][\ue000-\uffff]")


def _code_of(number: int) -> str:
    """The code of word ``number``: one character, or two from the number 0xBFFF on."""
    if number < _FIRST_OF_TWO - 1:
        return chr(number + 1)
    if number >= _MAX_WORDS:
        raise QueryError(f"a text index holds at most {_MAX_WORDS:,} distinct words")
    first, second = divmod(number - (_FIRST_OF_TWO - 1), _TWO_RANGE)
    return chr(_FIRST_OF_TWO + first) + chr(_SECOND_OF_TWO + second)


def _code_at(codes: str, at: int) -> str:
    """The code of the word that starts at ``at`` in ``codes``; "" at a line break or the end."""
    if at >= len(codes) or codes[at] == _LINE_BREAK:
        return ""
    if ord(codes[at]) >= _FIRST_OF_TWO:
        return codes[at : at + 2]
    return codes[at]


def _word_codes(codes: str) -> set[str]:
    """The distinct codes of the words in ``codes``."""
    found = {code for code in codes if code != _LINE_BREAK and ord(code) < _FIRST_OF_TWO}
    found.update(_TWO_CHARACTER_CODE.findall(codes))
    return found


def _intersect(first: Sequence[int], second: Sequence[int]) -> list[int]:
    """Sorted positions in both sorted sequences."""
    small, large = (first, second) if len(first) <= len(second) else (second, first)
    if len(small) * 16 < len(large):
        found: list[int] = []
        for position in small:
            at = bisect.bisect_left(large, position)
            if at < len(large) and large[at] == position:
                found.append(position)
        return found
    return sorted(set(small).intersection(large))


class _WordCodes(dict[bytes, str]):
    """The code of each word (in UTF-8), coding a new word and starting its postings on first use.

    The line break "word" is in it from the start, with the code _LINE_BREAK.
    """

    __slots__ = ("_postings",)

    def __init__(self, postings: dict[bytes, array[int]]) -> None:
        super().__init__({LINE_BREAK_WORD: _LINE_BREAK})
        self._postings = postings

    def __missing__(self, word: bytes) -> str:
        code = _code_of(len(self) - 1)
        self[word] = code
        self._postings[word] = array(_POSTING_TYPE)
        return code


class _CodeBuilder:
    """Codes the words of texts and fills their postings while a :class:`TextIndex` is built."""

    __slots__ = ("_codes", "_line_sink", "_postings")

    def __init__(self) -> None:
        # The line break "word" has postings too, emptied after each text.
        self._line_sink = array(_POSTING_TYPE)
        self._postings: dict[bytes, array[int]] = {LINE_BREAK_WORD: self._line_sink}
        self._codes = _WordCodes(self._postings)

    def add(self, position: int, text: str) -> str:
        """Post the words of ``text`` under ``position`` and return its codes."""
        words = words_utf8(text)
        codes = "".join(map(self._codes.__getitem__, words))
        # Append the position to the postings of every distinct word, without a Python loop
        # (array.append unbound: making a bound method for each call costs more than the call).
        postings = map(self._postings.__getitem__, set(words))
        collections.deque(map(array.append, postings, repeat(position)), maxlen=0)
        del self._line_sink[:]
        return codes

    def finish(self) -> tuple[dict[bytes, str], dict[bytes, array[int]]]:
        """The vocabulary (word -> code) and the postings (word -> sorted positions)."""
        vocabulary = dict(self._codes)
        del vocabulary[LINE_BREAK_WORD]
        del self._postings[LINE_BREAK_WORD]
        return vocabulary, self._postings


@attrs.frozen(kw_only=True)
class _CodedTerm:
    """A term as codes: the codes of ``head``, then (with ``tails``) one of the codes in tails.

    A phrase or word without a prefix is all head; with a prefix, the tails are the codes of
    every word that the prefix begins.
    """

    head: str
    tails: frozenset[str] | None = None

    def found_in(self, codes: str) -> bool:
        """Whether the term occurs in the codes of a text or line."""
        head = self.head
        tails = self.tails
        if tails is None:
            return head in codes
        if not head:
            return not tails.isdisjoint(_word_codes(codes))
        at = codes.find(head)
        while at >= 0:
            if _code_at(codes, at + len(head)) in tails:
                return True
            at = codes.find(head, at + 1)
        return False


class TextIndex:
    """Inverted index over folded words, and the words of every text as codes.

    Maps each folded word to the sorted positions of the texts that contain it; phrases are
    checked on the texts' codes (see above), so no query folds a text again. The index keeps a
    reference to every text (not a copy) for :meth:`occurrences`.
    """

    __slots__ = ("_codes", "_postings", "_sorted_words", "_texts", "_vocabulary")

    def __init__(self, texts: Iterable[str]) -> None:
        self._texts = tuple(texts)
        builder = _CodeBuilder()
        self._codes = [builder.add(position, text) for position, text in enumerate(self._texts)]
        # Words are kept in UTF-8: the texts' words are split from UTF-8 bytes.
        self._vocabulary, self._postings = builder.finish()
        self._sorted_words: list[bytes] | None = None

    def __len__(self) -> int:
        """The number of texts indexed."""
        return len(self._texts)

    @property
    def word_count(self) -> int:
        """The number of distinct folded words."""
        return len(self._vocabulary)

    def positions(self, word: str, *, prefix: bool = False) -> Sequence[int]:
        """Sorted positions of the texts containing the folded ``word`` (or a word it begins)."""
        key = _utf8(word)
        if not prefix:
            return self._postings.get(key, ())
        lists = [self._postings[found] for found in self._words_beginning(key)]
        if len(lists) == 1:
            return lists[0]
        merged: set[int] = set()
        for postings in lists:
            merged.update(postings)
        return sorted(merged)

    def _words_beginning(self, prefix: bytes) -> list[bytes]:
        """The indexed words that begin with ``prefix``, sorted."""
        if self._sorted_words is None:
            self._sorted_words = sorted(self._vocabulary)
        words = self._sorted_words
        start = bisect.bisect_left(words, prefix)
        end = start
        while end < len(words) and words[end].startswith(prefix):
            end += 1
        return words[start:end]

    def candidates(self, terms: Sequence[Term]) -> Sequence[int]:
        """Sorted positions of the texts that contain every word of every term.

        Phrases are not checked: a text may have the words apart.
        """
        return self._intersection(
            [
                self.positions(word, prefix=term.prefix and number == len(term.words) - 1)
                for term in terms
                for number, word in enumerate(term.words)
            ]
        )

    def _intersection(self, lists: list[Sequence[int]]) -> Sequence[int]:
        if not lists:
            return range(len(self._texts))
        lists.sort(key=len)
        found: Sequence[int] = lists[0]
        for postings in lists[1:]:
            if not found:
                break
            found = _intersect(found, postings)
        return found

    def search(
        self,
        terms: Sequence[Term],
        text_of: Callable[[int], str] | None = None,  # noqa: ARG002 - see the docstring
    ) -> list[int]:
        """Sorted positions of the texts that contain every term, phrases checked on codes.

        ``text_of`` is not called: the index checks phrases on its codes. It is accepted so that
        callers of the earlier index, which read the candidate texts through it, keep working.
        """
        lists: list[Sequence[int]] = []
        for term in terms:
            if term.is_phrase:
                # The phrase check finds the other words: the rarest exact word is enough here.
                exact = term.words[:-1] if term.prefix else term.words
                lists.append(min((self.positions(word) for word in exact), key=len))
            else:
                lists.append(self.positions(term.words[0], prefix=term.prefix))
        found = self._intersection(lists)
        for term in terms:
            if term.is_phrase and found:
                found = self._with_term(term, found)
        return list(found)

    def _coded(self, term: Term) -> _CodedTerm | None:
        """``term`` as codes; None if it cannot occur (a word or prefix that no text has)."""
        vocabulary = self._vocabulary
        exact = term.words[:-1] if term.prefix else term.words
        codes: list[str] = []
        for word in exact:
            code = vocabulary.get(_utf8(word))
            if code is None:
                return None
            codes.append(code)
        if not term.prefix:
            return _CodedTerm(head="".join(codes))
        beginning = self._words_beginning(_utf8(term.words[-1]))
        tails = frozenset(vocabulary[word] for word in beginning)
        return _CodedTerm(head="".join(codes), tails=tails) if tails else None

    def _with_term(self, term: Term, positions: Sequence[int]) -> list[int]:
        """The positions whose texts contain ``term``."""
        coded = self._coded(term)
        if coded is None:
            return []
        codes = self._codes
        if coded.tails is None:
            # The substring tests run in C: no Python loop over the candidates.
            tests = map(str.__contains__, map(codes.__getitem__, positions), repeat(coded.head))
            return list(compress(positions, tests))
        return [position for position in positions if coded.found_in(codes[position])]

    def occurrences(self, term: Term) -> Iterator[tuple[int, int, int]]:
        """Every occurrence of ``term``: ``(position, start, end)``, lazily.

        ``text[start:end]`` is the occurrence in text ``position`` as written. Occurrences come
        in the order of the texts, then by offset. Only the lines whose codes contain the term
        are folded (with offsets), so stopping early saves the rest of the work.
        """
        coded = self._coded(term)
        if coded is None:
            return
        pattern = term.pattern()
        for position in self.search((term,)):
            start = 0
            lines = self._texts[position].split("\n")
            for line, codes in zip(lines, self._codes[position].split(_LINE_BREAK), strict=True):
                if coded.found_in(codes):
                    for begin, end in iter_folded_matches(line, pattern):
                        yield position, start + begin, start + end
                start += len(line) + 1

    def folded_text(
        self,
        position: int,
        text_of: Callable[[int], str] | None = None,  # noqa: ARG002 - see the docstring
    ) -> str:
        """:func:`fold` of text ``position``, which the index keeps.

        ``text_of`` is not called; it is accepted so that callers of the earlier index, which
        had no texts of its own, keep working.
        """
        return fold(self._texts[position])


def _utf8(word: str) -> bytes:
    return word.encode("utf-8", "surrogatepass")
