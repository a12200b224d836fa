"""Every code sample in the README and in docs/ runs, and every command it shows exists.

The ```python blocks of one page run in order in one shared namespace, as a reader would type
them, in a fresh working directory holding a copy of the repository's ``seeds/`` folder (and,
beside it, ``../shared`` when that folder exists). Two kinds of block are checked beyond running:

- a doctest block (one that starts with ``>>>``) must print what it shows;
- a block that ends with comment lines after its last statement shows the output it prints
  there (``# direct Wladimir Putin ...``): the printed text must be exactly those lines.

A page whose samples read ``../shared`` skips with a reason when the folder is absent. A block
that cannot run says so, visibly, with ``<!-- not-run: REASON -->`` on the line before it.
"""

from __future__ import annotations

import argparse
import contextlib
import doctest
import io
import re
import shutil
from typing import TYPE_CHECKING

import attrs
import pytest

from newscorpus._cli import build_parser
from tests.conftest import REPO, SHARED

if TYPE_CHECKING:
    from pathlib import Path

PAGES = sorted([REPO / "README.md", *(REPO / "docs").glob("*.md")])

_FENCE = re.compile(r"^```(?P<language>[\w-]*)\n(?P<body>.*?)^```$", re.DOTALL | re.MULTILINE)
_NOT_RUN = re.compile(r"<!--\s*not-run:\s*(?P<reason>.*?)\s*-->\s*\Z", re.DOTALL)
_SHARED = "../shared"
_OPTION = re.compile(r"(?<![\w-])(--?[A-Za-z][\w-]*)")
_INLINE_COMMAND = re.compile(r"`(newscorpus [^`]+)`")
# An option with literal values: "--format table|jsonl|csv" (placeholders are upper case).
_OPTION_VALUES = re.compile(r"(--[\w-]+) ([a-z][a-z_]*(?:\|[a-z][a-z_]*)*)(?![\w./-])")


@attrs.frozen(kw_only=True)
class Sample:
    """One fenced code block of a page."""

    page: str
    line: int
    language: str
    code: str
    not_run: str | None

    @property
    def name(self) -> str:
        return f"{self.page}:{self.line}"


def _samples(page: Path) -> list[Sample]:
    text = page.read_text(encoding="utf-8")
    samples = []
    for match in _FENCE.finditer(text):
        before = text[: match.start()]
        marker = _NOT_RUN.search(before)
        samples.append(
            Sample(
                page=page.name,
                line=before.count("\n") + 2,  # the first line of code, 1-based
                language=match["language"],
                code=match["body"],
                not_run=None if marker is None else marker["reason"],
            )
        )
    return samples


def _python_samples(page: Path) -> list[Sample]:
    return [sample for sample in _samples(page) if sample.language == "python"]


def _expected_output(code: str) -> str | None:
    """The comment lines after a block's last statement, as the text they say it prints."""
    lines = code.rstrip("\n").split("\n")
    shown: list[str] = []
    while lines and lines[-1].startswith("#"):
        shown.insert(0, lines.pop().removeprefix("#").removeprefix(" "))
    return "\n".join(shown) + "\n" if shown and any(lines) else None


def _run_doctest(sample: Sample, namespace: dict[str, object]) -> None:
    test = doctest.DocTestParser().get_doctest(
        sample.code, namespace, sample.name, sample.page, sample.line - 1
    )
    report = io.StringIO()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test, out=report.write, clear_globs=False)
    assert result.failed == 0, report.getvalue()
    namespace.update(test.globs)  # the DocTest ran on a copy of the namespace


def _run_script(sample: Sample, namespace: dict[str, object]) -> None:
    # Blank lines keep the traceback's line numbers those of the page.
    source = "\n" * (sample.line - 1) + sample.code
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(source, sample.page, "exec"), namespace)  # noqa: S102 - our own docs
    expected = _expected_output(sample.code)
    if expected is not None:
        assert printed.getvalue() == expected, f"{sample.name} prints other than it shows"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh directory holding a copy of seeds/, with ../shared beside it when it exists."""
    work = tmp_path / "work"
    shutil.copytree(REPO / "seeds", work / "seeds")
    if SHARED.is_dir():
        (tmp_path / "shared").symlink_to(SHARED.resolve(), target_is_directory=True)
    monkeypatch.chdir(work)
    return work


@pytest.mark.parametrize(
    "page", [page for page in PAGES if _python_samples(page)], ids=lambda page: page.name
)
def test_python_samples_run(page: Path, workdir: Path, request: pytest.FixtureRequest) -> None:
    del workdir
    samples = [sample for sample in _python_samples(page) if sample.not_run is None]
    if any(_SHARED in sample.code for sample in samples):
        request.getfixturevalue("shared")  # skips (or fails under CI) without ../shared
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for sample in samples:
        if sample.code.lstrip().startswith(">>>"):
            _run_doctest(sample, namespace)
        else:
            _run_script(sample, namespace)


def test_blocks_not_run_say_why() -> None:
    not_run = [
        (sample.name, sample.not_run)
        for page in PAGES
        for sample in _python_samples(page)
        if sample.not_run is not None
    ]
    assert [name for name, reason in not_run if not reason] == []


def test_fence_pattern_finds_every_python_block() -> None:
    # The fence pattern must see the blocks: a page with ```python that yields no sample means
    # the pattern broke, and "every sample ran" would be vacuously true.
    for page in PAGES:
        fences = page.read_text(encoding="utf-8").count("```python\n")
        assert len(_python_samples(page)) == fences, page.name


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    (action,) = (
        action
        for action in build_parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    return dict(action.choices)


def _commands_shown() -> list[tuple[str, str]]:
    """Every ``newscorpus ...`` command in a console block or an inline code span."""
    commands = []
    for page in PAGES:
        for sample in _samples(page):
            if sample.language == "console":
                commands += [
                    (sample.name, line.split("&&")[-1].strip())
                    for line in sample.code.splitlines()
                    if "newscorpus " in line and "pip install" not in line.split("&&")[-1]
                ]
        text = page.read_text(encoding="utf-8")
        commands += [(page.name, command) for command in _INLINE_COMMAND.findall(text)]
    return commands


@pytest.mark.parametrize(("where", "command"), _commands_shown(), ids=str)
def test_commands_shown_exist(where: str, command: str) -> None:
    words = command.split()
    assert words[0] == "newscorpus", where
    if words[1:2] in (["--help"], ["--version"], ["…"], ["..."]):
        return
    subcommands = _subcommands()
    assert words[1] in subcommands, f"{where}: no sub-command {words[1]!r}"
    known = set(subcommands[words[1]]._option_string_actions)
    unknown = sorted(set(_OPTION.findall(" ".join(words[2:]))) - known)
    assert unknown == [], f"{where}: {command!r} uses options that do not exist"
    for option, values in _OPTION_VALUES.findall(command):
        choices = subcommands[words[1]]._option_string_actions[option].choices
        if choices is not None:
            wrong = [value for value in values.split("|") if value not in choices]
            assert wrong == [], f"{where}: {option} does not take {wrong}"
