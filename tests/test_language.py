"""Telling German from English."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize(
    ("tag", "primary"),
    [("de", "de"), ("de-AT", "de"), ("EN-gb", "en"), ("fr", "fr"), (None, None), ("", None)],
)
def test_base_language(tag: str | None, primary: str | None) -> None:
    assert base_language(tag) == primary
