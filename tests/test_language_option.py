"""``language=`` when reading and ``--language`` on the command line: the language of articles
whose metadata gives none, for texts too short to detect."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

import newscorpus
from newscorpus._cli import main

if TYPE_CHECKING:
    from pathlib import Path

# Too few function words to detect, and no quotation: only the option gives it a language.
UNDETECTABLE = "Kurz\n\nPutin Lukaschenko Sotschi 2020.\n"
SHORT_QUOTE = "Kurz\n\n„Das ist gut“, sagte Merkel.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "000_0000000000000001.txt").write_text(UNDETECTABLE, encoding="utf-8")
    (tmp_path / "001_0000000000000002.txt").write_text(SHORT_QUOTE, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("jobs", [1, 2])
def test_reading_with_a_language_sets_it_where_detection_cannot(folder: Path, jobs: int) -> None:
    articles = list(newscorpus.iter_articles(folder, language="de", jobs=jobs))
    assert [(article.language, len(article.quotes)) for article in articles] == [
        ("de", 0),
        ("de", 1),
    ]


def test_without_a_language_an_undetectable_article_has_none(folder: Path) -> None:
    assert [article.language for article in newscorpus.iter_articles(folder)] == [None, "de"]


def test_the_metadata_language_wins_over_the_option(folder: Path) -> None:
    table = {"0000000000000001": newscorpus.ArticleMetadata(language="en")}
    articles = newscorpus.iter_articles(folder, language="de", metadata=table)
    assert [article.language for article in articles] == ["en", "de"]


def test_an_unsupported_language_fails_when_reading_starts(folder: Path) -> None:
    with pytest.raises(newscorpus.UnsupportedLanguageError, match=r"'fr'.*'de', 'en'"):
        newscorpus.iter_articles(folder, language="fr")


def test_the_command_line_option_sets_the_language(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", str(folder), "--language", "de-AT"])
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert (code, [record["language"] for record in records]) == (0, ["de-AT", "de-AT"])


def test_the_command_line_names_the_supported_languages(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["quotes", str(folder), "--language", "fr"])
    err = capsys.readouterr().err
    assert (code, err.count("\n")) == (1, 1)
    assert "'fr'" in err
    assert "'de', 'en'" in err


def test_the_option_is_refused_for_a_jsonl_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = tmp_path / "corpus.jsonl"
    newscorpus.write_jsonl([newscorpus.parse_article(SHORT_QUOTE)], export)
    code = main(["quotes", str(export), "--language", "de"])
    assert (code, "--language applies to seed files" in capsys.readouterr().err) == (1, True)


@pytest.mark.parametrize("jobs", [1, 2])
def test_loading_with_a_language_sets_it_where_detection_cannot(folder: Path, jobs: int) -> None:
    corpus = newscorpus.load(folder, language="de", jobs=jobs)
    assert [(article.language, len(article.quotes)) for article in corpus] == [
        ("de", 0),
        ("de", 1),
    ]


def test_loading_with_an_unsupported_language_fails_at_once(folder: Path) -> None:
    with pytest.raises(newscorpus.UnsupportedLanguageError, match="'fr'"):
        newscorpus.load(folder, language="fr")


def test_loading_an_export_with_a_language_is_refused(tmp_path: Path) -> None:
    export = tmp_path / "corpus.jsonl"
    newscorpus.write_jsonl([newscorpus.parse_article(SHORT_QUOTE)], export)
    with pytest.raises(newscorpus.QueryError, match="language applies to seed files") as caught:
        newscorpus.load(export, language="de")
    assert caught.value.path == str(export)


def test_loading_a_parquet_folder_with_a_language_is_refused(tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    newscorpus.write_parquet([newscorpus.parse_article(SHORT_QUOTE)], tmp_path / "tables")
    with pytest.raises(newscorpus.QueryError, match="Parquet input keeps the language"):
        newscorpus.load(tmp_path / "tables", language="de")
