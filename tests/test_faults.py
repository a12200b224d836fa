"""The fault suite: damaged inputs, hostile output targets and odd arguments (issue 10).

Every case states one behaviour at an edge: no standard-library exception escapes the public API,
``errors="skip"``/``"warn"`` or the command line; output targets are never clobbered; resources
are bounded; nothing odd passes silently. The damaged inputs are made by ``tests/faults.py``.
"""

from __future__ import annotations

import dataclasses
import errno
import gzip
import hashlib
import importlib.metadata
import io
import os
import re
import signal
import stat
import subprocess
import sys
import tarfile
import tempfile
import textwrap
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscorpus
from newscorpus import (
    ArchiveError,
    ArchiveMemberError,
    Article,
    DateParseError,
    MetadataError,
    MetadataWarning,
    ModelError,
    NewsCorpusError,
    NewsCorpusWarning,
    RecordError,
    SeedFormatError,
    WriteError,
    dumps,
    extract_quotes,
    iter_articles,
    parse_article,
    parse_date,
    read_jsonl,
    read_metadata,
    write_csv,
    write_jsonl,
)
from newscorpus._cli import main
from tests import faults
from tests.conftest import REPO, SEED_DIR
from tests.faults import ID_A, ID_B, MIB, NAME_A, NAME_B, SEED_A, SEED_B

if TYPE_CHECKING:
    from collections.abc import Iterator

ARTICLE: Final = Article(id=ID_A, title="Titel", paragraphs=("Eins.",), index=1)
RECORD: Final = dumps(ARTICLE)
#: Seconds a subprocess test waits for something to happen before it counts as failed.
PATIENCE: Final = 20.0
IS_ROOT: Final = hasattr(os, "geteuid") and os.geteuid() == 0
#: Members of a tar archive enough to show memory growing with their number (~10 MiB before).
_MANY_MEMBERS: Final = 20_000


def titles(source: Path | str, **options: object) -> list[str]:
    """The titles read with ``errors="skip"`` (and any further options)."""
    return [
        article.title
        for article in iter_articles(source, errors="skip", extract=False, **options)  # type: ignore[arg-type]
    ]


def warned(source: Path | str, **options: object) -> tuple[list[str], list[str]]:
    """The titles read with ``errors="warn"``, and the warnings issued."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        read = [
            article.title
            for article in iter_articles(source, errors="warn", extract=False, **options)  # type: ignore[arg-type]
        ]
    return read, [str(item.message) for item in caught]


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / NAME_A).write_bytes(SEED_A)
    (folder / NAME_B).write_bytes(SEED_B)
    return folder


# -- 1. No standard-library exception escapes errors= or the command line --------------------


def test_zip_member_with_an_unsupported_method_fails_alone(tmp_path: Path) -> None:
    archive = faults.zip_with_unsupported_method(tmp_path / "method.zip")
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive, extract=False))
    assert (str(excinfo.value), titles(archive)) == (
        (
            f"{archive}: cannot read archive member {NAME_A!r}: "
            "That compression method is not supported"
        ),
        ["Zweiter Titel"],
    )


def test_zip_member_whose_local_name_is_not_utf8_fails_alone(tmp_path: Path) -> None:
    archive = faults.zip_with_undecodable_local_name(tmp_path / "name.zip")
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive, extract=False))
    assert (excinfo.value.path, titles(archive)) == (str(archive), ["Zweiter Titel"])


@pytest.mark.parametrize("errors", ["raise", "warn", "skip"])
def test_zip_with_a_shifted_central_directory_is_a_damaged_archive(
    tmp_path: Path, errors: str
) -> None:
    archive = faults.zip_with_shifted_directory(tmp_path / "shifted.zip")
    with pytest.raises(ArchiveError) as excinfo:
        list(iter_articles(archive, errors=errors, extract=False))  # type: ignore[arg-type]
    assert str(excinfo.value) == (
        f"{archive}: cannot read the archive: its central directory points outside the file"
    )


@pytest.mark.parametrize("kept", [1, 3, 10, 40])
def test_tar_gz_cut_to_a_few_bytes_is_a_damaged_archive(tmp_path: Path, kept: int) -> None:
    whole = faults.write_tar(tmp_path / "whole.tar.gz", [(NAME_A, SEED_A)]).read_bytes()
    archive = tmp_path / "cut.tar.gz"
    archive.write_bytes(whole[:kept])
    with pytest.raises(ArchiveError) as excinfo:
        titles(archive)
    assert excinfo.value.path == str(archive)


def test_jsonl_gz_cut_in_half_names_the_file_after_the_records_before_the_cut(
    tmp_path: Path,
) -> None:
    # Records that pack badly, so that half the file holds some whole ones.
    records = [
        RECORD.replace("Eins.", hashlib.sha256(bytes([number])).hexdigest() + ".")
        for number in range(200)
    ]
    whole = faults.jsonl_gz(tmp_path / "whole.jsonl.gz", records).read_bytes()
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    read: list[Article] = []
    with pytest.raises(ArchiveError) as excinfo:
        read.extend(read_jsonl(cut, errors="skip"))
    assert (excinfo.value.path, excinfo.value.reason.startswith("cannot read on"), bool(read)) == (
        str(cut),
        True,
        True,
    )


def test_jsonl_gz_that_is_not_gzip_names_the_file(tmp_path: Path) -> None:
    fake = tmp_path / "fake.jsonl.gz"
    fake.write_text(RECORD + "\n", encoding="utf-8")
    with pytest.raises(ArchiveError) as excinfo:
        list(read_jsonl(fake))
    assert (excinfo.value.path, excinfo.value.line) == (str(fake), 1)


def test_jsonl_record_with_a_5000_digit_integer_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(RECORD.replace('"index":1', '"index":' + "9" * 5000) + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(path))
    assert str(excinfo.value) == (
        f"{path}:1: invalid JSON: an integer has more digits than can be read (4,300 at most)"
    )


def test_jsonl_record_with_a_5000_digit_integer_is_skipped_with_a_warning(
    tmp_path: Path,
) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("[" + "9" * 5000 + "]\n" + RECORD + "\n", encoding="utf-8")
    with pytest.warns(NewsCorpusWarning, match=r"big\.jsonl:1: skipped record"):
        read = list(read_jsonl(path, errors="warn"))
    assert read == [ARTICLE]


def test_sidecar_row_with_a_5000_digit_integer_is_a_metadata_error(tmp_path: Path) -> None:
    sidecar = tmp_path / "metadata.jsonl"
    sidecar.write_text(f'{{"id": "{ID_A}", "n": {"9" * 5000}}}\n', encoding="utf-8")
    with pytest.raises(MetadataError) as excinfo:
        read_metadata(sidecar)
    assert (excinfo.value.path, excinfo.value.line) == (str(sidecar), 1)


def test_sidecar_row_nested_100000_deep_is_a_metadata_error(tmp_path: Path) -> None:
    sidecar = tmp_path / "metadata.jsonl"
    sidecar.write_text(f'{{"id": "{ID_B}"}}\n{faults.nested_json(100_000)}\n', encoding="utf-8")
    with pytest.raises(MetadataError) as excinfo:
        read_metadata(sidecar)
    assert str(excinfo.value) == f"{sidecar}:2: broken JSON: nested too deeply to read"


def test_jsonl_record_nested_100000_deep_is_a_record_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.jsonl"
    path.write_text(faults.nested_json(100_000) + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(path))
    assert str(excinfo.value) == f"{path}:1: invalid JSON: nested too deeply"


def test_an_article_holding_a_lone_surrogate_cannot_be_built() -> None:
    with pytest.raises(ModelError) as excinfo:
        Article(id=ID_A, title="Titel", paragraphs=("Ei\udcffns.",))
    assert "lone surrogate U+DCFF" in str(excinfo.value)


def test_extract_quotes_refuses_a_quotation_holding_a_lone_surrogate() -> None:
    with pytest.raises(ModelError) as excinfo:
        extract_quotes("„Das ist wirklich gut\udcff so.“, sagte Merkel.", language="de")
    assert "lone surrogate U+DCFF" in str(excinfo.value)


def test_a_lone_surrogate_in_the_words_around_a_quote_only_costs_its_frame() -> None:
    # The frame is read from the sentence around the cue: a character it may not hold leaves
    # the quote as the rules found it instead of failing the text.
    quotes = extract_quotes(
        "Am Montag \udcff sagte der Minister, die Lage sei ernst.", language="de"
    )
    assert [(quote.content, quote.frame) for quote in quotes] == [("die Lage sei ernst", None)]


def test_parse_article_refuses_surrogateescape_text_naming_the_line() -> None:
    text = b"Titel\n\nEins.\nZwei \xff.\n".decode("utf-8", "surrogateescape")
    with pytest.raises(SeedFormatError) as excinfo:
        parse_article(text, path="in.txt", extract=False)
    assert (excinfo.value.line, excinfo.value.reason.startswith("lone surrogate U+DCFF")) == (
        4,
        True,
    )


def test_read_jsonl_refuses_a_lone_surrogate_escape_naming_the_field(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    path.write_text(RECORD.replace("Eins.", "Ei\\udcffns.") + "\n", encoding="utf-8")
    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(path))
    assert (excinfo.value.field, excinfo.value.line) == ("paragraphs[0]", 1)


def test_read_jsonl_skips_a_lone_surrogate_record_under_skip(tmp_path: Path) -> None:
    path = tmp_path / "surrogate.jsonl"
    bad = RECORD.replace("Eins.", "Ei\\udcffns.")
    path.write_text(f"{bad}\n{RECORD}\n", encoding="utf-8")
    assert list(read_jsonl(path, errors="skip")) == [ARTICLE]


@pytest.mark.parametrize(
    "argv",
    [
        ("evaluate", "--gold", "gold.jsonl", "--limit", "-1"),
        ("evaluate", "--gold", "gold.jsonl", "--limit", "0"),
        ("speakers", "--top", "-1"),
        ("speakers", "--top", "0"),
    ],
)
def test_a_count_below_one_is_an_argument_error(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(list(argv))
    err = capsys.readouterr().err
    assert (excinfo.value.code, f"must be 1 or more, got {argv[-1]}" in err) == (2, True)


def test_a_count_that_is_no_number_is_an_argument_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["speakers", "--top", "many"])
    assert (
        excinfo.value.code,
        "expected a whole number, got 'many'" in capsys.readouterr().err,
    ) == (
        2,
        True,
    )


def test_ctrl_c_while_the_modules_load_exits_130_quietly() -> None:
    # The interrupt arrives during an import the command line makes on its way to the work:
    # the import of the corpus module, which the package itself used to make before main().
    program = textwrap.dedent(
        """
        import sys

        class Interrupt:
            def find_spec(self, name, path=None, target=None):
                if name == "newscorpus._corpus":
                    raise KeyboardInterrupt
                return None

        sys.meta_path.insert(0, Interrupt())
        sys.argv = ["newscorpus", "stats"]
        from newscorpus._cli import run

        run()
        """
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and program
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        timeout=PATIENCE * 3,
        check=False,
    )
    assert (done.returncode, done.stderr) == (130, "")


# -- 2. Output targets, permissions, leftovers --------------------------------------------------


def test_a_fifo_is_written_in_place(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    try:
        count = write_jsonl([ARTICLE], fifo)
        data = os.read(reader, 1 << 16)
    finally:
        os.close(reader)
    assert (count, stat.S_ISFIFO(fifo.lstat().st_mode), data) == (
        1,
        True,
        (RECORD + "\n").encode(),
    )


def test_a_character_device_is_written_in_place(tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, AttributeError):
        pytest.skip("making a device node needs root and CAP_MKNOD")
    write_csv([ARTICLE], device)
    assert stat.S_ISCHR(device.lstat().st_mode)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc/self/fd")
def test_a_path_naming_a_file_descriptor_is_written_in_place() -> None:
    read_end, write_end = os.pipe()
    try:
        write_jsonl([ARTICLE], f"/proc/self/fd/{write_end}")
        data = os.read(read_end, 1 << 16)
    finally:
        os.close(read_end)
        os.close(write_end)
    assert data == (RECORD + "\n").encode()


def test_cli_writes_to_dev_stdout_in_place(tmp_path: Path) -> None:
    # Run in a child whose stdout is a pipe: /dev/stdout must stay what it is.
    done = subprocess.run(
        [sys.executable, "-m", "newscorpus", "speakers", "--format", "jsonl", "-o", "/dev/stdout"],
        capture_output=True,
        text=True,
        timeout=PATIENCE * 3,
        check=False,
        cwd=tmp_path,
    )
    assert (done.returncode, done.stderr, done.stdout.startswith('{"speaker_id"')) == (
        0,
        "",
        True,
    )


NO_SPACE: Final = os.strerror(errno.ENOSPC)


@pytest.fixture
def full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every write to a file in ``tmp_path`` (at any depth) fails as on a full disk (ENOSPC)."""
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs Linux's /proc/self/fd to tell which file a descriptor writes")
    folder = tmp_path.resolve()
    real_write = os.write

    def write(descriptor: int, data: bytes) -> int:
        if folder in Path(f"/proc/self/fd/{descriptor}").readlink().parents:
            raise OSError(errno.ENOSPC, NO_SPACE)
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", write)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_is_a_write_error_naming_the_target(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    with pytest.raises(WriteError) as excinfo:
        write_jsonl([ARTICLE], path)
    error = excinfo.value
    assert (str(error), error.path, error.errno, isinstance(error, OSError)) == (
        f"{path}: cannot write: {NO_SPACE}",
        str(path),
        errno.ENOSPC,
        True,
    )


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    path.write_bytes(b"old\n")
    with pytest.raises(WriteError):
        write_csv([ARTICLE], path)
    assert (path.read_bytes(), sorted(tmp_path.iterdir())) == (b"old\n", [path])


@pytest.mark.usefixtures("full_disk")
def test_cli_reports_a_full_disk_naming_the_output_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "out.jsonl"
    assert cli(capsys, "export", "-o", str(path)) == (
        1,
        "",
        f"newscorpus: error: {path}: cannot write: {NO_SPACE}\n",
    )


class _FullStdout(io.StringIO):
    """Standard output on a full disk (`newscorpus quotes > file` on a full file system)."""

    def write(self, text: str) -> int:
        del text
        raise OSError(errno.ENOSPC, NO_SPACE)


@pytest.mark.parametrize("argv", [["quotes"], ["--version"], ["--help"], ["quotes", "--help"]])
def test_cli_reports_a_full_disk_on_stdout_naming_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    # Every file newscorpus writes names itself; stdout had no name ("No space left on device").
    monkeypatch.setattr(sys, "stdout", _FullStdout())
    assert main(argv) == 1
    assert capsys.readouterr().err == (
        f"newscorpus: error: standard output: cannot write: {NO_SPACE}\n"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("buffered", [True, False], ids=["buffered", "unbuffered"])
@pytest.mark.parametrize("argv", [["quotes"], ["--version"], ["--help"]])
def test_the_command_on_a_full_stdout_says_so_once_without_a_traceback(
    argv: list[str], *, buffered: bool
) -> None:
    # Buffered output fails only at the last flush, after main() has returned: that ended in
    # a traceback, and --help (whose failed write argparse ignores) exited 0 without a word.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONUNBUFFERED"}
    if not buffered:
        environment["PYTHONUNBUFFERED"] = "1"
    with Path("/dev/full").open("w") as full:
        done = subprocess.run(  # noqa: S603 - our own interpreter and module
            [sys.executable, "-m", "newscorpus", *argv],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env=environment,
            timeout=PATIENCE * 3,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        1,
        f"newscorpus: error: standard output: cannot write: {NO_SPACE}\n",
    )


@pytest.mark.skipif(not Path("/bin/sh").exists(), reason="needs a POSIX shell")
@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["quotes", "--help"]])
def test_help_and_version_with_stdout_closed_exit_0_without_a_traceback(argv: list[str]) -> None:
    # Started with stdout closed (`newscorpus --help >&-`), Python sets sys.stdout to None:
    # flushing it after --help ended in a traceback; the help goes to stderr, as argparse's does.
    done = subprocess.run(  # noqa: S603 - our own interpreter and module
        ["/bin/sh", "-c", 'exec "$0" -m newscorpus "$@" >&-', sys.executable, *argv],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=PATIENCE * 3,
        check=False,
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stderr
    assert ("usage: newscorpus" in done.stderr) == ("--help" in argv)


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_while_writing_a_parquet_folder_names_the_part(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    with pytest.raises(WriteError) as excinfo:
        newscorpus.write_parquet([ARTICLE], tmp_path / "export")
    part = tmp_path / "export" / "articles" / "part-00000.parquet"
    assert str(excinfo.value) == f"{part}: cannot write: {NO_SPACE}"


@pytest.mark.usefixtures("full_disk")
def test_a_full_disk_while_writing_a_review_site_names_the_page(tmp_path: Path) -> None:
    with pytest.raises(WriteError) as excinfo:
        newscorpus.write_review([ARTICLE], tmp_path / "site")
    page = tmp_path / "site" / "articles" / f"{ID_A}.html"
    assert str(excinfo.value) == f"{page}: cannot write: {NO_SPACE}"


def test_a_failed_sync_is_a_write_error_naming_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A file system may report the full disk only when the data reach it.
    def fsync(_descriptor: int) -> None:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(os, "fsync", fsync)
    path = tmp_path / "articles.jsonl"
    with pytest.raises(WriteError) as excinfo:
        write_jsonl([ARTICLE], path)
    assert (str(excinfo.value), sorted(tmp_path.iterdir())) == (
        f"{path}: cannot write: {os.strerror(errno.EIO)}",
        [],
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_device_that_is_full_is_a_write_error_naming_it() -> None:
    with pytest.raises(WriteError) as excinfo:
        write_jsonl([ARTICLE], "/dev/full")
    assert str(excinfo.value) == f"/dev/full: cannot write: {NO_SPACE}"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_for_the_rows_kept_for_the_speaker_merge_names_the_temporary_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # write_csv keeps the quote rows in a temporary file until every article's speakers are
    # merged: a full disk there named no file at all ("No space left on device").
    quoted = newscorpus.annotate_article(
        Article(
            id=ID_A, title="Titel", paragraphs=("„Wir bleiben hier“, sagte Merkel.",), language="de"
        )
    )
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def full_file() -> IO[bytes]:
        return Path("/dev/full").open("w+b")

    monkeypatch.setattr(tempfile, "TemporaryFile", full_file)
    with pytest.raises(WriteError) as excinfo:
        write_csv([quoted], tmp_path / "quotes.csv")
    assert str(excinfo.value) == f"{tmp_path}: cannot write a temporary file: {NO_SPACE}"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc/self/fd")
def test_a_pipe_whose_reader_went_away_stays_a_broken_pipe() -> None:
    # The command line ends quietly when the reader of its output goes away (`| head`).
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        with pytest.raises(BrokenPipeError) as excinfo:
            write_jsonl([ARTICLE], f"/proc/self/fd/{write_end}")
    finally:
        os.close(write_end)
    assert not isinstance(excinfo.value, WriteError)


def test_an_error_of_the_input_while_writing_stays_that_error(tmp_path: Path) -> None:
    # Only the output file's own failures name it: an input that cannot be read while an
    # export streams is reported as what it is.
    def articles() -> Iterator[Article]:
        yield ARTICLE
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "input.txt")

    with pytest.raises(FileNotFoundError) as excinfo:
        write_jsonl(articles(), tmp_path / "articles.jsonl")
    assert (excinfo.value.filename, isinstance(excinfo.value, WriteError)) == ("input.txt", False)


def test_a_symlink_is_followed_and_its_target_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real" / "articles.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    write_jsonl([ARTICLE], link)
    assert (link.is_symlink(), real.read_text(encoding="utf-8")) == (True, RECORD + "\n")


def test_a_directory_target_is_refused_naming_it(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as excinfo:
        write_jsonl([ARTICLE], tmp_path)
    assert (excinfo.value.filename, sorted(tmp_path.iterdir())) == (str(tmp_path), [])


def test_cli_refuses_a_directory_target_naming_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert cli(capsys, "export", "-o", str(tmp_path)) == (
        1,
        "",
        f"newscorpus: error: {tmp_path}: is a directory, not a file\n",
    )


@pytest.fixture
def umask_027() -> Iterator[None]:
    previous = os.umask(0o027)
    try:
        yield
    finally:
        os.umask(previous)


@pytest.mark.usefixtures("umask_027")
def test_a_new_file_gets_the_mode_the_umask_allows(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    write_csv([ARTICLE], path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.usefixtures("umask_027")
def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("old\n", encoding="utf-8")
    path.chmod(0o664)
    write_jsonl([ARTICLE], path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o664


def test_the_temporary_file_is_recognisably_named(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    seen: list[str] = []

    def articles() -> Iterator[Article]:
        seen.extend(item.name for item in tmp_path.iterdir())
        yield ARTICLE

    write_jsonl(articles(), path)
    assert len(seen) == 1
    assert re.fullmatch(r"\.articles\.jsonl\.newscorpus-\d+-[0-9a-f]{12}\.tmp", seen[0])


def test_a_file_name_of_the_longest_length_is_written(tmp_path: Path) -> None:
    # The name is as long as a folder entry may be (255 bytes); the temporary file beside it
    # must fit too.
    path = tmp_path / ("ä" * 124 + "a.jsonl")
    write_jsonl([ARTICLE], path)
    assert [item.name for item in tmp_path.iterdir()] == [path.name]


def test_a_stale_temporary_file_of_a_dead_process_is_cleared(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    # Above the largest process id Linux hands out (2**22), so no process has it.
    dead = tmp_path / ".articles.jsonl.newscorpus-4194999-0123456789ab.tmp"
    alive = tmp_path / f".articles.jsonl.newscorpus-{os.getppid()}-0123456789ab.tmp"
    foreign = tmp_path / ".articles.jsonl.x1y2z3.tmp"
    for leftover in (dead, alive, foreign):
        leftover.write_text("partial", encoding="utf-8")
    write_jsonl([ARTICLE], path)
    assert sorted(item.name for item in tmp_path.iterdir()) == sorted(
        [path.name, alive.name, foreign.name]
    )


def test_sigterm_during_a_cli_write_removes_the_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    # The export opens its output, then waits for stdin, which stays open until we signal.
    child = subprocess.Popen(  # noqa: S603 - our own interpreter and module
        [sys.executable, "-m", "newscorpus", "export", "-", "-o", str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + PATIENCE
        while not list(tmp_path.glob(".out.jsonl.newscorpus-*.tmp")):
            if time.monotonic() > deadline or child.poll() is not None:
                break
            time.sleep(0.05)
        started = bool(list(tmp_path.glob(".out.jsonl.newscorpus-*.tmp")))
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=PATIENCE)
    finally:
        child.kill()
        child.wait()
    assert (started, child.returncode, err, list(tmp_path.iterdir())) == (True, 143, "", [])


def test_a_zip_bomb_member_over_the_default_cap_is_refused_unread(tmp_path: Path) -> None:
    archive = faults.zip_bomb(tmp_path / "bomb.zip", newscorpus.MAX_ARTICLE_BYTES + MIB)
    tracemalloc.start()
    try:
        read = titles(archive)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (read, peak < 8 * MIB) == (["Zweiter Titel"], True)


def test_a_zip_member_over_the_cap_fails_with_an_archive_member_error(tmp_path: Path) -> None:
    archive = faults.write_zip(
        tmp_path / "big.zip", [(NAME_A, faults.seed_text("Wort " * 300_000)), (NAME_B, SEED_B)]
    )
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive, extract=False, max_article_bytes=MIB))
    assert str(excinfo.value) == (
        f"{archive}: archive member {NAME_A!r} is 1,500,008 bytes unpacked, more than "
        "max_article_bytes (1,048,576)"
    )


def test_a_zip_member_packed_too_tightly_is_refused_as_a_bomb(tmp_path: Path) -> None:
    archive = faults.write_zip(
        tmp_path / "ratio.zip", [(NAME_A, faults.repetitive_seed(4 * MIB)), (NAME_B, SEED_B)]
    )
    read, messages = warned(archive)
    assert read == ["Zweiter Titel"]
    assert messages == [
        (
            f"{archive}: archive member {NAME_A!r} unpacks to more than "
            "max_compression_ratio (100) times its compressed size: a decompression bomb? "
            "(skipped)"
        )
    ]


def test_the_compression_ratio_cap_is_configurable(tmp_path: Path) -> None:
    archive = faults.write_zip(tmp_path / "ratio.zip", [(NAME_A, faults.repetitive_seed(4 * MIB))])
    assert titles(archive, max_compression_ratio=100_000) == ["Titel"]


@pytest.mark.parametrize(
    "limit",
    [
        {"max_article_bytes": -1},
        {"max_article_bytes": 1.5},
        {"max_compression_ratio": float("nan")},
        {"max_compression_ratio": 0},
    ],
)
def test_a_limit_that_is_no_positive_number_is_refused(
    tmp_path: Path, limit: dict[str, float]
) -> None:
    # A ratio of NaN compared false with every member, which turned the bomb check off.
    with pytest.raises(ValueError, match="must be"):
        iter_articles(corpus_folder(tmp_path), **limit)  # type: ignore[arg-type]


def test_a_tar_gz_member_over_the_cap_is_refused_and_the_next_read(tmp_path: Path) -> None:
    archive = faults.write_tar(
        tmp_path / "big.tar.gz",
        [(NAME_A, faults.seed_text("Wort " * 300_000)), (NAME_B, SEED_B)],
    )
    assert titles(archive, max_article_bytes=MIB) == ["Zweiter Titel"]


def test_a_tar_gz_bomb_member_is_refused_and_the_next_read(tmp_path: Path) -> None:
    archive = faults.write_tar(
        tmp_path / "bomb.tar.gz", [(NAME_A, faults.repetitive_seed(8 * MIB)), (NAME_B, SEED_B)]
    )
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive, extract=False))
    assert ("max_compression_ratio" in str(excinfo.value), titles(archive)) == (
        True,
        ["Zweiter Titel"],
    )


def test_a_tar_of_many_members_is_read_in_memory_that_does_not_grow_with_them(
    tmp_path: Path,
) -> None:
    # Headers of other files (a few hundred kB packed) before the one seed file.
    members = [(f"images/{number:05d}.jpg", b"") for number in range(_MANY_MEMBERS)]
    archive = faults.write_tar(tmp_path / "many.tar.gz", [*members, (NAME_B, SEED_B)])
    titles(faults.write_tar(tmp_path / "one.tar.gz", [(NAME_A, SEED_A)]))  # imports done
    tracemalloc.start()
    try:
        read = titles(archive)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (read, peak < 4 * MIB) == (["Zweiter Titel"], True)


def test_a_seed_file_over_the_cap_is_a_seed_format_error(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    big = folder / "003_00000000000000ff.txt"
    big.write_bytes(faults.seed_text("Wort " * 300_000))
    read, messages = warned(folder, max_article_bytes=MIB)
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{big}: the file is larger than max_article_bytes (1,048,576 bytes) (skipped)"],
    )


def test_an_unreadable_subfolder_costs_only_its_own_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus_folder(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    (locked / "003_00000000000000ff.txt").write_bytes(SEED_A)
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real_scandir(path)

    # Root reads any folder, so the refusal is simulated where the walk asks the system.
    monkeypatch.setattr(os, "scandir", scandir)
    read, messages = warned(folder, recursive=True)
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{locked}: cannot read: Permission denied (skipped)"],
    )


@pytest.mark.skipif(IS_ROOT, reason="root reads folders whatever their permissions")
def test_a_folder_without_read_permission_costs_only_its_own_files(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        assert titles(folder, recursive=True) == ["Erster Titel", "Zweiter Titel"]
    finally:
        locked.chmod(0o755)


def test_a_symlink_loop_is_a_located_warning(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    loop = folder / "003_loop.txt"
    loop.symlink_to(loop.name)
    read, messages = warned(folder)
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{loop}: cannot read: Too many levels of symbolic links (skipped)"],
    )


def test_a_broken_symlink_is_a_located_warning(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    gone = folder / "000_gone.txt"
    gone.symlink_to("missing.txt")
    read, messages = warned(folder)
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{gone}: cannot read: broken symbolic link (skipped)"],
    )


def test_a_broken_symlink_matched_by_a_glob_is_a_located_warning(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    gone = folder / "000_gone.txt"
    gone.symlink_to("missing.txt")
    read, messages = warned(str(folder / "*.txt"))
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{gone}: cannot read: broken symbolic link (skipped)"],
    )


def test_a_symlink_loop_matched_by_a_glob_is_a_located_warning(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    loop = folder / "003_loop.txt"
    loop.symlink_to(loop.name)
    read, messages = warned(str(folder / "*.txt"))
    assert (read, messages) == (
        ["Erster Titel", "Zweiter Titel"],
        [f"{loop}: cannot read: Too many levels of symbolic links (skipped)"],
    )


def test_a_recursive_glob_does_not_follow_links_to_folders(tmp_path: Path) -> None:
    # Two links back to the folder made ** walk 2**40 paths (about 40 links deep, where Linux
    # stops), never returning; one link read every file 41 times.
    folder = corpus_folder(tmp_path)
    (folder / "a").symlink_to("..", target_is_directory=True)
    (folder / "b").symlink_to("..", target_is_directory=True)
    (folder / "sub").mkdir()
    (folder / "sub" / f"003_{ID_A}.txt").write_bytes(SEED_A)
    assert titles(f"{folder}/**/*.txt", recursive=True) == [
        "Erster Titel",
        "Zweiter Titel",
        "Erster Titel",
    ]


def test_validate_reports_a_broken_symlink_as_an_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = corpus_folder(tmp_path)
    (folder / "000_gone.txt").symlink_to("missing.txt")
    code, out, err = cli(capsys, "validate", str(folder))
    assert (code, out.splitlines()[0], err) == (
        1,
        f"{folder / '000_gone.txt'}: error: cannot read: broken symbolic link",
        "2 articles read, 1 errors, 0 warnings\n",
    )


# -- 3. Nothing odd passes silently ----------------------------------------------------------


def write_sidecar(folder: Path, *rows: str) -> Path:
    sidecar = folder / "metadata.jsonl"
    sidecar.write_text("".join(row + "\n" for row in rows), encoding="utf-8")
    return sidecar


def test_a_sidecar_row_matching_no_article_is_a_warning(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    sidecar = write_sidecar(
        folder,
        f'{{"id": "{ID_A}", "date": "2020-09-14"}}',
        '{"id": "00000000000000aa", "date": "2020-09-15"}',
    )
    with pytest.warns(MetadataWarning) as caught:
        list(iter_articles(folder, errors="warn", extract=False))
    assert [str(item.message) for item in caught] == [
        f"{sidecar}:2: metadata row for id '00000000000000aa' matches no article"
    ]


def test_a_sidecar_row_with_a_case_typo_suggests_the_real_id(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    sidecar = write_sidecar(folder, f'{{"id": "{ID_B.upper()}", "date": "2020-09-14"}}')
    with pytest.warns(MetadataWarning) as caught:
        list(iter_articles(folder, errors="warn", extract=False))
    assert [str(item.message) for item in caught] == [
        (
            f"{sidecar}:1: metadata row for id '{ID_B.upper()}' matches no article "
            f"(did you mean {ID_B!r}?)"
        )
    ]


def test_unmatched_sidecar_rows_are_quiet_under_skip(tmp_path: Path) -> None:
    folder = corpus_folder(tmp_path)
    write_sidecar(folder, '{"id": "00000000000000aa", "date": "2020-09-15"}')
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert titles(folder) == ["Erster Titel", "Zweiter Titel"]


def test_validate_lists_unmatched_sidecar_rows(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = corpus_folder(tmp_path)
    sidecar = write_sidecar(folder, '{"id": "00000000000000aa", "date": "2020-09-15"}')
    code, out, err = cli(capsys, "validate", str(folder))
    assert (code, out, err) == (
        0,
        (
            f"{sidecar}:1: warning: [unmatched-metadata] metadata row for id '00000000000000aa' "
            "matches no article\n"
        ),
        "2 articles read, 0 errors, 1 warnings\n",
    )


@pytest.mark.parametrize(
    "value",
    ["-2020-09-14", "--2020-09-14", "2020-09-14-", "2020-09-14\x00", "2020--09-14", "/14.09.2020"],
)
def test_parse_date_refuses_stray_separators_and_nul(value: str) -> None:
    with pytest.raises(DateParseError):
        parse_date(value)


@pytest.mark.parametrize("value", ["0001-01-01", "1970-01-01", "2999-12-31"])
def test_an_implausible_date_is_flagged_on_the_article(tmp_path: Path, value: str) -> None:
    folder = corpus_folder(tmp_path)
    write_sidecar(folder, f'{{"id": "{ID_A}", "date": "{value}"}}')
    article = next(iter_articles(folder, extract=False))
    assert [warning.code for warning in article.warnings] == ["implausible-date"]


def test_validate_flags_a_placeholder_date_at_the_article_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = corpus_folder(tmp_path)
    write_sidecar(
        folder, f'{{"id": "{ID_A}", "date": "0001-01-01", "source": "data/dev/a.pretty.json:7"}}'
    )
    code, out, _ = cli(capsys, "validate", str(folder))
    assert (code, out) == (
        0,
        (
            f"{folder / NAME_A}: warning: [implausible-date] the published date 0001-01-01 "
            "is before 1800: a placeholder? (source: data/dev/a.pretty.json:7)\n"
        ),
    )


def test_validate_names_the_article_file_and_shows_the_sidecar_source_beside_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = corpus_folder(tmp_path)
    (folder / NAME_A).write_bytes(b"Titel\n\nOhne Punkt\n")
    write_sidecar(folder, f'{{"id": "{ID_A}", "source": "test.csv:76:3"}}')
    _, out, _ = cli(capsys, "validate", str(folder))
    assert out.startswith(f"{folder / NAME_A}:3: warning: [truncated-paragraph] ")
    assert out.endswith(" (source: test.csv:76:3)\n")


def test_validate_flags_a_control_character_on_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / NAME_A
    path.write_bytes(b"Titel\n\nEins.\nZwei \x1b[2J.\n")
    _, out, _ = cli(capsys, "validate", str(path))
    assert out == (
        f"{path}:4: warning: [control-character] control character U+001B in the text: "
        "terminals obey such characters, so it is shown escaped\n"
    )


def test_terminal_tables_escape_control_characters(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / NAME_A
    path.write_bytes(b"Titel \x1b]0;pwned\x07 \x1b[2J\n\nWort eins.\n")
    code, out, _ = cli(capsys, "search", str(path), "Wort")
    assert (code, "\x1b" in out, "\\x1b]0;pwned\\x07 \\x1b[2J" in out) == (0, False, True)


def test_jsonl_output_keeps_control_characters_exactly(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / NAME_A
    path.write_bytes(b"Titel \x1b[2J\n\nWort eins.\n")
    _, out, _ = cli(capsys, "search", str(path), "Wort", "--format", "jsonl")
    assert '"title": "Titel \\u001b[2J"' in out


# -- 4. What the command line offers besides ---------------------------------------------------


def test_version_flag_prints_the_installed_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["--version"])
    assert (excinfo.value.code, capsys.readouterr().out) == (
        0,
        f"newscorpus {importlib.metadata.version('newscorpus')}\n",
    )


def test_the_package_knows_its_version() -> None:
    assert newscorpus.__version__ == importlib.metadata.version("newscorpus")


@dataclasses.dataclass
class _Stdin:
    buffer: io.BytesIO


def test_a_dash_source_reads_one_seed_article_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(SEED_A)))
    code, out, err = cli(capsys, "export", "-", "--no-extract")
    record = newscorpus.loads(out, Article)
    expected = parse_article(SEED_A.decode(), source="<stdin>", extract=False)
    assert (code, err, record) == (0, "", expected)


def test_stdin_gets_its_metadata_by_content_id(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    content_id = parse_article(SEED_A.decode(), extract=False).id
    sidecar = tmp_path / "metadata.jsonl"
    sidecar.write_text(f'{{"id": "{content_id}", "date": "2020-09-14"}}\n', encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(SEED_A)))
    _, out, err = cli(capsys, "export", "-", "--no-extract", "--metadata", str(sidecar))
    record = newscorpus.loads(out, Article)
    assert (err, record.id, str(record.published)) == ("", content_id, "2020-09-14")


def test_validate_names_stdin_as_the_location(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", _Stdin(io.BytesIO(b"Titel\nnicht leer\nEins.\n")))
    code, out, _ = cli(capsys, "validate", "-")
    assert (code, out) == (1, "<stdin>:2: error: line 2 must be blank, got 'nicht leer'\n")


def test_writers_create_missing_parent_folders(tmp_path: Path) -> None:
    jsonl = tmp_path / "new" / "deeper" / "articles.jsonl.gz"
    table = tmp_path / "other" / "quotes.csv"
    counts = (write_jsonl([ARTICLE], jsonl), write_csv([ARTICLE], table))
    with gzip.open(jsonl, "rt", encoding="utf-8") as stream:
        assert (counts, stream.read(), table.is_file()) == ((1, 0), RECORD + "\n", True)


def test_read_and_export_example_runs_with_a_missing_output_folder(tmp_path: Path) -> None:
    done = subprocess.run(  # noqa: S603 - our own interpreter and example
        [
            sys.executable,
            str(REPO / "examples" / "read_and_export.py"),
            str(SEED_DIR),
            str(tmp_path / "missing" / "out"),
        ],
        capture_output=True,
        text=True,
        timeout=PATIENCE * 3,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")


# -- Never crashes: random damage to every container format -----------------------------------


def _archive_bytes(kind: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a"
        if kind == "zip":
            faults.write_zip(path, [(NAME_A, SEED_A), (NAME_B, SEED_B)])
        elif kind == "jsonl.gz":
            faults.jsonl_gz(path, [RECORD, RECORD])
        else:
            mode = {"tar": "w", "tar.gz": "w:gz", "tar.bz2": "w:bz2", "tar.xz": "w:xz"}[kind]
            faults.write_tar(path, [(NAME_A, SEED_A), (NAME_B, SEED_B)], mode)
        return path.read_bytes()


KINDS: Final = ("zip", "tar", "tar.gz", "tar.bz2", "tar.xz", "jsonl.gz")
ORIGINALS: Final = {kind: _archive_bytes(kind) for kind in KINDS}


@st.composite
def damaged(draw: st.DrawFn) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(KINDS))
    data = bytearray(ORIGINALS[kind])
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(("flip", "cut", "insert")))
        if action == "flip":
            data[position] ^= draw(st.integers(1, 255))
        elif action == "cut":
            del data[position:]
            if not data:
                break
        else:
            data[position:position] = draw(st.binary(min_size=1, max_size=8))
    return kind, bytes(data)


@settings(max_examples=150)
@given(damaged())
def test_damaged_containers_raise_only_newscorpus_errors(case: tuple[str, bytes]) -> None:
    kind, data = case
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"damaged.{kind}"
        path.write_bytes(data)
        for errors in ("skip", "warn"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", NewsCorpusWarning)
                try:
                    if kind == "jsonl.gz":
                        list(read_jsonl(path, errors=errors))
                    else:
                        list(iter_articles(path, errors=errors, extract=False))
                except NewsCorpusError:
                    pass  # located errors are the promise; anything else fails the test


def test_damaged_container_originals_are_readable() -> None:
    # The fuzz test above starts from these: each must be a good archive before damage.
    with tempfile.TemporaryDirectory() as folder:
        counts = {}
        for kind, data in ORIGINALS.items():
            path = Path(folder) / f"good.{kind}"
            path.write_bytes(data)
            reader = read_jsonl(path) if kind == "jsonl.gz" else iter_articles(path, extract=False)
            counts[kind] = len(list(reader))
    assert counts == dict.fromkeys(KINDS, 2)


def test_tar_and_zip_helpers_make_what_they_claim(tmp_path: Path) -> None:
    with zipfile.ZipFile(faults.zip_with_unsupported_method(tmp_path / "m.zip")) as archive:
        methods = [info.compress_type for info in archive.infolist()]
    with tarfile.open(faults.write_tar(tmp_path / "t.tar.gz", [(NAME_A, SEED_A)])) as archive:
        names = archive.getnames()
    assert (methods, names) == ([97, zipfile.ZIP_DEFLATED], [NAME_A])
