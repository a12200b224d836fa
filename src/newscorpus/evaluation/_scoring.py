"""Measure quotation extraction against gold data: GNQA (German) and PolNeAR (English).

The gold files are read into :class:`GoldDocument` objects (:func:`read_gnqa`, :func:`read_polnear`,
or :func:`read_gold`, which tells the two apart by the keys of the first record). An extractor's
quotes are scored against them by :func:`score_gnqa` (token overlap after the GermEval 2023 SpkAtt
method) or :func:`score_polnear` (character coverage of the gold content); :func:`evaluate` does
all of it for one file and times it. docs/evaluation.md describes every rule used here.
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

import attrs

from newscorpus._exceptions import GoldFormatError, shown_path
from newscorpus._io.jsonkeys import KeyGivenTwice, object_with_unique_keys
from newscorpus._io.parallel import check_jobs, map_in_order
from newscorpus._model import Mention, Quote, QuoteKind, Span
from newscorpus.evaluation._assignment import maximum_assignment

if TYPE_CHECKING:
    import os
    from collections.abc import Callable, Iterator, Sequence

__all__ = [
    "CUE_TYPES",
    "FOUND_THRESHOLD",
    "GNQA_LABELS",
    "POLNEAR_THRESHOLDS",
    "ROLES",
    "ContentScore",
    "EvaluationReport",
    "GoldDocument",
    "GoldFormat",
    "GoldQuote",
    "GoldRole",
    "RoleScore",
    "TypeRecall",
    "detect_gold_format",
    "evaluate",
    "gold_quotes_as_predictions",
    "read_gnqa",
    "read_gold",
    "read_polnear",
    "score_gnqa",
    "score_polnear",
]

#: The roles scored on GNQA, in report order; "message" is the quoted content.
ROLES = ("message", "speaker", "cue", "frame", "addressee")
#: The GNQA quote types, in report order.
GNQA_LABELS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
#: The kinds of gold cue that recall is reported for, in report order: a verb of saying or any
#: other cue built on a verb ("sagte", "teilte mit", "said"), a noun of saying ("Worten",
#: "claim"), an attribution word of the language's frames lexicon ("laut", "zufolge", "nach",
#: "according"), and no cue at all (a quotation after a colon, free indirect speech).
CUE_TYPES = ("verb", "noun", "frame", "none")
#: A GNQA gold quote is found when its match has a message token F1 of at least this.
FOUND_THRESHOLD = 0.5
#: A PolNeAR gold content is found when one quote covers at least this share of it.
POLNEAR_THRESHOLDS = (0.3, 0.8)

# A surrogate left in a decoded string is a lone one: the escapes of a pair decode to one character.
_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters that open or close a quotation; a token made of them only is ignored in scoring.
_QUOTATION_MARKS = frozenset("\"'`„“”‚‘’«»‹›")
# Weight of the role agreement that breaks ties between equally good message matches.
_TIE_WEIGHT = 1e-9
#: Gold documents per task of a worker: whole articles, so a few keep two workers busy even
#: for a small ``limit``.
_DOCUMENTS_PER_TASK: Final = 4
# What ends a sentence: a multi-part quote's parts on either side of one are scored apart.
_SENTENCE_END = frozenset(".!?")

_GNQA_KINDS = {
    "Direct": QuoteKind.DIRECT,
    "Indirect": QuoteKind.INDIRECT,
    "FreeIndirect": QuoteKind.FREE_INDIRECT,
    "IndirectFreeIndirect": QuoteKind.INDIRECT,
    "Reported": QuoteKind.REPORTED,
}
_ACCEPTED_KINDS = {
    "Direct": frozenset({QuoteKind.DIRECT}),
    "Indirect": frozenset({QuoteKind.INDIRECT}),
    "FreeIndirect": frozenset({QuoteKind.FREE_INDIRECT}),
    "IndirectFreeIndirect": frozenset({QuoteKind.INDIRECT, QuoteKind.FREE_INDIRECT}),
    "Reported": frozenset({QuoteKind.REPORTED}),
}
_GNQA_ROLE_KEYS = ("quote", "speaker", "cue", "frame", "addressee")


class GoldFormat(enum.Enum):
    """The gold formats :func:`evaluate` reads."""

    GNQA = "gnqa"
    POLNEAR = "polnear"


_DATASET_NAMES = {GoldFormat.GNQA: "GNQA", GoldFormat.POLNEAR: "PolNeAR"}
_LANGUAGES = {GoldFormat.GNQA: "de", GoldFormat.POLNEAR: "en"}


@attrs.frozen(kw_only=True)
class GoldRole:
    """One role of a gold quote: its character spans and, for GNQA, its token ids.

    An absent role has no spans and no tokens. ``spans`` keep the order of the gold file.
    """

    spans: tuple[Span, ...] = ()
    tokens: frozenset[int] = frozenset()


@attrs.frozen(kw_only=True)
class GoldQuote:
    """One gold quotation with its roles.

    ``label`` is the gold type as written in the file (GNQA: ``"IndirectFreeIndirect"`` and the
    others of :data:`GNQA_LABELS`; PolNeAR has none). ``kind`` is the nearest :class:`QuoteKind`
    (``IndirectFreeIndirect`` is ``INDIRECT``), ``None`` without a label. ``nested`` marks a quote
    inside another quote. ``content`` is the quoted material (GNQA's "quote", PolNeAR's
    "content"); ``speaker`` is GNQA's "speaker" and PolNeAR's "source". PolNeAR has no frame and
    no addressee.
    """

    kind: QuoteKind | None = None
    label: str | None = None
    nested: bool = False
    content: GoldRole = attrs.field(factory=GoldRole)
    speaker: GoldRole = attrs.field(factory=GoldRole)
    cue: GoldRole = attrs.field(factory=GoldRole)
    frame: GoldRole = attrs.field(factory=GoldRole)
    addressee: GoldRole = attrs.field(factory=GoldRole)


@attrs.frozen(kw_only=True)
class GoldDocument:
    """A gold document: its text, language and gold quotes.

    ``tokens`` holds the ``(start, end)`` character offsets of each gold token, indexed by token
    id (GNQA); it is empty for PolNeAR, which is scored on characters.
    """

    name: str
    text: str
    language: str
    quotes: tuple[GoldQuote, ...] = ()
    tokens: tuple[tuple[int, int], ...] = ()


@attrs.frozen(kw_only=True)
class RoleScore:
    """Precision, recall and F1 of one role (or of a view such as "source")."""

    role: str
    precision: float
    recall: float
    f1: float


@attrs.frozen(kw_only=True)
class TypeRecall:
    """How many gold quotes of one type (a GNQA type, or a cue type of :data:`CUE_TYPES`) were
    found; ``recall`` is ``None`` without any."""

    label: str
    gold: int
    found: int
    recall: float | None


@attrs.frozen(kw_only=True)
class ContentScore:
    """PolNeAR content matching at one coverage threshold."""

    threshold: float
    matched: int
    precision: float
    recall: float
    f1: float


@attrs.frozen(kw_only=True)
class EvaluationReport:
    """The scores of one run over a gold file; see docs/evaluation.md for each number.

    ``gold_quotes`` counts the scored gold quotes; ``skipped_gold_quotes`` those left out because
    their content is empty once punctuation is ignored. ``matched`` is the number of
    system-gold pairs (GNQA: the assignment's pairs; PolNeAR: pairs at the first threshold).
    GNQA fills ``roles``, ``source``, ``type_recall`` and ``kind_accuracy``; PolNeAR fills
    ``content``, ``speaker_accuracy``, ``speaker_pairs`` and ``gold_without_source``; both fill
    ``cue_recall``, the recall per kind of gold cue (:data:`CUE_TYPES`).
    ``elapsed_seconds`` (reading, extracting and scoring) and ``gold_path`` are set by
    :func:`evaluate` only.
    """

    dataset: str
    language: str
    documents: int
    gold_quotes: int
    system_quotes: int
    matched: int
    skipped_gold_quotes: int = 0
    roles: tuple[RoleScore, ...] = ()
    source: RoleScore | None = None
    type_recall: tuple[TypeRecall, ...] = ()
    kind_accuracy: float | None = None
    cue_recall: tuple[TypeRecall, ...] = ()
    content: tuple[ContentScore, ...] = ()
    speaker_accuracy: float | None = None
    speaker_pairs: int = 0
    gold_without_source: int = 0
    gold_path: str | None = None
    elapsed_seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """The report as plain JSON-ready values (dicts, lists, strings, numbers, None)."""
        plain: dict[str, Any] = _as_lists(attrs.asdict(self))
        return plain

    def to_markdown(self) -> str:
        """The report as Markdown: a summary line and tables of scores in percent."""
        title = self.dataset + (f": `{Path(self.gold_path).name}`" if self.gold_path else "")
        summary = (
            f"{self.documents} documents, {self.gold_quotes} gold quotes "
            f"({self.skipped_gold_quotes} skipped), {self.system_quotes} system quotes, "
            f"{self.matched} matched"
        )
        if self.elapsed_seconds is not None:
            summary += f", {self.elapsed_seconds:.2f} s"
        lines = [f"### {title}", "", summary + ".", ""]
        lines += ["| measure | P | R | F1 |", "|---|---:|---:|---:|"]
        for score in (*self.roles, *((self.source,) if self.source else ())):
            lines.append(
                f"| {score.role} | {_percent(score.precision)} | {_percent(score.recall)} "
                f"| {_percent(score.f1)} |"
            )
        for content in self.content:
            lines.append(
                f"| content, coverage >= {_percent(content.threshold, 0)} % "
                f"| {_percent(content.precision)} | {_percent(content.recall)} "
                f"| {_percent(content.f1)} |"
            )
        if self.type_recall:
            lines += ["", "| gold type | gold | found | recall |", "|---|---:|---:|---:|"]
            lines.extend(
                f"| {row.label} | {row.gold} | {row.found} | {_percent(row.recall)} |"
                for row in self.type_recall
            )
            lines += ["", f"Kind accuracy on found quotes: {_percent(self.kind_accuracy)}."]
        if self.cue_recall:
            lines += ["", "| gold cue | gold | found | recall |", "|---|---:|---:|---:|"]
            lines.extend(
                f"| {row.label} | {row.gold} | {row.found} | {_percent(row.recall)} |"
                for row in self.cue_recall
            )
        if self.content:
            lines += [
                "",
                (
                    f"Speaker accuracy: {_percent(self.speaker_accuracy)} of "
                    f"{self.speaker_pairs} matched pairs ({self.gold_without_source} without "
                    "a gold source skipped)."
                ),
            ]
        return "\n".join(lines) + "\n"


def _as_lists(value: Any) -> Any:  # noqa: ANN401 - walks any JSON-like value
    if isinstance(value, dict):
        return {key: _as_lists(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_as_lists(item) for item in value]
    return value


def _percent(value: float | None, digits: int = 1) -> str:
    return "n/a" if value is None else f"{100 * value:.{digits}f}"


# --- reading -----------------------------------------------------------------------------------


class _Record:
    """Where a gold record came from, and typed access to its keys with located errors."""

    __slots__ = ("line", "path")

    def __init__(self, path: str, line: int) -> None:
        self.path = path
        self.line = line

    def error(self, reason: str) -> GoldFormatError:
        return GoldFormatError(reason, path=self.path, line=self.line)

    def member(self, mapping: dict[str, Any], key: str, where: str) -> tuple[str, Any]:
        name = f"{where}.{key}" if where else key
        if key not in mapping:
            raise self.error(f"missing key {name!r}")
        return name, mapping[key]

    def string(self, mapping: dict[str, Any], key: str, where: str) -> str:
        name, value = self.member(mapping, key, where)
        if not isinstance(value, str):
            raise self.error(f"{name!r} must be a string, got {_json_type(value)}")
        # The json module reads the escape of a lone surrogate (\ud800), which orjson refuses.
        found = None if value.isascii() else _SURROGATE.search(value)
        if found is not None:
            raise self.error(
                f"{name!r} must be valid Unicode, got the lone surrogate "
                f"U+{ord(found.group()):04X} at character {found.start()}"
            )
        return value

    def integer(self, mapping: dict[str, Any], key: str, where: str) -> int:
        name, value = self.member(mapping, key, where)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self.error(f"{name!r} must be an integer, got {_json_type(value)}")
        return value

    def boolean(self, mapping: dict[str, Any], key: str, where: str) -> bool:
        name, value = self.member(mapping, key, where)
        if not isinstance(value, bool):
            raise self.error(f"{name!r} must be true or false, got {_json_type(value)}")
        return value

    def array(self, mapping: dict[str, Any], key: str, where: str) -> list[Any]:
        name, value = self.member(mapping, key, where)
        if not isinstance(value, list):
            raise self.error(f"{name!r} must be an array, got {_json_type(value)}")
        return value

    def mapping(self, value: object, name: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.error(f"{name!r} must be an object, got {_json_type(value)}")
        return value

    def offsets(
        self, value: object, name: str, keys: tuple[str, str], text_length: int
    ) -> tuple[int, int]:
        item = self.mapping(value, name)
        start = self.integer(item, keys[0], name)
        end = self.integer(item, keys[1], name)
        if not 0 <= start <= end <= text_length:
            raise self.error(
                f"{name!r} must lie within the text ({text_length} characters), "
                f"got {keys[0]} {start} and {keys[1]} {end}"
            )
        return start, end

    def span(self, value: object, name: str, keys: tuple[str, str], text_length: int) -> Span:
        start, end = self.offsets(value, name, keys, text_length)
        return Span(start=start, end=end)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def _iter_records(path: str | os.PathLike[str]) -> Iterator[tuple[_Record, dict[str, Any]]]:
    """Yield each non-blank line of a JSON Lines file as a JSON object with its location."""
    name = shown_path(path)
    with Path(path).open("rb") as stream:
        for number, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            record = _Record(name, number)
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise record.error("not valid UTF-8") from None
            if number == 1:
                line = line.removeprefix("\ufeff")
            try:
                # json, not orjson: only json's hook sees a key given twice, which every parser
                # reads as its last value (a gold quote whose "type" is given twice would be
                # scored as whichever came last); a gold file is read once, at a fraction of the
                # extraction's time.
                data = json.loads(line, object_pairs_hook=object_with_unique_keys)
            except KeyGivenTwice as twice:
                raise record.error(f"not valid JSON: {twice.reason}") from None
            except ValueError as error:
                column = error.colno if isinstance(error, json.JSONDecodeError) else None
                raise GoldFormatError(
                    "not valid JSON", path=name, line=number, column=column
                ) from None
            except RecursionError:  # the json module, when orjson is not installed
                raise record.error("not valid JSON: nested too deeply") from None
            if not isinstance(data, dict):
                raise record.error(f"a document must be a JSON object, got {_json_type(data)}")
            yield record, data


def detect_gold_format(path: str | os.PathLike[str]) -> GoldFormat:
    """Tell GNQA from PolNeAR by the keys of the file's first record.

    A record with ``originalText`` is GNQA, one with ``attributions`` PolNeAR. Raises
    :class:`GoldFormatError` for an empty file or a record that has neither key.
    """
    for record, data in _iter_records(path):
        return _record_format(record, data)
    raise GoldFormatError("no gold documents in the file", path=shown_path(path))


def _record_format(record: _Record, data: dict[str, Any]) -> GoldFormat:
    if "originalText" in data:
        return GoldFormat.GNQA
    if "attributions" in data:
        return GoldFormat.POLNEAR
    keys = ", ".join(sorted(data)) or "none"
    raise record.error(
        "unknown gold format: expected a GNQA record (with 'originalText') "
        f"or a PolNeAR record (with 'attributions'), got keys {keys}"
    )


def read_gold(path: str | os.PathLike[str]) -> Iterator[GoldDocument]:
    """Read a GNQA or PolNeAR file, whichever :func:`detect_gold_format` finds.

    The file is opened once, so a stream that can be read only once (a pipe such as the shell's
    ``<(zcat gold.jsonl.gz)``) is read whole.
    """
    return _open_gold(path)[1]


def _open_gold(path: str | os.PathLike[str]) -> tuple[GoldFormat, Iterator[GoldDocument]]:
    """The format of a gold file, told by its first record, and its documents, in one reading."""
    records = _iter_records(path)
    first = next(records, None)
    if first is None:
        raise GoldFormatError("no gold documents in the file", path=shown_path(path))
    gold_format = _record_format(*first)
    parse = _parse_gnqa if gold_format is GoldFormat.GNQA else _parse_polnear
    return gold_format, itertools.starmap(parse, itertools.chain((first,), records))


def read_gnqa(path: str | os.PathLike[str]) -> Iterator[GoldDocument]:
    """Yield the documents of a GNQA file (German News Quotation Attribution, JSON Lines).

    Raises :class:`GoldFormatError` at the first malformed line, as ``path:line: reason``.
    """
    for record, data in _iter_records(path):
        yield _parse_gnqa(record, data)


def _parse_gnqa(record: _Record, data: dict[str, Any]) -> GoldDocument:
    name = record.string(data, "documentName", "")
    text = record.string(data, "originalText", "")
    tokens: list[tuple[int, int]] = []
    for number, value in enumerate(record.array(data, "tokens", "")):
        where = f"tokens[{number}]"
        token = record.mapping(value, where)
        identifier = record.integer(token, "id", where)
        if identifier != number:
            raise record.error(f"'{where}.id' must be {number}, got {identifier}")
        start, end = record.offsets(token, where, ("charBegin", "charEnd"), len(text))
        if tokens and start < tokens[-1][1]:
            raise record.error(
                f"{where!r} must not start before the previous token ends "
                f"({tokens[-1][1]}), got charBegin {start}"
            )
        tokens.append((start, end))
    quotes: list[GoldQuote] = []
    for number, value in enumerate(record.array(data, "annotations", "")):
        where = f"annotations[{number}]"
        annotation = record.mapping(value, where)
        label = record.string(annotation, "type", where)
        if label not in _GNQA_KINDS:
            raise record.error(
                f"'{where}.type' must be one of {', '.join(GNQA_LABELS)}, got {label!r}"
            )
        nested = record.boolean(annotation, "isNested", where)
        content, speaker, cue, frame, addressee = (
            _parse_gnqa_role(record, annotation, key, where, len(text), len(tokens))
            for key in _GNQA_ROLE_KEYS
        )
        quotes.append(
            GoldQuote(
                kind=_GNQA_KINDS[label],
                label=label,
                nested=nested,
                content=content,
                speaker=speaker,
                cue=cue,
                frame=frame,
                addressee=addressee,
            )
        )
    return GoldDocument(
        name=name, text=text, language="de", quotes=tuple(quotes), tokens=tuple(tokens)
    )


def _parse_gnqa_role(
    record: _Record,
    annotation: dict[str, Any],
    key: str,
    where: str,
    text_length: int,
    token_count: int,
) -> GoldRole:
    name, value = record.member(annotation, key, where)
    role = record.mapping(value, name)
    spans = tuple(
        record.span(item, f"{name}.spans[{number}]", ("charBegin", "charEnd"), text_length)
        for number, item in enumerate(record.array(role, "spans", name))
    )
    token_ids: set[int] = set()
    for number, item in enumerate(record.array(role, "tokenIds", name)):
        if not isinstance(item, int) or isinstance(item, bool) or not 0 <= item < token_count:
            shown = item if isinstance(item, int) else _json_type(item)
            raise record.error(
                f"'{name}.tokenIds[{number}]' must be a token id (0 to {token_count - 1}), "
                f"got {shown}"
            )
        token_ids.add(item)
    return GoldRole(spans=spans, tokens=frozenset(token_ids))


def read_polnear(path: str | os.PathLike[str]) -> Iterator[GoldDocument]:
    """Yield the documents of a PolNeAR file (JSON Lines with ``id``, ``text``, ``attributions``).

    Raises :class:`GoldFormatError` at the first malformed line, as ``path:line: reason``.
    """
    for record, data in _iter_records(path):
        yield _parse_polnear(record, data)


def _parse_polnear(record: _Record, data: dict[str, Any]) -> GoldDocument:
    name = record.string(data, "id", "")
    text = record.string(data, "text", "")
    quotes: list[GoldQuote] = []
    for number, value in enumerate(record.array(data, "attributions", "")):
        where = f"attributions[{number}]"
        attribution = record.mapping(value, where)
        source, cue, content = (
            GoldRole(
                spans=tuple(
                    record.span(item, f"{where}.{key}[{index}]", ("start", "end"), len(text))
                    for index, item in enumerate(record.array(attribution, key, where))
                )
            )
            for key in ("source", "cue", "content")
        )
        quotes.append(GoldQuote(content=content, speaker=source, cue=cue))
    return GoldDocument(name=name, text=text, language="en", quotes=tuple(quotes))


# --- gold as predictions -----------------------------------------------------------------------


def gold_quotes_as_predictions(document: GoldDocument) -> tuple[Quote, ...]:
    """The document's gold quotes as the :class:`Quote` objects an ideal extractor would return.

    A gold quote of several content spans (a quotation interrupted by its attribution) becomes
    one quote with those spans as its ``parts`` (overlapping or touching spans merged); its span
    runs from the start of the first to the end of the last. Direct quotes lose the quotation
    mark at either end of each part, as the extractor leaves them out; a PolNeAR quote (no kind)
    is taken as direct when its span starts and ends with a quotation mark, indirect otherwise.
    Roles with several spans become mentions with ``parts`` (overlapping spans merged). Empty
    spans hold no character and are left out, and so are gold quotes without content;
    ``enclosing`` is left unset.
    """
    text = document.text
    predictions: list[Quote] = []
    for gold in document.quotes:
        pieces = _merged(gold.content.spans)
        if not pieces:
            continue
        start, end = pieces[0].start, pieces[-1].end
        kind = gold.kind
        if kind is None:
            marked = end - start >= 2 and _is_mark(text[start]) and _is_mark(text[end - 1])
            kind = QuoteKind.DIRECT if marked else QuoteKind.INDIRECT
        if kind is QuoteKind.DIRECT:
            pieces = [piece for piece in map(functools.partial(_unmarked, text), pieces) if piece]
            if not pieces:
                continue
        span = Span(start=pieces[0].start, end=pieces[-1].end)
        predictions.append(
            Quote(
                text=span.slice(text),
                kind=kind,
                span=span,
                speaker_mention=_gold_mention(text, gold.speaker),
                cue=_gold_mention(text, gold.cue),
                frame=_gold_mention(text, gold.frame),
                addressee=_gold_mention(text, gold.addressee),
                parts=tuple(pieces) if len(pieces) > 1 else (),
            )
        )
    return tuple(predictions)


def _merged(spans: Sequence[Span]) -> list[Span]:
    """The spans sorted, with overlapping and touching ones merged and empty ones left out."""
    merged: list[Span] = []
    for span in sorted(spans):
        if span.start == span.end:
            continue
        if merged and span.start <= merged[-1].end:
            merged[-1] = Span(start=merged[-1].start, end=max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _unmarked(text: str, span: Span) -> Span | None:
    """``span`` without a quotation mark at either end; None when nothing is left."""
    start, end = span.start, span.end
    if start < end and _is_mark(text[start]):
        start += 1
    if start < end and _is_mark(text[end - 1]):
        end -= 1
    return Span(start=start, end=end) if start < end else None


def _is_mark(character: str) -> bool:
    return character in _QUOTATION_MARKS


def _gold_mention(text: str, role: GoldRole) -> Mention | None:
    merged: list[Span] = []
    for span in sorted(role.spans):
        if span.start == span.end:
            continue
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(start=merged[-1].start, end=max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return Mention.from_text(text, *merged) if merged else None


# --- GNQA scoring ------------------------------------------------------------------------------


def _is_punctuation(token: str) -> bool:
    return all(unicodedata.category(character).startswith("P") for character in token)


class _TokenIndex:
    """A document's gold tokens, for mapping character spans onto token ids."""

    __slots__ = ("ends", "ignored", "starts")

    def __init__(self, document: GoldDocument) -> None:
        self.starts = [start for start, _ in document.tokens]
        self.ends = [end for _, end in document.tokens]
        text = document.text
        self.ignored = frozenset(
            number
            for number, (start, end) in enumerate(document.tokens)
            if _is_punctuation(text[start:end])
        )

    def covered(self, span: Span) -> set[int]:
        """Token ids that share a character with ``span``, punctuation left out."""
        if span.start >= span.end:
            return set()
        first = bisect.bisect_right(self.ends, span.start)
        stop = bisect.bisect_left(self.starts, span.end)
        return set(range(first, stop)) - self.ignored

    def mention(self, mention: Mention | None) -> frozenset[int]:
        if mention is None:
            return frozenset()
        tokens: set[int] = set()
        for part in mention.parts or (mention.span,):
            tokens |= self.covered(part)
        return frozenset(tokens)


# Token sets of the five roles of one quote, in the order of ROLES.
_RoleTokens = tuple[frozenset[int], frozenset[int], frozenset[int], frozenset[int], frozenset[int]]


def _system_tokens(quote: Quote, pieces: Sequence[Span], index: _TokenIndex) -> _RoleTokens:
    """The role tokens of the part of ``quote`` made of ``pieces`` (its content spans)."""
    speaker, cue, frame, addressee = (
        index.mention(mention)
        for mention in (quote.speaker_mention, quote.cue, quote.frame, quote.addressee)
    )
    message: set[int] = set()
    for piece in pieces:
        message |= index.covered(piece)
    if quote.kind is not QuoteKind.REPORTED:
        message -= speaker | cue | frame | addressee
    return frozenset(message), speaker, cue, frame, addressee


def _gnqa_units(text: str, quote: Quote) -> list[tuple[Span, ...]]:
    """The content spans of ``quote`` grouped as GNQA annotates them.

    GNQA gives a direct quotation interrupted inside a sentence („…“, laut Gall, „…“) as one
    quote of several spans, and one that runs on after a frame ending a sentence („…“, so
    Schnappauf. „…“) as two quotes. So the parts of a direct quote whose gap holds a sentence
    end are scored as separate quotes; an indirect quote's parts always count as one.
    """
    parts = quote.content_spans
    if len(parts) == 1 or quote.kind is not QuoteKind.DIRECT:
        return [parts]
    units: list[list[Span]] = [[parts[0]]]
    for before, after in itertools.pairwise(parts):
        if any(character in _SENTENCE_END for character in text[before.end : after.start]):
            units.append([after])
        else:
            units[-1].append(after)
    return [tuple(unit) for unit in units]


def _gold_tokens(gold: GoldQuote, ignored: frozenset[int]) -> _RoleTokens:
    return (
        gold.content.tokens - ignored,
        gold.speaker.tokens - ignored,
        gold.cue.tokens - ignored,
        gold.frame.tokens - ignored,
        gold.addressee.tokens - ignored,
    )


def _precision_recall(system: frozenset[int], gold: frozenset[int]) -> tuple[float, float]:
    """Token precision and recall of one role of a matched pair (both empty: 1, one empty: 0)."""
    if not system or not gold:
        return (1.0, 1.0) if not system and not gold else (0.0, 0.0)
    common = len(system & gold)
    return common / len(system), common / len(gold)


def _f1(precision: float, recall: float) -> float:
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


def _match_quotes(
    system: Sequence[_RoleTokens], gold: Sequence[_RoleTokens]
) -> list[tuple[int, int, float]]:
    """Pair system and gold quotes one to one for the largest sum of message token F1.

    Returns ``(system index, gold index, message F1)`` for pairs that share a token. Equal sums
    are told apart by the pairs' agreement on the other roles, weighted by ``_TIE_WEIGHT``.
    """
    holders: dict[int, list[int]] = {}
    for number, roles in enumerate(gold):
        for token in roles[0]:
            holders.setdefault(token, []).append(number)
    candidates: dict[tuple[int, int], tuple[float, float]] = {}
    for row, roles in enumerate(system):
        touched = {number for token in roles[0] for number in holders.get(token, ())}
        for column in touched:
            message = 2 * len(roles[0] & gold[column][0]) / (len(roles[0]) + len(gold[column][0]))
            agreement = sum(
                _f1(*_precision_recall(roles[role], gold[column][role])) for role in range(1, 5)
            )
            candidates[row, column] = (message, message + _TIE_WEIGHT * agreement / 4)
    rows = sorted({row for row, _ in candidates})
    columns = sorted({column for _, column in candidates})
    matrix = [[candidates.get((row, column), (0.0, 0.0))[1] for column in columns] for row in rows]
    pairs: list[tuple[int, int, float]] = []
    for row_index, column_index in maximum_assignment(matrix):
        key = (rows[row_index], columns[column_index])
        if key in candidates:
            pairs.append((key[0], key[1], candidates[key][0]))
    return pairs


@functools.cache
def _cue_lexicon(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The attribution words of a language (first words of its frames lexicon, lower case) and
    its nouns of saying (as written: German capitalises them), which tell a gold cue's type."""
    # Imported on first use, like the extractor: reading gold data needs no lexicons.
    from newscorpus._extract.lexicon import has_lexicon, read_lexicon  # noqa: PLC0415

    frames = frozenset(
        phrase.split()[0].lower() for phrase, _ in read_lexicon(language, "frames", fields=(2, 2))
    )
    nouns = frozenset(
        entry[0]
        for name in ("speech_nouns", "noun_cues")
        if has_lexicon(language, name)
        for entry in read_lexicon(language, name, fields=(1, 9))
    )
    return frames, nouns


def _cue_type(text: str, role: GoldRole, language: str) -> str:
    """The type of a gold cue (see :data:`CUE_TYPES`).

    An attribution word makes a frame ("nach Angaben"); otherwise a noun of saying makes a noun
    cue ("ist der Meinung", "mit den Worten"), compared as written and, for a capital opening a
    sentence, in lower case ("Claims"); any other cue is read as built on a verb.
    """
    words = [
        word.strip(".,;:!?\"'()")
        for span in role.spans
        for word in text[span.start : span.end].split()
    ]
    words = [word for word in words if word]
    if not words:
        return "none"
    frames, nouns = _cue_lexicon(language)
    if any(word.lower() in frames for word in words):
        return "frame"
    if any(word in nouns or word.lower() in nouns for word in words):
        return "noun"
    return "verb"


def _recalls(
    labels: Sequence[str], gold: Counter[str], found: Counter[str]
) -> tuple[TypeRecall, ...]:
    """One :class:`TypeRecall` per label, in the order of ``labels``."""
    return tuple(
        TypeRecall(
            label=label,
            gold=gold[label],
            found=found[label],
            recall=found[label] / gold[label] if gold[label] else None,
        )
        for label in labels
    )


def _ratio(part: float, whole: int) -> float:
    return part / whole if whole else 0.0


def _role_score(
    role: str, precision_sum: float, recall_sum: float, system: int, gold: int
) -> RoleScore:
    precision = _ratio(precision_sum, system)
    recall = _ratio(recall_sum, gold)
    return RoleScore(role=role, precision=precision, recall=recall, f1=_f1(precision, recall))


class _GnqaTally:
    """Running sums for GNQA scoring, one document at a time."""

    def __init__(self) -> None:
        self.documents = 0
        self.system = 0
        self.gold = 0
        self.skipped = 0
        self.matched = 0
        self.precision_sums = [0.0] * len(ROLES)
        self.recall_sums = [0.0] * len(ROLES)
        self.source_precision = 0.0
        self.source_recall = 0.0
        self.source_system = 0
        self.source_gold = 0
        self.type_gold: Counter[str] = Counter()
        self.type_found: Counter[str] = Counter()
        self.cue_gold: Counter[str] = Counter()
        self.cue_found: Counter[str] = Counter()
        self.found = 0
        self.kind_correct = 0

    def add(self, document: GoldDocument, quotes: Sequence[Quote]) -> None:
        index = _TokenIndex(document)
        # A multi-part quote is scored by its parts, grouped as the gold groups them.
        owners: list[int] = []
        system: list[_RoleTokens] = []
        for number, predicted in enumerate(quotes):
            units = _gnqa_units(document.text, predicted)
            for unit in units:
                owners.append(number)
                system.append(_system_tokens(predicted, unit, index))
        gold_quotes: list[GoldQuote] = []
        gold: list[_RoleTokens] = []
        for quote in document.quotes:
            roles = _gold_tokens(quote, index.ignored)
            if roles[0]:
                gold_quotes.append(quote)
                gold.append(roles)
            else:
                self.skipped += 1
        self.documents += 1
        self.system += len(system)
        self.gold += len(gold)
        self.source_system += len(system)
        self.source_gold += sum(not quote.nested for quote in gold_quotes)
        cue_types = [
            _cue_type(document.text, quote.cue, document.language) for quote in gold_quotes
        ]
        for quote, cue_type in zip(gold_quotes, cue_types, strict=True):
            self.type_gold[quote.label or ""] += 1
            self.cue_gold[cue_type] += 1
        pairs = _match_quotes(system, gold)
        # A nested system quote (``enclosing`` set) left unmatched is not counted against the
        # source view, just as the system quotes paired with nested gold are not.
        paired = {row for row, _, _ in pairs}
        self.source_system -= sum(
            quotes[owners[row]].enclosing is not None
            for row in range(len(system))
            if row not in paired
        )
        for row, column, message in pairs:
            self.matched += 1
            gold_quote = gold_quotes[column]
            for role in range(len(ROLES)):
                precision, recall = _precision_recall(system[row][role], gold[column][role])
                self.precision_sums[role] += precision
                self.recall_sums[role] += recall
                if role == 1 and not gold_quote.nested:
                    self.source_precision += precision
                    self.source_recall += recall
            if gold_quote.nested:
                self.source_system -= 1
            if message >= FOUND_THRESHOLD:
                label = gold_quote.label or ""
                self.type_found[label] += 1
                self.cue_found[cue_types[column]] += 1
                self.found += 1
                self.kind_correct += quotes[owners[row]].kind in _ACCEPTED_KINDS.get(
                    label, frozenset()
                )

    def report(self) -> EvaluationReport:
        return EvaluationReport(
            dataset=_DATASET_NAMES[GoldFormat.GNQA],
            language=_LANGUAGES[GoldFormat.GNQA],
            documents=self.documents,
            gold_quotes=self.gold,
            system_quotes=self.system,
            matched=self.matched,
            skipped_gold_quotes=self.skipped,
            roles=tuple(
                _role_score(
                    role,
                    self.precision_sums[number],
                    self.recall_sums[number],
                    self.system,
                    self.gold,
                )
                for number, role in enumerate(ROLES)
            ),
            source=_role_score(
                "source",
                self.source_precision,
                self.source_recall,
                self.source_system,
                self.source_gold,
            ),
            type_recall=_recalls(GNQA_LABELS, self.type_gold, self.type_found),
            kind_accuracy=self.kind_correct / self.found if self.found else None,
            cue_recall=_recalls(CUE_TYPES, self.cue_gold, self.cue_found),
        )


# --- PolNeAR scoring ---------------------------------------------------------------------------


def _counts(character: str) -> bool:
    return not character.isspace() and not unicodedata.category(character).startswith("P")


def _without_quoted_words(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes PolNeAR annotates: all but a direct quote nested in another quote of the same
    speaker mention ("said the plan was “fair and necessary”": the quoted words inside the
    reported content). PolNeAR annotates the attribution, whose content holds those words, and
    never the words again; a nested attribution of its own (another speaker) stays."""
    kept: list[Quote] = []
    for quote in quotes:
        outer = quote.enclosing
        if (
            quote.kind is QuoteKind.DIRECT
            and outer is not None
            and 0 <= outer < len(quotes)
            and quote.speaker_mention == quotes[outer].speaker_mention
        ):
            continue
        kept.append(quote)
    return kept


class _PolnearTally:
    """Running counts for PolNeAR scoring, one document at a time."""

    def __init__(self) -> None:
        self.documents = 0
        self.system = 0
        self.gold = 0
        self.skipped = 0
        self.matched = [0] * len(POLNEAR_THRESHOLDS)
        self.speaker_pairs = 0
        self.speaker_correct = 0
        self.without_source = 0
        self.cue_gold: Counter[str] = Counter()
        self.cue_found: Counter[str] = Counter()

    def add(self, document: GoldDocument, quotes: Sequence[Quote]) -> None:
        text = document.text
        quotes = _without_quoted_words(quotes)
        counted = [0]
        for character in text:
            counted.append(counted[-1] + _counts(character))
        gold_quotes: list[GoldQuote] = []
        gold_offsets: list[list[int]] = []
        for gold in document.quotes:
            offsets = sorted(
                {
                    offset
                    for span in gold.content.spans
                    for offset in range(span.start, span.end)
                    if _counts(text[offset])
                }
            )
            if offsets:
                gold_quotes.append(gold)
                gold_offsets.append(offsets)
            else:
                self.skipped += 1
        self.documents += 1
        self.system += len(quotes)
        self.gold += len(gold_quotes)
        cue_types = [_cue_type(text, gold.cue, document.language) for gold in gold_quotes]
        self.cue_gold.update(cue_types)
        # (coverage of the gold, share of the prediction inside the gold, gold, prediction)
        candidates: list[tuple[float, float, int, int]] = []
        for column, quote in enumerate(quotes):
            # A multi-part quote covers with its parts only, not the frame between them.
            pieces = []
            for piece in quote.content_spans:
                start = min(max(piece.start, 0), len(text))
                pieces.append((start, min(max(piece.end, start), len(text))))
            own = sum(counted[end] - counted[start] for start, end in pieces)
            for row, offsets in enumerate(gold_offsets):
                covered = sum(
                    bisect.bisect_left(offsets, end) - bisect.bisect_left(offsets, start)
                    for start, end in pieces
                )
                if covered:
                    candidates.append((covered / len(offsets), covered / own, row, column))
        candidates.sort(key=lambda item: (-item[0], -item[1], item[2], item[3]))
        for number, threshold in enumerate(POLNEAR_THRESHOLDS):
            pairs = _greedy_pairs(candidates, threshold)
            self.matched[number] += len(pairs)
            if number == 0:
                for row, column in pairs:
                    self._score_speaker(gold_quotes[row], quotes[column])
                    self.cue_found[cue_types[row]] += 1

    def _score_speaker(self, gold: GoldQuote, quote: Quote) -> None:
        if not gold.speaker.spans:
            self.without_source += 1
            return
        self.speaker_pairs += 1
        mention = quote.speaker_mention
        if mention is None:
            return
        parts = mention.parts or (mention.span,)
        self.speaker_correct += any(
            part.overlaps(source) for part in parts for source in gold.speaker.spans
        )

    def report(self) -> EvaluationReport:
        content = tuple(
            ContentScore(
                threshold=threshold,
                matched=matched,
                precision=_ratio(matched, self.system),
                recall=_ratio(matched, self.gold),
                f1=_f1(_ratio(matched, self.system), _ratio(matched, self.gold)),
            )
            for threshold, matched in zip(POLNEAR_THRESHOLDS, self.matched, strict=True)
        )
        return EvaluationReport(
            dataset=_DATASET_NAMES[GoldFormat.POLNEAR],
            language=_LANGUAGES[GoldFormat.POLNEAR],
            documents=self.documents,
            gold_quotes=self.gold,
            system_quotes=self.system,
            matched=self.matched[0],
            skipped_gold_quotes=self.skipped,
            content=content,
            speaker_accuracy=self.speaker_correct / self.speaker_pairs
            if self.speaker_pairs
            else None,
            speaker_pairs=self.speaker_pairs,
            gold_without_source=self.without_source,
            cue_recall=_recalls(CUE_TYPES, self.cue_gold, self.cue_found),
        )


def _greedy_pairs(
    candidates: Sequence[tuple[float, float, int, int]], threshold: float
) -> list[tuple[int, int]]:
    """Pair gold and predictions one to one, best coverage first, at ``threshold`` or more."""
    taken_gold: set[int] = set()
    taken_system: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for coverage, _, row, column in candidates:
        if coverage < threshold:
            break
        if row in taken_gold or column in taken_system:
            continue
        taken_gold.add(row)
        taken_system.add(column)
        pairs.append((row, column))
    return pairs


# --- entry points ------------------------------------------------------------------------------


def _tally(
    tally: _GnqaTally | _PolnearTally,
    documents: Sequence[GoldDocument],
    predictions: Sequence[Sequence[Quote]],
) -> EvaluationReport:
    if len(documents) != len(predictions):
        raise ValueError(
            f"predictions must hold one sequence of quotes per document ({len(documents)}), "
            f"got {len(predictions)}"
        )
    for document, quotes in zip(documents, predictions, strict=True):
        tally.add(document, quotes)
    return tally.report()


def score_gnqa(
    documents: Sequence[GoldDocument], predictions: Sequence[Sequence[Quote]]
) -> EvaluationReport:
    """Score ``predictions[i]``, the system quotes of ``documents[i]``, by GNQA token overlap.

    Quote spans are offsets into the document's text. Raises :class:`ValueError` unless there is
    one entry of predictions per document.
    """
    return _tally(_GnqaTally(), documents, predictions)


def score_polnear(
    documents: Sequence[GoldDocument], predictions: Sequence[Sequence[Quote]]
) -> EvaluationReport:
    """Score ``predictions[i]``, the system quotes of ``documents[i]``, by PolNeAR coverage.

    Raises :class:`ValueError` unless there is one entry of predictions per document.
    """
    return _tally(_PolnearTally(), documents, predictions)


def evaluate(
    gold: str | os.PathLike[str],
    *,
    extract: Callable[[str], Sequence[Quote]] | None = None,
    limit: int | None = None,
    jobs: int = 1,
) -> EvaluationReport:
    """Run ``extract`` over every document of a gold file and score what it finds.

    The format (GNQA or PolNeAR) is told by the first record. ``extract`` defaults to
    :func:`newscorpus.extract_quotes` in the gold data's language (German for GNQA, English for
    PolNeAR). ``limit`` scores only the first documents. ``jobs=2`` extracts in two worker
    processes (``0``: one per core) and gives the same report; a custom ``extract`` must then
    be picklable where workers are not forked (macOS, Windows). The report's
    ``elapsed_seconds`` covers reading, extracting and scoring. Raises
    :class:`GoldFormatError` for a malformed gold file, :class:`OSError` when it cannot be
    read, and :class:`ValueError` for a ``limit`` or ``jobs`` that is no whole number >= 0.
    """
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise ValueError(f"limit must be None or an int >= 0, got {type(limit).__name__}")
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be None or >= 0, got {limit}")
    workers = check_jobs(jobs)
    started = time.perf_counter()
    gold_format, documents = _open_gold(gold)
    extractor = extract if extract is not None else _default_extractor(_LANGUAGES[gold_format])
    tally: _GnqaTally | _PolnearTally = (
        _GnqaTally() if gold_format is GoldFormat.GNQA else _PolnearTally()
    )
    documents = itertools.islice(documents, limit)
    if workers == 1:
        for document in documents:
            tally.add(document, _extract_text(extractor, document))
    else:
        # The parent keeps the documents it has sent out (a bounded window) to score them.
        sent, scored = itertools.tee(documents)
        found = map_in_order(
            functools.partial(_extract_text, extractor),
            sent,
            jobs=workers,
            chunk_size=_DOCUMENTS_PER_TASK,
        )
        for document, quotes in zip(scored, found, strict=True):
            tally.add(document, quotes)
    return attrs.evolve(
        tally.report(), gold_path=shown_path(gold), elapsed_seconds=time.perf_counter() - started
    )


def _extract_text(
    extractor: Callable[[str], Sequence[Quote]], document: GoldDocument
) -> tuple[Quote, ...]:
    """The quotes of one gold document as a tuple, whatever sequence or iterator ``extractor``
    returns; workers run it too."""
    return tuple(extractor(document.text))


def _default_extractor(language: str) -> Callable[[str], Sequence[Quote]]:
    # Imported on first use: the extractor and its lexicons are not needed to read gold data.
    from newscorpus._extract import pipeline as _extract  # noqa: PLC0415

    return functools.partial(_extract.extract_quotes, language=language)
