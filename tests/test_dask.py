"""newscorpus.dask: the same articles and tables from fsspec URLs, threads and a real cluster."""

from __future__ import annotations

import io
import shutil
import sys
import tarfile
import uuid
import zipfile
from typing import TYPE_CHECKING, Any

import attrs
import pytest

import newscorpus
from newscorpus import (
    Article,
    QueryError,
    iter_articles,
    load,
    read_article,
    write_article,
    write_jsonl,
)

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    import dask.bag

pytest.importorskip("dask", reason="the dask extra is not installed")
fsspec = pytest.importorskip("fsspec", reason="the dask extra is not installed")
pytest.importorskip("pyarrow", reason="the dask extra is not installed")

from newscorpus.dask import list_files, read_articles, write_parquet  # noqa: E402

#: Files of each shared corpus copied for the cluster test: enough for several partitions.
SAMPLE_FILES = 24


def _compute(bag: dask.bag.Bag, scheduler: str) -> list[Article]:
    found: list[Article] = bag.compute(scheduler=scheduler)  # type: ignore[no-untyped-call]
    return found


def _variants(seed: Article) -> list[Article]:
    """The seed article and variants of it with their own ids, titles and dates."""
    return [
        attrs.evolve(
            seed, id=f"{number:016x}", index=number, title=f"{seed.title} ({number})", quotes=()
        )
        for number in range(7)
    ]


@pytest.fixture
def seed_folder(seed_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    for article in _variants(read_article(seed_file, extract=False)):
        write_article(article, folder)
    return folder


@pytest.fixture
def memory_root() -> Iterator[str]:
    """A fresh folder of fsspec's in-memory file system, removed afterwards."""
    root = f"memory://newscorpus-{uuid.uuid4().hex}"
    yield root
    fs = fsspec.filesystem("memory")
    if fs.exists(root):
        fs.rm(root, recursive=True)


def _upload(folder: Path, root: str) -> None:
    fs = fsspec.filesystem("memory")
    for path in sorted(folder.iterdir()):
        fs.pipe_file(f"{root}/{path.name}", path.read_bytes())


def test_a_memory_folder_gives_the_articles_of_the_local_folder(
    seed_folder: Path, memory_root: str
) -> None:
    _upload(seed_folder, f"{memory_root}/in")
    bag = read_articles(f"{memory_root}/in", files_per_partition=3)
    expected = [attrs.evolve(article, source=None) for article in iter_articles(seed_folder)]
    found = [attrs.evolve(article, source=None) for article in _compute(bag, "sync")]
    assert (bag.npartitions, found) == (3, expected)


def test_sources_are_the_urls_read(seed_folder: Path, memory_root: str) -> None:
    _upload(seed_folder, f"{memory_root}/in")
    first = _compute(read_articles(f"{memory_root}/in"), "sync")[0]
    assert first.source == f"{memory_root}/in/000_{first.id}.txt"


def test_a_local_folder_gives_exactly_what_iter_articles_gives(seed_folder: Path) -> None:
    bag = read_articles(str(seed_folder), files_per_partition=2)
    assert _compute(bag, "threads") == list(iter_articles(str(seed_folder)))


def test_written_tables_load_as_the_single_process_corpus(
    seed_folder: Path, memory_root: str, tmp_path: Path
) -> None:
    _upload(seed_folder, f"{memory_root}/in")
    count = write_parquet(
        read_articles(f"{memory_root}/in", files_per_partition=2),
        f"{memory_root}/out",
        scheduler="threads",
    )
    fs = fsspec.filesystem("memory")
    fs.get(f"{memory_root}/out", str(tmp_path / "out"), recursive=True)
    expected = load(seed_folder)
    loaded = load(tmp_path / "out")
    assert (count, [attrs.evolve(a, source=None) for a in loaded], loaded.speakers()) == (
        len(expected),
        [attrs.evolve(a, source=None) for a in expected],
        expected.speakers(),
    )


def test_one_part_per_partition(seed_folder: Path, tmp_path: Path) -> None:
    write_parquet(
        read_articles(str(seed_folder), files_per_partition=3),
        str(tmp_path / "out"),
        scheduler="sync",
    )
    parts = sorted(path.name for path in (tmp_path / "out" / "quotes").iterdir())
    assert parts == [f"part-{number:05d}.parquet" for number in range(3)]


def test_archives_in_memory_read_as_local_archives(
    seed_folder: Path, memory_root: str, tmp_path: Path
) -> None:
    zipped = tmp_path / "seeds.zip"
    with zipfile.ZipFile(zipped, "w") as archive:
        for path in sorted(seed_folder.iterdir()):
            archive.write(path, f"seeds/{path.name}")
    tarred = io.BytesIO()
    with tarfile.open(fileobj=tarred, mode="w:gz") as archive:
        for path in sorted(seed_folder.iterdir()):
            archive.add(path, f"seeds/{path.name}")
    (tmp_path / "seeds.tar.gz").write_bytes(tarred.getvalue())
    fs = fsspec.filesystem("memory")
    for name in ("seeds.zip", "seeds.tar.gz"):
        fs.pipe_file(f"{memory_root}/{name}", (tmp_path / name).read_bytes())
    bag = read_articles([f"{memory_root}/seeds.zip", f"{memory_root}/seeds.tar.gz"])
    local = [*iter_articles(zipped), *iter_articles(tmp_path / "seeds.tar.gz")]
    strip = [attrs.evolve(article, source=None) for article in local]
    found = _compute(bag, "sync")
    assert (bag.npartitions, [attrs.evolve(a, source=None) for a in found]) == (2, strip)


def test_jsonl_in_memory_reads_as_read_jsonl(seed_folder: Path, memory_root: str) -> None:
    articles = list(iter_articles(seed_folder))
    stream = io.StringIO()
    write_jsonl(articles, stream)
    fsspec.filesystem("memory").pipe_file(f"{memory_root}/a.jsonl", stream.getvalue().encode())
    assert _compute(read_articles(f"{memory_root}/a.jsonl"), "sync") == articles


def test_a_sidecar_in_a_memory_folder_dates_the_articles(
    seed_folder: Path, memory_root: str
) -> None:
    (seed_folder / "metadata.jsonl").write_text(
        '{"id": "0000000000000003", "published": "2021-05-04", "outlet": "Testpost"}\n',
        encoding="utf-8",
    )
    _upload(seed_folder, f"{memory_root}/in")
    articles = _compute(read_articles(f"{memory_root}/in", files_per_partition=2), "sync")
    dated = [(a.id, a.published.isoformat(), a.outlet) for a in articles if a.published]
    assert dated == [("0000000000000003", "2021-05-04", "Testpost")]


def test_a_glob_lists_its_matches_by_name(seed_folder: Path, memory_root: str) -> None:
    _upload(seed_folder, f"{memory_root}/in")
    files = list_files(f"{memory_root}/in/00[0-2]_*.txt")
    assert [file.location.rsplit("/", 1)[-1][:3] for file in files] == ["000", "001", "002"]


def test_a_missing_url_is_file_not_found(memory_root: str) -> None:
    with pytest.raises(FileNotFoundError, match="no such file"):
        read_articles(f"{memory_root}/nothing")


def test_partitions_need_at_least_one_file(seed_folder: Path) -> None:
    with pytest.raises(QueryError, match="files_per_partition must be an integer >= 1"):
        read_articles(str(seed_folder), files_per_partition=0)


def test_without_dask_the_error_names_the_extra(
    seed_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(ImportError, match=r"pip install 'newscorpus\[dask\]'"):
        read_articles(str(seed_folder))


# --- a real cluster: two worker processes ----------------------------------------------------


def _copy_sample(shared: Path, target: Path) -> list[Path]:
    folders = []
    for name in ("dewikinews_quotes", "10kgnad_test", "bbc"):
        source = shared / "corpora" / name
        folder = target / name
        folder.mkdir(parents=True)
        for path in sorted(source.glob("*.txt"))[:SAMPLE_FILES]:
            shutil.copy(path, folder / path.name)
        shutil.copy(
            shared / "corpora" / f"{name}.manifest.jsonl", target / f"{name}.manifest.jsonl"
        )
        folders.append(folder)
    return folders


@pytest.mark.shared
# On a busy machine distributed's teardown can time out and leave a worker's socket for the
# garbage collector, which pytest reports as an unraisable ResourceWarning after the test has
# passed; what the cluster wrote is checked by the assertions, not by that warning.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_local_cluster_writes_the_single_process_tables(shared: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")
    folders = _copy_sample(shared, tmp_path / "in")
    cluster_kwargs: dict[str, Any] = {
        "n_workers": 2,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
    }
    with (
        distributed.LocalCluster(**cluster_kwargs) as cluster,
        distributed.Client(cluster),
    ):
        counts = [
            write_parquet(
                read_articles(str(folder), files_per_partition=8), str(tmp_path / folder.name)
            )
            for folder in folders
        ]
    assert counts == [SAMPLE_FILES] * 3
    for folder in folders:
        single = load(folder)
        clustered = load(tmp_path / folder.name)
        assert (list(clustered), clustered.speakers()) == (list(single), single.speakers())


@pytest.mark.parametrize("size", ["2", 2.5, True])
def test_partitions_need_a_whole_number_of_files(seed_folder: Path, size: object) -> None:
    with pytest.raises(QueryError, match="files_per_partition must be an integer >= 1"):
        read_articles(str(seed_folder), files_per_partition=size)  # type: ignore[arg-type]


def test_a_parquet_export_folder_is_refused_not_read_as_no_seed_files(
    seed_folder: Path, tmp_path: Path
) -> None:
    tables = tmp_path / "tables"
    newscorpus.write_parquet(iter_articles(seed_folder), tables)
    with pytest.raises(QueryError, match=r"a Parquet export folder, not seed files"):
        read_articles(str(tables))
