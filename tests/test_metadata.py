from __future__ import annotations

import datetime as dt
import pickle
from typing import TYPE_CHECKING

import pytest

from newscorpus._exceptions import MetadataError, ModelError
from newscorpus._io.metadata import (
    ArticleMetadata,
    article_id_from_file_name,
    read_metadata,
    split_file_name,
)

if TYPE_CHECKING:
    from pathlib import Path

ID_A = "266daebb3b7432db"
ID_B = "0123456789abcdef"
ID_C = "fedcba9876543210"
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8", newline="")
    return path


def test_read_metadata_reads_jsonl_with_three_date_styles(tmp_path: Path) -> None:
    sidecar = write(
        tmp_path / "metadata.jsonl",
        f'{{"id": "{ID_A}", "date": "2020-09-14", "language": "de", "outlet": "Wikinews"}}\n'
        f'{{"id": "{ID_B}", "published": "Mon, 14 Sep 2020 10:00:00 +0200", "url": "https://x.org/a"}}\n'
        f'{{"id": "{ID_C}", "date": "14. September 2020", "source": "archive/7.json"}}\n',
    )
    assert read_metadata(sidecar) == {
        ID_A: ArticleMetadata(published=dt.date(2020, 9, 14), language="de", outlet="Wikinews"),
        ID_B: ArticleMetadata(
            published=dt.datetime(2020, 9, 14, 10, 0, tzinfo=PLUS_TWO), source="https://x.org/a"
        ),
        ID_C: ArticleMetadata(published=dt.date(2020, 9, 14), source="archive/7.json"),
    }


def test_read_metadata_reads_csv_with_three_date_styles(tmp_path: Path) -> None:
    sidecar = write(
        tmp_path / "metadata.csv",
        "id,date,url,language\r\n"
        f"{ID_A},2020-09-14,,de\r\n"
        f'{ID_B},"Mon, 14 Sep 2020 10:00:00 +0200",https://x.org/a,\r\n'
        f"{ID_C},14.09.2020,,en-GB\r\n",
    )
    assert read_metadata(sidecar) == {
        ID_A: ArticleMetadata(published=dt.date(2020, 9, 14), language="de"),
        ID_B: ArticleMetadata(
            published=dt.datetime(2020, 9, 14, 10, 0, tzinfo=PLUS_TWO), source="https://x.org/a"
        ),
        ID_C: ArticleMetadata(published=dt.date(2020, 9, 14), language="en-GB"),
    }


def test_read_metadata_takes_the_id_from_a_file_key(tmp_path: Path) -> None:
    sidecar = write(
        tmp_path / "corpus.manifest.jsonl",
        f'{{"file": "000_{ID_A}.txt", "source": "data/dev/1.json", "split": "dev", '
        f'"wikinews_id": "11059", "date": "2005-08-20"}}\n',
    )
    assert read_metadata(sidecar) == {
        ID_A: ArticleMetadata(published=dt.date(2005, 8, 20), source="data/dev/1.json"),
    }


def test_read_metadata_takes_the_stem_of_an_unusual_file_name(tmp_path: Path) -> None:
    sidecar = write(tmp_path / "m.csv", "file,outlet\nsub/article-7.txt,taz\n")
    assert read_metadata(sidecar) == {"article-7": ArticleMetadata(outlet="taz")}


def test_read_metadata_prefers_id_over_file(tmp_path: Path) -> None:
    sidecar = write(tmp_path / "m.jsonl", f'{{"id": "{ID_B}", "file": "000_{ID_A}.txt"}}\n')
    assert read_metadata(sidecar) == {ID_B: ArticleMetadata()}


def test_read_metadata_treats_empty_and_null_values_as_absent(tmp_path: Path) -> None:
    sidecar = write(
        tmp_path / "m.jsonl",
        f'{{"id": "{ID_A}", "date": "", "source": null, "language": "", "outlet": null}}\n',
    )
    assert read_metadata(sidecar) == {ID_A: ArticleMetadata()}


def test_read_metadata_skips_blank_lines_and_a_byte_order_mark(tmp_path: Path) -> None:
    sidecar = tmp_path / "m.jsonl"
    sidecar.write_bytes(
        b'\xef\xbb\xbf{"id": "' + ID_A.encode() + b'"}\r\n\r\n  \n{"id": "' + ID_B.encode() + b'"}'
    )
    assert read_metadata(sidecar) == {ID_A: ArticleMetadata(), ID_B: ArticleMetadata()}


def test_read_metadata_of_an_empty_file_is_empty(tmp_path: Path) -> None:
    assert read_metadata(write(tmp_path / "m.jsonl", "")) == {}
    assert read_metadata(write(tmp_path / "m.csv", "")) == {}


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "m.jsonl",
            f'{{"id": "{ID_A}"}}\n{{"id": "{ID_B}",\n',
            "2:27: broken JSON: Expecting property name enclosed in double quotes",
        ),
        ("m.jsonl", '["a", "b"]\n', "1: expected a JSON object, got list"),
        ("m.jsonl", '{"date": "2020-09-14"}\n', "1: missing key 'id' or 'file'"),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "date": "xyz"}}\n',
            "1: bad date: cannot parse date 'xyz'",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "date": "2020-09"}}\n',
            "1: bad date: cannot parse date '2020-09': no day given",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "date": 20200914}}\n',
            "1: 'date' must be a string, got 20200914",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "date": "2020-09-14", "published": "2020-09-15"}}\n',
            "1: give only one of 'published' and 'date'",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "source": "a", "url": "b"}}\n',
            "1: give only one of 'source' and 'url'",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}", "language": "German"}}\n',
            "1: language must be a BCP 47 tag such as 'de' or 'en-GB', got 'German'",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}"}}\n\n{{"file": "001_{ID_A}.txt"}}\n',
            f"3: duplicate id '{ID_A}' (first on line 1)",
        ),
        (
            "m.jsonl",
            f'{{"id": "{ID_A}"}}\n{{"id": "{ID_B}", "date": "2020-09-14", "date": "2020-09-15"}}\n',
            "2: broken JSON: the key 'date' is given twice in one object",
        ),
        (
            "m.csv",
            "id,date,date\nabc,2020-09-14,2020-09-15\n",
            "1: the header names a column twice: 'date'",
        ),
        (
            "m.csv",
            "name,date\nx,2020-09-14\n",
            "1: the header has no 'id' or 'file' column, got ['name', 'date']",
        ),
        ("m.csv", "id,date\nabc,2020-09-14\n,2020-09-15\n", "3: missing key 'id' or 'file'"),
        (
            "m.csv",
            'id,date\n"abc,2020-09-14\ndef,2020-09-15\n',
            "2: broken CSV: unexpected end of data",
        ),
        (
            "m.csv",
            "id,date,outlet\nabc,2020-09-14,Meier, Söhne\n",
            "2: the row has 4 fields, the header 3: a value with a comma needs quotes",
        ),
        (
            "m.csv",
            'id,date\nabc,"14.\n09.\n20x"\n',
            "4: bad date: cannot parse date '14.\\n09.\\n20x': control character U+000A",
        ),
    ],
)
def test_read_metadata_names_file_and_line_of_a_malformed_row(
    tmp_path: Path, name: str, text: str, message: str
) -> None:
    sidecar = write(tmp_path / name, text)
    with pytest.raises(MetadataError) as excinfo:
        read_metadata(sidecar)
    assert str(excinfo.value) == f"{sidecar}:{message}"


def test_read_metadata_rejects_bytes_that_are_not_utf8(tmp_path: Path) -> None:
    sidecar = tmp_path / "m.jsonl"
    sidecar.write_bytes(b'{"id": "a"}\n{"id": "b\xe4"}\n')
    with pytest.raises(MetadataError) as excinfo:
        read_metadata(sidecar)
    assert str(excinfo.value) == f"{sidecar}:2: not UTF-8: byte 0xe4 cannot be decoded"


def test_read_metadata_rejects_other_file_types(tmp_path: Path) -> None:
    sidecar = write(tmp_path / "m.json", "{}")
    with pytest.raises(MetadataError) as excinfo:
        read_metadata(sidecar)
    assert (
        str(excinfo.value)
        == f"{sidecar}: unsupported metadata file type '.json': use .jsonl or .csv"
    )


def test_article_metadata_checks_the_language() -> None:
    with pytest.raises(ModelError) as excinfo:
        ArticleMetadata(language="de_DE")
    assert str(excinfo.value) == (
        "language must be a BCP 47 tag such as 'de' or 'en-GB', got 'de_DE'"
    )


def test_article_metadata_pickles() -> None:
    metadata = ArticleMetadata(
        published=dt.date(2020, 9, 14), source="s", language="de", outlet="o"
    )
    assert pickle.loads(pickle.dumps(metadata)) == metadata  # noqa: S301 - our own bytes


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (f"000_{ID_A}.txt", (0, ID_A)),
        (f"0042_{ID_A}.txt", (42, ID_A)),
        (f"{ID_A}.txt", (None, ID_A)),
        (f"corpus/sub/007_{ID_A}.txt", (7, ID_A)),
        (f"corpus\\007_{ID_A}.txt", (7, ID_A)),
        (f"000_{ID_A.upper()}.txt", None),
        (f"000_{ID_A}.md", None),
        (f"000_{ID_A}0.txt", None),
        ("article.txt", None),
    ],
)
def test_split_file_name(name: str, expected: tuple[int | None, str] | None) -> None:
    assert split_file_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (f"000_{ID_A}.txt", ID_A),
        ("corpus/article-7.txt", "article-7"),
        ("article.v2.txt", "article.v2"),
    ],
)
def test_article_id_from_file_name(name: str, expected: str) -> None:
    assert article_id_from_file_name(name) == expected
