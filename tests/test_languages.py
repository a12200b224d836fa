"""The language registry: a new language is a folder of lexicons, with no engine change."""

from __future__ import annotations

import contextlib
import pickle
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

import newscorpus
from newscorpus._extract.shared_rules import CUE_RULES

if TYPE_CHECKING:
    from collections.abc import Iterator

# A toy Esperanto bundle: a handful of lexicon entries, written for this test.
TOY_LEXICONS = {
    "speech_verb_forms": "# verbs of saying\ndiris\tdiri\ndiras\tdiri\n",
    "function_words": "# closed-class words\nke\tsub\nla\tdet\nkaj\tconj\nde\tprep\n",
    "pronouns": "# pronouns\nli\tm\tsg\nŝi\tf\tsg\nili\t-\tpl\n",
    "roles": "# role nouns\nministro\t-\nprezidanto\t-\n",
    "first_names": "# first names\nAna\tf\nPetro\tm\n",
    "word_roles": "# word roles\ntion\tdemonstrative\n",
}


@contextlib.contextmanager
def toy_language(folder: Path, **replaced: str) -> Iterator[newscorpus.Language]:
    """The toy Esperanto bundle registered from ``folder``, with the lexicons named in
    ``replaced`` written as given instead (a broken file for an error test)."""
    for name, content in {**TOY_LEXICONS, **replaced}.items():
        (folder / f"{name}.txt").write_text(content, encoding="utf-8")
    language = newscorpus.Language(code="eo", name="Esperanto", lexicons=folder)
    newscorpus.register_language(language)
    try:
        yield language
    finally:
        newscorpus.unregister_language("eo")


@pytest.fixture
def esperanto(tmp_path: Path) -> Iterator[newscorpus.Language]:
    with toy_language(tmp_path) as language:
        yield language


def summary(quote: newscorpus.Quote) -> tuple[str, str | None, str | None, str | None, str]:
    return (
        quote.kind.value,
        quote.speaker.name if quote.speaker else None,
        quote.speaker_mention.text if quote.speaker_mention else None,
        quote.cue.text if quote.cue else None,
        quote.text,
    )


def test_built_in_languages_are_registered() -> None:
    assert newscorpus.supported_languages() == ("de", "en")


@pytest.mark.usefixtures("esperanto")
def test_a_registered_language_is_supported() -> None:
    assert newscorpus.supported_languages() == ("de", "en", "eo")


@pytest.mark.usefixtures("esperanto")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Bel diris: „Ni restos ĉi tie.“",
            ("direct", "Ana Bel", "Ana Bel", "diris", "Ni restos ĉi tie."),
        ),
        (
            "„Ni restos ĉi tie“, diris la ministro Petro Kalo.",
            ("direct", "Petro Kalo", "la ministro Petro Kalo", "diris", "Ni restos ĉi tie"),
        ),
        (
            "La ministro Ana Bel diris, ke la plano funkcias bone.",
            ("indirect", "Ana Bel", "La ministro Ana Bel", "diris", "ke la plano funkcias bone"),
        ),
        (
            "La plano funkcias bone, diris Petro Kalo.",
            ("indirect", "Petro Kalo", "Petro Kalo", "diris", "La plano funkcias bone"),
        ),
    ],
)
def test_a_lexicon_only_language_finds_attributed_quotes(
    text: str, expected: tuple[str, str | None, str | None, str | None, str]
) -> None:
    assert [summary(quote) for quote in newscorpus.extract_quotes(text, language="eo")] == [
        expected
    ]


@pytest.mark.usefixtures("esperanto")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La plano funkcias bone, Ana Bel diris.",
            [("indirect", "Ana Bel", "Ana Bel", "diris", "La plano funkcias bone")],
        ),
        (
            "La plano funkcias, diris Ana Bel, kaj la leĝo estas bona, diris Petro Kalo.",
            [
                ("indirect", "Ana Bel", "Ana Bel", "diris", "La plano funkcias"),
                ("indirect", "Petro Kalo", "Petro Kalo", "diris", "la leĝo estas bona"),
            ],
        ),
        ("Jes, diris Petro Kalo.", []),
    ],
)
def test_a_lexicon_only_language_finds_trailing_attributions(
    text: str, expected: list[tuple[str, str | None, str | None, str | None, str]]
) -> None:
    # Trailing attribution is the engine's: the content before the attribution (after an
    # earlier one and its coordinator "kaj"), the quotations after it, and no content of one
    # word (the default minimum is two).
    quotes = newscorpus.extract_quotes(text, language="eo")
    assert [summary(quote) for quote in quotes] == expected


@pytest.mark.usefixtures("esperanto")
def test_quotations_after_a_trailing_attribution_are_its_speakers() -> None:
    # The engine's quotations_after: one quotation in two parts, the attribution between them.
    text = "„Ni restos“, diris Petro Kalo, „kaj ni venkos.“"
    quotes = newscorpus.extract_quotes(text, language="eo")
    assert [(quote.kind.value, quote.part_texts) for quote in quotes] == [
        ("direct", ("Ni restos", "kaj ni venkos."))
    ]
    assert quotes[0].speaker is not None
    assert quotes[0].speaker.name == "Petro Kalo"


def extract_with_bundle(folder: Path, text: str, **bundle: Any) -> tuple[newscorpus.Quote, ...]:
    """The quotes of ``text`` in the toy language registered with the bundle fields ``bundle``."""
    for name, content in TOY_LEXICONS.items():
        (folder / f"{name}.txt").write_text(content, encoding="utf-8")
    bundle.setdefault("lexicons", folder)
    newscorpus.register_language(newscorpus.Language(code="eo", name="Esperanto", **bundle))
    try:
        return newscorpus.extract_quotes(text, language="eo")
    finally:
        newscorpus.unregister_language("eo")


@pytest.mark.parametrize(("min_words", "found"), [(1, ["Jes"]), (2, [])])
def test_the_bundle_sets_the_words_a_trailing_content_needs(
    tmp_path: Path, min_words: int, found: list[str]
) -> None:
    quotes = extract_with_bundle(tmp_path, "Jes, diris Petro Kalo.", trailing_min_words=min_words)
    assert [quote.text for quote in quotes] == found


@pytest.mark.parametrize(
    ("dashes", "indirect"), [(True, []), (False, ["„Ni restos“ – „ni venkos“"])]
)
def test_the_bundle_says_whether_dashes_join_quotations(
    tmp_path: Path, dashes: bool, indirect: list[str]
) -> None:
    # Joined by a dash, two quotations are a quote-only content (direct) only where the bundle
    # says dashes join quotations; else they are the words of an indirect content.
    text = "„Ni restos“ – „ni venkos“, diris Petro Kalo."
    quotes = extract_with_bundle(tmp_path, text, dash_joins_quotations=dashes)
    kinds = newscorpus.QuoteKind
    assert [quote.text for quote in quotes if quote.kind is kinds.INDIRECT] == indirect
    assert [quote.text for quote in quotes if quote.kind is kinds.DIRECT] == [
        "Ni restos",
        "ni venkos",
    ]
    assert {quote.speaker.name if quote.speaker else None for quote in quotes} == {"Petro Kalo"}


def test_a_trailing_minimum_must_be_a_whole_number(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"Language\.trailing_min_words: .* 0"):
        newscorpus.Language(code="eo", name="Esperanto", lexicons=tmp_path, trailing_min_words=0)


@pytest.mark.usefixtures("esperanto")
def test_a_pronoun_resolves_to_the_last_fitting_speaker() -> None:
    text = "Ana Bel diris: „Ni restos.“ Poste ŝi diris, ke la plano funkcias."
    quotes = newscorpus.extract_quotes(text, language="eo")
    assert [
        (quote.kind.value, quote.speaker.name if quote.speaker else None) for quote in quotes
    ] == [
        ("direct", "Ana Bel"),
        ("indirect", "Ana Bel"),
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_closing_colon_announces_the_speaker_of_the_next_paragraph() -> None:
    # The colon speaker is the engine's, not a language's: the toy bundle gets it for free.
    text = "La ministro Ana Bel diris:\n„Ni restos ĉi tie.“"
    assert [summary(quote) for quote in newscorpus.extract_quotes(text, language="eo")] == [
        ("direct", "Ana Bel", "La ministro Ana Bel", "diris", "Ni restos ĉi tie.")
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_content_ends_where_the_next_attribution_begins() -> None:
    # Overlap trimming is the engine's: the toy bundle's conjunction "kaj" is left loose.
    text = "Ana Bel diris, ke la plano funkcias, kaj Petro Kalo diris, ke ĝi ne funkcias."
    assert [summary(quote) for quote in newscorpus.extract_quotes(text, language="eo")] == [
        ("indirect", "Ana Bel", "Ana Bel", "diris", "ke la plano funkcias"),
        ("indirect", "Petro Kalo", "Petro Kalo", "diris", "ke ĝi ne funkcias"),
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_run_of_quotations_before_a_cue_is_its_speakers() -> None:
    # Quote-only content is the engine's: both quotations before "diris Petro Kalo" are his,
    # not the sentence's first speaker's.
    text = "Ana Bel diris: „Jes“, kaj „ni restos“, „ni venkos“, diris Petro Kalo."
    assert [summary(quote) for quote in newscorpus.extract_quotes(text, language="eo")] == [
        ("direct", "Ana Bel", "Ana Bel", "diris", "Jes"),
        ("direct", "Petro Kalo", "Petro Kalo", "diris", "ni restos"),
        ("direct", "Petro Kalo", "Petro Kalo", "diris", "ni venkos"),
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_short_sentence_after_a_bare_quotation_names_its_speaker() -> None:
    # Naming a bare quotation's speaker afterwards is the engine's; the toy bundle lists only
    # its demonstrative ("tion") in word_roles.txt.
    text = "Ana Bel venis. „Ni restos ĉi tie.“ Tion diris Petro Kalo."
    assert [summary(quote) for quote in newscorpus.extract_quotes(text, language="eo")] == [
        ("direct", "Petro Kalo", "Petro Kalo", "diris", "Ni restos ĉi tie.")
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_demonstrative_without_a_bare_quotation_before_is_no_quote() -> None:
    assert newscorpus.extract_quotes("Ana Bel venis. Tion diris Petro Kalo.", language="eo") == ()


@pytest.mark.usefixtures("esperanto")
@pytest.mark.parametrize(
    ("between", "speaker"),
    [("La vetero estas bona.", "Ana Bel"), ("La vetero estas bona. La urbo estas granda.", None)],
)
def test_a_quotation_within_two_sentences_continues_the_speaker(
    between: str, speaker: str | None
) -> None:
    # Continuation is the engine's: within two sentences of a quotation, not three.
    text = f"Ana Bel diris: „Ni restos.“ {between} „Ni venkos.“"
    quotes = newscorpus.extract_quotes(text, language="eo")
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == [
        "Ana Bel",
        speaker,
    ]


@pytest.mark.usefixtures("esperanto")
def test_a_registered_language_is_detected_by_its_function_words() -> None:
    text = "La ministro diris, ke la plano kaj la leĝo de la lando funkcias."
    assert newscorpus.detect_language(text) == "eo"


def test_after_unregistering_the_language_is_unsupported(esperanto: newscorpus.Language) -> None:
    newscorpus.unregister_language(esperanto.code)
    try:
        with pytest.raises(newscorpus.UnsupportedLanguageError, match="'eo'"):
            newscorpus.extract_quotes("Ana diris: „Jes.“", language="eo")
    finally:
        newscorpus.register_language(esperanto)


def test_a_code_is_registered_once(esperanto: newscorpus.Language) -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match="registered already"):
        newscorpus.register_language(esperanto)


def test_a_language_code_must_be_a_primary_subtag(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"Language\.code: .* got 'de-AT'"):
        newscorpus.Language(code="de-AT", name="Austrian German", lexicons=tmp_path)


def test_a_bundle_pickles(tmp_path: Path) -> None:
    language = newscorpus.Language(code="eo", name="Esperanto", lexicons=tmp_path)
    assert pickle.loads(pickle.dumps(language)) == language  # noqa: S301 -- our own data


def test_a_missing_required_lexicon_names_its_file(tmp_path: Path) -> None:
    newscorpus.register_language(newscorpus.Language(code="xx", name="Empty", lexicons=tmp_path))
    try:
        with pytest.raises(newscorpus.LexiconError, match=r"speech_verb_forms\.txt"):
            newscorpus.extract_quotes("Ana said: “Yes.”", language="xx")
    finally:
        newscorpus.unregister_language("xx")


def test_the_documented_shared_rule_order_is_the_rule_table() -> None:
    doc = (Path(__file__).parents[1] / "docs" / "extraction.md").read_text(encoding="utf-8")
    section = doc.split("## Adding a language", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\d+\. `(\w+)`", section, flags=re.MULTILINE)
    assert documented == list(CUE_RULES.names)


def test_the_adding_a_language_example_prints_what_the_doc_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    doc = (Path(__file__).parents[1] / "docs" / "extraction.md").read_text(encoding="utf-8")
    section = doc.split("## Adding a language", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "docs/extraction.md", "exec"), {})  # noqa: S102 - the doc's own example
    assert capsys.readouterr().out == "indirect Ana Bel | ke la plano funkcias\n"


def test_a_lexicon_saved_with_a_byte_order_mark_reads_as_without(tmp_path: Path) -> None:
    # Windows editors open a UTF-8 file with U+FEFF: it must not become part of the first entry.
    with toy_language(
        tmp_path,
        speech_verb_forms="\ufeffdiris\tdiri\n",
        roles="\ufeff# role nouns\nministro\t-\n",
    ):
        quotes = newscorpus.extract_quotes("La ministro Ana diris, ke ĝi funkcias.", language="eo")
    assert [summary(quote) for quote in quotes] == [
        ("indirect", "Ana", "La ministro Ana", "diris", "ke ĝi funkcias")
    ]


def test_a_lexicon_folder_may_be_given_as_a_string(tmp_path: Path) -> None:
    quotes = extract_with_bundle(
        tmp_path,
        "La ministro Ana diris, ke ĝi funkcias.",
        lexicons=str(tmp_path),
    )
    assert [summary(quote) for quote in quotes] == [
        ("indirect", "Ana", "La ministro Ana", "diris", "ke ĝi funkcias")
    ]


def test_a_lexicon_folder_that_is_no_path_is_refused_at_once() -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"Language\.lexicons: .* got None"):
        newscorpus.Language(code="eo", name="Esperanto", lexicons=None)  # type: ignore[arg-type]


def test_a_language_code_that_is_no_string_is_refused(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"Language\.code: .* got 5"):
        newscorpus.Language(code=5, name="Five", lexicons=tmp_path)  # type: ignore[arg-type]


def test_rules_that_name_no_function_are_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"cannot load the rules 'os:sep'"):
        extract_with_bundle(tmp_path, "Ana diris: „Jes.“", rules="os:sep")


def test_a_lexicon_line_opening_with_a_tab_has_an_empty_first_field(tmp_path: Path) -> None:
    # "\tdiri": the verb form is missing; it must not become the entry "diri".
    with (
        toy_language(tmp_path, speech_verb_forms="# verbs\n\tdiri\ndiris\tdiri\n"),
        pytest.raises(newscorpus.LexiconError, match=r"speech_verb_forms\.txt:2: "),
    ):
        newscorpus.extract_quotes("La ministro Ana diris, ke ĝi funkcias.", language="eo")


def test_an_empty_required_field_is_named_as_such(tmp_path: Path) -> None:
    with (
        toy_language(tmp_path, pronouns="# pronouns\nli\t\tsg\n"),
        pytest.raises(newscorpus.LexiconError, match=r"pronouns\.txt:2: field 2 is empty"),
    ):
        newscorpus.extract_quotes("Li diris, ke ĝi funkcias.", language="eo")


def test_a_required_lexicon_with_no_entries_names_its_file(tmp_path: Path) -> None:
    # A header only (or an empty file) gives a language that silently finds no attribution.
    with (
        toy_language(tmp_path, speech_verb_forms="# verbs of saying\n"),
        pytest.raises(newscorpus.LexiconError, match=r"speech_verb_forms\.txt: no entries"),
    ):
        newscorpus.extract_quotes("La ministro Ana diris, ke ĝi funkcias.", language="eo")


def test_registering_something_other_than_a_bundle_is_a_clear_error() -> None:
    with pytest.raises(newscorpus.NewsCorpusError, match=r"expected a Language bundle, got 'eo'"):
        newscorpus.register_language("eo")  # type: ignore[arg-type]
