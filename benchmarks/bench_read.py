"""Time iter_articles over the shared corpora: files, MB, seconds, MB/s, articles/s, peak memory.

Usage: ``python benchmarks/bench_read.py [PATH ...] [--extract] [--repeat N] [--tracemalloc]``.
Each PATH is a corpus folder or a folder of corpus folders (default: ../shared/corpora beside the
repository). Without ``--extract`` only reading is timed (``extract=False``).
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

from newscorpus._io.reader import iter_articles

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PATH = REPO.parent / "shared" / "corpora"


def corpus_folders(path: Path) -> list[Path]:
    """``path`` itself if it holds seed files, else its subfolders that do."""
    if any(path.glob("*.txt")):
        return [path]
    return sorted(child for child in path.iterdir() if child.is_dir() and any(child.glob("*.txt")))


def read_all(folder: Path, *, extract: bool) -> tuple[int, float]:
    """Read every article of ``folder``; return the count and the seconds it took."""
    start = time.perf_counter()
    count = sum(1 for _ in iter_articles(folder, extract=extract))
    return count, time.perf_counter() - start


def peak_rss_mb() -> float | None:
    try:
        import resource  # noqa: PLC0415 - Unix only
    except ImportError:  # pragma: no cover - Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_PATH])
    parser.add_argument("--extract", action="store_true", help="also run the extractor")
    parser.add_argument("--repeat", type=int, default=3, help="runs per corpus; the best counts")
    parser.add_argument(
        "--tracemalloc",
        action="store_true",
        help="measure the peak of Python allocations while reading (slower)",
    )
    options = parser.parse_args(argv)
    folders = [folder for path in options.paths for folder in corpus_folders(path)]
    if not folders:
        parser.error(f"no corpus folders with *.txt files in {options.paths}")
    header = f"{'corpus':<20} {'files':>6} {'MB':>7} {'seconds':>8} {'MB/s':>7} {'articles/s':>11}"
    print(header)
    total_files = total_bytes = 0
    total_seconds = 0.0
    if options.tracemalloc:
        tracemalloc.start()
    for folder in folders:
        size = sum(file.stat().st_size for file in folder.glob("*.txt"))
        runs = [read_all(folder, extract=options.extract) for _ in range(max(1, options.repeat))]
        count = runs[0][0]
        seconds = min(run[1] for run in runs)
        total_files += count
        total_bytes += size
        total_seconds += seconds
        megabytes = size / 1e6
        print(
            f"{folder.name:<20} {count:>6} {megabytes:>7.2f} {seconds:>8.3f} "
            f"{megabytes / seconds:>7.2f} {count / seconds:>11.0f}"
        )
    megabytes = total_bytes / 1e6
    print(
        f"{'total':<20} {total_files:>6} {megabytes:>7.2f} {total_seconds:>8.3f} "
        f"{megabytes / total_seconds:>7.2f} {total_files / total_seconds:>11.0f}"
    )
    if options.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python allocations while reading: {peak / 2**20:.1f} MiB")
    rss = peak_rss_mb()
    if rss is not None:
        print(f"peak resident memory of the process: {rss:.1f} MiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
