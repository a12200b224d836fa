"""JSON, JSON Lines and CSV: exact output, round trips, and located errors."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from typing import TYPE_CHECKING, Any
from unittest import mock

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._corpus.corpus import Corpus, QuoteHit
from newscorpus._exceptions import ModelError, NewsCorpusWarning, QueryError, RecordError
from newscorpus._io import serialize as _serialize
from newscorpus._io.serialize import (
    QUOTE_COLUMNS,
    dumps,
    iter_quote_rows,
    iter_quote_rows_for_hits,
    loads,
    read_jsonl,
    write_csv,
    write_jsonl,
)
from newscorpus._model import (
    Article,
    ArticleWarning,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Speaker,
    SpeakerKind,
)
from tests.conftest import REPO
from tests.strategies import article_warnings, articles, mentions, quotes, spans, speakers

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

PUTIN = Speaker(
    id="wladimir-putin",
    name="Wladimir Putin",
    aliases=("Putin",),
    roles=("russischer Präsident", "Staatschef"),
    kind=SpeakerKind.PERSON,
)
ARTICLE = Article(
    id="putin-kredit",
    title="Putin sichert Belarus Kredit zu",
    paragraphs=(
        "Der russische Präsident Wladimir Putin sagte am Montag, er hoffe auf eine Lösung.",
        "„Russland bleibt ein verlässlicher Partner“, fügte Putin hinzu.",
        "Ein Kredit sei „fest zugesagt, ohne Bedingungen“, hieß es aus Minsk.",
    ),
    index=0,
    language="de",
    published=dt.datetime(2020, 9, 14, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
    source="https://example.org/putin-kredit",
    outlet="Example News",
    quotes=(
        Quote(
            text="Russland bleibt ein verlässlicher Partner",
            kind=QuoteKind.DIRECT,
            span=Span(start=116, end=157),
            speaker=PUTIN,
            speaker_mention=Mention(text="Putin", span=Span(start=166, end=171)),
            cue=Mention(
                text="fügte … hinzu",
                span=Span(start=160, end=177),
                parts=(Span(start=160, end=165), Span(start=172, end=177)),
            ),
        ),
        Quote(
            text="fest zugesagt, ohne Bedingungen",
            kind=QuoteKind.DIRECT,
            span=Span(start=195, end=226),
            cue=Mention(text="hieß es", span=Span(start=229, end=236)),
        ),
    ),
    speakers=(PUTIN,),
    warnings=(ArticleWarning(code="decoded-with-fallback", message="decoded as cp1252"),),
)

GOLDEN = """\
{
  "schema_version": 1,
  "id": "putin-kredit",
  "title": "Putin sichert Belarus Kredit zu",
  "paragraphs": [
    "Der russische Präsident Wladimir Putin sagte am Montag, er hoffe auf eine Lösung.",
    "„Russland bleibt ein verlässlicher Partner“, fügte Putin hinzu.",
    "Ein Kredit sei „fest zugesagt, ohne Bedingungen“, hieß es aus Minsk."
  ],
  "index": 0,
  "language": "de",
  "published": "2020-09-14T18:30:00+03:00",
  "source": "https://example.org/putin-kredit",
  "outlet": "Example News",
  "quotes": [
    {
      "text": "Russland bleibt ein verlässlicher Partner",
      "kind": "direct",
      "span": {
        "start": 116,
        "end": 157
      },
      "speaker": {
        "id": "wladimir-putin",
        "name": "Wladimir Putin",
        "aliases": [
          "Putin"
        ],
        "roles": [
          "russischer Präsident",
          "Staatschef"
        ],
        "kind": "person"
      },
      "speaker_mention": {
        "text": "Putin",
        "span": {
          "start": 166,
          "end": 171
        }
      },
      "cue": {
        "text": "fügte … hinzu",
        "span": {
          "start": 160,
          "end": 177
        },
        "parts": [
          {
            "start": 160,
            "end": 165
          },
          {
            "start": 172,
            "end": 177
          }
        ]
      },
      "frame": null,
      "addressee": null
    },
    {
      "text": "fest zugesagt, ohne Bedingungen",
      "kind": "direct",
      "span": {
        "start": 195,
        "end": 226
      },
      "speaker": null,
      "speaker_mention": null,
      "cue": {
        "text": "hieß es",
        "span": {
          "start": 229,
          "end": 236
        }
      },
      "frame": null,
      "addressee": null
    }
  ],
  "speakers": [
    {
      "id": "wladimir-putin",
      "name": "Wladimir Putin",
      "aliases": [
        "Putin"
      ],
      "roles": [
        "russischer Präsident",
        "Staatschef"
      ],
      "kind": "person"
    }
  ],
  "warnings": [
    {
      "code": "decoded-with-fallback",
      "message": "decoded as cp1252",
      "line": null
    }
  ]
}"""

# The same record on one line, as in a JSON Lines file.
COMPACT = json.dumps(json.loads(GOLDEN), ensure_ascii=False, separators=(",", ":"))

CSV_ROWS = (
    "article_id,title,published,outlet,source,language,speaker_id,speaker_name,"
    "article_speaker_id,article_speaker_name,article_speaker_roles,"
    "co_speaker_ids,co_speaker_names,article_co_speaker_ids,article_co_speaker_names,"
    "speaker_mention,kind,cue,quote,start,end,paragraph,parts,enclosing,addressee,frame\r\n"
    "putin-kredit,Putin sichert Belarus Kredit zu,2020-09-14T18:30:00+03:00,Example News,"
    "https://example.org/putin-kredit,de,wladimir-putin,Wladimir Putin,"
    "wladimir-putin,Wladimir Putin,"
    "russischer Präsident; Staatschef,,,,,Putin,direct,fügte … hinzu,"
    "Russland bleibt ein verlässlicher Partner,116,157,2,,,,\r\n"
    "putin-kredit,Putin sichert Belarus Kredit zu,2020-09-14T18:30:00+03:00,Example News,"
    "https://example.org/putin-kredit,de,,,,,,,,,,,direct,hieß es,"
    '"fest zugesagt, ohne Bedingungen",195,226,3,,,,\r\n'
)

RECORD_TYPES = st.one_of(spans(), mentions(), speakers(), article_warnings(), quotes(), articles())


@pytest.fixture(params=["orjson", "json"])
def backend(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run the test with orjson (when installed) and with the standard library's json."""
    if request.param == "orjson":
        pytest.importorskip("orjson")
        monkeypatch.setattr(_serialize, "_HAS_ORJSON", True)
    else:
        monkeypatch.setattr(_serialize, "_HAS_ORJSON", False)
    return str(request.param)


def dumps_with_json(obj: Any, *, indent: int | None = None) -> str:
    with mock.patch.object(_serialize, "_HAS_ORJSON", False):
        return dumps(obj, indent=indent)


def article_with(**changes: Any) -> dict[str, Any]:
    """The golden record as a dict, with top-level keys replaced."""
    data: dict[str, Any] = json.loads(GOLDEN)
    data.update(changes)
    return data


def jsonl(*records: dict[str, Any] | str) -> str:
    return "".join(
        (item if isinstance(item, str) else json.dumps(item, ensure_ascii=False)) + "\n"
        for item in records
    )


def read_error(path: Path, text: str) -> RecordError:
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(path))
    return excinfo.value


# --- dumps / loads ---------------------------------------------------------------------------


@pytest.mark.usefixtures("backend")
def test_dumps_writes_the_golden_article() -> None:
    assert dumps(ARTICLE, indent=2) == GOLDEN


@pytest.mark.usefixtures("backend")
def test_dumps_writes_one_compact_line_by_default() -> None:
    assert dumps(ARTICLE) == COMPACT


def test_golden_article_is_the_example_in_docs_format_md() -> None:
    document = (REPO / "docs" / "format.md").read_text(encoding="utf-8")

    assert f"```json\n{GOLDEN}\n```" in document


def test_loads_reads_the_golden_article() -> None:
    assert loads(GOLDEN, Article) == ARTICLE


@pytest.mark.usefixtures("backend")
def test_dumps_span_compactly() -> None:
    assert dumps(Span(start=1, end=4)) == '{"start":1,"end":4}'


@pytest.mark.usefixtures("backend")
def test_dumps_with_other_indent_uses_that_many_spaces() -> None:
    assert dumps(Span(start=1, end=4), indent=4) == '{\n    "start": 1,\n    "end": 4\n}'


@pytest.mark.usefixtures("backend")
def test_dumps_sequence_as_array() -> None:
    pair = (Span(start=1, end=4), Span(start=5, end=5))

    assert dumps(pair) == '[{"start":1,"end":4},{"start":5,"end":5}]'


@pytest.mark.usefixtures("backend")
def test_dumps_writes_non_ascii_characters_as_they_are() -> None:
    speaker = Speaker(id="juergen-mueller", name="Jürgen „Kalle“ Müller")

    assert dumps(speaker) == (
        '{"id":"juergen-mueller","name":"Jürgen „Kalle“ Müller","aliases":[],"roles":[],'
        '"kind":"unknown"}'
    )


@pytest.mark.usefixtures("backend")
def test_dumps_escapes_control_characters() -> None:
    mention = Mention(text="a\x00\t\u2028", span=Span(start=0, end=4))

    assert dumps(mention) == '{"text":"a\\u0000\\t\u2028","span":{"start":0,"end":4}}'


def test_a_mention_with_a_lone_surrogate_is_refused_before_it_reaches_dumps() -> None:
    with pytest.raises(ModelError) as excinfo:
        Mention(text="\ud800", span=Span(start=0, end=1))

    assert str(excinfo.value) == (
        "text must be valid Unicode, got the lone surrogate U+D800 at character 0 "
        "(text decoded with errors='surrogateescape'?)"
    )


@pytest.mark.usefixtures("backend")
def test_dumps_writes_integers_beyond_64_bits() -> None:
    warning = ArticleWarning(code="big", message="", line=2**70)

    assert dumps(warning) == '{"code":"big","message":"","line":1180591620717411303424}'


def test_dumps_rejects_other_objects() -> None:
    with pytest.raises(TypeError) as excinfo:
        dumps({"start": 1})  # type: ignore[arg-type]

    assert str(excinfo.value) == (
        "dumps takes an Article, ArticleWarning, Mention, Quote, Span or Speaker, "
        "or a sequence of them, got dict"
    )


def test_dumps_rejects_a_sequence_holding_other_objects() -> None:
    with pytest.raises(TypeError) as excinfo:
        dumps([Span(start=0, end=1), "x"])  # type: ignore[list-item]

    assert str(excinfo.value) == (
        "dumps takes an Article, ArticleWarning, Mention, Quote, Span or Speaker, "
        "or a sequence of them, got str"
    )


@given(RECORD_TYPES)
def test_loads_reverses_dumps(obj: Any) -> None:
    assert loads(dumps(obj), type(obj)) == obj


@given(articles())
def test_loads_reverses_indented_dumps(article: Article) -> None:
    assert loads(dumps(article, indent=2), Article) == article


@given(st.lists(articles(), max_size=3))
def test_loads_reverses_dumps_of_a_sequence(items: list[Article]) -> None:
    assert loads(dumps(items), tuple[Article, ...]) == tuple(items)


@given(articles())
def test_dumps_gives_the_same_text_for_equal_articles(article: Article) -> None:
    assert dumps(loads(dumps(article), Article)) == dumps(article)


@given(RECORD_TYPES, st.sampled_from([None, 2]))
def test_dumps_gives_the_same_text_with_and_without_orjson(obj: Any, indent: int | None) -> None:
    pytest.importorskip("orjson")

    assert dumps(obj, indent=indent) == dumps_with_json(obj, indent=indent)


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "1:1: invalid JSON: Expecting value"),
        ('{"start": 1,', "1:13: invalid JSON: Expecting property name enclosed in double quotes"),
        ('{\n  "start": 1\n  "end": 2\n}', "3:3: invalid JSON: Expecting ',' delimiter"),
        ('{"start": 1, "end": 2} x', "1:24: invalid JSON: Extra data"),
        ("[" * 100_000, "invalid JSON: nested too deeply"),
    ],
)
def test_loads_reports_broken_json_with_line_and_column(text: str, message: str) -> None:
    with pytest.raises(RecordError) as excinfo:
        loads(text, Span)

    assert str(excinfo.value) == message


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('{"start":1,"end":3,"start":2}', "start"),
        ('{"start": 1, "end": 3, "end": 3}', "end"),
        ('{\n  "start": 1,\n  "start": 1,\n  "end": 3\n}', "start"),
    ],
)
def test_loads_refuses_a_key_given_twice(text: str, key: str) -> None:
    # The last value would win without a word: a record's field is given once.
    with pytest.raises(RecordError) as excinfo:
        loads(text, Span)

    assert str(excinfo.value) == f"invalid JSON: the key {key!r} is given twice in one object"


def test_loads_reports_a_wrong_type_with_the_field_path() -> None:
    with pytest.raises(RecordError) as excinfo:
        loads('{"start": "x", "end": 1}', Span)

    assert (excinfo.value.field, str(excinfo.value)) == (
        "start",
        "field 'start': expected int, got 'x'",
    )


@pytest.mark.usefixtures("backend")
def test_loads_rejects_nan_for_an_int() -> None:
    with pytest.raises(RecordError) as excinfo:
        loads('{"start": NaN, "end": 1}', Span)

    assert str(excinfo.value) == "field 'start': expected int, got nan"


def test_loads_rejects_an_unknown_key() -> None:
    with pytest.raises(RecordError) as excinfo:
        loads('{"start": 1, "end": 2, "length": 1}', Span)

    assert str(excinfo.value) == "field 'length': unknown field"


def test_loads_rejects_a_span_text_mismatch() -> None:
    data = article_with()
    data["quotes"][1]["text"] = "fest versprochen, ohne Bedingungen"

    with pytest.raises(RecordError) as excinfo:
        loads(json.dumps(data), Article)

    assert str(excinfo.value) == (
        "field 'quotes[1].span': must be as long as text (34 characters), "
        "got Span(start=195, end=226) (31 characters)"
    )


# --- JSON Lines ------------------------------------------------------------------------------


def test_write_jsonl_writes_one_compact_record_per_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"

    count = write_jsonl([ARTICLE, ARTICLE], path)

    assert (count, path.read_bytes()) == (2, (COMPACT + "\n" + COMPACT + "\n").encode())


def test_write_jsonl_writes_to_a_text_stream() -> None:
    stream = io.StringIO()

    count = write_jsonl(iter([ARTICLE]), stream)

    assert (count, stream.getvalue()) == (1, COMPACT + "\n")


def test_write_jsonl_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def failing() -> Iterator[Article]:
        yield ARTICLE
        raise RuntimeError("extraction failed")

    with pytest.raises(RuntimeError, match="extraction failed"):
        write_jsonl(failing(), path)

    assert ([item.name for item in tmp_path.iterdir()], path.read_text(encoding="utf-8")) == (
        ["articles.jsonl"],
        "old\n",
    )


def test_write_jsonl_rejects_what_is_not_an_article(tmp_path: Path) -> None:
    with pytest.raises(TypeError) as excinfo:
        write_jsonl([PUTIN], tmp_path / "articles.jsonl")  # type: ignore[list-item]

    assert (str(excinfo.value), list(tmp_path.iterdir())) == (
        "write_jsonl writes Articles, got Speaker",
        [],
    )


def test_read_jsonl_reads_what_write_jsonl_wrote(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    other = Article(id="leer", title="Ohne Zitate", paragraphs=("Nichts.",))
    write_jsonl([ARTICLE, other], path)

    assert list(read_jsonl(path)) == [ARTICLE, other]


@given(st.lists(articles(max_quotes=2), max_size=6))
def test_jsonl_round_trips_many_articles(items: list[Article]) -> None:
    stream = io.StringIO()
    write_jsonl(items, stream)
    stream.seek(0)

    assert list(read_jsonl(stream)) == items


def test_read_jsonl_takes_a_str_path(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(COMPACT + "\n", encoding="utf-8")

    assert list(read_jsonl(str(path))) == [ARTICLE]


def test_read_jsonl_skips_blank_lines_and_reads_crlf(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(f"\n{COMPACT}\r\n \t\r\n\r\n{COMPACT}".encode())

    assert list(read_jsonl(path)) == [ARTICLE, ARTICLE]


def test_read_jsonl_skips_a_leading_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(COMPACT + "\n", encoding="utf-8-sig")

    assert list(read_jsonl(path)) == [ARTICLE]


def test_read_jsonl_streams_records_before_a_later_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(jsonl(COMPACT, "{"), encoding="utf-8")
    records = read_jsonl(path)

    first = next(records)
    with pytest.raises(RecordError):
        next(records)

    assert first == ARTICLE


def test_read_jsonl_opens_the_path_when_iteration_starts(tmp_path: Path) -> None:
    records = read_jsonl(tmp_path / "missing.jsonl")

    with pytest.raises(FileNotFoundError):
        next(records)


def test_read_jsonl_reports_broken_json_with_path_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"

    error = read_error(path, jsonl(COMPACT, '{"id": "x",,}'))

    assert (str(error), error.path, error.line, error.column, error.field) == (
        f"{path}:2:12: invalid JSON: Expecting property name enclosed in double quotes",
        str(path),
        2,
        12,
        None,
    )


def test_read_jsonl_reports_a_key_given_twice_with_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    # As write_jsonl writes a record, with the first quote's text given twice.
    twice = COMPACT.replace('"text":"', '"text":"Putin","text":"', 1)

    error = read_error(path, jsonl(COMPACT, twice))

    assert str(error) == f"{path}:2: invalid JSON: the key 'text' is given twice in one object"


def test_read_jsonl_warns_about_a_key_given_twice_with_errors_warn(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    twice = COMPACT.replace('"title":"', '"title":"Anders","title":"', 1)
    path.write_text(jsonl(twice, COMPACT), encoding="utf-8")

    with pytest.warns(NewsCorpusWarning) as caught:
        articles_read = list(read_jsonl(path, errors="warn"))

    assert (articles_read, [str(warning.message) for warning in caught]) == (
        [ARTICLE],
        [f"{path}:1: skipped record: invalid JSON: the key 'title' is given twice in one object"],
    )


def test_read_jsonl_reports_a_wrong_type_with_line_and_field_path(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    bad = article_with()
    bad["quotes"][0]["span"]["end"] = "x"

    error = read_error(path, jsonl(COMPACT, "", bad))

    assert (str(error), error.field) == (
        f"{path}:3: field 'quotes[0].span.end': expected int, got 'x'",
        "quotes[0].span.end",
    )


def test_read_jsonl_reports_an_unknown_key(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"

    error = read_error(path, jsonl(article_with(text="...")))

    assert str(error) == f"{path}:1: field 'text': unknown field"


def test_read_jsonl_reports_a_span_text_mismatch(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    bad = article_with()
    bad["quotes"][0]["speaker_mention"]["text"] = "Putim"

    error = read_error(path, jsonl(bad))

    assert str(error) == (
        f"{path}:1: field 'quotes[0].speaker_mention.text': must equal the text under its span "
        "'Putin', got 'Putim'"
    )


def test_read_jsonl_reports_a_missing_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    bad = article_with()
    del bad["schema_version"]

    error = read_error(path, jsonl(bad))

    assert str(error) == f"{path}:1: missing schema_version; this newscorpus reads 1"


def test_read_jsonl_reports_an_unsupported_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"

    error = read_error(path, jsonl(COMPACT, article_with(schema_version=2)))

    assert str(error) == f"{path}:2: unsupported schema_version 2; this newscorpus reads 1"


def test_read_jsonl_reports_invalid_utf8_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_bytes(COMPACT.encode() + b'\n{"id": "\xff"}\n')

    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(path))

    assert str(excinfo.value) == f"{path}:2:9: invalid UTF-8: invalid start byte"


def test_read_jsonl_warns_and_goes_on_with_errors_warn(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    bad = article_with()
    bad["index"] = "1"
    path.write_text(jsonl(COMPACT, "{", bad, COMPACT), encoding="utf-8")

    with pytest.warns(NewsCorpusWarning) as caught:
        articles_read = list(read_jsonl(path, errors="warn"))

    assert (articles_read, [str(warning.message) for warning in caught]) == (
        [ARTICLE, ARTICLE],
        [
            (
                f"{path}:2: skipped record: invalid JSON: Expecting property name enclosed in "
                "double quotes (column 2)"
            ),
            f"{path}:3: skipped record: field 'index': expected int, got '1'",
        ],
    )


def test_read_jsonl_warning_carries_path_and_line(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(jsonl("[]"), encoding="utf-8")

    with pytest.warns(NewsCorpusWarning) as caught:
        list(read_jsonl(path, errors="warn"))

    warning = caught[0].message
    assert isinstance(warning, NewsCorpusWarning)
    assert (warning.path, warning.line, warning.reason) == (
        str(path),
        1,
        "skipped record: expected an object, got []",
    )


def test_read_jsonl_passes_over_bad_lines_silently_with_errors_skip(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text(jsonl("{", COMPACT, "[1]"), encoding="utf-8")

    assert list(read_jsonl(path, errors="skip")) == [ARTICLE]


def test_read_jsonl_rejects_an_unknown_errors_mode(tmp_path: Path) -> None:
    # A QueryError, as from load() and Corpus(): no bare ValueError leaves the API.
    with pytest.raises(
        QueryError, match=r"^errors must be 'raise', 'warn' or 'skip', got 'ignore'$"
    ):
        read_jsonl(tmp_path / "articles.jsonl", errors="ignore")  # type: ignore[arg-type]


def test_read_jsonl_names_an_unnamed_stream_in_errors() -> None:
    with pytest.raises(RecordError) as excinfo:
        list(read_jsonl(io.StringIO(COMPACT + "\nnull\n")))

    assert str(excinfo.value) == "<stream>:2: expected an object, got None"


def test_read_jsonl_names_an_open_file_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "articles.jsonl"
    path.write_text("{}\n", encoding="utf-8")

    with path.open(encoding="utf-8") as stream, pytest.raises(RecordError) as excinfo:
        list(read_jsonl(stream))

    assert str(excinfo.value) == f"{path}:1: missing schema_version; this newscorpus reads 1"


# --- quote rows and CSV ----------------------------------------------------------------------


def test_quote_columns() -> None:
    assert QUOTE_COLUMNS == (
        "article_id",
        "title",
        "published",
        "outlet",
        "source",
        "language",
        "speaker_id",
        "speaker_name",
        "article_speaker_id",
        "article_speaker_name",
        "article_speaker_roles",
        "co_speaker_ids",
        "co_speaker_names",
        "article_co_speaker_ids",
        "article_co_speaker_names",
        "speaker_mention",
        "kind",
        "cue",
        "quote",
        "start",
        "end",
        "paragraph",
        "parts",
        "enclosing",
        "addressee",
        "frame",
    )


def test_iter_quote_rows_flattens_each_quote() -> None:
    article = {
        "article_id": "putin-kredit",
        "title": "Putin sichert Belarus Kredit zu",
        "published": "2020-09-14T18:30:00+03:00",
        "outlet": "Example News",
        "source": "https://example.org/putin-kredit",
        "language": "de",
    }

    assert list(iter_quote_rows([ARTICLE])) == [
        {
            **article,
            "speaker_id": "wladimir-putin",
            "speaker_name": "Wladimir Putin",
            "article_speaker_id": "wladimir-putin",
            "article_speaker_name": "Wladimir Putin",
            "article_speaker_roles": "russischer Präsident; Staatschef",
            "co_speaker_ids": None,
            "co_speaker_names": None,
            "article_co_speaker_ids": None,
            "article_co_speaker_names": None,
            "speaker_mention": "Putin",
            "kind": "direct",
            "cue": "fügte … hinzu",
            "quote": "Russland bleibt ein verlässlicher Partner",
            "start": 116,
            "end": 157,
            "paragraph": 2,
            "parts": None,
            "enclosing": None,
            "addressee": None,
            "frame": None,
        },
        {
            **article,
            "speaker_id": None,
            "speaker_name": None,
            "article_speaker_id": None,
            "article_speaker_name": None,
            "article_speaker_roles": None,
            "co_speaker_ids": None,
            "co_speaker_names": None,
            "article_co_speaker_ids": None,
            "article_co_speaker_names": None,
            "speaker_mention": None,
            "kind": "direct",
            "cue": "hieß es",
            "quote": "fest zugesagt, ohne Bedingungen",
            "start": 195,
            "end": 226,
            "paragraph": 3,
            "parts": None,
            "enclosing": None,
            "addressee": None,
            "frame": None,
        },
    ]


def test_quote_rows_give_the_frame_and_addressee() -> None:
    # "Der russische Präsident Wladimir Putin sagte am Montag, er hoffe auf eine Lösung."; the
    # addressee is any mention: the CSV copies its text
    framed = Quote(
        text="er hoffe auf eine Lösung",
        kind=QuoteKind.INDIRECT,
        span=Span(start=89, end=113),
        cue=Mention(text="sagte", span=Span(start=72, end=77)),
        frame=Mention(
            text="Der russische Präsident Wladimir Putin sagte am Montag,",
            span=Span(start=33, end=88),
        ),
        addressee=Mention(text="Belarus", span=Span(start=14, end=21)),
    )
    (row,) = iter_quote_rows([attrs.evolve(ARTICLE, quotes=(framed,))])
    assert (row["frame"], row["addressee"]) == (
        "Der russische Präsident Wladimir Putin sagte am Montag,",
        "Belarus",
    )


def test_hit_rows_describe_the_corpus_level_speaker() -> None:
    merged = Speaker(id="putin", name="Putin", roles=("Präsident",))
    hits = [
        QuoteHit(quote=ARTICLE.quotes[0], article=ARTICLE, speaker=merged),
        QuoteHit(quote=ARTICLE.quotes[1], article=ARTICLE),
    ]
    first, second = iter_quote_rows([ARTICLE])

    assert list(iter_quote_rows_for_hits(hits)) == [
        first | {"speaker_id": "putin", "speaker_name": "Putin"},
        second,
    ]


def _second_article_naming_putin_by_surname() -> Article:
    putin = Speaker(id="putin", name="Putin")
    quote = Quote(text="Ja", kind=QuoteKind.DIRECT, span=Span(start=3, end=5), speaker=putin)
    return Article(id="zweiter", title="T", paragraphs=("Ja",), quotes=(quote,), speakers=(putin,))


def test_quote_rows_carry_the_corpus_speaker_and_the_article_speaker() -> None:
    rows = list(iter_quote_rows([ARTICLE, _second_article_naming_putin_by_surname()]))

    assert [
        (row["speaker_name"], row["article_speaker_name"], row["article_speaker_id"])
        for row in rows
    ] == [
        ("Wladimir Putin", "Wladimir Putin", "wladimir-putin"),
        (None, None, None),
        ("Wladimir Putin", "Putin", "putin"),
    ]


def test_quote_rows_follow_an_alias_table() -> None:
    rows = list(iter_quote_rows([ARTICLE], aliases={"Vladimir Putin": ["Wladimir Putin"]}))

    assert (rows[0]["speaker_id"], rows[0]["speaker_name"], rows[0]["article_speaker_name"]) == (
        "vladimir-putin",
        "Vladimir Putin",
        "Wladimir Putin",
    )


@given(st.lists(articles(max_quotes=3), max_size=3, unique_by=lambda article: article.id))
def test_quote_rows_are_the_rows_of_the_corpus_and_of_its_hits(items: list[Article]) -> None:
    corpus = Corpus.from_articles(items)

    assert (
        list(iter_quote_rows_for_hits(corpus.quotes())),
        list(corpus.quote_rows()),
    ) == (list(iter_quote_rows(items)), list(iter_quote_rows(items)))


def test_iter_quote_rows_keys_follow_quote_columns() -> None:
    assert [tuple(row) for row in iter_quote_rows([ARTICLE])] == [QUOTE_COLUMNS, QUOTE_COLUMNS]


def _article_quoting(speaker: Speaker, *others: Speaker) -> Article:
    """An article whose one quote ("Ja") ``speaker`` says, with ``others`` if given."""
    quote = Quote(
        text="Ja",
        kind=QuoteKind.DIRECT,
        span=Span(start=3, end=5),
        speaker=speaker,
        co_speakers=others,
    )
    return Article(
        id="a", title="T", paragraphs=("Ja",), quotes=(quote,), speakers=(speaker, *others)
    )


def list_items(cell: str) -> list[str]:
    """The items of a list cell, read as docs/format.md shows."""
    found = re.findall(r"(?:^|; )((?:\\.|[^\\;])*)", cell)
    return [re.sub(r"\\(.)", r"\1", item) for item in found]


def test_quote_rows_escape_a_semicolon_inside_a_listed_role() -> None:
    anna = Speaker(id="anna", name="Anna", roles=("Sprecherin; Beraterin", "Ministerin"))

    (row,) = iter_quote_rows([_article_quoting(anna)])

    assert row["article_speaker_roles"] == "Sprecherin\\; Beraterin; Ministerin"


def test_quote_rows_escape_a_semicolon_inside_a_co_speaker_name() -> None:
    anna = Speaker(id="anna", name="Anna")
    firm = Speaker(id="meier-soehne", name="Meier; Söhne")

    (row,) = iter_quote_rows([_article_quoting(anna, firm, Speaker(id="ben", name="Ben"))])

    assert (row["co_speaker_names"], row["article_co_speaker_names"]) == (
        "Meier\\; Söhne; Ben",
        "Meier\\; Söhne; Ben",
    )


@given(st.lists(st.text(alphabet="ab ;\\").filter(str.strip), min_size=1, max_size=4))
def test_listed_roles_read_back_from_their_csv_cell(roles: list[str]) -> None:
    stream = io.StringIO(newline="")
    anna = Speaker(id="anna", name="Anna", roles=tuple(roles))
    write_csv([_article_quoting(anna)], stream, escape_formulas=False)
    stream.seek(0)

    header, row = csv.reader(stream)

    assert list_items(row[header.index("article_speaker_roles")]) == roles


def test_iter_quote_rows_leaves_role_empty_for_a_speaker_without_roles() -> None:
    quote = Quote(
        text="Ja",
        kind=QuoteKind.REPORTED,
        span=Span(start=3, end=5),
        speaker=Speaker(id="anna", name="Anna"),
    )
    article = Article(id="a", title="T", paragraphs=("Ja",), quotes=(quote,))

    (row,) = iter_quote_rows([article])

    assert (row["article_speaker_name"], row["article_speaker_roles"], row["published"]) == (
        "Anna",
        None,
        None,
    )


def test_iter_quote_rows_gives_no_paragraph_for_a_quote_in_the_title() -> None:
    quote = Quote(text="Nein", kind=QuoteKind.DIRECT, span=Span(start=7, end=11))
    article = Article(id="a", title="Putin: Nein", paragraphs=("Text.",), quotes=(quote,))

    assert [row["paragraph"] for row in iter_quote_rows([article])] == [None]


@given(articles(max_quotes=6))
def test_quote_paragraph_is_the_seed_line_minus_two(article: Article) -> None:
    # Line 3 of an article without paragraphs is the empty end of its text: no paragraph.
    lines = [article.line_of(quote.span.start) for quote in article.quotes]

    assert [row["paragraph"] for row in iter_quote_rows([article])] == [
        line - 2 if line >= 3 and article.paragraphs else None for line in lines
    ]


def test_write_csv_to_a_path_writes_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"

    count = write_csv([ARTICLE], path)

    assert (count, path.read_bytes()) == (2, ("\ufeff" + CSV_ROWS).encode())


def test_write_csv_to_a_stream_writes_no_bom() -> None:
    stream = io.StringIO(newline="")

    count = write_csv([ARTICLE], stream)

    assert (count, stream.getvalue()) == (2, CSV_ROWS)


def test_write_csv_writes_the_header_for_no_quotes() -> None:
    stream = io.StringIO(newline="")
    article = Article(id="a", title="T", paragraphs=("Text.",))

    count = write_csv([article], stream)

    assert (count, stream.getvalue()) == (0, ",".join(QUOTE_COLUMNS) + "\r\n")


def test_write_csv_file_opens_with_utf8_sig(tmp_path: Path) -> None:
    path = tmp_path / "quotes.csv"
    write_csv([ARTICLE], path)

    with path.open(encoding="utf-8-sig", newline="") as stream:
        header = next(csv.reader(stream))

    assert header == list(QUOTE_COLUMNS)


def _formula_article() -> Article:
    paragraph = "=HYPERLINK(1) +49 -5 Grad @all\tTab"
    spans = [(0, 13), (14, 17), (18, 25), (26, 30), (30, 34)]
    return Article(
        id="=1+1",
        title="Formeln",
        paragraphs=(paragraph,),
        outlet="@home",
        quotes=tuple(
            Quote(
                text=paragraph[start:end],
                kind=QuoteKind.DIRECT,
                span=Span(start=9 + start, end=9 + end),
            )
            for start, end in spans
        ),
    )


def _csv_cells(text: str, column: str) -> list[str]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    return [row[column] for row in rows]


def test_write_csv_escapes_cells_that_spreadsheets_run_as_formulas() -> None:
    stream = io.StringIO(newline="")

    write_csv([_formula_article()], stream)

    assert (
        _csv_cells(stream.getvalue(), "quote"),
        _csv_cells(stream.getvalue(), "article_id")[0],
        _csv_cells(stream.getvalue(), "outlet")[0],
    ) == (["'=HYPERLINK(1)", "'+49", "'-5 Grad", "'@all", "'\tTab"], "'=1+1", "'@home")


def test_write_csv_keeps_formula_cells_with_escape_formulas_off() -> None:
    stream = io.StringIO(newline="")

    write_csv([_formula_article()], stream, escape_formulas=False)

    assert _csv_cells(stream.getvalue(), "quote") == [
        "=HYPERLINK(1)",
        "+49",
        "-5 Grad",
        "@all",
        "\tTab",
    ]


def test_tricky_quote_text_round_trips_through_csv_reader() -> None:
    paragraphs = ('Er sagte: "Nein, niemals;', 'nicht mit uns", und ging.')
    text = "T\n\n" + "\n".join(paragraphs)
    start = text.index("Nein")
    end = text.index('", und')
    quote = Quote(text=text[start:end], kind=QuoteKind.DIRECT, span=Span(start=start, end=end))
    article = Article(id="a", title="T", paragraphs=paragraphs, quotes=(quote,))
    stream = io.StringIO(newline="")

    write_csv([article], stream)

    assert _csv_cells(stream.getvalue(), "quote") == ["Nein, niemals;\nnicht mit uns"]


def _csv_text(value: str | int | None) -> str:
    return "" if value is None else str(value).replace("\x00", "\ufffd")


def test_write_csv_writes_nul_as_the_replacement_character() -> None:
    paragraph = "Er sagte: \x00Ja\x00"
    quote = Quote(text="\x00Ja\x00", kind=QuoteKind.DIRECT, span=Span(start=13, end=17))
    article = Article(id="a", title="T", paragraphs=(paragraph,), quotes=(quote,))
    stream = io.StringIO(newline="")

    write_csv([article], stream)

    assert _csv_cells(stream.getvalue(), "quote") == ["\ufffdJa\ufffd"]


@given(st.lists(articles(max_quotes=3), max_size=3))
def test_every_cell_round_trips_through_csv_reader(items: list[Article]) -> None:
    stream = io.StringIO(newline="")
    write_csv(items, stream, escape_formulas=False)

    rows = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))

    assert rows == [
        list(QUOTE_COLUMNS),
        *([_csv_text(row[column]) for column in QUOTE_COLUMNS] for row in iter_quote_rows(items)),
    ]


@given(st.lists(articles(max_quotes=3), max_size=3))
def test_escaped_cells_differ_only_by_a_leading_apostrophe(items: list[Article]) -> None:
    stream = io.StringIO(newline="")
    write_csv(items, stream)

    rows = list(csv.reader(io.StringIO(stream.getvalue(), newline="")))[1:]

    assert rows == [
        [_escaped(_csv_text(row[column])) for column in QUOTE_COLUMNS]
        for row in iter_quote_rows(items)
    ]


def _escaped(cell: str) -> str:
    return "'" + cell if cell[:1] in {"=", "+", "-", "@", "\t", "\r"} else cell


@pytest.mark.usefixtures("backend")
@pytest.mark.parametrize(
    "text",
    [
        '{"code": "big", "message": "", "line": 98765432109876543210}',
        # Compact, as dumps writes: orjson reads the number as a float.
        '{"code":"big","message":"","line":98765432109876543210}',
    ],
)
def test_loads_reads_integers_beyond_64_bits_exactly(text: str) -> None:
    warning = loads(text, ArticleWarning)

    assert warning.line == 98_765_432_109_876_543_210


def test_quote_rows_of_something_that_is_no_article_are_a_query_error() -> None:
    with pytest.raises(QueryError) as excinfo:
        write_csv([ARTICLE, "not an article"], io.StringIO())  # type: ignore[list-item]

    assert str(excinfo.value) == "quote rows are made from Articles, got str"


def test_loads_into_a_class_it_cannot_build_is_a_query_error() -> None:
    with pytest.raises(QueryError) as excinfo:
        loads("{}", "Article")  # type: ignore[arg-type]

    assert str(excinfo.value) == (
        "loads builds model objects (Article, ArticleWarning, Mention, Quote, Span, Speaker, "
        "or a tuple of them), got 'Article'"
    )
