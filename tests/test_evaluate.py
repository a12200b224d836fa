from __future__ import annotations

import json
import os
import pickle
import re
import threading
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newscorpus._exceptions import GoldFormatError
from newscorpus._extract import pipeline as _extract
from newscorpus._model import Mention, Quote, QuoteKind, Span
from newscorpus.evaluation import (
    CUE_TYPES,
    GNQA_LABELS,
    ROLES,
    ContentScore,
    EvaluationReport,
    GoldDocument,
    GoldFormat,
    GoldQuote,
    GoldRole,
    RoleScore,
    TypeRecall,
    detect_gold_format,
    evaluate,
    gold_quotes_as_predictions,
    read_gnqa,
    read_gold,
    read_polnear,
    score_gnqa,
    score_polnear,
)

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence
    from pathlib import Path

_TOKEN = re.compile(r"\w+|\S")

# --- building synthetic gold and system quotes -------------------------------------------------


def _find(text: str, piece: str) -> Span:
    start = text.index(piece)
    return Span(start=start, end=start + len(piece))


def _tokens(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((match.start(), match.end()) for match in _TOKEN.finditer(text))


def _role(text: str, *pieces: str) -> GoldRole:
    spans = tuple(_find(text, piece) for piece in pieces)
    ids = frozenset(
        number
        for number, (start, end) in enumerate(_tokens(text))
        for span in spans
        if start < span.end and span.start < end
    )
    return GoldRole(spans=spans, tokens=ids)


def _gold(
    text: str,
    label: str,
    content: Sequence[str],
    *,
    speaker: Sequence[str] = (),
    cue: Sequence[str] = (),
    frame: Sequence[str] = (),
    nested: bool = False,
) -> GoldQuote:
    kinds = {
        "Direct": QuoteKind.DIRECT,
        "Indirect": QuoteKind.INDIRECT,
        "FreeIndirect": QuoteKind.FREE_INDIRECT,
        "IndirectFreeIndirect": QuoteKind.INDIRECT,
        "Reported": QuoteKind.REPORTED,
    }
    return GoldQuote(
        kind=kinds[label],
        label=label,
        nested=nested,
        content=_role(text, *content),
        speaker=_role(text, *speaker),
        cue=_role(text, *cue),
        frame=_role(text, *frame),
    )


def _document(text: str, *quotes: GoldQuote) -> GoldDocument:
    return GoldDocument(name="doc", text=text, language="de", quotes=quotes, tokens=_tokens(text))


def _quote(
    text: str,
    kind: QuoteKind,
    piece: str,
    *,
    speaker: str | None = None,
    cue: str | None = None,
) -> Quote:
    span = _find(text, piece)
    return Quote(
        text=piece,
        kind=kind,
        span=span,
        speaker_mention=Mention.from_text(text, _find(text, speaker)) if speaker else None,
        cue=Mention.from_text(text, _find(text, cue)) if cue else None,
    )


def _scores(value: float, *roles: str) -> tuple[RoleScore, ...]:
    return tuple(RoleScore(role=role, precision=value, recall=value, f1=value) for role in roles)


def _recalls(labels: Sequence[str], found: dict[str, tuple[int, int]]) -> tuple[TypeRecall, ...]:
    rows = []
    for label in labels:
        gold, hits = found.get(label, (0, 0))
        rows.append(
            TypeRecall(label=label, gold=gold, found=hits, recall=hits / gold if gold else None)
        )
    return tuple(rows)


def _type_recall(**found: tuple[int, int]) -> tuple[TypeRecall, ...]:
    return _recalls(GNQA_LABELS, found)


def _cue_recall(**found: tuple[int, int]) -> tuple[TypeRecall, ...]:
    return _recalls(CUE_TYPES, found)


STORY = "Er sagte: „Wir gewinnen morgen.“ Die Polizei sprach von Ruhe. Laut Anna sei alles gut."
STORY_GOLD = _document(
    STORY,
    _gold(STORY, "Direct", ["„Wir gewinnen morgen.“"], speaker=["Er"], cue=["sagte"]),
    _gold(
        STORY,
        "Reported",
        ["Die Polizei sprach von Ruhe."],
        speaker=["Die Polizei"],
        cue=["sprach"],
    ),
    _gold(
        STORY,
        "Indirect",
        ["sei alles gut"],
        speaker=["Anna"],
        cue=["Laut"],
        frame=["Laut Anna"],
    ),
)

# Hand-computed example: one pair half right, one gold quote missed, one system quote spurious.
PARTIAL = "Anna sagte, die Lage sei ernst. Es regnet. Der Minister schweigt. Tom meinte, er komme."
PARTIAL_GOLD = _document(
    PARTIAL,
    _gold(PARTIAL, "Indirect", ["die Lage sei ernst"], speaker=["Anna"], cue=["sagte"]),
    _gold(PARTIAL, "Indirect", ["er komme"], speaker=["Tom"], cue=["meinte"]),
)
PARTIAL_SYSTEM = (
    _quote(PARTIAL, QuoteKind.INDIRECT, "sei ernst. Es regnet", speaker="Anna"),
    _quote(
        PARTIAL,
        QuoteKind.REPORTED,
        "Der Minister schweigt",
        speaker="Der Minister",
        cue="schweigt",
    ),
)
PARTIAL_REPORT = EvaluationReport(
    dataset="GNQA",
    language="de",
    documents=1,
    gold_quotes=2,
    system_quotes=2,
    matched=1,
    roles=(
        RoleScore(role="message", precision=0.25, recall=0.25, f1=0.25),
        RoleScore(role="speaker", precision=0.5, recall=0.5, f1=0.5),
        RoleScore(role="cue", precision=0.0, recall=0.0, f1=0.0),
        RoleScore(role="frame", precision=0.5, recall=0.5, f1=0.5),
        RoleScore(role="addressee", precision=0.5, recall=0.5, f1=0.5),
    ),
    source=RoleScore(role="source", precision=0.5, recall=0.5, f1=0.5),
    type_recall=_type_recall(Indirect=(2, 1)),
    kind_accuracy=1.0,
    cue_recall=_cue_recall(verb=(2, 1)),
)

POLITICS = 'Smith said the plan "will fail badly". Jones added that taxes rise.'
POLITICS_GOLD = GoldDocument(
    name="politics",
    text=POLITICS,
    language="en",
    quotes=(
        GoldQuote(
            content=_role(POLITICS, 'the plan "will fail badly"'),
            speaker=_role(POLITICS, "Smith"),
            cue=_role(POLITICS, "said"),
        ),
        GoldQuote(content=_role(POLITICS, "that taxes rise"), cue=_role(POLITICS, "added")),
    ),
)


def _politics_quote(piece: str, speaker: str | None = None) -> Quote:
    return _quote(POLITICS, QuoteKind.INDIRECT, piece, speaker=speaker)


# --- writing gold files ------------------------------------------------------------------------

GNQA_TEXT = "Er sagte: „Ja.“"


def _gnqa_record() -> dict[str, Any]:
    empty: dict[str, Any] = {"spans": [], "text": "", "tokenIds": []}
    return {
        "documentName": "doc-1",
        "originalText": GNQA_TEXT,
        "sentences": [],
        "tokens": [
            {"id": number, "charBegin": start, "charEnd": end, "text": GNQA_TEXT[start:end]}
            for number, (start, end) in enumerate(_tokens(GNQA_TEXT))
        ],
        "annotations": [
            {
                "type": "Direct",
                "medium": "Speech",
                "isNested": False,
                "hasNested": False,
                "id": 0,
                "quote": {
                    "spans": [{"charBegin": 10, "charEnd": 15}],
                    "text": "„Ja.“",
                    "tokenIds": [3, 4, 5, 6],
                },
                "speaker": {
                    "spans": [{"charBegin": 0, "charEnd": 2}],
                    "text": "Er",
                    "tokenIds": [0],
                },
                "cue": {
                    "spans": [{"charBegin": 3, "charEnd": 8}],
                    "text": "sagte",
                    "tokenIds": [1],
                },
                "frame": dict(empty),
                "addressee": dict(empty),
            }
        ],
    }


def _polnear_record() -> dict[str, Any]:
    return {
        "id": "politics",
        "text": POLITICS,
        "attributions": [
            {
                "source": [{"start": 0, "end": 5, "text": "Smith"}],
                "cue": [{"start": 6, "end": 10, "text": "said"}],
                "content": [{"start": 11, "end": 37, "text": 'the plan "will fail badly"'}],
            }
        ],
    }


def _write(path: Path, *lines: str | bytes) -> Path:
    path.write_bytes(
        b"".join((line if isinstance(line, bytes) else line.encode()) + b"\n" for line in lines)
    )
    return path


def _dumps(record: object) -> str:
    return json.dumps(record, ensure_ascii=False)


# --- reading -----------------------------------------------------------------------------------


def test_read_gnqa_reads_a_document(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_gnqa_record()))
    assert list(read_gnqa(path)) == [
        GoldDocument(
            name="doc-1",
            text=GNQA_TEXT,
            language="de",
            quotes=(
                GoldQuote(
                    kind=QuoteKind.DIRECT,
                    label="Direct",
                    nested=False,
                    content=GoldRole(
                        spans=(Span(start=10, end=15),), tokens=frozenset({3, 4, 5, 6})
                    ),
                    speaker=GoldRole(spans=(Span(start=0, end=2),), tokens=frozenset({0})),
                    cue=GoldRole(spans=(Span(start=3, end=8),), tokens=frozenset({1})),
                ),
            ),
            tokens=((0, 2), (3, 8), (8, 9), (10, 11), (11, 13), (13, 14), (14, 15)),
        )
    ]


def test_read_gnqa_maps_indirect_free_indirect_to_indirect(tmp_path: Path) -> None:
    record = _gnqa_record()
    record["annotations"][0]["type"] = "IndirectFreeIndirect"
    (document,) = read_gnqa(_write(tmp_path / "gold.jsonl", _dumps(record)))
    assert (document.quotes[0].kind, document.quotes[0].label) == (
        QuoteKind.INDIRECT,
        "IndirectFreeIndirect",
    )


def test_read_polnear_reads_a_document(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()))
    assert list(read_polnear(path)) == [
        GoldDocument(
            name="politics",
            text=POLITICS,
            language="en",
            quotes=(
                GoldQuote(
                    content=GoldRole(spans=(Span(start=11, end=37),)),
                    speaker=GoldRole(spans=(Span(start=0, end=5),)),
                    cue=GoldRole(spans=(Span(start=6, end=10),)),
                ),
            ),
        )
    ]


def test_blank_lines_are_skipped(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", "", _dumps(_polnear_record()), "  ")
    assert [document.name for document in read_polnear(path)] == ["politics"]


@pytest.mark.parametrize(
    ("record", "expected"),
    [(_gnqa_record(), GoldFormat.GNQA), (_polnear_record(), GoldFormat.POLNEAR)],
)
def test_detect_gold_format_reads_the_first_record(
    tmp_path: Path, record: dict[str, Any], expected: GoldFormat
) -> None:
    assert detect_gold_format(_write(tmp_path / "gold.jsonl", _dumps(record))) is expected


def test_read_gold_reads_either_format(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()))
    assert list(read_gold(path)) == list(read_polnear(path))


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", '{"title": "x", "body": "y"}')
    with pytest.raises(GoldFormatError) as excinfo:
        detect_gold_format(path)
    assert str(excinfo.value) == (
        f"{path}:1: unknown gold format: expected a GNQA record (with 'originalText') "
        "or a PolNeAR record (with 'attributions'), got keys body, title"
    )


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", "")
    with pytest.raises(GoldFormatError) as excinfo:
        detect_gold_format(path)
    assert str(excinfo.value) == f"{path}: no gold documents in the file"


def _without(record: dict[str, Any], *keys: str | int) -> dict[str, Any]:
    *parents, last = keys
    target: Any = record
    for key in parents:
        target = target[key]
    del target[last]
    return record


def _with(record: dict[str, Any], value: object, *keys: str | int) -> dict[str, Any]:
    *parents, last = keys
    target: Any = record
    for key in parents:
        target = target[key]
    target[last] = value
    return record


_GNQA_ERRORS: list[tuple[str | bytes, str]] = [
    (_dumps(_without(_gnqa_record(), "originalText")), "missing key 'originalText'"),
    (
        _dumps(_with(_gnqa_record(), "x", "tokens")),
        "'tokens' must be an array, got a string",
    ),
    (
        _dumps(_with(_gnqa_record(), 5, "tokens", 1, "id")),
        "'tokens[1].id' must be 1, got 5",
    ),
    (
        _dumps(_with(_gnqa_record(), "0", "tokens", 0, "charBegin")),
        "'tokens[0].charBegin' must be an integer, got a string",
    ),
    (
        _dumps(_with(_gnqa_record(), 99, "tokens", 0, "charEnd")),
        "'tokens[0]' must lie within the text (15 characters), got charBegin 0 and charEnd 99",
    ),
    (
        _dumps(_with(_gnqa_record(), 1, "tokens", 1, "charBegin")),
        "'tokens[1]' must not start before the previous token ends (2), got charBegin 1",
    ),
    (
        _dumps(_with(_gnqa_record(), "Quote", "annotations", 0, "type")),
        (
            "'annotations[0].type' must be one of Direct, Indirect, FreeIndirect, "
            "IndirectFreeIndirect, Reported, got 'Quote'"
        ),
    ),
    (
        _dumps(_with(_gnqa_record(), "no", "annotations", 0, "isNested")),
        "'annotations[0].isNested' must be true or false, got a string",
    ),
    (
        _dumps(_with(_gnqa_record(), 3, "annotations", 0)),
        "'annotations[0]' must be an object, got a number",
    ),
    (
        _dumps(_without(_gnqa_record(), "annotations", 0, "addressee")),
        "missing key 'annotations[0].addressee'",
    ),
    (
        _dumps(_without(_gnqa_record(), "annotations", 0, "quote", "spans")),
        "missing key 'annotations[0].quote.spans'",
    ),
    (
        _dumps(_with(_gnqa_record(), 7, "annotations", 0, "quote", "tokenIds", 0)),
        "'annotations[0].quote.tokenIds[0]' must be a token id (0 to 6), got 7",
    ),
    (
        _dumps(_with(_gnqa_record(), None, "annotations", 0, "quote", "tokenIds", 0)),
        "'annotations[0].quote.tokenIds[0]' must be a token id (0 to 6), got null",
    ),
    (
        _dumps(_with(_gnqa_record(), 16, "annotations", 0, "quote", "spans", 0, "charEnd")),
        (
            "'annotations[0].quote.spans[0]' must lie within the text (15 characters), "
            "got charBegin 10 and charEnd 16"
        ),
    ),
    ("[1, 2]", "a document must be a JSON object, got an array"),
    (b"\xff\xfe{}", "not valid UTF-8"),
]


@pytest.mark.parametrize(("line", "reason"), _GNQA_ERRORS)
def test_malformed_gnqa_line_is_refused_with_its_location(
    tmp_path: Path, line: str | bytes, reason: str
) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_gnqa_record()), line)
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_gnqa(path))
    assert str(excinfo.value) == f"{path}:2: {reason}"


def test_invalid_json_is_refused_with_its_column(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_gnqa_record()), '{"a": }')
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_gnqa(path))
    assert str(excinfo.value) == f"{path}:2:7: not valid JSON"


def test_a_key_given_twice_is_refused_with_its_location(tmp_path: Path) -> None:
    # A parser keeps the last value of a key: the first would be scored as if never written.
    twice = _dumps(_polnear_record()).replace('{"', '{"text": "earlier", "', 1)
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()), twice)
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_gold(path))
    assert str(excinfo.value) == (
        f"{path}:2: not valid JSON: the key 'text' is given twice in one object"
    )


def test_deeply_nested_json_is_refused(tmp_path: Path) -> None:
    nested = '{"text": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()), nested)
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_gold(path))
    assert str(excinfo.value) == f"{path}:2: not valid JSON: nested too deeply"


def test_lone_surrogate_in_the_text_is_refused(tmp_path: Path) -> None:
    # The json module reads the escape of a lone surrogate; the text must not hold one.
    record = _with(_polnear_record(), POLITICS.replace(" ", "\ud800", 1), "text")
    path = _write(tmp_path / "gold.jsonl", json.dumps(record))
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_gold(path))
    assert str(excinfo.value) == (
        f"{path}:1: 'text' must be valid Unicode, got the lone surrogate U+D800 at character 5"
    )


@pytest.mark.parametrize(
    ("record", "reason"),
    [
        (_without(_polnear_record(), "text"), "missing key 'text'"),
        (
            _without(_polnear_record(), "attributions", 0, "source", 0, "end"),
            "missing key 'attributions[0].source[0].end'",
        ),
        (
            _with(_polnear_record(), 50, "attributions", 0, "content", 0, "start"),
            (
                "'attributions[0].content[0]' must lie within the text (67 characters), "
                "got start 50 and end 37"
            ),
        ),
        (_gnqa_record(), "missing key 'id'"),
    ],
)
def test_malformed_polnear_line_is_refused_with_its_location(
    tmp_path: Path, record: dict[str, Any], reason: str
) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()), _dumps(record))
    with pytest.raises(GoldFormatError) as excinfo:
        list(read_polnear(path))
    assert str(excinfo.value) == f"{path}:2: {reason}"


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 40) | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(
            st.sampled_from(["spans", "tokenIds", "charBegin", "charEnd", "start", "end", "id"]),
            inner,
            max_size=4,
        )
    ),
    max_leaves=12,
)
_GOLD_KEYS = st.sampled_from(
    ["documentName", "originalText", "tokens", "annotations", "id", "text", "attributions"]
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=st.dictionaries(_GOLD_KEYS, _JSON_VALUES, max_size=7))
def test_reading_arbitrary_records_raises_only_gold_format_errors(
    tmp_path: Path, record: dict[str, Any]
) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(record))
    for reader in (read_gnqa, read_polnear, read_gold):
        try:
            documents = list(reader(path))
        except GoldFormatError:
            continue
        assert len(documents) == 1


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=40))
def test_reading_arbitrary_bytes_raises_only_gold_format_errors(
    tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(content)
    try:
        documents = list(read_gold(path))
    except GoldFormatError:
        return
    assert len(documents) >= 1


# --- gold as predictions -----------------------------------------------------------------------


def test_gold_direct_quote_loses_its_marks() -> None:
    document = _document(
        STORY, _gold(STORY, "Direct", ["„Wir gewinnen morgen.“"], speaker=["Er"], cue=["sagte"])
    )
    assert gold_quotes_as_predictions(document) == (
        Quote(
            text="Wir gewinnen morgen.",
            kind=QuoteKind.DIRECT,
            span=Span(start=11, end=31),
            speaker_mention=Mention(text="Er", span=Span(start=0, end=2)),
            cue=Mention(text="sagte", span=Span(start=3, end=8)),
        ),
    )


def test_gold_quote_in_two_parts_becomes_one_quote_with_both_parts() -> None:
    text = "„Wir gewinnen“, sagte er, „ganz sicher.“"
    document = _document(
        text, _gold(text, "Direct", ["„Wir gewinnen“", "„ganz sicher.“"], cue=["sagte"])
    )
    assert gold_quotes_as_predictions(document) == (
        Quote(
            text="Wir gewinnen“, sagte er, „ganz sicher.",
            kind=QuoteKind.DIRECT,
            span=Span(start=1, end=39),
            cue=Mention(text="sagte", span=Span(start=16, end=21)),
            parts=(Span(start=1, end=13), Span(start=27, end=39)),
        ),
    )


def test_gnqa_scores_the_parts_of_a_quote_that_runs_on_after_a_sentence_as_two_quotes() -> None:
    text = "„Wir gewinnen“, sagte er. „Ganz sicher.“"
    document = _document(
        text,
        _gold(text, "Direct", ["„Wir gewinnen“"], cue=["sagte"], speaker=["er"]),
        _gold(text, "Direct", ["„Ganz sicher.“"], cue=["sagte"], speaker=["er"]),
    )
    joined = Quote(
        text="Wir gewinnen“, sagte er. „Ganz sicher.",
        kind=QuoteKind.DIRECT,
        span=Span(start=1, end=39),
        cue=Mention(text="sagte", span=Span(start=16, end=21)),
        speaker_mention=Mention(text="er", span=Span(start=22, end=24)),
        parts=(Span(start=1, end=13), Span(start=27, end=39)),
    )
    report = score_gnqa([document], [[joined]])
    assert (report.system_quotes, report.matched, report.roles[0].f1) == (2, 2, 1.0)


def test_polnear_coverage_counts_only_the_parts_of_a_quote() -> None:
    text = '"We won," she said. "We will win again."'
    gold = GoldDocument(
        name="parts",
        text=text,
        language="en",
        quotes=(
            GoldQuote(
                content=GoldRole(spans=(Span(start=1, end=7), Span(start=21, end=39))),
                speaker=GoldRole(spans=(Span(start=9, end=12),)),
            ),
        ),
    )
    whole = Quote(
        text=text[1:39],
        kind=QuoteKind.DIRECT,
        span=Span(start=1, end=39),
        speaker_mention=Mention(text="she", span=Span(start=9, end=12)),
        parts=(Span(start=1, end=7), Span(start=21, end=39)),
    )
    report = score_polnear([gold], [[whole]])
    assert [content.matched for content in report.content] == [1, 1]
    assert report.speaker_accuracy == 1.0


def test_gold_role_in_overlapping_spans_becomes_one_mention() -> None:
    text = "Nach Angaben der Polizei sei alles ruhig."
    gold = GoldQuote(
        kind=QuoteKind.INDIRECT,
        label="Indirect",
        content=_role(text, "sei alles ruhig"),
        frame=GoldRole(spans=(Span(start=5, end=24), Span(start=0, end=12))),
    )
    (quote,) = gold_quotes_as_predictions(_document(text, gold))
    assert quote.frame == Mention(text="Nach Angaben der Polizei", span=Span(start=0, end=24))


def test_gold_role_in_separate_spans_becomes_a_mention_with_parts() -> None:
    text = "Er wies das als falsch zurück."
    gold = _gold(text, "Reported", ["wies das als falsch zurück"], cue=["wies", "zurück"])
    (quote,) = gold_quotes_as_predictions(_document(text, gold))
    assert quote.cue == Mention.from_text(text, _find(text, "wies"), _find(text, "zurück"))


def test_gold_quote_leaves_out_an_empty_content_span() -> None:
    # An empty span holds no character, as GNQA's token ids and PolNeAR's coverage count it.
    text = "Anna sagte, die Lage sei ernst."
    content = _find(text, "die Lage sei ernst")
    gold = GoldQuote(
        kind=QuoteKind.INDIRECT,
        label="Indirect",
        content=GoldRole(spans=(Span(start=5, end=5), content)),
    )
    assert gold_quotes_as_predictions(_document(text, gold)) == (
        Quote(text="die Lage sei ernst", kind=QuoteKind.INDIRECT, span=content),
    )


def test_gold_role_leaves_out_an_empty_span() -> None:
    text = "Anna sagte, die Lage sei ernst."
    gold = GoldQuote(
        kind=QuoteKind.INDIRECT,
        label="Indirect",
        content=_role(text, "die Lage sei ernst"),
        speaker=GoldRole(spans=(_find(text, "Anna"), Span(start=6, end=6))),
    )
    (quote,) = gold_quotes_as_predictions(_document(text, gold))
    assert quote.speaker_mention == Mention(text="Anna", span=Span(start=0, end=4))


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            '"will fail badly"',
            Quote(text="will fail badly", kind=QuoteKind.DIRECT, span=Span(start=21, end=36)),
        ),
        ("the plan", Quote(text="the plan", kind=QuoteKind.INDIRECT, span=Span(start=11, end=19))),
    ],
)
def test_polnear_gold_is_direct_only_between_marks(content: str, expected: Quote) -> None:
    document = GoldDocument(
        name="p",
        text=POLITICS,
        language="en",
        quotes=(GoldQuote(content=_role(POLITICS, content)),),
    )
    assert gold_quotes_as_predictions(document) == (expected,)


def test_gold_quote_without_content_is_left_out() -> None:
    document = _document(STORY, GoldQuote(kind=QuoteKind.INDIRECT, label="Indirect"))
    assert gold_quotes_as_predictions(document) == ()


# --- GNQA scoring ------------------------------------------------------------------------------


def test_gold_scored_against_itself_is_perfect() -> None:
    report = score_gnqa([STORY_GOLD], [gold_quotes_as_predictions(STORY_GOLD)])
    assert report == EvaluationReport(
        dataset="GNQA",
        language="de",
        documents=1,
        gold_quotes=3,
        system_quotes=3,
        matched=3,
        roles=_scores(1.0, *ROLES),
        source=RoleScore(role="source", precision=1.0, recall=1.0, f1=1.0),
        type_recall=_type_recall(Direct=(1, 1), Indirect=(1, 1), Reported=(1, 1)),
        kind_accuracy=1.0,
        cue_recall=_cue_recall(verb=(2, 2), frame=(1, 1)),
    )


def test_no_predictions_score_zero() -> None:
    report = score_gnqa([STORY_GOLD], [()])
    assert report == EvaluationReport(
        dataset="GNQA",
        language="de",
        documents=1,
        gold_quotes=3,
        system_quotes=0,
        matched=0,
        roles=_scores(0.0, *ROLES),
        source=RoleScore(role="source", precision=0.0, recall=0.0, f1=0.0),
        type_recall=_type_recall(Direct=(1, 0), Indirect=(1, 0), Reported=(1, 0)),
        kind_accuracy=None,
        cue_recall=_cue_recall(verb=(2, 0), frame=(1, 0)),
    )


def test_partial_predictions_score_as_computed_by_hand() -> None:
    assert score_gnqa([PARTIAL_GOLD], [PARTIAL_SYSTEM]) == PARTIAL_REPORT


def test_scores_add_up_over_documents() -> None:
    report = score_gnqa(
        [PARTIAL_GOLD, STORY_GOLD], [PARTIAL_SYSTEM, gold_quotes_as_predictions(STORY_GOLD)]
    )
    # The message sums are 0.5 from the partial document and 3 from the perfect one, over 5.
    assert (report.documents, report.roles[0]) == (
        2,
        RoleScore(role="message", precision=0.7, recall=0.7, f1=0.7),
    )


def test_direct_quote_without_marks_matches_gold_with_marks() -> None:
    document = _document(STORY, STORY_GOLD.quotes[0])
    quote = _quote(STORY, QuoteKind.DIRECT, "Wir gewinnen morgen", speaker="Er", cue="sagte")
    assert score_gnqa([document], [[quote]]).roles == _scores(1.0, *ROLES)


def test_quote_interrupted_by_its_attribution_matches_gold_in_two_parts() -> None:
    text = "„Wir gewinnen“, sagte er, „ganz sicher.“"
    gold = _gold(
        text, "Direct", ["„Wir gewinnen“", "„ganz sicher.“"], speaker=["er"], cue=["sagte"]
    )
    quote = _quote(
        text, QuoteKind.DIRECT, "Wir gewinnen“, sagte er, „ganz sicher", speaker="er", cue="sagte"
    )
    assert score_gnqa([_document(text, gold)], [[quote]]).roles == _scores(1.0, *ROLES)


def test_reported_quote_keeps_its_speaker_and_cue_in_the_message() -> None:
    document = _document(STORY, STORY_GOLD.quotes[1])
    quote = _quote(
        STORY,
        QuoteKind.REPORTED,
        "Die Polizei sprach von Ruhe",
        speaker="Die Polizei",
        cue="sprach",
    )
    assert score_gnqa([document], [[quote]]).roles[0] == RoleScore(
        role="message", precision=1.0, recall=1.0, f1=1.0
    )


def test_other_quotes_lose_their_speaker_and_cue_from_the_message() -> None:
    document = _document(STORY, STORY_GOLD.quotes[1])
    quote = _quote(
        STORY,
        QuoteKind.INDIRECT,
        "Die Polizei sprach von Ruhe",
        speaker="Die Polizei",
        cue="sprach",
    )
    # system message {von, Ruhe} against gold {Die, Polizei, sprach, von, Ruhe}
    assert score_gnqa([document], [[quote]]).roles[0] == RoleScore(
        role="message", precision=1.0, recall=0.4, f1=2 * 0.4 / 1.4
    )


def test_equal_message_matches_are_paired_by_their_roles() -> None:
    text = "„Alles gut“, sagte Anna laut Bild."
    document = _document(
        text,
        _gold(text, "Direct", ["„Alles gut“"], speaker=["Anna"], cue=["sagte"]),
        _gold(text, "Direct", ["„Alles gut“"], speaker=["Bild"], cue=["laut"]),
    )
    predictions = tuple(reversed(gold_quotes_as_predictions(document)))
    assert score_gnqa([document], [predictions]).roles == _scores(1.0, *ROLES)


def test_source_view_leaves_out_nested_gold_and_what_matched_it() -> None:
    text = "Anna sagte, Tom habe „nie wieder“ gerufen."
    document = _document(
        text,
        _gold(text, "Indirect", ["Tom habe „nie wieder“ gerufen"], speaker=["Anna"], cue=["sagte"]),
        _gold(text, "Direct", ["„nie wieder“"], speaker=["Tom"], cue=["gerufen"], nested=True),
    )
    predictions = [
        _quote(
            text, QuoteKind.INDIRECT, "Tom habe „nie wieder“ gerufen", speaker="Anna", cue="sagte"
        ),
        _quote(text, QuoteKind.DIRECT, "nie wieder", speaker="Anna", cue="gerufen"),
    ]
    report = score_gnqa([document], [predictions])
    assert (report.roles[1], report.source) == (
        RoleScore(role="speaker", precision=0.5, recall=0.5, f1=0.5),
        RoleScore(role="source", precision=1.0, recall=1.0, f1=1.0),
    )


@pytest.mark.parametrize(
    ("piece", "found"),
    [("sei ernst. Es regnet", 1), ("ernst. Es regnet", 0)],
)
def test_gold_quote_is_found_from_a_message_f1_of_one_half(piece: str, found: int) -> None:
    quote = _quote(PARTIAL, QuoteKind.INDIRECT, piece)
    report = score_gnqa([_document(PARTIAL, PARTIAL_GOLD.quotes[0])], [[quote]])
    assert report.type_recall[1] == TypeRecall(
        label="Indirect", gold=1, found=found, recall=float(found)
    )


@pytest.mark.parametrize(
    ("kind", "accuracy"),
    [(QuoteKind.INDIRECT, 1.0), (QuoteKind.FREE_INDIRECT, 1.0), (QuoteKind.DIRECT, 0.0)],
)
def test_indirect_free_indirect_accepts_either_kind(kind: QuoteKind, accuracy: float) -> None:
    document = _document(PARTIAL, _gold(PARTIAL, "IndirectFreeIndirect", ["die Lage sei ernst"]))
    quote = _quote(PARTIAL, kind, "die Lage sei ernst")
    assert score_gnqa([document], [[quote]]).kind_accuracy == accuracy


def test_gold_quote_of_punctuation_only_is_skipped() -> None:
    text = "Er sagte: … Dann ging er."
    document = _document(text, _gold(text, "Direct", ["…"], speaker=["Er"]))
    report = score_gnqa([document], [()])
    assert (report.gold_quotes, report.skipped_gold_quotes) == (0, 1)


def test_quote_outside_the_text_matches_nothing() -> None:
    quote = Quote(text="abcde", kind=QuoteKind.DIRECT, span=Span(start=1000, end=1005))
    report = score_gnqa([STORY_GOLD], [[quote]])
    assert (report.system_quotes, report.matched) == (1, 0)


def test_predictions_must_match_documents_one_to_one() -> None:
    with pytest.raises(ValueError, match="predictions") as excinfo:
        score_gnqa([STORY_GOLD], [(), ()])
    assert str(excinfo.value) == (
        "predictions must hold one sequence of quotes per document (1), got 2"
    )


@st.composite
def _story_quotes(draw: st.DrawFn) -> Quote:
    start = draw(st.integers(0, len(STORY)))
    end = draw(st.integers(start, len(STORY)))
    speaker = None
    if draw(st.booleans()):
        speaker_start = draw(st.integers(0, len(STORY) - 1))
        speaker_end = draw(st.integers(speaker_start + 1, len(STORY)))
        speaker = Mention.from_text(STORY, Span(start=speaker_start, end=speaker_end))
    return Quote(
        text=STORY[start:end],
        kind=draw(st.sampled_from(QuoteKind)),
        span=Span(start=start, end=end),
        speaker_mention=speaker,
    )


@given(st.lists(_story_quotes(), max_size=5))
def test_scores_of_arbitrary_predictions_lie_between_zero_and_one(quotes: list[Quote]) -> None:
    report = score_gnqa([STORY_GOLD], [quotes])
    assert report.source is not None
    values = [
        value
        for score in (*report.roles, report.source)
        for value in (score.precision, score.recall, score.f1)
    ]
    assert all(0.0 <= value <= 1.0 for value in values)
    assert report.matched <= min(len(quotes), 3)


def test_recall_is_counted_per_type_of_gold_cue() -> None:
    text = "Anna sagte, es regne. Laut Tom sei es kalt. Sie ist der Meinung, es schneie bald."
    gold = _document(
        text,
        _gold(text, "Indirect", ["es regne"], speaker=["Anna"], cue=["sagte"]),
        _gold(text, "Indirect", ["sei es kalt"], speaker=["Tom"], cue=["Laut"]),
        _gold(text, "Indirect", ["es schneie bald"], speaker=["Sie"], cue=["ist der Meinung"]),
        _gold(text, "FreeIndirect", ["Laut Tom sei es kalt."]),
    )
    found = (_quote(text, QuoteKind.INDIRECT, "es regne", speaker="Anna", cue="sagte"),)
    report = score_gnqa([gold], [found])
    assert report.cue_recall == _cue_recall(verb=(1, 1), noun=(1, 0), frame=(1, 0), none=(1, 0))


# --- PolNeAR scoring ---------------------------------------------------------------------------


def test_polnear_coverage_thresholds_and_speaker_accuracy() -> None:
    predictions = [
        # 11 of the gold content's 20 letters: found at 30 %, not at 80 %
        _politics_quote('the plan "will', speaker="Smith"),
        _politics_quote("that taxes rise"),
    ]
    assert score_polnear([POLITICS_GOLD], [predictions]) == EvaluationReport(
        dataset="PolNeAR",
        language="en",
        documents=1,
        gold_quotes=2,
        system_quotes=2,
        matched=2,
        content=(
            ContentScore(threshold=0.3, matched=2, precision=1.0, recall=1.0, f1=1.0),
            ContentScore(threshold=0.8, matched=1, precision=0.5, recall=0.5, f1=0.5),
        ),
        speaker_accuracy=1.0,
        speaker_pairs=1,
        gold_without_source=1,
        cue_recall=_cue_recall(verb=(2, 2)),
    )


@pytest.mark.parametrize(("speaker", "accuracy"), [("Smith", 1.0), ("Jones", 0.0), (None, 0.0)])
def test_polnear_speaker_is_right_when_it_overlaps_the_source(
    speaker: str | None, accuracy: float
) -> None:
    predictions = [_politics_quote('the plan "will fail badly"', speaker=speaker)]
    assert score_polnear([POLITICS_GOLD], [predictions]).speaker_accuracy == accuracy


def test_polnear_gold_scored_against_itself_is_perfect() -> None:
    report = score_polnear([POLITICS_GOLD], [gold_quotes_as_predictions(POLITICS_GOLD)])
    assert (report.content, report.speaker_accuracy) == (
        (
            ContentScore(threshold=0.3, matched=2, precision=1.0, recall=1.0, f1=1.0),
            ContentScore(threshold=0.8, matched=2, precision=1.0, recall=1.0, f1=1.0),
        ),
        1.0,
    )


def test_polnear_equal_coverage_goes_to_the_tighter_prediction() -> None:
    text = 'Ann said Bob claimed "it works" yesterday.'
    document = GoldDocument(
        name="nested",
        text=text,
        language="en",
        quotes=(
            GoldQuote(content=_role(text, '"it works"'), speaker=_role(text, "Bob")),
            GoldQuote(content=_role(text, 'Bob claimed "it works"'), speaker=_role(text, "Ann")),
        ),
    )
    predictions = [
        _quote(text, QuoteKind.INDIRECT, 'Bob claimed "it works"'),
        _quote(text, QuoteKind.DIRECT, "it works"),
    ]
    assert score_polnear([document], [predictions]).content[1] == ContentScore(
        threshold=0.8, matched=2, precision=1.0, recall=1.0, f1=1.0
    )


def test_polnear_no_predictions_score_zero() -> None:
    report = score_polnear([POLITICS_GOLD], [()])
    assert (report.content, report.speaker_accuracy) == (
        (
            ContentScore(threshold=0.3, matched=0, precision=0.0, recall=0.0, f1=0.0),
            ContentScore(threshold=0.8, matched=0, precision=0.0, recall=0.0, f1=0.0),
        ),
        None,
    )


# --- evaluate ----------------------------------------------------------------------------------


def test_evaluate_runs_the_extractor_on_each_document(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_gnqa_record()))
    (document,) = read_gnqa(path)
    texts: list[str] = []

    def extract(text: str) -> tuple[Quote, ...]:
        texts.append(text)
        return gold_quotes_as_predictions(document)

    report = evaluate(path, extract=extract)
    assert report.elapsed_seconds is not None
    assert report.elapsed_seconds >= 0
    assert texts == [GNQA_TEXT]
    assert attrs.evolve(report, elapsed_seconds=None) == attrs.evolve(
        score_gnqa([document], [gold_quotes_as_predictions(document)]), gold_path=str(path)
    )


def test_evaluate_takes_an_extractor_that_yields_its_quotes(tmp_path: Path) -> None:
    # Worker processes turn what the extractor returns into a tuple; one process does too.
    path = _write(tmp_path / "gold.jsonl", _dumps(_gnqa_record()))
    (document,) = read_gnqa(path)

    def extract(text: str) -> Iterator[Quote]:
        del text
        yield from gold_quotes_as_predictions(document)

    report = evaluate(path, extract=extract)  # type: ignore[arg-type]
    assert attrs.evolve(report, elapsed_seconds=None, gold_path=None) == score_gnqa(
        [document], [gold_quotes_as_predictions(document)]
    )


def test_evaluate_limit_scores_the_first_documents(tmp_path: Path) -> None:
    record = _polnear_record()
    path = _write(tmp_path / "gold.jsonl", _dumps(record), _dumps(record), _dumps(record))
    assert evaluate(path, extract=lambda _: (), limit=2).documents == 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_evaluate_reads_a_gold_file_that_can_be_read_only_once(tmp_path: Path) -> None:
    # A named pipe, as the shell's <(zcat gold.jsonl.gz) gives: what is read from it is gone.
    pipe = tmp_path / "gold.jsonl"
    os.mkfifo(pipe)
    done = threading.Event()

    def write() -> None:
        with pipe.open("w", encoding="utf-8") as stream:
            stream.write(f"{_dumps(_polnear_record())}\n" * 3)
        while not done.is_set():
            with pipe.open("w", encoding="utf-8"):
                pass  # a later reader finds the pipe empty instead of waiting forever

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        report = evaluate(pipe, extract=lambda _: ())
    finally:
        done.set()
        while writer.is_alive():  # a reader lets the writer's waiting open return
            os.close(os.open(pipe, os.O_RDONLY | os.O_NONBLOCK))
            writer.join(0.01)
    assert (report.documents, report.gold_quotes) == (3, 3)


@pytest.mark.parametrize(("limit", "name"), [(2.5, "float"), ("3", "str"), (True, "bool")])
def test_evaluate_refuses_a_limit_that_is_no_whole_number(
    tmp_path: Path, limit: object, name: str
) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()))
    with pytest.raises(ValueError, match="limit") as excinfo:
        evaluate(path, extract=lambda _: (), limit=limit)  # type: ignore[arg-type]
    assert str(excinfo.value) == f"limit must be None or an int >= 0, got {name}"


def test_evaluate_refuses_a_negative_limit(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()))
    with pytest.raises(ValueError, match="limit") as excinfo:
        evaluate(path, limit=-1)
    assert str(excinfo.value) == "limit must be None or >= 0, got -1"


@pytest.mark.parametrize(
    ("record", "language"), [(_gnqa_record(), "de"), (_polnear_record(), "en")]
)
def test_evaluate_defaults_to_the_extractor_in_the_gold_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record: dict[str, Any], language: str
) -> None:
    languages: list[str | None] = []

    def extract_quotes(text: str, *, language: str | None = None) -> tuple[Quote, ...]:
        del text
        languages.append(language)
        return ()

    monkeypatch.setattr(_extract, "extract_quotes", extract_quotes)
    evaluate(_write(tmp_path / "gold.jsonl", _dumps(record)))
    assert languages == [language]


# --- the report --------------------------------------------------------------------------------


def test_gnqa_report_as_markdown() -> None:
    report = attrs.evolve(PARTIAL_REPORT, gold_path="/data/dev.jsonl", elapsed_seconds=1.234)
    assert report.to_markdown() == (
        "### GNQA: `dev.jsonl`\n"
        "\n"
        "1 documents, 2 gold quotes (0 skipped), 2 system quotes, 1 matched, 1.23 s.\n"
        "\n"
        "| measure | P | R | F1 |\n"
        "|---|---:|---:|---:|\n"
        "| message | 25.0 | 25.0 | 25.0 |\n"
        "| speaker | 50.0 | 50.0 | 50.0 |\n"
        "| cue | 0.0 | 0.0 | 0.0 |\n"
        "| frame | 50.0 | 50.0 | 50.0 |\n"
        "| addressee | 50.0 | 50.0 | 50.0 |\n"
        "| source | 50.0 | 50.0 | 50.0 |\n"
        "\n"
        "| gold type | gold | found | recall |\n"
        "|---|---:|---:|---:|\n"
        "| Direct | 0 | 0 | n/a |\n"
        "| Indirect | 2 | 1 | 50.0 |\n"
        "| FreeIndirect | 0 | 0 | n/a |\n"
        "| IndirectFreeIndirect | 0 | 0 | n/a |\n"
        "| Reported | 0 | 0 | n/a |\n"
        "\n"
        "Kind accuracy on found quotes: 100.0.\n"
        "\n"
        "| gold cue | gold | found | recall |\n"
        "|---|---:|---:|---:|\n"
        "| verb | 2 | 1 | 50.0 |\n"
        "| noun | 0 | 0 | n/a |\n"
        "| frame | 0 | 0 | n/a |\n"
        "| none | 0 | 0 | n/a |\n"
    )


def test_polnear_report_as_markdown() -> None:
    report = score_polnear([POLITICS_GOLD], [[_politics_quote("that taxes rise")]])
    assert report.to_markdown() == (
        "### PolNeAR\n"
        "\n"
        "1 documents, 2 gold quotes (0 skipped), 1 system quotes, 1 matched.\n"
        "\n"
        "| measure | P | R | F1 |\n"
        "|---|---:|---:|---:|\n"
        "| content, coverage >= 30 % | 100.0 | 50.0 | 66.7 |\n"
        "| content, coverage >= 80 % | 100.0 | 50.0 | 66.7 |\n"
        "\n"
        "| gold cue | gold | found | recall |\n"
        "|---|---:|---:|---:|\n"
        "| verb | 2 | 1 | 50.0 |\n"
        "| noun | 0 | 0 | n/a |\n"
        "| frame | 0 | 0 | n/a |\n"
        "| none | 0 | 0 | n/a |\n"
        "\n"
        "Speaker accuracy: n/a of 0 matched pairs (1 without a gold source skipped).\n"
    )


def test_report_as_dict() -> None:
    report = score_polnear([POLITICS_GOLD], [[_politics_quote("that taxes rise")]])
    two_thirds = 2 * 0.5 / 1.5
    assert report.to_dict() == {
        "dataset": "PolNeAR",
        "language": "en",
        "documents": 1,
        "gold_quotes": 2,
        "system_quotes": 1,
        "matched": 1,
        "skipped_gold_quotes": 0,
        "roles": [],
        "source": None,
        "type_recall": [],
        "kind_accuracy": None,
        "cue_recall": [
            {"label": "verb", "gold": 2, "found": 1, "recall": 0.5},
            {"label": "noun", "gold": 0, "found": 0, "recall": None},
            {"label": "frame", "gold": 0, "found": 0, "recall": None},
            {"label": "none", "gold": 0, "found": 0, "recall": None},
        ],
        "content": [
            {"threshold": 0.3, "matched": 1, "precision": 1.0, "recall": 0.5, "f1": two_thirds},
            {"threshold": 0.8, "matched": 1, "precision": 1.0, "recall": 0.5, "f1": two_thirds},
        ],
        "speaker_accuracy": None,
        "speaker_pairs": 0,
        "gold_without_source": 1,
        "gold_path": None,
        "elapsed_seconds": None,
    }


def test_report_and_gold_survive_pickling() -> None:
    assert pickle.loads(pickle.dumps((PARTIAL_REPORT, STORY_GOLD))) == (  # noqa: S301 - our own data
        PARTIAL_REPORT,
        STORY_GOLD,
    )


# --- the shared gold data ----------------------------------------------------------------------


def _lookup(documents: Sequence[GoldDocument]) -> dict[str, tuple[Quote, ...]]:
    return {document.text: gold_quotes_as_predictions(document) for document in documents}


@pytest.mark.shared
def test_gnqa_dev_gold_scored_against_itself_is_perfect(shared: Path) -> None:
    path = shared / "data" / "gnqa" / "dev.jsonl"
    predictions = _lookup(list(read_gnqa(path)))
    report = evaluate(path, extract=predictions.__getitem__)
    assert attrs.evolve(report, elapsed_seconds=None) == EvaluationReport(
        dataset="GNQA",
        language="de",
        documents=150,
        gold_quotes=653,
        system_quotes=653,
        matched=653,
        roles=_scores(1.0, *ROLES),
        source=RoleScore(role="source", precision=1.0, recall=1.0, f1=1.0),
        type_recall=_type_recall(
            Direct=(136, 136),
            Indirect=(335, 335),
            FreeIndirect=(27, 27),
            IndirectFreeIndirect=(64, 64),
            Reported=(91, 91),
        ),
        kind_accuracy=1.0,
        cue_recall=_cue_recall(verb=(294, 294), noun=(21, 21), frame=(130, 130), none=(208, 208)),
        gold_path=str(path),
    )


@pytest.mark.shared
def test_gnqa_dev_without_predictions_scores_zero(shared: Path) -> None:
    path = shared / "data" / "gnqa" / "dev.jsonl"
    report = evaluate(path, extract=lambda _: ())
    assert (report.roles, report.source, report.system_quotes, report.gold_quotes) == (
        _scores(0.0, *ROLES),
        RoleScore(role="source", precision=0.0, recall=0.0, f1=0.0),
        0,
        653,
    )


@pytest.mark.shared
def test_polnear_dev_gold_scored_against_itself_is_perfect(shared: Path) -> None:
    path = shared / "data" / "polnear" / "dev.jsonl"
    predictions = _lookup(list(read_polnear(path)))
    report = evaluate(path, extract=predictions.__getitem__)
    assert attrs.evolve(report, elapsed_seconds=None) == EvaluationReport(
        dataset="PolNeAR",
        language="en",
        documents=84,
        gold_quotes=2192,
        system_quotes=2192,
        matched=2192,
        skipped_gold_quotes=1,
        content=(
            ContentScore(threshold=0.3, matched=2192, precision=1.0, recall=1.0, f1=1.0),
            ContentScore(threshold=0.8, matched=2192, precision=1.0, recall=1.0, f1=1.0),
        ),
        speaker_accuracy=1.0,
        speaker_pairs=2066,
        gold_without_source=126,
        cue_recall=_cue_recall(verb=(2101, 2101), noun=(33, 33), frame=(37, 37), none=(21, 21)),
        gold_path=str(path),
    )


@pytest.mark.shared
@pytest.mark.parametrize("corpus", ["gnqa", "polnear"])
def test_two_jobs_give_the_report_of_one(shared: Path, corpus: str) -> None:
    path = shared / "data" / corpus / "dev.jsonl"
    one, two = (evaluate(path, limit=10, jobs=jobs) for jobs in (1, 2))
    assert attrs.evolve(two, elapsed_seconds=None) == attrs.evolve(one, elapsed_seconds=None)


def test_two_jobs_score_each_document_with_its_own_quotes(tmp_path: Path) -> None:
    # Nine documents that differ by trailing spaces; only every third is predicted right.
    records = [{**_polnear_record(), "text": POLITICS + " " * number} for number in range(9)]
    path = _write(tmp_path / "gold.jsonl", *map(_dumps, records))
    predictions = {
        document.text: gold_quotes_as_predictions(document) if number % 3 == 0 else ()
        for number, document in enumerate(read_polnear(path))
    }
    one, two = (evaluate(path, extract=predictions.__getitem__, jobs=jobs) for jobs in (1, 2))
    assert (two.documents, two.matched, attrs.evolve(two, elapsed_seconds=None)) == (
        9,
        3,
        attrs.evolve(one, elapsed_seconds=None),
    )


def test_an_extractor_error_in_a_worker_is_raised(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", *[_dumps(_polnear_record())] * 6)

    def extract(text: str) -> tuple[Quote, ...]:
        raise RuntimeError(f"cannot extract {len(text)} characters")

    with pytest.raises(RuntimeError, match="cannot extract"):
        evaluate(path, extract=extract, jobs=2)


def test_evaluate_refuses_negative_jobs(tmp_path: Path) -> None:
    path = _write(tmp_path / "gold.jsonl", _dumps(_polnear_record()))
    with pytest.raises(ValueError, match="jobs must be an integer >= 0"):
        evaluate(path, jobs=-1)
