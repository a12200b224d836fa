"""The rule tables: documented in their order, and every rule exercised by a table row."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newscorpus
from newscorpus._extract.engine import rule_tables, trace_rules
from tests.test_extract_tables import read_cases
from tests.test_languages import TOY_LEXICONS

DOC = Path(__file__).parents[1] / "docs" / "extraction.md"


def _tables() -> dict[str, tuple[str, ...]]:
    # The tables register when their language's rules are imported: run each language once.
    newscorpus.extract_quotes("„Ja“, sagte er.", language="de")
    newscorpus.extract_quotes('"Yes," he said.', language="en")
    return rule_tables()


def _documented_order(name: str) -> list[str]:
    text = " ".join(DOC.read_text(encoding="utf-8").split())
    match = re.search(rf"Rule order, `{re.escape(name)}`: (.*?)[.(]", text)
    assert match is not None, f"docs/extraction.md has no 'Rule order, `{name}`:' line"
    return re.findall(r"`(\w+)`", match.group(1))


@pytest.mark.parametrize("name", sorted(_tables()))
def test_the_documented_rule_order_is_the_table(name: str) -> None:
    assert _documented_order(name) == list(_tables()[name])


@pytest.mark.parametrize("language", ["de", "en"])
def test_every_rule_of_a_language_fires_on_some_table_row(language: str) -> None:
    names = {"de": "German", "en": "English"}
    with trace_rules() as fired:
        for case in read_cases(language):
            newscorpus.extract_quotes(case.text, language=language)
    tables = {name: rules for name, rules in _tables().items() if name.startswith(names[language])}
    assert tables, "no rule table for this language"
    unexercised = [
        (name, rule) for name, rules in tables.items() for rule in rules if not fired[name, rule]
    ]
    assert unexercised == []


def test_every_shared_rule_fires_on_the_toy_language(tmp_path: Path) -> None:
    for name, content in TOY_LEXICONS.items():
        (tmp_path / f"{name}.txt").write_text(content, encoding="utf-8")
    newscorpus.register_language(
        newscorpus.Language(code="eo", name="Esperanto", lexicons=tmp_path)
    )
    texts = [
        "Ana Bel diris: „Ni restos.“",
        "„Ni restos“, diris Petro Kalo.",
        "La ministro Ana Bel diris, ke la plano funkcias bone.",
        "La plano funkcias bone, diris Petro Kalo.",
        "„Ni restos.“ Tion diris Petro Kalo.",
    ]
    try:
        with trace_rules() as fired:
            for text in texts:
                newscorpus.extract_quotes(text, language="eo")
    finally:
        newscorpus.unregister_language("eo")
    assert [rule for rule in _tables()["shared cue"] if not fired["shared cue", rule]] == []
