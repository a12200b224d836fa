"""Reading with ``jobs=N``: the same articles, errors and warnings as ``jobs=1``, in order."""

from __future__ import annotations

import concurrent.futures
import io
import itertools
import multiprocessing
import os
import pickle
import random
import re
import sys
import tarfile
import types
import warnings
import zipfile
from collections.abc import Generator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import given

import newscorpus
from newscorpus import (
    ArchiveError,
    Article,
    DecodeError,
    NewsCorpusError,
    NewsCorpusWarning,
    SeedFormatError,
    iter_articles,
    load,
    write_jsonl,
)
from newscorpus import _cli as _cli_module
from newscorpus._cli import main
from newscorpus._extract import pipeline
from newscorpus._io import compact as _compact
from newscorpus._io import parallel as _parallel
from newscorpus._io.reader import _PARALLEL_READING, _Sidecar
from tests.conftest import REPO
from tests.strategies import articles as any_articles

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from newscorpus._extract.pipeline import ArticleParts

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")

#: Paragraphs whose extraction gives quotes, speakers, pronouns, cues and split cues.
_GERMAN = (
    "Der russische Präsident Wladimir Putin sagte am Montag: „Wir werden nicht nachgeben.“",
    "Er fügte hinzu, die Gespräche seien „auf einem guten Weg“.",
    "Laut Angaben der Polizei wurde niemand verletzt.",
    "„Das ist ein großer Tag“, sagte Bürgermeisterin Anna Schmidt.",
)
_ENGLISH = (
    '"We will not back down," Prime Minister Jane Doe said on Monday.',
    "She added that the talks were going well.",
    "According to the police, nobody was hurt.",
    '"It is a great day for the city," said Mayor John Smith.',
)
#: More files than two workers' worth of chunks, so results cross chunk boundaries.
_FILES = 2 * _parallel.CHUNK_SIZE + 9
#: File positions that hold a broken file: in the first chunk, at a chunk's edges, the last file.
_BAD_AT = (
    3,
    _parallel.CHUNK_SIZE - 1,
    _parallel.CHUNK_SIZE,
    2 * _parallel.CHUNK_SIZE + 1,
    _FILES - 1,
)


def _seed_text(number: int) -> str:
    paragraphs = _GERMAN if number % 2 else _ENGLISH
    rotated = paragraphs[number % 4 :] + paragraphs[: number % 4]
    return f"Artikel {number}\n\n" + "\n".join(rotated) + f"\nNummer {number}.\n"


def _file_name(number: int) -> str:
    return f"{number:03d}_{number:016x}.txt"


def _bad_bytes(number: int) -> bytes:
    """Each broken file fails differently: no blank line 2, a NUL byte, broken UTF-16, empty."""
    kinds = (
        b"Headline\nnot blank\nbody.\n",
        b"Headline\n\nbody \x00 with a NUL.\n",
        b"\xff\xfeH\x00\x00\xd8",
        b"",
    )
    return kinds[_BAD_AT.index(number) % len(kinds)]


def _contents(*, bad: bool) -> list[tuple[str, bytes]]:
    return [
        (
            _file_name(number),
            _bad_bytes(number) if bad and number in _BAD_AT else _seed_text(number).encode(),
        )
        for number in range(_FILES)
    ]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    directory.mkdir()
    for name, data in _contents(bad=False):
        (directory / name).write_bytes(data)
    return directory


@pytest.fixture
def bad_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "bad"
    directory.mkdir()
    for name, data in _contents(bad=True):
        (directory / name).write_bytes(data)
    return directory


def _jsonl(articles: Iterator[Article]) -> str:
    stream = io.StringIO()
    write_jsonl(articles, stream)
    return stream.getvalue()


def _outcome(
    source: Path | str, jobs: int, errors: Any
) -> tuple[list[Article], list[tuple[Any, ...]]]:
    """The articles read and the warnings issued, as (message, path, line)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = list(iter_articles(source, jobs=jobs, errors=errors))
    found = [
        (str(item.message), item.message.path, item.message.line)
        for item in caught
        if isinstance(item.message, NewsCorpusWarning)
    ]
    assert len(found) == len(caught)
    return read, found


def _no_workers_left() -> bool:
    return not multiprocessing.active_children()


# --- the compact form ---------------------------------------------------------------------------


@given(any_articles())
def test_the_compact_form_gives_back_an_equal_article(article: Article) -> None:
    sent = pickle.dumps(_compact.encode(article))
    rebuilt = _compact.decode(pickle.loads(sent))  # noqa: S301 - our own bytes
    assert rebuilt == article
    assert rebuilt.text == article.text
    assert [quote.speaker for quote in rebuilt.quotes] == [
        quote.speaker for quote in article.quotes
    ]


def test_the_compact_form_is_smaller_than_a_pickled_article(seed_file: Path) -> None:
    article = newscorpus.read_article(seed_file)
    assert article.quotes
    compact = pickle.dumps(_compact.encode(article), protocol=pickle.HIGHEST_PROTOCOL)
    whole = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
    assert len(compact) < len(whole) / 2


# --- same output ---------------------------------------------------------------------------------


def test_two_jobs_give_the_same_jsonl_as_one(corpus_dir: Path) -> None:
    one = _jsonl(iter_articles(corpus_dir, jobs=1))
    assert one.count("\n") == _FILES
    assert '"speaker_mention"' in one
    assert _jsonl(iter_articles(corpus_dir, jobs=2)) == one


def test_three_jobs_give_the_same_jsonl_as_one(corpus_dir: Path) -> None:
    assert _jsonl(iter_articles(corpus_dir, jobs=3)) == _jsonl(iter_articles(corpus_dir))


def test_jobs_zero_uses_every_core_with_the_same_result(corpus_dir: Path) -> None:
    assert _parallel.check_jobs(0) == _parallel.available_cores() >= 1
    assert list(iter_articles(corpus_dir, jobs=0)) == list(iter_articles(corpus_dir))


def test_two_jobs_apply_the_metadata_sidecar(corpus_dir: Path) -> None:
    rows = [
        f'{{"id": "{number:016x}", "published": "2020-01-{number % 28 + 1:02d}"}}'
        for number in range(_FILES)
    ]
    (corpus_dir / "metadata.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    parallel = list(iter_articles(corpus_dir, jobs=2))
    assert all(article.published is not None for article in parallel)
    assert parallel == list(iter_articles(corpus_dir))


def test_two_jobs_warn_about_the_same_unmatched_metadata_rows(corpus_dir: Path) -> None:
    rows = [f'{{"id": "{number:016x}", "outlet": "Zeitung"}}' for number in range(0, _FILES, 3)]
    rows.append('{"id": "ffffffffffffffff", "outlet": "nobody"}')
    rows.append(f'{{"id": "{10:016X}", "outlet": "wrong case"}}')
    (corpus_dir / "metadata.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    parallel = _outcome(corpus_dir, 2, "warn")
    assert parallel == _outcome(corpus_dir, 1, "warn")
    assert [message for message, _, _ in parallel[1]][-1].endswith(f"(did you mean '{10:016x}'?)")
    assert len(parallel[1]) == 2


def test_two_jobs_refuse_a_file_over_the_size_limit_the_same_way(corpus_dir: Path) -> None:
    limit = max(len(_seed_text(number).encode()) for number in range(_FILES))
    (corpus_dir / _file_name(9)).write_bytes(_seed_text(9).encode() * 3)

    def read(jobs: int) -> tuple[int, list[str]]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            read = list(
                iter_articles(corpus_dir, jobs=jobs, errors="warn", max_article_bytes=limit)
            )
        return len(read), [str(item.message) for item in caught]

    parallel = read(2)
    assert parallel == read(1)
    assert parallel[0] == _FILES - 1
    assert len(parallel[1]) == 1
    assert "max_article_bytes" in parallel[1][0]


def test_two_jobs_without_extraction_give_the_same_articles(corpus_dir: Path) -> None:
    parallel = list(iter_articles(corpus_dir, jobs=2, extract=False))
    assert parallel == list(iter_articles(corpus_dir, extract=False))
    assert not any(article.quotes for article in parallel)


def test_two_jobs_read_a_glob_like_one(corpus_dir: Path) -> None:
    pattern = str(corpus_dir / "0[0-2]*.txt")
    assert list(iter_articles(pattern, jobs=2)) == list(iter_articles(pattern))


def test_load_with_two_jobs_gives_the_same_corpus(corpus_dir: Path) -> None:
    assert load(corpus_dir, jobs=2) == load(corpus_dir)


def test_load_takes_jobs_for_a_jsonl_export_and_reads_it_in_one_process(
    corpus_dir: Path, tmp_path: Path
) -> None:
    export = tmp_path / "corpus.jsonl"
    write_jsonl(iter_articles(corpus_dir), export)
    assert load(export, jobs=2) == load(corpus_dir)


@pytest.mark.parametrize("suffix", [".zip", ".tar.gz"])
def test_two_jobs_read_an_archive_like_one(tmp_path: Path, suffix: str) -> None:
    archive = tmp_path / f"corpus{suffix}"
    contents = [*_contents(bad=True), ("../escape.txt", _seed_text(1).encode())]
    if suffix == ".zip":
        with zipfile.ZipFile(archive, "w") as opened:
            for name, data in contents:
                opened.writestr(f"inner/{name}" if not name.startswith("..") else name, data)
    else:
        with tarfile.open(archive, "w:gz") as opened:
            for name, data in contents:
                info = tarfile.TarInfo(f"inner/{name}" if not name.startswith("..") else name)
                info.size = len(data)
                opened.addfile(info, io.BytesIO(data))
    parallel = _outcome(archive, 2, "warn")
    assert parallel == _outcome(archive, 1, "warn")
    assert len(parallel[0]) == _FILES - len(_BAD_AT)
    assert len(parallel[1]) == len(_BAD_AT) + 1


def test_a_damaged_archive_fails_after_the_same_articles(tmp_path: Path) -> None:
    whole = io.BytesIO()
    # Incompressible filler in the middle, so that cutting the archive there cuts a member.
    filler = random.Random(0).randbytes(20_000)  # noqa: S311 - test data, not a secret
    members = _contents(bad=False)
    members.insert(_FILES // 2, ("filler.bin", filler))
    with tarfile.open(fileobj=whole, mode="w:gz") as opened:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            opened.addfile(info, io.BytesIO(data))
    archive = tmp_path / "cut.tar.gz"
    archive.write_bytes(whole.getvalue()[: len(whole.getvalue()) // 2])

    def read(jobs: int) -> tuple[list[str], str]:
        seen: list[str] = []
        with pytest.raises(ArchiveError) as raised:
            seen.extend(article.id for article in iter_articles(archive, jobs=jobs))
        return seen, str(raised.value)

    parallel = read(2)
    assert len(parallel[0]) == _FILES // 2
    assert parallel == read(1)
    assert _no_workers_left()


def test_a_damaged_archive_member_is_reported_in_its_place(tmp_path: Path) -> None:
    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as opened:
        for name, data in _contents(bad=False):
            opened.writestr(name, data)
    victim = _file_name(_parallel.CHUNK_SIZE + 2)
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo(victim)
    damaged = bytearray(archive.read_bytes())
    # Past the member's local header (30 bytes and its name): garble the compressed data.
    start = info.header_offset + 30 + len(victim)
    damaged[start : start + 8] = b"\xff" * 8
    archive.write_bytes(damaged)
    parallel = _outcome(archive, 2, "warn")
    assert parallel == _outcome(archive, 1, "warn")
    assert [path for _, path, _ in parallel[1]] == [str(archive)]
    assert len(parallel[0]) == _FILES - 1


@pytest.mark.shared
@pytest.mark.parametrize("name", CORPORA)
def test_two_jobs_give_the_same_jsonl_on_the_shared_corpora(shared: Path, name: str) -> None:
    folder = shared / "corpora" / name
    assert _jsonl(iter_articles(folder, jobs=2)) == _jsonl(iter_articles(folder, jobs=1))


# --- errors and warnings ----------------------------------------------------------------------


def test_errors_warn_gives_the_same_warnings_in_the_same_order(bad_dir: Path) -> None:
    parallel = _outcome(bad_dir, 2, "warn")
    assert parallel == _outcome(bad_dir, 1, "warn")
    paths = [Path(path).name for _, path, _ in parallel[1]]
    assert paths == [_file_name(number) for number in _BAD_AT]


def test_errors_skip_gives_the_same_articles_and_no_warning(bad_dir: Path) -> None:
    parallel = _outcome(bad_dir, 2, "skip")
    assert parallel == _outcome(bad_dir, 1, "skip")
    assert len(parallel[0]) == _FILES - len(_BAD_AT)
    assert parallel[1] == []


def test_errors_raise_raises_the_first_error_after_the_same_articles(bad_dir: Path) -> None:
    def read(jobs: int) -> tuple[list[str], type[BaseException], str, int | None]:
        seen: list[str] = []
        with pytest.raises(SeedFormatError) as raised:
            seen.extend(article.id for article in iter_articles(bad_dir, jobs=jobs))
        return seen, type(raised.value), str(raised.value), raised.value.line

    parallel = read(2)
    assert len(parallel[0]) == _BAD_AT[0]
    assert parallel == read(1)
    assert _no_workers_left()


def test_each_kind_of_bad_file_fails_the_same_way(bad_dir: Path) -> None:
    kinds: set[type[NewsCorpusError]] = set()
    for number in _BAD_AT:
        single = bad_dir / _file_name(number)
        with pytest.raises(NewsCorpusError) as one:
            list(iter_articles(single, jobs=1))
        with pytest.raises(NewsCorpusError) as two:
            list(iter_articles(single, jobs=2))
        assert (type(two.value), str(two.value)) == (type(one.value), str(one.value))
        kinds.add(type(one.value))
    assert {SeedFormatError, DecodeError} <= kinds


def test_a_broken_link_fails_in_its_place_with_two_jobs(corpus_dir: Path) -> None:
    (corpus_dir / _file_name(5)).unlink()
    (corpus_dir / _file_name(5)).symlink_to(corpus_dir / "missing.txt")
    pattern = str(corpus_dir / "*.txt")
    for source in (corpus_dir, pattern):
        parallel = _outcome(source, 2, "warn")
        assert parallel == _outcome(source, 1, "warn")
        assert len(parallel[0]) == _FILES - 1
        assert [Path(path).name for _, path, _ in parallel[1]] == [_file_name(5)]


def test_an_unexpected_error_in_a_worker_is_raised_in_its_place(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = pipeline.extract_article_parts
    victim = "Artikel 7\n"

    def failing(text: str, language: str | None) -> ArticleParts:
        if text.startswith(victim):
            raise RuntimeError(f"boom in {victim.strip()}")
        return original(text, language)

    # Workers are forked from this process, so they run the patched extractor too.
    monkeypatch.setattr(pipeline, "extract_article_parts", failing)

    def read(jobs: int) -> tuple[int, str]:
        seen: list[Article] = []
        with pytest.raises(RuntimeError) as raised:
            seen.extend(iter_articles(corpus_dir, jobs=jobs, errors="skip"))
        return len(seen), str(raised.value)

    assert read(2) == read(1) == (7, "boom in Artikel 7")
    assert _no_workers_left()


def test_a_worker_that_dies_is_a_newscorpus_error(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = pipeline.extract_article_parts

    def dying(text: str, language: str | None) -> ArticleParts:
        if text.startswith("Artikel 20\n"):
            os._exit(1)
        return original(text, language)

    monkeypatch.setattr(pipeline, "extract_article_parts", dying)
    with pytest.raises(NewsCorpusError, match="worker process ended abruptly"):
        list(iter_articles(corpus_dir, jobs=2))
    assert _no_workers_left()


# --- the pool's life ---------------------------------------------------------------------------


def test_one_job_starts_no_process(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        del args, kwargs
        raise AssertionError("jobs=1 must not start a pool")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert len(list(iter_articles(corpus_dir, jobs=1))) == _FILES


@pytest.mark.parametrize("jobs", [-1, 1.5, True, "2"])
def test_jobs_must_be_a_whole_number_of_at_least_zero(corpus_dir: Path, jobs: Any) -> None:
    with pytest.raises(ValueError, match="jobs must be an integer >= 0"):
        iter_articles(corpus_dir, jobs=jobs)


def test_jobs_over_the_limit_are_refused_before_any_process_starts(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # fork starts every worker of the pool at once: a mistyped count (-j 1000000) forked that
    # many processes and exhausted the machine's memory.
    def refuse(*args: object, **kwargs: object) -> None:
        del args, kwargs
        raise AssertionError("a refused jobs count must not start a pool")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    with pytest.raises(ValueError, match=f"jobs must be at most {_parallel.MAX_JOBS}"):
        iter_articles(corpus_dir, jobs=_parallel.MAX_JOBS + 1)


@pytest.mark.parametrize("jobs", [str(_parallel.MAX_JOBS + 1), "99999999999999999999999"])
def test_cli_refuses_jobs_over_the_limit_as_an_argument_error(
    capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["export", str(REPO / "seeds"), "-j", jobs])
    err = capsys.readouterr().err
    assert (excinfo.value.code, f"at most {_parallel.MAX_JOBS}" in err) == (2, True)


def test_stopping_early_shuts_the_pool_down(corpus_dir: Path) -> None:
    articles = iter_articles(corpus_dir, jobs=2)
    assert isinstance(articles, Generator)
    first = list(itertools.islice(articles, 3))
    assert multiprocessing.active_children()
    articles.close()  # what garbage collection does to an abandoned iterator
    assert len(first) == 3
    assert _no_workers_left()


def test_keyboard_interrupt_shuts_the_pool_down(corpus_dir: Path) -> None:
    def interrupt(done: int, total: int | None) -> None:
        del total
        if done == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        list(iter_articles(corpus_dir, jobs=2, progress=interrupt))
    assert _no_workers_left()


def test_only_a_bounded_window_of_files_is_in_flight(corpus_dir: Path) -> None:
    listed = 0
    entries = [
        (str(corpus_dir / _file_name(number)), _file_name(number)) for number in range(_FILES)
    ] * 4

    def listing() -> Iterator[tuple[str, str, Callable[[], bytes]]]:
        nonlocal listed
        for location, name in entries:
            listed += 1
            yield location, name, (corpus_dir / name).read_bytes

    articles = _parallel.read_parallel(
        listing(),
        jobs=2,
        errors="raise",
        sidecar=_Sidecar(None),
        extract=True,
        advance=None,
        reading=_PARALLEL_READING,
    )
    window = 2 * _parallel.CHUNKS_PER_WORKER * _parallel.CHUNK_SIZE
    for count, _ in enumerate(articles, start=1):
        assert listed <= count + window
    assert listed == len(entries)


# --- progress ------------------------------------------------------------------------------------


def _steps(source: Path | str, jobs: int, **options: Any) -> list[tuple[int, int | None]]:
    steps: list[tuple[int, int | None]] = []
    list(iter_articles(source, jobs=jobs, progress=lambda *step: steps.append(step), **options))
    return steps


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_counts_every_file_against_the_total(bad_dir: Path, jobs: int) -> None:
    steps = _steps(bad_dir, jobs, errors="skip")
    assert steps == [(done, _FILES) for done in range(_FILES + 1)]


def test_progress_has_no_total_for_a_tar_stream(tmp_path: Path, corpus_dir: Path) -> None:
    archive = tmp_path / "corpus.tar"
    with tarfile.open(archive, "w") as opened:
        opened.add(corpus_dir, arcname="corpus")
    assert _steps(archive, 2) == [(done, None) for done in range(_FILES + 1)]


def test_progress_counts_the_articles_of_a_jsonl_export(corpus_dir: Path, tmp_path: Path) -> None:
    export = tmp_path / "corpus.jsonl"
    write_jsonl(iter_articles(corpus_dir), export)
    steps: list[tuple[int, int | None]] = []
    load(export, progress=lambda *step: steps.append(step))
    assert steps == [(done, None) for done in range(_FILES + 1)]


def test_progress_tqdm_draws_a_bar(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("tqdm")
    load(corpus_dir, jobs=2, progress="tqdm")
    assert f"{_FILES}/{_FILES}" in capsys.readouterr().err


def test_progress_tqdm_without_tqdm_names_the_extra(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)
    with pytest.raises(ImportError, match=r"newscorpus\[progress\]"):
        iter_articles(corpus_dir, progress="tqdm")


def test_progress_must_be_callable(corpus_dir: Path) -> None:
    with pytest.raises(TypeError, match="progress must be"):
        iter_articles(corpus_dir, progress="bar")  # type: ignore[arg-type]


# --- the command line ------------------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "command",
    [
        ("export", "--format", "jsonl", "--errors", "skip"),
        ("export", "--format", "csv", "--errors", "skip"),
        ("quotes", "--format", "jsonl", "--errors", "skip"),
        ("speakers", "--format", "csv", "--errors", "skip"),
        ("stats", "--format", "json", "--errors", "skip"),
        ("search", "Putin", "--format", "jsonl", "--errors", "skip"),
        ("validate",),
    ],
    ids=lambda command: "-".join(command[:3:2]),
)
def test_every_reading_command_gives_the_same_output_with_jobs(
    capsys: pytest.CaptureFixture[str], bad_dir: Path, command: tuple[str, ...]
) -> None:
    name, *rest = command
    options = [str(bad_dir), *rest]
    one = _cli(capsys, name, *options)
    assert one[0] in {0, 1}
    assert one[1]
    assert _cli(capsys, name, "-j", "2", *options) == one


def test_jobs_zero_on_the_command_line_gives_the_same_output(
    capsys: pytest.CaptureFixture[str], corpus_dir: Path
) -> None:
    one = _cli(capsys, "export", str(corpus_dir))
    assert _cli(capsys, "export", str(corpus_dir), "--jobs", "0") == one


def test_export_warnings_come_in_the_same_order_with_jobs(
    capsys: pytest.CaptureFixture[str], bad_dir: Path
) -> None:
    one = _cli(capsys, "export", str(bad_dir), "--errors", "warn")
    assert one[2].count("warning:") == len(_BAD_AT)
    assert _cli(capsys, "export", str(bad_dir), "--errors", "warn", "-j", "2") == one


def test_an_error_stops_the_command_the_same_way_with_jobs(
    capsys: pytest.CaptureFixture[str], bad_dir: Path
) -> None:
    one = _cli(capsys, "export", str(bad_dir))
    assert one[0] == 1
    assert one[2].startswith("newscorpus: error: ")
    assert _cli(capsys, "export", str(bad_dir), "-j", "2") == one


@pytest.mark.parametrize("value", ["-1", "two", "1.5"])
def test_jobs_must_be_a_whole_number(capsys: pytest.CaptureFixture[str], value: str) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["export", "--jobs", value])
    assert exited.value.code == 2
    assert "must be a whole number >= 0" in capsys.readouterr().err


def test_no_progress_is_shown_when_stderr_is_not_a_terminal(
    capsys: pytest.CaptureFixture[str], corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Even a slow job stays quiet: the line needs a terminal.
    monkeypatch.setattr(_cli_module, "_ProgressLine", _Unexpected)
    assert _cli(capsys, "stats", str(corpus_dir), "-j", "2")[2] == ""


class _Unexpected:
    def __init__(self, *args: object) -> None:
        del args
        raise AssertionError("no progress line without a terminal")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_line_shows_count_total_rate_and_eta(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = iter([100.0, 102.0, 102.1, 104.0, 106.0])
    monkeypatch.setattr(_cli_module, "time", types.SimpleNamespace(monotonic=lambda: next(clock)))
    stream = _Terminal()
    line = _cli_module._ProgressLine(stream)  # started at 100 s
    line(400, 1_000)  # at 102 s: 200 articles/s, 3 s to go
    line(410, 1_000)  # at 102.1 s: too soon to redraw
    line(800, None)  # at 104 s, total unknown
    line(1_000, 1_000)  # at 106 s: done
    line.close()
    assert stream.getvalue().split("\r") == [
        "",
        "400 / 1,000 articles  200/s  ETA 0:03\033[K",
        "800 articles  200/s\033[K",
        "1,000 / 1,000 articles  167/s\033[K",
        "\033[K",
    ]


def test_the_cli_reads_with_a_progress_line_on_a_terminal(
    capsys: pytest.CaptureFixture[str], corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[int, int | None]] = []

    class Recording(_cli_module._ProgressLine):
        def __call__(self, done: int, total: int | None) -> None:
            calls.append((done, total))
            super().__call__(done, total)

    monkeypatch.setattr(_cli_module, "_ProgressLine", Recording)
    monkeypatch.setattr(sys, "stderr", _Terminal())
    code = main(["stats", str(corpus_dir), "-j", "2"])
    capsys.readouterr()
    assert code == 0
    assert calls == [(done, _FILES) for done in range(_FILES + 1)]


# --- the docs ----------------------------------------------------------------------------------


def test_the_python_examples_of_the_performance_page_run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(REPO)
    page = (REPO / "docs" / "performance.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    assert len(blocks) == 2
    for block in blocks:
        exec(compile(block, "performance.md", "exec"), {})  # noqa: S102 - our own docs
    assert capsys.readouterr().out.endswith("0/1\n1/1\n")
