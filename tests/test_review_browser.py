"""The review site in a real browser: headless Chromium from Debian's ``chromium`` package.

Every page of the site written for the seed, and for a sample of the shared corpora, is loaded;
the test counts the highlighted quotations in the DOM, collects console errors, follows every
relative link and saves screenshots (desktop, phone width) and a printed PDF under the test's
tmp dir. Skipped with a reason where Chromium is not installed (CI installs it with apt-get).
"""

from __future__ import annotations

import itertools
import re
import urllib.parse
from typing import TYPE_CHECKING

import pytest

import newscorpus
from tests.browser import Browser, find_chromium, open_browser
from tests.conftest import SEED_DIR

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

#: Articles taken from each shared corpus: the first few and then every 80th file.
SAMPLE_FIRST = 6
SAMPLE_EVERY = 80
#: The sample must exercise the highlighter on a real number of quotes.
MIN_SAMPLE_QUOTES = 200
SPEAKER_PAGES_CHECKED = 25
PHONE_WIDTH = 390
DESKTOP_WIDTH = 1280
CORPORA = ("dewikinews_quotes", "10kgnad_test", "bbc")

QUOTES_IN_DOM = (
    "new Set([...document.querySelectorAll('article mark.q')].map(m => m.dataset.q)).size"
)
HREFS = "[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
IDS = "[...document.querySelectorAll('[id]')].map(e => e.id)"
DESCRIBED_BY = (
    "[...document.querySelectorAll('[aria-describedby]')]"
    ".map(e => e.getAttribute('aria-describedby'))"
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip("needs Debian's chromium package (`apt-get install chromium`); not installed")
    with open_browser(executable) as started:
        yield started


def _ids_of(path: Path, cache: dict[Path, set[str]]) -> set[str]:
    if path not in cache:
        text = path.read_text(encoding="utf-8")
        cache[path] = set(re.findall(r'\bid="([^"]+)"', text))
    return cache[path]


def check_page(browser: Browser, page: Path, cache: dict[Path, set[str]]) -> list[str]:
    """Load a page; return its problems: console errors and links that lead nowhere."""
    browser.open(page.as_uri())
    problems = [f"{page.name}: console: {error}" for error in browser.console_errors()]
    own_ids = set(browser.evaluate(IDS))
    problems.extend(
        f"{page.name}: aria-describedby {target} names no element"
        for target in browser.evaluate(DESCRIBED_BY)
        if target not in own_ids
    )
    for href in browser.evaluate(HREFS):
        parsed = urllib.parse.urlsplit(href)
        if parsed.scheme or parsed.netloc:
            problems.append(f"{page.name}: external link {href}")
            continue
        target = (
            (page.parent / urllib.parse.unquote(parsed.path)).resolve() if parsed.path else page
        )
        if not target.is_file():
            problems.append(f"{page.name}: missing {href}")
        elif parsed.fragment:
            ids = own_ids if target == page else _ids_of(target, cache)
            if parsed.fragment not in ids:
                problems.append(f"{page.name}: no anchor {href}")
    return problems


def check_site(browser: Browser, corpus: newscorpus.Corpus, site: Path) -> None:
    index = newscorpus.write_review(corpus, site)
    cache: dict[Path, set[str]] = {}
    problems = check_page(browser, index, cache)
    assert browser.evaluate("document.querySelectorAll('tbody tr').length") == len(corpus)
    problems += check_page(browser, site / "speakers.html", cache)
    shown: list[str] = []
    for article_page in sorted((site / "articles").iterdir()):
        problems += check_page(browser, article_page, cache)
        article = corpus[browser.evaluate("document.querySelector('article').dataset.id")]
        assert browser.evaluate(QUOTES_IN_DOM) == len(article.quotes), article.id
        shown.append(article.id)
    assert sorted(shown) == sorted(article.id for article in corpus)
    speaker_pages = sorted((site / "speakers").iterdir())
    for speaker_page in speaker_pages[:SPEAKER_PAGES_CHECKED]:
        problems += check_page(browser, speaker_page, cache)
    assert problems == []


def test_the_seed_site_loads_cleanly_with_every_quote_highlighted(
    browser: Browser, tmp_path: Path
) -> None:
    check_site(browser, newscorpus.load(SEED_DIR), tmp_path / "site")


def test_focusing_a_quote_shows_speaker_roles_kind_and_cue(
    browser: Browser, tmp_path: Path
) -> None:
    index = newscorpus.write_review(newscorpus.load(SEED_DIR), tmp_path / "site")
    browser.open((index.parent / "articles" / "266daebb3b7432db.html").as_uri())
    hidden = "getComputedStyle(document.getElementById('q2'), '::after').content"
    assert browser.evaluate(hidden) == "none"
    browser.evaluate("document.getElementById('q2').focus()")
    shown = browser.evaluate(hidden)
    assert "Wladimir Putin" in shown
    assert "russischer Präsident" in shown
    assert "direct quote · cue: sagte" in shown


def test_the_index_sorts_by_a_column_when_its_header_is_clicked(
    browser: Browser, tmp_path: Path
) -> None:
    corpus = newscorpus.load(SEED_DIR)
    articles = [
        newscorpus.Article(id=f"a{n}", title=title, paragraphs=("p",))
        for n, title in enumerate(["b", "c", "a"])
    ]
    index = newscorpus.write_review([*corpus, *articles], tmp_path / "site")
    browser.open(index.as_uri())
    titles = "[...document.querySelectorAll('tbody tr td:nth-child(2)')].map(c => c.textContent)"
    browser.evaluate("document.querySelectorAll('th button')[1].click()")
    assert browser.evaluate(titles) == ["a", "b", "c", corpus[0].title]
    assert browser.console_errors() == []


def test_pages_fit_a_phone_and_print(browser: Browser, tmp_path: Path) -> None:
    index = newscorpus.write_review(newscorpus.load(SEED_DIR), tmp_path / "site")
    article = index.parent / "articles" / "266daebb3b7432db.html"
    pages = [index, article, index.parent / "speakers" / "wladimir-putin.html"]
    try:
        for page, (label, width) in itertools.product(
            pages, (("desktop", DESKTOP_WIDTH), ("phone", PHONE_WIDTH))
        ):
            browser.set_width(width, mobile=label == "phone")
            browser.open(page.as_uri())
            overflow = browser.evaluate("document.documentElement.scrollWidth - innerWidth")
            assert overflow <= 0, f"{page.name} is wider than a {width}px screen"
            shot = tmp_path / f"{page.stem}-{label}.png"
            browser.screenshot(shot)
            assert shot.read_bytes().startswith(b"\x89PNG")
    finally:
        browser.set_width(DESKTOP_WIDTH)
    browser.open(article.as_uri())
    pdf = tmp_path / "article.pdf"
    browser.print_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.shared
def test_a_sample_of_the_shared_corpora_loads_cleanly(
    browser: Browser, shared: Path, tmp_path: Path
) -> None:
    files = [
        path
        for name in CORPORA
        for number, path in enumerate(sorted((shared / "corpora" / name).glob("*.txt")))
        if number < SAMPLE_FIRST or number % SAMPLE_EVERY == 0
    ]
    sample = newscorpus.Corpus.from_articles(newscorpus.read_article(path) for path in files)
    assert sum(len(article.quotes) for article in sample) > MIN_SAMPLE_QUOTES
    check_site(browser, sample, tmp_path / "site")


def test_side_list_badges_are_white_on_their_kind_colour(browser: Browser, tmp_path: Path) -> None:
    index = newscorpus.write_review(newscorpus.load(SEED_DIR), tmp_path / "site")
    browser.open((index.parent / "articles" / "266daebb3b7432db.html").as_uri())
    style = "getComputedStyle(document.querySelector('.qlist a.badge'))"
    assert browser.evaluate(f"{style}.color") == "rgb(255, 255, 255)"
    assert browser.evaluate(f"{style}.backgroundColor") == "rgb(4, 120, 87)"  # indirect green
