"""load() of a Parquet folder: a Corpus backed by Arrow tables that answers as the in-memory one."""

from __future__ import annotations

import functools
import pickle
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newscorpus import (
    Corpus,
    DuplicateArticleError,
    NewsCorpusError,
    QueryError,
    QuoteHit,
    QuoteKind,
    Speaker,
    SpeakerKind,
    load,
    write_parquet,
)
from tests import strategies
from tests.test_corpus import corpus_of_three
from tests.test_parquet import (
    _co_speaker_cells,
    _co_speaker_corpus,
    _sample,
    _storable,
    _unique_ids,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from newscorpus import Article
    from newscorpus._corpus.corpus import GroupKey

pytest.importorskip("pyarrow", reason="the arrow extra is not installed")
pq = pytest.importorskip("pyarrow.parquet", reason="the arrow extra is not installed")


def _hits(hits: list[QuoteHit]) -> list[tuple[str, int, str | None]]:
    return [
        (
            hit.article.id,
            hit.article.quotes.index(hit.quote),
            None if hit.speaker is None else hit.speaker.id,
        )
        for hit in hits
    ]


def _ids(corpus: Corpus) -> list[str]:
    return [article.id for article in corpus]


def _groups(groups: dict[str, Corpus]) -> dict[str, list[str]]:
    return {key: _ids(group) for key, group in groups.items()}


def _check_same_answers(memory: Corpus, arrow: Corpus) -> None:
    """Every column-backed query of ``arrow`` gives what ``memory`` gives."""
    assert arrow.speakers() == memory.speakers()
    assert arrow.stats() == memory.stats()
    for speaker, _ in memory.speakers()[:5]:
        assert arrow.speaker(speaker.name) == memory.speaker(speaker.name)
        assert _hits(arrow.quotes(speaker=speaker.name)) == _hits(
            memory.quotes(speaker=speaker.name)
        )
    _check_same_quotes(memory, arrow)
    keys: tuple[GroupKey, ...] = ("speaker", "month", "outlet", "language")
    for key in keys:
        assert _groups(arrow.group_by(key)) == _groups(memory.group_by(key))
        assert arrow.count_by(key) == memory.count_by(key)
    days = memory.stats()
    if days.first_date is not None and days.last_date is not None:
        assert _ids(arrow.between(days.first_date, days.first_date)) == _ids(
            memory.between(days.first_date, days.first_date)
        )
        assert _ids(arrow.between(None, None)) == _ids(memory.between(None, None))
    half = len(memory) // 2
    assert arrow[half:].speakers() == memory[half:].speakers()
    assert arrow[:half].stats() == memory[:half].stats()
    # A view whose articles are not the files' rows in order: every other article, reversed.
    _check_same_quotes(memory[::-2], arrow[::-2])


def _check_same_quotes(memory: Corpus, arrow: Corpus) -> None:
    """Every filter of ``quotes()`` (alone and combined) finds what the in-memory one finds."""
    stats = memory.stats()
    top = [speaker.name for speaker, _ in memory.speakers()[:3]]
    language = stats.languages[0][0] if stats.languages else "de"
    # Words of a quote that is there, so that the text filter finds something.
    words = (memory.quotes()[-1].quote.text.split()[:2] if stats.quotes else []) or ["sagte"]
    filters: list[dict[str, Any]] = [
        {},
        {"kind": "direct"},
        {"kind": QuoteKind.INDIRECT},
        {"language": language},
        {"language": "xx"},
        {"contains": words[0]},
        {"contains": f'"{" ".join(words)}"'},
        {"contains": "sagte"},
        {"since": stats.first_date, "until": stats.last_date},
        {"since": stats.last_date},
        *({"speaker": name} for name in top),
        *({"speaker": name, "kind": "direct", "language": language} for name in top),
    ]
    for query in filters:
        found = arrow.quotes(**query)
        expected = memory.quotes(**query)
        assert (query, _hits(found)) == (query, _hits(expected))
        assert (query, found) == (query, expected)


@pytest.fixture
def three(tmp_path: Path) -> tuple[Corpus, Corpus]:
    memory = corpus_of_three()
    write_parquet(memory, tmp_path / "export")
    return memory, load(tmp_path / "export")


def test_queries_answer_as_the_in_memory_corpus(three: tuple[Corpus, Corpus]) -> None:
    _check_same_answers(*three)


def test_articles_are_reached_by_position_id_and_slice(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    last = memory[-1]
    assert (arrow[-1], arrow[last.id], arrow.get(last.id), last.id in arrow, list(arrow[1:])) == (
        last,
        last,
        last,
        True,
        list(memory[1:]),
    )


def test_search_and_concordance_answer_as_in_memory(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    assert (_ids(arrow.search("Putin")), arrow.concordance("Putin")) == (
        _ids(memory.search("Putin")),
        memory.concordance("Putin"),
    )


def test_a_corpus_from_parquet_pickles(three: tuple[Corpus, Corpus]) -> None:
    _, arrow = three
    again = pickle.loads(pickle.dumps(arrow[1:]))  # noqa: S301 - our own data
    assert (list(again), again.speakers()) == (list(arrow[1:]), arrow[1:].speakers())


def test_aliases_apply_to_a_corpus_from_parquet(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    table = {"Alexander Lukaschenko": {"aliases": ["Lukaschenko"], "external_id": "Q1"}}
    assert arrow.with_aliases(table).speakers() == memory.with_aliases(table).speakers()
    assert arrow.with_aliases(table).external_id("Lukaschenko") == "Q1"


def test_the_corpus_equals_the_corpus_written(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    assert (arrow == memory, memory == arrow, hash(arrow) == hash(memory)) == (True, True, True)


def test_quote_speakers_the_article_does_not_list_are_merged_too(tmp_path: Path) -> None:
    first, second, third = corpus_of_three()
    unlisted = attrs.evolve(first, speakers=())
    renamed = attrs.evolve(
        second,
        speakers=tuple(attrs.evolve(speaker, name="W. Putin") for speaker in second.speakers),
    )
    memory = Corpus([unlisted, renamed, third])
    write_parquet(memory, tmp_path / "export")
    arrow = load(tmp_path / "export")
    assert (arrow.speakers(), _hits(arrow.quotes(speaker="Putin"))) == (
        memory.speakers(),
        _hits(memory.quotes(speaker="Putin")),
    )


def test_writing_into_its_own_folder_is_refused(tmp_path: Path) -> None:
    write_parquet(corpus_of_three(), tmp_path / "export")
    arrow = load(tmp_path / "export")
    with pytest.raises(QueryError, match="cannot write a corpus into the Parquet folder"):
        write_parquet(arrow, tmp_path / "export")
    assert len(load(tmp_path / "export")) == 3


def test_duplicate_ids_follow_errors(tmp_path: Path) -> None:
    article = corpus_of_three()[0]
    write_parquet([article, article], tmp_path / "export")
    with pytest.raises(DuplicateArticleError, match="duplicate article id"):
        load(tmp_path / "export")
    assert list(load(tmp_path / "export", errors="skip")) == [article]


@functools.cache
def _mixed_sample(shared: str) -> Corpus:
    """A sample of all three shared corpora in one corpus: German and English, dated and not."""
    names = ("dewikinews_quotes", "10kgnad_test", "bbc")
    return Corpus(article for name in names for article in _sample(f"{shared}/corpora/{name}"))


@pytest.mark.shared
def test_shared_corpora_answer_as_in_memory(shared: Path, tmp_path: Path) -> None:
    memory = _mixed_sample(str(shared))
    write_parquet(memory, tmp_path / "export", rows_per_group=100)
    _check_same_answers(memory, load(tmp_path / "export"))


def test_a_hit_builds_its_article_only_when_asked(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    (expected, *_) = memory.quotes(speaker="Putin")
    (hit, *_) = arrow.quotes(speaker="Putin")
    built = hit.speaker, hit.quote, hit.article
    assert (built, isinstance(hit, QuoteHit)) == (
        (expected.speaker, expected.quote, expected.article),
        True,
    )


def test_a_hit_equals_hashes_prints_and_pickles_as_a_quote_hit(
    three: tuple[Corpus, Corpus],
) -> None:
    memory, arrow = three
    (expected, *_) = memory.quotes(speaker="Putin")
    (hit, *_) = arrow.quotes(speaker="Putin")
    again = pickle.loads(pickle.dumps(arrow.quotes(speaker="Putin")[0]))  # noqa: S301 - ours
    assert (hit == expected, expected == hit, hash(hit), repr(hit), again == expected) == (
        True,
        True,
        hash(expected),
        repr(expected),
        True,
    )


def test_a_hit_evolves_as_a_quote_hit(three: tuple[Corpus, Corpus]) -> None:
    memory, arrow = three
    (expected, *_) = memory.quotes(speaker="Putin")
    (hit, *_) = arrow.quotes(speaker="Putin")
    assert attrs.evolve(hit, speaker=None) == attrs.evolve(expected, speaker=None)


def test_a_loaded_export_gives_the_same_co_speakers(tmp_path: Path) -> None:
    corpus = _co_speaker_corpus()
    write_parquet(corpus, tmp_path / "export")
    loaded = load(tmp_path / "export")
    write_parquet(loaded, tmp_path / "again")
    assert (
        [hit.co_speakers for hit in loaded.quotes()],
        _co_speaker_cells(loaded.to_arrow().quotes),
        _co_speaker_cells(pq.read_table(tmp_path / "again" / "quotes")),
    ) == (
        [hit.co_speakers for hit in corpus.quotes()],
        _co_speaker_cells(corpus.to_arrow().quotes),
        _co_speaker_cells(corpus.to_arrow().quotes),
    )


def test_quotes_of_a_corpus_speaker_are_its_own_as_in_memory(tmp_path: Path) -> None:
    from tests.test_index import article  # noqa: PLC0415 - the index tests' article builder

    company = Speaker(id="company", name="Company", kind=SpeakerKind.ORGANISATION)
    other = Speaker(id="south-yorkshire-company", name="South Yorkshire company")
    memory = Corpus.from_articles(
        [article("a1", [("Eins.", company)]), article("a2", [("Zwei.", other)])]
    )
    write_parquet(memory, tmp_path / "export")
    arrow = load(tmp_path / "export")
    speaker = arrow.speaker("Company")
    assert speaker is not None
    assert [hit.quote.text for hit in arrow.quotes(speaker=speaker)] == ["Eins."]


def _answer(query: Callable[[], object]) -> object:
    """What a query returns, or the error it raises (an ambiguous name raises in both)."""
    try:
        return query()
    except NewsCorpusError as error:
        return (type(error), str(error))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.lists(strategies.articles(), max_size=4))
def test_any_corpus_from_parquet_answers_as_in_memory(
    tmp_path: Path, articles: list[Article]
) -> None:
    assume(all(map(_storable, articles)))
    memory = Corpus(_unique_ids(articles))
    folder = Path(tempfile.mkdtemp(dir=tmp_path)) / "export"
    write_parquet(memory, folder, rows_per_group=2)
    arrow = load(folder)
    assert (arrow.speakers(generic=True), arrow.stats()) == (
        memory.speakers(generic=True),
        memory.stats(),
    )
    for speaker, _ in memory.speakers(generic=True):
        assert _answer(functools.partial(arrow.speaker, speaker.name)) == _answer(
            functools.partial(memory.speaker, speaker.name)
        )
        assert _hits(arrow.quotes(speaker=speaker)) == _hits(memory.quotes(speaker=speaker))
    keys: tuple[GroupKey, ...] = ("speaker", "month", "outlet", "language")
    for key in keys:
        assert _groups(arrow.group_by(key)) == _groups(memory.group_by(key))
        assert arrow.count_by(key) == memory.count_by(key)
    _check_same_quotes(memory, arrow)
    _check_same_quotes(memory[::-2], arrow[::-2])
    assert list(arrow.quote_rows()) == list(memory.quote_rows())
