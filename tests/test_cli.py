"""The command line: sub-commands, formats, exit codes and error messages."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from newscorpus._cli import main
from newscorpus._io.serialize import write_jsonl
from newscorpus._model import Article, Quote, QuoteKind, Span, Speaker
from tests.conftest import SEED_DIR, SEED_FILE

if TYPE_CHECKING:
    from pathlib import Path

SEED_ID = "266daebb3b7432db"
SEED_TITLE = "Putin, Lukaschenko führen Gespräche in Sotschi"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_jsonl_prints_one_record_for_the_seed_folder(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run(capsys, "export", str(SEED_DIR), "--format", "jsonl")
    lines = out.splitlines()
    record = json.loads(lines[0])
    assert (code, err, len(lines)) == (0, "", 1)
    assert (record["id"], record["title"], len(record["paragraphs"])) == (SEED_ID, SEED_TITLE, 11)


def test_export_without_source_reads_the_bundled_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "export")
    assert (code, json.loads(out)["id"]) == (0, SEED_ID)


@pytest.mark.parametrize("name", [SEED_FILE.name, "metadata.jsonl"])
def test_bundled_seed_is_the_repository_seed_byte_for_byte(name: str) -> None:
    import importlib.resources  # noqa: PLC0415 - only this test looks inside the package

    bundled = importlib.resources.files("newscorpus") / "_seeds" / name
    assert bundled.read_bytes() == (SEED_DIR / name).read_bytes()


def test_export_json_writes_an_array_to_a_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    code, out, err = run(capsys, "export", "--format", "json", "-o", str(target))
    records = json.loads(target.read_text(encoding="utf-8"))
    assert (code, out, err) == (0, "", "")
    assert [record["id"] for record in records] == [SEED_ID]


def test_export_csv_file_starts_with_a_bom_and_has_one_row_per_quote(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "quotes.csv"
    code, _, _ = run(capsys, "export", "--format", "csv", "-o", str(target))
    raw = target.read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert (code, raw[:3]) == (0, b"\xef\xbb\xbf")
    assert {row["article_id"] for row in rows} == {SEED_ID}
    assert len(rows) == 9


def test_export_csv_names_the_corpus_speaker_and_the_article_speaker(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    table = tmp_path / "aliases.json"
    table.write_text(json.dumps({"Vladimir Putin": ["Wladimir Putin"]}), encoding="utf-8")
    code, out, _ = run(capsys, "export", "--format", "csv", "--aliases", str(table))
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    named = {(row["speaker_name"], row["article_speaker_name"]) for row in rows}
    assert (code, ("Vladimir Putin", "Wladimir Putin") in named) == (0, True)


def test_export_refuses_an_unknown_format(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["export", "--format", "xml"])
    assert excinfo.value.code == 2
    assert "invalid choice: 'xml'" in capsys.readouterr().err


def test_missing_source_is_one_error_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere"
    assert run(capsys, "stats", str(missing)) == (
        1,
        "",
        f"newscorpus: error: {missing}: no such file, directory or archive\n",
    )


def _write_bad_seed(folder: Path) -> Path:
    """A seed file whose second line is not blank: an error that names file and line."""
    bad = folder / "001_0123456789abcdef.txt"
    bad.write_text("Headline\nnot blank\nParagraph.\n", encoding="utf-8")
    return bad


@pytest.fixture
def bad(tmp_path: Path) -> Path:
    """A bad seed file: a command that reads its source first fails with the file's error,
    so a check that should come before reading shows by coming first."""
    return _write_bad_seed(tmp_path)


def test_bad_seed_file_error_names_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = _write_bad_seed(tmp_path)
    assert run(capsys, "export", str(bad)) == (
        1,
        "",
        f"newscorpus: error: {bad}:2: line 2 must be blank, got 'not blank'\n",
    )


def test_unwritable_output_names_the_requested_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    target = tmp_path / "a-file" / "out.jsonl"
    assert run(capsys, "export", "-o", str(target)) == (
        1,
        "",
        f"newscorpus: error: {target}: cannot write: Not a directory\n",
    )


def test_stats_on_the_seed(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", str(SEED_DIR))
    assert code == 0
    assert out == (
        "articles     1\n"
        "paragraphs   11\n"
        "words        273\n"
        "quotes       9\n"
        "speakers     2\n"
        "languages    de: 1\n"
        "first date   2020-09-14\n"
        "last date    2020-09-14\n"
        "undated      0\n"
        "warnings     1\n"
    )


def test_stats_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "stats", "--format", "json")
    assert code == 0
    assert json.loads(out) == {
        "articles": 1,
        "paragraphs": 11,
        "words": 273,
        "quotes": 9,
        "speakers": 2,
        "languages": {"de": 1},
        "first_date": "2020-09-14",
        "last_date": "2020-09-14",
        "undated": 0,
        "warnings": 1,
    }


def test_validate_lists_findings_and_exits_0_without_errors(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(capsys, "validate", str(SEED_DIR)) == (
        0,
        (
            f"{SEED_FILE}:7: warning: [truncated-paragraph] paragraph ends without terminal "
            "punctuation, so it may be cut off: 'Putin erinnerte sich daran'\n"
        ),
        "1 articles read, 0 errors, 1 warnings\n",
    )


def test_validate_lists_every_bad_file_and_exits_1(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "000_0000000000000000.txt").write_bytes(b"")
    (tmp_path / "001_0000000000000001.txt").write_text("Title\nx\ny.\n", encoding="utf-8")
    (tmp_path / "002_0000000000000002.txt").write_text("Title\n\nGood.\n", encoding="utf-8")
    assert run(capsys, "validate", str(tmp_path)) == (
        1,
        (
            f"{tmp_path}/000_0000000000000000.txt:1: error: empty file\n"
            f"{tmp_path}/001_0000000000000001.txt:2: error: line 2 must be blank, got 'x'\n"
        ),
        "1 articles read, 2 errors, 0 warnings\n",
    )


def test_validate_reads_a_jsonl_export(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    exported = tmp_path / "seed.jsonl"
    assert run(capsys, "export", str(SEED_DIR), "-o", str(exported)) == (0, "", "")
    code, out, err = run(capsys, "validate", str(exported))
    assert (code, out.startswith(f"{exported}:7: warning: [truncated-paragraph]"), err) == (
        0,
        True,
        "1 articles read, 0 errors, 1 warnings\n",
    )


def test_quotes_jsonl_has_one_row_per_quote_with_the_csv_columns(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from newscorpus import QUOTE_COLUMNS  # noqa: PLC0415 - the column contract under test

    code, out, _ = run(capsys, "quotes", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [tuple(row) for row in rows] == [QUOTE_COLUMNS] * 9
    assert [row["speaker_name"] for row in rows].count("Wladimir Putin") == 8


def test_quotes_filters_by_speaker_surname_ignoring_case(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "quotes", "--speaker", "LUKASCHENKO", "--format", "jsonl")
    (row,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert (row["speaker_name"], row["article_speaker_roles"], row["kind"], row["cue"]) == (
        "Alexander Lukaschenko",
        "weißrussischer Amtskollege",
        "indirect",
        "sagte",
    )


def test_quotes_table_puts_the_role_under_the_name_and_wraps_the_quote(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    code, out, _ = run(capsys, "quotes", "--kind", "direct")
    indent = " " * 57
    assert code == 0
    assert out.splitlines() == [
        "article           speaker                 kind    cue    quote",
        "-" * 90,
        f"{SEED_ID}  Wladimir Putin          direct  sagte  Ich bin sicher, dass die Arbeit",
        "                  (russischer Präsident)                 in diesem Bereich unter",
        f"{indent}Berücksichtigung Ihrer",
        f"{indent}Erfahrungen in der Politik auf",
        f"{indent}höchster Ebene organisiert wird",
        f"{indent}und dadurch neue Grenzen in der",
        f"{indent}Entwicklung des politischen",
        f"{indent}Systems Ihres Landes entstehen",
        f"{indent}werden",
        "",
        "1 quotes",
    ]


def test_quotes_refuses_an_unknown_kind(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "quotes", "--kind", "bogus") == (
        1,
        "",
        (
            "newscorpus: error: --kind must be one of direct, indirect, free_indirect, "
            "reported, got 'bogus'\n"
        ),
    )


def test_search_folds_german_spelling(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "search", str(SEED_DIR), "WEISSRUSSLAND", "--format", "csv")
    assert code == 0
    assert out.splitlines() == [
        "article_id,title,published,source",
        f'{SEED_ID},"{SEED_TITLE}",2020-09-14,{SEED_FILE}',
    ]


def test_speakers_ranks_by_quote_count(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "speakers", str(SEED_DIR), "--top", "1", "--format", "jsonl")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {
            "speaker_id": "wladimir-putin",
            "name": "Wladimir Putin",
            "kind": "person",
            "quotes": 8,
            "roles": "russischer Präsident",
            "aliases": "Putin",
        },
    ]


def test_speakers_csv_escapes_a_semicolon_inside_a_role(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anna = Speaker(id="anna", name="Anna", roles=("Sprecherin; Beraterin", "Ministerin"))
    quote = Quote(text="Ja", kind=QuoteKind.DIRECT, span=Span(start=3, end=5), speaker=anna)
    source = tmp_path / "anna.jsonl"
    write_jsonl(
        [Article(id="a", title="T", paragraphs=("Ja",), quotes=(quote,), speakers=(anna,))], source
    )

    code, out, _ = run(capsys, "speakers", str(source), "--format", "csv")

    (row,) = csv.DictReader(io.StringIO(out))
    assert (code, row["roles"]) == (0, "Sprecherin\\; Beraterin; Ministerin")


def test_export_reads_back_its_own_jsonl(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    exported = tmp_path / "seed.jsonl.gz"
    assert run(capsys, "export", "-o", str(exported)) == (0, "", "")
    code, out, _ = run(capsys, "stats", str(exported), "--format", "json")
    assert (code, json.loads(out)["quotes"]) == (0, 9)


def test_evaluate_scores_a_gold_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    text = "Er sagte, es regne."
    gold.write_text(
        json.dumps(
            {
                "id": "doc-1",
                "text": text,
                "attributions": [
                    {
                        "source": [{"start": 0, "end": 2, "text": "Er"}],
                        "cue": [{"start": 3, "end": 8, "text": "sagte"}],
                        "content": [{"start": 10, "end": 18, "text": "es regne"}],
                    },
                ],
            },
        )
        + "\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "evaluate", "--gold", str(gold), "--format", "json")
    report = json.loads(out)
    assert (code, report["documents"]) == (0, 1)


def test_evaluate_writes_the_report_of_a_gold_file_whose_name_is_not_utf8(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = tmp_path / os.fsdecode(b"gold-\xff.jsonl")
    gold.write_text(json.dumps({"id": "doc-1", "text": "Es regnet.", "attributions": []}) + "\n")
    report = tmp_path / "report.md"
    assert run(capsys, "evaluate", "--gold", str(gold), "-o", str(report)) == (0, "", "")
    assert report.read_text(encoding="utf-8").startswith("### PolNeAR: `gold-\\xff.jsonl`\n")


def test_evaluate_with_two_jobs_gives_the_same_report(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"
    lines = [
        json.dumps({"id": f"doc-{number}", "text": text, "attributions": []})
        for number, text in enumerate(['"We will win," Smith said.', 'She said: "No."'] * 3)
    ]
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports = []
    for jobs in ("1", "2"):
        code, out, _ = run(capsys, "evaluate", "--gold", str(gold), "-j", jobs, "--format", "json")
        report = json.loads(out)
        del report["elapsed_seconds"]
        reports.append((code, report))
    assert reports[1] == reports[0]
    assert reports[0][1]["system_quotes"] > 0


def test_python_dash_m_runs_the_same_cli() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "newscorpus", "stats", "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (completed.returncode, json.loads(completed.stdout)["articles"]) == (0, 1)


def _broken_extractor(text: str, language: str | None) -> object:
    del text, language
    message = "a bug"
    raise TypeError(message)


def test_an_internal_error_is_one_line_and_exit_70(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from newscorpus._extract import pipeline  # noqa: PLC0415 - patched for this test

    monkeypatch.delenv("NEWSCORPUS_DEBUG", raising=False)
    monkeypatch.setattr(pipeline, "extract_article_parts", _broken_extractor)
    assert main(["quotes"]) == 70
    error = capsys.readouterr().err
    assert (error.count("\n"), "Traceback" in error) == (1, False)
    assert error.startswith("newscorpus: internal error: TypeError: a bug (a bug in newscorpus")


def test_newscorpus_debug_shows_the_traceback_of_an_internal_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newscorpus._extract import pipeline  # noqa: PLC0415 - patched for this test

    monkeypatch.setenv("NEWSCORPUS_DEBUG", "1")
    monkeypatch.setattr(pipeline, "extract_article_parts", _broken_extractor)
    with pytest.raises(TypeError, match="a bug"):
        main(["quotes"])


def test_a_parquet_export_folder_is_an_error_that_points_to_load(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
    folder = tmp_path / "tables"
    assert run(capsys, "export", "--format", "parquet", "-o", str(folder))[0] == 0
    assert run(capsys, "quotes", str(folder)) == (
        1,
        "",
        (
            f"newscorpus: error: {folder}: a Parquet export folder, not seed files: the command"
            " line reads seed files and .jsonl exports; newscorpus.load() reads this folder\n"
        ),
    )


def _formula_corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "001_0123456789abcdef.txt").write_text(
        '=HYPERLINK("x") und mehr\n\nDer Minister sagte: „Das ist gut.“\n', encoding="utf-8"
    )
    return folder


@pytest.mark.parametrize("command", ["quotes", "search"])
def test_csv_tables_escape_formula_cells_as_export_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, command: str
) -> None:
    folder = _formula_corpus(tmp_path)
    query = ["HYPERLINK"] if command == "search" else []
    code, out, _ = run(capsys, command, str(folder), *query, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert (code, [row["title"] for row in rows]) == (0, ['\'=HYPERLINK("x") und mehr'])


def test_a_csv_table_written_to_a_file_starts_with_a_bom_as_export_does(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "quotes.csv"
    code, _, _ = run(capsys, "quotes", "--format", "csv", "-o", str(target))
    assert (code, target.read_bytes()[:3]) == (0, b"\xef\xbb\xbf")


@pytest.mark.parametrize("command", ["quotes", "speakers", "export --format jsonld"])
def test_an_unreadable_alias_table_stops_the_command_before_the_source_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: Path, command: str
) -> None:
    missing = tmp_path / "aliases.json"
    code, _, err = run(capsys, *command.split(), str(bad), "--aliases", str(missing))
    assert (code, err) == (
        1,
        f"newscorpus: error: {missing}: cannot read: No such file or directory\n",
    )


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_an_unreadable_date_stops_quotes_before_the_source_is_read(
    capsys: pytest.CaptureFixture[str], bad: Path, option: str
) -> None:
    code, _, err = run(capsys, "quotes", str(bad), option, "gestern")
    assert (code, err) == (1, "newscorpus: error: cannot parse date 'gestern'\n")


@pytest.mark.parametrize(
    "command", ["quotes", "speakers", "search Putin", "export --format jsonld"]
)
def test_an_output_that_is_a_folder_stops_the_command_before_the_source_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, bad: Path, command: str
) -> None:
    name, *rest = command.split()
    code, _, err = run(capsys, name, str(bad), *rest, "-o", str(tmp_path))
    assert (code, err) == (1, f"newscorpus: error: {tmp_path}: is a directory, not a file\n")


@pytest.mark.parametrize("option", ["source", "--metadata", "--gold"])
def test_an_output_that_is_an_input_file_is_refused_and_the_input_kept(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, option: str
) -> None:
    seed = tmp_path / "001_0123456789abcdef.txt"
    seed.write_text("Titel\n\n„Wir helfen“, sagte Merkel.\n", encoding="utf-8")
    given = tmp_path / ("gold.jsonl" if option == "--gold" else "metadata.jsonl")
    given.write_text('{"id": "0123456789abcdef"}\n', encoding="utf-8")
    if option == "source":
        argv, target, said = ["export", str(seed)], seed, "the source"
    elif option == "--metadata":
        argv, target, said = ["export", str(seed), "--metadata", str(given)], given, option
    else:
        argv, target, said = ["evaluate", "--gold", str(given)], given, option
    before = target.read_bytes()
    code, _, err = run(capsys, *argv, "-o", str(target))
    assert (code, err, target.read_bytes()) == (
        1,
        f"newscorpus: error: {target}: is also {said}; write the output to another file\n",
        before,
    )


def test_a_folder_without_seed_files_gives_a_warning_not_silence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "notes.md").write_text("Headline\n\nParagraph.\n", encoding="utf-8")
    (tmp_path / "2020").mkdir()
    (tmp_path / "2020" / "001_0123456789abcdef.txt").write_text("H\n\nP.\n", encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(tmp_path), "--format", "jsonl")
    assert (code, out, err) == (
        0,
        "",
        (
            f"newscorpus: warning: {tmp_path}: no seed files (*.txt) in this folder"
            " (--recursive reads sub-folders too)\n"
        ),
    )
