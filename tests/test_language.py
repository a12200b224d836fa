"""Telling German from English."""

from __future__ import annotations

import pytest

from newscorpus import extract_quotes, parse_article
from newscorpus._extract.language import base_language, detect_language


def test_german_text() -> None:
    assert (
        detect_language("Der Minister sagte, dass die Lage ernst sei und er nicht helfen könne.")
        == "de"
    )


def test_english_text() -> None:
    assert (
        detect_language("The minister said that the situation was serious and he could not help.")
        == "en"
    )


def test_too_few_function_words_is_unknown() -> None:
    assert detect_language("Putin Lukaschenko Sotschi 2020") is None


def test_empty_text_is_unknown() -> None:
    assert detect_language("") is None


def test_tie_is_unknown() -> None:
    assert detect_language("die die die the the the") is None


_GERMAN_OPENING = "Der Minister sagte, dass die Lage ernst sei und er nicht helfen könne. " * 8
_ENGLISH_BODY = "The minister said that the situation was serious and he could not help. " * 20


def test_a_text_clearly_german_at_its_opening_is_german() -> None:
    # The English after the opening outnumbers it within 2,000 characters: the opening decides.
    assert detect_language(_GERMAN_OPENING + _ENGLISH_BODY) == "de"


def test_a_mixed_opening_is_decided_by_the_first_two_thousand_characters() -> None:
    mixed = "die Lage the minister und er and he " * 10
    assert detect_language(mixed + _ENGLISH_BODY) == "en"


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("de", "de"), ("de-AT", "de"), ("EN-gb", "en"), ("fr", "fr"), (None, None), ("", None)],
)
def test_base_language(tag: str | None, primary: str | None) -> None:
    assert base_language(tag) == primary


# -- texts too short for the function words: the rules of each language decide ---------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das ist gut“, sagte Merkel.", "Merkel"),
        ('"That is good," said Merkel.', "Merkel"),
        ("Merkel sagte, das sei gut.", "Merkel"),
        ("Merkel said the plan was good.", "Merkel"),
    ],
)
def test_a_short_text_is_read_by_the_rules_that_attribute_it(text: str, speaker: str) -> None:
    assert detect_language(text) is None
    assert [quote.speaker.name if quote.speaker else None for quote in extract_quotes(text)] == [
        speaker
    ]


def test_a_short_article_takes_the_language_whose_rules_read_it() -> None:
    article = parse_article("Kurz\n\n„Das ist gut“, sagte Merkel.")
    assert (article.language, len(article.quotes)) == ("de", 1)


def test_a_short_text_no_rules_attribute_keeps_the_language_unknown() -> None:
    article = parse_article("Titel\n\nPutin Lukaschenko Sotschi 2020.")
    assert (article.language, article.quotes) == (None, ())
