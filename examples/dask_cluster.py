"""Extract a corpus on a Dask cluster and query the Parquet tables it writes.

Run from the repository root:  python examples/dask_cluster.py [SOURCE] [WORKERS]
SOURCE (a folder of seed files, an archive, a glob or a .jsonl file; any fsspec URL such as
s3://bucket/news/ when its fsspec package is installed) defaults to the repository's seeds/
folder; WORKERS, the number of worker processes of the local cluster, to 2. Needs the dask
extra: pip install 'newscorpus[dask]'.

The same two calls run on a real cluster: connect a distributed.Client to it (dask-kubernetes,
dask-jobqueue, ...) instead of starting a LocalCluster, and write to a shared URL.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from distributed import Client, LocalCluster

from newscorpus import load
from newscorpus.dask import read_articles, write_parquet

HERE = Path(__file__).resolve().parent


def main(source: str, workers: int) -> None:
    # distributed's constructors carry no type hints.
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, dashboard_address=None
    )
    with cluster, Client(cluster), tempfile.TemporaryDirectory() as folder:  # type: ignore[no-untyped-call]
        started = time.perf_counter()
        # Listing happens here; reading, parsing and extraction happen on the workers.
        articles = read_articles(source, files_per_partition=64)
        count = write_parquet(articles, f"{folder}/tables")
        seconds = time.perf_counter() - started
        print(
            f"{count} articles in {articles.npartitions} partitions on {workers} workers: "
            f"{seconds:.1f} s -> {folder}/tables/{{articles,quotes,speakers}}/"
        )
        # The folder is a corpus again: the same articles, quotes and merged speakers.
        corpus = load(f"{folder}/tables")
        for speaker, quotes in corpus.speakers()[:5]:
            print(f"{quotes:5d}  {speaker.name}")


if __name__ == "__main__":
    main(
        sys.argv[1] if len(sys.argv) > 1 else str(HERE.parent / "seeds"),
        int(sys.argv[2]) if len(sys.argv) > 2 else 2,
    )
