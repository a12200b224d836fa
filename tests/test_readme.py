"""The README's promises: the two set-up commands are the ones CI runs, and the quickstart runs."""

from __future__ import annotations

import contextlib
import io
import re

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
CI_SCRIPT = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def _blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", README, flags=re.DOTALL)


def _setup_commands() -> list[str]:
    section = README.split("## Set-up", 1)[1].split("\n## ", 1)[0]
    return [block.strip() for block in re.findall(r"```console\n(.*?)```", section, re.DOTALL)]


def test_setup_has_exactly_two_commands() -> None:
    assert _setup_commands() == [
        "python -m pip install . && newscorpus quotes",
        "python -m pip install -e '.[dev]' && python -m pytest",
    ]


@pytest.mark.parametrize("command", _setup_commands())
def test_ci_runs_each_setup_command(command: str) -> None:
    ci_commands = {line.replace(" --quiet", "").split(" | ")[0] for line in CI_SCRIPT.splitlines()}
    assert command in ci_commands


def test_quickstart_runs_on_the_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    (quickstart,) = _blocks("python")
    monkeypatch.chdir(REPO)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        exec(compile(quickstart, "README.md", "exec"), {})  # noqa: S102 - running our own README
    assert output.getvalue().startswith("Putin, Lukaschenko führen Gespräche in Sotschi 11\n")
