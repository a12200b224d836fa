"""The windows a name is read from: a narrow cut gives the tokens of the whole window."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from newscorpus._extract.engine import KNOWN_NARROW, KNOWN_REACH, KnownPeopleBase, token_start
from newscorpus._extract.quotemarks import find_quote_pairs
from newscorpus._extract.sentences import tokenize

# Words, spaces (single, double, no-break), marks and quotation marks: what moves token and
# quotation boundaries around a cut.
_PIECES = st.sampled_from(
    ["Anna", "Berg", "der", "Präsident", "Dr.", "W.", ",", " ", "  ", "\u00a0", "„", "“", '"', "'"]
)


@given(
    st.lists(_PIECES, max_size=120).map(" ".join),
    st.integers(0, 400),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_tokens_around_are_a_run_of_the_window_tokens(
    text: str, start: int, position: int, end: int
) -> None:
    start, position, end = sorted(min(offset, len(text)) for offset in (start, position, end))
    known = KnownPeopleBase(text, find_quote_pairs(text))
    window = tokenize(text, start, end, known.pairs)
    tokens = known.tokens_around(position, start, end)
    first = bisect.bisect_left(window, tokens[0].start, key=token_start) if tokens else 0
    assert window[first : first + len(tokens)] == tokens
    # Around the token at ``position``, the run holds what the window holds, up to the reach.
    index = bisect.bisect_left(window, position, key=token_start)
    low, high = max(0, index - KNOWN_REACH), min(len(window), index + KNOWN_REACH + 1)
    assert first <= low
    assert high <= first + len(tokens)


def test_a_long_window_is_tokenized_only_around_the_name() -> None:
    text = "Wort " * 60 + "der Präsident Wladimir Putin sagte" + " Wort" * 60
    position = text.index("Wladimir")
    known = KnownPeopleBase(text, ())
    tokens = known.tokens_around(position, 0, len(text))
    assert len(tokens) < len(tokenize(text, 0, len(text), ()))
    assert all(abs(token.start - position) <= KNOWN_NARROW + len("Präsident") for token in tokens)


def test_a_cut_never_splits_a_quotation() -> None:
    # 48 characters before the name fall inside the quotation: the cut moves to the window's
    # start, and the quotation stays one token.
    text = "Am „" + "x" * 5 + " " + "y" * 40 + "“ a b c d e f Wladimir Putin sagte"
    known = KnownPeopleBase(text, find_quote_pairs(text))
    tokens = known.tokens_around(text.index("Wladimir"), 0, len(text))
    assert tokens == tokenize(text, 0, len(text), known.pairs)
