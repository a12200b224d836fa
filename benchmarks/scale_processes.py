"""Process scaling: 1 and 2 processes beside the reading floor and the CPU ceiling, peak memory.

The ``processes`` section of ``bench_scale.py``; also runs alone:
``python benchmarks/scale_processes.py [--shared ../shared] [--repeat 5] [--only NAME ...]
[--compiled-python PATH]``.

Every measurement is a named workload run in a fresh Python process (so that peak RSS is its
own and no run warms the next one's caches); the rounds interleave the workloads, so a burst of
load from other jobs on a shared machine hits all of them alike. Reported per workload: the
median wall time over ``--repeat`` rounds, MB/s and articles/s of seed text, the ratio of the
time to the reading floor measured in the same rounds, the speed-up over its one-process
counterpart, CPU seconds (the process and its workers), and peak RSS of the parent and of the
largest worker. The load average before and after is printed, since other jobs share the cores.

``--compiled-python`` names the interpreter of a second environment with the compiled build
installed (see docs/performance.md): its extraction runs are added as their own rows.

Sections are lists of :class:`Workload`; to add one (Parquet, Dask, ...) append a section to
:data:`SECTIONS` with workloads whose ``run`` reads the corpus folders and returns the number of
articles it handled.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import pickle
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from newscorpus import iter_articles, write_jsonl
from newscorpus._io.compact import encode

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")
REPO = Path(__file__).resolve().parents[1]
MEGABYTE = 1e6


def default_shared() -> Path:
    configured = os.environ.get("NEWSCORPUS_SHARED")
    return Path(configured) if configured else REPO.parent / "shared"


@dataclass(frozen=True)
class Workload:
    """One named measurement: ``run(folders)`` does the work and returns the articles handled.

    ``baseline`` names the workload whose time this one's speed-up is measured against;
    ``python`` is "compiled" for a workload that runs under ``--compiled-python``.
    """

    name: str
    run: Callable[[Sequence[Path]], int]
    baseline: str | None = None
    python: str = "default"
    reads_text: bool = True
    #: How many times its baseline's work this workload does (the 2-process CPU ceiling: 2).
    work: int = 1


def read_floor(folders: Sequence[Path]) -> int:
    """Reading and splitting the files, no extraction: the floor every other row is set against."""
    return sum(1 for folder in folders for _ in iter_articles(folder, extract=False))


def extract_with(jobs: int) -> Callable[[Sequence[Path]], int]:
    def run(folders: Sequence[Path]) -> int:
        return sum(1 for folder in folders for _ in iter_articles(folder, jobs=jobs))

    return run


def export_with(jobs: int) -> Callable[[Sequence[Path]], int]:
    """What ``newscorpus export -j N > file`` does: extract and write JSON Lines."""

    def run(folders: Sequence[Path]) -> int:
        with open(os.devnull, "w", encoding="utf-8") as sink:  # noqa: PTH123 - a sink, not a path
            return sum(write_jsonl(iter_articles(folder, jobs=jobs), sink) for folder in folders)

    return run


#: Pure Python arithmetic per process of the CPU ceiling: about a second of work.
SPIN_ITERATIONS = 20_000_000


def _spin(iterations: int) -> int:
    total = 0
    for number in range(iterations):
        total += number
    return total


def spin_with(processes: int) -> Callable[[Sequence[Path]], int]:
    """The same fixed CPU work in each of ``processes`` processes: what the machine gives now.

    On a machine that other jobs share, 2 processes get less than 2 cores; the speed-up of this
    workload is the ceiling for every other 2-process speed-up measured in the same rounds.
    """

    def run(folders: Sequence[Path]) -> int:
        del folders
        if processes == 1:
            _spin(SPIN_ITERATIONS)
            return 0
        context = multiprocessing.get_context("fork")
        with context.Pool(processes) as pool:
            pool.map(_spin, [SPIN_ITERATIONS] * processes)
        return 0

    return run


#: The measurements, by section. The Parquet and Dask sections append theirs here.
SECTIONS: dict[str, list[Workload]] = {
    "machine": [
        Workload("cpu ceiling, 1 process", spin_with(1), reads_text=False),
        Workload(
            "cpu ceiling, 2 processes",
            spin_with(2),
            baseline="cpu ceiling, 1 process",
            reads_text=False,
            work=2,
        ),
    ],
    "processes": [
        Workload("read (floor)", read_floor),
        Workload("extract, 1 process", extract_with(1)),
        Workload("extract, 2 processes", extract_with(2), baseline="extract, 1 process"),
        Workload("export jsonl, 1 process", export_with(1)),
        Workload("export jsonl, 2 processes", export_with(2), baseline="export jsonl, 1 process"),
    ],
    "compiled": [
        Workload(
            "extract, 1 process, compiled",
            extract_with(1),
            baseline="extract, 1 process",
            python="compiled",
        ),
        Workload(
            "extract, 2 processes, compiled",
            extract_with(2),
            baseline="extract, 1 process",
            python="compiled",
        ),
    ],
}


def all_workloads() -> dict[str, Workload]:
    return {workload.name: workload for section in SECTIONS.values() for workload in section}


# --- one measurement, in its own process -------------------------------------------------------


def measure(name: str, folders: Sequence[Path]) -> dict[str, float]:
    """Run one workload here and return what was measured."""
    started, cpu = time.perf_counter(), os.times()
    articles = all_workloads()[name].run(folders)
    wall, after = time.perf_counter() - started, os.times()
    used = (after.user + after.system + after.children_user + after.children_system) - (
        cpu.user + cpu.system + cpu.children_user + cpu.children_system
    )
    return {
        "seconds": wall,
        "cpu": used,
        "articles": articles,
        "parent_rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "worker_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def measure_in_child(python: str, name: str, folders: Sequence[Path]) -> dict[str, float]:
    command = [python, __file__, "--child", name, *(str(folder) for folder in folders)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    result: dict[str, float] = json.loads(done.stdout)
    return result


# --- the transfer sizes ------------------------------------------------------------------------


def transfer_sizes(folders: Sequence[Path]) -> tuple[int, int, int]:
    """Bytes of seed text, of pickled Articles, and of their compact form (what workers send)."""
    text = whole = compact = 0
    for folder in folders:
        for article in iter_articles(folder):
            text += len(article.text.encode("utf-8"))
            whole += len(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
            compact += len(pickle.dumps(encode(article), protocol=pickle.HIGHEST_PROTOCOL))
    return text, whole, compact


# --- the report --------------------------------------------------------------------------------


def process_rows(
    shared: Path, repeat: int, compiled_python: str | None = None
) -> list[dict[str, object]]:
    """Every workload (the compiled ones with ``compiled_python``) as table rows, medians."""
    folders = [shared / "corpora" / name for name in CORPORA]
    workloads = all_workloads()
    chosen = [
        workload
        for workload in workloads.values()
        if workload.python == "default" or compiled_python
    ]
    pythons = {"default": sys.executable, "compiled": compiled_python or sys.executable}
    size = sum(file.stat().st_size for folder in folders for file in folder.glob("*.txt"))
    before = load_average()
    runs: dict[str, list[dict[str, float]]] = {workload.name: [] for workload in chosen}
    for _ in range(repeat):
        for workload in chosen:
            python = pythons[workload.python]
            runs[workload.name].append(measure_in_child(python, workload.name, folders))
    after = load_average()

    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    floor = median("read (floor)", "seconds")
    rows: list[dict[str, object]] = []
    for name in runs:
        seconds = median(name, "seconds")
        baseline = workloads[name].baseline
        reads = workloads[name].reads_text
        rows.append(
            {
                "workload": name,
                "median s": round(seconds, 2),
                "MB/s": round(size / MEGABYTE / seconds, 2) if reads else "",
                "x floor": round(seconds / floor, 1) if reads else "",
                "speed-up": round(workloads[name].work * median(baseline, "seconds") / seconds, 2)
                if baseline
                else "",
                "CPU s": round(median(name, "cpu"), 1),
                "RSS MB": round(median(name, "parent_rss")),
                "worker RSS MB": round(median(name, "worker_rss")) or "",
                "load before/after": f"{before} / {after}",
            }
        )
    return rows


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:  # pragma: no cover - not available
        return "?"


def report(
    runs: dict[str, list[dict[str, float]]], workloads: dict[str, Workload], size: int
) -> None:
    def median(name: str, key: str) -> float:
        return statistics.median(run[key] for run in runs[name])

    floor = median("read (floor)", "seconds") if "read (floor)" in runs else None
    print(
        f"{'workload':32s} {'median s':>8s} {'MB/s':>6s} {'art/s':>6s} {'x floor':>7s} "
        f"{'speed-up':>8s} {'CPU s':>6s} {'RSS MB':>6s} {'worker':>6s}"
    )
    for name, measured in runs.items():
        seconds = median(name, "seconds")
        articles = measured[0]["articles"]
        baseline = workloads[name].baseline
        speedup = (
            f"{workloads[name].work * median(baseline, 'seconds') / seconds:7.2f}x"
            if baseline is not None and baseline in runs
            else ""
        )
        ratio = f"{seconds / floor:7.1f}" if floor else ""
        worker = median(name, "worker_rss")
        worker_column = f"{worker:6.0f}" if worker else ""
        rates = (
            f"{size / MEGABYTE / seconds:6.2f} {articles / seconds:6.0f} {ratio:>7s}"
            if workloads[name].reads_text
            else f"{'':6s} {'':6s} {'':7s}"
        )
        print(
            f"{name:32s} {seconds:8.2f} {rates} {speedup:>8s} {median(name, 'cpu'):6.1f} "
            f"{median(name, 'parent_rss'):6.0f} {worker_column:>6s}"
        )


def main(arguments: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=default_shared())
    parser.add_argument("--repeat", type=int, default=5, help="rounds; medians are reported")
    parser.add_argument("--only", nargs="*", help="run only these workloads (by name)")
    parser.add_argument(
        "--compiled-python", help="python of an environment with the compiled build"
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("folders", nargs="*", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args(arguments)
    if options.child:
        print(json.dumps(measure(options.child, options.folders)))
        return
    folders = [options.shared / "corpora" / name for name in CORPORA]
    if not all(folder.is_dir() for folder in folders):
        print(f"(no corpora at {options.shared / 'corpora'}: pass --shared)")
        return
    workloads = all_workloads()
    chosen = [
        workload
        for workload in workloads.values()
        if (options.only is None or workload.name in options.only)
        and (workload.python == "default" or options.compiled_python)
    ]
    pythons = {"default": sys.executable, "compiled": options.compiled_python}
    size = sum(file.stat().st_size for folder in folders for file in folder.glob("*.txt"))
    print(f"{os.cpu_count()} cores, {size / MEGABYTE:.1f} MB of seed text")
    print(f"load average before: {load_average()}")
    runs: dict[str, list[dict[str, float]]] = {workload.name: [] for workload in chosen}
    for _ in range(options.repeat):
        for workload in chosen:
            python = pythons[workload.python]
            runs[workload.name].append(measure_in_child(python, workload.name, folders))
    print(f"load average after:  {load_average()}\n")
    report(runs, workloads, size)
    if options.only is None:
        text, whole, compact = transfer_sizes(folders)
        print(
            f"\nsent from workers per MB of text: pickled Articles {whole / text:.2f} MB, "
            f"compact form {compact / text:.2f} MB "
            f"({whole / MEGABYTE:.1f} MB and {compact / MEGABYTE:.1f} MB in all)"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
