"""Scaling: Parquet write/read throughput, the Arrow-backed Corpus at 1x/10x/50x, Dask workers.

Usage: ``python benchmarks/bench_scale.py [SECTION ...] [--shared PATH] [--scales 1,10,50]
[--compiled-python PATH]``. The ``processes`` section (1 vs 2 processes, the compiled build)
lives in ``scale_processes.py``.
With no SECTION every section runs; ``--list`` names them. Each section is a function in
:data:`SECTIONS` that returns rows for one printed table, so sections from other work (process
scaling) merge by adding entries.

The corpora are the three shared ones, extracted once into a JSON Lines file in a temporary
folder; ``N``x is that corpus N times over with fresh ids, streamed from the file (read again for
each copy), never held in memory. Every measurement of time or memory runs in a fresh child
process (this script with ``--child``), so RSS is that of one job alone: ``rss`` is the resident
set after the job, ``peak`` the maximum. The floors are measured in the same run: the peak RSS of
a process that only imports newscorpus and pyarrow (what any Parquet job pays), and the time to
stream the N copies without writing them (what the writer's input costs). Times are the median
of ``--repeat`` runs where a run is cheap enough to repeat. Everything written is deleted at
the end.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newscorpus import Article, Corpus, iter_articles, load, read_jsonl, read_parquet, write_jsonl
from newscorpus import write_parquet as write_parquet_folder

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")

Row = dict[str, Any]


@attrs.frozen(kw_only=True)
class Options:
    work: Path
    base: Path  # the extracted shared corpora as JSON Lines
    shared: Path
    scales: tuple[int, ...]
    repeat: int
    compiled_python: str | None = None  # the python of a venv with the compiled build


# --- helpers ---------------------------------------------------------------------------------


def rss_mb() -> float:
    """The resident set of this process now, in MiB (Linux: /proc/self/statm)."""
    pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    """The peak resident set of this process, in MiB (Linux reports KiB)."""
    import resource  # noqa: PLC0415 - Unix only

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def scaled(base: Path, times: int) -> Iterator[Article]:
    """The base corpus ``times`` over with fresh ids, streamed: the file is read for each copy."""
    for copy in range(times):
        for article in read_jsonl(base):
            yield attrs.evolve(article, id=f"{copy:03d}-{article.id}")


def child(job: str, *args: str) -> Row:
    """Run ``job`` in a fresh process of this script; return the row it prints."""
    command = [sys.executable, __file__, "--child", job, *args]
    result = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    row: Row = json.loads(result.stdout.strip().splitlines()[-1])
    return row


def timed(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


# --- child jobs: each prints one JSON row ----------------------------------------------------


def job_write(base: str, times: str, folder: str) -> Row:
    articles = scaled(Path(base), int(times))
    first = next(articles)
    held = rss_mb()
    start = time.perf_counter()
    count = write_parquet_folder(itertools.chain([first], articles), folder)
    seconds = time.perf_counter() - start
    size = sum(path.stat().st_size for path in Path(folder).rglob("*.parquet"))
    return {
        "articles": count,
        "seconds": round(seconds, 2),
        "articles/s": round(count / seconds),
        "MB on disk": round(size / 1e6, 1),
        "peak MB": round(peak_mb()),
        "rss before write MB": round(held),
        "pandas imported": "pandas" in sys.modules,
    }


def job_stream(base: str, times: str) -> Row:
    """The writer's input alone: stream the copies without writing them (the time floor)."""
    start = time.perf_counter()
    count = sum(1 for _ in scaled(Path(base), int(times)))
    return {"articles": count, "seconds": round(time.perf_counter() - start, 2)}


def job_merge(base: str, times: str) -> Row:
    """The writer's speaker merge alone: keep what it keeps per article, then merge."""
    from newscorpus._identity.speakers import SpeakerIndex, SpeakerTally  # noqa: PLC0415 - the writer's own parts
    from newscorpus._io.tables import add_to_tally  # noqa: PLC0415

    # As the writer keeps it: nothing per quote (the writer stores each quote's member number
    # with the pending quote rows and counts the speakers' articles as it writes them).
    kept = SpeakerTally(quotes=False)
    for article in scaled(Path(base), int(times)):
        add_to_tally(kept, article)
    streamed = peak_mb()
    start = time.perf_counter()
    index = SpeakerIndex(kept)
    return {
        "articles": len(kept),
        "quotes": kept.quote_ends[-1],
        "distinct article speakers": len(kept.speakers),
        "speakers": len(index.speakers),
        "merge s": round(time.perf_counter() - start, 2),
        "peak before merge MB": round(streamed),
        "peak MB": round(peak_mb()),
    }


def job_import_floor() -> Row:
    """What any Parquet job pays before it does anything: newscorpus and pyarrow imported."""
    import pyarrow.parquet  # type: ignore[import-untyped,import-not-found,unused-ignore]  # noqa: F401, PLC0415

    return {"peak MB": round(peak_mb())}


def job_read(folder: str) -> Row:
    start = time.perf_counter()
    count = sum(1 for _ in read_parquet(folder))
    seconds = time.perf_counter() - start
    return {
        "articles": count,
        "seconds": round(seconds, 2),
        "articles/s": round(count / seconds),
        "peak MB": round(peak_mb()),
    }


def _queries(corpus: Corpus) -> Row:
    """Time the queries of the memory target; the first speaker query builds the index."""
    row: Row = {}
    row["speakers() s"] = round(timed(corpus.speakers), 2)
    top = corpus.speakers()[0][0].name
    row["quotes(speaker) s"] = round(timed(lambda: corpus.quotes(speaker=top)), 4)
    row["rss after speakers+quotes MB"] = round(rss_mb())
    hits = corpus.quotes(speaker=top)
    row["hits"] = len(hits)
    # What a caller who reads every hit's quote pays (an Arrow-backed corpus builds it then).
    row["read every hit.quote s"] = round(timed(lambda: [hit.quote.text for hit in hits]), 4)
    row["quotes(kind=direct) s"] = round(timed(lambda: corpus.quotes(kind="direct")), 3)
    row["quotes(language=de) s"] = round(timed(lambda: corpus.quotes(language="de")), 3)
    row["quotes(speaker, kind) s"] = round(
        timed(lambda: corpus.quotes(speaker=top, kind="indirect")), 4
    )
    row["speaker() s"] = round(timed(lambda: corpus.speaker(top)), 4)
    first = corpus.stats().first_date
    row["stats() s"] = round(timed(corpus.stats), 2)
    row["between() s"] = round(timed(lambda: corpus.between(first, "2005-12")), 3)
    row["group_by(month) s"] = round(timed(lambda: corpus.group_by("month")), 2)
    row["count_by(outlet) s"] = round(timed(lambda: corpus.count_by("outlet")), 2)
    row["rss end MB"] = round(rss_mb())
    row["peak MB"] = round(peak_mb())
    return row


def job_arrow(folder: str) -> Row:
    start = time.perf_counter()
    corpus = load(folder)
    opened = time.perf_counter() - start
    row: Row = {"articles": len(corpus), "open s": round(opened, 2), "rss open MB": round(rss_mb())}
    row.update(_queries(corpus))
    return row


def job_memory(base: str, times: str) -> Row:
    start = time.perf_counter()
    corpus = Corpus(scaled(Path(base), int(times)))
    opened = time.perf_counter() - start
    row: Row = {"articles": len(corpus), "open s": round(opened, 2), "rss open MB": round(rss_mb())}
    row.update(_queries(corpus))
    return row


def job_dask(workers: str, folder: str, target: str) -> Row:
    from distributed import Client, LocalCluster  # noqa: PLC0415 - the dask extra

    from newscorpus.dask import read_articles  # noqa: PLC0415 - the dask extra
    from newscorpus.dask import write_parquet as write_on_cluster  # noqa: PLC0415

    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=int(workers), threads_per_worker=1, dashboard_address=None
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        # Warm the workers (imports, lexicons) so that the time is the extraction's.
        client.run(lambda: __import__("newscorpus").extract_quotes("„Ja“, sagte er."))
        start = time.perf_counter()
        count = sum(
            write_on_cluster(read_articles(path, files_per_partition=64), f"{target}/{path.name}")
            for path in sorted(Path(folder).iterdir())
            if path.is_dir()
        )
        seconds = time.perf_counter() - start
        memory = client.run(lambda: __import__("resource").getrusage(0).ru_maxrss / 1024)
    return {
        "workers": int(workers),
        "articles": count,
        "seconds": round(seconds, 1),
        "articles/s": round(count / seconds, 1),
        "articles per worker-hour": round(count / seconds * 3600 / int(workers)),
        "peak MB per worker": round(max(memory.values())),
    }


def job_floor(folder: str) -> Row:
    """Reading alone (no extraction), one process: the floor the other times compare to."""
    start = time.perf_counter()
    folders = [path for path in sorted(Path(folder).iterdir()) if path.is_dir()]
    count = sum(1 for path in folders for _ in iter_articles(path, extract=False))
    return {"articles": count, "seconds": round(time.perf_counter() - start, 2)}


JOBS: dict[str, Callable[..., Row]] = {
    "write": job_write,
    "read": job_read,
    "arrow": job_arrow,
    "memory": job_memory,
    "dask": job_dask,
    "floor": job_floor,
    "stream": job_stream,
    "import-floor": job_import_floor,
    "merge": job_merge,
}


# --- sections: each returns the rows of one table --------------------------------------------


def section_parquet(options: Options) -> list[Row]:
    """Streaming write_parquet and read_parquet at each scale (peak RSS of the writer)."""
    floor = _median([child("import-floor") for _ in range(options.repeat)])["peak MB"]
    rows = []
    for times in options.scales:
        folder = options.work / f"parquet-{times}x"
        stream = child("stream", str(options.base), str(times))
        merge = child("merge", str(options.base), str(times))
        written = child("write", str(options.base), str(times), str(folder))
        read = child("read", str(folder))
        rows.append(
            {
                "scale": f"{times}x",
                "articles": written["articles"],
                "input floor s": stream["seconds"],
                "write s": written["seconds"],
                "write / floor": round(written["seconds"] / stream["seconds"], 2),
                "write articles/s": written["articles/s"],
                "import floor MB": floor,
                "write peak MB": written["peak MB"],
                "write peak - floor MB": written["peak MB"] - floor,
                "pandas imported": written["pandas imported"],
                # The corpus-level speaker merge that the writer ends with, measured alone.
                "merge alone peak MB": merge["peak MB"],
                "kept per article, before merge MB": merge["peak before merge MB"],
                "merge s": merge["merge s"],
                "quotes": merge["quotes"],
                "distinct article speakers": merge["distinct article speakers"],
                "speakers": merge["speakers"],
                "read s": read["seconds"],
                "read articles/s": read["articles/s"],
                "read peak MB": read["peak MB"],
                "MB on disk": written["MB on disk"],
            }
        )
    return rows


def section_arrow_corpus(options: Options) -> list[Row]:
    """load() of the Parquet folder (Arrow-backed) beside the in-memory Corpus of the same articles.

    The in-memory Corpus is measured up to 10x only: at 50x it needs over 3 GB.
    """
    rows = []
    for times in options.scales:
        folder = options.work / f"parquet-{times}x"
        if not folder.is_dir():
            child("write", str(options.base), str(times), str(folder))
        runs = [child("arrow", str(folder)) for _ in range(options.repeat)]
        rows.append({"scale": f"{times}x", "corpus": "arrow", **_median(runs)})
        if times <= 10:
            runs = [child("memory", str(options.base), str(times)) for _ in range(options.repeat)]
            rows.append({"scale": f"{times}x", "corpus": "memory", **_median(runs)})
    return rows


def section_dask(options: Options) -> list[Row]:
    """Dask LocalCluster with 1 and 2 worker processes, extracting the shared corpora."""
    corpora = options.work / "corpora"
    if not corpora.is_dir():
        corpora.mkdir()
        for name in CORPORA:
            (corpora / name).symlink_to(options.shared / "corpora" / name)
            manifest = f"{name}.manifest.jsonl"
            (corpora / manifest).symlink_to(options.shared / "corpora" / manifest)
    rows = [{"workers": 0, **child("floor", str(corpora))}]
    for workers in (1, 2):
        target = options.work / f"dask-{workers}"
        rows.append(child("dask", str(workers), str(corpora), str(target)))
    return rows


def _median(runs: list[Row]) -> Row:
    return {
        key: statistics.median(run[key] for run in runs)
        if isinstance(value, float | int)
        else value
        for key, value in runs[0].items()
    }


def section_processes(options: Options) -> list[Row]:
    """1 vs 2 processes (jobs=) and the compiled build, beside the reading floor and CPU ceiling."""
    from scale_processes import process_rows  # noqa: PLC0415 - the section's own module

    return process_rows(options.shared, options.repeat, options.compiled_python)


#: The named measurements; ``python benchmarks/bench_scale.py NAME`` runs one.
SECTIONS: dict[str, Callable[[Options], list[Row]]] = {
    "processes": section_processes,
    "parquet": section_parquet,
    "arrow-corpus": section_arrow_corpus,
    "dask": section_dask,
}


def print_table(title: str, rows: list[Row]) -> None:
    print(f"\n## {title}\n")
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    for row in rows:
        print("| " + " | ".join(str(row.get(column, "")) for column in columns) + " |")
    sys.stdout.flush()


def prepare_base(shared: Path, work: Path) -> Path:
    """Extract the shared corpora once into a JSON Lines file."""
    base = work / "base.jsonl"
    articles = itertools.chain.from_iterable(
        iter_articles(shared / "corpora" / name) for name in CORPORA
    )
    write_jsonl(articles, base)
    return base


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    if arguments[:1] == ["--child"]:
        print(json.dumps(JOBS[arguments[1]](*arguments[2:])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", choices=[*SECTIONS, []], default=[])
    parser.add_argument("--list", action="store_true", help="name the sections and exit")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--scales", default="1,10,50", help="corpus sizes, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the cheap measurements")
    parser.add_argument(
        "--compiled-python", help="python of a venv with the compiled build (processes section)"
    )
    parser.add_argument(
        "--work",
        type=Path,
        help="keep the generated corpora in this folder (reused when present) instead of a "
        "temporary one that is deleted",
    )
    parsed = parser.parse_args(arguments)
    if parsed.list:
        for name, function in SECTIONS.items():
            print(f"{name:<14} {(function.__doc__ or '').splitlines()[0]}")
        return 0
    with tempfile.TemporaryDirectory(prefix="newscorpus-scale-") as folder:
        work = Path(folder) if parsed.work is None else parsed.work
        work.mkdir(parents=True, exist_ok=True)
        start = time.perf_counter()
        base = work / "base.jsonl"
        if not base.is_file():
            base = prepare_base(parsed.shared, work)
        print(f"extracted the shared corpora in {time.perf_counter() - start:.1f} s", flush=True)
        options = Options(
            work=work,
            base=base,
            shared=parsed.shared,
            scales=tuple(int(scale) for scale in parsed.scales.split(",")),
            repeat=parsed.repeat,
            compiled_python=parsed.compiled_python,
        )
        for name in parsed.sections or list(SECTIONS):
            print_table(
                f"{name}: {(SECTIONS[name].__doc__ or '').splitlines()[0]}", SECTIONS[name](options)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
