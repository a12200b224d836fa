"""Command-line interface (filled in by the CLI work)."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    del argv
    raise SystemExit("newscorpus CLI is not built yet")
