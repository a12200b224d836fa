"""User alias tables: the mapping, JSON and CSV forms and their errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from newscorpus._identity.aliases import (
    AliasEntry,
    AliasTable,
    AliasTableError,
    read_alias_table,
    to_alias_table,
)

if TYPE_CHECKING:
    from pathlib import Path

PUTIN = AliasEntry(name="Wladimir Putin", variants=("Putin", "Vladimir Putin"), external_id="Q7747")
MERKEL = AliasEntry(name="Angela Merkel", variants=("Merkel",))


def test_mapping_of_lists_and_of_entries() -> None:
    table = AliasTable.from_mapping(
        {
            "Wladimir Putin": {"aliases": ["Putin", "Vladimir Putin"], "external_id": "Q7747"},
            "Angela Merkel": ["Merkel", "Merkel"],
        }
    )
    assert table == AliasTable(entries=(PUTIN, MERKEL))


def test_json_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(
        '{"Wladimir Putin": {"aliases": ["Putin", "Vladimir Putin"], "external_id": "Q7747"},\n'
        ' "Angela Merkel": ["Merkel"]}',
        encoding="utf-8",
    )
    assert read_alias_table(path) == AliasTable(entries=(PUTIN, MERKEL))


def test_csv_file_rows_add_up(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "name,alias,external_id\n"
        "Wladimir Putin,Putin,Q7747\n"
        "Angela Merkel,Merkel,\n"
        "Wladimir Putin,Vladimir Putin,\n"
        ",,\n",
        encoding="utf-8",
    )
    assert read_alias_table(path) == AliasTable(entries=(PUTIN, MERKEL))


def test_csv_file_with_name_column_only(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("name\nAngela Merkel\n", encoding="utf-8")
    assert read_alias_table(path) == AliasTable(entries=(AliasEntry(name="Angela Merkel"),))


def test_to_alias_table_accepts_every_form(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"Angela Merkel": ["Merkel"]}', encoding="utf-8")
    table = AliasTable(entries=(MERKEL,))
    assert [
        to_alias_table(table),
        to_alias_table({"Angela Merkel": ["Merkel"]}),
        to_alias_table(path),
        to_alias_table(str(path)),
    ] == [table] * 4


def test_name_under_two_entries_is_an_error() -> None:
    with pytest.raises(AliasTableError) as excinfo:
        AliasTable.from_mapping({"Wladimir Putin": ["Putin"], "Ljudmila Putina": ["PUTIN"]})
    assert (
        str(excinfo.value) == "'PUTIN' is listed under both 'Wladimir Putin' and 'Ljudmila Putina'"
    )


def test_names_are_compared_without_titles() -> None:
    with pytest.raises(AliasTableError) as excinfo:
        AliasTable.from_mapping({"Putin": [], "Wladimir Putin": ["Präsident Putin"]})
    assert str(excinfo.value) == (
        "'Präsident Putin' is listed under both 'Putin' and 'Wladimir Putin'"
    )


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"Putin": "Wladimir"}, "the aliases of 'Putin' must be a list of strings, got 'Wladimir'"),
        ({"Putin": [1]}, "the aliases of 'Putin' must be a list of strings, got [1]"),
        (
            {"Putin": {"aliases": [], "wikidata": "Q7747"}},
            "entry 'Putin' has unknown keys ['wikidata']; allowed are ['aliases', 'external_id']",
        ),
        (
            {"Putin": {"external_id": " "}},
            "the external_id of 'Putin' must be a non-blank string, got ' '",
        ),
        ({" ": []}, "entry ' ': name must not be blank, got ' '"),
        ({"Putin": [""]}, "entry 'Putin': aliases must not be blank, got ''"),
    ],
)
def test_malformed_mapping(mapping: dict[str, object], message: str) -> None:
    with pytest.raises(AliasTableError) as excinfo:
        AliasTable.from_mapping(mapping)
    assert str(excinfo.value) == message


def test_broken_json_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"Putin":\n ["Putin" "x"]}', encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}:2:11: invalid JSON: Expecting ',' delimiter"


def test_json_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('["Putin"]', encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == (
        f"{path}: an alias table is a JSON object of name -> aliases, got list"
    )


def test_conflict_in_a_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"A B": ["Putin"], "C D": ["Putin"]}', encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: 'Putin' is listed under both 'A B' and 'C D'"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", ": empty file; expected a header row with a 'name' column"),
        (
            "canonical,alias\n",
            (
                ":1: the header must name the columns 'name' and optionally 'alias' and "
                "'external_id', each once, got ['canonical', 'alias']"
            ),
        ),
        ("name,alias\nPutin\n", ":2: expected 2 cells, got 1"),
        ("name,alias\n,Putin\n", ":2: the name cell is empty"),
        (
            "name,external_id\nPutin,Q1\nPutin,Q2\n",
            ":3: 'Putin' has two external ids, 'Q1' and 'Q2'",
        ),
    ],
)
def test_malformed_csv(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}{message}"


def test_unknown_file_type(tmp_path: Path) -> None:
    path = tmp_path / "aliases.yaml"
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: alias tables are .json or .csv files, got 'aliases.yaml'"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: cannot read: No such file or directory"


def test_file_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_bytes(b"name\nM\xfcller\n")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: not UTF-8 text: invalid start byte"


@pytest.mark.parametrize("table", [5, ["Angela Merkel", "Merkel"], b"aliases.json"])
def test_a_table_of_no_accepted_form_is_an_alias_table_error(table: object) -> None:
    from newscorpus import Corpus  # noqa: PLC0415 - the public way in

    with pytest.raises(AliasTableError) as excinfo:
        Corpus().with_aliases(table)  # type: ignore[arg-type]
    assert str(excinfo.value) == (
        "an alias table is a mapping, a .json or .csv file or an AliasTable, "
        f"got {type(table).__name__}"
    )


def test_a_name_twice_in_a_json_object_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(
        '{"Angela Merkel": ["Merkel"],\n "Angela Merkel": ["A. Merkel"]}', encoding="utf-8"
    )
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: 'Angela Merkel' is a key twice in one object"


def test_a_key_twice_in_an_entry_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "aliases.json"
    path.write_text('{"Angela Merkel": {"aliases": ["Merkel"], "aliases": []}}', encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: 'aliases' is a key twice in one object"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"A B": {"external_id": ' + "9" * 5000 + "}}", "a number too long to read"),
    ],
)
def test_json_that_json_cannot_read_is_an_alias_table_error(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "aliases.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}: invalid JSON: {message}"


def test_csv_the_csv_module_cannot_read_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text("name,alias\nA B,x\n" + "A" * 200_000 + ",x\n", encoding="utf-8")
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == f"{path}:3: invalid CSV: field larger than field limit (131072)"


def test_a_path_with_a_nul_character_is_an_alias_table_error() -> None:
    from newscorpus import Corpus  # noqa: PLC0415 - the public way in

    with pytest.raises(AliasTableError) as excinfo:
        Corpus().with_aliases("aliases\x00.json")
    assert str(excinfo.value) == "cannot read 'aliases\\x00.json': the path holds a NUL character"


def test_a_mapping_is_read_without_the_spaces_around_its_names_as_a_csv_file_is() -> None:
    from newscorpus import Corpus  # noqa: PLC0415 - the public way in

    corpus = Corpus().with_aliases(
        {" Angela Merkel ": {"aliases": ["Merkel ", "Merkel"], "external_id": " Q567\n"}}
    )
    assert corpus.aliases == AliasTable(
        entries=(AliasEntry(name="Angela Merkel", variants=("Merkel",), external_id="Q567"),)
    )


def test_a_conflict_in_a_csv_file_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "aliases.csv"
    path.write_text(
        "name,alias\nAngela Merkel,Merkel\nOlaf Scholz,Scholz\nAndreas Merkel,Merkel\n",
        encoding="utf-8",
    )
    with pytest.raises(AliasTableError) as excinfo:
        read_alias_table(path)
    assert str(excinfo.value) == (
        f"{path}:4: 'Merkel' is listed under both 'Angela Merkel' and 'Andreas Merkel'"
    )
