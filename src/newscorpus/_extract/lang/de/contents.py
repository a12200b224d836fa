"""German contents, the step after the noun phrases (phrases.py): where the content of a cue starts
and ends (a dass-clause, a clause in the Konjunktiv, a quotation, the clause framed by an inserted
attribution), whether a quotation is one (not a name or a title), the quotations a content holds,
and the Konjunktiv and hearsay that continue a speaker."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from newscorpus._extract.engine import (
    Phrase,
    announced_phrase,
    quotation_run,
    quotations_after,
    token_start,
    trailing_content,
    trailing_of,
)
from newscorpus._extract.lang.de.cue_words import _FRAMING_SUBORDINATOR
from newscorpus._extract.lang.de.phrases import (
    _WEB_ADDRESS,
    _attachment,
    _phrase_after,
    _postverbal_subject,
    _speaking_name,
)
from newscorpus._extract.lang.de.sentence import (
    _FINAL,
    _MAX_PHRASE,
    _MIN_CONTENT_WORDS,
    _SEPARATORS,
    _SHORT_QUOTE_WORDS,
    _WORD,
    KONJUNKTIV_MOOD,
    NO_AUXILIARY,
    _derive,
    _Sentence,
    _skip_leading,
    _State,
)
from newscorpus._extract.lang.de.words import (
    _indicative_verb,
    _is_capital,
    _participle_like,
    _skip_adverbs,
    _verb_like,
    _verb_second,
)
from newscorpus._extract.lexicon import FormKind, VerbFlag
from newscorpus._extract.quotemarks import QuoteContext, QuotePair, is_quotation
from newscorpus._extract.speakers import Attribution, analyse_mention
from newscorpus._model import QuoteKind, Span, SpeakerKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from newscorpus._extract.lang.de.bundle import _German


_SLOGAN_REACH = 3
# The relative pronoun of a clause that comments on the whole clause before it ("…, was dieser
# jedoch zurückweist").
_COMMENTING_RELATIVE = "was"
_YEAR_DIGITS = 4  # a number of four digits in a phrase of time is a year ("Seit 2010")
# The most words between a verb of chanting and the quotation it calls out: "rief bei dem
# Angriff laut Zeugenaussagen „…“".
_CHANT_REACH = 8
# Marks that end the clause before a quotation (a colon may introduce it: "rief: „…“").
_CLAUSE_MARKS = (_SEPARATORS - {":"}) | _FINAL
_BRACKET_REACH = 3  # "(Codename: „…“)", "(„A“, „B“)": tokens between "(" and a quotation
# A word shaped like a brand, product or user name, never a word of speech: a capital after a
# lower-case letter ("YouTube", "iPod") or a digit joined to letters ("Muslix64", "8Ball").
_BRAND_WORD = re.compile(r"[a-zäöüß][A-ZÄÖÜ]|[A-Za-zÄÖÜäöüß]\d|\d[A-Za-zÄÖÜäöüß]")
# A capital right after a lower-case letter inside a word: a brand's spelling ("iPod", "eBay").
_CAMEL_CASE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")
# How far into a content the scans for its end look (the work per content stays bounded).
_MAX_CONTENT_SCAN = 40
# The most tokens of the words after a frame inserted into a clause that complete it ("Die Lage
# sei, sagte der Minister, sehr ernst": "sehr ernst").
_MAX_COMPLETING_TOKENS = 8
#: The characters a hyphen and a word before a quotation's mark take at least ("ORF-„…“").
_GLUED_PREFIX = 2
# The word classes that may open the noun phrase or clause a frame is inserted into ("Die Lage,
# sagte …", "Merkel, sagte …"); a subordinator or preposition opens a frame of its own ("Wie X
# mitteilte, …", "Nach Angaben der Polizei, …").
_NOUN_PHRASE_OPENERS = frozenset({"det", ""})
#: What opens a clause's subject: a noun phrase or a pronoun ("Er sei müde, sagte er, …").
_CLAUSE_SUBJECT_OPENERS = frozenset({"det", "", "pron"})
_PLURAL_ENDING = "en"  # "erklären", "verwirklichen": a plural verb, or an infinitive
_KONJUNKTIV_WINDOW = 12
# A noun and the comma after it, before a clause that may be the noun's.
_NOUN_AND_SEPARATOR = 2
# The most words of an adverbial after an inserted frame's speaker ("sagte er am Montag").
_MAX_FRAME_ADVERBIAL = 8
#: The most words of a prepositional phrase before the comma of its relative clause ("bei einer
#: großen Pressekonferenz, an der …", see _after_adverbial).
_MAX_ADVERBIAL_WORDS = 4
#: the longest abbreviation in brackets that makes the quotation before it a name ("(PAD)")
_MAX_ABBREVIATION = 8
# The fewest tokens of a clause that announces a quotation inside a content: a verb, a subject
# and the colon ("gab Gibbs …:").
_ANNOUNCING_CLAUSE = 3
# How many lower-case words (an article, adjectives) stand between "mit" and a noun for words
# said: "mit den Worten", "mit diesen deutlichen Worten".
_WORDS_PHRASE_REACH = 3
# The most words a name or term set off in marks has ("„Rat für nationale Sicherheit“").
_MAX_TERM_WORDS = 5
#: The most adjectives before a medium's noun: "der Frankfurter Allgemeinen Zeitung".
_MAX_MEDIUM_ADJECTIVES = 3
#: The endings of an adjective of place or nationality before a medium's name in the dative
#: ("dem britischen „Guardian“"): _place_adjective
_PLACE_ADJECTIVE_ENDINGS = ("schen", "schem")
#: the articles and adjectives between a preposition and the noun a quotation follows ("von den
#: beiden großen Parteien „…“"): _object_after_adverbial
_MAX_PHRASE_MODIFIERS = 3
#: The shortest entry of the ``medium_staff`` role that counts at the end of a compound
#: ("Auslands|korrespondent"); shorter ones ("chef", "leiter") only whole ("Polizeichef" may tell
#: a newspaper what happened).
_MIN_STAFF_SUFFIX = 7
#: The endings of a capitalised adjective in a medium's name ("der Süddeutschen Zeitung", "der
#: Berliner Zeitung"), which the noun of the medium follows.
_NAME_ADJECTIVE_ENDINGS = ("en", "er")
# The word classes that open a subject right after a main clause's finite verb ("lachten die
# Zuhörer", "kamen sie").
_SUBJECT_OPENERS = frozenset({"det", "pron"})
_VERB_CLASS = "verb"  # the word class of an auxiliary or modal ("wurde", "hat", "sollte")
_MAX_TOLD_SUBJECT = 4  # "sagte Bundesminister Karl von Berg der „Zeit“": the subject's words
#: The phrases of a subject before the medium it told: its own and one genitive attribute
#: ("sagte ein Sprecher der Regierung der Nachrichtenagentur MTI").
_MAX_TOLD_PHRASES = 2
_NAMING_REACH = 3  # "nennt sie sich selbst „…“": the reflexive verb of naming before a name
# How far back a quotation lends its speaker to hearsay ("… soll … haben").
_HEARSAY_SENTENCES = 5


def _scanned_tokens(sentence: _Sentence, span: Span) -> tuple[int, int]:
    """The tokens ``first:stop`` of a content ``span`` that a search for its end looks at: up to
    the sentence's last word and at most ``_MAX_CONTENT_SCAN`` of them."""
    first = bisect.bisect_left(sentence.tokens, span.start, key=token_start)
    stop = min(
        bisect.bisect_left(sentence.tokens, span.end, key=token_start),
        sentence.last,
        first + _MAX_CONTENT_SCAN,
    )
    return first, stop


def _across_inserted_frame(sentence: _Sentence, attribution: Attribution) -> Attribution:
    """A verb of saying and its speaker set off by commas inside the clause they report: "Die
    Lage sei, sagte der Minister, sehr ernst.", "Die Lage, sagte der Minister, sei ernst." The
    content is the clause on both sides (its parts leave the frame out, as after "so der
    Minister"), when the side the verb took is no whole clause without the other: a clause with
    a verb before the frame and a few words without one after it, or a phrase without a verb
    before it and a Konjunktiv I form or another word in lower case opening the words after it
    ("Das neue Gesetz, sagte Guo, nennt Gewalt ein Verbrechen."). Two clauses ("Die Lage sei
    ernst, sagte er, man müsse handeln") keep the content the verb took; so does a side with a
    quotation or another comma in it."""
    if attribution.kind is not _KIND_INDIRECT or not attribution.cue or attribution.mention is None:
        return attribution
    tokens = sentence.tokens
    pieces = (*attribution.cue, attribution.mention)
    frame_start = bisect.bisect_left(tokens, min(piece.start for piece in pieces), key=token_start)
    frame_stop = bisect.bisect_left(tokens, max(piece.end for piece in pieces), key=token_start)
    opening, last = sentence.opening, sentence.last
    frame_stop = _past_frame_adverbial(sentence, frame_stop)
    if (
        frame_start - 1 <= opening
        or frame_stop + 1 >= last  # no words after the frame's comma
        or tokens[frame_start - 1].text != ","
        or tokens[frame_stop].text != ","
    ):
        return attribution
    before = range(opening, frame_start - 1)
    after = range(frame_stop + 1, last)
    if any(tokens[index].quote >= 0 or sentence.separator[index] for index in (*before, *after)):
        return attribution
    if _narrated_time_clause(sentence, frame_stop + 1, attribution.mention_words):
        return attribution  # "Die Reform komme, sagte sie, ehe sie zum Termin eilte."
    content = attribution.content.start
    following = frame_stop + 1
    # (the words after the frame complete a subject and its auxiliary before it: no relative
    # clause, which would close on a finite verb; the subject may be a pronoun: "Er habe,
    # sagte der Angeklagte, …")
    auxiliary_alone = _auxiliary_alone_before(sentence, before, after)
    completed = auxiliary_alone or _reported_on_both_sides(sentence, before, after)
    before_verb = any(_verb_like_word(sentence, index) for index in before)
    # "Im Herbst, sagte die Ministerin, solle das Gesetz in Kraft treten": a fronted phrase
    # without a verb, the content's verb in the Konjunktiv right after the frame
    fronted = (
        sentence.word_class(opening) == "prep"
        and not before_verb
        and content == tokens[following].start
        and sentence.lows[following] in sentence.lexicon.konjunktiv
    )
    completed = completed or fronted
    if not completed and (
        sentence.word_class(opening) not in _NOUN_PHRASE_OPENERS
        or sentence.lows[following] in sentence.roles.relative
    ):
        return attribution  # "Wie X mitteilte, …"; "…, heißt es im Bericht, der …"
    if content == tokens[opening].start and not before_verb:
        # "Das neue Gesetz, sagte Guo, nennt Gewalt ein Verbrechen.": a subject alone before the
        # frame, its verb (a word in lower case, no closed-class word) after it
        if not sentence.is_lower(following) or sentence.word_class(following):
            return attribution
    elif content == tokens[opening].start:
        # "Die Lage sei, sagte der Minister, sehr ernst.": the clause before ends on its verb,
        # its predicate follows the frame (not an adverbial of the frame: "…, verlautbarte X,
        # in einer Pressemitteilung")
        # (an auxiliary alone before the frame is completed after it whatever opens the words
        # there: "Die Firma werde, sagte der Gewerkschafter, bis zu 300 Stellen abbauen.")
        if not auxiliary_alone and (
            not _verb_like_word(sentence, frame_start - 2)
            or len(after) > _MAX_COMPLETING_TOKENS
            or sentence.word_class(following) in {"prep", "sub", "conj"}
            or any(_verb_like_word(sentence, index) for index in after)
            # the speaker's name in apposition to a role ("…, sagt der Leiter der Abteilung,
            # Peter Maier."), no predicate
            or _names_person(sentence, after)
        ):
            return attribution
    elif content == tokens[following].start:
        # "Die Lage, sagte der Minister, sei sehr ernst."; "Er habe, sagte der Angeklagte, nie
        # eine Waffe besessen.": a subject and its auxiliary alone before the frame, the rest
        # of their clause, with no finite verb, after it ("Die Mieter, sagte der Anwalt,
        # würden klagen": a Konjunktiv II form too)
        lexicon = sentence.lexicon
        if not completed and (
            (
                sentence.lows[following] not in lexicon.konjunktiv
                and sentence.lows[following] not in lexicon.konjunktiv_two
            )
            or before_verb
        ):
            return attribution
    else:
        return attribution
    return attribution.derive(content=sentence.span(opening, last))


def _narrated_time_clause(sentence: _Sentence, opener: int, speaker: tuple[str, ...]) -> bool:
    """Whether the clause at ``opener`` tells, in the indicative, what the speaker named by the
    words ``speaker`` did around saying something: a subordinator of the ``narrative_times``
    or the ``narrative_asides`` role, a personal pronoun of the speaker's gender or number as
    its subject, no Konjunktiv in it ("Der Minister sagte, …, bevor er den Saal verließ", "ehe
    sie zum nächsten Termin eilte", "…, wobei er auf die Pegel verwies"; not "als er jung
    gewesen sei", nor "…, als es eine Kurve flog" of a plane, nor "sagte der 81-Jährige, …,
    als sie …" of a mouse)."""
    if (
        opener + 1 >= sentence.last
        or (
            sentence.lows[opener] not in sentence.roles.narrative_times
            and sentence.lows[opener] not in sentence.roles.narrative_asides
        )
        or sentence.lows[opener + 1] not in sentence.roles.pronouns
        or _has_konjunktiv(sentence, opener, sentence.clause_end[opener])
    ):
        return False
    pronoun = analyse_mention(sentence.words(opener + 1, opener + 2), language="de")
    person = analyse_mention(speaker, language="de") if speaker else None
    if pronoun is None or person is None:
        return False
    return (
        person.gender is not None and pronoun.gender == person.gender and not person.plural
    ) or (bool(person.plural) and pronoun.plural is not False and pronoun.gender != "m")


def _auxiliary_alone_before(sentence: _Sentence, before: range, after: range) -> bool:
    """Whether ``before`` is a subject and the Konjunktiv of an auxiliary or modal that closes it
    ("Er habe", "Man werde", "Das Spiel sei"), the only verb there, and ``after`` (up to the
    sentence's end, at most :data:`_MAX_COMPLETING_TOKENS` words) holds no finite verb but
    the infinitive or participle that may close it (no auxiliary): the words after the frame
    complete that clause ("…, sagte der Angeklagte, nie eine Waffe besessen.", "Man werde,
    kündigte die Sprecherin an, alle Vorwürfe prüfen.")."""
    if not before or not after or len(after) > _MAX_COMPLETING_TOKENS:
        return False
    auxiliaries = sentence.lexicon.auxiliaries
    lows = sentence.lows
    roles = sentence.roles
    closing = after.stop - 1
    if lows[closing] == ".":
        closing -= 1
    if closing - 1 > after.start and lows[closing - 1] in roles.predicative:
        closing -= 2  # a comparison after the infinitive: "länger dauern als erwartet"
    auxiliary = before.stop - 1
    if auxiliary > before.start and lows[auxiliary] in roles.reflexive:
        auxiliary -= 1  # "Die Stimmung habe sich, sagte der Trainer, zuletzt verbessert."
    return (
        auxiliaries.get(lows[auxiliary], NO_AUXILIARY)[1] == KONJUNKTIV_MOOD
        and not any(_verb_like_word(sentence, index) for index in range(before.start, auxiliary))
        # (a capitalised word is a noun: "Vorwürfe", no form of "vorwerfen")
        and not any(
            _verb_like_word(sentence, index) and not sentence.is_capitalised(index)
            for index in range(after.start, closing)
        )
        and lows[closing] not in auxiliaries
    )


def _past_frame_adverbial(sentence: _Sentence, stop: int) -> int:
    """The comma after an inserted frame's adverbial that follows its speaker ("Die Lage, sagte
    er am Montag, sei ernst", "Er sei, sagte der Angeklagte mit leiser Stimme, nie dort
    gewesen"): a few words with no auxiliary, Konjunktiv or verb of saying among them and no
    quotation; else ``stop``."""
    tokens, lexicon = sentence.tokens, sentence.lexicon
    for index in range(stop, min(stop + _MAX_FRAME_ADVERBIAL, sentence.last)):
        if tokens[index].text == ",":
            return index
        low = sentence.lows[index]
        if (
            tokens[index].quote >= 0
            or sentence.separator[index]
            or (
                sentence.is_lower(index)
                and (
                    low in lexicon.auxiliaries or low in lexicon.konjunktiv or low in lexicon.verbs
                )
            )
        ):
            return stop
    return stop


def _reported_on_both_sides(sentence: _Sentence, before: range, after: range) -> bool:
    """Whether the frame stands between two clauses that each hold a Konjunktiv form, and the
    one before opens with a noun phrase or a personal pronoun: both are reported ("Der Schaden
    sei enorm, sagte der Bauer, die Ernte sei vernichtet."; not "Wie die Polizei mitteilte, …")."""
    if sentence.word_class(before.start) not in _CLAUSE_SUBJECT_OPENERS:
        return False
    return _holds_konjunktiv(sentence, before) and _holds_konjunktiv(sentence, after)


def _holds_konjunktiv(sentence: _Sentence, words: range) -> bool:
    """Whether ``words`` hold a Konjunktiv I form in lower case ("sei", "müsse", "gebe")."""
    return any(sentence.konjunktiv_at(index) and sentence.is_lower(index) for index in words)


def _names_person(sentence: _Sentence, words: range) -> bool:
    """Whether the words ``words`` (up to the sentence's end) name a person ("Peter Maier")."""
    if not words or not sentence.is_capitalised(words.start):
        return False
    info = analyse_mention(sentence.words(words.start, words.stop), language="de")
    return info is not None and info.named and info.kind is SpeakerKind.PERSON


def _verb_like_word(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` is a finite verb the lexicons know: a Konjunktiv form, an
    auxiliary or copula, or a form of a verb of saying; in lower case but at the sentence's
    opening, since a capitalised word is a noun there ("Die Frage, sagte der Minister, sei
    offen": "Frage" is no form of "fragen")."""
    if index != sentence.opening and not sentence.is_lower(index):
        return False
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    return (
        low in lexicon.konjunktiv
        or low in lexicon.konjunktiv_two
        or low in lexicon.auxiliaries
        or sentence.word_class(index) == "verb"
        or low in lexicon.verbs
    )


def _commenting(sentence: _Sentence, index: int, clause: range) -> bool:
    """Whether the token at ``index`` is a form of a verb of denying or confirming (the
    ``commenting_verbs`` role) whose separable particle, if any, is in ``clause``, and no
    attribute before a noun ("was die bestätigten Zahlen zeigen")."""
    lows = sentence.lows
    if sentence.is_capitalised(index + 1):
        return False  # an attribute before its noun: "was die bestätigten Zahlen zeigen"
    return any(
        form.lemma in sentence.roles.commenting_verbs
        and (not form.particle or any(lows[other] == form.particle for other in clause))
        for form in sentence.lexicon.verbs.get(lows[index], ())
    )


# Enum members read for every cue or attribution, bound to names once: on Python 3.11 a
# member read through its class goes through EnumType.__getattr__, a slow path.
_CONTEXT_ATTRIBUTED = QuoteContext.ATTRIBUTED
_CONTEXT_EXPLICIT = QuoteContext.EXPLICIT
_CONTEXT_NONE = QuoteContext.NONE
_CONTEXT_RECENT = QuoteContext.RECENT
_KIND_DIRECT = QuoteKind.DIRECT
_KIND_INDIRECT = QuoteKind.INDIRECT
_FLAG_ALS = VerbFlag.ALS
_FLAG_NAMING = VerbFlag.NAMING
_FORM_FINITE = FormKind.FINITE
_KIND_FREE_INDIRECT = QuoteKind.FREE_INDIRECT
_KIND_REPORTED = QuoteKind.REPORTED
_SPEAKER_ORGANISATION = SpeakerKind.ORGANISATION
_SPEAKER_PERSON = SpeakerKind.PERSON


def _before_comment(sentence: _Sentence, attribution: Attribution) -> Attribution:
    """An indirect content without a relative clause on "was" that comments on it in the indicative
    with a verb of denying or confirming ("…, den Putsch verantwortet zu haben, was dieser
    jedoch zurückweist", "…, was bisher nicht bestätigt werden konnte"): the writer's words, or
    another speaker's, not the reported content; so is one that opens the content before the
    rest of it ("wirft ihm vor, was dieser bestreitet, Geld erhalten zu haben"; not the subject
    of a verb or a demonstrative after it: "was er bestätigt hat, sei falsch", "…, das stimme").
    A clause in the Konjunktiv goes on with the content ("…, was später durch Zeuginnen
    bestätigt werden würde"), and so does one with another verb ("…, was er auch in Anspruch
    nimmt", "er wisse nicht, was passiert sei"), and so does one the content goes on after ("die
    Firma habe, was der Konzern bestreitet, Geld erhalten") and one that completes the clause
    before it: after a pronoun of the ``was_antecedents`` role ("er unterstütze alles, was die
    Regierung bestätigt hat") or a clause with a word of the ``was_questions`` role ("man wisse
    nicht, was die Polizei bestätigt hat")."""
    if attribution.kind is not _KIND_INDIRECT:
        return attribution
    first, stop = _scanned_tokens(sentence, attribution.content)
    lows, lexicon = sentence.lows, sentence.lexicon
    roles = sentence.roles
    if lows[first] == _COMMENTING_RELATIVE:
        # a comment that opens the content: "wirft ihm vor, was dieser bestreitet, Geld …"
        end = sentence.clause_end[first]
        following = end + 1
        if (
            following < stop
            and sentence.tokens[end].text == ","
            and _comment(sentence, range(first + 1, end))
            # not the subject of what follows: "was er bestätigt hat, sei falsch", "…, das
            # stimme" (a demonstrative takes it up)
            and sentence.word_class(following) != "verb"
            and lows[following] not in roles.demonstrative
            and lows[following] not in lexicon.konjunktiv
            and lows[following] not in lexicon.konjunktiv_two
        ):
            return attribution.derive(content=sentence.span(following, stop))
    for comma in range(first + 1, stop - 1):
        if (
            sentence.tokens[comma].text != ","
            or lows[comma + 1] != _COMMENTING_RELATIVE
            # the clause on "was" completes the one before: "alles, was …", "wisse nicht, was …"
            or lows[comma - 1] in roles.was_antecedents
            or not roles.was_questions.isdisjoint(
                lows[max(first, sentence.clause_start[comma - 1]) : comma]
            )
        ):
            continue
        if sentence.clause_end[comma + 1] < stop:
            continue  # the content goes on after it: "die Firma habe, was … bestreitet, Geld …"
        if _comment(sentence, range(comma + 2, stop)):
            return attribution.derive(content=sentence.span(first, comma))
    return attribution


def _comment(sentence: _Sentence, clause: range) -> bool:
    """Whether the words of ``clause`` after a "was" hold a verb of denying or confirming and
    no verb in the Konjunktiv (see :func:`_before_comment`)."""
    lows, lexicon = sentence.lows, sentence.lexicon
    return any(_commenting(sentence, index, clause) for index in clause) and not any(
        lows[index] in lexicon.konjunktiv or lows[index] in lexicon.konjunktiv_two
        for index in clause
    )


def _results(
    sentence: _Sentence,
    attribution: Attribution,
    quotes: Sequence[int],
    pairs: Sequence[QuotePair],
    used: set[int],
    *,
    context: QuoteContext | None = None,
) -> list[Attribution]:
    """The attribution, or for a direct one the quotations among ``quotes`` it introduces.

    A direct attribution's own span is left out: only its quotations count, judged in the
    ``context`` given (explicit by default). The quotations inside other contents are found by
    :func:`_nested` once the sentence's contents are final.
    """
    if attribution.kind is not _KIND_DIRECT and context is None:
        return [attribution]  # its quotations are taken once contents are final (_nested)
    nested: list[Attribution] = []
    sentence_end = sentence.tokens[-1].end
    for quote in quotes:
        if quote in used or pairs[quote].close > sentence_end:
            # a quotation running on into the next paragraph is taken where it ends (one whose
            # mark is missing closes at its paragraph's end: _unclosed_after_colon)
            continue
        used.add(quote)
        if context is None:
            context = _CONTEXT_EXPLICIT if attribution.kind is _KIND_DIRECT else _CONTEXT_ATTRIBUTED
        judged = context
        # what a verb of naming called its object ("nannte den Plan „Murks“") is said
        called = context is _CONTEXT_ATTRIBUTED and (
            _second_object(sentence, attribution, pairs[quote])
            or _naming_predicate(sentence, attribution, pairs[quote])
            or _copula_predicate(sentence, pairs[quote])
        )
        if (
            context is _CONTEXT_ATTRIBUTED
            and not called
            and _names_a_thing(sentence, pairs[quote])
            and not _object_after_adverbial(sentence, attribution, pairs[quote])
        ):
            judged = _CONTEXT_RECENT
        if _is_quotation(
            sentence,
            pairs[quote],
            judged,
            called=called,
            cued=called
            or (
                judged is _CONTEXT_ATTRIBUTED
                and _right_after_cue(sentence, attribution, pairs[quote])
            ),
        ):
            nested.append(_derive(attribution, kind=_KIND_DIRECT, content=pairs[quote].content))
    return nested if attribution.kind is _KIND_DIRECT else [attribution, *nested]


def _right_after_cue(sentence: _Sentence, attribution: Attribution, pair: QuotePair) -> bool:
    """Whether the quotation follows its attribution's cue and a preposition of the
    ``said_prepositions`` role, with at most an indefinite article between: "spricht von
    „Staatsversagen“", "warnt vor einem „Kahlschlag“" (the words said, not a thing named: a
    cue's object may be one, "beschließt „Manifest“", and so may a definite article's noun, or
    the noun after "mit": "sprach mit „Bild“")."""
    if not attribution.cue:
        return False
    index = _before_indefinite(sentence, _quote_index(sentence, pair) - 1)
    if index < 1 or sentence.lows[index] not in sentence.roles.said_prepositions:
        return False
    index -= 1
    end = sentence.tokens[index].end
    return any(cue.end == end for cue in attribution.cue)


def _before_indefinite(sentence: _Sentence, index: int) -> int:
    """``index``, or the token before it when it is an indefinite article ("von einem „…“")."""
    if index >= 0 and sentence.lows[index] in sentence.roles.indefinite:
        return index - 1
    return index


def _copula_predicate(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether the quotation ends the sentence after a form of "sein" (the ``sein`` role) and
    its subject, an article and a noun: the predicate, what the subject is called in reported
    speech ("Laut Söder ist die Ampel „Chaos pur“", "Laut dem Verband ist die Reform „ein
    Flickwerk“"), not the noun's name; a single capitalised word may be one ("Laut Polizei ist
    der Hund „Rex“") and is left to the other tests."""
    index = _quote_index(sentence, pair)
    following = index + 1
    tokens = sentence.tokens
    if following < len(tokens) and tokens[following].text not in _FINAL:
        return False
    words = pair.content.slice(sentence.text).split()
    if len(words) == 1 and _is_capital(words[0]):
        return False  # "Laut Polizei ist der Hund „Rex“.": a name as likely
    noun = index - 1
    article = noun - 1
    return (
        article > 0
        and sentence.is_head(noun)
        and sentence.word_class(article) == "det"
        and sentence.lows[article - 1] in sentence.roles.sein
    )


def _naming_predicate(sentence: _Sentence, attribution: Attribution, pair: QuotePair) -> bool:
    """Whether the quotation is the predicate after the "als" (the ``predicative`` role, an
    indefinite article may stand between) of a verb of the ``naming_verbs`` role: "bezeichnete
    die Reform als „Pfusch“", "bezeichnete ihn als einen „Lügner“"."""
    index = _before_indefinite(sentence, _quote_index(sentence, pair) - 1)
    return (
        index >= 0
        and sentence.lows[index] in sentence.roles.predicative
        and _naming_cue(sentence, attribution, sentence.roles.naming_verbs)
    )


def _stands_alone(sentence: _Sentence) -> bool:
    """Whether the sentence is one quotation and nothing else but a final punctuation mark:
    "„Unglaublich!“ Mehr brachte der Sieger nicht heraus." (its first sentence)."""
    tokens = sentence.tokens
    return tokens[0].quote >= 0 and all(token.text in _FINAL for token in tokens[1:])


def _is_quotation(
    sentence: _Sentence,
    pair: QuotePair,
    context: QuoteContext,
    *,
    cued: bool = False,
    called: bool = False,
) -> bool:
    """:func:`is_quotation`, with German names told apart more strictly.

    A quotation after a noun for chanted or written words counts like a cue's exact content
    ("Parolen wie „Stoppt den Überwachungswahn“"). Beyond those, a single lower-case word
    without an attribution is a scare quote ("„nur“", "„fremden“"), two or three capitalised
    words are a name ("„Social Action Party“", "„Berliner Zeitung“"), and one capitalised word
    that the text also uses without marks is a name ("„Larry“" in an article about cyclone
    Larry); when it is ``cued`` (right after its cue: :func:`_right_after_cue`) or stands in a
    sentence with an attribution, only a use without a determiner or preposition makes it a
    name ("Die Opposition spricht von „Staatsversagen“" though the article writes "um
    Staatsversagen"; "Lauterbach betreibe „Panikmache“, sagte Gassen. Wer von Panikmache
    spreche, …"; not "warnte vor „Xaver“. Xaver zog …"); in that sentence, a word after a
    definite article ("Die SPD beschließt das „Manifest“. Das Manifest …") or a preposition
    ("an Bord von „Aquarius“ … Die Aquarius") and an abbreviation, a capital as its second
    letter ("kurz „PACs“ genannt"), keep the strict test. What a verb
    of naming ``called`` its object (:func:`_second_object`, :func:`_naming_predicate`,
    :func:`_copula_predicate`) is cued, and in lower case no title either: "nannte die
    Kampagne „geschmacklos“", though "Kampagne" names things ("nannte ihr Album „Zeitgeist“"
    names it).
    """
    if _bracketed_term(sentence, pair) or (
        context is not _CONTEXT_EXPLICIT
        and (
            _abbreviated_name(sentence, pair)
            or _medium_asked(sentence, _quote_index(sentence, pair) - 1, pair)
        )
    ):
        return False
    if context is not _CONTEXT_EXPLICIT and (
        _joined_to_quotation(sentence, pair, context) or _first_piece(sentence, pair)
    ):
        return True
    if context is not _CONTEXT_EXPLICIT:
        if (
            _after_slogan_noun(sentence, pair)
            or _after_words_noun(sentence, pair)
            or _after_chant_verb(sentence, pair)
            or _after_statement_colon(sentence, pair)
        ):
            context = _CONTEXT_EXPLICIT
        elif not (called and pair.content.slice(sentence.text)[:1].islower()) and (
            _names_a_title(sentence, pair, context) or _name_it_goes_by(sentence, pair)
        ):
            return False
    content = pair.content.slice(sentence.text)
    if _first_person(sentence, content):
        return True
    if not is_quotation(content, context, alone=_stands_alone(sentence)):
        return False
    stripped = content.strip()
    if context is _CONTEXT_EXPLICIT or stripped[-1] in _FINAL:
        return True
    words = stripped.split()
    if len(words) == 1 and _WEB_ADDRESS.fullmatch(stripped):
        return False  # "laut „tagesschau.de“", "auf „montagsdemo.net“": a website's name
    if len(words) == 1 and "-" not in stripped and _BRAND_WORD.search(stripped):
        # "„YouTube“", "„iPod“", "„Muslix64“", "„8Ball“": a brand or user name; a compound
        # ("„G8-Spektakel“") may be the speaker's coinage
        return False
    if (
        1 < len(words) <= _MAX_TERM_WORDS
        and _CAMEL_CASE.search(words[0])
        and not any(word.lower() in sentence.word_classes for word in words[1:])
    ):
        # "„iPod nano“", "„YouTube Kids“": a product's name opens with its brand; a function
        # word makes it a phrase or clause ("„eBay haftet nicht“", "„iPod für alle“")
        return False
    if context is _CONTEXT_NONE and _completes_noun_phrase(sentence, pair):
        return False
    if 1 < len(words) <= _MAX_TERM_WORDS and (
        _title_after_article(sentence, pair) or _told_to_a_name(sentence, pair)
    ):
        return False
    if len(words) > _SHORT_QUOTE_WORDS:
        return True
    if not _is_capital(words[0]):
        if len(words) == 1 and _told_to_a_name(sentence, pair):
            return False  # "sagte er der „taz“,": whom he told
        return len(words) > 1 or context is not _CONTEXT_NONE
    if len(words) > 1:
        return (
            not all(_is_capital(word) for word in words)
            # "„Ein Desaster“ sei das", "„Keine Chance“ habe …": an indefinite or negating
            # article capitalised as the sentence's first word opens a phrase, which a name
            # does not (elsewhere its capital is a title's: "las aus „Eine Weihnachtsgeschichte“")
            or _phrase_opening_sentence(sentence, pair, words[0])
            or _predicate_after_als(sentence, pair, context)
            or _after_indefinite(sentence, pair, context)
        )
    if _named_after_preposition(sentence, pair) or _told_to_a_name(sentence, pair):
        return False
    if sentence.words_used is None:
        return True
    if cued or (
        context is _CONTEXT_ATTRIBUTED
        and not stripped[1:2].isupper()
        and not _after_definite_article(sentence, pair)
        and not _after_preposition(sentence, pair)
    ):
        return not sentence.words_used.bare(stripped)
    return not sentence.words_used.unquoted(stripped)


def _after_preposition(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether the quotation follows a preposition, an indefinite article between or not: a name
    as likely as a word said ("an Bord von „Aquarius“ … Die Aquarius", "bei „Siemens“")."""
    index = _before_indefinite(sentence, _quote_index(sentence, pair) - 1)
    return index >= 0 and (
        sentence.word_class(index) == "prep"
        or sentence.lows[index] in sentence.roles.contracted_prepositions
    )


def _after_definite_article(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether the quotation follows a definite article (the ``definite_articles`` role): "das
    „Manifest“"."""
    index = _quote_index(sentence, pair) - 1
    return index >= 0 and sentence.lows[index] in sentence.roles.definite_articles


def _phrase_opening_sentence(sentence: _Sentence, pair: QuotePair, first: str) -> bool:
    """Whether quoted words opening the sentence with an indefinite or negating article
    (``first``, capitalised there) are a phrase of reported speech: a comma or a Konjunktiv
    follows ("„Ein Desaster“ sei das", "„Keine Chance“ habe die Partei"; not "„Keine Angst“
    heißt der Film", "„Ein Prozent“ ist ein Verein", names)."""
    low = first.lower()
    index = _quote_index(sentence, pair)
    if index != sentence.opening or not (
        low in sentence.roles.indefinite or low in sentence.roles.negating_determiners
    ):
        return False
    following = index + 1
    if following >= len(sentence.tokens):
        return False
    after = sentence.lows[following]
    return (
        after == ","
        or after in sentence.lexicon.konjunktiv
        or after in sentence.lexicon.konjunktiv_two
    )


def _joined_to_quotation(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether quoted words follow "und", "oder" or "sowie" (and an article) right after a
    quotation of several words that counts: the two are coordinated and of one kind, the
    speaker's words ("bei Angriffen auf „den Bestand des Staates“ oder die „Grundlagen der
    Existenz“", "sprach von „offenem Verrat“ und „Wortbruch“"), however much the second one
    looks like a name or title. A one-word partner proves nothing: a gloss or term often stands
    there ("nach dem griechischen Wort für „riesig“ und „Boa“"), and coordinated names ("die
    Gemälde „Madonna“ und „Der Schrei“") are each dropped on their own."""
    index = _quote_index(sentence, pair) - 1
    if index > 0 and sentence.word_class(index) == "det":
        index -= 1
    if index < 1 or sentence.lows[index] not in sentence.roles.coordinators:
        return False
    partner = sentence.tokens[index - 1]
    if partner.quote < 0:
        return False
    # the partner's pair from its token (a typewriter-style ''…'' token has two marks a side)
    opening = partner.start + 1 if partner.text.startswith("''") else partner.start
    closing = partner.end - 2 if partner.text.endswith("''") else partner.end - 1
    earlier = QuotePair(open=opening, close=closing)
    return len(earlier.content.slice(sentence.text).split()) > 1 and _is_quotation(
        sentence, earlier, context
    )


#: The most tokens of a frame that interrupts a quotation ("sagte der Experte des Instituts").
_MAX_INTERRUPTING_FRAME = 12


def _first_piece(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation is the first piece of one its frame interrupts, the second piece
    going on in lower case: "„Das Problem“, sagte der Experte, „ist nicht das Geld.“", "»Ein
    Wunder«, flüsterte die Mutter, »es ist ein Wunder.«" (the words are the speaker's however
    much they look like a name or title)."""
    tokens = sentence.tokens
    index = _quote_index(sentence, pair)
    following = index + 1
    if following >= len(tokens) or tokens[following].text != ",":
        return False
    for later in range(following + 1, min(len(tokens), following + _MAX_INTERRUPTING_FRAME)):
        if tokens[later].quote >= 0:
            # its first letter, past the opening marks (whatever they are)
            first = next((char for char in tokens[later].text if char.isalpha()), "")
            return tokens[later - 1].text == "," and first.islower()
    return False


def _first_person(sentence: _Sentence, content: str) -> bool:
    """Whether short quoted words open with a capitalised first-person pronoun and go on:
    someone speaking ("„Ich habe fertig“ ist ein geflügeltes Wort", "„Wir bleiben hart“ –
    Merkel lehnt ab"), never a name, however short."""
    words = content.split(maxsplit=1)
    return (
        len(words) > 1
        and words[0][:1].isupper()
        and words[0].lower() in sentence.roles.first_person
    )


def _bracketed_term(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a short quotation stands in brackets, as a name, code name or translation of
    what precedes them: "die Operation „Cast Lead“ („gegossenes Blei“)", "(Codename:
    „Maelstrom“)", "(„Hartz IV“, „Rente mit 67“)". Nobody says words in brackets; a whole
    sentence there ("(„Wir kommen.“)") still counts, and so do words that qualify the noun
    after the brackets ("die so genannten („mutmaßlichen“) Täter")."""
    index = _quote_index(sentence, pair)
    tokens = sentence.tokens
    if index + 1 >= len(tokens) or tokens[index + 1].text not in {")", ","}:
        return False
    content = pair.content.slice(sentence.text).strip()
    if not content or content[-1] in _FINAL or len(content.split()) > _MAX_TERM_WORDS:
        return False
    for back in range(index - 1, max(-1, index - _BRACKET_REACH - 1), -1):
        if tokens[back].text == "(":
            # after the noun or name it names or translates; after an article or adjective
            # the quotation is part of the noun phrase ("so genannte („mutmaßliche“) Täter")
            return back > 0 and (tokens[back - 1].quote >= 0 or _is_capital(tokens[back - 1].text))
        if tokens[back].text == ")":
            return False
    return False


def _abbreviated_name(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation without final punctuation is a name its abbreviation follows in
    brackets and spells its initials: "der „People's Alliance for Democracy“ (PAD)", "die
    „Partij voor de Vrijheid“ (PVV)". Nobody's words are abbreviated; the abbreviation starts
    with a capital and has another within :data:`_MAX_ABBREVIATION` characters. Not after a
    colon, nor of what a cue introduces exactly, which a news agency's name may follow:
    "sagte: „Wir bleiben“ (AFP)"."""
    index = _quote_index(sentence, pair)
    tokens = sentence.tokens
    if index + 3 >= len(tokens) or tokens[index + 1].text != "(" or tokens[index + 3].text != ")":
        return False
    if index > 0 and tokens[index - 1].text == ":":
        return False  # what a colon introduces is said
    short = tokens[index + 2].text
    words = pair.content.slice(sentence.text).split()
    if (
        not words
        or words[-1][-1] in _FINAL
        or not 1 < len(short) <= _MAX_ABBREVIATION
        or not short[0].isupper()
        or not any(char.isupper() for char in short[1:])
    ):
        return False
    # The abbreviation spells the name ("„Partij voor de Vrijheid“ (PVV)"); after words said it
    # names who said them or where ("„Ein schwarzer Tag für Europa“ (CSU)", "„…“ (AFP)").
    initials = iter(word[0].lower() for word in words)
    return all(letter in initials for letter in short.lower())


def _quote_index(sentence: _Sentence, pair: QuotePair) -> int:
    """The token of the quotation ``pair`` in the sentence: the last token starting at its
    opening mark or before, as a typewriter-style ''…'' token starts at the outer apostrophe,
    one before the pair's ``open`` (a quotation cut at the sentence's start is its first)."""
    return max(0, bisect.bisect_right(sentence.tokens, pair.open, key=token_start) - 1)


def _completes_noun_phrase(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a capitalised quotation of up to five words, in a sentence without any speech,
    completes a noun phrase whose article or adjective stands outside the marks: "Vor der
    Auslosung tagte die „Confédération Européenne de Pétanque“", "Die Stadt feiert die „Woche
    des verbotenen Buches“". There the narrator names a thing; nobody is quoted. (Lower-case
    words there are as often someone's words as a term: "Eine „ernstzunehmende Spur“ führte
    die Polizei …" quotes the police.)"""
    words = pair.content.slice(sentence.text).split()
    if len(words) > _MAX_TERM_WORDS or not _is_capital(words[0]):
        return False
    index = _quote_index(sentence, pair) - 1
    if index < 0 or sentence.tokens[index].quote >= 0:
        return False
    if sentence.word_class(index) == "det":
        # not a relative pronoun (", das „schwach radioaktiv“ sei")
        return index == 0 or sentence.tokens[index - 1].text != ","
    return sentence.is_adjective(index) and sentence.lows[index] not in sentence.lexicon.auxiliaries


def _predicate_after_als(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether capitalised quoted words follow "als" next to an attribution: what someone was
    called, not a name ("wurden als „Feinde Gottes“ hingerichtet, so die Sprachregelung",
    "bezeichnete ihn als „Großen Bruder“")."""
    index = _quote_index(sentence, pair) - 1
    return (
        context is not _CONTEXT_NONE
        and index >= 0
        and sentence.tokens[index].quote < 0
        and sentence.lows[index] == "als"
    )


def _after_indefinite(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether capitalised quoted words follow an indefinite article next to an attribution:
    the speaker's coinage, which a name does not take ("sagte, das ersetze keine „Achse
    Berlin-Paris“", "sprach von einem „Schwarzen Freitag“"); "die „Berliner Zeitung“" names."""
    index = _quote_index(sentence, pair) - 1
    return (
        context is not _CONTEXT_NONE
        and index >= 0
        and sentence.tokens[index].quote < 0
        and sentence.lows[index] in sentence.roles.indefinite
    )


def _named_after_preposition(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether one capitalised quoted word follows a preposition of place or medium and an
    article, where it is the name of a newspaper, programme or thing: "sagte er gegenüber dem
    „Tagesspiegel“", "im Interview mit dem „Deutschlandfunk“", "wurden gestern im „Standard“
    veröffentlicht" (a contracted preposition counts alone). A quoted word of the speaker's
    follows a verb or "als" instead ("nannte es einen „Vertrauensbruch“", "bezeichnete ihn als
    „Wortbruch“"), an indefinite article, which a name does not take ("die Stadt werde in eine
    „Baustelle“ verwandelt"), or a preposition that names no place or medium (not one of
    ``title_prepositions``): "die Lage habe sich nach dem „Desaster“ beruhigt", "wegen der
    „Schlamperei“", "durch die „Hintertür“" are the speaker's words."""
    index = _quote_index(sentence, pair) - 1
    if index < 0 or sentence.tokens[index].quote >= 0:
        return False
    if sentence.word_class(index) == "prep":
        return sentence.lows[index] in sentence.roles.contracted_prepositions and not _state_after(
            sentence, index, pair
        )
    return (
        sentence.word_class(index) == "det"
        and sentence.lows[index] not in sentence.roles.indefinite
        and index > 0
        and sentence.lows[index - 1] in sentence.roles.title_prepositions
        and sentence.lows[index - 1] not in sentence.roles.topic_prepositions
        and not _state_after(sentence, index - 1, pair)
    )


def _state_after(sentence: _Sentence, preposition: int, pair: QuotePair) -> bool:
    """Whether the preposition at ``preposition``, "in" or a contraction of it (the
    ``state_prepositions`` role), follows a verb of being in a state (the ``state_verbs`` role;
    "sich" may stand between) and the quotation after it closes the clause, so its words name
    the state, not a medium or work: "Die Ampel befinde sich im „Blindflug“", "Die Wirtschaft
    stecke in der „Sackgasse“" (not "sagte er in „Bild“", "sei im „Dschungelcamp“")."""
    following = _quote_index(sentence, pair) + 1
    tokens = sentence.tokens
    if following < len(tokens) and tokens[following].text not in _CLAUSE_MARKS:
        return False
    if sentence.lows[preposition] not in sentence.roles.state_prepositions:
        return False
    before = preposition - 1
    if before > 0 and sentence.lows[before] in sentence.roles.reflexive:
        before -= 1
    return before >= 0 and sentence.lows[before] in sentence.roles.state_verbs


#: The preposition of whom a statement was made to, before a medium's name without article.
_TOLD_PREPOSITION = "gegenüber"
#: The preposition after a noun of the ``medium_requests`` role before the medium's name.
_WITH_PREPOSITION = "mit"


def _medium_asked(sentence: _Sentence, index: int, pair: QuotePair) -> bool:
    """Whether one quoted word after the token ``index`` is the name of a medium someone spoke
    to: after "gegenüber" ("sagte ein Sprecher gegenüber „Heute“"), or after a noun of the
    ``medium_requests`` role and a genitive article or "mit" ("auf Anfrage des „Standard“", "in
    einem Interview mit „profil“"), "mit" and a dative article too ("im Gespräch mit der
    „taz“"); adjectives may stand before the name ("mit dem britischen „Guardian“")."""
    if len(pair.content.slice(sentence.text).split()) != 1 or index < 0:
        return False
    lows = sentence.lows
    if lows[index] == _TOLD_PREPOSITION:
        return True  # also opening the sentence: "Gegenüber »Bild« erklärte der Trainer: …"
    position = index
    while (
        position > 0
        and index - position < _MAX_MEDIUM_ADJECTIVES
        and sentence.is_lower(position)
        and sentence.is_adjective(position)
        and _place_adjective(sentence, position)
    ):
        position -= 1
    if (
        position > 0
        and lows[position] in sentence.roles.dative_articles
        and lows[position - 1] == _WITH_PREPOSITION
    ):
        position -= 1
    low = lows[position]
    return (
        position >= 1
        and (low == _WITH_PREPOSITION or low in sentence.roles.genitive)
        and lows[position - 1] in sentence.roles.medium_requests
    )


def _title_after_article(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether two to five quoted words, the first capitalised, follow a preposition of place or
    medium (``title_prepositions``) and a definite article standing apart: the name of a
    newspaper, body or thing ("In der „Bild am Sonntag“ schreibt er", "in der „Gazzetta dello
    Sport“", "wechselt in den „Rat für nationale Sicherheit“"). Someone's words there take an
    indefinite article ("von einer „Gefahr für Leib und Leben“"), none, a contracted
    preposition ("zur „Stärkung der Diplomatie“"), another preposition ("neben der
    „Datenschnüffelei in den Schulen“") or open lower-case ("in der „sozialen Frage“")."""
    index = _quote_index(sentence, pair) - 1
    return (
        index > 0
        and _is_capital(pair.content.slice(sentence.text).lstrip())
        and sentence.tokens[index].quote < 0
        and sentence.word_class(index) == "det"
        and sentence.lows[index] not in sentence.roles.indefinite
        and sentence.lows[index - 1] in sentence.roles.title_prepositions
    )


def _told_to_a_name(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether capitalised quoted words after "dem" or "der" are whom a verb of saying right
    before them addressed, a newspaper or broadcaster (see :func:`_told_medium`): "sagte er der
    „Zeit“", "sagte Merkel der „Bild am Sonntag“", also after adjectives: "sagte Wales dem
    britischen „Observer“"."""
    quote = _quote_index(sentence, pair)
    article = quote - 1
    while (
        article > 0
        and quote - article <= _MAX_MEDIUM_ADJECTIVES
        and sentence.is_lower(article)
        and sentence.is_adjective(article)
        and _place_adjective(sentence, article)
    ):
        article -= 1
    if article < quote - 1:
        # after adjectives the name closes the clause: "sagte Wales dem britischen „Observer“,"
        following = quote + 1
        if following < len(sentence.tokens) and not (
            sentence.tokens[following].text in _CLAUSE_MARKS
            or sentence.tokens[following].text == ":"
        ):
            return False
    return _told_medium(sentence, article)


def _place_adjective(sentence: _Sentence, index: int) -> bool:
    """Whether the adjective at ``index`` says where a medium is from ("dem britischen
    „Guardian“", "der italienischen „Repubblica“"): other adjectives before quoted words mark a
    term or a scare quote ("der sogenannten „Clan-Kriminalität“", "der deutschen „Autolobby“"
    is a place adjective too, so a name there must also close the clause)."""
    return sentence.lows[index].endswith(_PLACE_ADJECTIVE_ENDINGS)


def _told_medium(sentence: _Sentence, article: int) -> bool:
    """Whether the article "dem" or "der" at ``article`` and the quotation or medium noun after
    it name whom a verb of saying right before them (and its subject) addressed, a newspaper,
    an agency or a broadcaster: "sagte er der „Zeit“", "erklärte dem „Spiegel“", "sagte Müller
    dem „Spiegel“", "sagte der Minister der „Süddeutschen Zeitung“", "sagte Varoufakis der
    spanischen Zeitung El Mundo" ("sei es der „Normalfall“ gewesen" has no verb of saying
    there and quotes). After a subject with an article only the unambiguous dative "dem"
    counts, or "der" after a nominative "der" or a person, role or organisation ("betonte die
    Rolle der „Helfer“" is a genitive); a bare name takes no genitive after it. Someone who
    works for a medium (the ``medium_staff`` role) is its own: "sagte der Chefredakteur der
    „Zeit“", "eine Reporterin der Nachrichtenagentur AFP" take the genitive."""
    lows = sentence.lows
    if (
        article < 1
        or article + 1 >= len(lows)
        or lows[article] not in sentence.roles.dative_articles
    ):
        return False
    # (the medium after the article is asked first: after most articles there is none, and the
    # staff test tries every ending of the word before the article)
    quote = _after_adjectives(sentence, article + 1)
    if sentence.tokens[quote].quote < 0:
        if not _medium_noun_after(sentence, article + 1):
            return False
    elif not _medium_name(sentence, quote):
        return False
    if _medium_staff(sentence, article - 1):
        return False
    verb = article - 1
    if lows[verb] in sentence.roles.subject_pronouns:
        verb -= 1
        return verb >= 0 and lows[verb] in sentence.lexicon.verbs and sentence.is_lower(verb)
    # The subject may have one genitive attribute before the medium ("sagte ein Sprecher der
    # Regierung der Nachrichtenagentur MTI"): its phrases are walked back, the last first.
    for _ in range(_MAX_TOLD_PHRASES):
        first = verb
        while (
            first > 0
            and verb - first < _MAX_TOLD_SUBJECT
            and (sentence.is_capitalised(first) or lows[first] in sentence.lexicon.particles)
            # an article is a name's only after a particle: "Ursula von der Leyen"
            and (
                sentence.word_class(first) != "det" or lows[first - 1] in sentence.lexicon.particles
            )
        ):
            first -= 1
        if not any(sentence.is_capitalised(index) for index in range(first + 1, verb + 1)):
            # particles alone are no name: "sprach von der „…“" has no subject there
            first = verb
        if first < verb and sentence.word_class(first) == "det":
            if not (
                lows[article] == "dem"
                or lows[first] in sentence.roles.nominative
                or _names_someone_by_words(sentence, Phrase(first, verb + 1))
            ):
                return False
            first -= 1
        verb = first
        if verb < 0 or (lows[verb] in sentence.lexicon.verbs and sentence.is_lower(verb)):
            break
    return verb >= 0 and lows[verb] in sentence.lexicon.verbs and sentence.is_lower(verb)


def _after_adjectives(sentence: _Sentence, index: int) -> int:
    """``index``, or past the adjectives of place from it that a quotation follows (at most
    :data:`_MAX_MEDIUM_ADJECTIVES`, as :func:`_told_to_a_name` walks them back): "dem britischen
    „Guardian“"."""
    position = index
    tokens = sentence.tokens
    while (
        position - index < _MAX_MEDIUM_ADJECTIVES
        and position + 1 < len(tokens)
        and tokens[position].quote < 0
        and sentence.is_lower(position)
        and sentence.is_adjective(position)
        and _place_adjective(sentence, position)
    ):
        position += 1
    return position if tokens[position].quote >= 0 else index


def _medium_name(sentence: _Sentence, quote: int) -> bool:
    """Whether the quotation token at ``quote`` may be a medium's name: up to
    :data:`_MAX_TERM_WORDS` words opening with a capital ("der „Süddeutschen Zeitung“", not
    "der „Szenen …“"), or one lower-case word that closes the clause or comes before a colon
    ("sagte er der „taz“.", "sagte er dem „kicker“: „…“")."""
    name = _quoted_words(sentence, quote)
    if not name or len(name) > _MAX_TERM_WORDS:
        return False
    if _is_capital(name[0]):
        return True
    following = quote + 1
    return len(name) == 1 and (
        following >= len(sentence.tokens)
        or sentence.tokens[following].text in _CLAUSE_MARKS
        or sentence.tokens[following].text == ":"
    )


def _medium_staff(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` names someone who works for an organisation, a medium too
    (the ``medium_staff`` role): the word, its part after a hyphen ("AFP-Reporter"), or a
    compound ending in an entry of :data:`_MIN_STAFF_SUFFIX` letters or more
    ("Auslandskorrespondent", "Chefredakteurin"; not "Polizeichef", who may tell a newspaper)."""
    low = sentence.lows[index].rpartition("-")[2]
    staff = sentence.roles.medium_staff
    if low in staff:
        return True
    return any(
        len(low) - cut >= _MIN_STAFF_SUFFIX and low[cut:] in staff for cut in range(1, len(low))
    )


def _medium_noun_after(sentence: _Sentence, index: int) -> bool:
    """Whether the words from ``index`` are adjectives and then a noun naming a newspaper, an
    agency or a broadcaster: a word of the ``medium_nouns`` role, or a compound after a hyphen
    ending in one of the ``medium_parts`` role ("spanischen Zeitung", "Nachrichtenagentur",
    "Deutschen Presse-Agentur", "Frankfurter Allgemeinen Zeitung", "der US-Zeitung", also after
    nouns of its name: "der Austria Presse Agentur"; not "der
    Europäischen Arzneimittel-Agentur"), not before a preposition of a body's name: "der
    Agentur für Arbeit" is no medium."""
    lows = sentence.lows
    for position in range(index, min(len(lows), index + _MAX_MEDIUM_ADJECTIVES + 1)):
        low = lows[position]
        if low in sentence.roles.medium_nouns or (
            "-" in low and low.rpartition("-")[2] in sentence.roles.medium_parts
        ):
            return (
                position + 1 >= len(lows)
                or lows[position + 1] not in sentence.roles.name_prepositions
            )
        if not (
            sentence.is_adjective(position)
            or (
                sentence.is_capitalised(position)
                and lows[position].endswith(_NAME_ADJECTIVE_ENDINGS)
            )
            # a medium's name of several nouns: "der Austria Presse Agentur"
            or (sentence.is_head(position) and sentence.is_head(position + 1))
        ):
            return False  # "der spanischen Zeitung", "der Deutschen Presse-Agentur"
    return False


def _quoted_words(sentence: _Sentence, index: int) -> list[str]:
    """The words between the marks of the quotation token at ``index`` (a typewriter-style
    ''…'' token has two marks a side)."""
    text = sentence.tokens[index].text
    marks = 2 if text.startswith("''") else 1
    return text[marks:-marks].split()


def _names_someone_by_words(sentence: _Sentence, phrase: Phrase) -> bool:
    """Whether a noun phrase names a person or organisation by its words ("die Ministerin",
    "die Polizei"; not "eine Untersuchung", "die Rolle")."""
    info = analyse_mention(sentence.words(*phrase), language="de")
    return info is not None and info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}


def _after_slogan_noun(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation follows a noun for chanted or written words: "skandierten Parolen wie
    „Stoppt den Überwachungswahn“", "mit der Aufschrift „Kritik = Terror“"."""
    index = _quote_index(sentence, pair) - 1
    stop = max(-1, index - _SLOGAN_REACH)
    while index > stop and sentence.lows[index] in sentence.roles.slogan_links:
        index -= 1
    return index >= 0 and sentence.lows[index] in sentence.roles.slogan_nouns


def _after_words_noun(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation follows a phrase of "mit" and a noun for words said (the
    ``words_nouns`` role) right before it: "kommentierte das Urteil mit den Worten „Das
    respektiere ich“", "mit dem Satz „…“". The phrase says that words follow, as a colon would
    (not "im dritten Satz „demontierte“", a set in tennis)."""
    noun = _quote_index(sentence, pair) - 1
    return (
        noun > 0
        and sentence.lows[noun] in sentence.roles.words_nouns
        and sentence.is_capitalised(noun)
        and _words_phrase_start(sentence, noun) is not None
    )


def _words_phrase_start(sentence: _Sentence, noun: int) -> int | None:
    """The "mit" opening the phrase of a noun for words said at ``noun``, past up to two
    lower-case words (an article, adjectives: "mit den Worten", "mit diesen deutlichen
    Worten"), or None."""
    for start in range(noun - 1, max(-1, noun - _WORDS_PHRASE_REACH - 1), -1):
        if sentence.lows[start] == "mit":
            return start if start < noun - 1 else None
        if not sentence.is_lower(start):
            return None
    return None


def _after_statement_colon(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation follows a colon after a noun for a response or remark (the
    ``statement_nouns`` role), which announces it as the words said: "Antwort: „Nein.“", "Die
    Reaktion des Ministers: „Unverschämt!“" (not "Das Motto: „Gemeinsam stark“")."""
    index = _quote_index(sentence, pair) - 2
    return (
        index >= 0
        and sentence.tokens[index + 1].text == ":"
        and sentence.is_capitalised(index)
        and sentence.lows[index] in sentence.roles.statement_nouns
    )


def _after_chant_verb(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation follows a verb of calling out or chanting (the ``chant_verbs`` role)
    in its clause, with no other quotation between: what was called, never a name ("Mair rief
    bei dem Angriff „Britain First“", "skandierten „Allahu Akbar“"); also the words of a call
    ("rief die Muslime zum „Heiligen Krieg“ auf"). Not a name after an object noun with its
    article ("rief die Stiftung „Kinder in Not“ ins Leben", "rief die Hotline „…“ an"; a
    preposition before the article makes it an adverbial: "rief bei der Tat „…“") or after a
    preposition with its article (the ``contracted_prepositions`` role: "rief beim
    „Tagesspiegel“ an") or right after a definite article ("riefen die „Islamische Republik“
    aus"): the verb founds, calls up or proclaims what the name names."""
    index = _quote_index(sentence, pair) - 1
    if index >= 0 and (
        sentence.lows[index] in sentence.roles.contracted_prepositions
        # a definite article right before it: "riefen die „Islamische Republik“ aus" (an
        # indefinite one opens a call: "rief ein „Hurra“")
        or (
            sentence.word_class(index) == "det"
            and sentence.lows[index] not in sentence.roles.indefinite
            and sentence.word_class(index - 1) != "prep"
        )
        or (
            sentence.is_head(index)
            and sentence.word_class(index - 1) == "det"
            and sentence.word_class(index - 2) != "prep"
        )
    ):
        return False
    stop = max(-1, index - _CHANT_REACH)
    tokens = sentence.tokens
    while index > stop and tokens[index].quote < 0 and tokens[index].text not in _CLAUSE_MARKS:
        if sentence.lows[index] in sentence.roles.chant_verbs:
            return True
        index -= 1
    return False


def _names_a_title(sentence: _Sentence, pair: QuotePair, context: QuoteContext) -> bool:
    """Whether a quotation is a name, title or term by its context, not a quotation: after a
    noun for a named thing ("das Buch „…“", "unter dem Motto „…“", "die Organisation „…“",
    compounds too: "des Wochenmagazins „profil“"), as the first or last part of a compound
    ("der „Tatort“-Kommissar", "in der ORF-„Pressestunde“"), or after "so genannte" ("der so
    genannte „Störfall“") where no attribution makes it someone's words ("sagte, die so
    genannten „Altlasten“ …" quotes); after a preposition of the ``work_prepositions`` role
    before a capitalised word always ("In „Blackbird“ erzählt er", "sagte er in „Bild“"),
    unless a verb of getting into a state comes before it ("befinde sich im „Blindflug“":
    :func:`_state_after`).
    Words opening with a lower-case Konjunktiv or auxiliary after such a noun are its
    predicate in reported speech, no name: "sagte, die Fraktion „stehe geschlossen“ hinter
    ihr", "die Initiative „sei gescheitert“"."""
    text = sentence.text
    close = pair.close + 1
    if close + 1 < len(text) and text[close] == "-" and text[close + 1].isalnum():
        return True
    if pair.open >= _GLUED_PREFIX and text[pair.open - 1] == "-" and text[pair.open - 2].isalnum():
        return True  # the last part of a compound: "in der ORF-„Pressestunde“"
    index = _quote_index(sentence, pair) - 1
    if index < 0:
        return False
    low = sentence.lows[index]
    if low in sentence.roles.term_markers or _nickname_before(sentence, index + 1):
        return context is not _CONTEXT_ATTRIBUTED
    if low in sentence.roles.work_prepositions:
        # "In „Blackbird“ erzählt er …", "schrieb er in „Bild“": a work's or medium's title
        # whatever attribution the sentence holds ("sagte er in „Bild“" quotes no "Bild")
        words = _quoted_words(sentence, index + 1)
        if words and _is_capital(words[0]) and not _state_after(sentence, index, pair):
            return True
    if low in sentence.roles.dative_articles and _told_medium_name(sentence, index + 1):
        return True  # "Wie Seehofer dem „Spiegel“ sagte": whom he told
    return (
        sentence.is_capitalised(index)
        and low.endswith(sentence.lexicon.title_noun_endings)
        and not _opens_with_konjunktiv(sentence, pair)
    )


def _nickname_before(sentence: _Sentence, quote: int) -> bool:
    """Whether the quotation token at ``quote`` is the name someone goes by, before a word of
    the ``term_markers`` role that closes its clause: "Beckenbauer, auch „der Kaiser“
    genannt, starb" (not "hat den Plan „einen Irrweg“ genannt, …", whose attribution makes it
    the speaker's words)."""
    following = quote + 1
    return (
        following < sentence.last
        and sentence.lows[following] in sentence.roles.term_markers
        and (following + 1 >= sentence.last or sentence.tokens[following + 1].text in _CLAUSE_MARKS)
    )


def _told_medium_name(sentence: _Sentence, quote: int) -> bool:
    """Whether the quotation token at ``quote``, after a dative article, is a medium's short
    name (as :func:`_told_medium` reads one) right before a verb of saying that closes the
    clause: the medium told ("Wie Seehofer dem „Spiegel“ sagte", "wie er der „Süddeutschen
    Zeitung“ erklärte")."""
    name = _quoted_words(sentence, quote)
    verb = quote + 1
    return (
        0 < len(name) <= _MAX_TERM_WORDS
        and all(_is_capital(word) for word in name)
        and verb < len(sentence.tokens)
        and sentence.is_lower(verb)
        and sentence.lows[verb] in sentence.lexicon.verbs
    )


def _lower_case_words_said(sentence: _Sentence, quote: int, content: str) -> bool:
    """Whether the quotation at token ``quote`` (its words ``content``) opens in lower case and
    reads as the words of a clause's speaker rather than a name written in lower case: not
    after a term marker (the ``term_markers`` role: "die sogenannte „kalte Progression“"), one
    word without a hyphen or a capital inside ("„e-Card“", "„heute-show“", "„eBay“"), and after
    an article only before the noun it qualifies or with its noun inside ("einen „ruinösen“
    Preiskampf", "eine „erschreckende Gleichgültigkeit“"; not "von der „taz“", "die „heute
    journal“")."""
    if not content[:1].islower():
        return False
    before = quote - 1
    if before >= 0 and sentence.lows[before] in sentence.roles.term_markers:
        return False
    if " " not in content.strip() and (
        "-" in content or any(character.isupper() for character in content)
    ):
        return False
    words = content.split()
    return not (
        before >= 0
        and sentence.word_class(before) == "det"
        and not sentence.is_head(quote + 1)
        and not (len(words) > 1 and words[-1][:1].isupper())
    )


def _opens_with_konjunktiv(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether quoted words open with a lower-case Konjunktiv ("stehe", "müsse"), a finite
    auxiliary or modal ("sei", "habe", "muss") or a form of a verb of saying ("sagt"): a
    predicate, never a name ("Die Show „muss weitergehen“, sagte der Intendant")."""
    first = pair.content.slice(sentence.text).split(maxsplit=1)
    if not first or not first[0][:1].islower():
        return False
    word = first[0].rstrip(",;:")
    lexicon = sentence.lexicon
    return (
        word in lexicon.konjunktiv
        or word in lexicon.konjunktiv_two
        or lexicon.word_class.get(word) == "verb"
        or word in lexicon.auxiliaries
        or word in sentence.roles.modal
        or word in lexicon.verbs
    )


def _name_it_goes_by(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation is the name a thing goes by: with a reflexive verb of naming ("die
    sich selbst „Rat für Demokratische Reform“ nennt", "Dann nennt sie sich „documenta 12“")
    or after "als" before "bekannt" ("das als „Dschungel von Calais“ bekannte Lager", "wurde
    als „Polizistenmord von Heilbronn“ bekannt"). Nobody is quoted there; "nannte die Reform
    „absurd“" has no reflexive and quotes, and "nannte sich einen „Pragmatiker“" describes with
    an article."""
    index = _quote_index(sentence, pair)
    lows = sentence.lows
    roles = sentence.roles
    following = lows[index + 1] if index + 1 < len(lows) else ""
    if index > 0 and lows[index - 1] == "als" and following in roles.known_as:
        return True
    window = lows[max(0, index - _NAMING_REACH) : index]
    if _after_name_word(sentence, window):
        return True
    if roles.reflexive.isdisjoint(window) or (index > 0 and lows[index - 1] in roles.indefinite):
        return False  # "nannte sich einen „Pragmatiker“" describes: the speaker's word
    verbs = sentence.lexicon.verbs
    return any(
        form.lemma in roles.self_naming_verbs
        for low in (*window, following)
        for form in verbs.get(low, ())
    )


def _after_name_word(sentence: _Sentence, window: Sequence[str]) -> bool:
    """Whether the words right before a quotation (``window``, lower case) hold a noun for a
    name (``name_nouns``: "trägt den Spitznamen „die Eisernen“") or a verb that states a name
    (``name_verbs``: "Der Verein heißt im Volksmund „die Höhle“"), not with "es" nor before a
    colon, which quote ("hieß es in dem Bericht: „…“")."""
    roles = sentence.roles
    if not roles.name_nouns.isdisjoint(window):
        return True
    if "es" in window or (window and window[-1] == ":"):
        return False
    verbs = sentence.lexicon.verbs
    return any(form.lemma in roles.name_verbs for low in window for form in verbs.get(low, ()))


def _second_object(sentence: _Sentence, attribution: Attribution, pair: QuotePair) -> bool:
    """Whether the quotation ``pair`` closes the clause of a cue of the
    ``predicate_verbs`` role, right before the final mark, a comma or the cue's particle (also
    after an adverbial that starts with a preposition or a coordinated second quotation: "warf
    der Regierung „Totalversagen“ in der Migrationspolitik vor", "warf ihr „Chaos“ und
    „Inkompetenz“ vor"), or "und" and a second verb ("nannte das Angebot „Almosen“ und
    kündigte …"): the second object, what the object was called ("nannte den Vorschlag
    „Unsinn“.", "warf der Regierung „Totalversagen“ vor"), not the name of the noun before it."""
    tokens = sentence.tokens
    index = _quote_index(sentence, pair)
    following = index + 1
    if following < len(tokens) and not (
        tokens[following].text in _FINAL
        or tokens[following].text == ","
        or any(span.start <= tokens[following].start < span.end for span in attribution.cue)
        # "warf der Regierung „Totalversagen“ in der Migrationspolitik vor", "„Chaos“ und
        # „Inkompetenz“ vor": an adverbial or a second object before the cue's particle (not
        # a list after a verb without one: "nennt die Modelle „Touareg“ und „Phaeton“")
        or (
            (
                sentence.word_class(following) == "prep"
                or (
                    sentence.lows[following] in sentence.roles.coordinators
                    and following + 1 < len(tokens)
                    and tokens[following + 1].quote >= 0
                )
            )
            and any(span.start > tokens[following].start for span in attribution.cue)
        )
        # "nannte die Reform „Murks“ und forderte …": "und" and the subject's second verb
        or (
            sentence.lows[following] in sentence.roles.coordinators
            and following + 1 < len(tokens)
            and tokens[following + 1].quote < 0
            and sentence.is_lower(following + 1)
            and (
                sentence.word_class(following + 1) == _VERB_CLASS
                or sentence.lows[following + 1] in sentence.lexicon.verbs
            )
        )
    ):
        return False
    return _naming_cue(sentence, attribution, sentence.roles.predicate_verbs)


def _naming_cue(sentence: _Sentence, attribution: Attribution, lemmas: frozenset[str]) -> bool:
    """Whether the attribution's cue is a verb whose lemma is among ``lemmas``: the
    ``predicate_verbs`` ("nannte", "warf … vor"), which call their object something, or the
    ``naming_verbs`` ("bezeichnete … als")."""
    tokens = sentence.tokens
    verbs = sentence.lexicon.verbs
    # the cue's words, found from its spans (a few), not by reading every token
    return any(
        any(form.lemma in lemmas for form in verbs.get(sentence.lows[number], ()))
        for span in attribution.cue
        if (number := bisect.bisect_left(tokens, span.start, key=token_start)) < len(tokens)
    )


def _object_after_adverbial(sentence: _Sentence, attribution: Attribution, pair: QuotePair) -> bool:
    """Whether the quotation after a noun closes the clause (before the final mark, a comma or
    the cue's particle) and that noun ends a prepositional phrase: the quotation is the object
    the adverbial stands before, not the noun's name ("Er erwarte von den Parteien
    „Gesprächsbereitschaft“, sagte Steinmeier", "kündigte im Bundestag „Konsequenzen“ an"); only
    after a preposition of the ``adverbial_prepositions`` role, since after others a name is as
    likely ("vor dem Orkan „Xaver“", "mit der Fregatte „Hessen“"). A
    noun for a document (the ``document_nouns`` role, compounds too) is followed by its title
    ("verglichen mit der Studie „Linke Gewalt in Berlin“")."""
    tokens = sentence.tokens
    index = _quote_index(sentence, pair)
    if sentence.lows[index - 1].endswith(tuple(sentence.roles.document_nouns)):
        return False
    following = index + 1
    if following < len(tokens) and not (
        tokens[following].text in _FINAL
        or tokens[following].text == ","
        or any(span.start <= tokens[following].start < span.end for span in attribution.cue)
    ):
        return False
    position = index - 2  # the word before the noun
    stop = max(0, index - 1 - _MAX_PHRASE_MODIFIERS)
    while position >= stop and (
        sentence.word_class(position) == "det" or sentence.is_adjective(position)
    ):
        position -= 1
    return position >= 0 and sentence.lows[position] in sentence.roles.adverbial_prepositions


def _names_a_thing(sentence: _Sentence, pair: QuotePair) -> bool:
    """Whether a quotation stands right after a noun, as the name of what the noun says:
    "die Organisation „Reporter ohne Grenzen“", "die Mission „Shenzhou 6“"."""
    index = _quote_index(sentence, pair)
    return 0 < index < len(sentence.tokens) and sentence.is_head(index - 1)


def _opens_main_clause(sentence: _Sentence, index: int) -> bool:
    """Whether the lower-case word at ``index`` may be a main clause's finite verb before its
    subject: a word with an adjective's ending ("lachten") or an auxiliary that is no
    Konjunktiv ("wurde", "war", "hat"; not "sei", "habe")."""
    if sentence.is_adjective(index):
        return True
    return (
        sentence.word_class(index) == _VERB_CLASS
        and sentence.lows[index] not in sentence.lexicon.konjunktiv
    )


def _before_main_clause(sentence: _Sentence, span: Span) -> Span:
    """The content of a verb-final clause that opens the sentence, up to the main clause after
    it: "Nachdem er gesagt hatte, dass er zurücktreten werde, kam es zu Protesten" ends before
    ", kam": after a leading subordinate clause the main clause opens with its finite verb, a
    lower-case word that is no function word; one with an adjective's ending, or an auxiliary
    in the indicative, only when an article or pronoun, its subject, follows ("…, lachten die
    Zuhörer", "…, wurde es still", not "…, neue Regeln seien nötig", "…, sei es aus Angst")."""
    tokens = sentence.tokens
    first, stop = _scanned_tokens(sentence, span)
    for index in range(first + 1, stop - 1):
        if (
            tokens[index].text == ","
            and sentence.is_lower(index + 1)
            and (
                not (sentence.word_class(index + 1) or sentence.is_adjective(index + 1))
                or (
                    _opens_main_clause(sentence, index + 1)
                    and sentence.word_class(index + 2) in _SUBJECT_OPENERS
                )
            )
        ):
            return sentence.span(first, index)
    return span


def _before_finite_verb(sentence: _Sentence, span: Span) -> Span:
    """A dass/ob/w-clause content up to the main clause it opens: "Die Sorge, dass die Räume
    vermietet werden, wurde bestätigt" ends before ", wurde", a comma and a finite verb the
    lexicons know (an auxiliary, a modal, a Konjunktiv or a verb of saying) in lower case;
    ", die restlichen fünf Prozent könnten …" goes on."""
    tokens = sentence.tokens
    lexicon = sentence.lexicon
    first = bisect.bisect_left(tokens, span.start, key=token_start)
    stop = min(bisect.bisect_left(tokens, span.end, key=token_start), first + _MAX_CONTENT_SCAN)
    for index in range(first + 1, stop - 1):
        if tokens[index].text != "," or not sentence.is_lower(index + 1):
            continue
        low = sentence.lows[index + 1]
        if (
            low in lexicon.auxiliaries
            or low in lexicon.konjunktiv
            or low in lexicon.konjunktiv_two
            or (low in lexicon.verbs and not _closes_with_auxiliary(sentence, index + 1))
        ):
            return sentence.span(first, index)
    return span


def _closes_with_auxiliary(sentence: _Sentence, index: int) -> bool:
    """Whether the verb form at ``index`` is a participle that an auxiliary follows: the
    verb-final end of the clause it stands in ("…, dass die Regierung den Bundesrat, die
    Länderkammer, ausgeschlossen hat"), no main clause's verb (", wurde bestätigt", "Hinweise,
    dass …, gefunden")."""
    forms = sentence.lexicon.verbs[sentence.lows[index]]
    return (
        index + 1 < sentence.last
        and sentence.lows[index + 1] in sentence.lexicon.auxiliaries
        # the auxiliary ends the clause (not "…, angekündigt hatte sie aber …": verb-second)
        and (index + 2 >= sentence.last or sentence.separator[index + 2])
        and all(form.kind is not _FORM_FINITE for form in forms)
    )


def _relative_content_end(
    sentence: _Sentence, first: int, subject: Phrase | None, span: Span
) -> Span:
    """A content said in a relative clause set off by commas ends with it, at the comma
    before the main clause's finite verb: "Der Minister, der sagte, der Plan sei gescheitert,
    trat am Montag zurück" and "Der Minister, der erklärt hatte, dass der Plan gescheitert
    sei, trat zurück" end before ", trat" (after a relative clause the main clause goes on with
    its finite verb). Only when the verb's clause, opening at ``first``, opens with a relative
    pronoun right after a comma (not with the article of a subject that goes on after it:
    ", der Minister sagte, …", "Dolkun Isa, der Sekretär des Kongresses sagte, …"). A clause
    inside the content (a relative clause, a clause opened by a subordinator: "der Plan, den
    er vorgelegt hat, sei gescheitert") is passed whole; a word after a comma that may start
    an enumeration ("sei gut, bewährt und billig") is no verb."""
    if (
        first == 0
        or sentence.tokens[first - 1].text != ","
        or sentence.lows[first] not in sentence.roles.relative
        or (subject is not None and subject.start <= first < subject.stop - 1)
    ):
        return span
    start, stop = _scanned_tokens(sentence, span)
    index = start
    if (
        sentence.word_class(start) == "sub"
        and sentence.lows[start] not in sentence.roles.complementizers
    ):
        index = sentence.clause_end[start] + 1  # "wenn das so ist, tritt er zurück"
    while index < stop - 1:
        if sentence.tokens[index].text != ",":
            index += 1
        elif _opens_inner_clause(sentence, index + 1):
            index = sentence.clause_end[index + 1] + 1  # past the comma that closes it
        elif index > start and _main_clause_verb(sentence, index + 1):
            return sentence.span(start, index)
        else:
            index += 1  # (a comma opening the content ends nothing: the content would be empty)
    return span


def _opens_inner_clause(sentence: _Sentence, index: int) -> bool:
    """Whether a clause set off by commas opens at ``index`` inside a content: a relative
    pronoun, a preposition before one, or a subordinator (", den er vorgelegt hat,")."""
    return (
        index < sentence.last
        and sentence.tokens[index].text != ","
        and (
            _relative_clause(sentence, index)
            or _prepositional_relative(sentence, index)
            or sentence.word_class(index) == "sub"
            or sentence.lows[index] in sentence.roles.complementizers
        )
    )


def _main_clause_verb(sentence: _Sentence, index: int) -> bool:
    """Whether the word at ``index`` may be the finite verb of a main clause after a relative
    clause: an auxiliary or modal verb in the indicative ("hat", "wird", "soll"), or a verb in
    the indicative (:func:`_indicative_verb`: "trat", "erfolgte keine Reaktion") that is no
    adjective before its noun (", gerechte Strafe") and opens no enumeration (no "und", "oder"
    or comma right after it); a word in -en only before the auxiliary or modal that closes
    its clause ("Er war es, der das Ziel, … zu bringen, verwirklichen sollte"). Not a
    Konjunktiv: ", sei", ", werde" go on with the content."""
    if index >= sentence.last or not sentence.is_lower(index):
        return False
    low = sentence.lows[index]
    lexicon = sentence.lexicon
    if low in lexicon.konjunktiv or low in lexicon.konjunktiv_two:
        return False
    auxiliary = lexicon.auxiliaries.get(low)
    if auxiliary is not None:
        return auxiliary[1] != "konj"
    if low in sentence.roles.modal:
        return True
    if not _indicative_verb(sentence, index) or index + 1 >= len(sentence.lows):
        return False
    following = sentence.lows[index + 1]
    if low.endswith(_PLURAL_ENDING):
        # an infinitive, a pronoun or an adjective as often as a plural verb: only before the
        # finite verb that closes a clause with it ("verwirklichen sollte"; not "jemanden
        # einzuladen")
        auxiliary = lexicon.auxiliaries.get(following)
        return (auxiliary is not None and auxiliary[1] != "konj") or (
            following in sentence.roles.modal
        )
    return (
        not (sentence.is_adjective(index) and not sentence.is_lower(index + 1))
        and following not in sentence.roles.coordinators
        and following != ","
    )


def _outside_clause(sentence: _Sentence, clause_start: int, clause_end: int) -> Span | None:
    """The rest of the sentence around a framing clause that opens or closes it; a clause
    right after a colon or semicolon opens what follows it ("Hinzu kommt: Wie sich ergab, …")."""
    if sentence.opening >= clause_start or sentence.tokens[clause_start - 1].text in {":", ";"}:
        start = clause_end + 1
        return sentence.span(start, sentence.last) if start < sentence.last else None
    if clause_end >= sentence.last:
        stop = clause_start - 1 if sentence.tokens[clause_start - 1].text == "," else clause_start
        return sentence.span(0, stop) if stop > 0 else None
    start = sentence.clause_start[clause_start]
    stop = _before_trailing_cue(sentence, sentence.clause_end[clause_start])
    if _second_main_clause(sentence, start, clause_start):
        return sentence.span(start, stop)
    return sentence.span(0, stop)


def _before_trailing_cue(sentence: _Sentence, clause_end: int) -> int:
    """Where the rest of the sentence around a framing phrase ends: before a trailing verb of
    saying right after the phrase's clause ("Die Lage sei laut Polizei ernst, sagte der
    Minister": the Minister's attribution, which relays the Polizei's words), else at the
    sentence's end."""
    return clause_end if sentence.trailing_cue_at(clause_end) else sentence.last


def _second_main_clause(sentence: _Sentence, start: int, frame: int) -> bool:
    """Whether the clause from ``start`` to a framing phrase at ``frame`` is a main clause
    joined by a comma to a main clause before it, so that the phrase frames only its own
    clause: "Der Flughafen ist wieder offen, jedoch ist laut ZDF fraglich, ob …", "Die Häfen
    bleiben gesperrt, lediglich der Haupthafen wurde nach Angaben der Behörde freigegeben",
    "Der Absturz wird am Freitag erwartet, kann nach Angaben des Betreibers aber auch …". Both
    clauses hold a finite verb before the phrase; the one before opens with no relative pronoun
    or subordinator ("Der Minister, der gestern kam, hat laut Reuters …" is one clause), and no
    subordinate clause opens the sentence ("Weil es regnete, fiel laut Polizei …")."""
    tokens = sentence.tokens
    if start <= sentence.opening + 1 or tokens[start - 1].text != ",":
        return False
    before = sentence.clause_start[start - 2]
    if (
        sentence.word_class(sentence.opening) == "sub"
        or sentence.word_class(before) == "sub"
        or (before > sentence.opening and sentence.lows[before] in sentence.roles.relative)
    ):
        return False
    return _finite_between(sentence, start, frame) and _finite_between(sentence, before, start - 1)


def _finite_between(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether a finite verb stands in ``start:stop``: an auxiliary, a Konjunktiv, or a word
    :func:`_indicative_verb` takes for an indicative form ("bleiben", "wurde")."""
    lexicon = sentence.lexicon
    for position in range(start, stop):
        low = sentence.lows[position]
        if sentence.is_lower(position) and (
            low in lexicon.auxiliaries
            or low in lexicon.konjunktiv
            or _indicative_verb(sentence, position)
        ):
            return True
    return False


def _framed_main_clause(sentence: _Sentence, first: int, after: int) -> Span | None:
    """The main clause that holds a framing phrase starting at ``first`` (its source ending
    before ``after``) when it is set off from the narrator's clause before it by a semicolon, a
    colon or a bracket: "Die Veranstalter schätzten 2.000 Teilnehmer; nach Polizeiangaben waren
    es 1.000", "(nach anderen Angaben liegt die Stadt 46 Kilometer entfernt)". Only that clause
    is the source's, without the phrase when it opens the clause. None when no such mark sets
    it off."""
    tokens = sentence.tokens
    start = sentence.clause_start[first]
    stop = min(sentence.clause_end[first], sentence.last)
    for index in range(first - 1, start - 1, -1):
        if tokens[index].text == ")":
            break
        if tokens[index].text == "(":
            stop = next(
                (number for number in range(first + 1, stop) if tokens[number].text == ")"), -1
            )
            start = index + 1
            break
    else:
        if start == 0 or tokens[start - 1].text not in {";", ":"}:
            return None
    if start == first:
        start = after + 1 if after < len(tokens) and tokens[after].text == "," else after
    return sentence.span(start, stop) if start < stop else None


def _framed_clause(sentence: _Sentence, first: int) -> Span | None:
    """The subordinate clause that holds a framing phrase starting at ``first``: ", die nach
    Aussagen der Organisationen nicht betroffen sind", ", weil die Mission nach Angaben der UN
    überfordert ist". None for a phrase in a main clause."""
    start = sentence.clause_start[first]
    if start == 0 or start >= first or sentence.tokens[start - 1].text != ",":
        return None
    low = sentence.lows[start]
    opener = (
        low in sentence.roles.relative
        or sentence.word_class(start) == "sub"
        or low in sentence.roles.not_content
    )
    if not opener and sentence.word_class(start) == "prep" and start + 1 < first:
        following = sentence.lows[start + 1]
        opener = (
            following in sentence.roles.relative
            or following in sentence.roles.relative_after_preposition
        )
    if not opener or low == "wie":
        return None
    stop = min(sentence.clause_end[first], sentence.last)
    return sentence.span(start, stop) if stop > first else None


def _nested(
    sentence: _Sentence, found: list[Attribution], pairs: Sequence[QuotePair], used: set[int]
) -> list[Attribution]:
    """The quotations inside indirect, free indirect and reported contents, as direct quotes of
    the same speaker ("Merkel sagte, der Plan sei „absurd“"). A quotation inside two contents
    is the inner one's speaker's ("Der Anwalt hatte betont, …: Eine Strafe sei nötig, „wenn
    …“, so die Richterin"), unless that speaker's words come through the outer one's (a
    relayed source: both say them)."""
    nested: list[Attribution] = []
    if not sentence.quote_tokens:
        return nested
    contents = [
        attribution.content
        for attribution in found
        if attribution.kind is not _KIND_DIRECT and not attribution.relayed
    ]
    for attribution in found:
        if attribution.kind is not _KIND_DIRECT:
            quotes = _quotes_within(sentence, attribution.content)
            if quotes and not attribution.relayed and len(contents) > 1:
                quotes = _outside_inner_contents(sentence, quotes, attribution.content, contents)
            if quotes:
                announced = _announced_in_content(sentence, attribution.content, pairs[quotes[0]])
                if announced is not None:
                    used.add(quotes[0])
                    nested.append(announced)
                    quotes = quotes[1:]
            if not quotes:
                continue
            nested.extend(
                _results(
                    sentence,
                    _derive(attribution, kind=_KIND_DIRECT),
                    quotes,
                    pairs,
                    # a relayed attribution repeats the quotations its person was given
                    used - set(quotes) if attribution.relayed else used,
                    context=_CONTEXT_ATTRIBUTED,
                )
            )
    return nested


def _announced_in_content(
    sentence: _Sentence, content: Span, pair: QuotePair
) -> Attribution | None:
    """The speaker of a quotation after a colon that closes a clause of its own inside a
    content, which opens with that clause's finite verb after a fronted source ("Wie der Sender
    CBS berichtet, gab Regierungssprecher Robert Gibbs eine Stellungnahme ab: „WOW.“"): the
    clause's subject after the verb announces the words, as the same clause alone would; the
    source reports that it did. None when no such subject names someone."""
    quote = _quote_index(sentence, pair)
    verb = bisect.bisect_left(sentence.tokens, content.start, key=token_start)
    if (
        quote < verb + _ANNOUNCING_CLAUSE
        or sentence.tokens[quote - 1].text != ":"
        or not sentence.is_lower(verb)
        or sentence.word_class(verb) not in {"", "verb"}
    ):
        return None
    phrase = _postverbal_subject(sentence, verb + 1, quote - 1)
    if (
        phrase is None
        or phrase.start != verb + 1
        or not _states_words(sentence, verb, phrase.stop, quote - 1)
    ):
        return None
    words = sentence.words(*phrase)
    info = analyse_mention(words, language="de")
    if info is None or not (
        info.kind in {_SPEAKER_PERSON, _SPEAKER_ORGANISATION}
        or _speaking_name(sentence, info, words)
    ):
        return None
    return _derive(announced_phrase(sentence, *phrase), content=pair.content)


def _states_words(sentence: _Sentence, verb: int, start: int, colon: int) -> bool:
    """Whether the clause of ``verb`` announces words of its subject: a verb of saying ("sagte
    Gibbs:"), or a noun of saying after the subject with a verb that does not receive ("gab
    Gibbs eine Stellungnahme ab:"; not "erhielt die Polizei einen Anruf:", whose words are the
    caller's, nor "hörten Anwohner Schreie:")."""
    lexicon = sentence.lexicon
    if sentence.lows[verb] in lexicon.verbs:
        return True
    if sentence.lows[verb] in sentence.roles.receiving_verbs:
        return False
    nouns = lexicon.speech_nouns | lexicon.noun_cues
    return any(
        sentence.is_capitalised(index) and sentence.lows[index] in nouns
        for index in range(start, colon)
    )


def _without_quoted_reports(
    sentence: _Sentence, found: list[Attribution], nested: list[Attribution]
) -> list[Attribution]:
    """``found`` without the reported speech of a naming verb that holds a quotation: in "Der
    Verbandschef nannte die Reform „absurd“." or "bezeichnete die Pläne als „Wortbruch“" the
    quoted label is what was said, and the sentence around it is no second quotation."""
    return [
        attribution
        for attribution in found
        if attribution.kind is not _KIND_REPORTED
        or not _names_with_a_label(sentence, attribution)
        or not any(
            attribution.content.start <= quote.content.start
            and quote.content.end <= attribution.content.end
            for quote in nested
        )
    ]


def _names_with_a_label(sentence: _Sentence, attribution: Attribution) -> bool:
    """Whether an attribution's cue is a verb of naming (`naming_verbs`: "nannte",
    "bezeichnete", "wird … bezeichnet") or of judging by a predicate after "als" (flag *als*:
    "lobte den Entwurf als „längst überfällig“")."""
    verbs, naming = sentence.lexicon.verbs, sentence.roles.naming_verbs
    return any(
        form.lemma in naming or not {_FLAG_ALS, _FLAG_NAMING}.isdisjoint(form.flags)
        for part in attribution.cue
        for form in verbs.get(part.slice(sentence.text).lower(), ())
    )


def _outside_inner_contents(
    sentence: _Sentence, quotes: list[int], content: Span, contents: list[Span]
) -> list[int]:
    """``quotes`` (inside ``content``) without those inside a shorter content within it."""
    inner = {
        quote
        for other in contents
        if content.start <= other.start
        and other.end <= content.end
        and other.end - other.start < content.end - content.start
        for quote in _quotes_within(sentence, other)
    }
    return [quote for quote in quotes if quote not in inner]


def _quotes_within(sentence: _Sentence, span: Span) -> list[int]:
    quotes: list[int] = []
    tokens = sentence.tokens
    numbers = sentence.quote_tokens
    for position in range(bisect.bisect_left(sentence.quote_starts, span.start), len(numbers)):
        token = tokens[numbers[position]]
        if token.end > span.end:
            break
        quotes.append(token.quote)
    return quotes


def _relay_frame(sentence: _Sentence, start: int) -> bool:
    """Whether the clause at ``start`` after a verb of saying is the frame of whoever relays its
    words, not their content: "wie", a subject and a verb of saying in the indicative that
    closes the clause ("…, rief ein Passant, wie die Polizei mitteilte", "…, sagte ein Zeuge,
    wie die Zeitung berichtete"; not "erklärte, wie schwierig die Lage sei", an indirect
    question, nor "berichtete, wie Mair die Abgeordnete attackierte")."""
    if sentence.lows[start] != _FRAMING_SUBORDINATOR:
        return False
    end = min(sentence.clause_end[start], sentence.last)
    subject = _phrase_after(sentence, start + 1, end - 1)
    verb = sentence.lows[end - 1]
    lexicon = sentence.lexicon
    return (
        # the subject alone stands between "wie" and the verb ("wie Mair die Abgeordnete
        # attackierte" tells what happened)
        subject is not None
        and subject.start == start + 1
        and subject.stop == end - 1
        and verb in lexicon.verbs
        and verb not in lexicon.konjunktiv
        and verb not in lexicon.konjunktiv_two
    )


def _result_clause(sentence: _Sentence, separator: int) -> bool:
    """Whether the dass-clause after the comma at ``separator`` is the result of a degree word
    (the ``degree_words`` role) right before the comma or before the adjective or adverb there,
    not a content (a ``result_conjunctions`` word opens it; a Konjunktiv I in it reports): "Der
    Zeuge sprach so leise, dass der Richter nachfragen musste", "redete derart schnell, dass …";
    not "erklärte das so, dass …" (after a pronoun or article) nor "sagte so viel, dass …"."""
    following = separator + 1
    if (
        separator < 2
        or following >= sentence.last
        or (sentence.lows[following] not in sentence.roles.result_conjunctions)
    ):
        return False
    degree = sentence.roles.degree_words
    lows = sentence.lows
    if lows[separator - 1] in degree:
        # not after an object pronoun or article: "erklärte das so, dass …" tells how
        found = sentence.word_class(separator - 2) not in {"pron", "det"}
    else:
        # "so leise, dass": the degree word before an adjective or adverb, not a quantity
        # ("sagte nur so viel, dass …" says what)
        found = (
            lows[separator - 2] in degree
            and sentence.is_lower(separator - 1)
            and lows[separator - 1] not in sentence.roles.amount_words
        )
    end = min(sentence.clause_end[following], sentence.last)
    # a clause in the Konjunktiv I reports: "erklärte so, dass die Regierung versagt habe"
    konjunktiv = sentence.lexicon.konjunktiv
    return found and not any(lows[index] in konjunktiv for index in range(following, end))


def _content_after(
    sentence: _Sentence,
    separator: int,
    *,
    opinion: bool,
    plain: bool = True,
) -> tuple[QuoteKind, Span, list[int]] | None:
    """The content that follows a verb of saying from the clause boundary ``separator`` on.

    A quotation (after a colon, a comma or nothing), a dass-clause, a colon, or a clause in the
    Konjunktiv or with zu and an infinitive; with ``plain`` (and not for opinion verbs) any
    main clause of three words or more. A short quotation that opens a clause ("sagte,
    „No-Go-Areas“ dürfe es nicht geben") is part of it.
    """
    tokens = sentence.tokens
    last = sentence.last
    if separator >= last:
        return None
    if tokens[separator].quote >= 0:
        mark = tokens[separator]
        if not _names_a_title(
            sentence, QuotePair(open=mark.start, close=mark.end - 1), _CONTEXT_NONE
        ):
            return _direct_run(sentence, separator)
        # "berichtete im Fachmagazin „Public Library of Science“, es sei …": a title, not the
        # words said; the content follows it, also after a bracketed short name ("(„PLoS“)")
        separator += 1
        if separator < last and tokens[separator].text == "(":
            separator = next(
                (index + 1 for index in range(separator, last) if tokens[index].text == ")"),
                last,
            )
        if separator >= last:
            return None
    if tokens[separator].text not in {",", ":"}:
        return None
    if (
        tokens[separator].text == ","
        and 0 < separator < last - 1
        and sentence.lows[separator - 1] in sentence.roles.question_nouns
        and sentence.lows[separator + 1] in sentence.roles.question_words
        and _after_preposition_and_article(sentence, separator - 1)
    ):
        # "antwortete auf die Frage, ob er zurücktrete, er bleibe": the question's clause is
        # none of the content, which follows it (if anything does)
        close = sentence.clause_end[separator + 1]
        if close >= last or tokens[close].text not in {",", ":"}:
            return None
        return _content_after(sentence, close, opinion=opinion, plain=plain)
    start = separator + 1
    if start >= last:
        return None
    if tokens[start].quote >= 0 and not _opens_clause(sentence, start):
        return _direct_run(sentence, start)
    low = sentence.lows[start]
    if (
        tokens[separator].text == ","
        and start + 1 < last
        and sentence.lows[start + 1] in sentence.roles.comma_coordinators
        and sentence.is_lower(start)
        and _verb_like(sentence, start)
        and sentence.lows[start] not in sentence.lexicon.konjunktiv
        and sentence.lows[start] not in sentence.lexicon.verbs
    ):
        # "Das Gerät überzeugt, könnte aber am Preis scheitern": a second predicate of the
        # subject, not a content (one in the Konjunktiv I is: "sagte, habe aber keine Zeit";
        # a verb of saying there is the second verb's own cue: "…, sprechen aber davon, dass …")
        return None
    span = sentence.span(start, _before_colon_quote(sentence, start))
    if tokens[separator].text == ":" and not opinion:
        return _KIND_INDIRECT, span, []
    if low in sentence.roles.complementizers:
        if _result_clause(sentence, separator):
            return None  # "sprach so leise, dass der Richter nachfragen musste": a result
        if _relay_frame(sentence, start):
            return None  # "„Feuer!“, rief ein Passant, wie die Polizei mitteilte": a relay's frame
        if _konjunktiv_after_adverbial(sentence, start, sentence.clause_end[start]):
            # "sagte, wie hoch der Schaden sei, lasse sich nicht sagen": the clause is the
            # subject of the content's verb in the Konjunktiv after its comma
            return _KIND_INDIRECT, span, []
        return _KIND_INDIRECT, _before_finite_verb(sentence, span), []
    if (
        start + 1 < last
        and sentence.lows[start + 1] == "dass"
        and low + "dass" in (sentence.roles.not_content)
    ):
        return None  # "meldete einen Schaden, so dass …": a result, like "sodass"
    end = sentence.clause_end[start]
    if (
        (low in sentence.roles.not_content or sentence.word_class(start) == "sub")
        and not _verb_second(sentence, start)
        and not _konjunktiv_after_adverbial(sentence, start, end)
        and not (sentence.word_class(start) == "prep" and _clock_time(sentence, start + 1))
        and not _prepositional_main_clause(sentence, start, last)
        and not _prepositional_infinitive(sentence, start, end)
    ):
        return None
    if _prepositional_relative(sentence, start):
        # "sagte bei einer Pressekonferenz, an der auch der Landeshauptmann teilnahm, die Stadt
        # werde sparen": the relative clause is the adverbial's; the content may follow it
        if (
            end + 1 < last
            and tokens[end].text == ","
            and _after_adverbial(sentence, separator)
            # (not a prepositional object of the verb after it: "sprach bei der Sitzung, in der
            # …, von einem Großeinsatz")
            and sentence.word_class(end + 1) != "prep"
        ):
            return _content_after(sentence, end, opinion=opinion, plain=plain)
        return None
    if (
        _has_konjunktiv(sentence, start, min(end, start + _KONJUNKTIV_WINDOW))
        or _infinitive(sentence, start, min(end, last))
        or _konjunktiv_after_relative(sentence, end)
        or _quoted_predicate(sentence, start, end)
        or _konjunktiv_after_apposition(sentence, start, end)
    ):
        return _KIND_INDIRECT, span, []
    if (
        opinion
        or not plain
        or end - start < _MIN_CONTENT_WORDS
        # A coordinating conjunction opens a second main clause of the narration, not what was
        # said: "schlägt eine Reform vor, und Zehntausende gehen …". One in the Konjunktiv is
        # reported speech and was taken above: "sagte er, denn dazu fehle das Geld".
        or sentence.word_class(start) == "conj"
        or _relative_clause(sentence, start)
        or _speaks_itself(sentence, start, end)
        # nothing but names, nouns, numbers and function words: an apposition, no clause, as
        # "den 11. August, eine Liste" after "veröffentlichte am Freitag,"
        or not _content_word(sentence, start, last)
    ):
        return None
    return _KIND_INDIRECT, span, []


def _content_word(sentence: _Sentence, start: int, end: int, *, quotations: bool = True) -> bool:
    """Whether ``start:end`` holds a quotation (unless not ``quotations``), a frequent verb
    ("hat", "ist") or a lower-case word that is no function word: a verb, or an adjective or
    adverb of a clause ("springen sie auf", "die erhöhten Abschläge"), as the words of an
    apposition never do ("den 11. August", "Bruno Rossmann")."""
    word_class = sentence.lexicon.word_class
    tokens, lows = sentence.tokens, sentence.lows
    for index in range(start, end):
        if tokens[index].quote >= 0:
            if quotations:
                return True
            continue
        low = lows[index]
        if sentence.is_lower(index) and low.isalpha():
            found = word_class.get(low)
            if found is None or found == _VERB_CLASS:
                return True
    return False


def _prepositional_infinitive(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether a preposition that may open an adverbial clause ("bis", "seit") opens a
    zu-infinitive as its own phrase: "kündigte an, bis 2030 alle Ölheizungen zu verbieten",
    "versprach, bis Jahresende die Steuern zu senken"; not "um … zu", "ohne … zu" (the
    ``infinitive_conjunctions`` role), a purpose or manner."""
    low = sentence.lows[start]
    return (
        sentence.word_class(start) == "prep"
        and low not in sentence.roles.infinitive_conjunctions
        and _infinitive(sentence, start + 2, min(end, sentence.last))
    )


def _after_adverbial(sentence: _Sentence, separator: int) -> bool:
    """Whether the words right before the comma ``separator`` are a prepositional phrase of a
    few words ("bei einer Pressekonferenz", "in der Sitzung"): an adverbial of the verb of
    saying, whose relative clause the content follows; not an object ("veröffentlichte ein
    Video, in dem …", "lobte die Hilfsbereitschaft vieler Österreicher, von denen …")."""
    for index in range(separator - 1, max(-1, separator - 1 - _MAX_ADVERBIAL_WORDS), -1):
        if sentence.word_class(index) == "prep":
            return True
        if sentence.separator[index] or sentence.lows[index] in sentence.lexicon.verbs:
            return False
    return False


def _quoted_predicate(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the clause ``start:end`` goes on in a quotation that opens with a verb in the
    Konjunktiv after its subject: "sagte, das Gespräch „sei in freundschaftlicher Atmosphäre
    verlaufen“" reports the whole clause, the quotation inside it (a quotation of up to three
    words is a word of the clause and counted by :func:`_konjunktiv`; a longer one stands
    after the clause's end)."""
    lexicon = sentence.lexicon
    for index in range(start + 1, min(end + 1, sentence.last)):
        token = sentence.tokens[index]
        if token.quote < 0:
            continue
        word = _WORD.search(token.text)
        return word is not None and (
            word.group() in lexicon.konjunktiv or word.group() in lexicon.konjunktiv_two
        )
    return False


def _speaks_itself(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the main clause ``start:end`` after a comma is its own subject's attribution, not
    the content of the verb before it: a noun phrase, then a verb of saying in the indicative
    ("Klose nannte den Platzverweis „überzogen“, Trainer Löw bezeichnete die Karten als …"); or
    a verb of saying in the indicative that opens the sentence's last clause: a trailing
    attribution that takes the clause before it ("Der Arzt stellte schwere Verletzungen –
    vermutlich durch ein Messer – fest, berichtete die Polizei.") or a second predicate of the
    subject ("Die Rebellen bestreiten das, beharren aber auf …")."""
    if end >= sentence.last and _finite_saying(sentence, start):
        # a second predicate of the subject before ("bestreiten …, beharren aber auf …") or a
        # trailing attribution; only after an attribution set off by commas ("Das neue Gesetz,
        # sagte Guo, nennt Gewalt ein Verbrechen") does a verb-first clause go on with the
        # sentence, unless only its speaker follows it
        return not _after_inserted_attribution(sentence, start) or _only_speaker_after(
            sentence, start + 1, end
        )
    if _finite_saying(sentence, start) and _only_speaker_after(sentence, start + 1, sentence.last):
        # the trailing attribution with its speaker's apposition: "…, sagen sie aber wenig aus,
        # erklärt Hubert Siller, Leiter des Instituts für Tourismus."
        return True
    phrase = _phrase_after(sentence, start, end)
    if phrase is not None and phrase.stop >= end and end < sentence.last:
        # "…, die Sprecherin der Fraktion, Sandra Boser (GRÜNE), erklärte: …": the subject
        # goes on with a name in apposition past the clause's comma, up to a comma before
        # its verb
        verb = _past_apposition(sentence, end)
        if verb is not None:
            return _finite_saying(sentence, verb)
    if phrase is None or phrase.stop >= end or not sentence.is_lower(phrase.stop):
        return False
    return _finite_saying(sentence, phrase.stop) and not _right_after_saying(sentence, start - 1)


def _right_after_saying(sentence: _Sentence, comma: int) -> bool:
    """Whether the word before ``comma`` is a finite verb of saying that needs no particle, or
    the particle right after its verb: "Die Forscherin erklärte, die Daten zeigten …", "Die
    Polizei teilte mit, Zeugen berichteten …". The clause after the comma is then what was
    said, whatever its verb; after an object it is a sentence of its own ("Klose nannte den
    Platzverweis „überzogen“, Trainer Löw bezeichnete …", "gab die Partei ihre Auflösung
    bekannt, die Bundesspitze kündigte …")."""
    verb = comma - 1
    if verb < 1 or not sentence.is_lower(verb):
        return False
    verbs = sentence.lexicon.verbs
    particle = ""
    if sentence.lows[verb] not in verbs:
        particle, verb = sentence.lows[verb], verb - 1
    return any(
        form.kind is _FORM_FINITE and form.particle == particle
        for form in verbs.get(sentence.lows[verb], ())
    )


def _konjunktiv_after_apposition(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the clause at ``start`` is a subject with an apposition set off by commas and a
    verb in the Konjunktiv after them: "sagte, die Bürger, etwa Familien, seien betroffen"."""
    if end >= sentence.last or _phrase_after(sentence, start, end) is None:
        return False
    verb = _past_apposition(sentence, end)
    return verb is not None and _has_konjunktiv(sentence, verb, verb + 1)


def _past_apposition(sentence: _Sentence, end: int) -> int | None:
    """Where the verb stands after a noun phrase whose clause a comma closes at ``end``, when a
    name in apposition, perhaps with a bracket, and a comma follow ("die Sprecherin der
    Fraktion, Sandra Boser (GRÜNE), erklärte"); None otherwise."""
    tokens = sentence.tokens
    if tokens[end].text != ",":
        return None
    # an adverb may open the apposition: "die Bürger, etwa Familien, seien betroffen"
    apposition = _phrase_after(sentence, _skip_adverbs(sentence, end + 1), sentence.last)
    if apposition is None:
        return None
    verb = apposition.stop
    if verb < sentence.last and tokens[verb].text == "(":
        verb = next(
            (index + 1 for index in range(verb, sentence.last) if tokens[index].text == ")"),
            sentence.last,
        )
    if verb < sentence.last and tokens[verb - 1].text != "," and tokens[verb].text == ",":
        verb += 1  # the apposition's closing comma stands after its phrase
    if verb >= sentence.last or tokens[verb - 1].text != "," or not sentence.is_lower(verb):
        return None
    return verb


def _trailed_by_attribution(sentence: _Sentence, separator: int) -> bool:
    """Whether a trailing attribution follows the comma ``separator`` that closes a verb's
    clause ("Die Lücke weist auf Planeten hin, sagt van der Marel."): the clause is its
    content, no reported speech of its own."""
    start = separator + 1
    if start >= sentence.last or sentence.tokens[separator].text != ",":
        return False
    end = sentence.clause_end[start]
    return (
        end >= sentence.last
        and _finite_saying(sentence, start)
        and _only_speaker_after(sentence, start + 1, end)
    )


def _after_inserted_attribution(sentence: _Sentence, start: int) -> bool:
    """Whether the clause before the comma before ``start`` is an attribution set off by
    commas: it opens with a finite verb of saying right after a comma (", sagte Guo,")."""
    if start < 2:
        return False
    opening = sentence.clause_start[start - 2]
    return (
        opening > 0
        and sentence.tokens[opening - 1].text == ","
        and _finite_saying(sentence, opening)
    )


def _only_speaker_after(sentence: _Sentence, start: int, end: int) -> bool:
    """Whether the tokens ``start:end`` after a verb of saying hold only its subject with
    adverbs and prepositional phrases ("berichtete die Polizei am Montag in Wien", "sagte er
    dazu", "sagt Anna Roe vom Institut … und vom Zentrum … (DZIF)"), as a trailing attribution
    does; not a second object ("nennt Gewalt in der Familie ein Verbrechen" goes on with the
    sentence)."""
    end = min(end, sentence.last)  # without the final stop
    phrase = _postverbal_subject(sentence, start, end)
    if phrase is None:
        return False
    index = phrase.stop
    # the separable particle of the verb before ``start`` may close it ("teilte die
    # Gewerkschaft mit", "gab die Polizei bekannt")
    particles = {form.particle for form in sentence.lexicon.verbs.get(sentence.lows[start - 1], ())}
    for _ in range(_MAX_PHRASE):  # each step passes a word or a phrase: the work is bounded
        if index >= end:
            return True
        if index == end - 1 and sentence.lows[index] in particles:
            return True
        word_class = sentence.word_class(index)
        if word_class in {"adv", "time"}:
            index += 1
        elif word_class == "prep" and index + 1 < end:
            following = _attachment(sentence, index + 1, end)
            index = index + 1 if following is None else following
        elif word_class == "conj" and index + 1 < end and sentence.word_class(index + 1) == "prep":
            index += 1  # "vom Institut … und vom Zentrum …": attachments joined
        elif sentence.tokens[index].text == "(":
            closing = next(
                (at for at in range(index + 1, end) if sentence.tokens[at].text == ")"), None
            )
            if closing is None:
                return False
            index = closing + 1  # "(DZIF)", "(SPÖ)"
        else:
            return False
    return False


def _after_preposition_and_article(sentence: _Sentence, noun: int) -> bool:
    """Whether the noun at ``noun`` closes a prepositional phrase: a preposition before it,
    perhaps with an article between ("auf die Frage", "bei der Frage"; not the subject of "Am
    Samstag lautete die Frage, wo …")."""
    before = noun - 1
    if before > 0 and sentence.word_class(before) == "det":
        before -= 1
    return before >= 0 and sentence.word_class(before) == "prep"


def _finite_saying(sentence: _Sentence, index: int) -> bool:
    """Whether the lower-case word at ``index`` is a finite verb of saying in the indicative,
    with its separable particle, if it has one, in its clause: "gibt" is a cue as "gibt … an",
    not in "sagte, es gibt kein Problem" nor "die Verhandlungen gehen weiter"."""
    if not sentence.is_lower(index):
        return False
    forms = sentence.lexicon.verbs.get(sentence.lows[index], ())
    clause: list[str] | None = None
    for form in forms:
        if form.kind is not _FORM_FINITE or form.konjunktiv:
            continue
        if not form.particle:
            return True
        if clause is None:
            clause = sentence.lows[index + 1 : sentence.clause_end[index]]
        if form.particle in clause:
            return True
    return False


def _konjunktiv_after_adverbial(sentence: _Sentence, start: int, comma: int) -> bool:
    """Whether a clause opened by a subordinator at ``start`` right after the verb of saying
    ends at the ``comma`` before the content's verb in the Konjunktiv: an adverbial clause
    ("sagte, wenn das Land nicht helfe, müsse das Bad schließen", "sagte, obwohl man verloren
    habe, sei er zufrieden") or a dass-, ob- or w-clause as that verb's subject ("sagte, wie
    hoch der Schaden sei, lasse sich nicht beziffern"). The clause after the verb is the
    content's own; one before the verb, "Als der Zug hielt, erklärte der Schaffner", is the
    narration's."""
    if sentence.word_class(start) != "sub" or comma + 2 >= sentence.last:
        return False
    if start >= _NOUN_AND_SEPARATOR and sentence.is_capitalised(start - 2):
        # (after a noun of saying the clause is the noun's: "Sein Vorschlag, dass Tirol einen
        # Hubschrauber kaufe, sei abgelehnt worden")
        return False
    return (
        _konjunktiv_resumes(sentence, comma)
        # a second predicate of the clause's subject, no verb of the content: "plädierte
        # dafür, dass er nicht schuldig sei, lege aber keine Beweise vor"
        and sentence.lows[comma + 2] not in sentence.roles.comma_coordinators
    )


def _konjunktiv_resumes(sentence: _Sentence, comma: int) -> bool:
    """Whether a comma at ``comma`` is followed by a finite verb in the Konjunktiv: the clause
    that an inserted attribution interrupted goes on ("Die Preise, sagte der Händler, seien
    gestiegen": "Die Preise" is the content's subject, not the speaker)."""
    following = comma + 1
    if following >= sentence.last or sentence.tokens[comma].text != ",":
        return False
    low = sentence.lows[following]
    lexicon = sentence.lexicon
    return sentence.is_lower(following) and (
        low in lexicon.konjunktiv or low in lexicon.konjunktiv_two
    )


def _konjunktiv_after_relative(sentence: _Sentence, comma: int) -> bool:
    """Whether a relative clause after the ``comma`` that closes a content's subject is followed
    by the content's verb in the Konjunktiv: "meldet, die Journalistin, die wochenlang
    entführt war, habe die Angaben bezweifelt" (the subject, its relative clause, then the
    verb right after the comma that closes it)."""
    last = sentence.last
    tokens = sentence.tokens
    if comma + 1 >= last or tokens[comma].text != ",":
        return False
    if sentence.lows[comma + 1] not in sentence.roles.relative:
        return False
    return _konjunktiv_resumes(sentence, sentence.clause_end[comma + 1])


def _before_colon_quote(sentence: _Sentence, start: int) -> int:
    """Where an indirect content from ``start`` ends: at the sentence's last word, before a
    semicolon (the narrator's next clause), or before a
    colon that introduces a quotation ("sagte, nicht alle würden zustimmen: „Ich gehe davon
    aus, …“"), which is a direct quote of its own."""
    # Both searches bisect lists the sentence builds once: scanning from ``start`` on every call
    # made a long sentence with many cues quadratic.
    last = sentence.last
    colon_quotes = sentence.colon_quotes()
    position = bisect.bisect_right(colon_quotes, start + 1)
    if position < len(colon_quotes) and colon_quotes[position] < last:
        last = colon_quotes[position] - 1
    semicolons = sentence.semicolons()
    position = bisect.bisect_right(semicolons, start)
    if position < len(semicolons) and semicolons[position] < last:
        return semicolons[position]
    return last


def _runs_on_after_colon(sentence: _Sentence, colon: int, pairs: Sequence[QuotePair]) -> bool:
    """Whether the colon at ``colon`` opens a quotation that runs on over the paragraph's end:
    "Die Ministerin sagte: „Wir bleiben hart.⏎„Wir geben nicht nach.“" (German typography
    reopens the mark at each new paragraph and closes it only at the end). The colon announces
    the speaker of the quotation, which is taken where it closes, as after a colon that ends
    the sentence (:func:`_announced_before`). A quotation whose closing mark is missing ends
    at its paragraph's end (:func:`_unclosed_after_colon`) and does not run on."""
    tokens = sentence.tokens
    if colon + 2 != len(tokens):
        return False
    quote = tokens[colon + 1].quote
    return quote >= 0 and pairs[quote].close > tokens[colon + 1].end


def _prepositional_relative(sentence: _Sentence, start: int) -> bool:
    """ ", auf die es die Terroristen abgesehen hatten", ", mit dem die Bevölkerung …": a
    preposition, a relative pronoun and a lower-case word open a relative clause, never a
    content (", mit dem Geld werde man …" has a noun after the article)."""
    if sentence.word_class(start) != "prep" or start + 2 >= sentence.last:
        return False
    following = sentence.lows[start + 1]
    roles = sentence.roles
    return (
        (following in roles.relative or following in roles.relative_after_preposition)
        and sentence.is_lower(start + 2)
        # an article, an adjective and its noun open a phrase, no relative clause: ", bei der
        # nächsten Wahl nicht mehr anzutreten" (not ", bei denen terroristische Aktivitäten …":
        # "denen" is no article)
        and not (
            sentence.word_class(start + 1) == "det"
            and sentence.is_adjective(start + 2)
            and sentence.is_head(start + 3)
        )
    )


def _opens_clause(sentence: _Sentence, index: int) -> bool:
    """Whether the quotation token ``index`` is a word of the clause it opens: short, and
    followed by more words of that clause ("„No-Go-Areas“ dürfe es nicht geben")."""
    following = index + 1
    return (
        not sentence.separator[index]
        and following < sentence.last
        and sentence.tokens[following].quote < 0
        and not sentence.separator[following]
    )


def _relative_clause(sentence: _Sentence, start: int) -> bool:
    """ ", die seit 2005 im Amt ist": a relative pronoun, not an article before its noun; one in
    the genitive before its noun too (", dessen Verkündung am Montag begann")."""
    if start + 1 >= len(sentence.tokens) or sentence.lows[start] not in sentence.roles.relative:
        return False
    if sentence.lows[start] in sentence.roles.genitive_relative:
        return True
    return sentence.is_lower(start + 1) and not sentence.is_adjective(start + 1)


def _direct_run(sentence: _Sentence, start: int) -> tuple[QuoteKind, Span, list[int]]:
    """The quote-only content from ``start`` on (:func:`quotation_run`): the quotations while
    only commas and colons stand between them."""
    stop = quotation_run(sentence, start, sentence.last)
    return _KIND_DIRECT, sentence.span(start, stop), sentence.quotes(start, stop)


def _content_before(
    sentence: _Sentence, separator: int
) -> tuple[QuoteKind, Span, list[int]] | None:
    """The content before a trailing attribution ("…, sagte Putin."), ending at ``separator``:
    the engine's :func:`trailing_content`, from where the attribution before it in the sentence
    ends, unless it is an adverbial (:func:`_adverbial_opening`). A colon before it ends the
    narrator's words: "Die Richterin blieb hart: Eine Strafe sei nötig, so die Anwältin." has
    the content "Eine Strafe sei nötig"."""
    found = trailing_content(
        sentence,
        separator,
        trailing_of("de"),
        start=sentence.region_start,
        not_content=_adverbial_opening,
    )
    if found is None:
        return None
    kind, first, stop = found
    if kind is _KIND_DIRECT:
        return _direct_run(sentence, first)
    if ":" in sentence.lows[first:stop]:
        colon = stop - 1 - sentence.lows[first:stop][::-1].index(":")
        if colon + 1 < stop:
            first = colon + 1
    return kind, sentence.span(first, stop), sentence.quotes(first, stop)


def _quotes_after(sentence: _Sentence, position: int) -> list[int]:
    """The quotations after a trailing attribution ("„A“, sagte sie, „B.“"), from the clause
    boundary ``position`` on: the engine's :func:`quotations_after`."""
    stop = quotations_after(sentence, position, sentence.last, trailing_of("de"))
    return [] if stop is None else sentence.quotes(position, stop)


def _clock_time(sentence: _Sentence, index: int) -> bool:
    """Whether a time of day stands at ``index`` ("19:55", "8 Uhr"), which makes the word before
    it a preposition, not a subordinator, when it can be one: "rief dazu auf, um 19:55 Uhr den
    Strom abzuschalten" is a content; "um den Frieden zu sichern" is a purpose, and so is "als
    22 Uhr schon vorbei war" ("als" is no preposition)."""
    low = sentence.lows[index] if index < sentence.last else ""
    if not low[:1].isdigit():
        return False
    return ":" in low or (
        index + 1 < sentence.last and sentence.lows[index + 1] in sentence.roles.clock_words
    )


def _time_phrase_end(sentence: _Sentence, start: int, stop: int) -> int | None:
    """Where a phrase of time after a preposition ends ("Seit Montag", "Seit dem 19. Juni",
    "Seit zwei Wochen", "Seit vergangener Woche", "Seit Anfang 2010"): past its articles,
    numbers and number words, adjectives, months and words of time, ending in a word of time,
    a month or a year; None if there is none."""
    position = start
    tokens = sentence.tokens
    months = sentence.lexicon.months
    while position < stop and (
        sentence.word_class(position) in {"det", "time"}
        or tokens[position].text in months
        or tokens[position].text[:1].isdigit()
        or sentence.lows[position] in sentence.roles.quantities
        or sentence.is_adjective(position)
        # the full stop of an ordinal ("19. Juni")
        or (tokens[position].text == "." and tokens[position - 1].text.isdigit())
    ):
        position += 1
    last = tokens[position - 1].text
    if position == start or not (
        sentence.word_class(position - 1) == "time"
        or last in months
        or (last.isdigit() and len(last) == _YEAR_DIGITS)
    ):
        return None
    return position


def _prepositional_main_clause(sentence: _Sentence, first: int, stop: int) -> bool:
    """Whether a word that may open an adverbial clause ("während", "seit") is a preposition
    here, whose phrase before a verb in second position opens a main clause: "Während der
    Feiertage sollen die Streiks ruhen, so X", "Seit Montag ist die Kamera ausgefallen, teilte
    … mit", "sagte, während der Pandemie habe man viel gelernt" (not "während der Minister
    sprach")."""
    if sentence.word_class(first) != "prep":
        return False
    end = _attachment(sentence, first + 1, stop) or _time_phrase_end(sentence, first + 1, stop)
    return end is not None and end < stop and _verb_second(sentence, end - 1)


def _adverbial_opening(sentence: _Sentence, start: int, stop: int) -> bool:
    """Whether what stands before a trailing verb is no content but an adverbial: a clause
    opening with a subordinating conjunction ("Da ein Rückflug nicht möglich war, entschied der
    Pilot …", "Als der Zug hielt, erklärte …") or a prepositional phrase set off with its
    relative clause ("In seiner Rede, die … verlesen wurde, mahnte …")."""
    first = _skip_leading(sentence, start)
    if first >= stop:
        return False
    low = sentence.lows[first]
    if low in sentence.roles.complementizers:
        return False  # "Ob das reicht, fragte …": a content clause
    if low in sentence.roles.not_content or sentence.word_class(first) == "sub":
        if _prepositional_main_clause(sentence, first, stop):
            return False
        # Only the subordinate clause itself ("Wenn wir nicht handeln, wird es teuer, sagte
        # er" has a main clause after it: content), and not a main clause in the Konjunktiv
        # opening with a preposition ("Bis ins hohe Alter sei sie rege gewesen, so …").
        return sentence.clause_end[first] >= stop and not _has_konjunktiv(
            sentence, first, min(stop, first + _MAX_CONTENT_SCAN), only_first=True
        )
    if sentence.word_class(first) != "prep":
        return False
    end = _attachment(sentence, first + 1, stop)
    return (
        end is not None
        and end + 1 < stop
        and sentence.tokens[end].text == ","
        and sentence.lows[end + 1] in sentence.roles.relative
    )


def _has_konjunktiv(
    sentence: _Sentence, start: int, stop: int, *, only_first: bool = False
) -> bool:
    """Whether a finite verb in the Konjunktiv stands among the tokens ``start:stop``.

    With ``only_first`` the Konjunktiv II ("würde", "könnte"), common in plain narration, does
    not count. See :func:`_konjunktiv`.
    """
    first, second = _konjunktiv(sentence, start, stop)
    return first or (second and not only_first)


def _konjunktiv(sentence: _Sentence, start: int, stop: int) -> tuple[bool, bool]:
    """Whether the tokens ``start:stop`` hold a Konjunktiv I and a Konjunktiv II verb.

    Known forms count ("sei", "habe", "könne"; "würde", "wäre"), and so do a lower-case word in
    -e right after a subject and not before a noun ("Nordkorea besitze seiner Meinung nach …")
    and "soll" with a perfect infinitive ("soll … gesagt haben").
    """
    lexicon = sentence.lexicon
    lows = sentence.lows
    window = lows[start:stop]
    first = second = False
    if not lexicon.konjunktiv.isdisjoint(window):
        first = any(
            lows[index] in lexicon.konjunktiv
            and sentence.is_lower(index)
            and not _in_formula(sentence, index)
            for index in range(start, stop)
        )
    if not lexicon.konjunktiv_two.isdisjoint(window):
        second = any(
            lows[index] in lexicon.konjunktiv_two
            and sentence.is_lower(index)
            and not _in_formula(sentence, index)
            for index in range(start, stop)
        )
    if first:
        return first, second
    reportive, word_class = sentence.roles.reportive, lexicon.word_class  # read once per window
    for index in range(start, stop):
        low = lows[index]
        if low in reportive:
            if _reportive(sentence, index):
                return True, second
            continue
        if (
            low.endswith("e")
            and not low.endswith("te")
            and len(low) > 3
            and index > start
            and low not in word_class
            and sentence.is_lower(index)
            and (sentence.is_head(index - 1) or lows[index - 1] in sentence.roles.subject_pronouns)
            and (index + 1 >= len(lows) or not _noun_follows(sentence, index + 1))
        ):
            return True, second
    return False, second


def _in_formula(sentence: _Sentence, index: int) -> bool:
    """Whether the Konjunktiv at ``index`` belongs to a set phrase of the
    ``konjunktiv_formulas`` role ("es sei denn", "Gott sei Dank", "koste es, was es wolle")."""
    lows = sentence.lows
    for offset, words in _formula_places(sentence.roles.konjunktiv_formulas).get(lows[index], ()):
        start = index - offset
        if start >= 0 and lows[start : start + len(words)] == words:
            return True
    return False


@functools.cache
def _formula_places(formulas: frozenset[str]) -> dict[str, tuple[tuple[int, list[str]], ...]]:
    """For each word of the set phrases ``formulas``: where it stands in each phrase that holds
    it, and the phrase's words (:func:`_in_formula` asks for every Konjunktiv form it reads)."""
    places: dict[str, list[tuple[int, list[str]]]] = {}
    for formula in formulas:
        words = formula.split()
        for offset, word in enumerate(words):
            places.setdefault(word, []).append((offset, words))
    return {word: tuple(found) for word, found in places.items()}


def _words_outside_formulas(piece: str, lexicon: _German) -> set[str] | None:
    """The words of the untokenized sentence ``piece`` outside the set phrases of the
    ``konjunktiv_formulas`` role, or None when it holds none (as :func:`_in_formula` for a
    sentence the screen passed over)."""
    lowered = piece.lower()
    found = False
    for formula in lexicon.roles.konjunktiv_formulas:
        written = formula.replace(" ,", ",")  # a comma hugs the word before it
        if written in lowered:
            lowered = lowered.replace(written, " ")
            found = True
    return set(_FORMULA_WORD.findall(lowered)) if found else None


#: A word of a sentence the screen passed over, for :func:`_words_outside_formulas`.
_FORMULA_WORD = re.compile(r"\w+")


def _hypothetical(lexicon: _German, words: Iterable[str]) -> bool:
    """Whether every Konjunktiv II among ``words`` is a modal verb in the singular ("könnte",
    "müsste", "dürfte"). The singular has a Konjunktiv I of its own ("könne"), so without one
    such a sentence weighs what might or must happen ("Die Maßnahme könnte sich als nötig
    erweisen", "Im Falle eines Stopps müsste EADS … zurückzahlen"): the narrator's words, not
    the last speaker's. The plural stands in for a Konjunktiv I that looks like the indicative
    ("sie müssten selbst für Ordnung sorgen") and counts."""
    modal, auxiliaries = lexicon.roles.modal, lexicon.auxiliaries
    return all(
        word in modal and auxiliaries.get(word, ("", ""))[0] == "sg"
        for word in words
        if word in lexicon.konjunktiv_two
    )


def _reported_plan(sentence: _Sentence, konjunktiv: tuple[bool, bool]) -> tuple[bool, bool]:
    """``konjunktiv`` with "soll"/"sollen" counted like a Konjunktiv II: right after a
    quotation a sentence with the modal goes on reporting the speaker's plan or claim ("Der
    Verband forderte, den Verein zu bestrafen. Er soll in die dritte Liga absteigen."), as
    free indirect speech; elsewhere it is plain narration. The modal must stand in the
    sentence's first clause, where it is the main verb's ("Das Projekt wird aus der Maut
    bezahlt, die erhöht werden soll." is narration)."""
    if konjunktiv[1]:
        return konjunktiv
    reportive = sentence.roles.reportive
    stop = sentence.clause_end[0]
    if not reportive.isdisjoint(sentence.lows[:stop]):  # (asked in C, word by word)
        return konjunktiv[0], True
    return konjunktiv


def _plan_in_main_clause(piece: str, words: set[str], lexicon: _German) -> bool:
    """:func:`_reported_plan` for a sentence only screened: "soll"/"sollen" before its first
    comma (not in a relative clause: "…, das aus der Maut finanziert werden soll")."""
    if lexicon.roles.reportive.isdisjoint(words):
        return False
    return not lexicon.roles.reportive.isdisjoint(_WORD.findall(piece.split(",", 1)[0]))


def _konjunktiv_alone(sentence: _Sentence) -> bool:
    """Whether a sentence has a known Konjunktiv I form ("sei", "habe", "könne") written in lower
    case in its first clause, and no first-person pronoun: then it reports someone's account even
    far from any quotation. With "ich" or "wir" (an interview's answer: "Ihren Fragen stelle ich
    eine Einschätzung voran") a form in -e is the indicative; after a comma the Konjunktiv is the
    content of a verb the lexicon does not know ("Der Minister raunte, die Lage sei ernst"), not
    a whole sentence of reported speech."""
    lows = sentence.lows
    if not sentence.roles.first_person.isdisjoint(lows):
        return False
    konjunktiv = sentence.lexicon.konjunktiv
    return any(
        lows[index] in konjunktiv and sentence.is_lower(index)
        for index in range(sentence.clause_end[0])
    )


def _konjunktiv_alone_piece(piece: str, words: set[str], lexicon: _German) -> bool:
    """:func:`_konjunktiv_alone` for a sentence only screened (its first clause: the words before
    its first comma): ``words`` as written, plus its first word in lower case, which a capitalised
    opening ("Versuche, den Mann zu beruhigen, …") does not make a verb."""
    if not lexicon.roles.first_person.isdisjoint(words):
        return False
    match = _WORD.search(piece)
    opening = match.group() if match is not None else ""
    clause = set(_WORD.findall(piece.split(",", 1)[0]))
    return any(form != opening.lower() or form == opening for form in lexicon.konjunktiv & clause)


def _reportive_piece(piece: str, words: set[str], lexicon: _German) -> bool:
    """Whether a screened-out sentence reports hearsay: "soll"/"sollen" with a perfect
    infinitive at its end ("Der Fahrer soll zu schnell gewesen sein.")."""
    if lexicon.roles.reportive.isdisjoint(words):
        return False
    before, _, last_word = piece.rstrip(" .!?…\n").rpartition(" ")
    participle = before.rpartition(" ")[2]
    return last_word in lexicon.roles.perfect_infinitive and _participle_like(participle, lexicon)


def _reportive_sentence(sentence: _Sentence) -> bool:
    """Whether a tokenized sentence reports hearsay with "soll … haben/sein" (see
    :func:`_reportive`) and a participle before the auxiliary."""
    reportive = sentence.roles.reportive
    last = sentence.last
    if last < 2 or not _participle_like(sentence.tokens[last - 2].text, sentence.lexicon):
        return False
    return any(
        low in reportive and _reportive(sentence, index)
        for index, low in enumerate(sentence.lows[:last])
    )


def _reported_hearsay(start: int, end: int, state: _State) -> Attribution:
    """ "Ein vierter Mann soll den Tätern geholfen haben.": reportive "sollen" marks the
    sentence as someone's account even without a cue; it is free indirect speech of the last
    speaker when a quotation was found up to five sentences before, else of nobody named."""
    return Attribution(
        kind=_KIND_FREE_INDIRECT,
        content=Span(start=start, end=end),
        inherit=state.found_within(_HEARSAY_SENTENCES),
    )


def _noun_follows(sentence: _Sentence, index: int) -> bool:
    while index < len(sentence.lows) and sentence.is_adjective(index):
        index += 1
    return index < len(sentence.lows) and sentence.is_capitalised(index)


def _reportive(sentence: _Sentence, index: int) -> bool:
    """ "soll … gefallen sein", "soll einige hundert betragen": sollen with an infinitive at the
    end of its clause reports what others say."""
    end = sentence.clause_end[index]
    return end - 1 > index and sentence.lows[end - 1] in sentence.roles.perfect_infinitive


# The infinitives that do not end in -en, -ern or -eln.
_SHORT_INFINITIVES = frozenset({"sein", "tun"})


def _infinitive(sentence: _Sentence, start: int, end: int) -> bool:
    """ "…, Ruhe zu bewahren": a clause that ends in zu and an infinitive, or in an infinitive
    with zu inside it, which may stand alone ("forderte sie auf, zurückzutreten")."""
    if end <= start:
        return False
    last = end - 1
    low = sentence.lows[last]
    if not sentence.is_lower(last):
        return False
    if low in _SHORT_INFINITIVES:
        # "…, missbraucht worden zu sein", "…, nichts damit zu tun"
        return sentence.lows[last - 1] == "zu"
    if not low.endswith(("en", "ern", "eln")):
        return False
    return sentence.lows[last - 1] == "zu" or "zu" in low[2:-3]
