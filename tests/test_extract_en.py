"""The English rules, one construction per test."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscorpus._extract.lang.en.rules import VerbFormEn, verb_forms_en
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


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker mention, cue, quote text) of every quote in ``text``."""
    return [
        (
            quote.kind.value,
            quote.speaker_mention.text if quote.speaker_mention else None,
            quote.cue.text if quote.cue else None,
            quote.text,
        )
        for quote in extract_quotes(text, language="en")
    ]


def speakers(text: str) -> list[tuple[str, tuple[str, ...], SpeakerKind] | None]:
    """(name, roles, kind) of every quote's speaker in ``text``."""
    return [
        None
        if quote.speaker is None
        else (quote.speaker.name, quote.speaker.roles, quote.speaker.kind)
        for quote in extract_quotes(text, language="en")
    ]


# --- direct quotations ---------------------------------------------------------------------


def test_direct_quotation_with_inverted_attribution() -> None:
    assert found('"We will win," said Mr Blair.') == [
        ("direct", "Mr Blair", "said", "We will win,")
    ]


def test_direct_quotation_with_trailing_attribution() -> None:
    assert found('"We will win," Mr Blair said.') == [
        ("direct", "Mr Blair", "said", "We will win,")
    ]


def test_direct_quotation_after_a_colon() -> None:
    assert found('Mr Blair said: "We will win."') == [
        ("direct", "Mr Blair", "said", "We will win.")
    ]


def test_attribution_inside_a_quotation_gives_both_parts_the_speaker() -> None:
    assert found("“We will win,” he said, “and we will do it soon.”") == [
        ("direct", "he", "said", "We will win,"),
        ("direct", "he", "said", "and we will do it soon."),
    ]


def test_nested_single_marks_stay_inside_the_quotation() -> None:
    assert found("“Nobody said ‘never’ to me,” the coach said.") == [
        ("direct", "the coach", "said", "Nobody said ‘never’ to me,")
    ]


def test_quotation_reopened_in_the_next_paragraph_is_one_quotation() -> None:
    assert found("“We will stay.\n“And we will fight,” the mayor said.") == [
        ("direct", "the mayor", "said", "We will stay.\n“And we will fight,")
    ]


def test_quotation_whose_closing_mark_was_lost_ends_at_its_last_full_stop() -> None:
    # BBC texts join the paragraphs of a quotation, dropping the closing mark between them.
    assert found(
        'Mr Wilson said: "It will be an intervention. "It is not the technical name."'
    ) == [
        ("direct", "Mr Wilson", "said", "It will be an intervention."),
        ("direct", "Mr Wilson", "said", "It is not the technical name."),
    ]


def test_quotation_in_the_next_sentence_continues_the_speaker() -> None:
    assert found('"We did the right thing," he said. "We have no regrets."') == [
        ("direct", "he", "said", "We did the right thing,"),
        ("direct", "he", None, "We have no regrets."),
    ]


def test_colon_at_the_end_of_a_paragraph_announces_the_speaker() -> None:
    assert found('Caddell continued:\n"The health issue is very much a partisan issue."') == [
        ("direct", "Caddell", "continued", "The health issue is very much a partisan issue.")
    ]


def test_name_after_a_dash_signs_the_quotation() -> None:
    assert found("“We need law and order.” ― Sonya Herridge") == [
        ("direct", "Sonya Herridge", "―", "We need law and order.")
    ]


def test_transcript_turns_name_their_speakers() -> None:
    text = '"WALLACE: Will she be there?\n"PENCE: She will not attend.\n"She has other plans."'
    assert found(text) == [
        ("direct", "WALLACE", ":", "Will she be there?"),
        ("direct", "PENCE", ":", 'She will not attend.\n"She has other plans.'),
    ]


def test_headline_names_its_source_before_a_colon() -> None:
    assert found("Pence: Flowers will not be at the debate\n\nThe debate is on Monday.") == [
        ("indirect", "Pence", ":", "Flowers will not be at the debate")
    ]


def test_title_words_before_a_colon_are_no_source() -> None:
    assert found("Stealth Over Health: Clinton Was Headed to ER\n\nShe is fine.") == []


# --- not quotations ------------------------------------------------------------------------


def test_quoted_title_is_not_a_quotation() -> None:
    assert found("He starred in “The Big Sleep” in 1946.") == []


def test_scare_quotes_are_not_a_quotation() -> None:
    assert found("Voters want a “strong leader” in the White House.") == []


def test_first_person_outside_quotation_marks_is_not_a_source() -> None:
    assert found("I think the plan is wrong.") == []


def test_noun_that_looks_like_a_verb_is_no_cue() -> None:
    assert found("The tax claims against the company were dropped.") == []


def test_verb_of_showing_needs_a_document() -> None:
    assert found("He showed he can win.") == []


def test_plain_object_of_a_verb_of_saying_is_not_content() -> None:
    assert found("The firm said nothing.") == []


def test_naming_verb_without_a_name_is_no_cue() -> None:
    assert found("The minister called a meeting on Monday.") == []


# --- indirect and reported speech ------------------------------------------------------------


def test_indirect_speech_without_that() -> None:
    assert found("Officials said the talks had failed.") == [
        ("indirect", "Officials", "said", "the talks had failed")
    ]


def test_trailing_attribution_after_a_comma() -> None:
    assert found("The talks had failed, officials said.") == [
        ("indirect", "officials", "said", "The talks had failed")
    ]


def test_inverted_trailing_attribution() -> None:
    assert found("The talks had failed, said a spokesman for the ministry.") == [
        ("indirect", "a spokesman for the ministry", "said", "The talks had failed")
    ]


def test_attribution_in_the_middle_covers_the_whole_sentence() -> None:
    assert found("The plan, officials said, will fail.") == [
        ("indirect", "officials", "said", "The plan, officials said, will fail")
    ]


def test_according_to_before_the_content() -> None:
    assert found("According to the police, two people were arrested.") == [
        ("indirect", "the police", "According to", "two people were arrested")
    ]


def test_according_to_after_the_content() -> None:
    assert found("Two people were arrested, according to the police.") == [
        ("indirect", "the police", "according to", "Two people were arrested")
    ]


def test_addressee_is_not_part_of_the_content() -> None:
    assert found("Mr Smith told reporters that the plan was dead.") == [
        ("indirect", "Mr Smith", "told", "that the plan was dead")
    ]


def test_adverbials_between_verb_and_that_are_skipped() -> None:
    assert found("The minister said on Monday that the talks were over.") == [
        ("indirect", "The minister", "said", "that the talks were over")
    ]


def test_place_between_commas_before_that_is_skipped() -> None:
    assert found("Clinton says at a campaign stop in Toledo, Ohio, that the plan is wrong.") == [
        ("indirect", "Clinton", "says", "that the plan is wrong")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She added that the decision was final.", ("She", "added", "that the decision was final")),
        (
            "The minister warned that prices would rise.",
            ("The minister", "warned", "that prices would rise"),
        ),
        ("He claimed the vote was rigged.", ("He", "claimed", "the vote was rigged")),
        ("She argued that the law was unfair.", ("She", "argued", "that the law was unfair")),
        ("He insisted he had done nothing wrong.", ("He", "insisted", "he had done nothing wrong")),
        (
            "The Kremlin denied that troops had crossed the border.",
            ("The Kremlin", "denied", "that troops had crossed the border"),
        ),
        (
            "The ministry confirmed that two soldiers had died.",
            ("The ministry", "confirmed", "that two soldiers had died"),
        ),
        (
            "The agency reported that exports had fallen.",
            ("The agency", "reported", "that exports had fallen"),
        ),
    ],
)
def test_verbs_of_saying_take_a_that_clause(text: str, expected: tuple[str, str, str]) -> None:
    assert found(text) == [("indirect", *expected)]


def test_plain_object_of_a_reporting_verb_is_reported_speech() -> None:
    assert found("The company announced the closure of its plant.") == [
        ("reported", "The company", "announced", "the closure of its plant")
    ]


def test_participle_clause_takes_the_subject_of_its_sentence() -> None:
    assert found("He criticised the plan, saying it would fail.") == [
        ("reported", "He", "criticised", "the plan"),
        ("indirect", "He", "saying", "it would fail"),
    ]


def test_trailing_attribution_trims_an_earlier_content() -> None:
    assert found("Clinton had told police that she was fine, the source added.") == [
        ("indirect", "the source", "added", "Clinton had told police that she was fine"),
        ("indirect", "Clinton", "had told", "that she was fine"),
    ]


def test_passive_it_was_reported_has_no_speaker() -> None:
    assert found("It was reported that the minister had resigned.") == [
        ("indirect", None, "was reported", "that the minister had resigned")
    ]


def test_has_learned_after_the_content() -> None:
    assert found("The minister will resign, The Post has learned.") == [
        ("indirect", "The Post", "has learned", "The minister will resign")
    ]


def test_progressive_with_a_negation() -> None:
    assert found("She isn’t saying whether she will run.") == [
        ("indirect", "She", "isn’t saying", "whether she will run")
    ]


def test_pronoun_with_a_contracted_auxiliary() -> None:
    assert found("He’s claiming that the election is rigged.") == [
        ("indirect", "He", "claiming", "that the election is rigged")
    ]


def test_adverb_between_subject_and_verb() -> None:
    assert found("Clinton has long called for tax fairness.") == [
        ("reported", "Clinton", "has long called for", "tax fairness")
    ]


def test_naming_verb_with_a_quoted_name() -> None:
    assert found("The minister called the plan a “disaster” on Monday.") == [
        ("indirect", "The minister", "called", "the plan a “disaster” on Monday")
    ]


def test_documents_show() -> None:
    assert found("The survey shows that most voters are undecided.") == [
        ("indirect", "The survey", "shows", "that most voters are undecided")
    ]


def test_statement_opening_the_sentence() -> None:
    assert found("In a statement, the White House said the visit would go ahead.") == [
        ("indirect", "the White House", "said", "the visit would go ahead")
    ]


def test_participle_clause_between_subject_and_verb() -> None:
    assert found("Trump, speaking to veterans in Virginia, said he would order a review.") == [
        ("indirect", "Trump", "said", "he would order a review")
    ]


def test_relative_pronoun_is_the_mention() -> None:
    assert found("He hired an architect who said he was never paid.") == [
        ("indirect", "who", "said", "he was never paid")
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


def test_it_and_they_resolve_to_an_organisation_and_a_collective() -> None:
    text = (
        "The company said profits had risen. It added that jobs would be cut. Officials said "
        "the talks failed. They added that new talks were planned."
    )
    assert [
        (
            quote.speaker_mention.text if quote.speaker_mention else None,
            quote.speaker.name if quote.speaker else None,
        )
        for quote in extract_quotes(text, language="en")
    ] == [
        ("The company", "Company"),
        ("It", "Company"),
        ("Officials", "Officials"),
        ("They", "Officials"),
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


def test_mr_and_surname_joins_the_full_name_mentioned_before() -> None:
    text = "Tony Blair visited Leeds on Monday. Mr Blair said the trip had been a success."
    assert speakers(text) == [("Tony Blair", (), SpeakerKind.PERSON)]


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
            quote.text,
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
        ("direct", "he", "tony-blair", "I have no regrets,"),
        ("direct", "he", "tony-blair", "We did the right thing."),
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


# --- single quotation marks ------------------------------------------------------------------


def test_single_marks_are_main_marks_in_a_text_without_double_marks() -> None:
    assert found("'We will win,' he said. ‘We won’t go,’ said Mr Blair.") == [
        ("direct", "he", "said", "We will win,"),
        ("direct", "Mr Blair", "said", "We won’t go,"),
    ]


def test_apostrophes_do_not_open_or_close_single_quotations() -> None:
    assert found("The families' lawyer said: 'We don't accept Blair's plan.'") == [
        ("direct", "The families' lawyer", "said", "We don't accept Blair's plan.")
    ]


def test_elisions_and_decades_are_no_quotations() -> None:
    assert found("He likes rock 'n' roll and the music of the '90s, 'em too.") == []


def test_single_marks_in_a_text_with_double_marks_are_titles_and_scare_quotes() -> None:
    assert found("Mr Smith said \"we will win\" at the 'Big Event' in Leeds.") == [
        ("indirect", "Mr Smith", "said", "\"we will win\" at the 'Big Event' in Leeds")
    ]


def test_single_marks_in_the_headline_pair_even_when_the_body_has_double_marks() -> None:
    text = "Blair: 'We will win'\n\nHe said \"we will\" in Leeds."
    assert found(text)[0] == ("direct", "Blair", ":", "We will win")


def test_partial_quotation_in_a_headline_is_not_a_quotation_of_its_own() -> None:
    assert found("Lawmakers Rip Trump As A ‘Disgusting Fraud.’\n\nThey spoke on Tuesday.") == []


def test_headline_that_is_one_quotation_has_no_speaker() -> None:
    assert found("'UK will stand firm on EU rebate'\n\nThe talks went on.") == [
        ("direct", None, None, "UK will stand firm on EU rebate")
    ]


# --- clauses after a verb of saying ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said the plan failed.", "the plan failed"),
        ("Officials said prices rose.", "prices rose"),
    ],
)
def test_a_past_tense_after_a_noun_makes_a_clause_not_an_object(text: str, content: str) -> None:
    assert found(text) == [("indirect", "Officials", "said", content)]


def test_time_phrase_between_subject_and_verb_is_skipped() -> None:
    assert found("Wells Fargo this month announced that it would end the incentives.") == [
        ("indirect", "Wells Fargo", "announced", "that it would end the incentives")
    ]


def test_relative_pronoun_does_not_take_the_words_before_it() -> None:
    assert found("David Klein, who often argued with the ministry, steps down on Monday.") == []


def test_participle_clause_after_a_relative_clause_belongs_to_the_sentence_subject() -> None:
    text = (
        "Trump was defensive about an architect who said he was never paid, saying, "
        '"Maybe he did not do a good job."'
    )
    assert found(text) == [
        ("indirect", "who", "said", "he was never paid"),
        ("direct", "Trump", "saying", "Maybe he did not do a good job."),
    ]


def test_naming_participle_before_a_quotation_is_no_cue() -> None:
    text = 'In a box labeled "medical problem," a doctor had typed "homicidal ideation."'
    assert found(text) == []


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


def test_it_resolves_to_the_most_recent_speaker_that_is_not_a_person() -> None:
    text = (
        "The Financial Times reported that the deal was off. Mr Smith said it was sad. "
        "It said the talks had failed. It added that nothing was sure."
    )
    assert [
        (
            quote.speaker_mention.text if quote.speaker_mention else None,
            quote.speaker.name if quote.speaker else None,
        )
        for quote in extract_quotes(text, language="en")
    ] == [
        ("The Financial Times", "Financial Times"),
        ("Mr Smith", "Smith"),
        ("It", "Financial Times"),
        ("It", "Financial Times"),
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
    assert {word: [form.kind for form in table[word]] for word in forms} == {
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
    assert {word: [form.kind for form in forms] for word, forms in table.items()} == {
        "write": ["base"],
        "writes": ["present"],
        "wrote": ["past"],
        "written": ["participle"],
        "writing": ["gerund"],
    }


def test_particle_and_flags_are_kept_on_every_form() -> None:
    assert verb_forms_en("point out", "-", "report,noun")["pointed"][0] == VerbFormEn(
        lemma="point out", particle="out", kind="past", flags=frozenset({"report", "noun"})
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


# --- gold data -----------------------------------------------------------------------------


@pytest.mark.shared
def test_polnear_dev_meets_the_targets(shared: Path) -> None:
    report = evaluate(shared / "data" / "polnear" / "dev.jsonl")
    f1 = next(score.f1 for score in report.content if score.threshold == 0.3)
    assert (
        f1 >= 0.60,
        report.speaker_accuracy is not None and report.speaker_accuracy >= 0.70,
    ) == (
        True,
        True,
    )
