"""Speaker names as compared and as ids: one key for the extractor and the corpus alike.

:func:`name_key` is how two spellings of a name are compared (folded words after any leading
titles); :func:`slug_of` is the id a name gets, in an article's speakers and in the corpus's
alike ("Søren Kierkegaard" -> ``soeren-kierkegaard``; "习近平" -> ``speaker-`` and a short hash).
"""

from __future__ import annotations

import hashlib
import re
from typing import Final

import attrs

from newscorpus._corpus.folding import WORD, fold, fold_with_offsets

__all__ = ["NameKey", "name_key", "slug_of"]

_SLUG_JUNK: Final = re.compile(r"[^a-z0-9]+")
#: ASCII spellings of folded Latin letters that have no decomposition.
_SLUG_LETTERS: Final = str.maketrans(
    {"ø": "oe", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h"}
)

#: Folded title words: a name loses everything up to the last of them ("Präsident Putin").
_TITLES: Final = frozenset(
    {
        "dr",
        "frau",
        "herr",
        "lady",
        "lord",
        "miss",
        "mr",
        "mrs",
        "ms",
        "papst",
        "pope",
        "prof",
        "professor",
        "professorin",
        "sir",
        "president",
        "chancellor",
        "governor",
        "senator",
        "senatorin",
        "general",
        "koenig",
        "koenigin",
        "king",
        "queen",
        "prinz",
        "prinzessin",
        "prince",
        "princess",
    }
)
#: Folded endings of title words ("Bundeskanzlerin", "Außenminister", "Kremlchef").
_TITLE_ENDINGS: Final = (
    "praesident",
    "praesidentin",
    "kanzler",
    "kanzlerin",
    "minister",
    "ministerin",
    "buergermeister",
    "buergermeisterin",
    "chef",
    "chefin",
    "sprecher",
    "sprecherin",
    "vorsitzende",
    "vorsitzender",
)


@attrs.frozen(kw_only=True)
class NameKey:
    """A speaker name as compared: its folded words after any leading titles.

    ``core`` is the part of the original name that the words come from ("Putin" for
    "Präsident Putin").
    """

    words: tuple[str, ...]
    core: str

    @property
    def key(self) -> str:
        return " ".join(self.words)


def _is_title(word: str) -> bool:
    return word in _TITLES or word.endswith(_TITLE_ENDINGS)


def name_key(name: str) -> NameKey:
    """The key of a speaker name: see the module docstring.

    A parenthesised addition after the name is not part of it: "Angela Merkel (CDU)".
    """
    bracket = name.find("(")
    if bracket > 0 and name[:bracket].strip():
        name = name[:bracket].rstrip()
    folded = fold_with_offsets(name)
    matches = list(WORD.finditer(folded.text))
    if not matches:
        stripped = name.strip()
        return NameKey(words=(folded.text.strip(),) if stripped else (), core=stripped)
    first = 0
    for number, match in enumerate(matches[:-1]):
        if _is_title(match.group()):
            first = number + 1
    kept = matches[first:]
    start, _ = folded.original_span(kept[0].start(), kept[0].end())
    _, end = folded.original_span(kept[-1].start(), kept[-1].end())
    return NameKey(words=tuple(match.group() for match in kept), core=name[start:end])


def slug_of(name: str) -> str:
    """A slug for ``name``: its folded ASCII letters and digits joined by ``-``.

    Latin letters without a decomposition are spelled in ASCII first (``ø`` -> ``oe``); a name
    without any ASCII letter or digit gets ``speaker-`` and a short hash of the name.
    """
    slug = _SLUG_JUNK.sub("-", fold(name).translate(_SLUG_LETTERS)).strip("-")
    if slug:
        return slug
    digest = hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=4).hexdigest()
    return f"speaker-{digest}"
