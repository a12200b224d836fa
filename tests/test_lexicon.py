"""The lexicon files: their loader, their headers, and their entries."""

from __future__ import annotations

from importlib import resources

import pytest

from newscorpus._exceptions import NewsCorpusError
from newscorpus._extract.lexicon import lexicon_path, parse_lexicon, read_lexicon, read_word_set


def lexicon_files() -> list[str]:
    """Every lexicon: the neutral ones in ``_extract/``, each language's in ``lang/<code>/``."""
    root = resources.files("newscorpus").joinpath("_extract")
    names = [entry.name for entry in root.iterdir() if entry.name.endswith(".txt")]
    for folder in root.joinpath("lang").iterdir():
        if folder.is_dir():
            names.extend(
                f"{folder.name}/{entry.name}"
                for entry in folder.iterdir()
                if entry.name.endswith(".txt")
            )
    return sorted(names)


def read(name: str) -> str:
    folder, _, file_name = name.rpartition("/")
    root = resources.files("newscorpus").joinpath("_extract")
    if folder:
        root = root.joinpath("lang").joinpath(folder)
    return root.joinpath(file_name).read_text("utf-8")


def test_there_are_lexicons_for_both_languages() -> None:
    folders = {name.rpartition("/")[0] for name in lexicon_files()}
    assert folders == {"", "de", "en"}


@pytest.mark.parametrize("name", lexicon_files())
def test_every_file_opens_with_a_header_naming_its_format_and_review(name: str) -> None:
    header = [line for line in read(name).splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert (read(name).startswith("#"), "Format:" in text, "written for newscorpus" in text) == (
        True,
        True,
        True,
    )


@pytest.mark.parametrize("name", lexicon_files())
def test_no_entry_is_listed_twice(name: str) -> None:
    # A word may have several roles in word_roles.txt: there the whole line is the entry.
    whole_line = name.endswith("word_roles.txt")
    entries = [
        line if whole_line else line.split("\t")[0]
        for line in read(name).splitlines()
        if line.strip() and not line.startswith("#")
    ]
    duplicates = sorted({entry for entry in entries if entries.count(entry) > 1})
    assert duplicates == []


def test_parse_skips_comments_and_blank_lines() -> None:
    assert parse_lexicon(
        "# header\n\nsagen\n  # note\nmit|teilen\t-\treport\n", path="x.txt", fields=(1, 3)
    ) == (
        ("sagen",),
        ("mit|teilen", "-", "report"),
    )


def test_parse_rejects_an_entry_with_too_many_fields() -> None:
    with pytest.raises(NewsCorpusError) as excinfo:
        parse_lexicon("# header\nsagen\tzu\tviel\n", path="de/x.txt", fields=(1, 2))
    assert str(excinfo.value) == "de/x.txt:2: expected 1 to 2 tab-separated fields, got 3"


def test_parse_rejects_an_empty_required_field() -> None:
    with pytest.raises(NewsCorpusError) as excinfo:
        parse_lexicon("Präsident\t\tn\n", path="de/roles.txt", fields=(3, 3))
    assert str(excinfo.value) == "de/roles.txt:1: field 2 is empty (it is required)"


def test_missing_lexicon_names_its_path() -> None:
    with pytest.raises(NewsCorpusError) as excinfo:
        read_lexicon("de", "no_such_lexicon")
    assert str(excinfo.value).startswith(
        "_extract/lang/de/no_such_lexicon.txt: cannot read lexicon: "
    )


def test_lexicon_path() -> None:
    assert (lexicon_path("de", "roles"), lexicon_path(None, "quote_marks")) == (
        "_extract/lang/de/roles.txt",
        "_extract/quote_marks.txt",
    )


def test_read_word_set_takes_first_fields() -> None:
    assert {"Wladimir", "Angela"} <= read_word_set("de", "first_names")


def test_lexicons_are_read_once() -> None:
    assert read_lexicon("de", "frames", fields=(2, 2)) is read_lexicon(
        "de", "frames", fields=(2, 2)
    )
