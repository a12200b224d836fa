"""The English rules where a table row cannot show them: speaker kinds and roles, mention
analysis, verb forms, robustness.

Text-to-quotes cases of the English rules live in tests/cases/extract_en.tsv
(tests/test_extract_tables.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus import Corpus
from newscorpus._extract.lang.en.phrases import _named_in_text
from newscorpus._extract.lang.en.rules import VerbFormEn, verb_forms_en
from newscorpus._extract.lexicon import FormKind, VerbFlag
from newscorpus._extract.pipeline import annotate_article, extract_quotes
from newscorpus._extract.speakers import analyse_mention
from newscorpus._model import Article, QuoteKind, Speaker, SpeakerKind
from newscorpus.evaluation._scoring import evaluate

if TYPE_CHECKING:
    from pathlib import Path

TONY_BLAIR = Speaker(
    id="tony-blair",
    name="Tony Blair",
    aliases=("Blair",),
    roles=("Prime Minister",),
    kind=SpeakerKind.PERSON,
)


def speakers(text: str) -> list[tuple[str, tuple[str, ...], SpeakerKind] | None]:
    """(name, roles, kind) of every quote's speaker in ``text``."""
    return [
        None
        if quote.speaker is None
        else (quote.speaker.name, quote.speaker.roles, quote.speaker.kind)
        for quote in extract_quotes(text, language="en")
    ]


# --- speakers ------------------------------------------------------------------------------


def test_organisations_and_collectives_are_speakers() -> None:
    text = (
        "The White House said the visit would go ahead. The police said they had arrested two "
        "men. Officials said the talks had failed."
    )
    assert speakers(text) == [
        ("White House", (), SpeakerKind.ORGANISATION),
        ("Police", (), SpeakerKind.ORGANISATION),
        ("Officials", (), SpeakerKind.UNKNOWN),
    ]


def test_honorific_is_not_part_of_the_name() -> None:
    assert speakers("Sen. Bernie Sanders said the bill was a disgrace.") == [
        ("Bernie Sanders", (), SpeakerKind.PERSON)
    ]


def test_role_in_apposition_is_split_from_the_name() -> None:
    assert speakers("John Smith, the firm's chief executive, said the plan would fail.") == [
        ("John Smith", ("firm's chief executive",), SpeakerKind.PERSON)
    ]


def test_role_before_the_name_is_split_from_it() -> None:
    assert speakers("Defense Secretary Ash Carter said the strikes would continue.") == [
        ("Ash Carter", ("Defense Secretary",), SpeakerKind.PERSON)
    ]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('British and Irish Lions coach Clive Woodward said: "We will win."', "Lions coach"),
        ("The Trade and Industry Secretary Patricia Hewitt said it would work.", "Secretary"),
    ],
)
def test_a_role_with_coordinated_modifiers_is_one_role(text: str, role: str) -> None:
    [(_, roles, _)] = [found for found in speakers(text) if found is not None]
    assert len(roles) == 1
    assert roles[0].endswith(role)
    assert " and " in roles[0]


def test_a_full_name_in_the_possessive_names_the_surname_alone() -> None:
    text = "Prime Minister Tony Blair's spokesman was asked. Mr Blair said the talks would go on."
    assert speakers(text) == [("Tony Blair", ("Prime Minister",), SpeakerKind.PERSON)]


def test_coordinated_people_keep_their_own_roles() -> None:
    text = "Tony Blair and Conservative leader Michael Howard met. Mr Howard said it would fail."
    assert speakers(text) == [("Michael Howard", ("Conservative leader",), SpeakerKind.PERSON)]


def test_mr_and_surname_joins_the_full_name_mentioned_before() -> None:
    text = "Tony Blair visited Leeds on Monday. Mr Blair said the trip had been a success."
    assert speakers(text) == [("Tony Blair", (), SpeakerKind.PERSON)]


# More surnames than an article looks up one string search at a time: the rest are found in an
# index of the text built once, which must find the same people.
MANY_PEOPLE = [
    *("Tony Blair", "Gordon Brown", "Michael Howard", "Charles Kennedy", "Jack Straw"),
    *("David Blunkett", "John Prescott", "Alan Milburn", "Peter Hain", "Patricia Hewitt"),
    *("Ruth Kelly", "Tessa Jowell", "Alistair Darling", "Geoff Hoon", "Margaret Beckett"),
    *("Paul Boateng", "Charles Clarke", "Oliver Letwin", "Liam Fox", "David Davis"),
]


def test_surname_joins_its_full_name_among_many_people() -> None:
    named = " ".join(f"{name} visited Leeds on Monday." for name in MANY_PEOPLE)
    women = {"Patricia", "Ruth", "Tessa", "Margaret"}
    later = " ".join(
        f"{'Ms' if name.split()[0] in women else 'Mr'} {name.split()[1]} said the trip had "
        "been a success."
        for name in MANY_PEOPLE
    )
    quotes = extract_quotes(f"{named} {later}", language="en")
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == MANY_PEOPLE


BBC_STYLE = """Blair defends Iraq record

Prime Minister Tony Blair has defended the decision to go to war in Iraq. Speaking in Leeds, \
Mr Blair said the world was a safer place. "I have no regrets," he told reporters. "We did the \
right thing."
Conservative leader Michael Howard said the government had misled the country. He added that \
an inquiry was needed. Critics say the war was illegal, and they want answers.
Mrs Clinton, who visited London on Monday, said: "It was a difficult decision." She praised \
the prime minister."""


def test_bbc_style_article_resolves_pronouns_to_the_last_fitting_speaker() -> None:
    assert [
        (
            quote.kind.value,
            quote.speaker_mention.text if quote.speaker_mention else None,
            quote.speaker.id if quote.speaker else None,
            quote.content,
        )
        for quote in extract_quotes(BBC_STYLE, language="en")
    ] == [
        ("reported", "Blair", "tony-blair", "Iraq record"),
        (
            "indirect",
            "Prime Minister Tony Blair",
            "tony-blair",
            "the decision to go to war in Iraq",
        ),
        ("indirect", "Mr Blair", "tony-blair", "the world was a safer place"),
        ("direct", "he", "tony-blair", "I have no regrets, … We did the right thing."),
        (
            "indirect",
            "Conservative leader Michael Howard",
            "michael-howard",
            "the government had misled the country",
        ),
        ("indirect", "He", "michael-howard", "that an inquiry was needed"),
        ("indirect", "Critics", "critics", "the war was illegal, and they want answers"),
        ("direct", "Mrs Clinton", "clinton", "It was a difficult decision."),
        ("reported", "She", "clinton", "the prime minister"),
    ]


def test_bbc_style_article_merges_the_mentions_of_one_person() -> None:
    title, _, body = BBC_STYLE.partition("\n\n")
    article = annotate_article(Article(id="bbc", title=title, paragraphs=tuple(body.split("\n"))))
    assert (article.language, article.speakers[0]) == ("en", TONY_BLAIR)


# --- English speaker analysis --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Legal experts", ("Legal experts", None, SpeakerKind.UNKNOWN, True)),
        (
            "The Australian government",
            ("Australian government", None, SpeakerKind.ORGANISATION, False),
        ),
        ("Revised figures", ("Revised figures", None, SpeakerKind.UNKNOWN, True)),
        (
            "Ministry of Defence lawyers",
            ("Ministry of Defence lawyers", None, SpeakerKind.UNKNOWN, True),
        ),
        ("Trade union leaders", ("Trade union leaders", None, SpeakerKind.UNKNOWN, True)),
        ("the Trump campaign", ("Trump campaign", None, SpeakerKind.ORGANISATION, False)),
        (
            "Prime Minister Tony Blair's official spokesman",
            (
                "Tony Blair's official spokesman",
                "Tony Blair's official spokesman",
                SpeakerKind.PERSON,
                False,
            ),
        ),
        (
            "The Iraqi families' lawyer",
            ("Iraqi families' lawyer", "Iraqi families' lawyer", SpeakerKind.PERSON, False),
        ),
        (
            "Britain's Foreign Secretary Jack Straw",
            ("Jack Straw", "Britain's Foreign Secretary", SpeakerKind.PERSON, False),
        ),
        ("Tony Blair's office", ("Tony Blair's office", None, SpeakerKind.ORGANISATION, False)),
        (
            "Deputy Prime Minister John Prescott",
            ("John Prescott", "Deputy Prime Minister", SpeakerKind.PERSON, False),
        ),
        (
            "US Secretary of State Colin Powell",
            ("Colin Powell", "US Secretary of State", SpeakerKind.PERSON, False),
        ),
        (
            "Bank of England governor Mervyn King",
            ("Mervyn King", "Bank of England governor", SpeakerKind.PERSON, False),
        ),
        ("The Financial Times", ("Financial Times", None, SpeakerKind.ORGANISATION, False)),
        ("the Democrats", ("Democrats", None, SpeakerKind.ORGANISATION, True)),
        (
            "the Department of Health",
            ("Department of Health", None, SpeakerKind.ORGANISATION, False),
        ),
        (
            "Experts from the University of Oxford",
            ("Experts from the University of Oxford", None, SpeakerKind.UNKNOWN, True),
        ),
        (
            "the families of the victims",
            ("Families of the victims", None, SpeakerKind.UNKNOWN, True),
        ),
        ("Microsoft", ("Microsoft", None, SpeakerKind.UNKNOWN, False)),
        ("Tony Blair himself", ("Tony Blair", None, SpeakerKind.PERSON, False)),
    ],
)
def test_english_mentions_are_split_by_their_head(
    words: str, expected: tuple[str, str | None, SpeakerKind, bool]
) -> None:
    info = analyse_mention(tuple(words.split()), language="en")
    assert (None if info is None else (info.name, info.role, info.kind, info.plural)) == expected


def test_name_in_apposition_takes_the_role_on_either_side() -> None:
    before = analyse_mention(
        ("the", "firm's", "chief", "executive", ",", "John", "Smith"), language="en"
    )
    after = analyse_mention(
        ("John", "Smith", ",", "the", "firm's", "chief", "executive"), language="en"
    )
    assert [(info.name, info.role) for info in (before, after) if info is not None] == [
        ("John Smith", "firm's chief executive"),
        ("John Smith", "firm's chief executive"),
    ]


def test_it_resolves_to_a_document() -> None:
    text = "The report said that prices had risen. It added that jobs were lost."
    assert speakers(text) == [
        ("Report", (), SpeakerKind.UNKNOWN),
        ("Report", (), SpeakerKind.UNKNOWN),
    ]


def test_it_does_not_resolve_to_a_person_named_in_the_article() -> None:
    text = (
        "Jimmy Carter visited Leeds. Carter said the plan would fail. It added that jobs would go."
    )
    assert speakers(text) == [("Jimmy Carter", (), SpeakerKind.PERSON), None]


# --- verb forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("deny", {"deny": "base", "denies": "present", "denied": "past", "denying": "gerund"}),
        ("note", {"note": "base", "notes": "present", "noted": "past", "noting": "gerund"}),
        (
            "stress",
            {"stress": "base", "stresses": "present", "stressed": "past", "stressing": "gerund"},
        ),
        ("add", {"add": "base", "adds": "present", "added": "past", "adding": "gerund"}),
    ],
)
def test_regular_verbs_are_inflected_by_rule(lemma: str, forms: dict[str, str]) -> None:
    table = verb_forms_en(lemma)
    assert {word: [form.kind.value for form in table[word]] for word in forms} == {
        word: [kind, "participle"] if kind == "past" else [kind] for word, kind in forms.items()
    }


def test_final_consonant_may_double() -> None:
    assert sorted(word for word in verb_forms_en("admit") if word.startswith("admit")) == [
        "admit",
        "admited",
        "admiting",
        "admits",
        "admitted",
        "admitting",
    ]


def test_irregular_verb_takes_its_listed_forms() -> None:
    table = verb_forms_en("write", "wrote written")
    assert {word: [form.kind.value for form in forms] for word, forms in table.items()} == {
        "write": ["base"],
        "writes": ["present"],
        "wrote": ["past"],
        "written": ["participle"],
        "writing": ["gerund"],
    }


def test_particle_and_flags_are_kept_on_every_form() -> None:
    flags = frozenset({VerbFlag.REPORT, VerbFlag.NOUN})
    assert verb_forms_en("point out", "-", flags)["pointed"][0] == VerbFormEn(
        lemma="point out", particle="out", kind=FormKind.PAST, flags=flags
    )


# --- robustness ----------------------------------------------------------------------------

ENGLISH_PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "'",
        "‘",
        "’",
        "―",
        " — ",
        ", ",
        ": ",
        ". ",
        "\n",
        "\n\n",
        " ",
        "said",
        "says",
        "told",
        "saying",
        "according to",
        "has said",
        "isn’t saying",
        "He’s",
        "he",
        "she",
        "they",
        "Mr",
        "Mr.",
        "Sen.",
        "Blair",
        "Tony",
        "the",
        "police",
        "officials",
        "White House",
        "that",
        "who",
        "which",
        "added",
        "claimed",
        "denied",
        "called",
        "show",
        "WALLACE:",
        "(R-S.C.)",
        "reporters",
        "on Monday",
        "We will win",
        "It was reported",
        "'We",
        "win,'",
        "don't",
        "families'",
        "'em",
        "It",
        "this month",
        "labeled",
    ]
)
ENGLISH_TEXT = st.lists(ENGLISH_PIECES, max_size=60).map("".join)


@settings(max_examples=400)
@given(ENGLISH_TEXT)
def test_never_fails_and_every_span_slices_the_text(text: str) -> None:
    quotes = extract_quotes(text, language="en")
    assert [(quote.span.start, quote.span.end) for quote in quotes] == sorted(
        (quote.span.start, quote.span.end) for quote in quotes
    )
    for quote in quotes:
        assert quote.span.slice(text) == quote.text
        assert quote.text
        for _, mention in quote.mentions():
            assert mention.expected_text(text) == mention.text


@settings(max_examples=200)
@given(ENGLISH_TEXT.map(lambda text: "Title\n\n" + text.replace("\n\n", "\n")))
def test_articles_built_from_english_text_keep_their_quotes_valid(text: str) -> None:
    title, _, body = text.partition("\n\n")
    lines = tuple(body.split("\n"))
    article = Article(id="a", title=title, paragraphs=lines)
    quotes = extract_quotes(article.text, language="en")
    assert all(quote.kind in QuoteKind for quote in quotes)


def _adversarial(size: int, pieces: tuple[str, ...]) -> str:
    """A deterministic run of ``pieces`` of about ``size`` characters, without line breaks."""
    words: list[str] = []
    length = 0
    number = 0
    while length < size:
        piece = pieces[(number * 7 + number // len(pieces)) % len(pieces)]
        words.append(piece)
        length += len(piece) + 1
        number += 1
    return " ".join(words)


ADVERSARIAL_PIECES = (
    '"',
    "“",
    "”",
    "'",
    "‘",
    "’",
    "said",
    "says",
    "according",
    "to",
    "he",
    "He",
    "Mr",
    "Blair",
    "Tony",
    "Prime",
    "Minister",
    "the",
    "police",
    ",",
    ":",
    "that",
    "—",
    "It",
    "don't",
    "Blair's",
)


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph of unpaired marks, cue words and capitalised words, no sentence end
        _adversarial(40_000, ADVERSARIAL_PIECES),
        # many short sentences with quotations, cues, pronouns and names
        _adversarial(40_000, ('"We won."', "He", "said", "it.", "Mr", "Blair", "said:", "It")),
        # one line of names, each a new speaker
        " ".join(f'Tony Blair{number} said "we will win{number}."' for number in range(1_500)),
    ],
    ids=["run-on paragraph", "short sentences", "many names"],
)
def test_adversarial_text_gives_valid_quotes(text: str) -> None:
    quotes = extract_quotes(text, language="en")
    assert quotes
    assert all(quote.span.slice(text) == quote.text for quote in quotes)
    assert all(
        mention.expected_text(text) == mention.text
        for quote in quotes
        for _, mention in quote.mentions()
    )


def test_an_article_is_read_once_for_a_surname() -> None:
    # Every sentence that opens with a capitalised auxiliary ("May said …") asks whether the
    # text names someone "… May": the text is scanned once for the word, not once a sentence
    # (which made a long article about Theresa May quadratic).
    text = "T\n\n" + " ".join(["Mrs May spoke. May said the plan would fail."] * 200) + "\n"
    _named_in_text.cache_clear()
    extract_quotes(text, language="en")
    assert _named_in_text.cache_info().misses == 1


# --- gold data -----------------------------------------------------------------------------


@pytest.mark.shared
def test_polnear_dev_meets_the_targets(shared: Path) -> None:
    report = evaluate(shared / "data" / "polnear" / "dev.jsonl")
    f1 = {score.threshold: score.f1 for score in report.content}
    # Floors a little under what the rules reach (70.0 / 60.4 / 89.6, docs/extraction.md), so
    # that a regression shows; the aims (72 / 62 / 88) are not all met yet.
    assert (
        f1[0.3] >= 0.68,
        f1[0.8] >= 0.58,
        report.speaker_accuracy is not None and report.speaker_accuracy >= 0.86,
    ) == (True, True, True)


# --- titles of nobility ----------------------------------------------------------------------


def _peers_corpus(*texts: str) -> Corpus:
    return Corpus.from_articles(
        annotate_article(Article(id=f"peer{number}", title="Peers", paragraphs=(text,)))
        for number, text in enumerate(texts)
    )


def test_a_peer_is_named_with_the_title_across_a_corpus() -> None:
    # "Lord Ambleside" and a bare "Ambleside" of another article are one speaker, shown with
    # the title; "Sir Tom" is not "Tom".
    corpus = _peers_corpus(
        "Lord Ambleside said the court had erred. Lord Ambleside said it would sit again.",
        "Ambleside said the ruling was fair.",
        '"The wards will stay open," said Sir Tom.',
    )
    assert [(speaker.name, count) for speaker, count in corpus.speakers()] == [
        ("Lord Ambleside", 3),
        ("Sir Tom", 1),
    ]


def test_a_person_merely_mentioned_keeps_a_role_of_two_words() -> None:
    # "First" is an adverb, yet "First Minister" is the role of the person a pronoun means
    # (and of the speaker of the trailing attribution before it).
    text = (
        "Schools will improve, First Minister Jane Roe has insisted. She told MSPs that a ban "
        "would come."
    )
    assert speakers(text) == [("Jane Roe", ("First Minister",), SpeakerKind.PERSON)] * 2


@pytest.mark.parametrize(
    "later", ["Mr Roe said the economy was strong.", "He said the economy was strong."]
)
def test_role_words_after_an_indefinite_article_are_no_title(later: str) -> None:
    # "how good a prime minister John Roe would make": what he might be, not his office.
    text = f"There is a debate over how good a prime minister John Roe would make. {later}"
    assert speakers(text) == [("John Roe", (), SpeakerKind.PERSON)]


def test_a_role_that_ends_a_fuller_one_is_not_listed_again() -> None:
    # "Spokesman" opening a sentence says nothing "Tory spokesman" does not; "chief executive"
    # before "Liverpool chief executive" stays (it comes first).
    corpus = _peers_corpus(
        "Tory spokesman John Roe said the bill was bad. Mr Roe said it would fail.",
        "Spokesman John Roe said the vote was lost.",
        "Chief executive Ann Lee said the club was safe. Ms Lee said it would grow.",
        "Liverpool chief executive Ann Lee said the deal was done.",
    )
    assert [(speaker.name, speaker.roles) for speaker, _ in corpus.speakers()] == [
        ("Ann Lee", ("Chief executive", "Liverpool chief executive")),
        ("John Roe", ("Tory spokesman",)),
    ]


def test_a_role_noun_before_and_is_no_modifier_of_the_role_after_it() -> None:
    # "King" is a surname here (and the role noun "king"): not part of Joel Ross's role.
    text = (
        "The station moved King and DJ partner Joel Ross to mornings. Mr Ross said it was "
        "a good move."
    )
    assert speakers(text) == [("Joel Ross", ("DJ partner",), SpeakerKind.PERSON)]


def test_a_man_from_a_place_has_no_role() -> None:
    text = 'Devon man Tom Reed is sure he can win. "I feel good," said Reed.'
    assert speakers(text) == [("Tom Reed", (), SpeakerKind.PERSON)]


def test_a_while_clause_fronted_inside_a_content_does_not_end_it() -> None:
    # "that, while …" opens a clause inside the content: the content goes on after it, and is
    # not cut to its "that" (which left no content at all).
    text = "The union said that, while the company said it would fight, pay would rise."
    contents = [
        (quote.content, quote.speaker_mention) for quote in extract_quotes(text, language="en")
    ]
    assert any(
        content.endswith("pay would rise") and mention is not None and mention.text == "The union"
        for content, mention in contents
    ), contents
