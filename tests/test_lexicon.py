"""The lexicon files: their loader, their headers, and their entries."""

from __future__ import annotations

import re
from importlib import resources
from typing import TYPE_CHECKING

import pytest

import newscorpus
from newscorpus._exceptions import LexiconError, NewsCorpusError
from newscorpus._extract.lang.en import bundle as en_bundle
from newscorpus._extract.lexicon import (
    CLOSED_COLUMNS,
    ClosedColumn,
    has_lexicon,
    lexicon_path,
    parse_lexicon,
    read_lexicon,
    read_word_role,
    read_word_set,
)
from tests.test_languages import TOY_LEXICONS

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


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


# Closed columns: a value outside a column's set is an error naming the file and line. Each case
# writes a small lexicon folder for a toy language ("eo") whose second line holds the bad value.


def a_valid_value(column: ClosedColumn) -> str:
    return min(column.values)


def entry_with(bad: ClosedColumn) -> str:
    """An entry of ``bad``'s lexicon whose other closed columns hold valid values."""
    fields = ["word"] * bad.fields
    for column in CLOSED_COLUMNS:
        if column.lexicon == bad.lexicon and column.fields == bad.fields:
            fields[column.column - 1] = a_valid_value(column)
    fields[bad.column - 1] = "misspelt"
    return "\t".join(fields)


@pytest.fixture
def toy_folder(tmp_path: Path) -> Iterator[Path]:
    newscorpus.register_language(
        newscorpus.Language(code="eo", name="Esperanto", lexicons=tmp_path)
    )
    yield tmp_path
    newscorpus.unregister_language("eo")


def _write_toy_lexicons(folder: Path) -> None:
    """The toy language's lexicons (enough for its quotes), before one is replaced."""
    for name, content in TOY_LEXICONS.items():
        (folder / f"{name}.txt").write_text(content, encoding="utf-8")


@pytest.mark.parametrize(
    "column", CLOSED_COLUMNS, ids=[f"{c.lexicon}-{c.fields}-{c.column}" for c in CLOSED_COLUMNS]
)
def test_an_unknown_value_in_a_closed_column_names_file_and_line(
    toy_folder: Path, column: ClosedColumn
) -> None:
    (toy_folder / f"{column.lexicon}.txt").write_text(
        f"# a header\n{entry_with(column)}\n", encoding="utf-8"
    )
    allowed = ", ".join(sorted(column.values))
    where = rf"{column.lexicon}\.txt:2: "
    message = rf"{where}unknown {column.label} 'misspelt' \(allowed: {re.escape(allowed)}\)"
    with pytest.raises(LexiconError, match=message):
        read_lexicon("eo", column.lexicon, fields=(column.fields, column.fields))


@pytest.mark.parametrize("column", CLOSED_COLUMNS, ids=lambda column: column.label)
def test_the_bundled_lexicons_hold_only_allowed_values(column: ClosedColumn) -> None:
    for code in ("de", "en"):
        if has_lexicon(code, column.lexicon):
            read_lexicon(code, column.lexicon, fields=(1, 9))


def test_an_unknown_word_class_stops_extraction(toy_folder: Path) -> None:
    # "subb" for "sub": the shared rules would silently lose a clause opener.
    _write_toy_lexicons(toy_folder)
    (toy_folder / "function_words.txt").write_text(
        "# closed-class words\nla\tdet\nke\tsubb\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"function_words\.txt:3: unknown word class 'subb'"):
        newscorpus.extract_quotes("La ministro Ana diris, ke ĝi funkcias.", language="eo")


def test_a_misspelt_word_role_of_a_language_without_rules_names_file_and_line(
    toy_folder: Path,
) -> None:
    _write_toy_lexicons(toy_folder)
    (toy_folder / "word_roles.txt").write_text(
        "# word roles\ntion\tdemonstrative\nde\tdemonstrativ\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match=r"word_roles\.txt:3: unknown role 'demonstrativ'"):
        newscorpus.extract_quotes("La ministro Ana diris, ke ĝi funkcias.", language="eo")


def test_a_role_no_reader_declares_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="READER_WORD_ROLES"):
        read_word_role("en", "no_such_role")


def test_an_unknown_english_frame_position_names_file_and_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entries = ((5, ("according to", "before")), (6, ("as per", "befor")))

    def frames(*_: object, **__: object) -> tuple[tuple[int, tuple[str, ...]], ...]:
        return entries

    monkeypatch.setattr(en_bundle, "read_numbered_lexicon", frames)
    en_bundle._english.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"frames\.txt:6: unknown position 'befor'"):
            en_bundle._english()
    finally:
        en_bundle._english.cache_clear()
