"""The word scans of the sentence screens find what one plain scan of ``\\w+`` finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newscorpus._extract.engine import has_word_among, word_set

WORD = re.compile(r"\w+")
TEXT = st.text(alphabet=st.sampled_from("ab Zä9_-.,„“'\t\n\u00a0"), max_size=60)
AMONG = st.frozensets(st.sampled_from(["a", "b", "ab", "Zä", "9", "a_b", "ba"]), max_size=4)


def bounds(text: str, start: int, end: int) -> tuple[int, int]:
    first, last = sorted((min(start, len(text)), min(end, len(text))))
    return first, last


@given(TEXT, st.integers(0, 60), st.integers(0, 60))
def test_word_set_is_the_set_of_word_runs(text: str, start: int, end: int) -> None:
    start, end = bounds(text, start, end)
    assert word_set(text, start, end) == set(WORD.findall(text, start, end))


@given(TEXT, st.integers(0, 60), st.integers(0, 60), AMONG)
def test_has_word_among_answers_from_the_word_runs(
    text: str, start: int, end: int, among: frozenset[str]
) -> None:
    start, end = bounds(text, start, end)
    expected = not among.isdisjoint(WORD.findall(text, start, end))
    assert has_word_among(text, start, end, among) is expected


def test_a_word_joined_to_punctuation_is_found() -> None:
    text = "Er „sagte“, dass"
    assert has_word_among(text, 0, len(text), frozenset({"sagte"}))
    assert not has_word_among(text, 0, 8, frozenset({"dass"}))
