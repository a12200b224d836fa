from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import tarfile
import tempfile
import unicodedata
import warnings
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newscorpus._exceptions import (
    ArchiveError,
    ArchiveMemberError,
    DecodeError,
    MetadataError,
    ModelError,
    NewsCorpusWarning,
    SeedFormatError,
)
from newscorpus._extract import pipeline as _extract
from newscorpus._io.metadata import ArticleMetadata
from newscorpus._io.reader import (
    MAX_ARTICLE_BYTES,
    find_sidecar,
    iter_articles,
    parse_article,
    read_article,
    write_article,
)
from newscorpus._model import Article, ArticleWarning

if TYPE_CHECKING:
    from collections.abc import Iterator

ID_A = "0123456789abcdef"
ID_B = "1111111111111111"
ID_C = "2222222222222222"
SIMPLE = "Titel\n\nEins.\nZwei.\n"


def sha_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def truncated(line: int, tail: str) -> ArticleWarning:
    return ArticleWarning(
        code="truncated-paragraph",
        message=f"paragraph ends without terminal punctuation, so it may be cut off: {tail!r}",
        line=line,
    )


def blank(line: int, skipped: int, what: str = "blank line") -> ArticleWarning:
    return ArticleWarning(
        code="blank-line",
        message=(
            f"{what} in the body skipped: from here on a paragraph's file line is "
            f"{skipped} more than Article.line_of gives"
        ),
        line=line,
    )


def article_file(directory: Path, name: str, content: str | bytes) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def seed_text(title: str, *paragraphs: str) -> str:
    return title + "\n\n" + "\n".join(paragraphs) + "\n"


# --- the reference seed ------------------------------------------------------------------------


def test_read_article_reads_the_seed(seed_file: Path) -> None:
    article = read_article(seed_file, extract=False)
    assert (article.id, article.index, article.title, len(article.paragraphs)) == (
        "266daebb3b7432db",
        0,
        "Putin, Lukaschenko führen Gespräche in Sotschi",
        11,
    )
    assert article.paragraphs[4] == "Putin erinnerte sich daran"
    assert article.source == str(seed_file)
    assert (article.language, article.published, article.outlet) == (None, None, None)
    assert article.warnings == (truncated(7, "Putin erinnerte sich daran"),)


def test_seed_paragraphs_sit_on_their_file_lines(seed_file: Path) -> None:
    article = read_article(seed_file, extract=False)
    lines = seed_file.read_text(encoding="utf-8").split("\n")
    for number, span in enumerate(article.paragraph_spans()):
        assert article.line_of(span.start) == number + 3
        assert lines[number + 2] == article.paragraphs[number]


# --- parse_article -----------------------------------------------------------------------------


def test_parse_article_builds_the_article() -> None:
    assert parse_article(SIMPLE, extract=False) == Article(
        id=sha_id(SIMPLE), title="Titel", paragraphs=("Eins.", "Zwei.")
    )


def test_parse_article_takes_id_index_and_source() -> None:
    article = parse_article(SIMPLE, id="x", index=4, source="s.txt", extract=False)
    assert article == Article(
        id="x", title="Titel", paragraphs=("Eins.", "Zwei."), index=4, source="s.txt"
    )


def test_parse_article_default_id_is_that_of_the_canonical_text() -> None:
    messy = "\ufeffTitel\r\n\r\nEins.\rZwei.\r\n\r\n\r\n"
    assert parse_article(messy, extract=False).id == sha_id(SIMPLE)


def test_parse_article_normalises_line_ends_bom_and_nfc() -> None:
    article = parse_article("\ufeffA\u0308rger\r\n\r\nSo\u0308hne.\rTo\u0308chter.", extract=False)
    assert (article.title, article.paragraphs) == ("Ärger", ("Söhne.", "Töchter."))


def test_parse_article_keeps_other_whitespace_exactly() -> None:
    article = parse_article("  Titel \t\n\n  Eins.  \nZwei.\u2028Drei.\n", extract=False)
    assert (article.title, article.paragraphs) == ("  Titel \t", ("  Eins.  ", "Zwei.\u2028Drei."))


def test_parse_article_allows_trailing_blank_lines() -> None:
    article = parse_article("Titel\n\nEins.\n\n \n\n", extract=False)
    assert (article.paragraphs, article.warnings) == (("Eins.",), ())


def test_parse_article_allows_a_missing_final_line_end() -> None:
    assert parse_article("Titel\n\nEins.", extract=False).paragraphs == ("Eins.",)


def test_parse_article_accepts_a_whitespace_only_second_line() -> None:
    assert parse_article("Titel\n \t\nEins.", extract=False).paragraphs == ("Eins.",)


def test_parse_article_skips_blank_lines_in_the_body_with_warnings() -> None:
    article = parse_article("Titel\n\nEins.\n\nZwei.\n \t\nDrei.\n", extract=False)
    assert article.paragraphs == ("Eins.", "Zwei.", "Drei.")
    assert article.warnings == (blank(4, 1), blank(6, 2, "whitespace-only line"))


def test_blank_line_warnings_give_the_shift_of_later_paragraphs() -> None:
    article = parse_article("Titel\n\nEins.\n\nZwei.\n", extract=False)
    zwei = article.paragraph_spans()[1]
    # Article.line_of says line 4; the blank-line warning says 1 more: line 5 in the file.
    assert article.line_of(zwei.start) == 4
    assert article.warnings == (blank(4, 1),)


def test_parse_article_skips_blank_lines_at_the_start_of_the_body() -> None:
    article = parse_article("Titel\n\n\nEins.\n", extract=False)
    assert (article.paragraphs, article.warnings) == (("Eins.",), (blank(3, 1),))


def test_parse_article_flags_a_duplicate_paragraph() -> None:
    article = parse_article("Titel\n\nEins.\nZwei.\nEins.\n", extract=False)
    assert article.warnings == (
        ArticleWarning(
            code="duplicate-paragraph", message="paragraph repeats the one on line 3", line=5
        ),
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Er kam.",
        "Kam er?",
        "Nein!",
        "Er sagte:",
        "Und dann …",
        "Er kam.  ",
        "Er sagte: „Ja.“",
        "»Ja!«",
        "«Oui.»",
        'He said "yes."',
        "He said ‘yes.’",
        "(red, 16.5.2016)",
        "[Quelle: dpa]",
    ],
)
def test_a_complete_paragraph_has_no_warning(paragraph: str) -> None:
    assert parse_article(f"Titel\n\n{paragraph}\n", extract=False).warnings == ()


@pytest.mark.parametrize(
    "paragraph",
    ["Putin erinnerte sich daran", "Er sagte „Nein“", "Er sagte,", "(dpa", "Er sagte;", "„“"],
)
def test_a_paragraph_without_terminal_punctuation_is_flagged(paragraph: str) -> None:
    warning = parse_article(f"Titel\n\n{paragraph}\n", extract=False).warnings
    assert warning == (truncated(3, paragraph),)


def test_the_truncated_paragraph_warning_quotes_the_end_of_a_long_paragraph() -> None:
    paragraph = "Wort " * 20 + "und dann"
    warning = parse_article(f"Titel\n\n{paragraph}\n", extract=False).warnings
    assert warning == (truncated(3, "…" + paragraph[-40:]),)


def test_warnings_come_in_line_order() -> None:
    article = parse_article("Titel\n\nEins\n\nEins\n", extract=False)
    assert article.warnings == (
        truncated(3, "Eins"),
        blank(4, 1),
        ArticleWarning(
            code="duplicate-paragraph", message="paragraph repeats the one on line 3", line=5
        ),
        truncated(5, "Eins"),
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "a/b.txt:1: empty file"),
        ("\ufeff", "a/b.txt:1: empty file"),
        (" \n\n \t\n", "a/b.txt:1: the file holds only whitespace"),
        ("\n\nEins.\n", "a/b.txt:1: line 1 must be the headline, got a blank line"),
        ("Titel\nxyz\nEins.\n", "a/b.txt:2: line 2 must be blank, got 'xyz'"),
        (
            "Titel\n" + "x" * 50 + "\n",
            "a/b.txt:2: line 2 must be blank, got '" + "x" * 40 + "…'",
        ),
        (
            "Titel",
            "a/b.txt:1: missing body: no paragraph after the headline and the blank line 2",
        ),
        (
            "Titel\n",
            "a/b.txt:1: missing body: no paragraph after the headline and the blank line 2",
        ),
        (
            "Titel\n\n",
            "a/b.txt:2: missing body: no paragraph after the headline and the blank line 2",
        ),
        (
            "Titel\r\n\r\n\r\n \r\n",
            "a/b.txt:4: missing body: no paragraph after the headline and the blank line 2",
        ),
        ("Titel\n\nEins\x00zwei\n", "a/b.txt:3: binary file (NUL byte at line 3)"),
    ],
)
def test_parse_article_names_file_and_line_of_a_format_error(text: str, message: str) -> None:
    with pytest.raises(SeedFormatError) as excinfo:
        parse_article(text, path="a/b.txt")
    assert str(excinfo.value) == message


def test_a_format_error_without_path_gives_the_line() -> None:
    with pytest.raises(SeedFormatError) as excinfo:
        parse_article("Titel\nxyz\n")
    assert str(excinfo.value) == "2: line 2 must be blank, got 'xyz'"


def test_seed_format_errors_are_value_errors() -> None:
    with pytest.raises(ValueError, match=r"^1: empty file$"):
        parse_article("")


LINE_CHARACTERS = st.characters(codec="utf-8", exclude_characters="\n\r\x00")


@given(st.text(alphabet=st.sampled_from("ab .\n\r\t\x00\ufeff\u2028"), max_size=30))
def test_parse_article_raises_only_seed_format_errors(text: str) -> None:
    try:
        article = parse_article(text, extract=False)
    except SeedFormatError:
        return
    assert article.title.strip()
    assert all(paragraph.strip() for paragraph in article.paragraphs)


@given(st.text(max_size=80))
def test_parse_article_raises_only_seed_format_errors_on_any_text(text: str) -> None:
    try:
        parse_article(text, extract=False)
    except SeedFormatError:
        return


# --- read_article: bytes, names, metadata -------------------------------------------------------


def test_read_article_takes_id_and_index_from_the_name(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"0042_{ID_A}.txt", SIMPLE)
    assert read_article(path, extract=False) == Article(
        id=ID_A, title="Titel", paragraphs=("Eins.", "Zwei."), index=42, source=str(path)
    )


def test_read_article_reads_utf8_with_bom_and_crlf_without_warning(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", b"\xef\xbb\xbfTitel\r\n\r\nEins.\r\nZwei.\r\n")
    article = read_article(path, extract=False)
    assert (article.title, article.paragraphs, article.warnings) == (
        "Titel",
        ("Eins.", "Zwei."),
        (),
    )


def test_read_article_warns_about_an_unusual_file_name(tmp_path: Path) -> None:
    path = article_file(tmp_path, "artikel-7.txt", SIMPLE)
    article = read_article(path, extract=False)
    assert (article.id, article.index) == ("artikel-7", None)
    assert article.warnings == (
        ArticleWarning(
            code="unusual-file-name",
            message=(
                "file name 'artikel-7.txt' is not of the form NNN_<16 hex digits>.txt: "
                "the id is its stem 'artikel-7' and it has no index"
            ),
        ),
    )


def test_read_article_shows_the_bytes_of_a_file_name_that_is_not_utf8_in_the_id(
    tmp_path: Path,
) -> None:
    path = article_file(tmp_path, os.fsdecode(b"artikel-\xe4.txt"), SIMPLE)
    article = read_article(path, extract=False)
    assert (article.id, article.warnings[0].code) == ("artikel-\\xe4", "unusual-file-name")


def test_read_article_names_the_file_whose_name_gives_a_blank_id(tmp_path: Path) -> None:
    path = article_file(tmp_path, " .txt", SIMPLE)
    with pytest.raises(SeedFormatError) as excinfo:
        read_article(path, extract=False)
    assert str(excinfo.value) == (
        f"{path}: file name ' .txt' gives a blank id: name it NNN_<16 hex digits>.txt"
    )


def test_read_article_decodes_cp1252_with_a_warning(tmp_path: Path) -> None:
    data = "Titel\r\n\r\nEins.\r\n„Ärger“ – 5 €.\r\n".encode("cp1252")
    path = article_file(tmp_path, f"000_{ID_A}.txt", data)
    article = read_article(path, extract=False)
    assert article.paragraphs == ("Eins.", "„Ärger“ – 5 €.")
    assert article.warnings == (
        ArticleWarning(
            code="decoded-with-fallback",
            message=(
                "not UTF-8 (the first bad byte, 0x84, is on this line): "
                "decoded as cp1252, so some characters may be wrong"
            ),
            line=4,
        ),
    )


def test_read_article_falls_back_to_latin1_for_bytes_cp1252_lacks(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", b"Titel\n\nEins \x81.\n")
    article = read_article(path, extract=False)
    assert article.paragraphs == ("Eins \x81.",)
    assert article.warnings == (
        ArticleWarning(
            code="decoded-with-fallback",
            message=(
                "not UTF-8 (the first bad byte, 0x81, is on this line): "
                "decoded as latin-1, so some characters may be wrong"
            ),
            line=3,
        ),
        ArticleWarning(
            code="control-character",
            message=(
                "control character U+0081 in the text: terminals obey such characters, "
                "so it is shown escaped"
            ),
            line=3,
        ),
    )


def test_read_article_drops_a_utf8_bom_before_a_fallback_decode(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", b"\xef\xbb\xbfTitel\n\n\xc4rger.\n")
    article = read_article(path, extract=False)
    assert (article.title, article.paragraphs) == ("Titel", ("Ärger.",))
    assert [(warning.code, warning.line) for warning in article.warnings] == [
        ("decoded-with-fallback", 3)
    ]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_read_article_decodes_utf16_with_a_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    data = "\ufeffTitel\r\n\r\nÄrger.\r\n".encode(encoding)
    path = article_file(tmp_path, f"000_{ID_A}.txt", data)
    article = read_article(path, extract=False)
    assert (article.title, article.paragraphs) == ("Titel", ("Ärger.",))
    assert article.warnings == (
        ArticleWarning(
            code="decoded-with-fallback",
            message="not UTF-8: decoded as UTF-16, as its byte order mark says",
        ),
    )


def test_read_article_rejects_broken_utf16(tmp_path: Path) -> None:
    data = b"\xff\xfe" + "Titel\n\nEins".encode("utf-16-le") + b"\x00\xd8A\x00"
    path = article_file(tmp_path, f"000_{ID_A}.txt", data)
    with pytest.raises(DecodeError) as excinfo:
        read_article(path)
    assert str(excinfo.value) == (
        f"{path}:3: undecodable bytes: the file starts with a UTF-16 byte order mark but is not "
        "valid UTF-16 (illegal UTF-16 surrogate)"
    )


def test_read_article_rejects_a_binary_file(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    path = article_file(tmp_path, f"000_{ID_A}.txt", data)
    with pytest.raises(SeedFormatError) as excinfo:
        read_article(path)
    assert str(excinfo.value) == f"{path}:3: binary file (NUL byte at line 3)"


def test_read_article_names_the_file_in_a_format_error(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", "Titel\nEins.\n")
    with pytest.raises(SeedFormatError) as excinfo:
        read_article(path)
    assert str(excinfo.value) == f"{path}:2: line 2 must be blank, got 'Eins.'"


def test_read_article_applies_metadata(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", SIMPLE)
    metadata = {
        ID_A: ArticleMetadata(
            published=dt.date(2020, 9, 14), source="https://x.org/a", language="de", outlet="X"
        ),
        ID_B: ArticleMetadata(outlet="other"),
    }
    assert read_article(path, extract=False, metadata=metadata) == Article(
        id=ID_A,
        title="Titel",
        paragraphs=("Eins.", "Zwei."),
        index=0,
        published=dt.date(2020, 9, 14),
        source="https://x.org/a",
        language="de",
        outlet="X",
    )


def test_read_article_keeps_the_path_as_source_when_metadata_has_none(tmp_path: Path) -> None:
    path = article_file(tmp_path, f"000_{ID_A}.txt", SIMPLE)
    article = read_article(path, extract=False, metadata={ID_A: ArticleMetadata(outlet="X")})
    assert (article.source, article.outlet) == (str(path), "X")


def test_read_article_extracts_with_the_metadata_language(tmp_path: Path) -> None:
    # Too short to detect: the language the metadata gives decides which rules read it.
    path = article_file(tmp_path, f"000_{ID_A}.txt", "Kurz\n\n„Das ist gut“, sagte Merkel.\n")
    german = read_article(path, metadata={ID_A: ArticleMetadata(language="de")})
    english = read_article(path, metadata={ID_A: ArticleMetadata(language="en")})
    speakers = [quote.speaker.name if quote.speaker else None for quote in german.quotes]
    assert (german.language, speakers) == ("de", ["Merkel"])
    assert (english.language, english.quotes) == ("en", ())


def test_read_article_with_extract_false_skips_the_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def annotate(article: Article) -> Article:
        raise AssertionError(article.id)

    monkeypatch.setattr(_extract, "annotate_article", annotate)
    path = article_file(tmp_path, f"000_{ID_A}.txt", SIMPLE)
    assert read_article(path, extract=False).id == ID_A


def test_read_article_lets_a_missing_file_raise_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        read_article(tmp_path / "missing.txt")


def test_read_article_refuses_a_file_over_the_size_limit_unread(tmp_path: Path) -> None:
    # A sparse file: it takes no disk space, but reading it whole would take its size in memory.
    path = tmp_path / f"000_{ID_A}.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_ARTICLE_BYTES + 1)
    with pytest.raises(SeedFormatError) as excinfo:
        read_article(path, extract=False)
    assert str(excinfo.value) == (
        f"{path}: the file is larger than max_article_bytes ({MAX_ARTICLE_BYTES:,} bytes)"
    )


# --- iter_articles: sources --------------------------------------------------------------------


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    directory = tmp_path / "corpus"
    article_file(directory, f"002_{ID_C}.txt", seed_text("Drei", "C."))
    article_file(directory, f"000_{ID_A}.txt", seed_text("Eins", "A."))
    article_file(directory, f"001_{ID_B}.txt", seed_text("Zwei", "B."))
    article_file(directory, "notes.md", "not an article")
    article_file(directory, f".000_{ID_A}.txt", "hidden")
    article_file(directory, "sub/000_3333333333333333.txt", seed_text("Unten", "D."))
    return directory


def titles(articles: Iterator[Article]) -> list[str]:
    return [article.title for article in articles]


def test_iter_articles_reads_a_directory_sorted_by_name(corpus: Path) -> None:
    assert titles(iter_articles(corpus, extract=False)) == ["Eins", "Zwei", "Drei"]


def test_iter_articles_sets_source_to_each_path(corpus: Path) -> None:
    sources = [article.source for article in iter_articles(str(corpus), extract=False)]
    assert sources == [
        str(corpus / f"000_{ID_A}.txt"),
        str(corpus / f"001_{ID_B}.txt"),
        str(corpus / f"002_{ID_C}.txt"),
    ]


def test_iter_articles_descends_with_recursive(corpus: Path) -> None:
    articles = iter_articles(corpus, recursive=True, extract=False)
    assert titles(articles) == ["Eins", "Zwei", "Drei", "Unten"]


def test_iter_articles_reads_a_single_file(corpus: Path) -> None:
    assert titles(iter_articles(corpus / f"001_{ID_B}.txt", extract=False)) == ["Zwei"]


def test_iter_articles_reads_a_glob_pattern(corpus: Path) -> None:
    assert titles(iter_articles(f"{corpus}/00[02]_*.txt", extract=False)) == ["Eins", "Drei"]


def test_iter_articles_reads_a_recursive_glob_pattern(corpus: Path) -> None:
    articles = iter_articles(f"{corpus}/**/000_*.txt", recursive=True, extract=False)
    assert titles(articles) == ["Eins", "Unten"]


def test_iter_articles_rejects_a_glob_that_matches_nothing(corpus: Path) -> None:
    with pytest.raises(FileNotFoundError) as excinfo:
        iter_articles(f"{corpus}/*.csv")
    assert str(excinfo.value) == f"[Errno 2] no file matches the pattern: '{corpus}/*.csv'"


def test_iter_articles_rejects_a_missing_source(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as excinfo:
        iter_articles(tmp_path / "missing")
    assert str(excinfo.value) == (
        f"[Errno 2] no such file, directory or archive: '{tmp_path / 'missing'}'"
    )


def test_iter_articles_says_a_fifo_is_no_file_folder_or_archive(tmp_path: Path) -> None:
    fifo = tmp_path / f"000_{ID_A}.txt"
    os.mkfifo(fifo)
    with pytest.raises(SeedFormatError) as excinfo:
        iter_articles(fifo)
    assert str(excinfo.value) == (
        f"{fifo}: not a regular file, folder or archive (a device, FIFO or socket is not read)"
    )


def test_iter_articles_rejects_an_unknown_error_policy(corpus: Path) -> None:
    with pytest.raises(
        ValueError, match=r"^errors must be 'raise', 'warn' or 'skip', got 'ignore'$"
    ):
        iter_articles(corpus, errors="ignore")  # type: ignore[arg-type]


def test_iter_articles_reads_lazily(corpus: Path) -> None:
    article_file(corpus, f"009_{ID_A}.txt", "")
    articles = iter_articles(corpus, extract=False)
    assert next(articles).title == "Eins"
    assert next(articles).title == "Zwei"
    assert next(articles).title == "Drei"
    with pytest.raises(SeedFormatError):
        next(articles)


MEMBERS = [
    (f"b/001_{ID_B}.txt", seed_text("Zwei", "B.")),
    ("b/", None),
    (f"a/000_{ID_A}.txt", seed_text("Eins", "A.")),
    ("a/readme.md", "not an article"),
    (f"a/._000_{ID_A}.txt", "resource fork"),
]


def make_zip(path: Path, members: list[tuple[str, str | None]]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members:
            archive.writestr(name, text or "")
    return path


def make_tar(path: Path, members: list[tuple[str, str | None]], mode: str) -> Path:
    with tarfile.open(path, mode) as archive:  # type: ignore[call-overload]
        for name, text in members:
            info = tarfile.TarInfo(name.rstrip("/"))
            if text is None:
                info.type = tarfile.DIRTYPE
                archive.addfile(info)
                continue
            data = text.encode("utf-8")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_iter_articles_reads_a_zip_archive_in_archive_order(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "corpus.zip", MEMBERS)
    articles = list(iter_articles(archive, extract=False))
    assert [(a.title, a.id, a.index, a.source) for a in articles] == [
        ("Zwei", ID_B, 1, f"{archive}/b/001_{ID_B}.txt"),
        ("Eins", ID_A, 0, f"{archive}/a/000_{ID_A}.txt"),
    ]


@pytest.mark.parametrize(("suffix", "mode"), [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz")])
def test_iter_articles_reads_a_tar_archive_in_archive_order(
    tmp_path: Path, suffix: str, mode: str
) -> None:
    archive = make_tar(tmp_path / f"corpus{suffix}", MEMBERS, mode)
    articles = list(iter_articles(archive, extract=False))
    assert [(a.title, a.id, a.index, a.source) for a in articles] == [
        ("Zwei", ID_B, 1, f"{archive}/b/001_{ID_B}.txt"),
        ("Eins", ID_A, 0, f"{archive}/a/000_{ID_A}.txt"),
    ]


@pytest.mark.parametrize(
    "member", ["../evil.txt", "/etc/evil.txt", "a/../../evil.txt", "C:/evil.txt"]
)
def test_iter_articles_refuses_an_unsafe_zip_member(tmp_path: Path, member: str) -> None:
    archive = make_zip(tmp_path / "bad.zip", [(member, seed_text("Böse", "X."))])
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive))
    assert str(excinfo.value) == (
        f"{archive}: refusing archive member {member!r}: "
        "its path is absolute or climbs out with '..'"
    )


def test_iter_articles_refuses_an_unsafe_tar_member(tmp_path: Path) -> None:
    archive = make_tar(tmp_path / "bad.tar.gz", [("../evil.txt", seed_text("Böse", "X."))], "w:gz")
    with pytest.raises(ArchiveMemberError) as excinfo:
        list(iter_articles(archive))
    assert str(excinfo.value) == (
        f"{archive}: refusing archive member '../evil.txt': "
        "its path is absolute or climbs out with '..'"
    )


def test_iter_articles_warns_about_a_tar_link_member_named_like_a_seed(tmp_path: Path) -> None:
    # tar stores a second name of one file (a hard link on disk) as a link member; reading a
    # stream cannot go back for its bytes, and a symbolic link must not be followed out.
    archive = tmp_path / "links.tar"
    with tarfile.open(archive, "w") as writing:
        data = seed_text("Eins", "A.").encode("utf-8")
        info = tarfile.TarInfo(f"000_{ID_A}.txt")
        info.size = len(data)
        writing.addfile(info, io.BytesIO(data))
        for name, kind in (
            (f"001_{ID_B}.txt", tarfile.LNKTYPE),
            (f"002_{ID_C}.txt", tarfile.SYMTYPE),
        ):
            link = tarfile.TarInfo(name)
            link.type = kind
            link.linkname = f"000_{ID_A}.txt"
            writing.addfile(link)
    with pytest.warns(NewsCorpusWarning) as record:
        found = titles(iter_articles(archive, errors="warn", extract=False))
    assert (found, [str(warning.message) for warning in record]) == (
        ["Eins"],
        [
            f"{archive}: archive member '{name}' is {kind}, not a regular file: not read (skipped)"
            for name, kind in (
                (f"001_{ID_B}.txt", "a hard link"),
                (f"002_{ID_C}.txt", "a symbolic link"),
            )
        ],
    )


def test_iter_articles_warns_about_an_unsafe_member_and_goes_on(tmp_path: Path) -> None:
    members = [("../evil.txt", seed_text("Böse", "X.")), *MEMBERS]
    archive = make_zip(tmp_path / "bad.zip", members)
    with pytest.warns(NewsCorpusWarning) as record:
        found = titles(iter_articles(archive, errors="warn", extract=False))
    assert found == ["Zwei", "Eins"]
    assert [str(warning.message) for warning in record] == [
        (
            f"{archive}: refusing archive member '../evil.txt': "
            "its path is absolute or climbs out with '..' (skipped)"
        )
    ]


def test_iter_articles_rejects_a_damaged_zip(tmp_path: Path) -> None:
    archive = article_file(tmp_path, "corpus.zip", b"PK not really")
    with pytest.raises(ArchiveError) as excinfo:
        list(iter_articles(archive))
    assert str(excinfo.value) == f"{archive}: cannot read the archive: File is not a zip file"


# --- iter_articles: errors= ---------------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    directory = tmp_path / "mixed"
    article_file(directory, f"000_{ID_A}.txt", seed_text("Eins", "A."))
    article_file(directory, f"001_{ID_B}.txt", "Zwei\nB.\n")
    article_file(directory, f"002_{ID_C}.txt", seed_text("Drei", "C."))
    article_file(directory, "003_3333333333333333.txt", b"")
    return directory


def test_iter_articles_raises_on_a_bad_file_by_default(mixed: Path) -> None:
    with pytest.raises(SeedFormatError) as excinfo:
        list(iter_articles(mixed, extract=False))
    assert str(excinfo.value) == f"{mixed / f'001_{ID_B}.txt'}:2: line 2 must be blank, got 'B.'"


def test_iter_articles_warns_once_per_bad_file_and_goes_on(mixed: Path) -> None:
    with pytest.warns(NewsCorpusWarning) as record:
        found = titles(iter_articles(mixed, errors="warn", extract=False))
    assert found == ["Eins", "Drei"]
    assert [str(warning.message) for warning in record] == [
        f"{mixed / f'001_{ID_B}.txt'}:2: line 2 must be blank, got 'B.' (skipped)",
        f"{mixed / '003_3333333333333333.txt'}:1: empty file (skipped)",
    ]
    assert [(w.message.path, w.message.line) for w in record] == [  # type: ignore[union-attr]
        (str(mixed / f"001_{ID_B}.txt"), 2),
        (str(mixed / "003_3333333333333333.txt"), 1),
    ]


def test_iter_articles_skips_bad_files_quietly(mixed: Path) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        found = titles(iter_articles(mixed, errors="skip", extract=False))
    assert found == ["Eins", "Drei"]


# --- iter_articles: metadata sidecars -----------------------------------------------------------


def test_iter_articles_finds_metadata_jsonl_in_the_directory(corpus: Path) -> None:
    (corpus / "metadata.jsonl").write_text(
        f'{{"id": "{ID_B}", "date": "14. September 2020", "language": "de"}}\n', encoding="utf-8"
    )
    found = [(a.id, a.published, a.language) for a in iter_articles(corpus, extract=False)]
    assert found == [
        (ID_A, None, None),
        (ID_B, dt.date(2020, 9, 14), "de"),
        (ID_C, None, None),
    ]


def test_iter_articles_finds_metadata_csv_in_the_directory(corpus: Path) -> None:
    (corpus / "metadata.csv").write_text(
        f"file,published,url\n000_{ID_A}.txt,14.09.2020,https://x.org/a\n", encoding="utf-8"
    )
    article = next(iter_articles(corpus, extract=False))
    assert (article.id, article.published, article.source) == (
        ID_A,
        dt.date(2020, 9, 14),
        "https://x.org/a",
    )


def test_iter_articles_finds_a_manifest_beside_the_directory(corpus: Path) -> None:
    (corpus.parent / "corpus.manifest.jsonl").write_text(
        f'{{"file": "002_{ID_C}.txt", "source": "raw/3.json", "date": "2005-08-20"}}\n',
        encoding="utf-8",
    )
    articles = list(iter_articles(corpus, extract=False))
    assert (articles[2].published, articles[2].source) == (dt.date(2005, 8, 20), "raw/3.json")
    assert articles[0].published is None


def test_find_sidecar_rejects_two_sidecars(corpus: Path) -> None:
    (corpus / "metadata.jsonl").write_text("", encoding="utf-8")
    (corpus.parent / "corpus.manifest.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(MetadataError) as excinfo:
        iter_articles(corpus)
    assert str(excinfo.value) == (
        f"{corpus}: several metadata sidecars found ({corpus / 'metadata.jsonl'}, "
        f"{corpus.parent / 'corpus.manifest.jsonl'}): pass metadata= to choose one"
    )


def test_find_sidecar_finds_nothing_in_a_plain_directory(corpus: Path) -> None:
    assert find_sidecar(corpus) is None


def test_iter_articles_ignores_sidecars_when_given_an_empty_mapping(corpus: Path) -> None:
    (corpus / "metadata.jsonl").write_text(f'{{"id": "{ID_A}", "outlet": "X"}}\n', encoding="utf-8")
    assert next(iter_articles(corpus, metadata={}, extract=False)).outlet is None


def test_iter_articles_takes_a_sidecar_path(corpus: Path, tmp_path: Path) -> None:
    sidecar = tmp_path / "elsewhere.csv"
    sidecar.write_text(f"id,outlet\n{ID_A},X\n", encoding="utf-8")
    assert next(iter_articles(corpus, metadata=sidecar, extract=False)).outlet == "X"


def test_iter_articles_reports_a_broken_sidecar_when_called(corpus: Path) -> None:
    (corpus / "metadata.jsonl").write_text("{broken\n", encoding="utf-8")
    with pytest.raises(MetadataError) as excinfo:
        iter_articles(corpus)
    assert str(excinfo.value) == (
        f"{corpus / 'metadata.jsonl'}:1:2: broken JSON: "
        "Expecting property name enclosed in double quotes"
    )


# --- write_article ------------------------------------------------------------------------------


def test_write_article_writes_the_seed_format(tmp_path: Path) -> None:
    article = Article(id=ID_A, title="Titel", paragraphs=("Eins.", "Zwei."), index=7)
    path = write_article(article, tmp_path)
    assert path == tmp_path / f"007_{ID_A}.txt"
    assert path.read_bytes() == b"Titel\n\nEins.\nZwei.\n"


def test_write_article_without_index_names_the_file_by_id(tmp_path: Path) -> None:
    article = Article(id=ID_A, title="Titel", paragraphs=("Eins.",))
    assert write_article(article, tmp_path / "new") == tmp_path / "new" / f"{ID_A}.txt"


def test_write_article_gives_the_content_id_of_parse_article(tmp_path: Path) -> None:
    article = parse_article("Titel\r\n\r\nEins.\r\n", extract=False)
    path = write_article(article, tmp_path)
    assert hashlib.sha256(path.read_bytes()).hexdigest()[:16] == article.id


def test_write_article_round_trips_the_seed(seed_file: Path, tmp_path: Path) -> None:
    article = read_article(seed_file, extract=False)
    path = write_article(article, tmp_path)
    assert read_article(path, extract=False) == attrs.evolve(article, source=str(path))


def test_write_article_overwrites_atomically(tmp_path: Path) -> None:
    first = Article(id=ID_A, title="Alt", paragraphs=("Eins.",), index=0)
    write_article(first, tmp_path)
    path = write_article(attrs.evolve(first, title="Neu"), tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]
    assert read_article(path, extract=False).title == "Neu"


@pytest.mark.parametrize(
    ("changes", "name", "problem"),
    [
        (
            {"id": "artikel-7", "index": None},
            "artikel-7.txt",
            (
                "id 'artikel-7' is not 16 lowercase hex digits, as seed file names need "
                "(give the article such an id with attrs.evolve)"
            ),
        ),
        ({"index": -1}, f"-01_{ID_A}.txt", "index must be >= 0 to name a seed file, got -1"),
        ({"title": " "}, f"000_{ID_A}.txt", "the headline is blank"),
        (
            {"title": "\ufeffTitel"},
            f"000_{ID_A}.txt",
            "the headline starts with U+FEFF, which would be read back as a byte order mark",
        ),
        ({"paragraphs": ()}, f"000_{ID_A}.txt", "the article has no paragraphs"),
        ({"paragraphs": ("Eins.", "\t")}, f"000_{ID_A}.txt", "paragraphs[1] is blank"),
        ({"paragraphs": ("Ei\x00ns.",)}, f"000_{ID_A}.txt", "the text holds a NUL character"),
        (
            {"paragraphs": ("A\u0308rger.",)},
            f"000_{ID_A}.txt",
            "the text is not NFC-normalised, and reading normalises it",
        ),
    ],
)
def test_write_article_refuses_what_would_not_read_back(
    tmp_path: Path, changes: dict[str, Any], name: str, problem: str
) -> None:
    article = attrs.evolve(
        Article(id=ID_A, title="Titel", paragraphs=("Eins.",), index=0), **changes
    )
    with pytest.raises(SeedFormatError) as excinfo:
        write_article(article, tmp_path)
    assert str(excinfo.value) == (
        f"{tmp_path / name}: cannot write the article in the seed format: {problem}"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_article_with_a_lone_surrogate_cannot_be_built() -> None:
    with pytest.raises(ModelError) as excinfo:
        Article(id=ID_A, title="Titel", paragraphs=("Ei\ud800ns.",), index=0)
    assert str(excinfo.value) == (
        "paragraphs[0] must be valid Unicode, got the lone surrogate U+D800 at character 2 "
        "(text decoded with errors='surrogateescape'?)"
    )


LINES = st.text(alphabet=LINE_CHARACTERS, min_size=1, max_size=40).filter(
    lambda line: not line.isspace() and not line.startswith("\ufeff")
)


@given(
    title=LINES,
    paragraphs=st.lists(LINES, min_size=1, max_size=6),
    index=st.none() | st.integers(min_value=0, max_value=100_000),
)
def test_write_article_round_trips_any_text(
    title: str, paragraphs: list[str], index: int | None
) -> None:
    text = title + "\n\n" + "\n".join(paragraphs) + "\n"
    article = parse_article(text, index=index, extract=False)
    assert article.title == unicodedata.normalize("NFC", title)
    with tempfile.TemporaryDirectory() as directory:
        path = write_article(article, directory)
        assert read_article(path, extract=False) == attrs.evolve(article, source=str(path))
        assert Path(path).read_text(encoding="utf-8") == article.text + "\n"
