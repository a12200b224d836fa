"""Check the compiled build against the pure one (run by .ci/run with the compiled venv's python).

1. Every module in ``mypyc-modules`` (pyproject.toml) is imported from a compiled extension.
2. ``newscorpus export --format jsonl`` of each shared corpus is byte-identical under the pure
   build (``--pure-python``) and the compiled one; both timings are printed. Skipped with a
   message when ../shared is absent.

Usage: ``COMPILED_PYTHON .ci/check_compiled.py --pure-python PURE_PYTHON [--shared PATH]``.
"""

from __future__ import annotations

import argparse
import filecmp
import importlib
import importlib.machinery
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import tomllib

REPO = Path(__file__).resolve().parents[1]
CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")


def compiled_modules() -> list[str]:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    hooks = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]
    modules: list[str] = hooks["custom"]["mypyc-modules"]
    return modules


def check_compiled(modules: list[str]) -> None:
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for name in modules:
        module = importlib.import_module(name)
        where = module.__file__ or ""
        if not where.endswith(suffixes):
            sys.exit(f"{name} is not compiled: it was imported from {where}")
        print(f"compiled: {name}")


def export(python: str, corpus: Path, target: Path) -> float:
    """Export ``corpus`` with ``python``; return the CPU seconds it took (steadier than wall time
    on a shared machine)."""
    before = os.times()
    subprocess.run(  # noqa: S603 - our own interpreters and arguments
        [python, "-m", "newscorpus", "export", str(corpus), "--format", "jsonl", "-o", str(target)],
        check=True,
        cwd=tempfile.gettempdir(),  # never import the checkout's sources by accident
    )
    after = os.times()
    return (after.children_user + after.children_system) - (
        before.children_user + before.children_system
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pure-python", required=True)
    parser.add_argument(
        "--shared",
        type=Path,
        default=Path(os.environ.get("NEWSCORPUS_SHARED", REPO.parent / "shared")),
    )
    options = parser.parse_args()
    check_compiled(compiled_modules())
    corpora = options.shared / "corpora"
    if not corpora.is_dir():
        print(f"no shared corpora at {corpora}: output comparison skipped")
        return
    with tempfile.TemporaryDirectory() as work:
        for name in CORPORA:
            pure, compiled = Path(work, f"{name}.pure.jsonl"), Path(work, f"{name}.mypyc.jsonl")
            pure_time = export(options.pure_python, corpora / name, pure)
            compiled_time = export(sys.executable, corpora / name, compiled)
            if not filecmp.cmp(pure, compiled, shallow=False):
                sys.exit(f"{name}: the compiled build's JSONL differs from the pure build's")
            print(
                f"{name}: identical JSONL ({pure.stat().st_size:,} bytes); "
                f"CPU pure {pure_time:.1f} s, compiled {compiled_time:.1f} s"
            )


if __name__ == "__main__":
    main()
