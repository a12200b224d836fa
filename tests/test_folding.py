"""German-aware folding: equal spellings fold equal, and offsets map back to the original."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._folding import FoldedText, fold, fold_with_offsets, folded_words, words_of


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
