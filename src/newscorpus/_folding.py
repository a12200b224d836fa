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
span of the original text it comes from, so a match in folded text can be shown in the original.
:func:`folded_words` splits folded text into the words that search and the index use.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import attrs

__all__ = ["FoldedText", "fold", "fold_with_offsets", "folded_words", "words_of"]

#: A word of folded text: a run of letters, digits and underscores.
WORD: Final = re.compile(r"\w+")
#: What folding rewrites after casefolding: a vowel with a combining diaeresis, or non-ASCII.
_REWRITTEN: Final = re.compile(r"[aou]\u0308|[^\x00-\x7f]+")
_DIAERESIS: Final = "\u0308"
#: A run of non-ASCII characters with the ASCII character before it (a vowel may take a
#: combining diaeresis): the only stretches that do not fold one character for one.
_CLUSTER: Final = re.compile(r"[\x00-\x7f]?[^\x00-\x7f]+")
_ASCII_NON_WORD_TO_SPACE: Final = {
    code: " " for code in range(128) if not (chr(code).isalnum() or chr(code) == "_")
}
_UMLAUT_VOWELS: Final = frozenset("aou")


def _fold_character(code: int) -> str:
    """Fold one casefolded character other than an umlaut vowel pair."""
    decomposed = unicodedata.normalize("NFKD", chr(code))
    # A precomposed umlaut decomposes into vowel + diaeresis: German writes it as vowel + "e".
    for vowel in _UMLAUT_VOWELS:
        decomposed = decomposed.replace(vowel + _DIAERESIS, vowel + "e")
    # NFKD may reveal capitals (the Roman numeral "Ⅻ" is "XII"): casefold once more.
    decomposed = unicodedata.normalize("NFKD", decomposed.casefold())
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn")


class _FoldTable(dict[int, str]):
    """Folded form of each casefolded character, computed on first use and then remembered."""

    def __missing__(self, code: int) -> str:
        folded = _fold_character(code)
        self[code] = folded
        return folded


_TABLE: Final = _FoldTable()


def _rewrite(match: re.Match[str]) -> str:
    run = match.group()
    if run[-1] == _DIAERESIS and run[0] in _UMLAUT_VOWELS and len(run) == 2:
        return run[0] + "e"
    table = _TABLE
    return "".join([table[ord(char)] for char in run])


def fold(text: str) -> str:
    """Return ``text`` casefolded, with umlauts spelled ``ae``/``oe``/``ue`` and accents dropped.

    Never raises on any string. The result may be longer than ``text`` (``ß`` -> ``ss``) or
    shorter (dropped marks); use :func:`fold_with_offsets` to map positions back.
    """
    folded = text.casefold()
    if folded.isascii():
        return folded
    return _REWRITTEN.sub(_rewrite, folded)


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
    for cluster in _CLUSTER.finditer(text):
        # ASCII between clusters folds one character for one (casefolding is lowercasing).
        _append_ascii(text, done, cluster.start(), out, starts, ends)
        _append_cluster(cluster.group(), cluster.start(), out, starts, ends)
        done = cluster.end()
    _append_ascii(text, done, len(text), out, starts, ends)
    return FoldedText(text="".join(out), starts=tuple(starts), ends=tuple(ends))


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
            piece = char if char.isascii() else _TABLE[ord(char)]
            end = origin + 1
            index += 1
        if piece:
            out.append(piece)
            starts.extend([origin] * len(piece))
            ends.extend([end] * len(piece))
        elif ends and ends[-1] >= origin:
            # A dropped mark belongs to the character it sits on.
            ends[-1] = max(ends[-1], end)
