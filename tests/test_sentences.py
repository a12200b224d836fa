"""Paragraphs, sentences and tokens."""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from newscorpus._extract.lang.de.bundle import _german
from newscorpus._extract.lang.en.bundle import _english
from newscorpus._extract.quotemarks import find_quote_pairs
from newscorpus._extract.sentences import (
    MAX_SENTENCE_LENGTH,
    NOT_A_WORD,
    Token,
    _sentence_ends,
    iter_paragraphs,
    split_sentences,
    tokenize,
    tokenize_words,
)

ABBREVIATIONS = frozenset({"Dr", "Nr", "bzw"})
MONTHS = frozenset({"Mai", "Juni"})


def sentences(text: str) -> list[str]:
    pairs = find_quote_pairs(text)
    return [
        text[start:end]
        for paragraph in iter_paragraphs(text)
        for start, end in split_sentences(
            text, *paragraph, pairs, abbreviations=ABBREVIATIONS, months=MONTHS
        )
    ]


def test_paragraphs_skip_blank_lines_and_strip() -> None:
    text = "Titel\n\n  Erster Absatz. \nZweiter"
    assert [text[start:end] for start, end in iter_paragraphs(text)] == [
        "Titel",
        "Erster Absatz.",
        "Zweiter",
    ]


def test_sentences_end_at_stops_before_capitals() -> None:
    assert sentences("Es regnet. Morgen nicht! Wirklich? Ja.") == [
        "Es regnet.",
        "Morgen nicht!",
        "Wirklich?",
        "Ja.",
    ]


def test_abbreviation_does_not_end_a_sentence() -> None:
    assert sentences("Dr. Müller kam. Er ging.") == ["Dr. Müller kam.", "Er ging."]


def test_single_letters_are_initials() -> None:
    assert sentences("George W. Bush sprach z. B. lange.") == ["George W. Bush sprach z. B. lange."]


def test_ordinal_before_a_month() -> None:
    assert sentences("Am 25. Mai kam er.") == ["Am 25. Mai kam er."]


def test_roman_numeral_is_an_ordinal() -> None:
    assert sentences("Papst Benedikt XVI. sagte es.") == ["Papst Benedikt XVI. sagte es."]


def test_stop_before_lower_case_is_not_an_end() -> None:
    assert sentences("Er kam um 3. dann ging er.") == ["Er kam um 3. dann ging er."]


def test_quotation_is_not_split() -> None:
    assert sentences("„Ich komme. Du bleibst.“ Er ging.") == [
        "„Ich komme. Du bleibst.“",
        "Er ging.",
    ]


def test_quotation_in_a_later_paragraph_is_not_split() -> None:
    # The pairs of earlier paragraphs are passed over: the one of this paragraph still counts.
    text = "„Eins. Zwei.“ Er ging.\nNichts. Dann: „Drei. Vier.“ Ende."
    assert sentences(text) == [
        "„Eins. Zwei.“",
        "Er ging.",
        "Nichts.",
        "Dann: „Drei. Vier.“",
        "Ende.",
    ]


def test_a_sentence_opener_after_a_word_ends_a_heading_run_into_the_text() -> None:
    text = "Lob für die Helfer Er dankte allen. Sie sagte „Mehr Geld Er kommt“ dazu."
    pairs = find_quote_pairs(text)
    openers = frozenset({"Er"})
    found = [
        text[start:end]
        for start, end in split_sentences(
            text, 0, len(text), pairs, abbreviations=ABBREVIATIONS, months=MONTHS, openers=openers
        )
    ]
    assert found == [
        "Lob für die Helfer",
        "Er dankte allen.",
        "Sie sagte „Mehr Geld Er kommt“ dazu.",
    ]


def test_closing_mark_belongs_to_the_sentence() -> None:
    assert sentences("Er sagte „Ja.“ Dann ging er.") == ["Er sagte „Ja.“", "Dann ging er."]


def test_tokens_have_offsets() -> None:
    text = "Er sagte: 1,5 Mio. US-Dollar."
    assert tokenize(text, 0, len(text), ()) == [
        Token(0, 2, "Er"),
        Token(3, 8, "sagte"),
        Token(8, 9, ":"),
        Token(10, 13, "1,5"),
        Token(14, 17, "Mio"),
        Token(17, 18, "."),
        Token(19, 28, "US-Dollar"),
        Token(28, 29, "."),
    ]


def test_quotation_is_one_token() -> None:
    text = "Er sagte „Ja, gern“ dazu."
    pairs = find_quote_pairs(text)
    assert tokenize(text, 0, len(text), pairs) == [
        Token(0, 2, "Er"),
        Token(3, 8, "sagte"),
        Token(9, 19, "„Ja, gern“", 0),
        Token(20, 24, "dazu"),
        Token(24, 25, "."),
    ]


def test_quotation_running_past_the_range_is_cut() -> None:
    text = "„Ja\n„gern“"
    pairs = find_quote_pairs(text)
    assert tokenize(text, 0, 3, pairs) == [Token(0, 3, "„Ja", 0)]


@given(st.text(max_size=300))
def test_sentences_lie_within_their_paragraph(text: str) -> None:
    pairs = find_quote_pairs(text)
    for paragraph_start, paragraph_end in iter_paragraphs(text):
        for start, end in split_sentences(
            text, paragraph_start, paragraph_end, pairs, abbreviations=ABBREVIATIONS, months=MONTHS
        ):
            assert paragraph_start <= start < end <= paragraph_end
            for token in tokenize(text, start, end, pairs):
                assert start <= token.start < token.end <= end
                assert token.quote >= 0 or text[token.start : token.end] == token.text


def test_missing_space_after_a_full_stop_still_ends_a_sentence() -> None:
    text = "Das wurde bekannt.Der Kommissar kam."
    assert sentences(text) == ["Das wurde bekannt.", "Der Kommissar kam."]


def test_full_stop_inside_an_abbreviation_without_space_does_not_split() -> None:
    assert sentences("Er kam z.B. heute.Das Ende.") == ["Er kam z.B. heute.", "Das Ende."]


def test_white_space_before_a_quotation_and_at_the_end_makes_no_token() -> None:
    text = "Er\u00a0sagte \t„Ja“  und\u2009ging.  "
    pairs = find_quote_pairs(text)
    assert tokenize(text, 0, len(text), pairs) == [
        Token(0, 2, "Er"),
        Token(3, 8, "sagte"),
        Token(10, 14, "„Ja“", 0),
        Token(16, 19, "und"),
        Token(20, 24, "ging"),
        Token(24, 25, "."),
    ]


@given(st.text(max_size=200), st.integers(0, 200), st.integers(0, 200))
def test_tokens_cover_every_character_but_white_space(text: str, start: int, end: int) -> None:
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    tokens = tokenize(text, start, end, ())
    covered = "".join(text[token.start : token.end] for token in tokens)
    assert covered == "".join(character for character in text[start:end] if not character.isspace())
    assert all(earlier.end <= later.start for earlier, later in itertools.pairwise(tokens))


# The plain statement of what a word token is: a run of word characters, joined to the next by
# a hyphen, apostrophe or ampersand, or by a point, comma or colon between digits ("3.5", "19:55").
PLAIN_TOKEN = re.compile(r"\w+(?:[-'’&]\w+|(?<=\d)[.,:]\d+)*|[^\w\s]")


@given(st.text(alphabet=st.sampled_from("aZ9_ä-'’&.,;„“ \t\n\u00a0"), max_size=80))
def test_tokens_are_words_joined_by_hyphens_apostrophes_and_decimal_points(text: str) -> None:
    tokens = tokenize(text, 0, len(text), ())
    assert [token.text for token in tokens] == PLAIN_TOKEN.findall(text)


@given(
    st.text(alphabet=st.sampled_from("aZ9_äß-'’&.,;:„“ \t\n\u00a0\u2009"), max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_tokens_piece_by_piece_are_the_tokens_of_one_scan(text: str, start: int, end: int) -> None:
    # Words are tokenized between single spaces; the result is what one scan of the whole
    # range with the plain statement finds, offsets included (spaces of any kind and count).
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    found = [(token.start, token.end, token.text) for token in tokenize(text, start, end, ())]
    scan = PLAIN_TOKEN.finditer(text, start, end)
    assert found == [(match.start(), match.end(), match.group()) for match in scan]


MARKED = frozenset({"sagte", "said", "a-b", "9", "ä"})


@given(
    st.lists(
        st.sampled_from(["sagte", "Said", "a", "b", "9", "Ä", *"-_'’&.,;:(„“\" \t"]), max_size=40
    ).map("".join),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_words_are_the_tokens_lower_case_forms_marks_and_quotations(
    text: str, start: int, end: int
) -> None:
    # What the sentence loop hands a view is what the view would read off the tokens itself.
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    words = tokenize_words(text, start, end, find_quote_pairs(text), MARKED)
    lows = [NOT_A_WORD if token.quote >= 0 else token.text.lower() for token in words.tokens]
    assert words.lows == lows
    assert words.marked == [index for index, low in enumerate(lows) if low in MARKED]
    assert words.quotes == [index for index, token in enumerate(words.tokens) if token.quote >= 0]
    assert words.punctuation == [
        index
        for index, token in enumerate(words.tokens)
        if token.quote < 0 and len(token.text) == 1 and not token.text.isalnum()
    ]


def test_no_cue_word_is_a_mark() -> None:
    # The tokenizer looks up only word tokens among the cue words it marks (Words.marked).
    for cue_words in (_german().cue_words, _english().triggers):
        assert not [word for word in cue_words if len(word) == 1 and not word.isalnum()]


# What may end a sentence: final marks and the closing marks and brackets after them.
PLAIN_SENTENCE_END = re.compile(r"[.!?…]+[\"“”»«’')\]]*")


@given(
    st.text(alphabet=st.sampled_from("aZ9 .!?…\"“”»«’')]([„\n"), max_size=80),
    st.integers(0, 80),
    st.integers(0, 80),
)
def test_sentence_ends_are_the_ends_of_one_scan(text: str, start: int, end: int) -> None:
    # Paragraphs with full stops only are scanned with str.find; every candidate end (and so
    # every split) is what one scan of the plain expression finds.
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    scan = [match.span() for match in PLAIN_SENTENCE_END.finditer(text, start, end)]
    assert list(_sentence_ends(text, start, end)) == scan


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\u00a0\u2028"), max_size=40))
def test_paragraphs_are_the_stripped_lines_of_one_scan(text: str) -> None:
    # Lines end at "\n" only; each is stripped of white space of any kind and kept if any is left.
    lines = (match for match in re.finditer(r"[^\n]+", text) if match.group().strip())
    assert iter_paragraphs(text) == [
        (
            match.start() + len(match.group()) - len(match.group().lstrip()),
            match.start() + len(match.group().rstrip()),
        )
        for match in lines
    ]


def test_text_without_a_sentence_end_is_cut_at_spaces_into_bounded_stretches() -> None:
    words = [f"Wort{number}," for number in range(MAX_SENTENCE_LENGTH // 3)]
    text = " ".join(words)
    pieces = sentences(text)
    assert len(pieces) > 1
    assert all(len(piece) <= MAX_SENTENCE_LENGTH for piece in pieces)
    assert " ".join(pieces).split() == words


def test_one_word_longer_than_a_stretch_is_cut_at_the_limit() -> None:
    text = "x" * (MAX_SENTENCE_LENGTH * 2 + 5)
    assert [len(piece) for piece in sentences(text)] == [MAX_SENTENCE_LENGTH] * 2 + [5]
