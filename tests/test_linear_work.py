"""Extraction does work linear in the text's length on adversarial input.

The benchmark (benchmarks/bench_extract.py) times each shape of adversarial text at 100 KB and
1 MB and wants the ratio of the two at most ``MAX_RATIO``; CI does not run it, and times on a
shared machine are noisy. This test counts instead of timing: the Python lines executed
(``sys.settrace``) for the same shapes at 20 KB and at 200 KB, which are the same on every
machine and every run. Work linear in the length gives a ratio near 10 (7 to 10.3 today); a
check that passed over every quote of the text for each quote of it (quadratic) gave 13.4 at
these sizes and about 20 in the benchmark.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from newscorpus import extract_quotes

if TYPE_CHECKING:
    from collections.abc import Callable
    from types import FrameType

    from _typeshed import TraceFunction

_BENCHMARK = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_extract.py"
_SPEC = importlib.util.spec_from_file_location("bench_extract", _BENCHMARK)
assert _SPEC is not None
assert _SPEC.loader is not None
_BENCH = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_BENCH)
ADVERSARIAL: dict[str, Callable[[int, int], str]] = _BENCH.ADVERSARIAL
MAX_RATIO: float = _BENCH.MAX_RATIO

SMALL = 20_000
LARGE = 10 * SMALL
# A text of its own seed runs first, so that what the first call of a process builds once
# (lexicons, patterns) is not counted against the small text.
WARM_UP = 5_000


def _lines_run(text: str, language: str) -> int:
    """How many lines of Python code run while ``extract_quotes`` reads ``text``."""
    count = 0

    def in_frame(frame: FrameType, event: str, arg: object) -> TraceFunction:
        del frame, event, arg
        nonlocal count
        count += 1
        return in_frame

    def on_call(frame: FrameType, event: str, arg: object) -> TraceFunction:
        del frame, event, arg
        return in_frame

    previous = sys.gettrace()  # a coverage tool's tracer goes back in place afterwards
    sys.settrace(on_call)
    try:
        extract_quotes(text, language=language)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("shape", sorted(ADVERSARIAL))
def test_adversarial_text_takes_work_linear_in_its_length(shape: str, language: str) -> None:
    make = ADVERSARIAL[shape]
    extract_quotes(make(WARM_UP, 1), language=language)
    small = _lines_run(make(SMALL, 0), language)
    large = _lines_run(make(LARGE, 0), language)
    assert large <= MAX_RATIO * small, f"{shape} ({language}): {large / small:.1f}x the work"
