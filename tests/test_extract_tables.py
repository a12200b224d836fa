"""Extraction cases as tables: each row of tests/cases/extract_<language>.tsv via the public API.

The format is described in tests/cases/README.md. Each case is one text and the full list of
quotes `newscorpus.extract_quotes` must return for it; a case marked `known_gap` is a strict
xfail, so fixing the extractor flips it and forces the table to be updated. A second group of
tests ties the tables to docs/extraction.md: every construction the page describes needs a
passing row, and every row names a construction the page describes.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import attrs
import pytest

import newscorpus
from tests.conftest import REPO

CASES_DIR = REPO / "tests" / "cases"
EXTRACTION_DOC = REPO / "docs" / "extraction.md"

COLUMNS = (
    "construction",
    "text",
    "kind",
    "quote",
    "mention",
    "speaker",
    "cue",
    "frame",
    "known_gap",
)
NO_QUOTE = "none"
NO_SPEAKER = "-"
NO_FRAME = "-"
#: An empty frame column: the row does not check the frame (most rows are about the other
#: columns; the frame is the whole attribution phrase, which rows about it spell out).
ANY_FRAME = "*"
SPEAKER_JOINER = "; "
LINE_BREAK = "\\n"

# The floor for the tables, and the share of known gaps that keeps them a to-do list
# rather than a record of failures.
MINIMUM_CASES = {"de": 150, "en": 100}
MAXIMUM_GAP_SHARE = 0.15

# Sections of docs/extraction.md that describe data, scores and limits rather than constructions.
NOT_CONSTRUCTIONS = frozenset(
    {
        "Extraction: how quotations and speakers are found",
        "Languages",
        "What the engine does for every language",  # the machinery, not constructions
        "English",
        "English lexicons",
        "English scores",
        "English known limits",
        "Lexicons",
        "Adding a language",
        "Scores",
        "Known limits",
    }
)
# Documented constructions a row of text -> quotes cannot show, with where they are tested.
NOT_IN_TABLES = {
    "Ids": "speaker ids are no column; tests/test_speakers.py checks the slugs",
    "Generic speakers": "generic is no column; tests/test_speakers.py checks it",
}
# The sections of the German part whose steps the English rules share (docs: "share the
# language-neutral steps 1-4 and 9"), so English rows may name their constructions too.
SHARED_SECTIONS = frozenset({"The steps", "Speakers"})


class Expected(NamedTuple):
    """One quote as the tables write it; None where the quote has no such mention."""

    kind: str
    quote: str
    mention: str | None
    speaker: str | None
    cue: str | None
    frame: str | None


@attrs.frozen(kw_only=True)
class Case:
    """One row group of a table: a text, where it stands, and the quotes it must give."""

    language: str
    line: int
    construction: str
    text: str
    quotes: tuple[Expected, ...]
    known_gap: str


class TableError(Exception):
    """A table row that breaks the format; names the file and line."""


def _unescape(field: str) -> str:
    return field.replace(LINE_BREAK, "\n")


def _optional(field: str) -> str | None:
    return _unescape(field) if field else None


def _expected(fields: dict[str, str], where: str) -> Expected:
    kind = fields["kind"]
    try:
        newscorpus.QuoteKind(kind)
    except ValueError:
        kinds = ", ".join([NO_QUOTE, *(member.value for member in newscorpus.QuoteKind)])
        raise TableError(f"{where}: kind must be one of {kinds}, got {kind!r}") from None
    if not fields["quote"]:
        raise TableError(f"{where}: a quote of kind {kind} needs its quote text")
    mention = _optional(fields["mention"])
    # An empty speaker column means the speaker is named as mentioned; "-" means no speaker.
    speaker = None if fields["speaker"] == NO_SPEAKER else _optional(fields["speaker"]) or mention
    return Expected(
        kind=kind,
        quote=_unescape(fields["quote"]),
        mention=mention,
        speaker=speaker,
        cue=_optional(fields["cue"]),
        # "-" means no frame, an empty column any frame (not checked)
        frame=None if fields["frame"] == NO_FRAME else _optional(fields["frame"]) or ANY_FRAME,
    )


def read_cases(language: str) -> list[Case]:
    """The cases of ``tests/cases/extract_<language>.tsv``; a row breaking the format raises."""
    path = CASES_DIR / f"extract_{language}.tsv"
    lines = path.read_text(encoding="utf-8").splitlines()
    if tuple(lines[0].split("\t")) != COLUMNS:
        raise TableError(f"{path.name}:1: header must be {'<TAB>'.join(COLUMNS)}")
    cases: list[Case] = []
    for number, line in enumerate(lines[1:], start=2):
        where = f"{path.name}:{number}"
        values = line.split("\t")
        if len(values) != len(COLUMNS):
            raise TableError(f"{where}: {len(COLUMNS)} tab-separated fields, got {len(values)}")
        fields = dict(zip(COLUMNS, values, strict=True))
        if fields["text"]:
            if not fields["construction"]:
                raise TableError(f"{where}: a case needs its construction")
            quotes: tuple[Expected, ...] = ()
            if fields["kind"] == NO_QUOTE:
                if any(fields[column] for column in COLUMNS[3:8]):
                    raise TableError(f"{where}: a case of kind {NO_QUOTE} has no quote fields")
            else:
                quotes = (_expected(fields, where),)
            cases.append(
                Case(
                    language=language,
                    line=number,
                    construction=fields["construction"],
                    text=_unescape(fields["text"]),
                    quotes=quotes,
                    known_gap=fields["known_gap"],
                )
            )
            continue
        # A row without text adds one more quote to the case above it.
        if not cases or not cases[-1].quotes:
            raise TableError(f"{where}: a continuation row must follow a case with quotes")
        if fields["construction"] or fields["known_gap"]:
            raise TableError(f"{where}: construction and known_gap go on a case's first row")
        cases[-1] = attrs.evolve(cases[-1], quotes=(*cases[-1].quotes, _expected(fields, where)))
    return cases


def found(text: str, language: str) -> list[Expected]:
    """The quotes ``extract_quotes`` returns for ``text``, in the tables' terms."""
    return [
        Expected(
            kind=quote.kind.value,
            quote=quote.content,
            mention=quote.speaker_mention.text if quote.speaker_mention else None,
            # A quote said together lists all its speakers: "Anna Berg; Ben Schmidt".
            speaker=SPEAKER_JOINER.join(speaker.name for speaker in quote.speakers) or None,
            cue=quote.cue.text if quote.cue else None,
            frame=quote.frame.text if quote.frame else None,
        )
        for quote in newscorpus.extract_quotes(text, language=language)
    ]


def _order(quote: Expected) -> tuple[str, ...]:
    return tuple(field or "" for field in quote)


def _show(quotes: list[Expected]) -> str:
    if not quotes:
        return f"    {NO_QUOTE}"
    return "\n".join(
        "    "
        + " | ".join(
            f"{name}={'-' if value is None else repr(value)}"
            for name, value in zip(Expected._fields, quote, strict=True)
        )
        for quote in quotes
    )


def _explain(case: Case, expected: list[Expected], got: list[Expected]) -> str:
    return (
        f"\nextract_{case.language}.tsv:{case.line} [{case.construction}]\n"
        f"text: {case.text!r}\nexpected:\n{_show(expected)}\ngot:\n{_show(got)}"
    )


def _slug(construction: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", construction.lower()).strip("-") or "case"


def _params(language: str) -> list[object]:
    return [
        pytest.param(
            case,
            id=f"L{case.line}-{_slug(case.construction)}",
            marks=[pytest.mark.xfail(strict=True, reason=case.known_gap)] if case.known_gap else [],
        )
        for case in read_cases(language)
    ]


def _check(case: Case) -> None:
    expected = sorted(case.quotes, key=_order)
    got = sorted(_unchecked_frames(found(case.text, case.language), case.quotes), key=_order)
    assert got == expected, _explain(case, expected, got)


def _unchecked_frames(got: list[Expected], expected: tuple[Expected, ...]) -> list[Expected]:
    """``got`` with the frame of each quote whose expected row leaves it unchecked set to
    ``ANY_FRAME``, matched by everything but the frame."""
    unchecked = {quote[:-1] for quote in expected if quote.frame == ANY_FRAME}
    return [quote._replace(frame=ANY_FRAME) if quote[:-1] in unchecked else quote for quote in got]


@pytest.mark.parametrize("case", _params("de"))
def test_german_case(case: Case) -> None:
    _check(case)


@pytest.mark.parametrize("case", _params("en"))
def test_english_case(case: Case) -> None:
    _check(case)


# --- the tables and docs/extraction.md ---------------------------------------------------------

_HEADING = re.compile(r"^(#{1,3}) (.+)$")
_BOLD_OPENER = re.compile(r"^\s*(?:(?:[-*]|\d+\.)\s+)?\*\*(.+?)\*\*")
_LIST_ITEM = re.compile(r"^\s*(?:[-*]|\d+\.)\s+")
_CODE_ITEM = re.compile(r"^\s*[-*]\s+`([^`]+)`")


def _name(raw: str) -> str:
    return raw.strip().rstrip(":.").strip().strip('"')


def documented_constructions() -> dict[tuple[str, str], list[str]]:
    """The constructions of docs/extraction.md by (part, section): part "de" or "en".

    A construction is a bold phrase opening a paragraph or list item ("**Verb-final clause**"),
    a list item opening with code (the attribution phrases: "`laut X`"), or else the heading of
    a section that holds neither ("### Quotations no cue claimed").
    """
    sections: dict[tuple[str, str], list[str]] = {}
    part = "de"
    section = ""
    previous = ""
    in_code = False
    for line in EXTRACTION_DOC.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_code = not in_code
            continue
        heading = None if in_code else _HEADING.match(line)
        if heading:
            level, section = len(heading.group(1)), heading.group(2).strip()
            if level <= 2:
                part = "en" if section == "English" else "de"
            sections.setdefault((part, section), [])
        elif not in_code and section not in NOT_CONSTRUCTIONS:
            opens = _LIST_ITEM.match(line) is not None or not previous.strip()
            match = (_BOLD_OPENER.match(line) if opens else None) or _CODE_ITEM.match(line)
            if match:
                sections[part, section].append(_name(match.group(1)))
        previous = line
    return {
        key: names or [key[1]] for key, names in sections.items() if key[1] not in NOT_CONSTRUCTIONS
    }


def _required(language: str) -> set[str]:
    return {
        name
        for (part, _), names in documented_constructions().items()
        if part == language
        for name in names
    } - set(NOT_IN_TABLES)


def _allowed(language: str) -> set[str]:
    return {
        name
        for (part, section), names in documented_constructions().items()
        if part == language or section in SHARED_SECTIONS
        for name in names
    }


def test_the_doc_lists_the_constructions_the_tables_are_checked_against() -> None:
    constructions = documented_constructions()
    assert {
        "Verb-final clause",
        "laut X",
        "Free indirect speech",
        "Merging",
    } <= set(constructions["de", "German rules"] + constructions["de", "Speakers"])
    assert constructions["en", "Quotations no cue claimed"] == ["Quotations no cue claimed"]


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_documented_construction_has_a_passing_row(language: str) -> None:
    covered = {case.construction for case in read_cases(language) if not case.known_gap}
    assert sorted(_required(language) - covered) == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_row_names_a_documented_construction(language: str) -> None:
    allowed = _allowed(language)
    assert [
        f"line {case.line}: {case.construction}"
        for case in read_cases(language)
        if case.construction not in allowed
    ] == []


@pytest.mark.parametrize("language", ["de", "en"])
def test_tables_hold_enough_cases_and_few_known_gaps(language: str) -> None:
    cases = read_cases(language)
    gaps = sum(1 for case in cases if case.known_gap)
    assert len(cases) >= MINIMUM_CASES[language]
    assert gaps / len(cases) < MAXIMUM_GAP_SHARE
