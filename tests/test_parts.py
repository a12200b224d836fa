"""Quotations in parts and nested quotations: the model, the formats, and extraction."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, NamedTuple

import pytest

import newscorpus
from newscorpus import (
    Article,
    Mention,
    ModelError,
    Quote,
    QuoteKind,
    RecordError,
    Span,
    dumps,
    extract_quotes,
    iter_quote_rows,
    loads,
    to_jsonld,
    write_csv,
)

if TYPE_CHECKING:
    from pathlib import Path

TITLE = "T"
PARAGRAPH = "„Wir werden kämpfen“, sagte sie, „und wir werden bleiben.“"
TEXT = f"{TITLE}\n\n{PARAGRAPH}"
FIRST = Span(start=TEXT.index("Wir"), end=TEXT.index("“"))
SECOND = Span(start=TEXT.index("und"), end=TEXT.rindex("“"))
WHOLE = Span(start=FIRST.start, end=SECOND.end)
CUE = Span(start=TEXT.index("sagte"), end=TEXT.index("sagte") + len("sagte"))


def two_part_quote(**changes: object) -> Quote:
    fields: dict[str, object] = {
        "text": WHOLE.slice(TEXT),
        "kind": QuoteKind.DIRECT,
        "span": WHOLE,
        "cue": Mention(text="sagte", span=CUE),
        "parts": (FIRST, SECOND),
    }
    fields.update(changes)
    return Quote(**fields)  # type: ignore[arg-type]


def article(*quotes: Quote) -> Article:
    return Article(id="a", title=TITLE, paragraphs=(PARAGRAPH,), quotes=quotes)


def model_error(**changes: object) -> str:
    with pytest.raises(ModelError) as excinfo:
        two_part_quote(**changes)
    return str(excinfo.value)


# --- the model -----------------------------------------------------------------------------------


def test_a_quote_in_parts_keeps_the_span_text_and_gives_the_content_without_the_frame() -> None:
    quote = two_part_quote()
    assert quote.text == "Wir werden kämpfen“, sagte sie, „und wir werden bleiben."
    assert quote.part_texts == ("Wir werden kämpfen", "und wir werden bleiben.")
    assert quote.content == "Wir werden kämpfen … und wir werden bleiben."
    assert quote.content_spans == (FIRST, SECOND)
    assert TEXT[quote.span.start : quote.span.end] == quote.text


def test_a_quote_of_one_piece_has_no_parts_and_its_content_is_its_text() -> None:
    quote = Quote(text="Wir werden kämpfen", kind=QuoteKind.DIRECT, span=FIRST)
    assert (quote.parts, quote.content_spans, quote.part_texts, quote.content) == (
        (),
        (FIRST,),
        ("Wir werden kämpfen",),
        "Wir werden kämpfen",
    )


def test_a_single_part_is_refused() -> None:
    assert model_error(parts=(WHOLE,)).startswith(
        "parts must be empty (one part: the span) or have at least 2 spans, got"
    )


def test_parts_must_start_and_end_where_the_span_does() -> None:
    shorter = Span(start=SECOND.start, end=SECOND.end - 1)
    assert model_error(parts=(FIRST, shorter)).startswith(
        f"parts must start and end where span does ({WHOLE!r}), got"
    )


def test_parts_must_be_sorted_and_disjoint() -> None:
    overlapping = Span(start=FIRST.end - 1, end=SECOND.end)
    assert model_error(parts=(FIRST, overlapping)).startswith("parts must be sorted and disjoint")


def test_an_empty_part_is_refused() -> None:
    empty = Span(start=FIRST.end, end=FIRST.end)
    message = model_error(parts=(FIRST, empty, Span(start=FIRST.end, end=SECOND.end)))
    assert message == f"parts[1] must not be empty, got {empty!r}"


def test_enclosing_must_not_be_negative() -> None:
    assert model_error(enclosing=-1) == "enclosing must be None or >= 0, got -1"


def test_enclosing_must_name_another_quote_of_the_article() -> None:
    with pytest.raises(ModelError, match=r"quotes\[0\]\.enclosing must be the index of another"):
        article(two_part_quote(enclosing=0))
    with pytest.raises(ModelError, match=r"quotes\[0\]\.enclosing must be the index of another"):
        article(two_part_quote(enclosing=5))


def test_enclosing_must_name_a_quote_that_contains_it() -> None:
    outer = Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST)
    with pytest.raises(ModelError, match=r"quotes\[1\]\.enclosing must name a quote whose span"):
        article(outer, two_part_quote(enclosing=0))


def test_enclosing_chains_must_not_loop() -> None:
    same = two_part_quote()
    with pytest.raises(ModelError, match="must not lead back to a quote it encloses"):
        article(
            two_part_quote(enclosing=1),
            Quote(text=same.text, kind=QuoteKind.INDIRECT, span=WHOLE, enclosing=0),
        )


def test_a_nested_quote_can_be_filtered_out() -> None:
    outer = two_part_quote()
    inner = Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST, enclosing=0)
    built = article(outer, inner)
    assert [quote for quote in built.quotes if quote.enclosing is None] == [outer]


# --- the formats ---------------------------------------------------------------------------------


def test_json_round_trips_parts_and_enclosing() -> None:
    built = article(
        two_part_quote(),
        Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST, enclosing=0),
    )
    record = json.loads(dumps(built))
    assert record["quotes"][0]["parts"] == [
        {"start": FIRST.start, "end": FIRST.end},
        {"start": SECOND.start, "end": SECOND.end},
    ]
    assert record["quotes"][1]["enclosing"] == 0
    assert loads(dumps(built), Article) == built


def test_json_leaves_out_parts_and_enclosing_when_unset() -> None:
    quote = Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST)
    assert "parts" not in json.loads(dumps(quote))
    assert "enclosing" not in json.loads(dumps(quote))


def test_json_written_before_quotes_had_parts_still_loads() -> None:
    old = {
        "schema_version": 1,
        "id": "a",
        "title": TITLE,
        "paragraphs": [PARAGRAPH],
        "index": None,
        "language": "de",
        "published": None,
        "source": None,
        "outlet": None,
        "quotes": [
            {
                "text": FIRST.slice(TEXT),
                "kind": "direct",
                "span": {"start": FIRST.start, "end": FIRST.end},
                "speaker": None,
                "speaker_mention": None,
                "cue": None,
                "frame": None,
                "addressee": None,
            }
        ],
        "speakers": [],
        "warnings": [],
    }
    loaded = loads(json.dumps(old), Article)
    assert (loaded.quotes[0].parts, loaded.quotes[0].enclosing) == ((), None)


def test_a_broken_part_is_a_record_error_naming_the_field() -> None:
    record = json.loads(dumps(article(two_part_quote())))
    record["quotes"][0]["parts"] = [{"start": FIRST.start, "end": FIRST.end}]
    with pytest.raises(RecordError) as excinfo:
        loads(json.dumps(record), Article)
    assert excinfo.value.field == "quotes[0].parts"


def test_csv_gives_the_content_and_the_parts_offsets() -> None:
    built = article(
        two_part_quote(),
        Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST, enclosing=0),
    )
    rows = list(iter_quote_rows([built]))
    assert [(row["quote"], row["parts"], row["enclosing"]) for row in rows] == [
        (
            "Wir werden kämpfen … und wir werden bleiben.",
            f"{FIRST.start}-{FIRST.end};{SECOND.start}-{SECOND.end}",
            None,
        ),
        ("Wir werden kämpfen", None, 0),
    ]
    stream = io.StringIO()
    write_csv([built], stream)
    header = stream.getvalue().splitlines()[0].split(",")
    assert header[-4:-2] == ["parts", "enclosing"]


def test_jsonld_has_one_selector_per_part() -> None:
    node = to_jsonld(article(two_part_quote()))
    (quotation,) = node["hasPart"]
    assert quotation["text"] == "Wir werden kämpfen … und wir werden bleiben."
    assert [(part["oa:start"], part["oa:end"]) for part in quotation["newscorpus:part"]] == [
        (FIRST.start, FIRST.end),
        (SECOND.start, SECOND.end),
    ]


def test_arrow_tables_round_trip_parts_and_enclosing() -> None:
    pytest.importorskip("pyarrow")
    built = article(
        two_part_quote(),
        Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST, enclosing=0),
    )
    corpus = newscorpus.Corpus([built])
    quotes = corpus.to_arrow().quotes
    assert quotes.column("enclosing").to_pylist() == [None, 0]
    assert quotes.column("parts").to_pylist()[0] == [
        {"start": FIRST.start, "end": FIRST.end},
        {"start": SECOND.start, "end": SECOND.end},
    ]


# --- extraction ----------------------------------------------------------------------------------


class Case(NamedTuple):
    """A text and the quotes found in it: content (parts joined by " … ") and enclosing."""

    language: str
    text: str
    expected: tuple[tuple[str, str, int | None], ...]


CASES = [
    # A direct quotation interrupted inside its sentence by its frame.
    Case(
        "de",
        "„Wir werden kämpfen“, sagte Merkel, „und wir werden bleiben.“",
        (("direct", "Wir werden kämpfen … und wir werden bleiben.", None),),
    ),
    # ... and one that runs on after the frame ends a sentence (English and German).
    Case(
        "en",
        '"We will fight," she said. "And we will stay."',
        (("direct", "We will fight, … And we will stay.", None),),
    ),
    Case(
        "de",
        "„Der Plan ist gut“, so die Ministerin Anna Berg. „Wir setzen ihn um.“",
        (("direct", "Der Plan ist gut … Wir setzen ihn um.", None),),
    ),
    # Two adjacent quotations of different speakers stay two.
    Case(
        "de",
        "„Wir gewinnen“, sagte Merkel. „Das ist falsch“, sagte Schulz.",
        (("direct", "Wir gewinnen", None), ("direct", "Das ist falsch", None)),
    ),
    Case(
        "en",
        '"We will fight," said Smith. "It is over," said Jones.',
        (("direct", "We will fight,", None), ("direct", "It is over,", None)),
    ),
    # A frame that does not close before the next quotation frames nothing of it.
    Case(
        "de",
        "„Das war wichtig“, sagte der Regisseur zum „Austausch“ der Künstler.",
        (("direct", "Das war wichtig", None), ("direct", "Austausch", None)),
    ),
    # A sentence between two quotations separates them.
    Case(
        "en",
        '"We will fight," he said. He paused. "And stay."',
        (("direct", "We will fight,", None), ("direct", "And stay.", None)),
    ),
    # Indirect content around an embedded frame: the parts leave the frame out.
    Case(
        "de",
        "Die Lage sei, so der Minister, ernst.",
        (("indirect", "Die Lage sei … ernst", None),),
    ),
    Case(
        "de",
        "Die SPD hält den Weg laut Peter Lahm für begehbar.",
        (("indirect", "Die SPD hält den Weg … für begehbar", None),),
    ),
    Case(
        "en",
        "The situation is, according to the minister, serious.",
        (("indirect", "The situation is … serious", None),),
    ),
    # A quotation one source relays from another ("zitiert … mit den Worten") is nested in the
    # relaying source's copy of it.
    Case(
        "de",
        "Die Zeitung zitiert einen Augenzeugen mit den Worten: „Der Mann ist geflohen.“",
        (("direct", "Der Mann ist geflohen.", None), ("direct", "Der Mann ist geflohen.", 0)),
    ),
    # A partial direct quotation inside indirect speech is nested in it.
    Case(
        "de",
        "Afghanistan sei ein „Opfer des Terrorismus“, sagte der Minister.",
        (
            ("indirect", "Afghanistan sei ein „Opfer des Terrorismus“", None),
            ("direct", "Opfer des Terrorismus", 0),
        ),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.text[:40] for case in CASES])
def test_extraction_joins_parts_and_marks_nesting(case: Case) -> None:
    found = extract_quotes(case.text, language=case.language)
    assert tuple((q.kind.value, q.content, q.enclosing) for q in found) == case.expected
    for quote in found:
        assert case.text[quote.span.start : quote.span.end] == quote.text


def test_a_joined_quote_keeps_the_speaker_and_cue_of_its_frame() -> None:
    (quote,) = extract_quotes(
        "„Wir werden kämpfen“, sagte Angela Merkel, „und wir werden bleiben.“", language="de"
    )
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.cue and quote.cue.text) == ("Angela Merkel", "sagte")


def test_searching_quotes_reads_the_content_not_the_frame_between_parts() -> None:
    corpus = newscorpus.Corpus([article(two_part_quote())])
    assert [hit.quote.content for hit in corpus.quotes(contains="bleiben")] == [
        "Wir werden kämpfen … und wir werden bleiben."
    ]
    assert corpus.quotes(contains="sagte sie") == []


def test_parquet_round_trips_parts_and_enclosing(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    built = article(
        two_part_quote(),
        Quote(text=FIRST.slice(TEXT), kind=QuoteKind.DIRECT, span=FIRST, enclosing=0),
    )
    newscorpus.write_parquet([built], tmp_path / "tables")
    assert list(newscorpus.load(tmp_path / "tables")) == [built]
    assert list(newscorpus.read_parquet(tmp_path / "tables")) == [built]
