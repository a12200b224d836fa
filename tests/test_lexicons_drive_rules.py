"""Lexicons drive behaviour: one new entry in any lexicon file changes what the rules find.

Each row adds one entry (written for this test) to one lexicon file of a bundled language, in a
copy of its folder registered in place of the original, and shows the rules fire with it and not
without it: no code changes, only data.
"""

from __future__ import annotations

import contextlib
from importlib import resources
from typing import TYPE_CHECKING

import pytest

import newscorpus

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

Summary = tuple[str, str | None, str | None, str | None, str | None, str]


def summary(quote: newscorpus.Quote) -> Summary:
    return (
        quote.kind.value,
        quote.speaker.name if quote.speaker else None,
        quote.speaker.kind.value if quote.speaker else None,
        quote.speaker_mention.text if quote.speaker_mention else None,
        quote.cue.text if quote.cue else None,
        quote.text,
    )


@contextlib.contextmanager
def entry_added(code: str, lexicon: str, entry: str, folder: Path) -> Iterator[None]:
    """The bundled language ``code`` with ``entry`` appended to ``lexicon``, registered in
    place of the original (the registry's order is kept) until the block ends."""
    bundled = resources.files("newscorpus").joinpath("_extract").joinpath("lang").joinpath(code)
    for item in bundled.iterdir():
        if item.name.endswith(".txt"):
            (folder / item.name).write_text(item.read_text(encoding="utf-8"), encoding="utf-8")
    with (folder / f"{lexicon}.txt").open("a", encoding="utf-8") as file:
        file.write(entry + "\n")
    original = [newscorpus.get_language(known) for known in newscorpus.supported_languages()]

    def register(languages: list[newscorpus.Language]) -> None:
        for known in newscorpus.supported_languages():
            newscorpus.unregister_language(known)
        for language in languages:
            newscorpus.register_language(language)

    patched = newscorpus.Language(
        code=code,
        name="patched",
        lexicons=folder,
        speaker_grammar=newscorpus.get_language(code).speaker_grammar,
        rules=newscorpus.get_language(code).rules,
    )
    register([patched if language.code == code else language for language in original])
    try:
        yield
    finally:
        register(original)


CASES = [
    # (language, lexicon, new entry, text, the quote found only with the entry)
    (
        "de",
        "speech_verbs",
        "tuscheln",
        "Der Minister tuschelte, die Lage sei ernst.",
        ("indirect", "Minister", "person", "Der Minister", "tuschelte", "die Lage sei ernst"),
    ),
    (
        "de",
        "frames",
        "entsprechend\tafter",
        "Der Polizei entsprechend sei die Lage ruhig.",
        (
            "indirect",
            "Polizei",
            "organisation",
            "Der Polizei",
            "entsprechend",
            "sei die Lage ruhig",
        ),
    ),
    (
        "de",
        "speech_nouns",
        "Lesart",
        "Nach Lesart der Polizei ist die Lage ruhig.",
        ("indirect", "Polizei", "organisation", "Lesart der Polizei", "Nach", "ist die Lage ruhig"),
    ),
    (
        "de",
        "noun_cues",
        "Losung",
        "Auf dem Plakat stand die Losung, man müsse durchhalten.",
        ("indirect", "Losung", "unknown", "die Losung", "Losung", "man müsse durchhalten"),
    ),
    (
        "de",
        "konjunktiv_verbs",
        "schwimmen\tschwömme",
        "Der Minister hofft, die Bauern schwömmen oben.",
        ("indirect", "Minister", "person", "Der Minister", "hofft", "die Bauern schwömmen oben"),
    ),
    (
        "de",
        "auxiliaries",
        "hätt\tsg\tkonj",
        "Er hätt erklärt, die Lage sei ernst.",
        ("indirect", None, None, "Er", "hätt erklärt", "die Lage sei ernst"),
    ),
    (
        "de",
        "function_words",
        "obendrein\tadv",
        "Dem Sender erklärte obendrein Putin, die Lage sei ernst.",
        ("indirect", "Putin", "unknown", "Putin", "erklärte", "die Lage sei ernst"),
    ),
    (
        "de",
        "word_roles",
        "devise\tslogan_nouns",
        "Sie marschierten unter der Devise „Freiheit jetzt“ durch die Stadt.",
        ("direct", None, None, None, None, "Freiheit jetzt"),
    ),
    (
        "de",
        "roles",
        "Glaziologe\tGlaziologin\tn",
        "„Der Gletscher schmilzt weiter“, sagte die Glaziologin.",
        (
            "direct",
            "Glaziologin",
            "person",
            "die Glaziologin",
            "sagte",
            "Der Gletscher schmilzt weiter",
        ),
    ),
    (
        "de",
        "organisations",
        "Zunft\tf\torg",
        "„Wir bleiben“, sagte die Zunft. Sie sagte, sie bleibe.",
        ("indirect", "Zunft", "organisation", "Sie", "sagte", "sie bleibe"),
    ),
    (
        "de",
        "first_names",
        "Quirinia\tf",
        "Quirinia Brandl leitet das Amt. „Wir bleiben“, sagte Brandl.",
        ("direct", "Quirinia Brandl", "person", "Brandl", "sagte", "Wir bleiben"),
    ),
    (
        "de",
        "name_particles",
        "zur",
        "„Wir bleiben“, sagte Anna zur Linde.",
        ("direct", "Anna zur Linde", "person", "Anna zur Linde", "sagte", "Wir bleiben"),
    ),
    (
        "de",
        "pronouns",
        "selbige\tf\tsg",
        "„Wir bleiben“, sagte Anna Berg. Selbige sagte, die Lage sei ernst.",
        ("indirect", "Anna Berg", "person", "Selbige", "sagte", "die Lage sei ernst"),
    ),
    (
        "de",
        "abbreviations",
        "Bgm\tabbr",
        "„Wir bleiben“, sagte Bgm. Huber.",
        ("direct", "Bgm", "unknown", "Bgm. Huber", "sagte", "Wir bleiben"),
    ),
    (
        "de",
        "abbreviations",
        "ab\tordinal",
        "Der Chef sagte, ab 3. Quartal sei alles anders.",
        ("indirect", "Chef", "person", "Der Chef", "sagte", "ab 3. Quartal sei alles anders"),
    ),
    (
        "en",
        "speech_verbs",
        "natter",
        "The minister nattered that the plan had failed.",
        ("indirect", "Minister", "person", "The minister", "nattered", "that the plan had failed"),
    ),
    (
        "en",
        "speech_nouns",
        "boast",
        "Critics mocked the mayor’s boast that crime had fallen.",
        ("indirect", "Mayor", "person", "the mayor’s", "boast", "that crime had fallen"),
    ),
    (
        "en",
        "frames",
        "as per\tbefore",
        "As per the ministry, the plan has failed.",
        ("indirect", "Ministry", "organisation", "the ministry", "As per", "the plan has failed"),
    ),
    (
        "en",
        "catenative_verbs",
        "hesitate",
        "The minister hesitated to say that the plan had failed.",
        (
            "indirect",
            "Minister",
            "person",
            "The minister",
            "hesitated to say",
            "that the plan had failed",
        ),
    ),
    (
        "en",
        "past_tenses",
        "smote",
        "Officials said prices smote records.",
        ("indirect", "Officials", "unknown", "Officials", "said", "prices smote records"),
    ),
    (
        "en",
        "function_words",
        "forthwith\tadv",
        "The minister forthwith said that the plan had failed.",
        ("indirect", "Minister", "person", "The minister", "said", "that the plan had failed"),
    ),
    (
        "en",
        "word_roles",
        "hath\thave",
        "The minister hath said that the plan failed.",
        ("indirect", "Minister", "person", "The minister", "hath said", "that the plan failed"),
    ),
    (
        "de",
        "honorifics",
        "Kommerzialrat\tm",
        "„Wir bleiben“, sagte Kommerzialrat Huber.",
        ("direct", "Huber", "person", "Kommerzialrat Huber", "sagte", "Wir bleiben"),
    ),
    (
        "en",
        "roles",
        "registrar\t-",
        "“We will look into it,” said the registrar.",
        ("direct", "Registrar", "person", "the registrar", "said", "We will look into it,"),
    ),
    (
        "en",
        "organisations",
        "hospice\tsg\torg",
        "“We are full,” the hospice said.",
        ("direct", "Hospice", "organisation", "the hospice", "said", "We are full,"),
    ),
    (
        "en",
        "organisation_names",
        "Whigs\tLiberal Democrats",
        "“We will win,” the Whigs said.",
        ("direct", "Liberal Democrats", "organisation", "the Whigs", "said", "We will win,"),
    ),
    (
        "en",
        "first_names",
        "Quirina\tf",
        "Quirina Brandl runs the office. “We stay,” said Brandl.",
        ("direct", "Quirina Brandl", "person", "Brandl", "said", "We stay,"),
    ),
    (
        "en",
        "honorifics",
        "Pte\t-",
        "“We stay,” said Pte Smith.",
        ("direct", "Smith", "person", "Pte Smith", "said", "We stay,"),
    ),
    (
        "en",
        "name_particles",
        "zur",
        "Anna zur Linde said that the plan failed.",
        ("indirect", "Anna zur Linde", "person", "Anna zur Linde", "said", "that the plan failed"),
    ),
    (
        "en",
        "pronouns",
        "shee\tf\tsg",
        "“We stay,” said Anna Berg. “It is enough,” shee said.",
        ("direct", "Anna Berg", "person", "shee", "said", "It is enough,"),
    ),
    (
        "en",
        "abbreviations",
        "Pte\tabbr",
        "“We stay,” said Pte. Smith.",
        ("direct", "Pte. Smith", "unknown", "Pte. Smith", "said", "We stay,"),
    ),
]


@pytest.mark.parametrize(
    ("language", "lexicon", "entry", "text", "expected"),
    CASES,
    ids=[f"{case[0]}/{case[1]}" for case in CASES],
)
def test_a_new_lexicon_entry_makes_the_rules_fire(
    language: str, lexicon: str, entry: str, text: str, expected: Summary, tmp_path: Path
) -> None:
    without = [summary(quote) for quote in newscorpus.extract_quotes(text, language=language)]
    with entry_added(language, lexicon, entry, tmp_path):
        found = [summary(quote) for quote in newscorpus.extract_quotes(text, language=language)]
    assert (expected in found, expected in without) == (True, False)


def test_every_lexicon_file_has_a_case() -> None:
    lang = resources.files("newscorpus").joinpath("_extract").joinpath("lang")
    files = {
        (folder.name, item.name.removesuffix(".txt"))
        for folder in lang.iterdir()
        if folder.is_dir() and folder.name in newscorpus.supported_languages()
        for item in folder.iterdir()
        if item.name.endswith(".txt")
    }
    assert files - {(case[0], case[1]) for case in CASES} == set()


def test_the_original_lexicons_are_back_after_a_case(tmp_path: Path) -> None:
    with entry_added("de", "speech_verbs", "tuscheln", tmp_path):
        pass
    assert (
        newscorpus.extract_quotes("Der Minister tuschelte, die Lage sei ernst.", language="de")
        == ()
    )
    assert newscorpus.supported_languages() == ("de", "en")


@pytest.mark.parametrize(
    ("lexicon", "entry", "message"),
    [
        ("speech_verbs", "tuscheln\t-\tloud", "speech_verbs.txt:.*: unknown flag 'loud'"),
        ("frames", "entsprechend\tsomewhere", "frames.txt:.*: unknown position 'somewhere'"),
        ("word_roles", "ehe\tnot_a_role", "word_roles.txt:.*: unknown role 'not_a_role'"),
    ],
)
def test_a_broken_entry_is_an_error_naming_file_and_line(
    lexicon: str, entry: str, message: str, tmp_path: Path
) -> None:
    with (
        entry_added("de", lexicon, entry, tmp_path),
        pytest.raises(newscorpus.LexiconError, match=message),
    ):
        newscorpus.extract_quotes("Der Minister sagte, die Lage sei ernst.", language="de")
