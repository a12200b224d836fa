"""German-aware text folding: the form in which search and speaker lookup compare text.

:func:`fold` makes spelling variants equal:

* case, by :meth:`str.casefold` (which also turns ``ß`` and ``ẞ`` into ``ss``);
* umlauts, as German writes them without the dots: ``ä``, ``ö``, ``ü`` become ``ae``, ``oe``,
  ``ue``, whether precomposed or written as a vowel followed by a combining diaeresis;
* other accents and compatibility forms, by dropping the nonspacing marks of the NFKD
  decomposition (``é`` -> ``e``, ``ﬁ`` -> ``fi``, ``²`` -> ``2``).

So ``fold("Weißrussland") == fold("WEISSRUSSLAND") == "weissrussland"`` and
``fold("März") == fold("Maerz") == "maerz"``. Letters without a decomposition (``ø``, ``æ``,
``ł``) and all non-letters other than the dropped marks are kept as they are.

:func:`fold_with_offsets` returns the same text together with, for every folded character, the
span of the original text it comes from, so a match in folded text can be shown in the original;
:func:`iter_folded_matches` does that for the matches of a regex only, much faster.
:func:`folded_words` splits folded text into the words that search uses; :func:`words_utf8`
folds and splits a whole text at once, fast, for the text index.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from itertools import accumulate, repeat
from typing import TYPE_CHECKING, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = [
    "LINE_BREAK_WORD",
    "FoldedText",
    "fold",
    "fold_with_offsets",
    "folded_words",
    "iter_folded_matches",
    "words_of",
    "words_utf8",
]

#: A word of folded text: a run of letters, digits and underscores.
WORD: Final = re.compile(r"\w+")
_DIAERESIS: Final = "\u0308"
_NON_ASCII_RUN: Final = re.compile(r"[^\x00-\x7f]+")
_ASCII_NON_WORD_TO_SPACE: Final = {
    code: " " for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")
}
_UMLAUT_VOWELS: Final = frozenset("aou")
#: A run of ASCII characters (deleting them leaves the characters that folding may change).
_ASCII_RUN: Final = re.compile(r"[\x00-\x7f]+")
#: Stands for a line break among the words of :func:`words_utf8`.
LINE_BREAK_WORD: Final = b"\x01"
#: For UTF-8 bytes of folded text: ASCII non-word bytes become spaces, a line break becomes
#: LINE_BREAK_WORD, and the other bytes (letters, digits, "_", non-ASCII) stay.
_WORD_BYTES: Final = bytes(
    LINE_BREAK_WORD[0]
    if code == ord("\n")
    else code
    if code >= 0x80 or chr(code).isalnum() or chr(code) == "_"
    else ord(" ")
    for code in range(256)
)
_SPACED_LINE_BREAK_WORD: Final = b" " + LINE_BREAK_WORD + b" "


def _fold_character(char: str) -> str:
    """Fold one casefolded character other than an umlaut vowel pair."""
    decomposed = unicodedata.normalize("NFKD", char)
    # A precomposed umlaut decomposes into vowel + diaeresis: German writes it as vowel + "e".
    for vowel in _UMLAUT_VOWELS:
        decomposed = decomposed.replace(vowel + _DIAERESIS, vowel + "e")
    # NFKD may reveal capitals (the Roman numeral "Ⅻ" is "XII"): casefold once more.
    decomposed = unicodedata.normalize("NFKD", decomposed.casefold())
    return "".join(part for part in decomposed if unicodedata.category(part) != "Mn")


class _FoldTable(dict[str, str]):
    """Folded form of each casefolded character, computed on first use and then remembered."""

    def __missing__(self, char: str) -> str:
        folded = _fold_character(char)
        self[char] = folded
        return folded


_TABLE: Final = _FoldTable()


class _WordTable(dict[str, str]):
    """Like _TABLE, by character, with every non-word character of the folded form a space."""

    def __missing__(self, char: str) -> str:
        folded = "".join(part if WORD.fullmatch(part) else " " for part in _TABLE[char])
        self[char] = folded
        return folded


_WORD_TABLE: Final = _WordTable()


def _fold_non_ascii(folded: str, table: dict[str, str]) -> str:
    """Finish folding casefolded ``folded``: umlaut vowel pairs, then each non-ASCII character.

    Each distinct non-ASCII character is replaced everywhere at once. The order does not
    matter: every non-ASCII character of a folded form folds to itself (checked for every
    character by the tests).
    """
    if _DIAERESIS in folded:
        for vowel in _UMLAUT_VOWELS:
            folded = folded.replace(vowel + _DIAERESIS, vowel + "e")
    for char in set(_ASCII_RUN.sub("", folded)):
        replacement = table[char]
        if replacement != char:
            folded = folded.replace(char, replacement)
    return folded


def fold(text: str) -> str:
    """Return ``text`` casefolded, with umlauts spelled ``ae``/``oe``/``ue`` and accents dropped.

    Never raises on any string. The result may be longer than ``text`` (``ß`` -> ``ss``) or
    shorter (dropped marks); use :func:`fold_with_offsets` to map positions back.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _fold_non_ascii(folded, _TABLE)


def words_utf8(text: str) -> list[bytes]:
    """The words of :func:`fold` of ``text`` in UTF-8, with LINE_BREAK_WORD for each line break.

    The same words as :func:`words_of`, in order, several times faster on long texts: after
    folding, non-word characters become spaces, so bytes of UTF-8 can be split at spaces.
    A line break is ``"\\n"`` only.
    """
    folded = text.casefold()
    if not folded.isascii():
        folded = _fold_non_ascii(folded, _WORD_TABLE)
    # Only word characters are left outside ASCII, and every byte of their UTF-8 is >= 0x80.
    encoded = folded.encode("utf-8", "surrogatepass").translate(_WORD_BYTES)
    return encoded.replace(LINE_BREAK_WORD, _SPACED_LINE_BREAK_WORD).split()


def folded_words(text: str) -> list[str]:
    """The words of already folded ``text``, in order."""
    if text.isascii():
        # Same words as the regex, faster: ASCII non-word characters become spaces.
        return text.translate(_ASCII_NON_WORD_TO_SPACE).split()
    return WORD.findall(text)


def words_of(text: str) -> list[str]:
    """The folded words of ``text``, in order.

    ``words_of("Weiß-Russland") == ["weiss", "russland"]``.
    """
    return WORD.findall(fold(text))


@attrs.frozen(kw_only=True)
class FoldedText:
    """:func:`fold` of a text, with the original span of every folded character.

    ``starts[i]`` and ``ends[i]`` delimit the original characters that folded character ``i``
    comes from; marks that folding drops count towards the character before them.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that folded characters ``[start, end)`` come from.

        ``start < end`` must hold and both must lie within the folded text.
        """
        return self.starts[start], self.ends[end - 1]


def fold_with_offsets(text: str) -> FoldedText:
    """Fold ``text`` like :func:`fold` and record where each folded character comes from."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    done = 0
    for start, cluster in _iter_clusters(text):
        # ASCII between clusters folds one character for one (casefolding is lowercasing).
        _append_ascii(text, done, start, out, starts, ends)
        _append_cluster(cluster, start, out, starts, ends)
        done = start + len(cluster)
    _append_ascii(text, done, len(text), out, starts, ends)
    return FoldedText(text="".join(out), starts=tuple(starts), ends=tuple(ends))


def _iter_clusters(text: str) -> Iterator[tuple[int, str]]:
    """The clusters of ``text`` with their offsets, in order.

    A cluster is a run of non-ASCII characters with the ASCII character before it, if any (a
    vowel may take a combining diaeresis): the only stretches that do not fold one character
    for one. Each folds on its own.
    """
    for run in _NON_ASCII_RUN.finditer(text):
        # Runs are separated by ASCII, so the character before a run belongs to no other.
        start = max(run.start() - 1, 0)
        yield start, text[start : run.end()]


def iter_folded_matches(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The original spans of the matches of ``pattern`` in :func:`fold` of ``text``, lazily.

    Gives what :meth:`FoldedText.original_span` of :func:`fold_with_offsets` gives for each
    match, much faster: only the clusters that a match starts or ends in are folded with
    offsets (see :class:`_ClusterTable`).
    """
    folded = fold(text)
    if text.isascii():
        for match in pattern.finditer(folded):
            yield match.span()
        return
    table = _ClusterTable(text)
    for match in pattern.finditer(folded):
        yield table.original(match.start(), end=False), table.original(match.end() - 1, end=True)


class _ClusterTable:
    """The clusters of a text (see ``_iter_clusters``) and where each lies in the folded text.

    ASCII between clusters folds one character for one, so an offset there moves by what the
    clusters before it grew or shrank when folded.
    """

    __slots__ = ("_clusters", "_folded_starts", "_shifts", "_starts")

    def __init__(self, text: str) -> None:
        # Offsets, texts and growth of the clusters, without a Python loop.
        runs = list(_NON_ASCII_RUN.finditer(text))
        starts: list[int] = list(map(operator.sub, map(re.Match.start, runs), repeat(1)))
        if starts and starts[0] < 0:
            starts[0] = 0  # a run at the start of the text has no character before it
        self._starts = starts
        self._clusters = list(map(text.__getitem__, map(slice, starts, map(re.Match.end, runs))))
        # Folded minus original offset after each cluster; the folded start of each cluster.
        self._shifts: list[int] = list(accumulate(map(_growth, self._clusters)))
        self._folded_starts: list[int] = list(map(operator.add, starts, [0, *self._shifts[:-1]]))

    def original(self, position: int, *, end: bool) -> int:
        """Where folded character ``position`` starts (or, with ``end``, ends) in the text."""
        number = bisect.bisect_right(self._folded_starts, position) - 1
        if number < 0:
            return position + (1 if end else 0)
        cluster = self._clusters[number]
        at = position - self._folded_starts[number]
        if at >= len(cluster) + _growth(cluster):
            # After the cluster: one character for one.
            return position - self._shifts[number] + (1 if end else 0)
        offsets = fold_with_offsets(cluster)
        return self._starts[number] + (offsets.ends[at] if end else offsets.starts[at])


@functools.lru_cache(maxsize=4096)
def _growth(cluster: str) -> int:
    """How many characters longer ``cluster`` is folded (negative: shorter)."""
    return len(fold(cluster)) - len(cluster)


def _append_ascii(
    text: str, start: int, end: int, out: list[str], starts: list[int], ends: list[int]
) -> None:
    if start < end:
        out.append(text[start:end].lower())
        starts.extend(range(start, end))
        ends.extend(range(start + 1, end + 1))


def _append_cluster(
    cluster: str, offset: int, out: list[str], starts: list[int], ends: list[int]
) -> None:
    """Fold a run of non-ASCII characters (and the ASCII one before it) character by character."""
    # Casefold character by character (casefolding has no context), remembering origins.
    casefolded: list[str] = []
    origins: list[int] = []
    for position, char in enumerate(cluster, start=offset):
        for folded_char in char.casefold():
            casefolded.append(folded_char)
            origins.append(position)
    index = 0
    count = len(casefolded)
    while index < count:
        char = casefolded[index]
        origin = origins[index]
        if char in _UMLAUT_VOWELS and index + 1 < count and casefolded[index + 1] == _DIAERESIS:
            piece = char + "e"
            end = origins[index + 1] + 1
            index += 2
        else:
            piece = char if char.isascii() else _TABLE[char]
            end = origin + 1
            index += 1
        if piece:
            out.append(piece)
            starts.extend([origin] * len(piece))
            ends.extend([end] * len(piece))
        elif ends and ends[-1] >= origin:
            # A dropped mark belongs to the character it sits on.
            ends[-1] = max(ends[-1], end)
