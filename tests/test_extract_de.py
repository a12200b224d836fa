"""The German rules, one construction per test."""

from __future__ import annotations

import pytest

from newscorpus._extract import extract_quotes
from newscorpus._extract_de import VerbForm, verb_forms_de
from newscorpus._model import Mention, Span


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(kind, speaker mention, cue, quote text) of every quote in ``text``."""
    return [
        (
            quote.kind.value,
            quote.speaker_mention.text if quote.speaker_mention else None,
            quote.cue.text if quote.cue else None,
            quote.text,
        )
        for quote in extract_quotes(text, language="de")
    ]


def test_direct_quotation_with_trailing_attribution() -> None:
    assert found("„Wir sind bereit“, sagte Putin.") == [
        ("direct", "Putin", "sagte", "Wir sind bereit")
    ]


def test_direct_quotation_after_a_colon() -> None:
    assert found("Der Minister erklärte: „Wir handeln sofort.“") == [
        ("direct", "Der Minister", "erklärte", "Wir handeln sofort.")
    ]


def test_attribution_inside_a_quotation_covers_both_parts() -> None:
    assert found("„Wir sind bereit“, sagte Putin, „und wir helfen.“") == [
        ("direct", "Putin", "sagte", "Wir sind bereit"),
        ("direct", "Putin", "sagte", "und wir helfen."),
    ]


def test_trailing_so_names_the_speaker() -> None:
    assert found("„Das ist ein Erfolg für uns alle“, so Lukaschenko.") == [
        ("direct", "Lukaschenko", "so", "Das ist ein Erfolg für uns alle")
    ]


def test_quotation_standing_alone_after_a_colon_sentence() -> None:
    assert found("Putin sagte dazu:\n„Wir sind bereit, alles zu tun.“") == [
        ("direct", "Putin", "sagte", "Wir sind bereit, alles zu tun.")
    ]


def test_next_quotation_continues_the_speaker() -> None:
    quotes = extract_quotes(
        "„Wir sind bereit“, sagte Putin. „Die Lage ist schwierig, aber lösbar.“", language="de"
    )
    assert [quote.speaker.name if quote.speaker else None for quote in quotes] == [
        "Putin",
        "Putin",
    ]


def test_indirect_speech_with_dass() -> None:
    assert found("Putin sagte, dass Russland helfen werde.") == [
        ("indirect", "Putin", "sagte", "dass Russland helfen werde")
    ]


def test_indirect_speech_in_the_konjunktiv_after_a_comma() -> None:
    assert found("Putin sagte am Montag, er hoffe, dass die Krise ende.") == [
        ("indirect", "Putin", "sagte", "er hoffe, dass die Krise ende")
    ]


def test_trailing_verb_attribution() -> None:
    assert found("Russland werde einen Kredit gewähren, sagte Putin.") == [
        ("indirect", "Putin", "sagte", "Russland werde einen Kredit gewähren")
    ]


def test_separable_verb_gives_a_split_cue() -> None:
    quote = extract_quotes("Moskau werde helfen, fügte Putin hinzu.", language="de")[0]
    assert quote.cue == Mention(
        text="fügte … hinzu",
        span=Span(start=21, end=38),
        parts=(Span(start=21, end=26), Span(start=33, end=38)),
    )


def test_perfect_tense_cue_includes_the_auxiliary() -> None:
    assert found("Der Sprecher hat erklärt, dass die Lage ruhig sei.") == [
        ("indirect", "Der Sprecher", "hat … erklärt", "dass die Lage ruhig sei")
    ]


def test_laut_frames_the_rest_of_the_sentence() -> None:
    quotes = extract_quotes("Laut Polizei wurden drei Menschen verletzt.", language="de")
    assert [(quote.text, quote.frame.text if quote.frame else None) for quote in quotes] == [
        ("wurden drei Menschen verletzt", "Laut")
    ]


def test_nach_angaben_names_the_source_after_the_noun() -> None:
    quote = extract_quotes(
        "Nach Angaben der Polizei wurden drei Menschen verletzt.", language="de"
    )[0]
    assert (
        quote.speaker_mention.text if quote.speaker_mention else None,
        quote.speaker.name if quote.speaker else None,
        quote.frame.text if quote.frame else None,
        quote.text,
    ) == ("Angaben der Polizei", "Polizei", "Nach Angaben", "wurden drei Menschen verletzt")


def test_compound_speech_noun_names_its_source() -> None:
    quote = extract_quotes("Nach Polizeiangaben wurden drei Menschen verletzt.", language="de")[0]
    assert (quote.speaker.name if quote.speaker else None) == "Polizei"


def test_zufolge_takes_the_source_before_it() -> None:
    assert found("Der Polizei zufolge wurden drei Menschen verletzt.") == [
        ("indirect", "Der Polizei", "zufolge", "wurden drei Menschen verletzt")
    ]


def test_wie_clause_frames_the_main_clause() -> None:
    assert found("Wie die Polizei mitteilte, wurden drei Menschen verletzt.") == [
        ("indirect", "die Polizei", "mitteilte", "wurden drei Menschen verletzt")
    ]


def test_headline_with_colon() -> None:
    assert found("Bundeskanzlerin Merkel: Wir schaffen das") == [
        ("indirect", "Bundeskanzlerin Merkel", None, "Wir schaffen das")
    ]


def test_konjunktiv_sentence_continues_the_last_speaker() -> None:
    quotes = extract_quotes(
        "Putin sagte, Russland werde helfen. Die Lage sei ernst.", language="de"
    )
    assert [
        (
            quote.kind.value,
            quote.text,
            quote.speaker_mention.text if quote.speaker_mention else None,
        )
        for quote in quotes
    ] == [
        ("indirect", "Russland werde helfen", "Putin"),
        ("free_indirect", "Die Lage sei ernst.", "Putin"),
    ]


def test_plain_sentence_does_not_continue_a_quotation() -> None:
    assert len(found("Putin sagte, Russland werde helfen. Die Lage ist ernst.")) == 1


def test_reported_speech_with_an_object() -> None:
    assert found("Der Kreml bestätigte das Treffen.") == [
        ("reported", "Der Kreml", "bestätigte", "Der Kreml bestätigte das Treffen.")
    ]


def test_reported_speech_with_a_dass_clause_keeps_the_clause() -> None:
    assert found("Er bekräftigte die Position Moskaus, dass die Krise ende.") == [
        ("indirect", "Er", "bekräftigte", "dass die Krise ende")
    ]


def test_reflexive_use_of_erinnern_is_not_speech() -> None:
    assert found("Putin erinnerte sich daran.") == []


def test_short_quoted_name_is_not_a_quotation() -> None:
    assert found("Die Rakete „Shenzhou 6“ startete am Morgen.") == []


def test_quoted_title_is_not_a_quotation() -> None:
    assert found("Er las „Der Fänger im Roggen“ im Urlaub.") == []


def test_partial_quotation_inside_indirect_speech() -> None:
    assert found("Merkel sagte, der Plan sei „absurd“.") == [
        ("indirect", "Merkel", "sagte", "der Plan sei „absurd“"),
        ("direct", "Merkel", "sagte", "absurd"),
    ]


def test_role_and_name_phrase_after_the_verb() -> None:
    assert found("Das sei falsch, sagte der Sprecher des Ministeriums, Peter Müller.") == [
        ("indirect", "der Sprecher des Ministeriums, Peter Müller", "sagte", "Das sei falsch")
    ]


def test_dative_object_is_not_the_speaker() -> None:
    assert found("Die Botschaft teilte dem Sender mit, dass alle sicher seien.") == [
        ("indirect", "Die Botschaft", "teilte … mit", "dass alle sicher seien")
    ]


def test_weak_verb_forms_are_made_by_rule() -> None:
    forms = verb_forms_de("mit|teilen")
    assert sorted(forms) == [
        "mitgeteilt",
        "mitteile",
        "mitteilen",
        "mitteilt",
        "mitteilte",
        "mitteilten",
        "teile",
        "teilen",
        "teilt",
        "teilte",
        "teilten",
    ]


def test_base_form_of_a_separable_verb_needs_its_particle() -> None:
    assert verb_forms_de("mit|teilen")["teilte"] == (
        VerbForm(
            lemma="mitteilen",
            particle="mit",
            kind="finite",
            plural=False,
            konjunktiv=False,
            flags=frozenset(),
        ),
    )


def test_present_tense_and_participle_are_both_readings() -> None:
    assert [form.kind for form in verb_forms_de("erklären")["erklärt"]] == ["finite", "participle"]


@pytest.mark.parametrize(
    ("lemma", "present", "preterite", "participle"),
    [
        ("antworten", "antwortet", "antwortete", "geantwortet"),
        ("erklären", "erklärt", "erklärte", "erklärt"),
        ("kritisieren", "kritisiert", "kritisierte", "kritisiert"),
        ("bezeichnen", "bezeichnet", "bezeichnete", "bezeichnet"),
        ("warnen", "warnt", "warnte", "gewarnt"),
    ],
)
def test_weak_inflection(lemma: str, present: str, preterite: str, participle: str) -> None:
    forms = verb_forms_de(lemma)
    assert (forms[present][0].kind, forms[preterite][0].kind, forms[participle][-1].kind) == (
        "finite",
        "finite",
        "participle",
    )


def test_strong_verb_takes_its_listed_forms() -> None:
    forms = verb_forms_de("an|geben", "gibt gab gegeben gäbe")
    assert (forms["angegeben"][0].kind, forms["gab"][0].particle, forms["gäbe"][0].konjunktiv) == (
        "participle",
        "an",
        True,
    )
