"""Arrow tables and Parquet folders: the schemas, the streaming writer and lossless reading."""

from __future__ import annotations

import datetime as dt
import functools
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newscorpus import (
    TABLE_SCHEMAS,
    AliasTable,
    Article,
    Corpus,
    RecordError,
    arrow_schema,
    iter_articles,
    load,
    read_parquet,
    write_parquet,
)
from newscorpus._cli import main
from tests import strategies
from tests.conftest import REPO
from tests.test_corpus import corpus_of_three

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

pa = pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra is not installed")

#: A small sample of each shared corpus keeps the data tests quick.
SAMPLE = 250
#: The quotes table's corpus-level speaker columns (filled from the merge of all articles).
_CORPUS_SPEAKER_COLUMNS = ["speaker_id", "speaker_name", "co_speaker_ids", "co_speaker_names"]


def _unique_ids(articles: list[Article]) -> list[Article]:
    return [attrs.evolve(article, id=f"{number:016x}") for number, article in enumerate(articles)]


def _storable(article: Article) -> bool:
    published = article.published
    if isinstance(published, dt.datetime) and published.utcoffset() is not None:
        try:
            published.astimezone(dt.timezone.utc)
        except OverflowError:
            return False
    return article.index is None or -(2**63) <= article.index < 2**63


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(strategies.articles(), max_size=4))
def test_write_then_read_gives_equal_articles(tmp_path: Path, articles: list[Article]) -> None:
    assume(all(map(_storable, articles)))
    articles = _unique_ids(articles)
    write_parquet(articles, tmp_path / "export", rows_per_group=2)
    assert list(read_parquet(tmp_path / "export")) == articles


def test_load_of_an_export_restores_the_corpus_with_its_aliases(tmp_path: Path) -> None:
    corpus = corpus_of_three().with_aliases({"Wladimir Putin": {"aliases": ["Putin"]}})
    write_parquet(corpus, tmp_path / "export")
    assert load(tmp_path / "export") == corpus


def test_the_export_folder_has_one_subfolder_per_table(tmp_path: Path) -> None:
    write_parquet(corpus_of_three(), tmp_path / "export")
    found = sorted(
        path.relative_to(tmp_path / "export").as_posix()
        for path in (tmp_path / "export").rglob("*")
        if path.is_file()
    )
    assert found == [f"{table}/part-00000.parquet" for table in ("articles", "quotes", "speakers")]


@pytest.mark.parametrize("table", ["articles", "quotes", "speakers"])
def test_files_hold_the_same_table_as_to_arrow(tmp_path: Path, table: str) -> None:
    corpus = corpus_of_three()
    write_parquet(corpus, tmp_path / "export")
    written = pq.read_table(tmp_path / "export" / table / "part-00000.parquet")
    assert written.equals(getattr(corpus.to_arrow(), table))


@pytest.mark.parametrize("table", ["articles", "quotes", "speakers"])
def test_tables_have_the_documented_schema(table: str) -> None:
    schema = getattr(corpus_of_three().to_arrow(), table).schema
    assert [(field.name, field.nullable) for field in schema] == [
        (column.name, column.nullable) for column in TABLE_SCHEMAS[table]
    ]
    assert schema.equals(arrow_schema(table))


def test_offsets_are_integers_and_kind_a_dictionary() -> None:
    schema = arrow_schema("quotes")
    assert (
        str(schema.field("start").type),
        str(schema.field("speaker_mention_end").type),
        pa.types.is_dictionary(schema.field("kind").type),
    ) == ("int32", "int32", True)


def test_quotes_name_article_and_corpus_speakers() -> None:
    corpus = corpus_of_three()
    rows = corpus.to_arrow().quotes.to_pylist()
    pairs = [(row["article_speaker_name"], row["speaker_name"]) for row in rows]
    assert pairs == [
        ("Wladimir Putin", "Wladimir Putin"),
        ("Wladimir Putin", "Wladimir Putin"),
        ("Alexander Lukaschenko", "Alexander Lukaschenko"),
        ("Putin", "Wladimir Putin"),
    ]


def test_corpus_speaker_columns_agree_with_quotes() -> None:
    corpus = corpus_of_three()
    rows = corpus.to_arrow().quotes.to_pylist()
    hits = corpus.quotes()
    assert [(row["speaker_id"], row["text"]) for row in rows] == [
        (None if hit.speaker is None else hit.speaker.id, hit.quote.text) for hit in hits
    ]


def test_speakers_table_agrees_with_speakers() -> None:
    corpus = corpus_of_three()
    rows = corpus.to_arrow().speakers.to_pylist()
    assert [(row["id"], row["quote_count"], row["article_count"]) for row in rows] == [
        (speaker.id, count, len(corpus.group_by("speaker")[speaker.name]))
        for speaker, count in corpus.speakers()
    ]


def test_published_keeps_date_time_and_offset() -> None:
    rows = corpus_of_three().to_arrow().articles.to_pylist()
    second = rows[1]
    assert (
        second["published"],
        second["published_at"],
        second["published_utc_offset"],
    ) == (
        dt.date(2020, 10, 2),
        dt.datetime(2020, 10, 3, 4, 30, tzinfo=dt.timezone.utc),
        -5 * 3600,
    )


def test_writing_a_stream_writes_what_a_corpus_writes(tmp_path: Path) -> None:
    corpus = corpus_of_three()

    def stream() -> Iterator[Article]:
        yield from corpus

    write_parquet(corpus, tmp_path / "from-corpus")
    write_parquet(stream(), tmp_path / "from-stream")
    tables = [
        [pq.read_table(tmp_path / name / table) for table in ("articles", "quotes", "speakers")]
        for name in ("from-corpus", "from-stream")
    ]
    assert all(first.equals(second) for first, second in zip(*tables, strict=True))


def test_articles_are_written_in_row_groups(tmp_path: Path) -> None:
    articles = _unique_ids(list(corpus_of_three()) * 3)
    write_parquet(articles, tmp_path / "export", rows_per_group=4)
    file = pq.ParquetFile(tmp_path / "export" / "articles" / "part-00000.parquet")
    assert [file.metadata.row_group(n).num_rows for n in range(file.num_row_groups)] == [4, 4, 1]


def test_writing_again_replaces_the_earlier_export(tmp_path: Path) -> None:
    corpus = corpus_of_three()
    write_parquet(corpus, tmp_path / "export")
    write_parquet(corpus[:1], tmp_path / "export")
    assert list(read_parquet(tmp_path / "export")) == [corpus[0]]


def test_an_empty_corpus_round_trips(tmp_path: Path) -> None:
    assert (write_parquet([], tmp_path / "export"), load(tmp_path / "export")) == (0, Corpus())


def test_a_foreign_parquet_file_is_a_record_error(tmp_path: Path) -> None:
    (tmp_path / "export" / "articles").mkdir(parents=True)
    (tmp_path / "export" / "quotes").mkdir()
    foreign = pa.table({"id": ["x"]})
    pq.write_table(foreign, tmp_path / "export" / "articles" / "part-00000.parquet")
    pq.write_table(foreign, tmp_path / "export" / "quotes" / "part-00000.parquet")
    with pytest.raises(RecordError, match="not a newscorpus articles table"):
        list(read_parquet(tmp_path / "export"))


def test_a_damaged_file_is_a_record_error(tmp_path: Path) -> None:
    write_parquet(corpus_of_three(), tmp_path / "export")
    (tmp_path / "export" / "quotes" / "part-00000.parquet").write_bytes(b"PAR1 broken")
    with pytest.raises(RecordError, match="cannot read the Parquet file"):
        list(read_parquet(tmp_path / "export"))


def test_a_folder_without_articles_is_not_an_export(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not a Parquet export"):
        read_parquet(tmp_path)


def test_an_index_beyond_64_bits_is_refused_by_name(tmp_path: Path) -> None:
    article = attrs.evolve(corpus_of_three()[0], index=2**70)
    with pytest.raises(RecordError, match=r"field 'index': article '[0-9a-f]+': cannot be stored"):
        write_parquet([article], tmp_path / "export")


def test_a_failed_write_leaves_no_pending_quotes(tmp_path: Path) -> None:
    articles = [*corpus_of_three(), attrs.evolve(corpus_of_three()[0], index=2**70)]
    with pytest.raises(RecordError):
        write_parquet(articles, tmp_path / "export")
    assert list((tmp_path / "export" / "quotes").glob("*.pending")) == []


def test_load_refuses_seed_options_for_parquet(tmp_path: Path) -> None:
    write_parquet(corpus_of_three(), tmp_path / "export")
    with pytest.raises(ValueError, match="not to Parquet input"):
        load(tmp_path / "export", extract=False)


def test_aliases_given_to_load_win_over_the_stored_ones(tmp_path: Path) -> None:
    corpus = corpus_of_three().with_aliases({"Wladimir Putin": ["Putin"]})
    write_parquet(corpus, tmp_path / "export")
    assert load(tmp_path / "export", aliases=AliasTable()).aliases == AliasTable()


def test_cli_exports_a_parquet_folder(seed_file: Path, tmp_path: Path) -> None:
    code = main(["export", str(seed_file), "--format", "parquet", "-o", str(tmp_path / "out")])
    assert (code, list(read_parquet(tmp_path / "out"))) == (0, list(iter_articles(seed_file)))


def test_cli_parquet_needs_an_output_folder(
    seed_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(seed_file), "--format", "parquet"])
    assert (code, capsys.readouterr().err) == (
        1,
        "newscorpus: error: --format parquet writes a folder: give it with -o DIR\n",
    )


# --- the shared corpora ------------------------------------------------------------------------


@functools.cache
def _sample(folder: str) -> Corpus:
    articles = iter_articles(folder)
    return Corpus(article for _, article in zip(range(SAMPLE), articles, strict=False))


@pytest.mark.shared
@pytest.mark.parametrize("name", ["dewikinews_quotes", "10kgnad_test", "bbc"])
def test_shared_corpora_round_trip(shared: Path, tmp_path: Path, name: str) -> None:
    corpus = _sample(str(shared / "corpora" / name))
    write_parquet(corpus, tmp_path / "export", rows_per_group=64)
    loaded = load(tmp_path / "export")
    assert (list(loaded), loaded.speakers()) == (list(corpus), corpus.speakers())


@settings(max_examples=40)
@given(st.lists(strategies.articles(), max_size=4))
def test_tables_equal_what_pyarrow_builds_from_the_rows(articles: list[Article]) -> None:
    from newscorpus._io.tables import arrow_schema, article_row, quote_rows_of  # noqa: PLC0415

    assume(all(map(_storable, articles)))
    corpus = Corpus(_unique_ids(articles))
    tables = corpus.to_arrow()
    rows = [article_row(article) for article in corpus]
    quote_rows = [row for article in corpus for row in quote_rows_of(article)]
    expected = (
        pa.Table.from_pylist(rows, schema=arrow_schema("articles")),
        pa.Table.from_pylist(quote_rows, schema=arrow_schema("quotes")).drop_columns(
            _CORPUS_SPEAKER_COLUMNS
        ),
    )
    found = (tables.articles, tables.quotes.drop_columns(_CORPUS_SPEAKER_COLUMNS))
    assert (found[0].equals(expected[0]), found[1].equals(expected[1])) == (True, True)


def test_writing_parquet_does_not_import_pandas(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from newscorpus import write_parquet\n"
        "from tests.test_corpus import corpus_of_three\n"
        f"write_parquet(corpus_of_three(), {str(tmp_path / 'export')!r})\n"
        "print('pandas' in sys.modules)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, cwd=REPO
    )
    assert (done.returncode, done.stdout.strip(), done.stderr[-2000:]) == (0, "False", "")


def _co_speaker_corpus() -> Corpus:
    """Two articles: a quote said by Anna Berg and Ben Schmidt together, and Ben alone."""
    from tests.test_coordinated_speakers import ALONE, TOGETHER, article  # noqa: PLC0415

    return Corpus([article("together", TOGETHER), article("alone", ALONE)])


def _co_speaker_cells(table: Any) -> list[tuple[str | None, list[str], list[str]]]:
    return list(
        zip(
            table.column("speaker_name").to_pylist(),
            table.column("co_speaker_ids").to_pylist(),
            table.column("co_speaker_names").to_pylist(),
            strict=True,
        )
    )


def test_quotes_said_together_have_corpus_co_speaker_columns() -> None:
    corpus = _co_speaker_corpus()
    ben = corpus.speaker("Ben Schmidt")
    assert ben is not None
    assert _co_speaker_cells(corpus.to_arrow().quotes) == [
        ("Anna Berg", [ben.id], ["Ben Schmidt"]),
        ("Ben Schmidt", [], []),
    ]


def test_co_speaker_columns_agree_with_quote_rows_and_hits() -> None:
    corpus = _co_speaker_corpus()
    cells = _co_speaker_cells(corpus.to_arrow().quotes)
    rows = list(corpus.quote_rows())
    hits = corpus.quotes()
    assert [(ids, names) for _, ids, names in cells] == [
        (
            [other.id for other in hit.co_speakers],
            str(row["co_speaker_names"]).split("; ") if row["co_speaker_names"] else [],
        )
        for row, hit in zip(rows, hits, strict=True)
    ]


def test_written_co_speaker_columns_equal_to_arrow(tmp_path: Path) -> None:
    corpus = _co_speaker_corpus()
    write_parquet(iter(list(corpus)), tmp_path / "export")
    written = pq.read_table(tmp_path / "export" / "quotes")
    assert _co_speaker_cells(written) == _co_speaker_cells(corpus.to_arrow().quotes)
