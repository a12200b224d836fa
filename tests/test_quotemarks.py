"""Pairing quotation marks, and telling quotations from names and titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._extract.quotemarks import (
    QuoteContext,
    QuotePair,
    find_quote_pairs,
    is_quotation,
    opening_marks,
)

MARKS = "„“”\"»«‚‘’'\n "


def contents(text: str) -> list[str]:
    return [pair.content.slice(text) for pair in find_quote_pairs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Er sagte „Ja“ dazu.", ["Ja"]),
        ("Er sagte „Ja” dazu.", ["Ja"]),
        ('Er sagte „Ja" dazu.', ["Ja"]),
        ("He said “yes” to it.", ["yes"]),
        ("Han sa ”ja” till det.", ["ja"]),
        ("Er sagte »Ja« dazu.", ["Ja"]),
        ("Il a dit «oui» hier.", ["oui"]),
        ('He said "yes" and "no".', ["yes", "no"]),
        ("He said ''yes'' to it.", ["yes"]),
    ],
)
def test_every_mark_style_pairs(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_nested_single_marks_stay_inside() -> None:
    text = "„Er nannte es ‚Unsinn‘, sagte sie.“"
    assert contents(text) == ["Er nannte es ‚Unsinn‘, sagte sie."]


def test_pair_offsets_are_the_marks() -> None:
    assert find_quote_pairs("a „bc“ d") == (QuotePair(open=2, close=5),)


def test_outer_span_includes_the_marks() -> None:
    text = "a „bc“ d"
    assert find_quote_pairs(text)[0].outer.slice(text) == "„bc“"


def test_quotation_continues_into_a_reopened_paragraph() -> None:
    text = "„Erster Absatz\n„zweiter Absatz“, sagte er."
    assert contents(text) == ["Erster Absatz\n„zweiter Absatz"]


def test_quotation_continues_over_blank_lines() -> None:
    text = "„Erster Absatz\n\n„zweiter Absatz“"
    assert contents(text) == ["Erster Absatz\n\n„zweiter Absatz"]


def test_quotation_opening_a_sentence_continues_into_a_reopened_paragraph() -> None:
    text = 'Er kam. "Wir bleiben.\n"Und wir kämpfen," sagte er.'
    assert contents(text) == ['Wir bleiben.\n"Und wir kämpfen,']


def test_quotation_opening_a_sentence_ends_with_a_paragraph_not_reopened() -> None:
    text = "Er kam. „Wir bleiben.\nDann ging er. „Ja“, sagte sie."
    assert contents(text) == ["Ja"]


def test_statement_runs_on_over_paragraphs_without_a_reopening_mark() -> None:
    text = "Er sagte:\n\n„Erster Absatz.\n\nZweiter Absatz.“\n\nDanach ging er."
    assert contents(text) == ["Erster Absatz.\n\nZweiter Absatz."]


def test_run_on_statement_ends_at_the_next_opening_mark() -> None:
    text = "„Erster Absatz.\n\nDer Rat sagte „Nein“ dazu."
    assert contents(text) == ["Nein"]


def test_unclosed_mark_does_not_cross_a_paragraph() -> None:
    text = "Ein „loses Zeichen.\nDann „ein Zitat“."
    assert contents(text) == ["ein Zitat"]


def test_stray_opening_mark_does_not_swallow_a_later_quotation() -> None:
    text = "Ein „loses Zeichen und „ein Zitat“ im selben Absatz."
    assert contents(text) == ["ein Zitat"]


def test_closing_mark_without_opening_is_ignored() -> None:
    assert contents("Ein Wort“ und „ein Zitat“.") == ["ein Zitat"]


def test_inch_mark_inside_a_word_does_not_open() -> None:
    assert contents('Ein 12"-Bildschirm und "ein Zitat" hier.') == ["ein Zitat"]


def test_empty_marks_are_not_a_pair() -> None:
    assert contents("Er sagte „“ nichts.") == []


def test_opening_marks_lists_the_lexicon() -> None:
    assert opening_marks() == frozenset('„“”"»«')


@given(st.text(alphabet=st.sampled_from([*MARKS, "a", "b", "."]), max_size=300))
def test_pairs_are_sorted_disjoint_and_within_the_text(text: str) -> None:
    pairs = find_quote_pairs(text)
    previous_close = -1
    for pair in pairs:
        assert previous_close < pair.open < pair.close < len(text)
        previous_close = pair.close


@given(st.text(max_size=300))
def test_pairs_never_fail_on_arbitrary_text(text: str) -> None:
    for pair in find_quote_pairs(text):
        assert pair.content.slice(text) == text[pair.open + 1 : pair.close]


def test_two_words_that_are_a_sentence_of_their_own_make_a_quotation() -> None:
    assert is_quotation("Das ist inakzeptabel", QuoteContext.NONE) is False
    assert is_quotation("Das ist inakzeptabel", QuoteContext.NONE, alone=True) is True
    assert is_quotation("Der Pate", QuoteContext.NONE, alone=True) is False


def test_final_punctuation_makes_a_quotation() -> None:
    assert is_quotation("Nein!", QuoteContext.NONE) is False
    assert is_quotation("Ganz sicher nicht!", QuoteContext.NONE) is True


def test_long_content_is_a_quotation() -> None:
    assert is_quotation("wir haben uns geeinigt heute", QuoteContext.NONE) is True


def test_long_title_is_not_a_quotation() -> None:
    assert is_quotation("Der Fänger im Roggen", QuoteContext.RECENT) is False


def test_short_lower_case_words_are_a_partial_quotation() -> None:
    assert is_quotation("mit Füßen getreten", QuoteContext.NONE) is True


def test_short_name_is_not_a_quotation_without_a_cue() -> None:
    assert is_quotation("Shenzhou 6", QuoteContext.RECENT) is False


def test_capitalised_noun_phrase_counts_in_an_attributed_sentence() -> None:
    assert is_quotation("Angriff gegen die Belegschaft", QuoteContext.ATTRIBUTED) is True


def test_single_capitalised_word_counts_only_with_an_attribution() -> None:
    assert [is_quotation("Trickserei", context) for context in QuoteContext] == [
        True,
        True,
        False,
        False,
    ]


def test_content_introduced_by_a_cue_always_counts() -> None:
    assert is_quotation("Shenzhou 6", QuoteContext.EXPLICIT) is True


def test_punctuation_only_is_never_a_quotation() -> None:
    assert is_quotation(" … ", QuoteContext.EXPLICIT) is False


def test_german_marks_nested_in_german_marks_stay_inside() -> None:
    text = "„Wir haben „Kunden“ gewonnen“, sagte er."
    assert contents(text) == ["Wir haben „Kunden“ gewonnen"]


def test_stray_mark_before_a_nested_looking_quotation_keeps_the_inner_one() -> None:
    text = "Ein „loses Zeichen und „ein Zitat“ und „noch eins“ im Absatz.\nWeiter."
    assert contents(text) == ["ein Zitat", "noch eins"]


def test_two_commas_open_a_german_quotation() -> None:
    text = ",,Wir bleiben'', sagte sie, ,,und wir kämpfen“."
    pairs = find_quote_pairs(text)
    assert [pair.content.slice(text) for pair in pairs] == ["Wir bleiben", "und wir kämpfen"]
    assert [text[pair.open] for pair in pairs] == [",", ","]


def test_two_commas_inside_words_or_numbers_do_not_open() -> None:
    assert find_quote_pairs("Um 7,,5 Uhr kam er und,, wie immer, „spät“.") == (
        QuotePair(open=36, close=41),
    )


def test_closing_mark_after_a_space_closes_before_punctuation() -> None:
    assert contents("„ Wir bleiben “, sagte sie. „Gut “") == [" Wir bleiben ", "Gut "]


def test_quotation_closed_by_a_mark_of_another_style_closes_there() -> None:
    text = "Er sagte: »Wir schaffen das.“ Dann sagte sie „ein Zitat“.\n„Gut«, sagte er."
    assert contents(text) == ["Wir schaffen das.", "ein Zitat", "Gut"]


def test_mark_of_another_style_that_opens_is_no_closing_slip() -> None:
    text = "Ein »loses Zeichen und „ein Zitat“ im selben Absatz."
    assert contents(text) == ["ein Zitat"]
