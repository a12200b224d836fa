"""German-aware folding: equal spellings fold equal, and offsets map back to the original."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._folding import (
    LINE_BREAK_WORD,
    FoldedText,
    _fold_character,
    fold,
    fold_with_offsets,
    folded_words,
    iter_folded_matches,
    words_of,
    words_utf8,
)


@pytest.mark.parametrize(
    ("spellings", "folded"),
    [
        (("Weißrussland", "weissrussland", "WEISSRUSSLAND", "Weissrussland"), "weissrussland"),
        (("März", "Maerz", "MÄRZ", "MAERZ"), "maerz"),
        (("Straße", "Strasse", "STRASSE", "STRAẞE"), "strasse"),
        (("Übergröße", "Uebergroesse", "ÜBERGRÖSSE"), "uebergroesse"),
    ],
)
def test_german_spellings_fold_equal(spellings: tuple[str, ...], folded: str) -> None:
    assert [fold(spelling) for spelling in spellings] == [folded] * len(spellings)


def test_decomposed_umlaut_folds_like_precomposed() -> None:
    assert fold("Ma\u0308rz Gro\u0308ße U\u0308bel") == "maerz groesse uebel"


def test_other_accents_and_compatibility_forms_are_dropped() -> None:
    assert fold("Café Ångström ﬁnal x² Ⅻ") == "cafe angstroem final x2 xii"


def test_letters_without_decomposition_and_punctuation_are_kept() -> None:
    assert fold("Søren „Æbler“ — Łódź!") == "søren „æbler“ — łodz!"


def test_ascii_text_is_lowercased() -> None:
    assert fold("COVID-19, Putin's Rede.") == "covid-19, putin's rede."


def test_words_of_splits_folded_text_into_words() -> None:
    assert words_of("Weiß-Russland: „Grüße“, COVID-19!") == [
        "weiss",
        "russland",
        "gruesse",
        "covid",
        "19",
    ]


def test_folded_words_does_not_fold_again() -> None:
    assert folded_words("Weiß russland") == ["Weiß", "russland"]


def test_fold_with_offsets_maps_each_folded_character_to_its_origin() -> None:
    assert fold_with_offsets("Aß ä\u0308x") == FoldedText(
        text="ass ae" + "x",
        starts=(0, 1, 1, 2, 3, 3, 5),
        ends=(1, 2, 2, 3, 4, 5, 6),
    )


def test_fold_with_offsets_joins_a_dropped_mark_to_its_letter() -> None:
    folded = fold_with_offsets("Cafe\u0301 au")
    assert (folded.text, folded.original_span(0, 4)) == ("cafe au", (0, 5))


def test_fold_with_offsets_of_decomposed_umlaut_spans_both_characters() -> None:
    folded = fold_with_offsets("Ma\u0308rz")
    assert (folded.text, folded.original_span(1, 3)) == ("maerz", (1, 3))


def test_fold_with_offsets_of_ascii_is_one_to_one() -> None:
    assert fold_with_offsets("Ab") == FoldedText(text="ab", starts=(0, 1), ends=(1, 2))


def test_every_basic_plane_character_folds_the_same_both_ways() -> None:
    # The other planes are left to the Hypothesis test below (a full sweep takes seconds).
    mismatches = [
        code for code in range(0x10000) if fold(chr(code)) != fold_with_offsets(chr(code)).text
    ]
    assert mismatches == []


@given(st.text())
def test_fold_never_raises_and_matches_fold_with_offsets(text: str) -> None:
    folded = fold_with_offsets(text)
    assert folded.text == fold(text)


@given(st.text(alphabet=st.sampled_from("aouAOUeß\u0308\u0301äÄẞİ x-")))
def test_offsets_are_ordered_and_within_the_text(text: str) -> None:
    folded = fold_with_offsets(text)
    assert len(folded.starts) == len(folded.ends) == len(folded.text)
    assert list(folded.starts) == sorted(folded.starts)
    assert all(
        0 <= start < end <= len(text) for start, end in zip(folded.starts, folded.ends, strict=True)
    )


@given(st.text(alphabet=st.sampled_from("aouAOUeß\u0308\u0301äÄẞİ x-")))
def test_folding_an_original_slice_gives_the_folded_slice(text: str) -> None:
    folded = fold_with_offsets(text)
    for match in re.finditer(r"\w+", folded.text):
        start, end = folded.original_span(match.start(), match.end())
        assert fold(text[start:end]) == match.group()


# --- folding many characters at once ------------------------------------------------------


def test_every_non_ascii_character_of_a_folded_form_folds_to_itself() -> None:
    # fold() replaces each distinct non-ASCII character everywhere at once, in no set order;
    # that is right only because no replacement brings in a character that folds further.
    # Unassigned, private-use and surrogate code points fold to themselves: left out for speed.
    characters = (
        chr(code)
        for code in range(0x80, sys.maxunicode + 1)
        if unicodedata.category(chr(code)) not in {"Cn", "Co", "Cs"}
    )
    unstable = [
        (char, part)
        for char in characters
        for part in _fold_character(char)
        if not part.isascii() and _fold_character(part) != part
    ]
    assert unstable == []


def test_fold_of_a_mixed_text() -> None:
    assert fold("„Ärger“ über Straße, Cafe\u0301 und A\u0308pfel — ﬁn.") == (
        "„aerger“ ueber strasse, cafe und aepfel — fin."
    )


# --- words in UTF-8 ------------------------------------------------------------------------


def test_words_utf8_marks_line_breaks() -> None:
    assert words_utf8("Weiß-Russland:\n„Grüße“, COVID-19!\n\nEnde") == [
        b"weiss",
        b"russland",
        LINE_BREAK_WORD,
        b"gruesse",
        b"covid",
        b"19",
        LINE_BREAK_WORD,
        LINE_BREAK_WORD,
        b"ende",
    ]


def test_words_utf8_keeps_letters_without_decomposition() -> None:
    assert words_utf8("Søren Æbeltoft, Łódź и Москва") == [
        "søren".encode(),
        "æbeltoft".encode(),
        "łodz".encode(),
        "и".encode(),
        "москва".encode(),
    ]


def test_words_utf8_treats_other_controls_and_surrogates_as_separators() -> None:
    assert words_utf8("a\x01b\rc\u2028d\ud800e") == [b"a", b"b", b"c", b"d", b"e"]


def test_words_utf8_of_every_basic_plane_character_are_the_words_of_fold() -> None:
    mismatches = [
        code
        for code in range(0x10000)
        if code != ord("\n")
        and [word.decode() for word in words_utf8("x" + chr(code) + "y")]
        != words_of("x" + chr(code) + "y")
    ]
    assert mismatches == []


def line_words(text: str) -> list[list[str]]:
    """The words of each line of ``text`` as words_utf8 gives them."""
    lines: list[list[str]] = [[]]
    for word in words_utf8(text):
        if word == LINE_BREAK_WORD:
            lines.append([])
        else:
            lines[-1].append(word.decode("utf-8", "surrogatepass"))
    return lines


@given(st.text())
def test_words_utf8_never_raises_and_gives_the_words_of_each_line(text: str) -> None:
    assert line_words(text) == [words_of(line) for line in text.split("\n")]


@given(st.text(alphabet=st.sampled_from("aouAOUeß\u0308\u0301äÄẞİ ﬁ²„“-\n.")))
def test_words_utf8_of_folding_sensitive_text(text: str) -> None:
    assert line_words(text) == [words_of(line) for line in text.split("\n")]


# --- matches in folded text, mapped back ---------------------------------------------------


def test_iter_folded_matches_maps_matches_to_the_original() -> None:
    text = "Die Straße, Ma\u0308rz, STRASSE; Café\u0301 straße"
    pattern = re.compile(r"(?<!\w)strasse(?!\w)")
    assert [text[start:end] for start, end in iter_folded_matches(text, pattern)] == [
        "Straße",
        "STRASSE",
        "straße",
    ]


def test_iter_folded_matches_of_ascii_text_are_the_matches() -> None:
    assert list(iter_folded_matches("Putin, PUTIN", re.compile("putin"))) == [(0, 5), (7, 12)]


@given(
    st.text(alphabet=st.sampled_from("aouAOUeßs\u0308\u0301äÄẞİﬁ² x-„")),
    st.sampled_from(["ss", "ae", "a", "e", "x", r"\w+", r"[^\w]+", "s e", "fi"]),
)
def test_iter_folded_matches_agrees_with_fold_with_offsets(text: str, regex: str) -> None:
    pattern = re.compile(regex)  # none of the regexes matches the empty string
    folded = fold_with_offsets(text)
    assert list(iter_folded_matches(text, pattern)) == [
        folded.original_span(match.start(), match.end()) for match in pattern.finditer(folded.text)
    ]
